"""Property: the whole pipeline never crashes on arbitrary input files; every file is accounted for."""

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builder.group import group
from builder.pipeline import extract_folder
from builder.render import render

# Pieces real pages are made of, so that generated files reach deep into the rules.
PIECES = [
    "Jakarta, Contoh -- ",
    "KOMPAS.com - ",
    "(ANTARA) - ",
    "Baca Juga: ",
    "Berita Terkait\n",
    "ADVERTISEMENT\n",
    "“",
    "”",
    '"',
    "‘",
    "’",
    "kata ",
    "ujarnya",
    "Presiden ",
    "Menlu ",
    "Korea Utara",
    "AS",
    "(ant/dil)",
    "\n\n",
    "Senin, 5 Juni 2024 10:00 WIB\n",
    "(20/6/2024)",
    "Penulis: X\n",
    "<script>alert(1)</script>",
    "{{ x }}",
    "---\n",
    "Kementerian Luar Negeri ",
    "Rusia",
    ". ",
    ", ",
    "\x00",
    "\ufeff",
    "\r\n",
]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=40)), max_size=60).map("".join)
files = st.one_of(texts.map(lambda t: t.encode("utf-8", "surrogatepass")), st.binary(max_size=300))
suffixes = st.sampled_from([".txt", ".md", ".html", ".htm", ".yml", ".bin"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(files, suffixes), min_size=1, max_size=4))
def test_pipeline_accounts_for_every_file_and_never_crashes(inputs: list[tuple[bytes, str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "articles"
        root.mkdir()
        for index, (data, suffix) in enumerate(inputs):
            (root / f"a{index}{suffix}").write_bytes(data)
        articles = [p for p in root.iterdir() if p.suffix != ".yml"]
        extraction = extract_folder(root)
        digest = group(extraction.briefings, extraction.problems)
        pages = render(digest)
        assert len(extraction.briefings) + len(extraction.problems) == len(articles)
        assert all(problem.reason for problem in extraction.problems)
        assert len([p for p in pages if p.startswith("briefings/")]) == len(extraction.briefings)
