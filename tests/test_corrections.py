"""Sidecar corrections: a NAME.yml beside an article wins over extraction, and bad ones are clear errors."""

import shutil
from pathlib import Path

import pytest

from builder.errors import ConfigError
from builder.extract import extract_file
from builder.read import read_corrections

ARTICLE = Path(__file__).parent / "fixtures" / "articles" / "no_full_date_blog.txt"


def _article(tmp_path: Path, sidecar: str) -> Path:
    path = tmp_path / "artikel.txt"
    shutil.copy(ARTICLE, path)
    (tmp_path / "artikel.yml").write_text(sidecar, encoding="utf-8")
    return path


def test_a_user_dates_an_undated_article(tmp_path: Path) -> None:
    record = extract_file(_article(tmp_path, "date: 2023-03-14\ntime: 10:30\noutlet: Contoh Pos\n"))
    assert (record["date"], record["time"], record["outlet"]) == ("2023-03-14", "10:30", "Contoh Pos")
    assert not any(warning.startswith("undated") for warning in record["warnings"])


def test_headline_and_speaker_fixes(tmp_path: Path) -> None:
    sidecar = 'headline: Judul Pilihan Redaksi\nspeakers:\n  "Kawasan ini akan": Reza Kamali\n'
    record = extract_file(_article(tmp_path, sidecar))
    assert (record["headline"], record["headline_derived"]) == ("Judul Pilihan Redaksi", False)
    quote = next(q for q in record["quotes"] if q["text"].startswith("Kawasan ini akan"))
    assert quote["speaker"] == "Reza Kamali"


@pytest.mark.parametrize(
    ("sidecar", "message"),
    [
        (
            "hedline: Salah ketik\n",
            "unknown field 'hedline' (allowed: headline, outlet, author, dateline, dossier, date, time, speakers)",
        ),
        ("date: 2024-13-45\n", "field 'date': '2024-13-45' is not a date (write YYYY-MM-DD)"),
        (
            "date: kemarin\nauthor: [a, b]\n",
            "field 'author' must be text; field 'date': 'kemarin' is not a date (write YYYY-MM-DD)",
        ),
        ("- just\n- a list\n", "must be a mapping of field: value"),
        ("headline: [unclosed\n", "not valid YAML"),
    ],
)
def test_invalid_sidecars_name_the_file_and_every_problem(tmp_path: Path, sidecar: str, message: str) -> None:
    path = _article(tmp_path, sidecar)
    with pytest.raises(ConfigError) as caught:
        read_corrections(path)
    assert str(caught.value).startswith(str(tmp_path / "artikel.yml") + ": ")
    assert message in str(caught.value)
