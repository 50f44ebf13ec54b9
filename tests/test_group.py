"""Grouping: topics found from content, same-event reports, and the user's dossiers.yml corrections."""

import shutil
from pathlib import Path

import pytest

from builder.errors import ConfigError
from builder.group import group
from builder.pipeline import extract_folder
from builder.read import read_dossier_rules

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "articles"


@pytest.fixture(scope="module")
def briefings() -> tuple:
    return extract_folder(ROOT / "seeds").briefings + extract_folder(FIXTURES).briefings


def _members(digest) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return sorted(sorted(Path(b.source).name for b in (*d.briefings, *d.undated)) for d in digest.dossiers)


def test_seeds_form_one_dossier_and_unrelated_fixtures_their_own(briefings: tuple) -> None:
    groups = _members(group(briefings))
    seeds = sorted(path.name for path in (ROOT / "seeds").glob("*.txt"))
    assert seeds in groups
    assert ["byline_date_cnn_style.txt", "same_event_tempo_style.txt"] in groups
    assert ["followup_gaza_aid_detik_style.txt", "two_digit_year_kompas_style.txt"] in groups
    assert ["okezone_style.txt", "tribunnews_style.txt"] in groups
    assert ["idntimes_style.txt", "voa_style.txt"] in groups
    assert ["inews_style.txt", "sindonews_style.txt"] in groups
    assert ["jpnn_style.txt", "viva_style.txt"] in groups
    assert ["bisnis_style.txt", "kompastv_style.txt"] in groups
    assert ["beritasatu_style.txt", "inilah_style.txt"] in groups
    sudan = ["gatra_style.txt", "readlater_export_perundingan_sudan.md", "republika_saved.html", "rmol_style.txt"]
    assert [*sudan, "suara_style.txt", "translate_reuters.html"] in groups  # talks on Sudan's war, April to October
    assert ["akurat_nodate.txt", "clean_markdown.md"] in groups  # EU sanctions on Belarus, one of them undated
    assert ["readerview_saved.html", "solopos_style.txt", "voi_style.txt"] in groups  # Moldova's EU talks
    assert ["cnn_ctrl_a.txt", "idntimes_world_ctrl_a.txt"] in groups  # Moldova's vote and referendum
    assert ["kumparan_news_ctrl_a.txt", "msn_aggregator_saved.html"] in groups  # Georgia's election
    assert ["fajar_style.txt", "harianjogja_style.txt"] in groups
    deforestation = ["katadata_saved_misi_sawit_brussel_eudr.html", "kompasid_paywall.txt", "medium_export.md"]
    assert deforestation in groups  # the EU's deforestation rules
    assert ["antara_saved.html", "voa_saved.html"] in groups and [
        "tribunbatam_style.txt",
        "tvonenews_style.txt",
    ] in groups
    assert ["detik_saved.html", "kompas_saved.html"] in groups and ["okezone_saved.html", "tempo_saved.html"] in groups
    assert ["breaking_short.txt", "wire_translated.txt"] in groups
    assert ["merdeka_saved.html", "sindonews_saved.html"] in groups
    assert ["election_results_table.txt", "profile_leader.txt"] in groups
    assert ["tribunnews_saved.html", "viva_saved.html"] in groups
    assert ["antaranews_text.txt", "cnnindonesia_text.txt"] in groups
    assert ["bisnis_saved.html", "katadata_text.txt"] in groups
    assert ["era_id.txt", "investor_id.txt"] in groups and ["kumparan_style.txt", "suaramerdeka.txt"] in groups
    assert ["antara_english.txt", "jakartaglobe_english.txt"] in groups
    assert ["okezone_text.txt", "sindonews_text.txt"] in groups
    lebanon = [
        "aggregator_babe_sumber_jurnas.html",
        "antara_liveupdate.txt",
        "republika_ctrl_a.txt",
        "rri_text.txt",
        "suara_saved.html",
        "wartakota_text.txt",
    ]
    assert lebanon in groups  # Indonesians in south Lebanon, September and October, and the strikes there
    assert ["amp_tribun.html", "antara_ctrl_a.txt", "digest_copy.txt"] in groups  # South Korea and Japan
    launches = ["medcom_korut_icbm_reaksi_ibu_kota_dunia.txt", "pikiranrakyat_style.txt"]
    assert launches in groups  # North Korea's launches
    assert ["detik_ctrl_a.txt", "kurio_app.txt", "okezone_internasional_ctrl_a.txt"] in groups  # EU, Iran
    philippines = ["kompas_ctrl_a.txt", "liputan6_global_ctrl_a.txt", "markdownload_joint_statement_late_spokesman.md"]
    assert [*philippines, "opera_news.html", "wayback_kompas.html"] in groups
    rohingya = ["longform_deck_projectmultatuli.txt", "rakyataceh_rohingya_pidie_lead_kurung_tanggal_angka.txt"]
    assert [*rohingya, "tabel_pengungsi.txt", "waspada_text.txt"] in groups  # Rohingya arrivals, and a year on
    caucasus = ["longform_laporan_khusus.txt", "relative_times_only_kemarin_caption_dated.txt"]
    assert [*caucasus, "sindonews_global_saved.html"] in groups  # the South Caucasus
    assert ["bisnis_kabarglobal_saved.html", "katadata_style.txt"] in groups  # the US and Venezuela
    rote = ["kompas_nelayan_rote_pulau_pasir_darwin_kkp.txt"]
    rote.append("poskupang_galeri_nelayan_rote_pulau_pasir_berita_terkait.txt")
    assert rote in groups  # Rote fishermen held by Australia
    japan_boats = ["benarnews_saved_hibah_kapal_patroli_jepang_bakamla_natuna.html",
                   "nhkworld_saved_jepang_indonesia_2plus2_kapal_patroli_bakamla.html"]  # fmt: skip
    assert japan_boats in groups  # Japan's patrol boats for Bakamla, reported a day apart
    oic = ["minanews_saved_oki_jeddah_koridor_bantuan_gaza.html", "parstoday_teks_sidang_oki_jeddah_wamenlu_iran.txt"]
    assert oic in groups  # the OIC session in Jeddah
    scams = ["detikx_lapsus.txt", "suarasurabaya_ctrl_a_korban_penipuan_daring_myanmar_tiba_juanda.txt"]
    assert scams in groups  # Indonesians in Myanmar's scam compounds, five weeks apart
    jbc = ["cenderawasihpos_markdownload_jbc_ditutup_kartu_lintas_batas_skouw.md", "kemlu_siaranpers_pdf.txt",
           "tvrinews_saved_sidang_jbc_ri_png_kartu_plb_digital_jayapura.html"]  # fmt: skip
    assert jbc in groups  # the Indonesia-PNG border committee's 38th and 39th sessions
    gaza_children = ["islampos_markdownload_pm_palestina_terima_kasih_rawat_anak_gaza.md",
                     "poskota_saved_anak_gaza_tiba_halim_dirawat_rspad.html"]  # fmt: skip
    assert gaza_children in groups
    apec = ["merahputih_markdownload_dpr_kawal_deklarasi_gyeongju_apec.md",
            "nusantaratv_saved_ktt_apec_gyeongju_deklarasi_rantai_pasok_ai.html"]  # fmt: skip
    assert apec in groups  # the APEC summit in Gyeongju, a day apart
    yemen = ["jawapos_teks_evakuasi_wni_yaman_jalur_darat_oman.txt",
             "padek_markdownload_pelajar_sumbar_evakuasi_yaman_tiba_bim.md"]  # fmt: skip
    assert yemen in groups  # Indonesians evacuated from Yemen overland, a day apart
    trade = ["bloombergtechnoz_saved_itcepa_bea_masuk_sawit_turki.html", "trt_obsidian_itcepa_ditandatangani_ankara.md"]
    assert trade in groups  # the Indonesia-Turkiye trade agreement, signed in Ankara
    deported = ["antara_kp2mi_deportasi_tawau_nunukan_sebatik.txt",
                "radartarakan_mobile_pmi_dideportasi_tawau_tunon_taka_nunukan.txt"]  # fmt: skip
    assert deported in groups  # migrant workers deported from Sabah through Nunukan, seven months apart
    commission = ["koranjakarta_epaper_teks_jmc_ri_timor_leste_noel_besi_citrana.txt",
                  "victorynews_ctrl_a_komisi_bersama_ri_timor_leste_segmen_batas_kupang.txt"]  # fmt: skip
    assert commission in groups  # the ministerial commission on the Timor-Leste border, the same day
    # Every other fixture is a topic of its own, but for the two earlier reports on that border (TIMES Indonesia,
    # Tempo English), which the gold file puts with the commission's and which come out one dossier each.
    assert len(groups) == 203


def test_two_outlets_on_the_same_day_are_one_event(briefings: tuple) -> None:
    dossier = next(d for d in group(briefings).dossiers if any("cnn_style" in b.source for b in d.briefings))
    assert [Path(s).name for s in dossier.same_event[0]] == ["byline_date_cnn_style.txt", "same_event_tempo_style.txt"]
    gaza = next(d for d in group(briefings).dossiers if any("gaza" in b.source for b in d.briefings))
    assert gaza.same_event == ()  # days apart: a follow-up, not the same event


def test_dossier_slugs_and_titles_are_stable(briefings: tuple) -> None:
    first, second = group(briefings), group(tuple(reversed(briefings)))
    assert [(d.slug, d.title) for d in first.dossiers] == [(d.slug, d.title) for d in second.dossiers]


def test_dossiers_yml_pins_titles_moves_and_splits(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    shutil.copytree(ROOT / "seeds", folder)
    shutil.copy(FIXTURES / "clean_markdown.md", folder)
    (folder / "dossiers.yml").write_text(
        "- article: 004_3af88301f48234c4.txt\n  title: Poros Moskow-Pyongyang\n  add: [clean_markdown.md]\n"
        "- split: [000_194dfaba7863c989.txt]\n  title: Reaksi Washington\n",
        encoding="utf-8",
    )
    digest = group(extract_folder(folder).briefings, (), read_dossier_rules(folder))
    titles = {d.title: sorted(Path(b.source).name for b in (*d.briefings, *d.undated)) for d in digest.dossiers}
    assert titles["Reaksi Washington"] == ["000_194dfaba7863c989.txt"]
    assert "clean_markdown.md" in titles["Poros Moskow-Pyongyang"] and len(titles["Poros Moskow-Pyongyang"]) == 5
    assert {d.slug for d in digest.dossiers} == {"poros-moskow-pyongyang", "reaksi-washington"}


def test_a_sidecar_dossier_gathers_its_articles(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("agency_label_then_headline.txt", "clean_markdown.md"):
        shutil.copy(FIXTURES / name, folder)
    (folder / "agency_label_then_headline.yml").write_text("dossier: Pantauan Asia Tenggara\n")
    (folder / "clean_markdown.yml").write_text("dossier: Pantauan Asia Tenggara\n")
    digest = group(extract_folder(folder).briefings)
    assert [(d.title, len(d.briefings)) for d in digest.dossiers] == [("Pantauan Asia Tenggara", 2)]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- artikel: a.txt\n", "rule 1: unknown field 'artikel' (allowed: article, title, add, split)"),
        ("- article: a.txt\n  add: b.txt\n", "rule 1: 'add' must be a list of file names"),
        ("- title: Tanpa artikel\n", "rule 1: needs 'article' (the dossier that holds it) or 'split'"),
        ("article: a.txt\n", "must be a list of rules"),
    ],
)
def test_invalid_dossiers_yml_is_one_clear_error(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "dossiers.yml").write_text(text)
    with pytest.raises(ConfigError) as caught:
        read_dossier_rules(tmp_path)
    assert str(caught.value).startswith(f"{tmp_path / 'dossiers.yml'}: ") and message in str(caught.value)


def test_a_rebuild_cuts_chains_as_the_last_build_did_and_groups_as_a_clean_build(
    briefings: tuple, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from builder import group as grouping
    from builder.cache import PairStore

    store = PairStore(tmp_path)
    clean = group(briefings)
    group(briefings[:-5], store=store)  # the build before five more articles came
    cut: list[int] = []
    linkage = grouping._linkage_labels
    monkeypatch.setattr(
        grouping, "_linkage_labels", lambda members, *rest: cut.append(len(members)) or linkage(members, *rest)
    )
    again = group(briefings, store=store)
    assert _members(again) == _members(clean)
    assert [d.title for d in again.dossiers] == [d.title for d in clean.dossiers]
    cut.clear()
    same = group(briefings, store=store)
    assert cut == []  # every chain was cut before, none by linkage again
    assert _members(same) == _members(clean) and store.load().chains  # type: ignore[union-attr]


def test_a_file_dossiers_yml_names_that_is_not_in_the_folder_is_one_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from builder.cli import main

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text((FIXTURES / "agency_label_then_headline.txt").read_text(encoding="utf-8"))
    (folder / "dossiers.yml").write_text("- article: a.txt\n  title: Satu\n  add: [tidak-ada.txt, ../../etc/passwd]\n")
    code = main(["build", "--articles", str(folder), "--content", str(tmp_path / "content"), "--no-site",
                 "--cache", str(tmp_path / "cache")])  # fmt: skip
    lines = [line for line in capsys.readouterr().err.splitlines() if line.startswith("skipped:")]
    assert code == 0 and len(lines) == 2
    assert "'tidak-ada.txt' is no article file of the folder" in lines[0] and "dossiers.yml" in lines[0]
    assert "'../../etc/passwd'" in lines[1]
