"""The dossier PDF of the seed articles, read back with poppler's pdftotext."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

import pytest

from builder.dates import format_date
from builder.group import group
from builder.model import Block, Briefing, DateStamp, Dossier, Quote
from builder.pdf import dossier_html, dossier_pdf, weasyprint_available
from builder.pipeline import extract_folder

REPO = Path(__file__).resolve().parent.parent
BUILT = dt.date(2024, 7, 1)

_missing = weasyprint_available()
pytestmark = [
    pytest.mark.skipif(_missing is not None, reason=f"no PDF here: {_missing}"),
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext missing: apt-get install poppler-utils"),
]


class Printed(NamedTuple):
    """A dossier, its PDF on disk, and the PDF's text (whole and per page), whitespace collapsed."""

    dossier: Dossier
    path: Path
    text: str
    pages: list[str]


def _flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _pdftotext(path: Path, *options: str) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", *options, str(path), "-"], check=True, capture_output=True)
    return done.stdout.decode("utf-8")


def _print(dossier: Dossier, folder: Path) -> Printed:
    path = folder / f"{dossier.slug}.pdf"
    path.write_bytes(dossier_pdf(dossier, BUILT))
    raw = _pdftotext(path)
    pages = [_flat(page) for page in raw.split("\f")[:-1]]
    return Printed(dossier, path, _flat(raw), pages)


@pytest.fixture(scope="module")
def seed_dossier() -> Dossier:
    digest = group(extract_folder(REPO / "seeds").briefings)
    return max(digest.dossiers, key=lambda d: len(d.briefings) + len(d.undated))


@pytest.fixture(scope="module")
def printed(seed_dossier: Dossier, tmp_path_factory: pytest.TempPathFactory) -> Printed:
    return _print(seed_dossier, tmp_path_factory.mktemp("pdf"))


def _section(text: str, heading: str) -> str:
    """The text from a part's heading on: its second occurrence, the first being in the contents."""
    first = text.index(heading)
    return text[text.index(heading, first + len(heading)) :]


def test_seed_dossier_has_dated_and_undated_briefings(seed_dossier: Dossier) -> None:
    assert len(seed_dossier.briefings) >= 2 and seed_dossier.undated  # what the other tests rely on


def test_every_headline_appears(printed: Printed) -> None:
    for briefing in (*printed.dossier.briefings, *printed.dossier.undated):
        assert _flat(briefing.headline) in printed.text


def test_dated_briefings_in_date_order(printed: Printed) -> None:
    section = _section(printed.text, "Briefing bertanggal · Dated briefings")
    position = 0
    for briefing in printed.dossier.briefings:
        position = section.index(_flat(briefing.headline), position)  # ValueError when out of order


def test_dates_in_both_languages(printed: Printed) -> None:
    assert "Juni 2024" in printed.text and "June 2024" in printed.text
    for briefing in printed.dossier.briefings:
        day = briefing.date.date  # type: ignore[union-attr]
        assert format_date(day, "id") in printed.text and format_date(day, "en") in printed.text


def test_undated_briefing_is_flagged(printed: Printed) -> None:
    section = _section(printed.text, "Tanpa tanggal · Undated briefings")
    for briefing in printed.dossier.undated:
        after = section[section.index(_flat(briefing.headline)) :][: len(briefing.headline) + 120]
        assert "Tanpa tanggal · Undated" in after


def test_cover_counts_and_build_date(printed: Printed) -> None:
    cover = printed.pages[0]
    total = len(printed.dossier.briefings) + len(printed.dossier.undated)
    assert printed.dossier.title in cover
    dated, undated = len(printed.dossier.briefings), len(printed.dossier.undated)
    assert f"{total} briefing ({dated} bertanggal, {undated} tanpa tanggal)" in cover
    assert f"{total} briefings" in cover
    assert "Senin, 1 Juli 2024" in cover and "Monday, 1 July 2024" in cover


def test_page_numbers_and_running_header(printed: Printed) -> None:
    total = len(printed.pages)
    assert total >= 5
    assert f"1 / {total}" not in printed.pages[0]  # the cover has no furniture
    for number, page in enumerate(printed.pages[1:], start=2):
        assert f"{number} / {total}" in page
        assert printed.dossier.title in page


def test_contents_page_numbers_point_at_the_briefings(printed: Printed) -> None:
    """The number after each headline in the contents is the page that headline's section starts on."""
    contents = printed.pages[1]
    for briefing in printed.dossier.briefings:
        headline = _flat(briefing.headline)
        after = contents[contents.index(headline) + len(headline) :].lstrip(" .")
        page = int(after.split()[0])
        assert headline in printed.pages[page - 1]


def test_key_quotes_with_speakers(printed: Printed) -> None:
    section = _section(printed.text, "Kutipan kunci menurut pembicara · Key quotes by speaker")
    for briefing in (*printed.dossier.briefings, *printed.dossier.undated):
        for quote in briefing.quotes:
            if quote.key and quote.speaker:
                assert _flat(quote.text)[:40] in section
                assert quote.speaker in section


def test_fonts_are_embedded_system_fonts(printed: Printed) -> None:
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts missing: apt-get install poppler-utils")
    fonts = subprocess.run(["pdffonts", str(printed.path)], check=True, capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows)  # every font embedded
    assert "DejaVu" in fonts


def test_links_and_bookmarks(seed_dossier: Dossier) -> None:
    import weasyprint

    document = weasyprint.HTML(string=dossier_html(seed_dossier, BUILT)).render()
    anchors = set().union(*(page.anchors for page in document.pages))
    internal = [target for page in document.pages for kind, target, *_ in page.links if kind == "internal"]
    assert len(set(internal)) >= len(seed_dossier.briefings) + len(seed_dossier.undated) + 3
    assert set(internal) <= anchors  # every link lands somewhere
    tree = document.make_bookmark_tree()
    labels = [label for label, *_ in tree]
    children = [child[0] for *_, kids, _state in tree for child in kids]
    assert "Daftar isi · Contents" in labels and "Linimasa · Timeline" in labels
    for briefing in (*seed_dossier.briefings, *seed_dossier.undated):
        assert _flat(briefing.headline) in [_flat(label) for label in children]


def test_same_dossier_and_build_date_same_bytes(seed_dossier: Dossier) -> None:
    assert dossier_pdf(seed_dossier, BUILT) == dossier_pdf(seed_dossier, BUILT)
    assert dossier_html(seed_dossier, BUILT) != dossier_html(seed_dossier, BUILT + dt.timedelta(days=1))


# -- made-up articles ------------------------------------------------------------------


def _briefing(number: int, day: dt.date | None, headline: str, text: str = "Isi berita.") -> Briefing:
    return Briefing(
        source=f"uji-{number}.txt",
        slug=f"uji-{number}",
        headline=headline,
        headline_derived=False,
        outlet="Kabar <Uji> & Rekan",
        author=None,
        dateline="JAKARTA",
        date=DateStamp(day, "09:30", "WIB") if day else None,
        lead=text,
        body=(Block("paragraph", text), Block("subheading", "Sub <i>judul</i>"), Block("paragraph", "Paragraf kedua.")),
        actors=(),
        quotes=(Quote("Kami <b>menolak</b> & akan terus menolak.", "Juru Bicara Uji", True),),
    )


def test_hostile_text_is_printed_as_text(tmp_path: Path) -> None:
    hostile = "Tajuk <script>alert(1)</script> </style><h1>palsu</h1> & lain-lain"
    dossier = Dossier("uji", "Uji <b>tebal</b>", (_briefing(1, dt.date(2024, 3, 5), hostile),), (), ())
    html = dossier_html(dossier, BUILT)
    assert "<script>" not in html and "<h1>palsu" not in html and "<b>tebal</b>" not in html
    assert "&lt;script&gt;" in html
    printed = _print(dossier, tmp_path)
    assert _flat(hostile) in printed.text
    assert "Kami <b>menolak</b> & akan terus menolak." in printed.text
    assert "Kabar <Uji> & Rekan" in printed.text


def test_only_undated_briefings(tmp_path: Path) -> None:
    dossier = Dossier("uji", "Uji tanpa tanggal", (), (_briefing(1, None, "Berita tanpa tanggal satu"),), ())
    printed = _print(dossier, tmp_path)
    assert "No dated briefings" in printed.pages[0]
    assert "Berita tanpa tanggal satu" in printed.text
    assert "Tanpa tanggal · Undated" in printed.text


def test_lead_not_printed_twice(tmp_path: Path) -> None:
    briefing = _briefing(1, dt.date(2024, 3, 5), "Judul uji", "Paragraf pembuka yang khas sekali.")
    printed = _print(Dossier("uji", "Uji", (briefing,), (), ()), tmp_path)
    assert printed.text.count("Paragraf pembuka yang khas sekali.") == 1
    assert "Sub <i>judul</i>" in printed.text
    other = replace(briefing, lead="Ringkasan lain.")
    printed = _print(Dossier("uji", "Uji", (other,), (), ()), tmp_path)
    assert "Ringkasan lain." in printed.text and "Paragraf pembuka yang khas sekali." in printed.text
