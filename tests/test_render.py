"""Rendering: article text is shown as text, front matter survives any headline, output is stable."""

import datetime as dt

import frontmatter
import markdown
import pytest

from builder.model import Actor, Block, Briefing, DateStamp, Quote
from builder.render import escape, render_briefing


def _briefing(headline: str, text: str, date: DateStamp | None = None) -> Briefing:
    return Briefing(
        source="seeds/contoh.txt",
        slug="contoh",
        headline=headline,
        headline_derived=False,
        outlet="Contoh.com",
        author=None,
        dateline="Jakarta",
        date=date,
        lead=text,
        body=(Block("paragraph", text), Block("subheading", "Sub *judul*"), Block("paragraph", text)),
        actors=(Actor("Japan", "country", "Japan", ("Jepang",), 2),),
        quotes=(Quote("Kami <b>siap</b>", "Japan", True),),
    )


HOSTILE = [
    "<script>alert('x')</script> dan <img src=x onerror=alert(1)>",
    "{{ config.secret }} {% include 'x' %} {#",
    "**tebal** _miring_ [tautan](javascript:alert(1)) `kode` # bukan judul",
    "- bukan daftar | bukan | tabel |",
    "1. bukan daftar bernomor",
    "> bukan kutipan",
    "&amp; &lt;b&gt; ~~coret~~ ![gambar](x.png) <!-- komentar -->",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_article_text_renders_as_the_same_text(text: str) -> None:
    html = markdown.markdown(escape(text), extensions=["tables", "attr_list", "md_in_html"])
    assert "<script" not in html and "<img" not in html and "<a " not in html and "<strong" not in html
    assert "<code" not in html and "<h1" not in html and "<li" not in html and "<table" not in html
    plain = html.removeprefix("<p>").removesuffix("</p>")
    assert plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") == text


@pytest.mark.parametrize(
    "headline", ['Judul: "kutip" #1 & @user', "- daftar: [a, b] {c}", "'; DROP TABLE --", "Judul\u2028baru"]
)
def test_front_matter_round_trips_any_headline(headline: str) -> None:
    page = render_briefing(_briefing(headline, "Teks biasa."))
    assert frontmatter.loads(page).metadata["headline"] == headline


def test_briefing_shows_both_date_languages_and_time_zone() -> None:
    page = render_briefing(_briefing("Judul", "Teks.", DateStamp(dt.date(2024, 6, 20), "20:42", "WIB")))
    meta = frontmatter.loads(page).metadata
    assert (meta["date_id"], meta["date_en"], meta["time"], meta["zone"]) == (
        "Kamis, 20 Juni 2024",
        "Thursday, 20 June 2024",
        "20:42",
        "WIB",
    )
    # the theme draws these fields under the headline; tests/test_browser.py checks the rendered page


def test_undated_briefing_is_flagged_on_the_page() -> None:
    page = render_briefing(_briefing("Judul", "Teks."))
    meta = frontmatter.loads(page).metadata
    assert meta["undated"] is True and meta["date"] is None and meta["date_id"] is None


def test_subheadings_stay_subheadings() -> None:
    page = render_briefing(_briefing("Judul", "Teks."))
    assert "### Sub \\*judul\\*" in page


def test_a_big_dossier_page_is_summarized_but_keeps_its_whole_timeline() -> None:
    from dataclasses import replace

    from builder.model import Dossier
    from builder.render import BIG_DOSSIER, QUOTES_PER_SPEAKER_IN_BIG, render_dossier

    stamp = DateStamp(dt.date(2024, 6, 20))
    members = tuple(
        replace(_briefing(f"Judul {n}", "Teks.", stamp), source=f"a{n:04d}.txt", slug=f"judul-{n}")
        for n in range(BIG_DOSSIER + 1)
    )
    page = render_dossier(Dossier("besar", "Besar", members, (), (Actor("Japan", "country", "Japan", ("Jepang",), 9),)))
    assert page.count("> “Kami &lt;b&gt;siap&lt;/b&gt;”") == QUOTES_PER_SPEAKER_IN_BIG
    assert f"… {BIG_DOSSIER + 1 - QUOTES_PER_SPEAKER_IN_BIG} kutipan lain di halaman" in page
    assert page.count("](../briefings/judul-") >= BIG_DOSSIER + 1
