"""Rules of builder.actors, each on a short sentence written for the test."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builder.actors import Cast, find_cast, merge_people
from builder.model import Actor


def _actor(cast: Cast, name: str) -> Actor:
    found = [actor for actor in cast.actors if actor.name == name]
    assert found, f"{name!r} not in {[a.name for a in cast.actors]}"
    return found[0]


def _names(cast: Cast, kind: str | None = None) -> set[str]:
    return {actor.name for actor in cast.actors if kind is None or actor.kind == kind}


# ---------------------------------------------------------------- titles


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Presiden Prancis Emmanuel Macron tiba di Hanoi pada Selasa.", "Emmanuel Macron", "Presiden Prancis"),
        ("Kunjungan itu disambut Perdana Menteri Malaysia Anwar Ibrahim.", "Anwar Ibrahim", "Perdana Menteri Malaysia"),
        ("Hal itu disampaikan Menlu Retno Marsudi di Jakarta.", "Retno Marsudi", "Menlu"),
        ("Pernyataan itu dibantah juru bicara Li Wenhao dalam jumpa pers.", "Li Wenhao", "juru bicara"),
        ("Dubes Jerman Heinrich Vogel menghadiri upacara itu.", "Heinrich Vogel", "Dubes Jerman"),
        ("Sekjen PBB Antonio Guterres menyerukan gencatan senjata.", "Antonio Guterres", "Sekjen PBB"),
        ("Kanselir Austria Petra Lindner membuka pertemuan.", "Petra Lindner", "Kanselir Austria"),
        ("Pasukan itu dipimpin Letjen Farouk Haddad sejak tahun lalu.", "Farouk Haddad", "Letjen"),
        ("Kajian itu ditulis Prof. Hendra Wijaya dari sebuah kampus.", "Hendra Wijaya", "Prof."),
    ],
)
def test_title_before_name(sentence: str, name: str, role: str) -> None:
    actor = _actor(find_cast([sentence]), name)
    assert actor.kind == "person"
    assert role in actor.roles


def test_title_with_country_and_abbreviation_qualifiers() -> None:
    cast = find_cast(["Menteri Luar Negeri Selandia Baru (NZ) Harriet Cole menelepon mitranya."])
    actor = _actor(cast, "Harriet Cole")
    assert "Menteri Luar Negeri Selandia Baru (NZ) Harriet Cole" in actor.forms
    assert "New Zealand" in _names(cast, "country")


def test_title_with_field_after_untuk_keeps_only_the_name() -> None:
    text = "Rapat itu dihadiri Wakil Menteri Luar Negeri Filipina untuk Kebijakan dan Perencanaan Ramon Dizon."
    cast = find_cast([text])
    assert "Ramon Dizon" in _names(cast, "person")
    assert not any("Kebijakan" in name for name in _names(cast))


def test_counterpart_dari_country() -> None:
    cast = find_cast(["Ia bertemu timpalannya dari Brasil Carla Mendes di Roma."])
    actor = _actor(cast, "Carla Mendes")
    assert actor.roles == ("timpalannya dari Brasil",)
    assert "Brazil" in _names(cast, "country")


def test_title_then_comma_then_name() -> None:
    cast = find_cast(["Menteri Pertahanan Polandia, Marek Zielinski, meninjau perbatasan."])
    assert "Marek Zielinski" in _names(cast, "person")


def test_lowercase_title_is_accepted() -> None:
    cast = find_cast(["Hal itu diumumkan pemimpin Kuba Luis Arteaga kemarin."])
    assert "Luis Arteaga" in _names(cast, "person")


def test_title_alone_is_not_an_actor() -> None:
    cast = find_cast(["Presiden menegaskan bahwa Menteri akan hadir."])
    assert _names(cast, "person") == set()


def test_role_reference_joins_the_person_with_that_role() -> None:
    cast = find_cast(
        [
            "Menteri Luar Negeri Peru Dina Salas tiba di Lima.",
            "Kunjungan Menteri Luar Negeri Peru itu berlangsung dua hari.",
        ]
    )
    actor = _actor(cast, "Dina Salas")
    assert actor.mentions == 2


# ---------------------------------------------------------------- verbs of saying


@pytest.mark.parametrize(
    "sentence",
    [
        "Situasi masih tegang, kata Okonkwo kepada wartawan.",
        "Perundingan akan dilanjutkan, ujar Okonkwo.",
        "Semua pihak harus menahan diri, tegas Okonkwo.",
        "Menurut Okonkwo, bantuan sudah dikirim.",
        "Okonkwo mengatakan bantuan sudah dikirim.",
        "Okonkwo juga menegaskan bahwa perbatasan tetap dibuka.",
        "Okonkwo pada Senin menjelaskan rencana itu.",
    ],
)
def test_verbs_of_saying_make_a_single_name_a_person(sentence: str) -> None:
    assert "Okonkwo" in _names(find_cast([sentence]), "person")


def test_verb_cue_does_not_make_an_ordinary_word_a_person() -> None:
    cast = find_cast(["Militer mengatakan situasi terkendali, kata Pemerintah."])
    assert _names(cast, "person") == set()


# ---------------------------------------------------------------- apposition


def test_apposition_role_after_name() -> None:
    text = "Pertemuan itu diikuti Lars Eriksen, asisten menteri di Kementerian Luar Negeri Norwegia, kata panitia."
    cast = find_cast([text])
    actor = _actor(cast, "Lars Eriksen")
    assert actor.roles == ("asisten menteri di Kementerian Luar Negeri Norwegia",)
    assert "Ministry of Foreign Affairs of Norway" in _names(cast, "organization")


def test_organization_comma_name_gives_role() -> None:
    cast = find_cast(["Kementerian Luar Negeri Kanada, Nadia Roy mengatakan bantuan akan dikirim."])
    actor = _actor(cast, "Nadia Roy")
    assert actor.roles == ("Kementerian Luar Negeri Kanada",)


# ---------------------------------------------------------------- bare runs


def test_mid_sentence_capitalized_run_is_a_person() -> None:
    cast = find_cast(["Delegasi itu dipimpin oleh Tomasz Nowak dan tiba di Warsawa."])
    assert "Tomasz Nowak" in _names(cast, "person")


def test_run_of_ordinary_words_is_not_a_person() -> None:
    cast = find_cast(["Acara itu disebut Hari Besar Bersama oleh warga."])
    assert _names(cast, "person") == set()


def test_sentence_opening_words_weekdays_and_months_are_not_people() -> None:
    cast = find_cast(
        ["Sementara Itu pada Senin Maret lalu, warga berkumpul.", "Dalam Pertemuan itu hadir wakil rakyat."]
    )
    assert _names(cast, "person") == set()


def test_subheading_is_not_read_as_names() -> None:
    cast = find_cast(["Warga Mengungsi Setelah Banjir Besar"])
    assert _names(cast) == set()


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Laporan itu dimuat surat kabar Berliner Zeitung pekan lalu.", "Berliner Zeitung"),
        ("Survei itu dibuat oleh Universitas Negeri Gorontalo tahun ini.", "Universitas Negeri Gorontalo"),
        ("Kabar itu pertama kali dilaporkan Bangkok Post.", "Bangkok Post"),
        ("Usul itu datang dari Partai Hijau di parlemen.", "Partai Hijau"),
    ],
)
def test_organization_words_make_an_organization(sentence: str, name: str) -> None:
    cast = find_cast([sentence])
    assert _actor(cast, name).kind == "organization"
    assert _names(cast, "person") == set()


@pytest.mark.parametrize("village", ["Dusun Sukamaju", "Kampung Sukamaju", "Kelurahan Sukamaju"])
def test_a_village_or_hamlet_is_a_place_though_its_name_is_a_given_name(village: str) -> None:
    cast = find_cast([f"Yohanes Lamber, warga {village}, menggarap ladang di dekat perbatasan."])
    assert _actor(cast, village).kind == "place"
    assert _actor(cast, "Yohanes Lamber").kind == "person"


def test_place_words_make_a_place() -> None:
    cast = find_cast(["Kapal itu berlayar di Selat Karimata menuju utara."])
    assert _actor(cast, "Selat Karimata").kind == "place"


def test_event_words_are_not_actors() -> None:
    cast = find_cast(["Ia bertempur dalam Perang Dingin dan Operasi Badai Gurun."])
    assert _names(cast, "person") == set()


# ---------------------------------------------------------------- names


def test_hyphenated_given_names() -> None:
    cast = find_cast(["Utusan Korea Selatan Park Ji-hoon bertemu Lee Soo-min di Seoul."])
    assert {"Park Ji-hoon", "Lee Soo-min"} <= _names(cast, "person")


def test_particles_and_initials_inside_names() -> None:
    cast = find_cast(
        [
            "Pertemuan itu dibuka oleh Menlu Khalid bin Salman dan dihadiri Ursula van der Berg.",
            "Notulen dibacakan Dr. Rahmat M. Siregar.",
        ]
    )
    people = _names(cast, "person")
    assert {"Khalid bin Salman", "Ursula van der Berg", "Rahmat M. Siregar"} <= people


def test_family_name_first_and_last_single_mentions_join() -> None:
    cast = find_cast(
        [
            "Pemimpin Vietnam To Lam bertemu Perdana Menteri Kanada Mark Holloway.",
            "Lam menyambut Holloway di bandara.",
        ]
    )
    assert _actor(cast, "To Lam").mentions == 2
    assert _actor(cast, "Mark Holloway").mentions == 2
    assert "Holloway" in _actor(cast, "Mark Holloway").forms


def test_titled_single_name_joins_the_full_name() -> None:
    cast = find_cast(["Menteri Luar Negeri Chile Ana Rojas tiba.", "Menlu Rojas lalu menemui wartawan."])
    actor = _actor(cast, "Ana Rojas")
    assert "Menlu Rojas" in actor.forms
    assert actor.mentions == 2


def test_shared_token_goes_to_the_person_introduced_first() -> None:
    cast = find_cast(
        [
            "Pemimpin tertinggi Lee Myung Ho memimpin rapat.",
            "Rapat itu mengenang kakek Lee, Lee Dong Su, pendiri negara itu.",
            "Lee kemudian berpidato.",
        ]
    )
    assert _actor(cast, "Lee Myung Ho").mentions == 3
    assert _actor(cast, "Lee Dong Su").mentions == 1


def test_fullest_form_is_the_canonical_name() -> None:
    cast = find_cast(["Jubir Mendez mengatakan hal itu.", "Menurut Carlos Mendez, pembicaraan berjalan baik."])
    assert "Carlos Mendez" in _names(cast, "person")
    assert "Mendez" not in _names(cast)


def test_short_form_in_parentheses() -> None:
    cast = find_cast(
        [
            "Komisi Pengawas Pemilu Daerah (KPPD) menolak gugatan itu.",
            "KPPD menyatakan berkas tidak lengkap.",
        ]
    )
    actor = _actor(cast, "Komisi Pengawas Pemilu Daerah")
    assert actor.mentions == 3  # the full name, the short form after it, and the later short form
    assert "KPPD" in actor.forms


# ---------------------------------------------------------------- gazetteer entities


def test_countries_organizations_and_places_from_the_gazetteer() -> None:
    cast = find_cast(["Menurut Uni Eropa, kapal Filipina di Laut China Selatan diusir oleh China."])
    assert _actor(cast, "European Union").kind == "organization"
    assert _actor(cast, "Philippines").kind == "country"
    assert _actor(cast, "South China Sea").kind == "place"


def test_generic_ministry_resolves_to_the_ministry_named_with_a_country() -> None:
    cast = find_cast(
        [
            "Kementerian Luar Negeri menolak tuduhan itu pada Kamis.",
            "Juru bicara Kementerian Luar Negeri Thailand menambahkan keterangan.",
        ]
    )
    organizations = [a for a in cast.actors if a.kind == "organization"]
    assert len(organizations) == 1
    assert organizations[0].mentions == 2
    assert "Kementerian Luar Negeri" in organizations[0].forms


def test_generic_ministry_without_a_country_is_the_home_country_s() -> None:
    cast = find_cast(["Kementerian Luar Negeri menolak tuduhan itu."])
    actor = _actor(cast, "Ministry of Foreign Affairs of Indonesia")
    assert actor.kind == "organization"
    assert actor.forms == ("Kementerian Luar Negeri",)


# ---------------------------------------------------------------- cast shape


def test_actors_are_ordered_by_mentions_then_first_appearance() -> None:
    cast = find_cast(["Jepang dan Kenya bertemu.", "Kenya lalu menemui Jepang dan Kenya lagi."])
    assert [a.name for a in cast.actors][:2] == ["Kenya", "Japan"]


def test_mentions_are_in_text_order_and_point_at_the_forms() -> None:
    paragraphs = ["Presiden Chile Ana Rojas tiba di Peru.", "Rojas disambut warga Peru."]
    cast = find_cast(paragraphs)
    positions = [(m.paragraph, m.start) for m in cast.mentions]
    assert positions == sorted(positions)
    for mention in cast.mentions:
        span = paragraphs[mention.paragraph][mention.start : mention.end]
        assert span in _actor(cast, mention.name).forms


def test_empty_input() -> None:
    assert find_cast([]) == Cast((), ())
    assert find_cast(["", "   "]) == Cast((), ())


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120), max_size=5))
def test_never_raises_and_forms_occur_in_the_text(paragraphs: list[str]) -> None:
    cast = find_cast(paragraphs)
    joined = "\n".join(paragraphs)
    for actor in cast.actors:
        for form in actor.forms:
            assert form in joined


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.lists(
            st.sampled_from(
                ["Presiden", "Rusia", "kata", "Menlu", "Budi", "Santoso", "(", ")", ",", ".", "menurut", "Kim",
                 "Jong", "juru", "bicara", "Partai", "Laut", "mengatakan", "dan", "untuk", "Strategi", "AS", "“", "”"]
            ),
            max_size=30,
        ).map(" ".join),
        max_size=4,
    )
)  # fmt: skip
def test_never_raises_on_word_salad(paragraphs: list[str]) -> None:
    cast = find_cast(paragraphs)
    for mention in cast.mentions:
        assert 0 <= mention.start < mention.end <= len(paragraphs[mention.paragraph])


# ---------------------------------------------------------------- merging across articles


def _person(name: str, *roles: str) -> Actor:
    return Actor(name, "person", name, (name,), 1, roles)


def test_merge_short_and_misspelt_first_names() -> None:
    merged = merge_people(
        [
            _person("Ken Adachi", "Juru Bicara Kemlu Jepang"),
            _person("Kenji Adachi", "juru bicara Kementerian Luar Negeri Jepang"),
            _person("Kenjii Adachi"),
            _person("Kenji Adachi"),
        ]
    )
    assert merged["Ken Adachi"] == merged["Kenjii Adachi"] == "Kenji Adachi"


def test_different_people_with_one_surname_stay_apart() -> None:
    merged = merge_people([_person("Robert Hale", "Senator"), _person("Linda Hale", "Gubernur")])
    assert merged["Robert Hale"] == "Robert Hale"
    assert merged["Linda Hale"] == "Linda Hale"


def test_surname_alone_merges_with_the_only_full_name_sharing_it() -> None:
    merged = merge_people([_person("Okonkwo"), _person("Ngozi Okonkwo", "Menteri Keuangan Nigeria")])
    assert merged["Okonkwo"] == "Ngozi Okonkwo"


def test_surname_alone_is_ambiguous_between_two_people() -> None:
    merged = merge_people([_person("Hale"), _person("Robert Hale"), _person("Linda Hale")])
    assert merged["Hale"] == "Hale"


def test_merge_family_name_first_spellings() -> None:
    merged = merge_people([_person("Kim Yo-jong"), _person("Kim Yo Jong"), _person("Kim Yo Jong")])
    assert merged["Kim Yo-jong"] == "Kim Yo Jong"


def test_same_initial_and_same_office_merge() -> None:
    merged = merge_people(
        [
            _person("Sergei Orlov", "Menteri Luar Negeri Rusia"),
            _person("Sergey Orlov", "Menlu Rusia"),
        ]
    )
    assert merged["Sergei Orlov"] == merged["Sergey Orlov"]


def test_non_people_are_left_out_of_merging() -> None:
    merged = merge_people([Actor("Japan", "country", "Japan", ("Jepang",), 3)])
    assert merged == {}


# ---------------------------------------------------------------- more name rules


def test_a_middle_name_used_alone_joins_the_full_name() -> None:
    cast = find_cast(["Presiden Meksiko Andres Manuel Lopez Obrador tiba.", "Manuel lalu berpidato."])
    assert _actor(cast, "Andres Manuel Lopez Obrador").mentions == 2


def test_country_after_untuk_is_followed_by_the_name() -> None:
    cast = find_cast(["Duta Besar Korea Selatan untuk Indonesia Lee Sang-deok membuka pameran itu."])
    assert "Lee Sang-deok" in _names(cast, "person")


def test_honorific_is_not_part_of_the_name() -> None:
    cast = find_cast(["Acara itu dibuka Pak Harjono Sastro, kata panitia."])
    assert "Harjono Sastro" in _names(cast, "person")


def test_a_title_with_its_own_acronym_is_an_organization() -> None:
    cast = find_cast(
        [
            "Kepala Staf Gabungan Korea Selatan (JCS) melaporkan peluncuran itu.",
            "JCS menyebut rudal jatuh di laut.",
        ]
    )
    actor = _actor(cast, "Kepala Staf Gabungan Korea Selatan")
    assert actor.kind == "organization"
    assert "JCS" in actor.forms
    assert _names(cast, "person") == set()


def test_a_title_and_a_word_with_an_acronym_is_an_organization_not_a_person() -> None:
    cast = find_cast(["Menurut Kepala Staf Gabungan (KSG), latihan itu dimulai pagi tadi."])
    assert _actor(cast, "Kepala Staf Gabungan").kind == "organization"
    assert _names(cast, "person") == set()


def test_capitalized_function_word_as_a_given_name() -> None:
    cast = find_cast(["Kota itu dipimpin Wali Kota Oleh Sydorenko sejak 2020."])
    assert "Oleh Sydorenko" in _names(cast, "person")


def test_single_word_after_title_and_comma_is_not_a_name() -> None:
    cast = find_cast(["Pertemuan digelar di Istana Wakil Presiden, Jakarta, pada Kamis."])
    assert _names(cast, "person") == set()


# ---------------------------------------------------------------- precision guards


@pytest.mark.parametrize(
    "sentence",
    [
        "Delegasi itu tiba di Porto Alegre pada Senin.",
        "Pesawat terbang ke Santa Cruz untuk mengisi bahan bakar.",
        "Kapal perang KRI Usman Harun berlayar ke utara.",
        "Kesepakatan itu dinamai Black Sea Grain Initiative oleh para diplomat.",
        "Tentara bayaran ikut bertempur bersama Parlemen rakyat.",
    ],
)
def test_runs_that_are_not_people(sentence: str) -> None:
    assert _names(find_cast([sentence]), "person") == set()


def test_generic_common_noun_alone_is_not_an_actor() -> None:
    assert _names(find_cast(["Tentara bayaran itu ditangkap."])) == set()


def test_compass_word_ends_a_region_name() -> None:
    cast = find_cast(["Banjir melanda Kalimantan Selatan dan Nusa Tenggara Barat pekan ini."])
    assert _actor(cast, "South Kalimantan").kind == "place"  # Indonesia's provinces are in the gazetteer
    assert _actor(cast, "West Nusa Tenggara").kind == "place"
    assert _names(cast, "person") == set()


def test_name_opening_a_sentence_without_a_cue() -> None:
    cast = find_cast(["Tharman Shanmugaratnam tiba di Jakarta pada Senin."])
    assert "Tharman Shanmugaratnam" in _names(cast, "person")


def test_generational_suffix_ends_the_name() -> None:
    cast = find_cast(["Presiden Filipina Ferdinand Marcos Jr. tiba di Jakarta.", "Marcos lalu berpidato."])
    actor = _actor(cast, "Ferdinand Marcos Jr.")
    assert actor.mentions == 2
    assert "Presiden Filipina Ferdinand Marcos Jr." in actor.forms


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Rapat dipimpin Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Bagus Santoso di Jakarta.",
            "Bagus Santoso",
            "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan",
        ),
        (
            "Hadir Asisten Menteri Luar Negeri Kanada untuk Urusan Asia Timur dan Pasifik Claire Tremblay.",
            "Claire Tremblay",
            "Asisten Menteri Luar Negeri Kanada untuk Urusan Asia Timur dan Pasifik",
        ),
        ("Ketua Umum Partai Hijau Lena Vogt membuka kongres.", "Lena Vogt", "Ketua Umum Partai Hijau"),
        ("Kuliah dibuka Rektor Universitas Indonesia Ari Wibisono.", "Ari Wibisono", "Rektor Universitas Indonesia"),
    ],
)
def test_long_titles_with_fields_and_bodies(sentence: str, name: str, role: str) -> None:
    cast = find_cast([sentence])
    assert _names(cast, "person") == {name}
    assert _actor(cast, name).roles == (role,)


@pytest.mark.parametrize("money", ["US$2 miliar", "S$ 40 juta", "HK$300"])
def test_a_currency_is_not_its_country(money: str) -> None:
    names = {actor.name for actor in find_cast([f"Nilai kontrak itu mencapai {money} tahun ini."]).actors}
    assert names == set()


def test_armed_forces_branches_are_whole_names() -> None:
    names = {actor.name for actor in find_cast(["Pesawat Hercules TNI AU mendarat di Bandara Halim."]).actors}
    assert "Indonesian Air Force" in names and "African Union" not in names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ketua DPR Puan Maharani mengatakan hal itu.", "Puan Maharani"),
        ("Direktur Jenderal Strategi Pertahanan Kemhan Mayjen TNI Arif Budiman Siregar hadir.", "Arif Budiman Siregar"),
        ("Wakil Ketua Komisi I DPR Bambang Suharyadi mengatakan hal itu.", "Bambang Suharyadi"),
    ],
)
def test_a_name_after_a_body_keeps_given_names_that_are_also_words(sentence: str, name: str) -> None:
    assert name in {actor.name for actor in find_cast([sentence]).actors}


def test_a_name_after_a_ministry_and_its_abbreviation_keeps_its_given_name() -> None:
    sentence = "Direktur Pengamanan Perdagangan Kementerian Perdagangan (Kemendag) Indah Wulansari hadir."
    assert "Indah Wulansari" in {actor.name for actor in find_cast([sentence]).actors}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Analis Andalan Futures Rendy Saputra mengatakan harga minyak naik.", "Rendy Saputra"),
        ("Direktur Eurasia Group Daniel Kerrigan mengatakan hal itu.", "Daniel Kerrigan"),
    ],
)
def test_a_name_after_a_title_and_a_company_leaves_the_company_out(sentence: str, name: str) -> None:
    assert name in {actor.name for actor in find_cast([sentence]).actors}


def test_a_party_named_like_an_institution_is_the_party() -> None:
    cast = find_cast(
        ["Partai Kongres Nepal memenangi pemilu.", "Ketua Partai Kongres Nepal Ram Bahadur Thapa berpidato."]
    )
    names = {actor.name: actor.kind for actor in cast.actors}
    assert names.get("Partai Kongres Nepal") == "organization"
    assert "Congress of Nepal" not in names and names.get("Ram Bahadur Thapa") == "person"


def test_a_personal_envoy_is_a_title_not_a_name() -> None:
    cast = find_cast(["Utusan Pribadi Sekretaris Jenderal PBB untuk Sudan, Karim Benhaddou, mengatakan itu."])
    people = [actor.name for actor in cast.actors if actor.kind == "person"]
    assert people == ["Karim Benhaddou"]


def test_a_double_surname_and_a_ministry_s_portfolio() -> None:
    cast = find_cast(
        [
            "Presiden Komisi ECOWAS Kwame Mensah-Bonsu mengatakan organisasinya belum menerima pemberitahuan.",
            "Wakil Menteri Infrastruktur Ukraina Oleksandr Hrytsenko dan Menteri Pendidikan Tinggi Timor-Leste hadir.",
        ]
    )
    people = sorted(actor.name for actor in cast.actors if actor.kind == "person")
    assert people == ["Kwame Mensah-Bonsu", "Oleksandr Hrytsenko"]


def test_an_office_s_abbreviation_and_city_belong_to_the_title() -> None:
    cast = find_cast(["Kepala BP Batam Irwansyah Lubis mengatakan investasi itu penting bagi kawasan."])
    assert [actor.name for actor in cast.actors if actor.kind == "person"] == ["Irwansyah Lubis"]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Direktur Jenderal Perikanan Tangkap KKP Wahyu Setiadi menyebut itu.", "Wahyu Setiadi"),
        ("Direktur Jenderal Pengelolaan Kelautan dan Ruang Laut KKP Wahyu Setiadi menyebut itu.", "Wahyu Setiadi"),
        (
            "Guru Besar Hukum Internasional Universitas Padjadjaran Yohanes Sitompul mengingatkan itu.",
            "Yohanes Sitompul",
        ),
    ],
)
def test_a_name_after_a_field_an_office_or_a_university_keeps_its_given_name(sentence: str, person: str) -> None:
    assert [actor.name for actor in find_cast([sentence]).actors if actor.kind == "person"] == [person]


# ------------------------------------------------ names among titles and words


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Hal itu ditegaskan Kepala Pusat Penerangan TNI Mayjen Rudi Harsono di Jakarta.", "Rudi Harsono"),
        ("Hal itu ditegaskan Gubernur Nusa Tenggara Timur Rudy Hartanto di Kupang.", "Rudy Hartanto"),
        ("Hal itu ditegaskan Gubernur Papua Barat Daya Rudy Hartanto di Sorong.", "Rudy Hartanto"),
        ("Hal itu disampaikan Peneliti Arif Santoso dalam diskusi di Jakarta.", "Arif Santoso"),
        ("Hal itu disampaikan Peneliti Senior Santoso dalam diskusi di Jakarta.", "Santoso"),
        ("Menurut Yudistira Hakim, hasil pemilu itu akan berpengaruh besar.", "Yudistira Hakim"),
        ("Hasil pemilu itu akan berpengaruh besar, ujar Budi Rahman Hakim kepada wartawan.", "Budi Rahman Hakim"),
    ],
)
def test_names_after_ranks_regions_fields_and_words(sentence: str, name: str) -> None:
    assert _names(find_cast([sentence]), "person") == {name}


def test_a_field_of_the_ministers_title_is_no_region_and_a_body_with_an_abbreviation_no_name() -> None:
    cast = find_cast(
        [
            "Menteri Sumber Daya Alam dan Lingkungan Hidup Thailand Thanakorn Siriwattana hadir di sana.",
            "Hal itu dikatakan Badan PBB untuk Koordinasi Urusan Kemanusiaan (OCHA) di Jenewa.",
        ]
    )
    assert _names(cast, "person") == {"Thanakorn Siriwattana"}


def test_a_name_with_al_opening_a_sentence_is_the_same_person() -> None:
    cast = find_cast(
        [
            "Menteri Luar Negeri Yordania Faris al-Momani tiba di Ankara pada Selasa pagi.",
            "Al-Momani menyatakan bahwa Yordania telah mengirim bantuan lewat udara.",
        ]
    )
    assert _names(cast, "person") == {"Faris al-Momani"}
    assert _actor(cast, "Faris al-Momani").mentions == 2


def test_a_generic_institution_in_lower_case_words_is_no_actor_of_its_own() -> None:
    cast = find_cast(["Kantor berita resmi KCNA menyebut peluncuran itu sebagai latihan rutin."])
    assert _names(cast, "organization") == {"Korean Central News Agency"}


def test_a_sentence_opening_with_a_preposition_names_a_place_not_a_person() -> None:
    cast = find_cast(["Di Jakarta, Direktur Perlindungan WNI Kemlu Yudha Pratama mengatakan semua sehat."])
    assert _names(cast, "person") == {"Yudha Pratama"}


def test_degrees_after_a_name_and_a_surname_in_lower_case_particles() -> None:
    cast = find_cast(
        [
            "Guru Besar Universitas Padjadjaran Prof. Dr. Rina Maharani, S.H., LL.M. menilai langkah itu tepat.",
            "Menteri Luar Negeri Belanda Pieter van der Berg tiba di Jakarta. Menurut van der Berg, sikap itu jelas.",
        ]
    )
    assert _names(cast, "person") == {"Rina Maharani", "Pieter van der Berg"}
    assert _actor(cast, "Pieter van der Berg").mentions == 2


def test_an_institution_named_without_a_country_is_the_home_country_s() -> None:
    egypt = find_cast(["Kementerian Luar Negeri Mesir menerima nota itu. Kemlu memperkirakan 400 WNI masih di Sudan."])
    assert {"Ministry of Foreign Affairs of Egypt", "Ministry of Foreign Affairs of Indonesia"} <= _names(egypt)
    alone = find_cast(["Kementerian Luar Negeri mengimbau WNI menunda perjalanan ke Lebanon."])
    assert "Ministry of Foreign Affairs of Indonesia" in _names(alone)
    japan = find_cast(["Kementerian Luar Negeri Jepang memanggil duta besar. Kementerian Luar Negeri menyebut itu."])
    assert _actor(japan, "Ministry of Foreign Affairs of Japan").mentions == 2


def test_a_surname_that_is_a_place_and_a_full_name_written_with_either_case_after_its_hyphen() -> None:
    cast = find_cast(
        [
            "Juru bicara Kementerian Luar Negeri Israel Avner Golan membantah laporan itu.",
            "Menurut Kementerian Kesehatan Gaza, korban terus bertambah.",
            "Organisasi Negara-Negara Pengekspor Minyak (OPEC) memangkas produksi.",
        ]
    )
    assert _names(cast, "person") == {"Avner Golan"}
    assert "OPEC" in _names(cast, "organization") and "Golan Heights" not in _names(cast)


def test_english_determiners_titles_and_a_sentence_opening_with_a_compass_word() -> None:
    cast = find_cast(
        [
            "The General Assembly will vote on Friday, Permanent Representative Hendra Sasongko said.",
            "Our delegation arrived, Vice Foreign Minister Dimas Prasetyo told reporters.",
            "“Justru Barat yang memulai ketegangan ini,” katanya.",
        ]
    )
    assert _names(cast, "person") == {"Hendra Sasongko", "Dimas Prasetyo"}
    assert "Justru Barat" not in _names(cast)
    assert "Vice Foreign Minister Dimas Prasetyo" in _actor(cast, "Dimas Prasetyo").forms


def test_a_run_closed_by_laut_or_daya_alone_is_no_place() -> None:
    cast = find_cast(["Konvensi PBB tentang Hukum Laut (UNCLOS) menjadi rujukan, Papua Barat Daya diundang."])
    assert "Hukum Laut" not in _names(cast)


def test_a_province_or_a_city_after_a_title_is_not_part_of_the_name() -> None:
    cast = find_cast(
        [
            "Hal itu disampaikan Kepala Dinas Tenaga Kerja Jatim Sri Wahyuningsih di Surabaya.",
            "Konsul Jenderal RI di Penang Budi Santoso mengatakan para pekerja dalam keadaan sehat.",
            "Konsul Jenderal Jepang di Surabaya Kenji Morimura ikut hadir.",
        ]
    )
    assert {"Sri Wahyuningsih", "Budi Santoso", "Kenji Morimura"} <= _names(cast, "person")
    assert "East Java" in _names(cast, "place")


@pytest.mark.parametrize(
    ("sentence", "name", "body"),
    [
        (
            "“Ini soal kedaulatan,” kata pengamat hubungan internasional Universitas Padjadjaran Rina Kusuma.",
            "Rina Kusuma",
            "Padjadjaran University",
        ),
        ("“Ini soal kedaulatan,” kata dosen Universitas Gadjah Mada Arif Nugroho.", "Arif Nugroho",
         "Gadjah Mada University"),
        (
            "“Jangan terburu-buru,” kata analis Institute for Policy Futures (IPF), Sari Wulandari.",
            "Sari Wulandari",
            "Institute for Policy Futures",
        ),
        (
            "“Masih banyak celah,” ujar peneliti Southeast Asia Research Center (SEARC) Dodi Hartono.",
            "Dodi Hartono",
            "Southeast Asia Research Center",
        ),
        (
            "“Kami memantau pesisir,” kata Kepala Dinas Lingkungan Hidup Kota Batam Hendra Rozi.",
            "Hendra Rozi",
            "Dinas Lingkungan Hidup Kota Batam",
        ),
        (
            "“Setiap kapal diperiksa,” kata Wakil Kepala Eksekutif Otoritas Perikanan dan Pelabuhan Fiji (FFPA),"
            " Josaia Tora.",
            "Josaia Tora",
            "Otoritas Perikanan dan Pelabuhan Fiji",
        ),
        ("“Ini sinyal,” kata pengamat politik dari Universitas Chulalongkorn, Pranee Suwan.", "Pranee Suwan",
         "Universitas Chulalongkorn"),
    ],
)  # fmt: skip
def test_bodies_inside_an_analyst_s_or_an_official_s_title(sentence: str, name: str, body: str) -> None:
    """A lowercase field of study, a university, a body named in English or with its region, or named past
    'dan' up to its abbreviation: the body is an organization and the name after it the person."""
    cast = find_cast([sentence])
    assert _names(cast, "person") == {name}
    assert _actor(cast, body).kind == "organization"


def test_a_ministry_s_abbreviation_after_a_bureau_is_the_ministry_s() -> None:
    cast = find_cast(["Kepala Biro Humas Sekretariat Jenderal Kementerian Perdagangan (Kemendag) Putri Ayu hadir."])
    assert _names(cast, "person") == {"Putri Ayu"}
    assert "Ministry of Trade of Indonesia" in _names(cast, "organization")


def test_the_regions_of_a_portfolio_are_not_actors() -> None:
    cast = find_cast(["Hadir Direktur Jenderal Urusan Asia Pasifik dan Afrika Kemlu Bima Santosa di Jakarta."])
    assert _names(cast, "person") == {"Bima Santosa"}
    assert not {"Asia-Pacific", "Africa"} & _names(cast)


def test_a_climate_phenomenon_is_not_a_person() -> None:
    cast = find_cast(["Fenomena El Nino memperparah kekeringan di Nusa Tenggara, kata petugas."])
    assert "El Nino" not in _names(cast)


def test_a_street_named_after_a_hero_names_no_actor() -> None:
    cast = find_cast(["Acara digelar di Jl. Jenderal Sudirman dan di Jalan Pangeran Diponegoro, kata panitia."])
    assert _names(cast) == set()


def test_a_balinese_name_keeps_its_marker_and_a_lone_initial_names_nobody() -> None:
    cast = find_cast(["“Itu mudah,” kata Kepala Dinas Pariwisata I Made Suryawan. Ni Luh Ayu hadir. Komisi I ikut."])
    assert {"I Made Suryawan", "Ni Luh Ayu"} <= _names(cast, "person")
    assert _actor(cast, "I Made Suryawan").forms[-1] != "I"


def test_a_mission_and_its_city_are_one_actor_and_the_capital_no_country() -> None:
    cast = find_cast(
        [
            "Warga itu didampingi KBRI Kuala Lumpur sejak pekan lalu. Pihak KBRI menyiapkan pengacara.",
            "Konsulat Jenderal RI di Penang ikut memantau, sementara Kedutaan Besar China di Jakarta diam.",
        ]
    )
    names = _names(cast)
    assert {"Embassy of Indonesia in Kuala Lumpur", "Consulate General of Indonesia in Penang"} <= names
    assert "Embassy of China in Jakarta" in names
    assert "Malaysia" not in names and "Embassy of Indonesia" not in names
    assert "KBRI" in _actor(cast, "Embassy of Indonesia in Kuala Lumpur").forms


def test_a_given_name_that_is_also_a_month_and_a_charge_d_affaires_of_a_mission() -> None:
    cast = find_cast(
        [
            "Ketua Perhimpunan Pelajar Indonesia (PPI) Suriah, Muhammad Faiz Ramadhan, mengaku lega.",
            "Ia didampingi Kuasa Usaha Ad Interim KBRI Damaskus Rudi Hartono. Selama bulan Ramadhan warga berpuasa.",
        ]
    )
    assert _names(cast, "person") == {"Muhammad Faiz Ramadhan", "Rudi Hartono"}
    assert "Embassy of Indonesia in Damaskus" in _names(cast) and "Syria" in _names(cast)


def test_a_rear_admiral_s_rank_is_no_name() -> None:
    cast = find_cast(["“Kami terus membayangi,” kata Laksamana Pertama Bakamla Dedi Suhendra di Natuna."])
    assert _names(cast, "person") == {"Dedi Suhendra"}


def test_a_city_standing_for_its_government_is_a_place_not_a_person() -> None:
    cast = find_cast(["Jakarta tidak menganggap dirinya sebagai pihak dalam sengketa itu, kata pejabat."])
    assert _actor(cast, "Jakarta").kind == "place"


def test_a_storm_named_like_a_person_is_no_actor() -> None:
    cast = find_cast(["Siklon Tropis Rudro menghantam pesisir Bangladesh, kata pejabat setempat."])
    assert _names(cast, "person") == set()


@pytest.mark.parametrize(
    ("sentence", "name", "region"),
    [
        ("Bupati Ketapang Yohanes Sumarlin meninjau pos lintas batas itu.", "Yohanes Sumarlin", "Kabupaten Ketapang"),
        ("Wakil Bupati Timor Tengah Selatan Markus Lenggu hadir pula.", "Markus Lenggu", None),
        ("Pj Wali Kota Tarakan Hendro Setiawan menyambut rombongan.", "Hendro Setiawan", "Kota Tarakan"),
        ("Hal itu dikatakan Wali Kota Batam, Amsakar Riyadi, kepada wartawan.", "Amsakar Riyadi", "Kota Batam"),
    ],
)
def test_a_regional_head_s_region_comes_before_the_name(sentence: str, name: str, region: str | None) -> None:
    cast = find_cast([sentence])
    assert _names(cast, "person") == {name}
    if region:
        assert _actor(cast, region).kind == "place"


def test_a_mayor_s_one_word_name_that_is_also_a_region_stays_whole() -> None:
    cast = find_cast(["Kota itu dipimpin Wali Kota Bima Sakti sejak tahun lalu."])
    assert _names(cast, "person") == {"Bima Sakti"}


@pytest.mark.parametrize("form", ["Pemkab Ketapang", "Pemprov NTB", "Pemkot Tarakan", "Pemda Sintang"])
def test_a_regional_government_s_abbreviation_is_an_organization(form: str) -> None:
    cast = find_cast([f"Bantuan itu disalurkan {form} bersama relawan pada Senin."])
    assert _names(cast, "person") == set()
    assert _actor(cast, form).kind == "organization"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Rapat itu dipimpin Wakil Menteri Luar Negeri China Sun Liwei di Beijing.", "Sun Liwei"),
        ("Perdana Menteri Kamboja Hun Sen tiba di Jakarta pada Senin (4/11).", "Hun Sen"),
        ("Menlu Ceko Jan Dvorak menerima kunjungan itu pada 12 Jan 2025.", "Jan Dvorak"),
    ],
)
def test_a_name_word_that_is_also_a_short_weekday_or_month(sentence: str, name: str) -> None:
    assert _names(find_cast([sentence]), "person") == {name}


def test_an_office_s_abbreviation_and_its_city_in_a_title() -> None:
    cast = find_cast(["Dokumen itu diserahkan Kepala TECO di Surabaya Lin Chia-hao kepada wartawan."])
    assert _names(cast, "person") == {"Lin Chia-hao"}


def test_a_title_s_city_then_a_comma_then_a_name_with_a_particle() -> None:
    cast = find_cast(["Konsul Jenderal Brasil di Kupang, Joaquim da Silva Pereira, menyebut hal itu."])
    assert _names(cast, "person") == {"Joaquim da Silva Pereira"}


def test_a_malay_department_with_its_abbreviation_is_an_organization() -> None:
    cast = find_cast(["Kapal itu diperiksa Jabatan Laut dan Pelabuhan Malaysia (JLPM) di perairan Johor."])
    actor = _actor(cast, "Jabatan Laut dan Pelabuhan Malaysia")
    assert actor.kind == "organization"
    assert "JLPM" in actor.forms


def test_an_office_held_is_no_organization() -> None:
    cast = find_cast(["Pertemuan itu digelar di Rumah Jabatan Gubernur Bali, Denpasar, kata panitia."])
    assert not any("Jabatan" in name for name in _names(cast))
