"""Indonesian site search: the Lunr plugin `lunr.id` against PySastrawi, its data, and the index it serves.

The plugin runs in Node inside Material's own search worker (bench/search.py
WORKER_HARNESS), over the built seed site and over small indexes written here.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import frontmatter
import pytest
from helpers import load_script
from hypothesis import given
from hypothesis import strategies as st

from builder import search
from builder.lexicon import load

REPO = Path(__file__).resolve().parent.parent
PLUGIN = REPO / "theme" / "assets" / "javascripts" / "lunr" / "min" / "lunr.id.min.js"
MATERIAL_JS = Path(__import__("material").__file__).parent / "templates" / "assets" / "javascripts"
AGREEMENT_FLOOR = 0.995  # share of article words the plugin stems exactly as PySastrawi (measured: 1.0)
CORPUS_ARTICLES = 400  # generated articles (bench/corpus.py) added to seeds/ and tests/fixtures/articles/
BRIEFING_BUDGET = 2048  # bytes of search index per briefing (its own page's entries)

needs_node = pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")

# Stems one word per line of stdin with the plugin, loaded into Material's worker's Lunr.
_STEM_JS = r"""
const fs = require("fs"), vm = require("vm"), path = require("path");
const [material, plugin] = process.argv.slice(1);
const context = { console };
context.self = context;
vm.createContext(context);
context.addEventListener = () => {};
const workers = path.join(material, "workers");
const worker = fs.readdirSync(workers).find(name => /^search\..*\.min\.js$/.test(name));
vm.runInContext(fs.readFileSync(path.join(workers, worker), "utf8"), context);
vm.runInContext(fs.readFileSync(path.join(material, "lunr/min/lunr.stemmer.support.min.js"), "utf8"), context);
vm.runInContext(fs.readFileSync(plugin, "utf8"), context);
const words = JSON.parse(fs.readFileSync(0, "utf8"));
process.stdout.write(JSON.stringify(words.map(word => context.lunr.id.stemWord(word))));
"""


def _bench() -> ModuleType:
    return load_script("bench/search.py")


def _corpus() -> ModuleType:
    return load_script("bench/corpus.py")


def _js_stems(words: list[str]) -> list[str]:
    done = subprocess.run(
        ["node", "-e", _STEM_JS, str(MATERIAL_JS), str(PLUGIN)],
        input=json.dumps(words), capture_output=True, text=True, check=True, timeout=300,
    )  # fmt: skip
    return json.loads(done.stdout)


@cache
def _reference() -> Any:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


def _article_words() -> list[str]:
    """Distinct words of the seed, fixture and generated articles, as PySastrawi's normalizer cuts them."""
    paths = sorted((REPO / "seeds").glob("*.txt")) + sorted((REPO / "tests" / "fixtures" / "articles").glob("*"))
    texts = [path.read_text("utf-8", errors="replace") for path in paths]
    texts += [text for _, text in _corpus().generate(CORPUS_ARTICLES)]
    return sorted({word for text in texts for word in re.findall(r"[a-z0-9-]+", text.lower())})


# ---- the stemmer --------------------------------------------------------


@needs_node
def test_stemmer_agrees_with_pysastrawi_on_article_words() -> None:
    words = _article_words()
    assert len(words) >= 3000
    stems = _js_stems(words)
    reference = _reference()
    disagreements = [(w, s, reference.stem(w)) for w, s in zip(words, stems, strict=True) if s != reference.stem(w)]
    agreement = 1 - len(disagreements) / len(words)
    print(f"\nlunr.id vs PySastrawi: {agreement:.2%} of {len(words)} article words stemmed alike")
    assert agreement >= AGREEMENT_FLOOR, disagreements[:20]


@needs_node
def test_stemmer_finds_roots_through_prefixes_suffixes_and_sound_changes() -> None:
    expected = {
        "diserang": "serang",
        "menyerang": "serang",  # meny- -> s
        "serangan": "serang",
        "penyerangan": "serang",  # peny- -> s, -an
        "persenjataan": "senjata",
        "bersenjata": "senjata",
        "memperingatkan": "ingat",
        "memukul": "pukul",  # mem- -> p
        "menuduh": "tuduh",  # men- -> t
        "mengirimkan": "kirim",  # meng- + -kan
        "mengecam": "kecam",  # meng- -> k
        "ditangani": "tangan",  # di- -i
        "menduduki": "duduk",
        "mempengaruhi": "pengaruh",  # mempe- -> pe-
        "perundingan": "runding",  # per- -an
        "kebijakannya": "bijak",  # ke- -an -nya
        "perdamaian": "damai",
        "bacalah": "baca",  # particle -lah
        "sekutu-sekutunya": "sekutu",  # reduplication with -nya
        "korut": "korut",  # no root in the dictionary: left as it is
    }
    words = list(expected)
    assert dict(zip(words, _js_stems(words), strict=True)) == expected
    assert {word: _reference().stem(word) for word in words} == expected


@needs_node
def test_words_outside_pysastrawis_alphabet_are_left_alone() -> None:
    assert _js_stems(["mengecam's", "éditions", "2024"]) == ["mengecam's", "éditions", "2024"]


# ---- the plugin's data ------------------------------------------------------


def test_data_block_is_current() -> None:
    assert search.main(["--check"]) == 0, "run: .venv/bin/python -m builder.search"


@given(st.sets(st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=30)))
def test_packed_words_unpack_to_the_same_words(words: set[str]) -> None:
    ordered = sorted(words)
    assert search.unpack_words(search.pack_words(ordered)) == ordered


def test_plugin_carries_sastrawis_dictionary_and_stop_words() -> None:
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    text = PLUGIN.read_text("utf-8")
    roots = json.loads(re.search(r"rootWords: (\".*\")", text)[1])
    stops = json.loads(re.search(r"stopWords: (\".*\")", text)[1]).split(" ")
    assert set(search.unpack_words(roots)) == set(search.root_words())
    assert len(search.root_words()) > 29_000
    sastrawi = set(StopWordRemoverFactory().get_stop_words())
    keep = set(load("search")["keep"])
    assert keep <= sastrawi, keep - sastrawi  # each kept word is one Sastrawi would drop
    assert set(stops) == sastrawi - keep
    assert len(PLUGIN.read_bytes()) < 180_000  # about 131 KB of Sastrawi data, 29 KB of entity names


# ---- the site ---------------------------------------------------------------


def _index(site: Path) -> dict[str, Any]:
    return json.loads((site / "search" / "search_index.json").read_text("utf-8"))


def test_site_searches_in_indonesian_with_the_themes_plugin(built_site: Any) -> None:
    config = _index(built_site.site)["config"]
    assert config["lang"] == ["id"]
    assert set(config["pipeline"]) == {"trimmer", "stopWordFilter", "stemmer"}
    shipped = built_site.site / "assets" / "javascripts" / "lunr" / "min" / "lunr.id.min.js"
    assert shipped.read_bytes() == PLUGIN.read_bytes()
    english = built_site.site / "en" / "search" / "search_index.json"
    if english.is_file():  # the English mirror keeps Material's English search
        assert json.loads(english.read_text("utf-8"))["config"]["lang"] == ["en"]


def _pages(result: dict[str, Any]) -> list[set[str]]:
    return [{location.split("#")[0] for location, _, _ in answer["items"]} for answer in result["results"]]


def _briefings_naming(content: Path, actor_slug: str, form: str | None = None) -> set[str]:
    """Briefing pages that link to an actor's page (and whose text uses `form` for it, if given)."""
    pages = set()
    for path in (content / "briefings").glob("*.md"):
        page = frontmatter.load(path)
        if f"../actors/{actor_slug}.md" not in page.content:
            continue
        forms = {f.lower() for actor in page.get("actors", []) for f in actor.get("forms", [])}
        if form is None or form.lower() in forms:
            pages.add(f"briefings/{path.stem}.html")
    return pages


@needs_node
def test_an_actor_is_found_by_any_of_its_names(built_site: Any) -> None:
    page = frontmatter.load(built_site.content / "actors" / "north-korea.md")
    assert {"Korut", "Korea Utara"} <= set(page["aliases"]) | {page["title"]}
    every = _briefings_naming(built_site.content, "north-korea")
    assert len(every) >= 3
    queries = ["Korut", "Korea Utara", "North Korea"]
    found = dict(zip(queries, _pages(_bench().node_search(built_site.site, queries)), strict=True))
    for query, pages in found.items():
        assert "actors/north-korea.html" in pages, query
    korut = _briefings_naming(built_site.content, "north-korea", "Korut")
    assert korut and korut <= found["Korut"], korut - found["Korut"]
    assert every <= found["Korea Utara"], every - found["Korea Utara"]  # the actor's name, on every briefing
    assert every <= found["North Korea"], every - found["North Korea"]  # through the shared word "Korea"


@needs_node
def test_every_name_of_an_actor_finds_every_briefing_naming_it(built_site: Any) -> None:
    queries = ["Korut", "DPRK", "Pyongyang", "Japan"]
    slugs = ["north-korea", "north-korea", "north-korea", "japan"]
    for query, slug, pages in zip(queries, slugs, _pages(_bench().node_search(built_site.site, queries)), strict=True):
        missing = _briefings_naming(built_site.content, slug) - pages
        assert not missing, (query, missing)


def test_briefing_entries_fit_the_budget(built_site: Any) -> None:
    """The index entries a briefing brings, once the sections bench/search.py LEAN names are left out."""
    figures = _bench().index_figures(_bench().lean_index(_index(built_site.site)))
    per_briefing = figures.by_kind["briefings"] / figures.briefings
    print(f"\nsearch index: {per_briefing:,.0f} B per briefing page (lean), seeds")
    assert figures.briefings == len(list((built_site.content / "briefings").glob("*.md")))
    assert per_briefing <= BRIEFING_BUDGET


def test_index_leaves_out_article_text_and_copies(built_site: Any) -> None:
    index = _index(built_site.site)
    assert index == _bench().lean_index(index)


# ---- Material's worker with the plugin, on documents written here ----------

_DOCS = [
    ("kapal.html", "Kapal patroli diserang di perairan sengketa",
     "<p>Sebuah kapal patroli diserang kelompok bersenjata pada Selasa malam.</p>"),
    ("anggaran.html", "Parlemen bahas anggaran persenjataan",
     "<p>Parlemen membahas anggaran persenjataan baru untuk angkatan laut.</p>"),
    ("sanksi.html", "Uni Eropa perpanjang sanksi",
     "<p>The council extended the sanctions for another six months, kata juru bicara.</p>"),
    ("cuaca.html", "Banjir melanda ibu kota", "<p>Hujan deras sejak Senin merendam ratusan rumah.</p>"),
]  # fmt: skip


def _search_own_docs(site: Path, tmp_path: Path, queries: list[str], **config: Any) -> list[set[str]]:
    index = _index(site)
    docs = [{"location": location, "title": title, "text": text} for location, title, text in _DOCS]
    path = tmp_path / "index.json"
    path.write_text(json.dumps({"config": {**index["config"], **config}, "docs": docs}), "utf-8")
    return _pages(_bench().node_search(site, queries, path))


@needs_node
def test_words_find_other_forms_of_their_root(built_site: Any, tmp_path: Path) -> None:
    queries = ["serang", "menyerang", "diser", "+penyerangan", "senjata", "persenjataan", "Serangan kapal"]
    found = _search_own_docs(built_site.site, tmp_path, queries)
    assert dict(zip(queries, found, strict=True)) == {
        "serang": {"kapal.html"},
        "menyerang": {"kapal.html"},  # the query is stemmed too
        "diser": {"kapal.html"},  # half typed: the original word is indexed next to its stem
        "+penyerangan": {"kapal.html"},
        "senjata": {"kapal.html", "anggaran.html"},
        "persenjataan": {"kapal.html", "anggaran.html"},
        "Serangan kapal": {"kapal.html"},
    }


@needs_node
def test_english_words_are_found_as_typed_and_by_their_beginning(built_site: Any, tmp_path: Path) -> None:
    found = _search_own_docs(built_site.site, tmp_path, ["sanctions", "sanction", "council"])
    assert found == [{"sanksi.html"}] * 3


@needs_node
def test_a_stemmed_match_is_not_reported_as_a_missing_term(built_site: Any, tmp_path: Path) -> None:
    index = _index(built_site.site)
    docs = [{"location": location, "title": title, "text": text} for location, title, text in _DOCS]
    path = tmp_path / "index.json"
    path.write_text(json.dumps({"config": index["config"], "docs": docs}), "utf-8")
    (answer,) = _bench().node_search(built_site.site, ["menyerang"], path)["results"]
    terms = [terms for _, _, terms in answer["items"]]
    assert terms and all(all(terms.values()) for terms in terms), terms


@needs_node
def test_without_the_stemmer_words_are_searched_as_typed(built_site: Any, tmp_path: Path) -> None:
    plain = _search_own_docs(built_site.site, tmp_path, ["serang", "menyerang"], pipeline=["trimmer"])
    english = _search_own_docs(built_site.site, tmp_path, ["serang"], lang=["en"], pipeline=["stopWordFilter"])
    assert plain == [set(), set()]
    assert english == [set()]
