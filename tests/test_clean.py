"""Cleaning: where the article text starts and ends, and what furniture is dropped."""

import pytest

from builder.clean import classify, clean, dateline_prefix, split_lines, strip_signoff
from builder.model import Source


def _clean(text: str):
    return clean(Source("t.txt", "t.txt", "txt", text))


@pytest.mark.parametrize(
    ("line", "dateline", "outlet"),
    [
        (
            "Jakarta, CNN Indonesia -- Pemerintah Filipina memanggil duta besar China hari ini.",
            "Jakarta",
            "CNN Indonesia",
        ),
        ("KOMPAS.com - Pemerintah Filipina memanggil duta besar China hari ini.", None, "KOMPAS.com"),
        ("Liputan6.com, Jakarta - Pemerintah Filipina memanggil duta besar China hari ini.", "Jakarta", "Liputan6.com"),
        (
            "REPUBLIKA.CO.ID, JAKARTA -- Pemerintah Filipina memanggil duta besar China hari ini.",
            "JAKARTA",
            "REPUBLIKA.CO.ID",
        ),
        ("Mataram (ANTARA) - Pemerintah Filipina memanggil duta besar China hari ini.", "Mataram", "ANTARA"),
        (
            "jpnn.com, WASHINGTON DC - Pemerintah Filipina memanggil duta besar China hari ini.",
            "WASHINGTON DC",
            "jpnn.com",
        ),
        ("Suara.com - Pemerintah Filipina memanggil duta besar China hari ini.", None, "Suara.com"),
        ("Manila - Pemerintah Filipina memanggil duta besar China hari ini untuk kedua kalinya.", "Manila", None),
        ("SANAA - Pemerintah Filipina memanggil duta besar China hari ini untuk kedua kalinya.", "SANAA", None),
        ("AKURAT.CO Pemerintah Filipina memanggil duta besar China hari ini.", None, "AKURAT.CO"),
        ("RMOL. Pemerintah Filipina memanggil duta besar China hari ini.", None, None),
        ("Harianjogja.com, JOGJA—Pemerintah Filipina memanggil duta besar China hari ini.", "JOGJA", "Harianjogja.com"),
        ("LUKSEMBURG, SELASA — Pemerintah Filipina memanggil duta besar China hari ini.", "LUKSEMBURG", None),
        ("PORT-AU-PRINCE, Kabar — Pemerintah Filipina memanggil duta besar China.", "PORT-AU-PRINCE", "Kabar"),
        ("RM.id Rakyat Merdeka - Pemerintah Filipina memanggil duta besar China hari ini.", None, "RM.id"),
        ("Beijing, 5 Juni (Xinhua) -- Pemerintah Filipina memanggil duta besar China hari ini.", "Beijing", "Xinhua"),
        ("MEDAN (Waspada): Pemerintah Filipina memanggil duta besar China hari ini.", "MEDAN", "Waspada"),
        ("KBRN, Jakarta: Pemerintah Filipina memanggil duta besar China hari ini.", "Jakarta", "KBRN"),
        ("JAKARTA, Oct 22 (Reuters) - Pemerintah Filipina memanggil duta besar China hari ini.", "JAKARTA", "Reuters"),
        ("DEN HAAG, Belanda (ANTARA) - Pemerintah Filipina memanggil duta besar China hari ini.", "DEN HAAG", "ANTARA"),
        ("Medan, (Analisa). Pemerintah Filipina memanggil duta besar China hari ini.", "Medan", "Analisa"),
    ],
)
def test_dateline_prefixes_of_many_outlets(line: str, dateline: str | None, outlet: str | None) -> None:
    prefix = dateline_prefix(line)
    assert prefix is not None
    assert (prefix.dateline, prefix.outlet) == (dateline, outlet)
    assert line[len(prefix.text) :].startswith("Pemerintah Filipina")


@pytest.mark.parametrize(
    "line",
    [
        "Selasa, 18 Juni 2024 - 20:42 WIB",
        "Rusia - Ukraina kembali berunding di Istanbul pekan depan menurut para diplomat.",
        "Perang di Sudan - yang sudah berlangsung setahun - memaksa jutaan orang mengungsi.",
        "ILUSTRASI. Logo bank sentral Jepang di kantor pusatnya di Tokyo, Jepang. REUTERS",
        "NATO. Aliansi itu akan bertemu di Brussel pekan depan untuk membahas anggaran.",
        "Baca Juga: Pemerintah Filipina memanggil duta besar China hari ini untuk kedua kalinya.",
        "Menurut Menteri, Kamis: Pemerintah Filipina memanggil duta besar China hari ini.",
    ],
)
def test_dates_countries_and_dashes_in_sentences_are_not_datelines(line: str) -> None:
    assert dateline_prefix(line) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("ADVERTISEMENT", "furniture"),
        ("SCROLL TO CONTINUE WITH CONTENT", "furniture"),
        ("facebook twitter whatsapp telegram line copy", "furniture"),
        ("URL berhasil dicopy", "furniture"),
        ("Exit mobile version", "furniture"),
        ("Home > Internasional > Asia", "furniture"),
        ("Home | Nasional | Politik | Gaya Hidup | Internasional | Foto | Video", "furniture"),
        ("HOME POLITIK HUKUM EKBIS DUNIA NUSANTARA OLAHRAGA INDEKS", "furniture"),
        ("Amerika Eropa Asia Afrika Bersatu Lawan Pandemi", "text"),
        ("Halaman 1/2", "furniture"),
        ("« Sebelumnya 1 2 3 Selanjutnya »", "furniture"),
        ("Artikel Pilihan", "inline_header"),
        ("Pernyataan Keterbukaan", "list_header"),
        ("Menteri Ana Rusu (kiri) berbincang dengan mitranya di Brussel. (Antara/Reuters/Yves Herman)", "caption"),
        ("Lihat postingan ini di Instagram", "furniture"),
        ("Topik Terkait: Norwegia, Dewan Arktik, Perubahan Iklim", "notice"),
        ("Espos Plus: Menakar Untung Rugi Jalan Tol bagi Petani", "inline_link"),
        ("Home / News / Internasional", "furniture"),
        ("Home Surabaya Jatim Nasional Internasional Ekonomi Sport Gaya Hidup Catatan Dahlan", "furniture"),
        ("BERANDA BALI NASIONAL INTERNASIONAL EKONOMI OLAHRAGA OPINI e-PAPER", "furniture"),
        ("Ekonomi Global Asia Melambat Tahun Ini Juga", "text"),
        ("Related news: Museum opens new gallery for returned artefacts", "inline_link"),
        ("Ikuti Suaramerdeka.com di Google News", "notice"),
        ("(I-2)", "signoff"),
        ("Saksikan video di bawah ini:", "inline_header"),
        ("Rabu, 31 Juli 2024 / 14:22 WIB", "text"),
        ("Your browser doesn’t support HTML5", "furniture"),
        ("Simak berita lainnya di Google News dan dapatkan informasi terkini.", "notice"),
        ("Baca juga: Harga minyak dunia turun tajam", "inline_link"),
        ("BACA JUGA: Harga minyak dunia turun tajam", "inline_link"),
        ("Simak juga Video: Detik-detik kapal bersandar", "inline_link"),
        ("Baca Juga", "inline_header"),
        ("Berita Terkait", "list_header"),
        ("Terpopuler", "list_header"),
        ("Penulis: Sari Wulandari", "credit"),
        ("Redaktur & Reporter : Budi", "credit"),
        ("Editor: Hendra", "credit"),
        ("Copyright © 2024 Contoh Media", "notice"),
        ("(ant/dil/jpnn)", "signoff"),
        ("(DKH)", "signoff"),
        ("[pan]", "signoff"),
        ("(as/uh)(Reuters)", "signoff"),
        ("ae/hp (Reuters, AFP)", "signoff"),
        ("(tirto.id - Politik)", "signoff"),
        ("Like · 128 Komentar · Bagikan", "furniture"),
        ("Lihat komentar (4)", "list_header"),
        ("Tulisan ini merupakan Konten Premium. Berlangganan untuk membaca tanpa iklan.", "notice"),
        ("Para pemimpin berfoto bersama di Hanoi. (Foto: Dok. Kemlu)", "caption"),
        ("Para pemimpin bertemu di Hanoi untuk membahas krisis pangan.", "text"),
        ("(Editor: Liu Jiayi)", "credit"),
        ("Pengungsi tiba di penampungan sementara di Kabupaten Langkat. WASPADA/ist", "caption"),
        ("Forum ini mempertemukan 51 negara serta UE sebagai mitra. (Tribunjogja.com/Ard)", "text"),
        ("https://www.contoh-berita.id/global/123/judul-berita-panjang", "furniture"),
        ("— Disalin dari Contoh Harian untuk buletin pekanan kami.", "notice"),
        ("Pertemuan itu membahas kerja sama AS/Uni Eropa di bidang energi.", "text"),
        ("— Iklan —", "furniture"),
        ("Beranda Nasional Internasional Ekonomi Hiburan", "furniture"),
        ("[1] Angka itu mengacu pada laporan tahunan sekretariat.", "notice"),
        ("Salam,", "notice"),
        ("Baca artikel asli di Warta Buana", "notice"),
        ("Artikel ini telah tayang di Contoh.com dengan judul Sebuah Judul", "notice"),
        ("12.4K", "furniture"),
        ("12", "furniture"),
        ("ADVERTISEMENTSCROLL TO CONTINUE WITH CONTENT", "furniture"),
        ("(Laporan oleh Nama Satu; Penyuntingan oleh Nama Dua)", "notice"),
        ("Laporan oleh Bank Dunia menunjukkan pertumbuhan ekonomi kawasan melambat tahun ini.", "text"),
        ("Wartawan: Bagaimana dengan situasi di Myanmar? Apakah ada langkah baru?", "text"),
        ("Beranda | Berita | Siaran Pers | Transkrip | Kontak", "furniture"),
        ("NASIONAL INTERNASIONAL EKONOMI OLAHRAGA INDEKS", "furniture"),
        ("Ralat: Sebelumnya tertulis 13 orang, seharusnya 11 orang.", "notice"),
        ("sosmed-facebook", "furniture"),
        ("Reporting by Nama Satu; Editing by Nama Dua", "notice"),
        ("This article is for subscribers", "notice"),
        ("21:07", "furniture"),
    ],
)
def test_line_kinds(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Kedua negara sepakat berunding lagi. (ant/dil/jpnn)", "Kedua negara sepakat berunding lagi."),
        ("Kedua negara sepakat berunding lagi. (rds/bac)", "Kedua negara sepakat berunding lagi."),
        ("“Kami siap,” pungkasnya.***", "“Kami siap,” pungkasnya."),
        ("Kedua negara sepakat berunding lagi. (Ein)", "Kedua negara sepakat berunding lagi."),
        ("Kedua negara sepakat berunding lagi. [pan]", "Kedua negara sepakat berunding lagi."),
        ("Kedua negara sepakat berunding lagi. (as/uh)(Reuters)", "Kedua negara sepakat berunding lagi."),
        ("Kedua negara sepakat berunding lagi. Selesai", "Kedua negara sepakat berunding lagi."),
        ("Kedua negara sepakat. Selesainya dinanti", "Kedua negara sepakat. Selesainya dinanti"),
        ("Pertemuan dihadiri wakil Amerika Serikat (AS)", "Pertemuan dihadiri wakil Amerika Serikat (AS)"),
    ],
)
def test_signoffs_are_cut_from_the_last_paragraph(line: str, kept: str) -> None:
    assert strip_signoff(line) == kept


def test_hard_wrapped_lines_are_joined_but_paragraphs_are_not() -> None:
    text = "Pemerintah Vietnam dan Kamboja menandatangani\nperjanjian perbatasan baru di Hanoi.\n\nisi paragraf kedua."
    assert split_lines(text) == [
        "Pemerintah Vietnam dan Kamboja menandatangani perjanjian perbatasan baru di Hanoi.",
        "isi paragraf kedua.",
    ]


def test_article_ends_at_signoff_and_drops_what_follows() -> None:
    cleaned = _clean(
        "Judul Berita yang Cukup Panjang\n\n"
        "Hanoi (ANTARA) - Vietnam dan Kamboja menandatangani perjanjian perbatasan baru, kata pejabat.\n"
        "Perjanjian itu mengakhiri sengketa selama puluhan tahun di wilayah itu. (ant/xyz)\n"
        "Ringkasan foto yang diulang di bawah artikel tanpa tanda baca\n"
        "- Harga emas naik lagi hari ini\n"
    )
    assert [block.text for block in cleaned.body] == [
        "Vietnam dan Kamboja menandatangani perjanjian perbatasan baru, kata pejabat.",
        "Perjanjian itu mengakhiri sengketa selama puluhan tahun di wilayah itu.",
    ]
    assert cleaned.header == ("Judul Berita yang Cukup Panjang",)
    assert (cleaned.dateline, cleaned.outlet) == ("Hanoi", "ANTARA")


def test_inline_header_drops_the_one_headline_after_it() -> None:
    cleaned = _clean(
        "Jakarta - Paragraf pertama tentang pertemuan para menteri luar negeri di Jakarta.\n\n"
        "Baca Juga\n\nHarga emas naik lagi\n\n"
        "Paragraf kedua menjelaskan hasil pertemuan itu secara lebih rinci bagi pembaca.\n"
    )
    assert [block.text for block in cleaned.body] == [
        "Paragraf pertama tentang pertemuan para menteri luar negeri di Jakarta.",
        "Paragraf kedua menjelaskan hasil pertemuan itu secara lebih rinci bagi pembaca.",
    ]
    assert "Harga emas naik lagi" in cleaned.removed


def test_short_line_between_paragraphs_is_a_subheading() -> None:
    cleaned = _clean(
        "Jakarta - Paragraf pertama tentang pertemuan para menteri luar negeri di Jakarta.\n\n"
        "Hasil Pertemuan\n\n"
        "Paragraf kedua menjelaskan hasil pertemuan itu secara lebih rinci bagi pembaca.\n"
    )
    assert [block.kind for block in cleaned.body] == ["paragraph", "subheading", "paragraph"]


def test_headline_lists_at_the_bottom_without_a_header_are_dropped() -> None:
    cleaned = _clean(
        "Jakarta - Paragraf pertama tentang pertemuan para menteri luar negeri di Jakarta.\n"
        "Paragraf kedua menjelaskan hasil pertemuan itu secara lebih rinci bagi pembaca.\n"
        "- Timnas menang di laga uji coba\n"
        "- Harga cabai naik menjelang lebaran\n"
    )
    assert len(cleaned.body) == 2


PAGE = (
    "Krisis Pangan Jadi Sorotan Para Menteri di Hanoi\n\n12 Februari 2024\n\n"
    "Para menteri pertanian Asia Tenggara bertemu di Hanoi untuk membahas krisis pangan yang melanda kawasan itu.\n\n"
    "Sumber gambar, Reuters\nKeterangan gambar,\nPetani memanen padi di dekat Hanoi pada pagi hari.\n\n"
    "Mereka sepakat membentuk cadangan beras bersama untuk keadaan darurat di masa depan.\n\n"
    "Lewati Podcast dan lanjutkan membaca\nPodcast\nDunia Pagi Ini\nRingkasan berita setiap pagi.\n"
    "Akhir dari Podcast\n\n"
    "Cadangan itu akan dikelola sekretariat bersama yang berkantor di Jakarta mulai tahun depan.\n"
)


def test_labelled_captions_and_skip_boxes_are_not_article_text() -> None:
    texts = [block.text for block in clean(Source("p.txt", "p.txt", "txt", PAGE)).body]
    assert texts == [
        "Para menteri pertanian Asia Tenggara bertemu di Hanoi untuk membahas krisis pangan yang melanda kawasan itu.",
        "Mereka sepakat membentuk cadangan beras bersama untuk keadaan darurat di masa depan.",
        "Cadangan itu akan dikelola sekretariat bersama yang berkantor di Jakarta mulai tahun depan.",
    ]


def test_headlines_printed_together_under_baca_juga_are_links_but_a_later_subheading_is_kept() -> None:
    page = (
        "Krisis Pangan Jadi Sorotan Para Menteri di Hanoi\n\n12 Februari 2024\n\n"
        "Para menteri pertanian Asia Tenggara bertemu di Hanoi untuk membahas krisis pangan di kawasan itu.\n\n"
        "Baca juga:\nHarga Minyak Dunia Naik Tipis\nViral Video Turis Menari di Pura\n\n"
        "Cadangan Beras Bersama\n\n"
        "Mereka sepakat membentuk cadangan beras bersama untuk keadaan darurat di masa depan.\n"
    )
    texts = [block.text for block in clean(Source("p.txt", "p.txt", "txt", page)).body]
    assert "Harga Minyak Dunia Naik Tipis" not in texts and "Viral Video Turis Menari di Pura" not in texts
    assert "Cadangan Beras Bersama" in texts


def test_a_summary_box_is_not_the_lead_and_a_caption_with_a_credit_does_not_end_the_text() -> None:
    page = (
        "Izin Minyak Venezuela Diperpanjang\n\n22 Mei 2024\n\n"
        "Ringkasan\n• Departemen Keuangan AS memberi izin khusus kepada perusahaan asing di Venezuela.\n"
        "• Izin terbit sebulan setelah sanksi kembali berlaku bagi sektor minyak negara itu.\n\n"
        "Ilustrasi kilang minyak di Puerto La Cruz, Venezuela. (Reuters)\n\n"
        "Departemen Keuangan Amerika Serikat menerbitkan izin khusus bagi sejumlah perusahaan minyak asing.\n\n"
        "Kilang di pesisir timur itu ditutup sebagian. (Reuters)\n\n"
        "Izin itu diberikan kepada perusahaan asal Spanyol, Italia, dan India yang memiliki proyek patungan di sana.\n"
    )
    texts = [block.text for block in _clean(page).body]
    assert texts == [
        "Departemen Keuangan Amerika Serikat menerbitkan izin khusus bagi sejumlah perusahaan minyak asing.",
        "Izin itu diberikan kepada perusahaan asal Spanyol, Italia, dan India yang memiliki proyek patungan di sana.",
    ]


def test_a_rule_with_only_a_short_note_under_it_ends_the_text_but_a_section_break_does_not() -> None:
    lead = "Para menteri pertanian Asia Tenggara bertemu di Hanoi untuk membahas krisis pangan di kawasan itu."
    more = "Mereka sepakat membentuk cadangan beras bersama untuk keadaan darurat di masa depan, kata panitia."
    note = "Situs ini adalah platform blog. Konten menjadi tanggung jawab penulis.\n\nTanggapi\n\nBeri Nilai\n"
    ended = _clean(f"Krisis Pangan di Hanoi\n\n12 Februari 2024\n\n{lead}\n\n---\n\n{note}")
    assert [block.text for block in ended.body] == [lead]
    further = [more.replace("panitia", who) for who in ("panitia", "menteri", "pejabat", "diplomat")]
    going_on = _clean(f"Krisis Pangan di Hanoi\n\n12 Februari 2024\n\n{lead}\n\n* * *\n\n" + "\n\n".join(further))
    assert [block.text for block in going_on.body] == [lead, *further]


LEAD = "Para menteri pertanian Asia Tenggara bertemu di Hanoi untuk membahas krisis pangan di kawasan itu."
MORE = [
    "Mereka sepakat membentuk cadangan beras bersama untuk keadaan darurat di masa depan, kata panitia.",
    "Cadangan itu akan dikelola sekretariat bersama dan diperiksa setiap tahun oleh para menteri, kata panitia.",
]


def test_a_post_embedded_in_the_page_is_not_article_text() -> None:
    post = "Today we opened talks with our neighbours. A historic day.\n\n— Ana Rusu (@AnaRusuEU) March 6, 2024"
    texts = [
        b.text for b in _clean(f"Krisis Pangan di Hanoi\n\n12 Februari 2024\n\n{LEAD}\n\n{post}\n\n{MORE[0]}").body
    ]
    assert texts == [LEAD, MORE[0]]


def test_a_related_list_inside_the_text_is_dropped_and_the_text_goes_on() -> None:
    box = "Berita Lainnya\nHarga Beras Naik di Pasar Induk\nJadwal Kereta Hari Ini"
    page = f"Krisis Pangan di Hanoi\n\n12 Februari 2024\n\n{LEAD}\n\n{box}\n\n{MORE[0]}\n\n{MORE[1]}\n"
    assert [b.text for b in _clean(page).body] == [LEAD, *MORE]
    at_the_end = f"Krisis Pangan di Hanoi\n\n12 Februari 2024\n\n{LEAD}\n\n{MORE[0]}\n\n{box}\n"
    assert [b.text for b in _clean(at_the_end).body] == [LEAD, MORE[0]]


def test_a_deck_above_the_byline_and_date_is_not_the_lead() -> None:
    deck = (
        "Asia Tenggara mengejar cadangan pangan bersama, para menteri berbeda pendapat soal dananya. Hanoi kini diuji."
    )
    cleaned = _clean(f"Krisis Pangan di Hanoi\n{deck}\n\nRina Kusuma\nJumat, 20 September 2024 09:10\n\n{LEAD}\n")
    assert [b.text for b in cleaned.body] == [LEAD]


def test_a_forwarded_chat_message_loses_its_stamp_and_marks() -> None:
    lines = split_lines(
        "[11/07/24 09.12] Andi: \n*NATO Rayakan 75 Tahun*\n\nHari kedua _summit_ pada Rabu, kata a_b_c."
    )
    assert lines == ["NATO Rayakan 75 Tahun", "Hari kedua summit pada Rabu, kata a_b_c."]


def test_the_end_of_a_skip_box_whose_start_was_dropped_takes_its_short_lines_with_it() -> None:
    box = "Ringkasan berita pilihan untuk menemani pagi Anda\nEpisode\nAkhir dari Podcast"
    page = f"Krisis Pangan di Hanoi\n\n12 Februari 2024\n\n{LEAD}\n\n{box}\n\n{MORE[0]}\n"
    assert [b.text for b in _clean(page).body] == [LEAD, MORE[0]]


def test_an_article_copied_page_by_page_keeps_one_top_and_loses_the_menus() -> None:
    top = "Situs.com\nNews\nTren\nGlobal\nMoney\nTekno\n\nGlobal\n\nKrisis Pangan di Hanoi\n\n12 Februari 2024\n\n"
    cleaned = _clean(f"{top}{LEAD}\n\nHalaman 1 dari 2\n\n{top}{MORE[0]}\n")
    assert [b.text for b in cleaned.body] == [LEAD, MORE[0]]
    assert "Krisis Pangan di Hanoi" in cleaned.header


def test_a_chart_s_source_line_under_its_caption_does_not_end_the_text() -> None:
    chart = "Databoks: Nilai Perdagangan Indonesia dan Mitra, 2019-2023\nSumber: Kementerian Perdagangan"
    page = f"Krisis Pangan di Hanoi\n\n12 Februari 2024\n\n{LEAD}\n\n{chart}\n\n{MORE[0]}\n"
    assert [b.text for b in _clean(page).body] == [LEAD, MORE[0]]


def test_a_document_printed_page_by_page_loses_its_running_head_and_foot() -> None:
    cleaned = _clean(
        "KEMENTERIAN LUAR NEGERI\nREPUBLIK INDONESIA\n\nSIARAN PERS\nNo. 12/PR/2024\n\n"
        "INDONESIA DAN PAPUA NUGINI SEPAKATI PERCEPATAN PENEGASAN\nPATOK BATAS DARAT DI SEKTOR SUNGAI FLY\n\n"
        "1. Pemerintah kedua negara sepakat mempercepat penegasan patok batas di sektor sungai itu.\n\n"
        "2. Kedua delegasi juga membahas pelintas batas tradisional dan pasar bersama di perbatasan.\n\n"
        "Direktorat Informasi dan Media, Kementerian Luar Negeri RI\nHalaman 1 dari 2\n"
        "KEMENTERIAN LUAR NEGERI\nREPUBLIK INDONESIA\nSIARAN PERS No. 12/PR/2024\n\n"
        "3. Sidang berikutnya akan digelar di Port Moresby pada tahun depan oleh kedua pihak.\n\n"
        "Direktorat Informasi dan Media, Kementerian Luar Negeri RI\n"
    )
    texts = [block.text for block in cleaned.body]
    assert "PATOK BATAS DARAT DI SEKTOR SUNGAI FLY" in " ".join(cleaned.header)  # the title wrapped in two
    assert texts[0].startswith("1. Pemerintah") and texts[-1].startswith("3. Sidang")
    assert not any("REPUBLIK" in text or "SIARAN" in text or "Direktorat" in text for text in texts)


def test_a_forwarded_mail_s_header_and_signature_and_a_post_s_header_are_not_text() -> None:
    forwarded = _clean(
        "---------- Forwarded message ---------\nDari: Nama <nama@contoh.id>\nDate: Sen, 4 Nov 2024 pukul 08.15\n"
        "Subject: Fwd: RI Desak Myanmar Buka Akses Bantuan\nTo: Tim <tim@contoh.id>\n\n"
        "RI Desak Myanmar Buka Akses Bantuan\n\n"
        "Pemerintah Indonesia mendesak junta Myanmar membuka akses bantuan kemanusiaan ke Rakhine.\n\n"
        "Desakan itu disampaikan dalam pertemuan dengan utusan khusus ASEAN di Jakarta.\n\nSalam,\nNama\n"
    )
    assert forwarded.header == ("RI Desak Myanmar Buka Akses Bantuan",)
    assert [block.text[:10] for block in forwarded.body] == ["Pemerintah", "Desakan it"]
    post = _clean(
        "Kabar Dunia Kini\n· 2 jam ·\n\n"
        "JENEWA - Sekretaris Jenderal PBB kembali mendesak gencatan senjata segera di Gaza utara.\n"
    )
    assert post.header == () and post.dateline == "JENEWA"


def test_a_sentence_printed_again_far_from_it_is_a_highlight_and_the_first_stays() -> None:
    sentence = "Indonesia mendesak agar badan PBB itu kembali mendapat pendanaan penuh dari negara donor."
    cleaned = _clean(
        f"Judul Berita Tentang Pengungsi\n\nPembukaan artikel ini cukup panjang untuk menjadi lead berita.\n\n"
        f"{sentence}\n\nParagraf ketiga membahas hal lain yang juga penting bagi kawasan.\n\n"
        f"Paragraf keempat menutup laporan dengan pernyataan resmi pemerintah.\n\n"
        f"Paragraf kelima menambah catatan tentang sidang berikutnya di Jenewa.\n\n{sentence}\n"
    )
    assert [block.text for block in cleaned.body].count(sentence) == 1


def test_a_list_of_tags_at_the_end_of_the_text_is_not_text() -> None:
    cleaned = _clean(
        "Judul Berita Tentang Pakta Pertahanan\n\n"
        "Jepang dan Filipina menandatangani pakta pertahanan baru di Manila pada hari Jumat.\n\n"
        "Kedua negara akan menggelar latihan bersama di Laut China Selatan tahun depan.\n\n"
        "Jepang\n\nFilipina\n\nLaut China Selatan\n"
    )
    assert [block.text[:6] for block in cleaned.body] == ["Jepang", "Kedua "]


def test_a_table_s_source_line_with_the_text_going_on_under_it_does_not_end_the_text() -> None:
    cleaned = _clean(
        "Judul Berita Tentang Pengungsi Rohingya\n\n"
        "Gelombang pengungsi Rohingya kembali mendarat di pesisir Aceh pada pekan ini menurut data resmi.\n\n"
        "Negara  Jumlah  Perubahan\nIndonesia  1.200  +40%\nMalaysia  3.400  +12%\n"
        "Sumber: UNHCR\n\n"
        "Pemerintah meminta negara-negara ASEAN ikut menanggung beban penampungan para pengungsi itu.\n"
    )
    assert cleaned.body[-1].text.startswith("Pemerintah meminta")


def test_a_drop_cap_a_pull_quote_and_a_site_s_tagline() -> None:
    quote = "Kami harus bernegosiasi dengan banyak pihak, dan tidak semuanya bisa kami sebut"
    cleaned = _clean(
        "Nasib Pekerja Migran di Kompleks Penipuan Daring\n\nS\n"
        "EJUMLAH diplomat Indonesia tiba di perbatasan untuk menjemput para pekerja migran yang tertahan.\n\n"
        f'Direktur Pelindungan WNI mengatakan pemulangan tidak mudah. "{quote}," katanya.\n\n'
        f'"{quote}."\n\n'
        "Kedua negara akan membahas kerja sama penegakan hukum pada pertemuan bulan depan di Bangkok.\n\n"
        "Contoh.id - Majalah Berita Populer Pertama di Indonesia\n"
    )
    texts = [block.text for block in cleaned.body]
    assert texts[0].startswith("SEJUMLAH diplomat")  # the lead: not the site's tagline, whose "Contoh.id -" opens it
    assert not any(text.startswith('"Kami harus') for text in texts)


_EPAPER_PAGE = """e-Paper Harian Contoh
Beranda   Edisi Terbaru   Arsip   Berlangganan   Masuk
Edisi Kamis, 20 November 2025
Hal. 3 / 16   Internasional
« Hal. Sebelumnya   Hal. Berikutnya »
Zoom  |  Unduh PDF  |  Cetak

Menlu Bertemu Mitra Kawasan di Manila

MANILA – Menteri luar negeri kedua negara bertemu di Manila pada Rabu untuk membahas kerja sama perikanan.

"Laut ini milik generasi berikutnya, bukan hanya milik kita hari ini."
MARIA DELA-CRUZ
Menlu Filipina

Dela Cruz mengatakan, "Laut ini milik generasi berikutnya, bukan hanya milik kita hari ini. Kita menjaganya."

Pertemuan berikutnya dijadwalkan di Jakarta pada awal tahun depan. abc/Ant/I-2

SEKILAS

Kapal Bantuan Tiba di Dili
DILI – Kapal bantuan pangan tiba di Dili pada Rabu. Muatan dibongkar sepanjang hari.
"""


def test_an_epaper_page_keeps_its_article_only() -> None:
    """The viewer's menu, page number and buttons, a pull quote's name and role, the desk's code after the last
    sentence and the column of short reports after the article are no article text."""
    cleaned = _clean(_EPAPER_PAGE)
    texts = [block.text for block in cleaned.body]
    assert texts[0].startswith("Menteri luar negeri kedua negara")
    assert texts[-1] == "Pertemuan berikutnya dijadwalkan di Jakarta pada awal tahun depan."
    joined = " ".join(texts)
    for furniture in ("MARIA DELA-CRUZ", "Menlu Filipina", "abc/Ant", "SEKILAS", "Kapal Bantuan", "Unduh"):
        assert furniture not in joined
    assert "Dela Cruz mengatakan" in joined


@pytest.mark.parametrize(
    "line",
    [
        "中文 | English | 日本語 | 한국어 | Tiếng Việt | ภาษาไทย | Bahasa Melayu | Bahasa Indonesia",
        "Indonesia | English | العربية | Türkçe",
        "Beranda Edisi Terbaru Arsip Berlangganan Masuk",
        "« Hal. Sebelumnya Hal. Berikutnya »",
        "Hal. 3 / 16 Internasional",
        "Zoom | Unduh PDF | Cetak",
    ],
)
def test_language_menus_page_numbers_and_viewer_buttons_are_furniture(line: str) -> None:
    assert classify(line) != "text"


@pytest.mark.parametrize(
    "line",
    [
        "Jepang | Korea | Tiongkok | Bisnis | Olahraga",  # two countries' names are languages' names too
        "Ekonomi | Politik | Hukum",
        "Inggris | Prancis | Jerman | Politik | Ekonomi",  # three of five name languages in Indonesian
    ],
)
def test_lines_that_only_name_countries_or_sections_are_no_language_menu(line: str) -> None:
    from builder.clean import _is_language_bar

    assert not _is_language_bar(line)
