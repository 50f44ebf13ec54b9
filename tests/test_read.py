"""Reading: formats, encodings, and the one-line problems for files that are not articles."""

from pathlib import Path

import pytest

from builder.errors import ReadError
from builder.read import find_articles, read_article

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
TEXT = "Jakarta - Pemerintah menyatakan sikapnya atas krisis di kawasan itu pada hari ini.\n"


def test_utf8_with_bom_is_read_without_the_mark(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + TEXT.encode())
    source = read_article(path)
    assert source.text == TEXT and source.warnings == ()


def test_legacy_single_byte_text_is_decoded_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("“Kami menolak,” kata menteri. Café résumé naïve – déjà vu.\n".encode("cp1252") * 3)
    source = read_article(path)
    assert "“Kami menolak,”" in source.text and "Café" in source.text
    assert source.warnings and "not UTF-8" in source.warnings[0]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\t\n  ", "empty file"),
        ("image.txt", bytes(range(256)) * 8, "binary file, not text"),
        ("notes.docx", b"PK\x03\x04", "unsupported file type '.docx'"),
    ],
)
def test_files_that_are_not_articles_raise_one_clear_reason(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReadError) as caught:
        read_article(path)
    assert reason in str(caught.value) and str(path) in str(caught.value)


def test_markdown_front_matter_is_taken_as_given() -> None:
    source = read_article(FIXTURES / "clean_markdown.md")
    assert source.fmt == "md"
    assert source.meta["headline"] == "Uni Eropa Perpanjang Sanksi terhadap Belarus"
    assert source.meta["date"] == "2024-02-26" and source.meta["dateline"] == "Brussel"
    assert not source.text.startswith("---")


def test_saved_html_page_gives_main_text_and_page_metadata() -> None:
    source = read_article(FIXTURES / "saved_page_detik_style.html")
    assert source.fmt == "html"
    assert source.meta["headline"] == "Turki Tawarkan Diri Jadi Penengah Sengketa Laut Hitam"
    assert source.meta["date"].startswith("2024-05-14")
    assert "Laut Hitam harus tetap terbuka" in source.text
    assert "Liga Inggris" not in source.text  # the related list in <aside> is not main text


def test_sidecars_and_system_files_are_not_articles(tmp_path: Path) -> None:
    for name in ("a.txt", "a.yml", ".DS_Store", "b.html"):
        (tmp_path / name).write_text("x")
    assert [path.name for path in find_articles(tmp_path)] == ["a.txt", "b.html"]


CLIP = """---
title: "Judul Berita Contoh - Kabar Situs.com"
source: "https://kabar.situs.co.id/read/2024/08/27/judul-berita-contoh"
author:
  - "[[Nama Penulis]]"
published: 2024-08-27
---
# Judul Berita Contoh

![](https://images.situs.co.id/foto.jpg)

**Situs.com, DHAKA -** Pemerintah Bangladesh meminta [bantuan internasional](https://contoh.id/a) untuk korban banjir.
"""


def test_a_web_clipping_gives_its_own_heading_site_and_author_and_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "clip.md"
    path.write_text(CLIP, encoding="utf-8")
    source = read_article(path)
    assert source.meta["headline"] == "Judul Berita Contoh"
    assert source.meta["outlet"] == "situs.co.id"
    assert source.meta["author"] == "Nama Penulis"
    assert source.meta["date"] == "2024-08-27"
    assert "![](" not in source.text and "**" not in source.text and "](https://" not in source.text
    assert "Situs.com, DHAKA - Pemerintah Bangladesh meminta bantuan internasional untuk korban banjir." in source.text


def test_emoji_are_not_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Judul 🇺🇦\n\nKremlin menyebut KTT itu bukti keterlibatan Barat. 🇷🇺\n\n(isa/bac) 👇👇\n", encoding="utf-8"
    )
    assert read_article(path).text == "Judul \n\nKremlin menyebut KTT itu bukti keterlibatan Barat. \n\n(isa/bac) \n"


def test_a_notes_app_page_takes_its_site_from_the_url_property_not_its_date_from_the_clipping(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "# Gencatan Senjata di Kivu\n\nCreated: July 9, 2024 8:41 AM\nTags: Afrika\n"
        "URL: https://www.kabar.com/global/read/2024/07/08/x\n\nKABAR.com - Kedua menteri bertemu di Luanda.\n",
        encoding="utf-8",
    )
    source = read_article(path)
    assert source.meta["outlet"] == "kabar.com" and "Created" not in source.text and "July 9" not in source.text


def test_a_saved_page_takes_the_time_it_prints_not_the_metadata_s_utc(tmp_path: Path) -> None:
    lead = "<p>Pemerintah Indonesia dan Amerika Serikat sepakat membentuk kelompok kerja mineral kritis hari ini.</p>"
    path = tmp_path / "a.html"
    path.write_text(
        '<html><head><title>Uji</title><meta property="article:published_time" content="2024-07-08T04:20:00Z">'
        f"</head><body><article><h1>Kelompok Kerja Mineral Kritis</h1><p>08 Juli 2024 11:20</p>{lead}{lead}"
        "</article></body></html>",
        encoding="utf-8",
    )
    assert read_article(path).meta["date"] == "2024-07-08T11:20"


def test_a_bold_dateline_of_a_saved_page_stays_with_its_lead(tmp_path: Path) -> None:
    text = "Amerika Serikat dan Vietnam resmi memulai perundingan kerja sama nuklir sipil di Washington pekan ini."
    path = tmp_path / "a.html"
    path.write_text(  # a related link set inside the text, as the page has it, makes the extractor split the bold
        "<html><head><title>Uji</title></head><body><h1>Nuklir Sipil</h1><div class='desc'>\n"
        f"<strong>WASHINGTON</strong> - {text}<br><br>\n<div class='related'>Baca Juga: <a href='/x'>Harga Minyak</a>"
        f"</div>\n{text}<br><br>\n{text}<br><br>\n</div></body></html>",
        encoding="utf-8",
    )
    assert "WASHINGTON - Amerika Serikat" in read_article(path).text  # not "WASHINGTON\n - Amerika Serikat"
