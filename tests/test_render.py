"""Rendering: article text is shown as text, front matter survives any headline, output is stable."""

import datetime as dt
from html import unescape

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


@pytest.mark.parametrize("text", ['!!! danger "Bahaya"\n    isi kotak', "??? note", "/// tab"])
def test_blocks_of_the_site_s_markdown_extensions_stay_text(text: str) -> None:
    """Admonitions, details and blocks of the site's extensions ("!!! danger") are words of the article."""
    html = markdown.markdown(escape(text), extensions=["admonition", "pymdownx.details", "pymdownx.blocks.tab"])
    assert "admonition" not in html and "<details" not in html and "tabbed" not in html
    assert unescape(html).startswith("<p>" + text.split("\n")[0])  # shown as written


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


def _digest(count: int, *, headline_of_first: str = "Judul 0"):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from builder.group import group

    briefings = [
        replace(
            _briefing(
                headline_of_first if n == 0 else f"Judul {n}",
                f"Teks nomor {n}.",
                DateStamp(dt.date(2024, 1, 1) + dt.timedelta(days=n)),
            ),
            source=f"a{n:04d}.txt",
            slug=f"judul-{n}",
        )
        for n in range(count)
    ]
    return group(briefings)


def test_an_actor_page_lists_the_newest_briefings_and_where_the_older_ones_are() -> None:
    from builder.render import NEWEST_ON_ACTOR_PAGE, render_sources

    digest = _digest(NEWEST_ON_ACTOR_PAGE + 10)
    page = render_sources(digest)["actors/japan.md"].make()
    listed = [line for line in page.splitlines() if line.startswith("- ") and "](../briefings/" in line]
    assert len(listed) == NEWEST_ON_ACTOR_PAGE
    assert f"Disebut dalam {NEWEST_ON_ACTOR_PAGE + 10} briefing" in page
    assert "](../briefings/judul-59.md)" in page and "](../briefings/judul-9.md)" not in page
    assert "10 yang lebih lama ada di dossier berikut" in page
    assert "](../dossiers/" in page.split("ada di dossier berikut")[1]
    assert "… dan 10 kutipan yang lebih lama" in page


def test_a_changed_briefing_changes_the_keys_of_the_pages_showing_it_and_no_others() -> None:
    from builder.render import render_sources

    before = render_sources(_digest(4))
    after = render_sources(_digest(4, headline_of_first="Judul baru"))
    changed = {path for path in before if before[path].key != after[path].key}
    assert "briefings/judul-0.md" in changed and "actors/japan.md" in changed
    assert "briefings/judul-1.md" not in changed
    assert all(path in changed for path in before if path.startswith("dossiers/") and "judul-0" in before[path].make())
    unkeyed = {path for path, source in before.items() if source.key is None}
    assert {"index.md", "report.md", "feed.xml"} <= unkeyed
    for path, source in before.items():  # a key that did not change stands for the same text
        if path not in changed and source.key is not None:
            assert source.make() == after[path].make(), path


def test_counts_are_written_as_each_language_writes_numbers() -> None:
    from builder.render import format_number, render_sources

    assert (format_number(2270, "id"), format_number(2270, "en"), format_number(7, "id")) == ("2.270", "2,270", "7")
    pages = render_sources(_digest(3))
    assert "Disebut dalam 3 briefing" in pages["actors/japan.md"].make()


def test_an_institution_known_by_its_canonical_name_only_is_shown_by_its_indonesian_name() -> None:
    from builder.model import Actor
    from builder.render import _display_name

    ministry = Actor(
        "Ministry of Foreign Affairs of Indonesia",
        "organization",
        "Ministry of Foreign Affairs of Indonesia",
        ("Kemlu",),
        2,
    )
    assert _display_name(ministry, "id") == "Kementerian Luar Negeri Indonesia"
    assert _display_name(ministry, "en") == "Ministry of Foreign Affairs of Indonesia"
