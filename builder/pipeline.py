"""Runs read -> clean -> extract over a folder, keeping every bad file as a reported Problem."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from builder.cache import BriefingCache, article_key
from builder.clean import clean
from builder.errors import IkhtisarError
from builder.extract import extract
from builder.model import Briefing, Problem
from builder.read import find_articles, raw_contents, read_article

Progress = Callable[[Iterable[Path]], Iterable[Path]]


@dataclass(frozen=True)
class Extraction:
    """What a folder of articles yielded: the briefings, and the files that did not make one."""

    briefings: tuple[Briefing, ...]
    problems: tuple[Problem, ...]
    articles: int  # files looked at


def extract_folder(
    folder: Path, progress: Progress = lambda paths: paths, cache: BriefingCache | None = None
) -> Extraction:
    """Extract every article under folder; a bad file becomes a Problem, the rest go on."""
    paths = list(find_articles(folder))
    briefings: list[Briefing] = []
    problems: list[Problem] = []
    for path in progress(paths):
        shown = _shown_name(path, folder)
        try:
            briefing = _extract_cached(path, shown, cache)
        except IkhtisarError as error:
            problems.append(Problem(shown, error.reason))
            continue
        if not briefing.body:
            problems.append(Problem(shown, "no article text left after removing page furniture"))
            continue
        briefings.append(briefing)
    kept, duplicates = _drop_duplicates(briefings)
    return Extraction(_unique_slugs(kept), (*problems, *duplicates), len(paths))


def _extract_cached(path: Path, shown: str, cache: BriefingCache | None) -> Briefing:
    if cache is None:
        return extract(clean(read_article(path, shown)))
    key = article_key(shown, *raw_contents(path))
    briefing = cache.get(key)
    if briefing is None:
        briefing = extract(clean(read_article(path, shown)))
        cache.put(key, briefing)
    return briefing


def _shown_name(path: Path, folder: Path) -> str:
    try:
        return str(path.relative_to(folder.parent)) if folder.parent != Path("") else str(path)
    except ValueError:
        return str(path)


def _fingerprint(briefing: Briefing) -> str:
    text = " ".join(" ".join(block.text.split()).casefold() for block in briefing.body)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _drop_duplicates(briefings: list[Briefing]) -> tuple[list[Briefing], list[Problem]]:
    """The same article saved twice is published once; the later file is reported."""
    seen: dict[str, str] = {}
    kept: list[Briefing] = []
    problems: list[Problem] = []
    for briefing in sorted(briefings, key=lambda b: b.source):
        key = _fingerprint(briefing)
        if key in seen:
            problems.append(Problem(briefing.source, f"duplicate of {seen[key]} (published once)"))
            continue
        seen[key] = briefing.source
        kept.append(briefing)
    return kept, problems


def _unique_slugs(briefings: list[Briefing]) -> tuple[Briefing, ...]:
    """Two headlines with the same slug get -2, -3... in the order of their file names."""
    taken: set[str] = set()
    unique = []
    for briefing in briefings:
        slug = briefing.slug or "artikel"
        candidate, number = slug, 2
        while candidate in taken:
            candidate, number = f"{slug}-{number}", number + 1
        taken.add(candidate)
        unique.append(replace(briefing, slug=candidate))
    return tuple(unique)
