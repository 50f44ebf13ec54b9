"""Rules of builder.quotes, each on short paragraphs written for the test."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builder.actors import find_cast
from builder.model import Quote
from builder.quotes import find_quotes


def _quotes(*paragraphs: str) -> tuple[Quote, ...]:
    return find_quotes(paragraphs, find_cast(paragraphs))


def _one(*paragraphs: str) -> Quote:
    quotes = _quotes(*paragraphs)
    assert len(quotes) == 1, quotes
    return quotes[0]


# ---------------------------------------------------------------- quote marks


@pytest.mark.parametrize(
    ("paragraph", "text"),
    [
        ('"Kami siap berunding," kata Menlu Chile Ana Rojas.', "Kami siap berunding,"),
        ("“Kami siap berunding,” kata Menlu Chile Ana Rojas.", "Kami siap berunding,"),
        ("''Kami siap berunding,'' kata Menlu Chile Ana Rojas.", "Kami siap berunding,"),
        ("Menlu Chile Ana Rojas menyebut langkah itu ‘tidak bersahabat’.", "tidak bersahabat"),
    ],
)
def test_quote_marks(paragraph: str, text: str) -> None:
    quote = _one(paragraph)
    assert quote.text == text
    assert quote.speaker == "Ana Rojas"


def test_curly_apostrophe_is_not_a_quote_mark() -> None:
    quotes = _quotes("Perayaan Jum’at itu dihadiri warga Qur’an dan warga lain.")
    assert quotes == ()


def test_apostrophe_inside_single_quotes() -> None:
    quote = _one("Dubes Mesir Omar Nabil menyebut acara itu ‘perayaan Jum’at yang damai’.")
    assert quote.text == "perayaan Jum’at yang damai"


def test_quote_over_several_sentences() -> None:
    quote = _one("“Kami sudah siap. Pasukan sudah dikirim. Tidak ada jalan mundur,” ujar Jenderal Amir Sadeghi.")
    assert quote.text == "Kami sudah siap. Pasukan sudah dikirim. Tidak ada jalan mundur,"
    assert quote.speaker == "Amir Sadeghi"
    assert quote.key


def test_quote_left_open_goes_on_in_the_next_paragraph() -> None:
    quotes = _quotes(
        "“Perbatasan akan kami buka kembali pekan depan,” kata Menteri Dalam Negeri Ghana Kofi Mensah. “Kami juga",
        "“akan mengirim bantuan ke wilayah utara.”",
    )
    assert [q.text for q in quotes] == [
        "Perbatasan akan kami buka kembali pekan depan,",
        "Kami juga",
        "akan mengirim bantuan ke wilayah utara.",
    ]
    assert {q.speaker for q in quotes} == {"Kofi Mensah"}


def test_open_quote_takes_the_speaker_named_after_its_end() -> None:
    quotes = _quotes(
        "“Kami tidak akan menyerah pada tekanan dari luar negeri dan",
        "“tetap akan menjaga kedaulatan,” kata Presiden Bolivia Rosa Quispe.",
    )
    assert [q.speaker for q in quotes] == ["Rosa Quispe", "Rosa Quispe"]


# ---------------------------------------------------------------- attribution after the quote


@pytest.mark.parametrize("verb", ["kata", "ujar", "ungkap", "tambah", "tegas", "jelas", "imbuh", "lanjut"])
def test_verb_after_quote(verb: str) -> None:
    quote = _one(f"“Kami menolak sanksi itu,” {verb} Menlu Kuba Luis Arteaga.")
    assert quote.speaker == "Luis Arteaga"
    assert quote.key


def test_title_after_verb_is_skipped_to_the_person() -> None:
    quote = _one("“Tidak ada negosiasi,” kata juru bicara Kremlin Ivan Sokolov kepada wartawan.")
    assert quote.speaker == "Ivan Sokolov"


def test_organization_after_verb() -> None:
    quote = _one("“Kami prihatin atas situasi itu,” kata Kementerian Luar Negeri Jepang dalam keterangannya.")
    assert quote.speaker == "Ministry of Foreign Affairs of Japan"


@pytest.mark.parametrize("pronoun", ["katanya", "ujarnya", "pungkasnya", "tambahnya", "kata dia", "kata ia", "ucapnya"])
def test_pronoun_attribution_goes_to_the_last_speaker(pronoun: str) -> None:
    quotes = _quotes(
        "Perdana Menteri Irlandia Sean Byrne mengatakan negaranya mendukung perundingan.",
        "Irlandia juga akan mengirim bantuan kemanusiaan.",
        f"“Kami akan terus membantu warga sipil,” {pronoun}.",
    )
    assert quotes[0].speaker == "Sean Byrne"


def test_pronoun_attribution_after_an_earlier_quote() -> None:
    quotes = _quotes(
        "“Situasinya sangat serius,” kata Menlu Norwegia Ingrid Dahl.",
        "Dahl menambahkan bahwa pembicaraan akan dilanjutkan.",
        "“Kami tidak akan berhenti,” ujarnya.",
    )
    assert [q.speaker for q in quotes] == ["Ingrid Dahl", "Ingrid Dahl"]


def test_later_surname_gives_the_canonical_name() -> None:
    quotes = _quotes(
        "Juru Bicara Kemlu Kenya, Grace Wanjiru mengatakan bantuan tiba.",
        "“Bantuan sudah di jalan,” kata Wanjiru.",
    )
    assert quotes[0].speaker == "Grace Wanjiru"


def test_subject_and_verb_after_quote() -> None:
    quote = _one("“Kami tidak akan mundur,” Menlu Kuba Luis Arteaga menegaskan.")
    assert quote.speaker == "Luis Arteaga"


# ---------------------------------------------------------------- attribution before the quote


def test_subject_verb_comma_before_quote() -> None:
    quote = _one("Menlu Kuba Luis Arteaga mengatakan, “Kami menolak sanksi itu.”")
    assert quote.speaker == "Luis Arteaga"


def test_colon_before_quote() -> None:
    quote = _one("Menlu Kuba Luis Arteaga: “Kami menolak sanksi itu.”")
    assert quote.speaker == "Luis Arteaga"


def test_menurut_before_quote() -> None:
    quotes = _quotes(
        "Presiden Chile Ana Rojas tiba di Lima.",
        "Menurut Rojas, “pertemuan ini sangat penting bagi kawasan.”",
    )
    assert quotes[0].speaker == "Ana Rojas"


def test_partial_quote_belongs_to_the_subject_of_the_last_verb_of_saying() -> None:
    quote = _one("Presiden Ghana Kofi Mensah mengecam “serangan pengecut” itu di depan parlemen.")
    assert quote.speaker == "Kofi Mensah"
    assert not quote.key


def test_partial_quote_after_elided_subject() -> None:
    quotes = _quotes("Menlu Chile Ana Rojas memuji “keberanian” warga, dan menyebut aksi itu “bersejarah”.")
    assert [q.speaker for q in quotes] == ["Ana Rojas", "Ana Rojas"]


def test_statement_noun_names_the_speaker() -> None:
    quote = _one("Hal itu terjadi di tengah tuduhan Iran bahwa kapal asing telah “melanggar wilayah perairan”.")
    assert quote.speaker == "Iran"


def test_quote_without_a_cue_has_no_speaker() -> None:
    quote = _one("Kedua negara sepakat saling membantu “tanpa syarat” jika diserang.")
    assert quote.speaker is None
    assert not quote.key


def test_cue_inside_the_quote_does_not_count() -> None:
    quote = _one("Warga membawa spanduk bertuliskan “Menlu Kuba Luis Arteaga mengatakan damai”.")
    assert quote.speaker is None


def test_coordinated_subject_is_named_together() -> None:
    quote = _one("Kanada bersama sekutunya, Norwegia dan Islandia, mengecam “sekeras-kerasnya” uji coba itu.")
    assert quote.speaker == "Canada, Norway and Iceland"
    assert not quote.key


def test_object_of_a_preposition_is_not_the_subject() -> None:
    quote = _one("Sebuah harian memuat tulisan yang mendukung operasi di Ukraina, menyebutnya sebagai “perang suci”.")
    assert quote.speaker is None


def test_apposition_subject_is_the_person() -> None:
    quote = _one("Lars Eriksen, asisten menteri di Kementerian Luar Negeri Norwegia, mengatakan “kami siap membantu.”")
    assert quote.speaker == "Lars Eriksen"


# ---------------------------------------------------------------- statements


def test_statement_attribution_goes_to_the_body_that_issued_it() -> None:
    quotes = _quotes(
        "Kedua menteri bertemu di Oslo, menurut pernyataan bersama yang dikeluarkan oleh Kementerian Luar Negeri "
        "Norwegia.",
        "“Kedua pihak sepakat memperluas kerja sama energi,” demikian pernyataan bersama itu.",
    )
    assert quotes[0].speaker == "Ministry of Foreign Affairs of Norway"
    assert quotes[0].key


def test_statement_mentioned_by_a_speaker() -> None:
    quotes = _quotes(
        "Perundingan berjalan baik, kata Juru Bicara Kemlu Kenya Grace Wanjiru dalam sebuah pernyataan.",
        "“Kedua pihak sepakat melanjutkan dialog,” menurut pernyataan tersebut.",
        "“Pertemuan berikutnya digelar di Nairobi,” tambah pernyataan itu.",
    )
    assert [q.speaker for q in quotes] == ["Grace Wanjiru", "Grace Wanjiru"]


# ---------------------------------------------------------------- whole-paragraph quotes


def test_paragraph_wholly_a_quote_continues_the_previous_speaker() -> None:
    quotes = _quotes(
        "“Kami akan membangun kembali kota ini,” kata Wali Kota Kharkiv Oleh Marchenko.",
        "“Setiap rumah akan diperbaiki sebelum musim dingin.”",
    )
    assert [q.speaker for q in quotes] == ["Oleh Marchenko", "Oleh Marchenko"]
    assert quotes[1].key


def test_paragraph_wholly_a_quote_after_reported_speech() -> None:
    quotes = _quotes(
        "Wali Kota Kharkiv Oleh Marchenko mengatakan pembangunan dimulai bulan depan.",
        "“Setiap rumah akan diperbaiki sebelum musim dingin.”",
    )
    assert quotes[0].speaker == "Oleh Marchenko"


def test_whole_paragraph_quote_far_from_any_speaker_has_none() -> None:
    quotes = _quotes("Cuaca cerah sepanjang hari.", "“Setiap rumah akan diperbaiki sebelum musim dingin.”")
    assert quotes[0].speaker is None


# ---------------------------------------------------------------- key quotes


@pytest.mark.parametrize(
    ("paragraph", "key"),
    [
        ("“Ini keputusan yang sangat berat,” kata Menlu Kuba Luis Arteaga.", True),
        ("“Tidak mungkin,” kata Menlu Kuba Luis Arteaga.", True),
        ("Menlu Kuba Luis Arteaga menyebut sanksi itu “ilegal”.", False),
        ("Menlu Kuba Luis Arteaga menyebut sanksi itu “hukuman kolektif yang kejam”.", False),
        ("Menlu Kuba Luis Arteaga mengatakan, “Kami tidak akan tunduk pada tekanan itu”.", True),
    ],
)
def test_key_quotes(paragraph: str, key: bool) -> None:
    assert _one(paragraph).key is key


def test_speaker_names_are_cast_names() -> None:
    paragraphs = [
        "Juru bicara Kemlu India Arjun Mehta mengatakan, “Kami memantau situasi.”",
        "“Kami akan bertindak bila perlu,” kata Mehta.",
    ]
    cast = find_cast(paragraphs)
    names = {actor.name for actor in cast.actors}
    for quote in find_quotes(paragraphs, cast):
        assert quote.speaker in names


# ---------------------------------------------------------------- robustness


_PIECES = ["“", "”", '"', "‘", "’", "'", "''", "kata", "Menlu", "Ana", "Rojas", ",", ".", "katanya", "Ia",
           "mengatakan", "menurut", "pernyataan", "itu", "Kanada", "dan", "(", ")", ":", "\n", "Jum’at"]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=40).map(" ".join), max_size=5))
def test_never_raises_and_quote_texts_occur_in_the_input(paragraphs: list[str]) -> None:
    cast = find_cast(paragraphs)
    names = {actor.name for actor in cast.actors}
    for quote in find_quotes(paragraphs, cast):
        assert any(quote.text in paragraph for paragraph in paragraphs)
        assert quote.speaker is None or all(part in names for part in _speaker_parts(quote.speaker))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=150), max_size=4))
def test_never_raises_on_arbitrary_text(paragraphs: list[str]) -> None:
    for quote in find_quotes(paragraphs, find_cast(paragraphs)):
        assert any(quote.text in paragraph for paragraph in paragraphs)


def _speaker_parts(speaker: str) -> list[str]:
    head, _, last = speaker.rpartition(" and ")
    return [*head.split(", "), last] if head else [speaker]


# ---------------------------------------------------------------- more attribution forms


def test_epithet_after_verb_is_the_last_speaker() -> None:
    quotes = _quotes(
        "Anggota parlemen Kenya Amina Odhiambo mendukung rencana itu.",
        "“Ini kabar baik bagi warga perbatasan,” kata politikus Partai Hijau itu.",
    )
    assert quotes[0].speaker == "Amina Odhiambo"


def test_phrase_between_subject_and_verb() -> None:
    quote = _one("Angkatan Laut Peru dalam pernyataan singkat hanya menyebut telah “mengusir kapal asing”.")
    assert quote.speaker == "Navy of Peru"


def test_menurutnya_before_quote() -> None:
    quotes = _quotes(
        "Presiden Ghana Kofi Mensah berpidato di parlemen.",
        "Menurutnya, “kawasan ini membutuhkan lebih banyak perdagangan.”",
    )
    assert quotes[0].speaker == "Kofi Mensah"


def test_demikian_disampaikan_after_quote() -> None:
    quote = _one("“Dialog harus dilanjutkan,” demikian disampaikan Menlu Norwegia Ingrid Dahl di Oslo.")
    assert quote.speaker == "Ingrid Dahl"


def test_question_from_an_unnamed_reporter_has_no_speaker() -> None:
    quotes = _quotes("“Apakah sanksi akan dicabut?” tanya seorang wartawan. “Belum,” jawab Menlu Kuba Luis Arteaga.")
    assert [q.speaker for q in quotes] == [None, "Luis Arteaga"]


def test_pronoun_subject_before_quote() -> None:
    quotes = _quotes(
        "Menlu Chile Ana Rojas tiba di Lima pada Senin.",
        "Ia menegaskan, “Chile akan tetap netral dalam sengketa ini.”",
    )
    assert quotes[0].speaker == "Ana Rojas"


def test_quote_sentence_after_a_quote_keeps_its_speaker() -> None:
    quotes = _quotes("“Kami tidak akan mundur,” kata Menlu Kuba Luis Arteaga. “Rakyat kami sudah terbiasa.”")
    assert [q.speaker for q in quotes] == ["Luis Arteaga", "Luis Arteaga"]


def test_statement_issued_by_the_subject_of_its_sentence() -> None:
    quotes = _quotes(
        "Beberapa jam kemudian, Kementerian Luar Negeri Norwegia mengeluarkan pernyataan.",
        "“Norwegia mengutuk serangan itu,” demikian bunyi pernyataan tersebut.",
    )
    assert quotes[0].speaker == "Ministry of Foreign Affairs of Norway"


def test_unknown_word_after_the_verb_is_not_skipped_to_a_later_actor() -> None:
    quote = _one("“Kami siap menjadi tuan rumah,” kata Abu dalam siaran yang disiarkan kantor berita Reuters.")
    assert quote.speaker != "Reuters"


@pytest.mark.parametrize(
    ("paragraph", "texts"),
    [
        ("”Kami siap berunding,” kata Menlu Chile Ana Rojas.", ["Kami siap berunding,"]),
        ("“Kami menolak“, kata Menlu Chile Ana Rojas.", ["Kami menolak"]),
        ("“Kami siap. “Kita lanjut,” kata Menlu Chile Ana Rojas.", ["Kami siap.", "Kita lanjut,"]),
        ("Era itu disebut 'masa emas oleh warga. “Kami bangga,” ujar Menlu Chile Ana Rojas.", ["Kami bangga,"]),
    ],
)
def test_irregular_quote_marks(paragraph: str, texts: list[str]) -> None:
    quotes = _quotes(paragraph)
    assert [q.text for q in quotes] == texts
    assert quotes[-1].speaker == "Ana Rojas"


def test_relative_clause_between_subject_and_verb() -> None:
    quote = _one("Menlu Kuba Luis Arteaga, yang berbicara di Tokyo pada Senin, menyebut sanksi itu “tidak adil”.")
    assert quote.speaker == "Luis Arteaga"


def test_phrase_set_off_by_commas_between_subject_and_verb() -> None:
    quotes = _quotes(
        "Presiden Ghana Kofi Mensah tiba di Accra.",
        "Mensah, dalam pidato itu, menyebut hubungan kedua negara “sangat erat”.",
    )
    assert quotes[0].speaker == "Kofi Mensah"


@pytest.mark.parametrize(
    "sentence",
    [
        "“Kami siap berunding kapan saja,” ujar juru bicara Uni Eropa untuk urusan luar negeri, Laura Benedetti, "
        "kepada wartawan.",
        "“Kami siap berunding kapan saja,” ujar juru bicara kementerian itu, Laura Benedetti.",
    ],
)
def test_a_person_after_a_role_and_a_comma_speaks(sentence: str) -> None:
    assert _one(sentence).speaker == "Laura Benedetti"


def test_a_subheading_in_quotes_is_said_by_nobody_there() -> None:
    quotes = _quotes(
        "Menteri Luar Negeri Rina Wulandari menyatakan pemerintah memulangkan para korban pekan ini.",
        "‘Dipukul kalau target tidak tercapai’",
        "“Kalau target tidak tercapai, kami dipukul,” ujar Rizky, salah seorang korban.",
    )
    heading = next(quote for quote in quotes if quote.text.startswith("Dipukul"))
    assert heading.speaker is None and not heading.key


def test_a_verb_after_a_comma_has_the_sentence_s_subject() -> None:
    quote = _one(
        "Media pemerintah Iran memuji langkah itu dan mengecam sanksi terhadap Venezuela, menyebutnya “perang ekonomi”."
    )
    assert quote.speaker == "State media of Iran"


def test_english_attributions_of_the_english_language_press() -> None:
    quotes = _quotes(
        '"We are not closing any doors," said Foreign Minister Yohanes Sitompul on Tuesday.',
        '"Joining the bloc is not impossible," according to Dewi Anggraini Sasmita, a researcher at the institute.',
        '"The question is how, not whether," she said.',
    )
    assert [quote.speaker for quote in quotes] == [
        "Yohanes Sitompul",
        "Dewi Anggraini Sasmita",
        "Dewi Anggraini Sasmita",
    ]


def test_an_unnamed_source_s_quote_is_nobody_s_but_can_be_key() -> None:
    quotes = _quotes(
        "Menteri Luar Negeri Azerbaijan Elnur Mammadov menyatakan negaranya siap berunding.",
        "Seorang diplomat senior dari negara Eropa mengatakan kedua pihak sudah dekat. "
        '"Di tingkat teknis, hampir semuanya sudah ada di atas meja," kata diplomat itu.',
        'Mammadov menambahkan, "Kami menunggu jawaban dari Yerevan."',
    )
    assert [(quote.speaker, quote.key) for quote in quotes] == [(None, True), ("Elnur Mammadov", True)]


def test_a_pull_quote_signed_after_a_dash_is_the_signer_s() -> None:
    quotes = _quotes(
        "Presiden petahana Lalith Gunaratne mengandalkan program pemulihan ekonomi.",
        '"Kami bersahabat dengan New Delhi dan Beijing, dan kami akan menjaga keduanya." — Lalith Gunaratne',
        '"Pemilu ini soal harga pangan, bukan soal geopolitik." - kata seorang pemilih di Kolombo.',
    )
    assert [quote.speaker for quote in quotes] == ["Lalith Gunaratne", None]
    assert quotes[0].key


def test_a_personal_pronoun_stands_for_the_last_person_not_an_institution() -> None:
    quotes = _quotes(
        "Lina Marpaung, a maritime law researcher at the University of Indonesia, said earlier deals had stalled.",
        '"The text is good. What matters is whether the ships actually sail," she said.',
        "Menteri Luar Negeri Jepang Haruto Sasaki bertemu mitranya. Kementerian Luar Negeri China menyatakan protes.",
        '"Kami ingin perbedaan dikelola lewat pembicaraan," kata dia.',
    )
    assert [quote.speaker for quote in quotes] == ["Lina Marpaung", "Haruto Sasaki"]


def test_a_quote_over_two_paragraphs_is_all_said_by_the_one_named_after_it_and_a_nameless_subject() -> None:
    quotes = _quotes(
        '"Bantuan harus segera dikirim," kata Wakil Presiden Budi Santoso.',
        '"Bantuan ini bukan amal, ini kewajiban kita sebagai bangsa yang pernah dijajah.',
        '"Setiap truk yang tertahan berarti ratusan keluarga menunggu," ujar Menteri Luar Negeri Andika Prasetyo.',
        'Juru bicara Kemlu yang enggan disebut namanya mengatakan "putaran berikutnya akan digelar di Hanoi."',
    )
    assert [quote.speaker for quote in quotes] == ["Budi Santoso", "Andika Prasetyo", "Andika Prasetyo", None]
    assert quotes[3].key  # a whole statement of a source left unnamed


def test_english_pronoun_and_description_after_a_nationality_and_a_title() -> None:
    """'Australian Foreign Minister X welcomed ...': X opens the sentence, so 'she said' and 'the minister
    added' are hers, not the earlier speaker's."""
    quotes = _quotes(
        "“This pact protects our fishermen,” Foreign Minister Budi Santoso said in Canberra.",
        "Australian Foreign Minister Helen Ward welcomed the deal. “It is a good day for both nations,” she said."
        " “Our coast guards will talk to each other,” the minister added.",
    )
    assert [quote.speaker for quote in quotes] == ["Budi Santoso", "Helen Ward", "Helen Ward"]


def test_english_analyst_of_a_body_with_its_abbreviation() -> None:
    quotes = _quotes(
        "Analyst Dewi Larasati of the Institute for Policy Futures (IPF) said the pact was overdue."
        " “It should have been signed years ago,” said Dewi."
    )
    assert [quote.speaker for quote in quotes] == ["Dewi Larasati"]


def test_a_person_after_a_title_with_a_country_opens_the_sentence_and_speaks_next() -> None:
    """'Duta Besar RI untuk Oman, Nama, yang ... mengapresiasi ...': the ambassador is the sentence's subject, so
    the next paragraph's 'ucapnya' is his, not the earlier speaker's."""
    quotes = _quotes(
        "“Semua warga sudah kami data,” kata Direktur Pelindungan WNI Kemlu Yudi Pratama di Jakarta.",
        "Duta Besar RI untuk Oman, Hendra Wibowo, yang mendampingi rombongan di perbatasan mengapresiasi bantuan itu.",
        "“Otoritas Oman sangat kooperatif dan membuka jalur khusus bagi rombongan kita,” ucapnya.",
    )
    assert [quote.speaker for quote in quotes] == ["Yudi Pratama", "Hendra Wibowo"]


@pytest.mark.parametrize(
    "formula",
    [
        "Hal itu disampaikan Lestari",
        "Hal tersebut diungkapkan Lestari",
        "Pernyataan itu disampaikan Lestari",
        "Demikian dikatakan Lestari",
    ],
)
def test_a_formula_after_a_closed_quote_names_its_speaker(formula: str) -> None:
    """'“... sebelum musim hujan.” Hal itu disampaikan X saat ...': the quote ends its sentence inside the marks
    and the next sentence, not a verb right after it, says who spoke."""
    quotes = _quotes(
        "“Sungai itu harus dikeruk sebelum musim hujan,” kata Gubernur Bambang Hartono.",
        "Camat Tualang, Lestari Handayani, meninjau tanggul yang jebol pekan lalu.",
        f"“Jalan desa terputus. Warga butuh jembatan darurat.” {formula} saat dihubungi dari Pekanbaru, Senin.",
    )
    assert [quote.speaker for quote in quotes] == ["Bambang Hartono", "Lestari Handayani"]
    assert quotes[1].key


@pytest.mark.parametrize("apposition", ["warga Dusun Sukamaju", "asal Desa Sukamaju", "warga Kampung Sukamaju"])
def test_a_village_in_an_apposition_is_a_place_not_the_speaker(apposition: str) -> None:
    quotes = _quotes(
        f"Yohanes Lamber, {apposition}, mengaku ladangnya kini masuk wilayah sengketa.",
        "“Kami hanya ingin tahu batasnya di mana,” ujarnya.",
    )
    assert [quote.speaker for quote in quotes] == ["Yohanes Lamber"]


@pytest.mark.parametrize(
    "introduction",
    [
        "Salah seorang pengungsi, Ratna Wulandari (37), asal Kabupaten Sigi, mengaku tiga bulan tinggal di tenda.",
        "Salah seorang pengungsi, Ratna Wulandari, sudah tiga bulan tinggal di tenda bersama dua anaknya.",
        "Ratna Wulandari (37), asal Kabupaten Sigi, sudah tiga bulan tinggal di tenda bersama dua anaknya.",
    ],
)
def test_a_person_introduced_with_an_age_or_as_one_of_a_group_is_the_next_katanya(introduction: str) -> None:
    """A paragraph that introduces someone without quoting her makes her the subject: the 'katanya' closing a
    quote over the next two paragraphs is hers, not the official's named before."""
    quotes = _quotes(
        "Kepala Dinas Sosial Sulawesi Tengah, Arif Maulana, mengatakan bantuan logistik sudah dikirim.",
        "Menurut Arif, jumlah pengungsi masih bertambah setiap hari.",
        introduction,
        '"Kalau hujan, tenda kami bocor. Anak-anak mulai batuk.',
        '"Kami ingin segera pindah ke hunian sementara," katanya.',
    )
    assert [quote.speaker for quote in quotes] == ["Ratna Wulandari", "Ratna Wulandari"]


def test_a_sentence_in_single_curly_quotes_attributed_by_a_verb_is_a_quote() -> None:
    quotes = _quotes(
        "Menteri Perdagangan Chile Ana Rojas menyebut perjanjian itu sebagai ‘tonggak’ hubungan kedua negara.",
        "‘Kami tidak hanya menghapus tarif, tetapi juga membuka jalan bagi investasi dari kedua arah. Pengusaha yang"
        " membangun pabrik akan mendapat kepastian hukum yang lebih baik,’ ujarnya.",
    )
    assert [quote.speaker for quote in quotes] == ["Ana Rojas", "Ana Rojas"]
    assert quotes[1].text.startswith("Kami tidak hanya") and quotes[1].key


@pytest.mark.parametrize(
    "paragraph",
    [
        "Warga menyebut kawasan itu ‘kampung lama’ sejak orang-orang tua mereka membuka ladang di tepi sungai yang"
        " kini menjadi batas kedua negara, dan sebutan itu masih dipakai anak-anak mereka hingga sekarang’an.",
        "Dokumen itu berjudul ‘Peta jalan kerja sama ekonomi kedua negara untuk lima tahun ke depan, disusun oleh"
        " para pejabat dan pakar dari kedua belah pihak setelah berbulan-bulan berunding,’ dan diterbitkan Senin.",
    ],
)
def test_long_single_curly_quotes_without_a_sentence_and_a_verb_are_not_quotes(paragraph: str) -> None:
    assert all(len(quote.text) < 40 for quote in _quotes(paragraph))
