"""Groups briefings into topic dossiers and merges actors across the whole digest."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from builder.actors import merge_people
from builder.gazetteer import lookup
from builder.model import Actor, Briefing, Digest, Dossier, Problem, Quote
from builder.slug import slugify

SALIENT_ACTORS = 6  # the most mentioned actors of a briefing that decide its topic
SHARED_TO_LINK = 2  # briefings sharing this many salient actors are on one topic
TITLE_ACTORS = 2  # a dossier title names this many of its central actors


def group(briefings: Sequence[Briefing], problems: Sequence[Problem] = ()) -> Digest:
    """Merge spelling variants of people, then gather briefings that share their central actors."""
    merged = _merge_variants(briefings)
    dossiers = tuple(_dossier(members) for members in _topics(merged))
    return Digest(tuple(merged), _unique_dossier_slugs(dossiers), merge_actors(merged), tuple(problems))


# -- people across articles ----------------------------------------------


def _merge_variants(briefings: Sequence[Briefing]) -> list[Briefing]:
    people = [actor for briefing in briefings for actor in briefing.actors if actor.kind == "person"]
    renames = merge_people(people)
    return [_renamed(briefing, renames) for briefing in briefings]


def _renamed(briefing: Briefing, renames: dict[str, str]) -> Briefing:
    if not renames:
        return briefing
    actors = merge_actors([briefing], renames)
    quotes = tuple(
        replace(quote, speaker=renames.get(quote.speaker, quote.speaker)) if quote.speaker else quote
        for quote in briefing.quotes
    )
    return replace(briefing, actors=actors, quotes=quotes)


def merge_actors(briefings: Iterable[Briefing], renames: dict[str, str] | None = None) -> tuple[Actor, ...]:
    """One Actor per canonical name: mentions summed, forms and roles united; most mentioned first."""
    renames = renames or {}
    merged: dict[str, Actor] = {}
    for briefing in briefings:
        for actor in briefing.actors:
            name = renames.get(actor.name, actor.name)
            merged[name] = _combine(
                merged.get(name), replace(actor, name=name, english=renames.get(actor.english, actor.english))
            )
    return tuple(sorted(merged.values(), key=lambda actor: (-actor.mentions, actor.name)))


def _combine(first: Actor | None, second: Actor) -> Actor:
    if first is None:
        return second
    return replace(
        first,
        forms=_union(first.forms, second.forms),
        roles=_union(first.roles, second.roles),
        mentions=first.mentions + second.mentions,
    )


def _union(first: Sequence[str], second: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys([*first, *second]))


# -- topics ---------------------------------------------------------------


def _salient(briefing: Briefing) -> frozenset[str]:
    ranked = [actor.name for actor in briefing.actors if actor.kind != "place"]
    return frozenset(ranked[:SALIENT_ACTORS])


def _topics(briefings: Sequence[Briefing]) -> list[list[Briefing]]:
    """Connected groups of briefings that share at least SHARED_TO_LINK salient actors."""
    parent = list(range(len(briefings)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    salient = [_salient(briefing) for briefing in briefings]
    for i in range(len(briefings)):
        for j in range(i + 1, len(briefings)):
            if len(salient[i] & salient[j]) >= SHARED_TO_LINK:
                parent[root(j)] = root(i)
    groups: dict[int, list[Briefing]] = defaultdict(list)
    for index, briefing in enumerate(briefings):
        groups[root(index)].append(briefing)
    return sorted(groups.values(), key=lambda members: min(b.source for b in members))


def _dossier(members: list[Briefing]) -> Dossier:
    dated = sorted((b for b in members if b.date), key=lambda b: (b.date.date, b.date.time or "", b.source))  # type: ignore[union-attr]
    undated = sorted((b for b in members if not b.date), key=lambda b: b.source)
    actors = merge_actors(members)
    title = _title(actors, members)
    return Dossier(slugify(title) or "dossier", title, tuple(dated), tuple(undated), actors)


def _title(actors: Sequence[Actor], members: Sequence[Briefing]) -> str:
    """The central actors by their Indonesian names ("Rusia dan Korea Utara")."""
    central = [actor for actor in actors if actor.kind in ("country", "organization")][:TITLE_ACTORS]
    if len(members) == 1 or not central:
        return members[0].headline
    return " dan ".join(_indonesian_name(actor) for actor in central)


def _indonesian_name(actor: Actor) -> str:
    for form in actor.forms:
        entity = lookup(form)
        if entity is not None:
            return entity.indonesian
    return actor.name


def _unique_dossier_slugs(dossiers: tuple[Dossier, ...]) -> tuple[Dossier, ...]:
    taken: set[str] = set()
    unique = []
    for dossier in dossiers:
        slug, number = dossier.slug, 2
        while slug in taken:
            slug, number = f"{dossier.slug}-{number}", number + 1
        taken.add(slug)
        unique.append(replace(dossier, slug=slug))
    return tuple(unique)


def date_range(dossier: Dossier) -> tuple[dt.date, dt.date] | None:
    """First and last date of a dossier's dated briefings."""
    if not dossier.briefings:
        return None
    return dossier.briefings[0].date.date, dossier.briefings[-1].date.date  # type: ignore[union-attr]


def quotes_by_speaker(dossier: Dossier) -> list[tuple[str, list[tuple[Quote, Briefing]]]]:
    """Key quotes of a dossier grouped by speaker, speakers with most quotes first."""
    grouped: dict[str, list[tuple[Quote, Briefing]]] = defaultdict(list)
    for briefing in (*dossier.briefings, *dossier.undated):
        for quote in briefing.quotes:
            if quote.key and quote.speaker:
                grouped[quote.speaker].append((quote, briefing))
    return sorted(grouped.items(), key=lambda item: (-len(item[1]), item[0]))
