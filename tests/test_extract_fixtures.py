"""Metadata of articles laid out like other outlets' pages: one scenario per fixture."""

from pathlib import Path

import pytest

from builder.extract import derive_headline, extract_file

FIXTURES = Path(__file__).parent / "fixtures" / "articles"

# file: headline (None = derived), date, time, outlet, dateline, author, first words of the text, last words
EXPECTED = {
    "agency_label_then_headline.txt": (
        "ASEAN Desak Gencatan Senjata Segera di Myanmar",
        "2024-03-04",
        "14:05",
        "ANTARA",
        "Kuala Lumpur",
        "Rudi Santoso",
        "Para menteri luar negeri ASEAN",
        "penjaga pantai China.",
    ),
    "byline_date_cnn_style.txt": (
        "Jepang dan China Sepakat Buka Lagi Dialog Keamanan",
        "2024-08-07",
        "09:15",
        "CNN Indonesia",
        "Jakarta",
        "Rina Kartika",
        "Jepang dan China sepakat",
        "militer masing-masing.",
    ),
    "two_digit_year_kompas_style.txt": (
        "Menlu Prancis Kunjungi Kairo Bahas Jalur Gaza",
        "2023-11-12",
        "10:20",
        "KOMPAS.com",
        None,
        "Sari Wulandari",
        "Menteri Luar Negeri Prancis",
        "badan-badan PBB.",
    ),
    "no_full_date_blog.txt": (
        "Iran dan Arab Saudi Sepakat Tukar Duta Besar",
        None,
        None,
        None,
        None,
        None,
        "Iran dan Arab Saudi sepakat",
        'saling bicara," ujar Kamali.',
    ),
    "no_headline_republika_style.txt": (
        None,
        "2024-03-12",
        None,
        "REPUBLIKA.CO.ID",
        "JAKARTA",
        None,
        "Pemerintah Indonesia menyatakan",
        "pada Piagam PBB.",
    ),
    "caption_twice_liputan6_style.txt": (
        "Korea Selatan Kirim Utusan Khusus ke Washington",
        "2015-11-05",
        "14:56",
        "Liputan6.com",
        "Jakarta",
        None,
        "Korea Selatan mengirim utusan",
        "wartawan di bandara.",
    ),
    "saved_page_detik_style.html": (
        "Turki Tawarkan Diri Jadi Penengah Sengketa Laut Hitam",
        "2024-05-14",
        "16:30",  # article:published_time, and written on the page
        "contohnews.com",
        "Ankara",
        "Bayu Pratama",
        "Pemerintah Turki menawarkan",
        "gandum melalui laut.",
    ),
    "cnbc_indonesia_saved.html": (
        "ASEAN Sepakat Kebut Perjanjian Ekonomi Digital, Target Rampung 2025",
        "2024-10-10",
        "15:42",
        "CNBC Indonesia",
        "Jakarta",
        "Fikri Ramadhan",
        "Para pemimpin negara anggota",
        "keketuaan ASEAN pada 2025.",
    ),
    "clean_markdown.md": (
        "Uni Eropa Perpanjang Sanksi terhadap Belarus",
        "2024-02-26",
        None,
        "Contoh Harian",
        "Brussel",
        "Dewi Lestari",
        "Uni Eropa memperpanjang",
        "Marta Kovacs.",
    ),
}

FURNITURE = [
    "Baca juga",
    "Lihat Juga",
    "ADVERTISEMENT",
    "SCROLL",
    "Harga",
    "Timnas",
    "Pewarta",
    "Editor",
    "COPYRIGHT",
    "Foto:",
    "Tag:",
    "Share this",
    "Facebook",
    "(rds/bac)",
    "(Ein)",
    "Berita Terkait",
    "Simak breaking",
    "Bursa Asia",
    "Penulis",
]
SECTION_LABELS = ["Dunia", "Internasional"]  # furniture as lines of their own; words of names in the text


@pytest.fixture(scope="module", params=sorted(EXPECTED))
def case(request: pytest.FixtureRequest) -> tuple[dict, tuple]:
    return extract_file(FIXTURES / request.param), EXPECTED[request.param]


def test_headline_or_derived_headline(case: tuple[dict, tuple]) -> None:
    record, (headline, *_rest) = case
    if headline is None:
        assert record["headline_derived"] is True
        assert record["headline"] == derive_headline(record["lead"])
    else:
        assert (record["headline"], record["headline_derived"]) == (headline, False)


def test_date_time_outlet_dateline_author(case: tuple[dict, tuple]) -> None:
    record, (_headline, date, time, outlet, dateline, author, *_text) = case
    assert (record["date"], record["time"]) == (date, time)
    assert (record["outlet"], record["dateline"], record["author"]) == (outlet, dateline, author)


def test_text_starts_at_the_lead_and_ends_at_the_last_sentence(case: tuple[dict, tuple]) -> None:
    record, (*_meta, first, last) = case
    assert record["body"][0].startswith(first)
    assert record["body"][-1].endswith(last)
    assert record["lead"] == record["body"][0]


def test_no_furniture_in_any_text(case: tuple[dict, tuple]) -> None:
    record, _expected = case
    texts = [record["headline"], record["lead"], *record["body"], *(q["text"] for q in record["quotes"])]
    leaked = [marker for marker in FURNITURE for text in texts if marker in text and marker not in record["headline"]]
    leaked += [text for text in texts if text.strip(" :") in SECTION_LABELS]
    assert leaked == []


def test_undated_article_is_flagged_not_guessed(case: tuple[dict, tuple]) -> None:
    record, (_headline, date, *_rest) = case
    assert ("undated: no full date on the page" in record["warnings"]) == (date is None)


def test_subheading_is_kept_as_its_own_item() -> None:
    record = extract_file(FIXTURES / "caption_twice_liputan6_style.txt")
    assert "Tarif Jadi Sorotan Utama" in record["body"]


def _page(tmp_path: Path, text: str, name: str = "page.txt") -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_file(path)


LEAD = (
    "Pemerintah Turki menawarkan diri menjadi penengah dalam sengketa di Laut Hitam, kata seorang pejabat "
    "di Ankara pada Selasa. Tawaran itu disampaikan setelah pertemuan para menteri luar negeri kawasan."
)


def test_a_first_line_the_page_names_again_is_the_outlet(tmp_path: Path) -> None:
    text = f"Kabarnusa\n\nTurki Tawarkan Diri Jadi Penengah\n\n14 Mei 2024\n\n{LEAD}\n\nFollow Berita Kabarnusa\n"
    assert _page(tmp_path, text)["outlet"] == "Kabarnusa"


@pytest.mark.parametrize("first", ["Indonesia", "Berita Dunia", "Perang Dagang"])
def test_a_country_or_words_on_the_first_line_are_not_an_outlet(tmp_path: Path, first: str) -> None:
    text = f"{first}\n\nTurki Tawarkan Diri Jadi Penengah\n\n14 Mei 2024\n\n{LEAD}\n\n{first}\n"
    assert _page(tmp_path, text)["outlet"] is None


def test_a_page_that_gives_only_a_day_gets_no_time(tmp_path: Path) -> None:
    html = (
        '<html><head><title>Uji</title><meta property="article:published_time" content="2024-05-14"></head>'
        f"<body><article><h1>Turki Tawarkan Diri Jadi Penengah</h1><p>{LEAD}</p><p>{LEAD}</p></article></body></html>"
    )
    record = _page(tmp_path, html, "page.html")
    assert (record["date"], record["time"]) == ("2024-05-14", None)


def test_a_byline_of_name_and_date_names_the_author(tmp_path: Path) -> None:
    text = f"Turki Tawarkan Diri Jadi Penengah\n\nDimas Pratama · Sabtu, 30 November 2024 - 08:15:00 WIB\n\n{LEAD}\n"
    assert _page(tmp_path, text)["author"] == "Dimas Pratama"


def test_a_byline_of_name_and_site_names_the_author(tmp_path: Path) -> None:
    text = f"Turki Tawarkan Diri Jadi Penengah\n\nNindya Larasati - Bisnis.com\n\n14 Mei 2024\n\n{LEAD}\n"
    assert _page(tmp_path, text)["author"] == "Nindya Larasati"


def test_a_reporter_line_with_the_site_names_the_author(tmp_path: Path) -> None:
    credit = "Laporan Wartawan Kabarnusa.com, Yusuf Hamdani"
    text = f"Turki Tawarkan Diri Jadi Penengah\n\n{credit}\n\n14 Mei 2024\n\n{LEAD}\n"
    assert _page(tmp_path, text)["author"] == "Yusuf Hamdani"


def test_a_name_between_the_headline_and_a_labelled_date_is_the_author(tmp_path: Path) -> None:
    byline = "Taufik Rahman Hakim\n\nDiperbarui: 14 Mei 2024 20:05"
    text = f"Turki Tawarkan Diri Jadi Penengah di Laut Hitam\n\n{byline}\n\n{LEAD}\n"
    assert _page(tmp_path, text)["author"] == "Taufik Rahman Hakim"


def test_a_site_menu_is_not_the_headline(tmp_path: Path) -> None:
    menu = "Home  Aceh  Banda Aceh  Lhokseumawe  Nasional  Internasional  Sport  Seleb  Lifestyle  Video"
    text = f"Kabarnusa.com\n{menu}\n\nTurki Tawarkan Diri Jadi Penengah di Laut Hitam\n\n14 Mei 2024\n\n{LEAD}\n"
    assert _page(tmp_path, text)["headline"] == "Turki Tawarkan Diri Jadi Penengah di Laut Hitam"


def test_a_page_saved_from_reader_view_names_its_site_and_writer(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Turki Tawarkan Diri Jadi Penengah</title></head><body>"
        '<div class="header reader-header"><a class="domain reader-domain" href="https://www.kabar.id/a">www.kabar.id</a>'
        '<h1 class="reader-title">Turki Tawarkan Diri Jadi Penengah</h1>'
        '<div class="credits reader-credits">Dewi Lestari</div></div>'
        f'<div class="moz-reader-content"><p>{LEAD}</p><p>{LEAD}</p></div></body></html>'
    )
    record = _page(tmp_path, html, "page.html")
    assert (record["outlet"], record["author"]) == ("kabar.id", "Dewi Lestari")


def test_a_name_above_a_breadcrumb_is_the_outlet(tmp_path: Path) -> None:
    text = f"KBR\n\nBeranda › Dunia\n\nTurki Tawarkan Diri Jadi Penengah\n\n14 Mei 2024\n\n{LEAD}\n"
    assert _page(tmp_path, text)["outlet"] == "KBR"


@pytest.mark.parametrize(
    ("written", "tidy"),
    [
        ("Reporter Nurul Hikmah", "Nurul Hikmah"),
        ("LARASATI DWI ANGGRAENI", "Larasati Dwi Anggraeni"),
        ("Dimas Arya Pradipta Wartawan BBC News Indonesia", "Dimas Arya Pradipta"),
    ],
)
def test_a_writer_s_name_loses_its_label_role_and_capitals(tmp_path: Path, written: str, tidy: str) -> None:
    text = f"Turki Tawarkan Diri Jadi Penengah\n\nPenulis: {written}\n\n14 Mei 2024\n\n{LEAD}\n"
    assert _page(tmp_path, text)["author"] == tidy


def test_a_place_line_above_the_text_is_the_dateline_and_a_name_with_its_paper_the_author(tmp_path: Path) -> None:
    text = f"Turki Tawarkan Diri Jadi Penengah\n\nDimas Pratama (Kabar Post)\n\nJenewa, 14 Mei 2024\n\n{LEAD}\n"
    record = _page(tmp_path, text)
    assert (record["dateline"], record["author"]) == ("Jenewa", "Dimas Pratama")


@pytest.mark.parametrize(
    ("line", "owner"),
    [("© 2024 kabarpost.com. All rights reserved", "kabarpost.com"), ("© 2024 GATRA. Hak cipta dilindungi", "GATRA")],
)
def test_the_copyright_owner_stops_at_the_end_of_its_name(tmp_path: Path, line: str, owner: str) -> None:
    assert _page(tmp_path, f"Turki Tawarkan Diri Jadi Penengah\n\n14 Mei 2024\n\n{LEAD}\n\n{line}\n")["outlet"] == owner


def test_a_saved_page_s_byline_outside_the_text_names_the_writer(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Turki Tawarkan Diri Jadi Penengah</title></head><body>"
        '<div class="byline"><a href="/jurnalis/anisa">Anisa Rahma</a>, Jurnalis · Jumat, 23 Agustus 2024</div>'
        f"<article><h1>Turki Tawarkan Diri Jadi Penengah</h1><p>{LEAD}</p><p>{LEAD}</p></article></body></html>"
    )
    assert _page(tmp_path, html, "page.html")["author"] == "Anisa Rahma"


def test_the_first_of_two_writers_is_the_author(tmp_path: Path) -> None:
    text = f"Turki Tawarkan Diri Jadi Penengah\n\nOleh Rahmat Hidayat dan Citra Maharani\n\n14 Mei 2024\n\n{LEAD}\n"
    assert _page(tmp_path, text)["author"] == "Rahmat Hidayat"


def test_a_wire_story_on_a_site_that_names_itself_is_the_site_s(tmp_path: Path) -> None:
    text = f"Kabarpost.co.id\n\nTurki Tawarkan Diri Jadi Penengah\n\n14 Mei 2024\n\nANKARA (Reuters) - {LEAD}\n"
    record = _page(tmp_path, text)
    assert (record["outlet"], record["dateline"]) == ("Kabarpost.co.id", "ANKARA")


def test_a_body_s_name_on_the_first_line_is_not_the_headline(tmp_path: Path) -> None:
    text = f"Kementerian Luar Negeri Republik Indonesia\n\nSiaran Pers\n\nTurki Tawarkan Diri Jadi Penengah\n\n{LEAD}\n"
    assert _page(tmp_path, text)["headline"] == "Turki Tawarkan Diri Jadi Penengah"


def test_an_aggregator_s_page_is_the_article_s_outlet(tmp_path: Path) -> None:
    html = (
        '<html><head><title>Turki Tawarkan Diri</title><meta property="og:site_name" content="Agregator"></head>'
        f"<body><article><h1>Turki Tawarkan Diri Jadi Penengah</h1><p>ANKARA, KABAR.com - {LEAD}</p><p>{LEAD}</p>"
        "</article></body></html>"
    )
    assert _page(tmp_path, html, "page.html")["outlet"] == "KABAR.com"


def test_a_byline_of_name_and_one_word_site_names_the_author(tmp_path: Path) -> None:
    text = f"Turki Tawarkan Diri Jadi Penengah\n\nFadhila Nurul Izzah - kabarNews\n\n14 Mei 2024\n\n{LEAD}\n"
    assert _page(tmp_path, text)["author"] == "Fadhila Nurul Izzah"


def test_a_name_read_only_in_a_subheading_is_not_an_actor(tmp_path: Path) -> None:
    more = (
        "Pemerintah Turki juga mengirim utusan khusus ke kawasan itu untuk bertemu kedua pihak, kata pejabat tersebut."
    )
    text = f"Turki Tawarkan Diri Jadi Penengah\n\n14 Mei 2024\n\n{LEAD}\n\nBandara Tontouta Ditutup\n\n{more}\n"
    names = [actor["name"] for actor in _page(tmp_path, text)["actors"]]
    assert "Turkey" in names and not any("Tontouta" in name for name in names)


def test_a_masthead_wins_over_the_owner_of_the_copyright(tmp_path: Path) -> None:
    top = "Kabarnusa\nBeranda\nDunia\nEropa\nAsia\n\nTurki Tawarkan Diri Jadi Penengah\n\n14 Mei 2024"
    text = f"{top}\n\n{LEAD}\n\n© 2024 Induk Media Grup\n"
    assert _page(tmp_path, text)["outlet"] == "Kabarnusa"


def test_a_site_s_name_and_slogan_is_not_the_headline(tmp_path: Path) -> None:
    text = f"Kabar Merdeka - Aktual, Tajam, Terpercaya\n\nTurki Tawarkan Diri Jadi Penengah di Laut Hitam\n\n{LEAD}\n"
    assert _page(tmp_path, text)["headline"] == "Turki Tawarkan Diri Jadi Penengah di Laut Hitam"


@pytest.mark.parametrize(
    "byline", ["Anisa Rahmadhani , Jurnalis · Jumat 22 November 2024 12:05 WIB", "Anisa Rahmadhani, Kabar Indonesia"]
)
def test_a_writer_before_a_role_or_the_paper_s_name(tmp_path: Path, byline: str) -> None:
    text = f"Turki Tawarkan Diri Jadi Penengah\n\n{byline}\n\n14 Mei 2024\n\n{LEAD}\n"
    assert _page(tmp_path, text)["author"] == "Anisa Rahmadhani"


@pytest.mark.parametrize(
    "byline",
    ["Oleh Dinda Pramesti pada 18 Okt 2024, 07:00 WIB", "Penulis Dinda Pramesti\n| Editor Larasati Wulandari"],
)
def test_a_byline_with_its_date_or_its_editor_on_the_next_line(tmp_path: Path, byline: str) -> None:
    text = (
        "Jepang dan Filipina Teken Pakta Pertahanan Baru\n\n" + byline + "\n\n"
        "Jepang dan Filipina menandatangani pakta pertahanan baru di Manila pada hari Jumat lalu.\n\n"
        "Kedua negara akan menggelar latihan bersama di Laut China Selatan tahun depan.\n"
    )
    assert _page(tmp_path, text)["author"] == "Dinda Pramesti"


def test_a_publisher_in_the_author_field_gives_way_to_the_page_s_credit_line(tmp_path: Path) -> None:
    page = (
        '<html><head><meta property="og:title" content="Jepang dan Filipina Sepakati Patroli Bersama">'
        '<meta name="author" content="Kompas Cyber Media">'
        '<meta property="article:published_time" content="2024-03-14T10:15:00+07:00"></head><body>'
        "<h1>Jepang dan Filipina Sepakati Patroli Bersama</h1>"
        '<div class="credit">Penulis <a href="/p">Rina Kusumawardani</a> | Editor <a href="/e">Bayu Santoso</a></div>'
        "<article><p>Jepang dan Filipina menyepakati patroli bersama di Laut China Selatan mulai bulan depan, "
        "kata pejabat kedua negara di Manila pada Kamis.</p><p>Kesepakatan itu diumumkan setelah pertemuan "
        "menteri pertahanan kedua negara yang berlangsung selama dua hari di ibu kota Filipina.</p>"
        "<p>Para analis menilai langkah itu sebagai jawaban atas meningkatnya ketegangan di kawasan.</p></article>"
        "</body></html>"
    )
    assert _page(tmp_path, page, "page.html")["author"] == "Rina Kusumawardani"


def test_the_publication_line_before_an_update_line_and_a_tab_title_is_no_headline(tmp_path: Path) -> None:
    text = (
        "Malaysia Usulkan Pusat Koordinasi Maritim ASEAN - Contoh Kabar\n\n"
        "Malaysia Usulkan Pusat Koordinasi Maritim ASEAN\n\n"
        "Diperbarui: Rabu, 23 Oktober 2024 07:05 WIB\n"
        "Diterbitkan: Selasa, 22 Oktober 2024 09:15 WIB\n\n"
        "Malaysia mengusulkan pusat koordinasi maritim bersama ASEAN di Selat Malaka pada pertemuan pekan ini.\n\n"
        "Usulan itu akan dibahas para menteri pertahanan kawasan pada sidang berikutnya bulan depan.\n"
    )
    record = _page(tmp_path, text)
    assert record["headline"] == "Malaysia Usulkan Pusat Koordinasi Maritim ASEAN"
    assert (record["date"], record["time"]) == ("2024-10-22", "09:15")


def test_a_date_taken_from_the_text_is_said_to_be(tmp_path: Path) -> None:
    text = (
        "Sidang Sengketa Laut Digelar Bulan Depan\n\n"
        "Mahkamah internasional menjadwalkan sidang sengketa itu pada 5 November 2024 di Den Haag, kata pejabat.\n\n"
        "Kedua negara telah menyerahkan berkas masing-masing kepada panitera mahkamah pekan lalu.\n"
    )
    record = _page(tmp_path, text)
    assert record["date"] == "2024-11-05"
    assert "dated from its text: the page prints no publication date" in record["warnings"]


def test_a_site_s_promotion_and_a_tagline_repeating_its_name_are_no_headline(tmp_path: Path) -> None:
    text = (
        "Kabar Pesisir\nKabar Pesisir - Kabar Pesisir Bersama Anda\n"
        "Dengarkan Live Streaming Radio Kabar Pesisir 99 FM Sepanjang Hari\n"
        f"Home > Internasional\n\nTurki Tawarkan Diri Jadi Penengah di Laut Hitam\n\n14 Mei 2024\n\n{LEAD}\n"
    )
    assert _page(tmp_path, text)["headline"] == "Turki Tawarkan Diri Jadi Penengah di Laut Hitam"


def test_a_report_by_line_with_its_editor_names_the_author(tmp_path: Path) -> None:
    credit = "Laporan oleh Yusuf Hamdani | Editor: Wulan Sari"
    text = f"Turki Tawarkan Diri Jadi Penengah\n\n{credit}\n\nSelasa, 14 Mei 2024 | 15:42 WIB\n\n{LEAD}\n"
    assert _page(tmp_path, text)["author"] == "Yusuf Hamdani"


def test_a_page_title_s_suffix_holding_the_site_s_name_is_dropped(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Turki Tawarkan Diri Jadi Penengah | Contoh WORLD-NEWS Siaran</title>"
        '<meta property="og:title" content="Turki Tawarkan Diri Jadi Penengah | Contoh WORLD-NEWS Siaran">'
        '<meta property="og:site_name" content="Contoh WORLD-NEWS"></head>'
        f"<body><article><h1>Turki Tawarkan Diri Jadi Penengah</h1><p>14 Mei 2024</p><p>{LEAD}</p><p>{LEAD}</p>"
        "</article></body></html>"
    )
    assert _page(tmp_path, html, "page.html")["headline"] == "Turki Tawarkan Diri Jadi Penengah"


def test_a_time_only_in_the_metadata_keeps_the_zone_it_is_written_in() -> None:
    from builder.read import _stated_moment

    page = '<meta property="article:published_time" content="2024-08-28T09:40:00-05:00">'
    assert _stated_moment("2024-08-28T09:40", page, "28.08.2024", []) == "2024-08-28T09:40-05:00"
    assert _stated_moment("2024-08-28T09:40", "<meta content='2024-08-28'>", "28.08.2024", []) == "2024-08-28"


def test_a_place_after_the_date_line_is_the_dateline(tmp_path: Path) -> None:
    text = f"Turki Tawarkan Diri Jadi Penengah\n\n2024.05.14 Ankara\n\n{LEAD}\n"
    record = _page(tmp_path, text)
    assert (record["date"], record["dateline"]) == ("2024-05-14", "Ankara")


def test_the_city_between_the_outlet_and_the_lead_is_the_dateline(tmp_path: Path) -> None:
    text = f"Turki Tawarkan Diri Jadi Penengah\n\n14 Mei 2024\n\nKabarnusa.com - ANKARA - {LEAD}\n"
    record = _page(tmp_path, text)
    assert (record["outlet"], record["dateline"]) == ("Kabarnusa.com", "ANKARA")
    assert record["lead"].startswith("Pemerintah Turki")


def test_a_contributor_s_credit_closing_the_text_is_not_text(tmp_path: Path) -> None:
    more = "Para menteri akan bertemu lagi di Istanbul bulan depan untuk membahas rincian usulan itu."
    credit = "Rina Sari di Ankara turut berkontribusi dalam laporan ini."
    text = f"Turki Tawarkan Diri Jadi Penengah\n\n14 Mei 2024\n\n{LEAD}\n\n{more}\n\n{credit}\n"
    assert _page(tmp_path, text)["body"][-1] == more


def test_a_markdownload_clip_of_a_network_site_is_read_past_its_excerpt(tmp_path: Path) -> None:
    """MarkDownload puts the page title (with the site's name) as the first heading and quotes the page's
    description under it; the site is a part of a network's address."""
    text = (
        "---\nsource: https://kabarpesisir.jaringan.com/dunia/123/turki-tawarkan-diri\nauthor: Rina Sari\n---\n\n"
        "# Turki Tawarkan Diri Jadi Penengah - Kabar Pesisir\n\n> ## Excerpt\n> Turki menawarkan diri menjadi "
        "penengah.\n\n---\n- [Home](https://kabarpesisir.jaringan.com/)\n\n## Turki Tawarkan Diri Jadi Penengah\n\n"
        f"Selasa, 14 Mei 2024 | 08:15 WIT\n\n**JAYAPURA**-{LEAD}\n\n{LEAD.replace('Turki', 'Ankara')}\n"
    )
    record = _page(tmp_path, text, "clip.md")
    assert (record["headline"], record["outlet"]) == ("Turki Tawarkan Diri Jadi Penengah", "Kabar Pesisir")
    assert (record["date"], record["time"], record["dateline"]) == ("2024-05-14", "08:15", "JAYAPURA")
    assert record["lead"].startswith("Pemerintah Turki") and len(record["body"]) >= 1


def test_a_date_with_its_time_after_a_comma_and_a_writer_above_a_relative_time(tmp_path: Path) -> None:
    text = f"Turki Tawarkan Diri Jadi Penengah\n\nKamis 16-05-2024,14:18 WIB\n\n{LEAD}\n"
    assert _page(tmp_path, text)["time"] == "14:18"
    menu = "\n".join(["Beranda", "Metro", "Politik", "Ekonomi", "Nasional", "Internasional", "Olahraga"])
    top = f"Senin, 14 Mei 2024\nKABAR PESISIR\n{menu}\n\nBeranda › Internasional\n\n"
    text = f"{top}Turki Tawarkan Diri Jadi Penengah\n\nYusuf Hamdani\n2 jam lalu\n\n{LEAD}\n"
    assert _page(tmp_path, text)["author"] == "Yusuf Hamdani"


def test_the_site_and_city_line_above_the_lead_and_an_app_prompt(tmp_path: Path) -> None:
    prompt = (
        "Saksikan siaran langsung dan berita terkini di aplikasi kami. Unduh sekarang di Google Play dan App Store."
    )
    text = f"Turki Tawarkan Diri Jadi Penengah\n\n14 Mei 2024\n\nKabarTV, Ankara\n\n{LEAD}\n\n{prompt}\n"
    record = _page(tmp_path, text)
    assert record["dateline"] == "Ankara"
    assert not any("Google Play" in block for block in record["body"])


def test_an_epaper_page_s_running_heads_jump_lines_and_pull_quote_credit_are_not_text(tmp_path: Path) -> None:
    quote = "“Tarif itu bukan hukuman. Itu harga karbon yang dibayar produsen kami juga,” kata Duta Besar Lena Berg."
    more = "Para eksportir meminta masa transisi yang lebih panjang agar data emisi bisa disiapkan dengan rapi."
    pulled = "“Itu harga karbon yang dibayar produsen kami juga.”"
    text = (
        "KABAR PESISIR | RABU, 16 JULI 2025 | 3\nINDUSTRI & PERDAGANGAN\n\nTurki Tawarkan Diri Jadi Penengah\n\n"
        f"Yusuf Hamdani\nredaksi@kabarpesisir.com\n\n{LEAD}\n\n{quote}\n\n{pulled}\nLENA BERG\n"
        "Duta Besar untuk Indonesia\n\nBersambung ke hal. 7\n\nKABAR PESISIR | RABU, 16 JULI 2025 | 7\n"
        f"INDUSTRI & PERDAGANGAN\n\nSambungan dari hal. 3\nTurki Tawarkan Diri...\n\n{more}\n"
    )
    record = _page(tmp_path, text)
    assert record["date"] == "2025-07-16" and record["author"] == "Yusuf Hamdani"
    joined = " ".join(record["body"])
    for furniture in ("LENA BERG", "KABAR PESISIR |", "Bersambung", "Sambungan", "Turki Tawarkan Diri..."):
        assert furniture not in joined
    assert record["body"][-1] == more


def test_lead_prefixes_of_network_sites(tmp_path: Path) -> None:
    for prefix, dateline in (("CISARUA-KABAR PESISIR, ", "CISARUA"), ("Padang Pariaman, Pesisir–", "Padang Pariaman")):
        lead = LEAD.replace("di Ankara", f"di {dateline.title()}")
        record = _page(tmp_path, f"Turki Tawarkan Diri Jadi Penengah\n\n14 Mei 2024\n\n{prefix}{lead}\n")
        assert record["dateline"] == dateline and record["lead"].startswith("Pemerintah Turki")


def test_a_network_site_abbreviated_in_its_address_is_named_as_its_title_names_it(tmp_path: Path) -> None:
    text = (
        "---\nsource: https://padek.jaringan.com/sumbar/1/turki\n---\n\n# Turki Tawarkan Diri - Padang Ekspres\n\n"
        f"## Turki Tawarkan Diri\n\n14 Mei 2024\n\n{LEAD}\n"
    )
    assert _page(tmp_path, text, "clip.md")["outlet"] == "Padang Ekspres"
