"""Seed acceptance for actors and quotes: the gold body lines of tests/gold/seeds.yaml fed to
find_cast / find_quotes, scored the way the gold file's header describes."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from builder.actors import Cast, find_cast, merge_people
from builder.model import Actor, Quote
from builder.quotes import find_quotes

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO / "tests" / "gold" / "seeds.yaml"
_PREFIX = re.compile(r"^[^\s–-][^–-]{0,60}?\s[-–]\s+")  # "Outlet - " / "Outlet, CITY - "
_REMARK = re.compile(r"\s*\([^()]*\)\s*$")
_EDGE = " \t\n.,;:!?\"“”‘’'"


@cache
def _gold() -> dict[str, dict[str, Any]]:
    data = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    return {name: entry for name, entry in data.items() if isinstance(entry, dict)}


def _paragraphs(name: str) -> list[str]:
    entry = _gold()[name]
    lines = (REPO / "seeds" / name).read_text(encoding="utf-8").split("\n")
    first, last = entry["body"]
    noise = set(entry.get("noise_inside") or ())
    paragraphs = [lines[n - 1].strip() for n in range(first, last + 1) if n not in noise and lines[n - 1].strip()]
    paragraphs[0] = _PREFIX.sub("", paragraphs[0], count=1)
    return paragraphs


@cache
def _extract(name: str) -> tuple[Cast, tuple[Quote, ...]]:
    paragraphs = _paragraphs(name)
    cast = find_cast(paragraphs)
    return cast, find_quotes(paragraphs, cast)


def _names(item: Mapping[str, Any] | Actor) -> set[str]:
    if isinstance(item, Actor):
        return {item.name, *item.forms}
    return {str(item["name"]), *map(str, item.get("forms") or ())}


def _matches(actor: Actor, gold: Mapping[str, Any]) -> bool:
    return bool(_names(actor) & _names(gold))


def _quote_key(text: str) -> str:
    return " ".join(text.split()).strip(_EDGE)


def _speaker_ok(got: str | None, gold: Mapping[str, Any], gold_actors: Sequence[Mapping[str, Any]], cast: Cast) -> bool:
    if gold.get("speaker") is None:
        return got is None
    if got is None:
        return False
    actor = next((a for a in cast.actors if a.name == got), None)
    for expected in (gold["speaker"], *(gold.get("also") or ())):
        expected = _REMARK.sub("", str(expected))
        if got == expected:
            return True
        gold_actor = next((a for a in gold_actors if a["name"] == expected), None)
        if gold_actor is not None and (got in _names(gold_actor) or (actor and _matches(actor, gold_actor))):
            return True
    return False


SEEDS = sorted(_gold())


def test_the_gold_prefix_is_stripped() -> None:
    assert _paragraphs("001_cdf93036c7722ca2.txt")[0].startswith("Menteri Luar Negeri Amerika Serikat")


@pytest.mark.parametrize("name", SEEDS)
def test_key_actors_are_found(name: str) -> None:
    cast, _ = _extract(name)
    missed = [
        g["name"] for g in _gold()[name]["actors"] if g.get("key") and not any(_matches(a, g) for a in cast.actors)
    ]
    assert missed == []


@pytest.mark.parametrize("name", SEEDS)
def test_key_quotes_are_found_with_exact_text(name: str) -> None:
    _, quotes = _extract(name)
    found = {_quote_key(q.text) for q in quotes}
    missed = [g["text"] for g in _gold()[name]["quotes"] if g.get("key") and _quote_key(g["text"]) not in found]
    assert missed == []


def _speaker_tally() -> tuple[int, int, list[str]]:
    right = total = 0
    wrong = []
    for name in SEEDS:
        cast, quotes = _extract(name)
        by_text = {_quote_key(q.text): q for q in quotes}
        entry = _gold()[name]
        for gold in entry["quotes"]:
            quote = by_text.get(_quote_key(gold["text"]))
            if quote is None:
                continue
            total += 1
            if _speaker_ok(quote.speaker, gold, entry["actors"], cast):
                right += 1
            else:
                wrong.append(f"{name}: {gold['text'][:40]!r} -> {quote.speaker}")
    return right, total, wrong


def test_speaker_accuracy_over_found_gold_quotes() -> None:
    right, total, wrong = _speaker_tally()
    assert total >= 18  # nearly every gold quote is found at all
    assert right / total >= 0.9, wrong


def test_key_quotes_are_marked_key() -> None:
    unflagged = []
    for name in SEEDS:
        _, quotes = _extract(name)
        by_text = {_quote_key(q.text): q for q in quotes}
        for gold in _gold()[name]["quotes"]:
            quote = by_text.get(_quote_key(gold["text"]))
            if quote is not None and gold.get("key") and not quote.key:
                unflagged.append(gold["text"][:40])
    assert unflagged == []


def test_actor_precision() -> None:
    found = stray = 0
    strays = []
    for name in SEEDS:
        cast, _ = _extract(name)
        gold_actors = _gold()[name]["actors"]
        for actor in cast.actors:
            found += 1
            if not any(_matches(actor, g) for g in gold_actors):
                stray += 1
                strays.append(f"{name}: {actor.name}")
    assert (found - stray) / found >= 0.85, strays


def test_speakers_are_cast_names() -> None:
    for name in SEEDS:
        cast, quotes = _extract(name)
        names = {actor.name for actor in cast.actors}
        for quote in quotes:
            parts = re.split(r", | and ", quote.speaker) if quote.speaker else []
            assert all(part in names for part in parts), (name, quote.speaker)


def test_people_merge_across_the_seeds() -> None:
    actors = [actor for name in SEEDS for actor in _extract(name)[0].actors]
    merged = merge_people(actors)
    millers = {merged[name] for name in merged if name.endswith("Miller")}
    assert millers == {"Matthew Miller"}
    assert merged["Kim Il Sung"] != merged["Kim Jong Un"]
    assert merged["Cho Koo-rae"] != merged["Cho Tae-yul"]
