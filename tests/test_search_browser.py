"""Indonesian search in a real browser: Debian's Chromium, driven by Playwright, types into Material's search box.

Two sites: the seed site (tests/conftest.py `served_site`) and a small site
built here from short articles written for these tests, whose leads carry the
inflected forms the stemmer must connect and different names of one country.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from helpers import load_script, run_build

pytestmark = pytest.mark.browser  # the `browser` fixture (conftest.py) skips when Chromium is absent

# Articles in the shape of saved news pages: headline, then paragraphs,
# the first (the lead) opening with outlet and dateline.
ARTICLES = {
    "kapal.txt": (
        "Kapal Patroli Diserang di Perairan Sengketa",
        "Harian Contoh, MANILA - Sebuah kapal patroli penjaga pantai diserang kelompok bersenjata"
        " di perairan sengketa pada Selasa malam, kata juru bicara angkatan laut.",
        "Tidak ada awak kapal yang terluka dalam kejadian itu, menurut pernyataan resmi.",
        '"Kami mengecam tindakan yang membahayakan keselamatan pelaut," kata juru bicara tersebut.',
    ),
    "anggaran.txt": (
        "Parlemen Setujui Anggaran Persenjataan Baru",
        "Warta Contoh, CANBERRA - Parlemen menyetujui anggaran persenjataan baru untuk angkatan laut"
        " pada Kamis setelah perdebatan panjang.",
        "Anggaran itu mencakup pembelian kapal selam dan sistem pertahanan udara.",
    ),
    "banjir.txt": (
        "Banjir Rendam Ratusan Rumah di Ibu Kota",
        "Kabar Contoh, DHAKA - Hujan deras sejak Senin merendam ratusan rumah di ibu kota,"
        " kata badan penanggulangan bencana setempat.",
        "Pemerintah membuka tempat pengungsian di sekolah-sekolah.",
    ),
    "rudal.txt": (
        "Uji Coba Rudal Balistik di Semenanjung",
        "Kabar Contoh, TOKYO - Korea Utara meluncurkan dua rudal balistik ke arah laut pada Rabu pagi,"
        " kata kementerian pertahanan setempat.",
        "Rudal itu jatuh di luar zona ekonomi eksklusif.",
    ),
    "perundingan.txt": (
        "Utusan Khusus Tiba untuk Perundingan Nuklir",
        "Warta Contoh, JENEWA - Delegasi DPRK tiba untuk perundingan nuklir putaran kedua pada Jumat,"
        " kata seorang diplomat.",
        "Perundingan dijadwalkan berlangsung tiga hari.",
    ),
    "pemilu.txt": (
        "Pemilu Parlemen Digelar Serentak",
        "Harian Contoh, SEOUL - Warga Korea Selatan memberikan suara dalam pemilu parlemen pada Rabu,"
        " kata komisi pemilihan.",
        "Hasil resmi diumumkan pekan depan.",
    ),
}


# ---- fixtures ---------------------------------------------------------------


class Visit:
    """A browser context that lets only 127.0.0.1 (and file://) through and records the rest."""

    def __init__(self, browser: Any) -> None:
        self.context = browser.new_context()
        self.page = self.context.new_page()
        self.blocked: list[str] = []
        self.context.route("**/*", self._only_local)

    def _only_local(self, route: Any) -> None:
        url = route.request.url
        if urlsplit(url).scheme in ("file", "data", "blob") or urlsplit(url).hostname == "127.0.0.1":
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()


@pytest.fixture
def visit(browser: Any) -> Iterator[Visit]:
    visit = Visit(browser)
    try:
        yield visit
    finally:
        visit.context.close()


@pytest.fixture(scope="module")
def own_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The ARTICLES built into a site and served on 127.0.0.1: (base URL, content dir)."""
    root = tmp_path_factory.mktemp("search-own")
    articles = root / "articles"
    articles.mkdir()
    for name, (headline, *paragraphs) in ARTICLES.items():
        (articles / name).write_text(headline + "\n\n" + "\n".join(paragraphs) + "\n", "utf-8")
    content, site = root / "content", root / "site"
    done = run_build(articles, content, site, "--no-pdf", "--no-cache")
    if done.returncode != 0:
        pytest.fail(f"builder build exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    with load_script("bench/search.py").serve(site) as base:
        yield base, content


# ---- helpers ------------------------------------------------------------


def _search(page: Any, query: str) -> list[str]:
    """Type a query into Material's search box; the paths of all result pages, best first.

    The index is built in a worker after the page loads and a query typed
    before it is ready is not run, so type again until results come.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    box = page.locator("input.md-search__input")
    box.click()
    items = page.locator(".md-search-result__item")
    for _ in range(20):
        box.fill("")
        box.press_sequentially(query, delay=15)
        try:
            items.first.wait_for(timeout=1_500)
        except PlaywrightTimeout:
            continue
        return _settled_result_paths(page)
    return []


def _settled_result_paths(page: Any) -> list[str]:
    """Results shown while typing belong to the letters typed so far: read until two readings agree."""
    found = _all_result_paths(page)
    for _ in range(10):
        page.wait_for_timeout(250)
        again = _all_result_paths(page)
        if again == found:
            return found
        found = again
    return found


def _all_result_paths(page: Any) -> list[str]:
    """Scroll the result list until Material has rendered as many pages as its count line says."""
    meta = page.locator(".md-search-result__meta").inner_text()
    wanted = int(re.search(r"\d+", meta)[0]) if re.search(r"\d+", meta) else 1
    items = page.locator(".md-search-result__item")
    for _ in range(50):
        if items.count() >= wanted:
            break
        page.locator(".md-search__scrollwrap").evaluate("element => element.scrollTo(0, element.scrollHeight)")
        page.wait_for_timeout(100)
    links = page.locator(".md-search-result__item > a.md-search-result__link")
    paths = [urlsplit(href).path.lstrip("/") for href in links.evaluate_all("a => a.map(x => x.href)")]
    return list(dict.fromkeys(paths))  # in Material's order, best first


def _indexed_briefings_saying(site_index: dict[str, Any], word: str) -> set[str]:
    """Briefing pages whose indexed text has `word` as a whole word."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.IGNORECASE)
    return {
        doc["location"].split("#")[0]
        for doc in site_index["docs"]
        if doc["location"].startswith("briefings/") and pattern.search(doc["title"] + " " + doc["text"])
    }


def _briefing_saying(content: Path, word: str) -> str:
    pages = [p for p in (content / "briefings").glob("*.md") if re.search(rf"\b{word}\b", p.read_text("utf-8"))]
    assert len(pages) == 1, (word, pages)
    return f"briefings/{pages[0].stem}.html"


# ---- tests on the site of the three articles --------------------------------


def test_serang_finds_the_briefing_that_says_diserang(visit: Visit, own_site: tuple[str, Path]) -> None:
    base, content = own_site
    visit.page.goto(base)
    found = _search(visit.page, "serang")
    assert _briefing_saying(content, "diserang") in found, found
    assert visit.blocked == []


def test_an_inflected_query_finds_other_forms(visit: Visit, own_site: tuple[str, Path]) -> None:
    base, content = own_site
    visit.page.goto(base)
    assert _briefing_saying(content, "diserang") in _search(visit.page, "menyerang")
    found = _search(visit.page, "senjata")
    assert {_briefing_saying(content, "persenjataan"), _briefing_saying(content, "bersenjata")} <= set(found), found
    assert _briefing_saying(content, "diserang") in _search(visit.page, "persenjataan")
    assert _briefing_saying(content, "Banjir") not in found
    assert visit.blocked == []


def test_a_result_found_through_its_stem_lists_no_missing_term(visit: Visit, own_site: tuple[str, Path]) -> None:
    base, _ = own_site
    visit.page.goto(base)
    assert _search(visit.page, "menyerang")
    assert visit.page.locator(".md-search-result__terms").count() == 0


def test_any_name_of_a_country_finds_briefings_using_another(visit: Visit, own_site: tuple[str, Path]) -> None:
    """One lead says "Korea Utara", another "DPRK"; neither says "Korut" or "Pyongyang"."""
    base, content = own_site
    visit.page.goto(base)
    north = {_briefing_saying(content, "meluncurkan"), _briefing_saying(content, "Delegasi")}
    south = _briefing_saying(content, "Warga")
    for query in ("Korut", "Pyongyang", "Korea Utara", "DPRK", "North Korea"):
        found = _search(visit.page, query)
        assert north <= set(found), (query, found)
        assert south not in found, (query, found)
    assert visit.page.locator(".md-search-result__terms").count() == 0  # no "missing" term under a result
    assert visit.blocked == []


# ---- tests on the seed site -----------------------------------------------------


def test_seed_briefings_saying_diserang_or_persenjataan_are_found_by_their_root(
    visit: Visit, served_site: str, built_site: Any
) -> None:
    index = json.loads((built_site.site / "search" / "search_index.json").read_text("utf-8"))
    cases = [("serang", _indexed_briefings_saying(index, "diserang"))]
    cases += [("senjata", _indexed_briefings_saying(index, w)) for w in ("persenjataan", "bersenjata")]
    cases = [(query, pages) for query, pages in cases if pages]
    if not cases:
        pytest.skip("no indexed seed briefing says diserang, persenjataan or bersenjata")
    visit.page.goto(served_site)
    for query, pages in cases:
        found = _search(visit.page, query)
        assert pages <= set(found), (query, pages - set(found))
    assert visit.blocked == []


def test_an_alias_finds_the_actor_page(visit: Visit, served_site: str) -> None:
    visit.page.goto(served_site)
    for alias in ("Korut", "Korea Utara"):
        assert "actors/north-korea.html" in _search(visit.page, alias), alias
    assert visit.blocked == []


def test_an_alias_no_article_uses_finds_the_actor_page(visit: Visit, served_site: str) -> None:
    """The gazetteer's other names of an actor are on its page: RDRK appears in no seed article."""
    visit.page.goto(served_site)
    assert "actors/north-korea.html" in _search(visit.page, "RDRK")
    assert visit.blocked == []


def test_an_english_name_finds_the_actor_page(visit: Visit, served_site: str) -> None:
    visit.page.goto(served_site)
    found = _search(visit.page, "North Korea")
    assert found[:1] == ["actors/north-korea.html"], found
    assert visit.blocked == []


def test_search_loads_the_indonesian_plugin_from_the_site_itself(visit: Visit, served_site: str) -> None:
    requested: list[str] = []
    visit.page.on("request", lambda request: requested.append(request.url))
    visit.page.goto(served_site)
    assert _search(visit.page, "Korut")
    scripts = [urlsplit(url).path for url in requested if "/lunr/" in url]
    assert "/assets/javascripts/lunr/min/lunr.id.min.js" in scripts, scripts
    assert all(urlsplit(url).hostname == "127.0.0.1" for url in requested), requested
    assert visit.blocked == []
