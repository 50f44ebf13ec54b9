"""Acceptance: every field of the reference annotations of the seed articles, through `extract`."""

import re
from pathlib import Path

import pytest
import yaml

from builder.extract import extract_file

ROOT = Path(__file__).resolve().parent.parent
GOLD = yaml.safe_load((Path(__file__).parent / "gold" / "seeds.yaml").read_text(encoding="utf-8"))
FILES = sorted(name for name in GOLD if name.endswith(".txt"))


def _norm(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module", params=FILES)
def seed(request: pytest.FixtureRequest) -> tuple[dict, dict, list[str]]:
    path = ROOT / "seeds" / request.param
    return extract_file(path), GOLD[request.param], path.read_text(encoding="utf-8").splitlines()


def test_headline(seed: tuple[dict, dict, list[str]]) -> None:
    record, gold, _lines = seed
    if gold["headline"] is None:
        assert record["headline_derived"] and 2 <= len(record["headline"].split()) <= 16
    else:
        assert (record["headline"], record["headline_derived"]) == (gold["headline"], False)


def test_date_time_outlet_author_dateline(seed: tuple[dict, dict, list[str]]) -> None:
    record, gold, _lines = seed
    assert record["date"] == (str(gold["date"]) if gold["date"] else None)
    assert record["outlet"] == gold["outlet"]
    if "time" in gold:
        assert record["time"] == gold["time"].split()[0]
    if "author" in gold:
        assert record["author"] == gold["author"]
    if "dateline" in gold:
        assert record["dateline"] == gold["dateline"]


def test_body_is_the_article_lines_and_nothing_else(seed: tuple[dict, dict, list[str]]) -> None:
    record, gold, lines = seed
    first, last = gold["body"]
    expected = [
        _norm(lines[number - 1])
        for number in range(first, last + 1)
        if number not in gold["noise_inside"] and lines[number - 1].strip()
    ]
    assert len(record["body"]) == len(expected)
    for paragraph, line in zip(record["body"], expected, strict=False):
        # the gold lines keep the dateline prefix and the desk sign-off, which the briefing drops
        assert paragraph in line and len(line) - len(paragraph) <= 30


def test_subheadings_are_kept(seed: tuple[dict, dict, list[str]]) -> None:
    record, gold, lines = seed
    for number in gold.get("subheadings", []):
        assert _norm(lines[number - 1]) in record["body"]


def test_no_furniture_anywhere(seed: tuple[dict, dict, list[str]]) -> None:
    record, gold, _lines = seed
    texts = [record["headline"], record["lead"], *record["body"], *(q["text"] for q in record["quotes"])]
    assert [marker for marker in gold["not_in_briefing"] if any(marker in text for text in texts)] == []


def test_every_key_actor_is_found(seed: tuple[dict, dict, list[str]]) -> None:
    record, gold, _lines = seed
    found = {record_actor["name"] for record_actor in record["actors"]}
    found |= {form for record_actor in record["actors"] for form in record_actor["forms"]}
    missing = [
        actor["name"]
        for actor in gold["actors"]
        if actor["key"] and actor["name"] not in found and not set(actor["forms"]) & found
    ]
    assert missing == []


def _speaker_names(gold_quote: dict, gold: dict) -> set[str]:
    names = {gold_quote["speaker"], *gold_quote.get("also", [])} - {None}
    names = {re.sub(r"\s*\([^)]*\)$", "", name) for name in names}
    forms = {form for actor in gold["actors"] if actor["name"] in names for form in actor["forms"]}
    return names | forms


def test_every_key_quote_with_its_speaker(seed: tuple[dict, dict, list[str]]) -> None:
    record, gold, _lines = seed
    by_text = {_norm(quote["text"]): quote for quote in record["quotes"]}
    speaker_forms = {a["name"]: set(a["forms"]) | {a["name"]} for a in record["actors"]}
    for gold_quote in (q for q in gold["quotes"] if q["key"]):
        quote = by_text.get(_norm(gold_quote["text"]))
        assert quote is not None, gold_quote["text"]
        assert quote["key"], gold_quote["text"]
        accepted = _speaker_names(gold_quote, gold)
        assert speaker_forms.get(quote["speaker"], {quote["speaker"]}) & accepted, (quote["speaker"], accepted)
