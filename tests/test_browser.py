"""The built site in a real browser (Debian's Chromium driven by Playwright), and its MkDocs config.

Every test also records each request the browser makes and fails if one goes
to a host other than 127.0.0.1: the site must work with no outside network.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin, urlparse

import frontmatter
import pytest
from babel.dates import format_date

LOCAL_SCHEMES = {"data", "blob", "about", "chrome-error"}

REPO = Path(__file__).resolve().parent.parent


# ---- fixtures ---------------------------------------------------------------


class Visit:
    """A browser page plus every URL it (and its workers) requested."""

    def __init__(self, browser: object) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.requests: list[str] = []
        self.context.on("request", lambda request: self.requests.append(request.url))
        self.context.route("**/*", self._only_local)
        self.page = self.context.new_page()

    def outside(self) -> list[str]:
        """Requested URLs that point anywhere but 127.0.0.1 or the local disk."""
        return [url for url in self.requests if not _is_local(url)]

    def _only_local(self, route: object) -> None:
        if _is_local(route.request.url):
            route.continue_()
        else:
            route.abort()


@pytest.fixture()
def visit(browser: object) -> Iterator[Visit]:
    """A fresh browser context that records its requests and blocks outside ones."""
    session = Visit(browser)
    yield session
    session.context.close()


# ---- helpers ----------------------------------------------------------------


def _is_local(url: str) -> bool:
    parts = urlparse(url)
    if parts.scheme in LOCAL_SCHEMES or parts.scheme == "file":
        return True
    return parts.scheme in {"http", "https", "ws"} and parts.hostname == "127.0.0.1"


def _article_links(page: object, pattern: str) -> list[str]:
    hrefs = page.eval_on_selector_all("article a[href]", "links => links.map(a => a.href)")
    return [href for href in hrefs if re.search(pattern, href)]


def _dossier_links(page: object) -> list[str]:
    return [h for h in _article_links(page, r"/dossiers/[^/]+\.html") if not h.endswith("/index.html")]


def _briefing_front_matter(content: Path, url: str) -> dict:
    slug = urlparse(url).path.rsplit("/", 1)[-1].removesuffix(".html")
    return frontmatter.load(content / "briefings" / f"{slug}.md").metadata


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.match(r"\d{4}-\d{2}-\d{2}", value):
        return dt.date.fromisoformat(value[:10])
    return None


def _search(page: object, word: str) -> list[str]:
    """Type a word into the search box and return the result links.

    The search index loads in a worker after the page; a query typed before it
    is ready is not run, so type again until results come or time runs out.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    box = page.locator("input.md-search__input")
    box.click()
    results = page.locator(".md-search-result__item a")
    for _ in range(15):
        box.press_sequentially(word, delay=20)
        try:
            results.first.wait_for(timeout=1_000)
        except PlaywrightTimeout:
            box.fill("")
            continue
        return results.evaluate_all("links => links.map(a => a.href)")
    return []


def _indexed_text(markdown: str) -> str:
    """The part of a page search indexes: sections whose heading has data-search-exclude are left out."""
    kept, excluded = [], False
    for line in markdown.splitlines():
        if line.startswith("#"):
            excluded = "data-search-exclude" in line
        if not excluded:
            kept.append(line)
    return "\n".join(kept)


def _unique_word(content: Path) -> tuple[str, str]:
    """A long word that occurs in the indexed text of exactly one page, a briefing, and its slug."""
    owners: dict[str, set[Path]] = {}
    for path in sorted(content.rglob("*.md")):
        text = _indexed_text(frontmatter.load(path).content)
        for word in set(re.findall(r"[^\W\d_]{8,}", text.lower())):
            owners.setdefault(word, set()).add(path.relative_to(content))
    for word in sorted(owners, key=lambda w: (-len(w), w)):
        (owner, *others) = owners[word]
        if not others and owner.parts[0] == "briefings":
            return word, owner.stem
    pytest.fail("no word is unique to one briefing in the built content")


# ---- tests ------------------------------------------------------------------


@pytest.mark.browser
def test_home_shows_title_and_links_to_a_dossier(visit: Visit, served_site: str) -> None:
    page = visit.page
    page.goto(served_site)
    assert "Ikhtisar" in page.title()
    assert page.locator(".md-header__topic").first.inner_text().strip() == "Ikhtisar"
    assert page.locator("nav.md-nav--primary a", has_text="Dossier").count() >= 1
    assert _dossier_links(page), "the home page links to no dossier"
    assert visit.outside() == []


@pytest.mark.browser
def test_dossier_links_lead_to_briefings_with_dates_in_both_languages(
    visit: Visit, served_site: str, built_site: object
) -> None:
    page = visit.page
    page.goto(served_site)
    page.goto(_dossier_links(page)[0])
    briefings = list(dict.fromkeys(_article_links(page, r"/briefings/[^/]+\.html")))
    assert briefings, "the dossier links to no briefing"

    page.locator(f'article a[href$="{urlparse(briefings[0]).path.rsplit("/", 1)[-1]}"]').first.click()
    page.wait_for_url("**/briefings/*.html")
    assert page.locator("article h1").first.inner_text().strip()

    dated = 0
    for url in briefings:
        page.goto(url)
        headline = page.locator("article h1").first.inner_text().replace("¶", "").strip()
        assert len(headline) > 3, url
        date = _as_date(_briefing_front_matter(built_site.content, url).get("date"))
        if date is None:
            assert re.search(r"tanpa tanggal", page.locator("article").inner_text(), re.IGNORECASE), url
            continue
        dated += 1
        text = page.locator("article").inner_text()
        assert format_date(date, "d MMMM y", locale="id") in text, url
        assert format_date(date, "d MMMM y", locale="en") in text, url
    assert dated, "no briefing of the dossier shows a date"
    assert visit.outside() == []


@pytest.mark.browser
def test_search_finds_a_briefing_by_a_word_of_its_text(visit: Visit, served_site: str, built_site: object) -> None:
    word, slug = _unique_word(built_site.content)
    page = visit.page
    page.goto(served_site)
    hrefs = _search(page, word)
    assert any(f"/briefings/{slug}.html" in href for href in hrefs), (word, hrefs)
    assert visit.outside() == []


@pytest.mark.browser
def test_site_opened_from_disk_works_and_searches(visit: Visit, built_site: object) -> None:
    word, slug = _unique_word(built_site.content)
    page = visit.page
    page.goto((built_site.site / "index.html").as_uri())
    page.goto(_dossier_links(page)[0])
    assert page.url.startswith("file://") and page.url.endswith(".html")
    hrefs = _search(page, word)
    assert any(f"/briefings/{slug}.html" in href for href in hrefs), (word, hrefs)
    assert visit.outside() == []


@pytest.mark.browser
def test_every_kind_of_page_loads_only_local_resources(visit: Visit, served_site: str) -> None:
    page = visit.page
    page.goto(served_site)
    dossier = _dossier_links(page)[0]
    page.goto(dossier)
    briefing = _article_links(page, r"/briefings/[^/]+\.html")[0]
    for url in [
        served_site,
        urljoin(served_site, "dossiers/index.html"),
        dossier,
        briefing,
        urljoin(served_site, "about.html"),
        urljoin(served_site, "404.html"),
    ]:
        page.goto(url)
        page.wait_for_load_state("networkidle")
    page.locator("form[data-md-component=palette] label:visible").first.click()  # switch the palette
    assert len(visit.requests) > 10
    assert visit.outside() == []


@pytest.mark.browser
def test_print_hides_site_chrome(visit: Visit, served_site: str) -> None:
    page = visit.page
    page.goto(served_site)
    page.goto(_dossier_links(page)[0])
    assert page.locator(".md-header").is_visible()
    page.emulate_media(media="print")
    for chrome in [".md-header", ".md-sidebar--primary", ".md-footer"]:
        assert not page.locator(chrome).first.is_visible(), chrome
    assert page.locator("article h1").first.is_visible()
    assert len(page.pdf(format="A4")) > 1000
    assert visit.outside() == []


@pytest.mark.browser
def test_screenshot_of_a_briefing(visit: Visit, served_site: str, tmp_path: Path) -> None:
    page = visit.page
    page.goto(served_site)
    page.goto(_dossier_links(page)[0])
    page.goto(_article_links(page, r"/briefings/[^/]+\.html")[0])
    shot = tmp_path / "briefing.png"
    page.screenshot(path=str(shot), full_page=True)
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000
    assert visit.outside() == []


# ---- the site configuration, without a browser -------------------------------


def test_content_builds_with_mkdocs_strict(built_site: object, tmp_path: Path) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(
        config_file=str(REPO / "mkdocs.yml"),
        docs_dir=str(built_site.content),
        site_dir=str(tmp_path / "site"),
        strict=True,
    )
    build(config)  # raises mkdocs.exceptions.Abort on any warning
    assert (tmp_path / "site" / "index.html").is_file()
    assert not (tmp_path / "site" / "index").exists(), "use_directory_urls must stay off"


def test_site_html_loads_nothing_from_another_host(built_site: object) -> None:
    """Scripts, stylesheets, images and frames all come from the site itself (links may point out)."""
    tag = re.compile(r"<(?:script|link|img|iframe|source|video|audio)\b[^>]*>", re.IGNORECASE)
    outside = re.compile(r"""\b(?:src|href|srcset)\s*=\s*["']?(?:https?:)?//""", re.IGNORECASE)
    found = [
        (page.relative_to(built_site.site).as_posix(), element)
        for page in sorted(built_site.site.rglob("*.html"))
        for element in tag.findall(page.read_text(encoding="utf-8"))
        if outside.search(element)
    ]
    assert found == []


def _build_sample(content: Path, site: Path) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    build(load_config(config_file=str(REPO / "mkdocs.yml"), docs_dir=str(content), site_dir=str(site), strict=True))


def test_theme_header_nav_and_badges_on_hand_written_content(tmp_path: Path) -> None:
    """No actors page: no Aktor nav entry. Front matter (as the builder writes it) drives dates and badges."""
    pages = {
        "index.md": "# Ikhtisar\n\n[Dossier](dossiers/index.md)\n",
        "about.md": "# Tentang\n\nSitus percobaan.\n",
        "dossiers/index.md": "# Dossier\n\n- [Pelabuhan](../briefings/pelabuhan.md)\n"
        "- [Rapat](../briefings/rapat.md)\n",
        "briefings/pelabuhan.md": (
            "---\ntitle: Pelabuhan baru dibuka\nheadline_derived: false\ndate: 2024-06-20\n"
            "date_id: Kamis, 20 Juni 2024\ndate_en: Thursday, 20 June 2024\ntime: '09:15'\n"
            "zone: WIB\nundated: false\noutlet: Contoh.com\nauthor: Budi <i>& Ani</i>\ndateline: MAKASSAR\n---\n"
            "# Pelabuhan baru dibuka\n\nPemerintah membuka pelabuhan baru.\n"
        ),
        "briefings/rapat.md": (
            "---\ntitle: Para menteri bertemu\nheadline_derived: true\ndate: null\nundated: true\n---\n"
            "# Para menteri bertemu\n\nPara menteri bertemu membahas kawasan.\n"
        ),
    }
    content, site = tmp_path / "content", tmp_path / "site"
    for name, text in pages.items():
        (content / name).parent.mkdir(parents=True, exist_ok=True)
        (content / name).write_text(text, encoding="utf-8")
    _build_sample(content, site)

    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="dossiers/index.html"' in home and "actors/index.html" not in home
    dated = (site / "briefings" / "pelabuhan.html").read_text(encoding="utf-8")
    assert ">Kamis, 20 Juni 2024</time>" in dated and "Thursday, 20 June 2024" in dated
    assert "09:15 WIB" in dated and "MAKASSAR" in dated and "Contoh.com" in dated
    assert "Budi &lt;i&gt;&amp; Ani&lt;/i&gt;" in dated and "<i>& Ani" not in dated
    assert "ikh-badge--undated" not in dated and "ikh-badge--derived" not in dated
    assert dated.index("</h1>") < dated.index('class="ikh-meta"') < dated.index("Pemerintah membuka")
    undated = (site / "briefings" / "rapat.html").read_text(encoding="utf-8")
    assert "ikh-badge--undated" in undated and "ikh-badge--derived" in undated
    assert "<time" not in undated
