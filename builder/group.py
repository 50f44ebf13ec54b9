"""Groups briefings into topic dossiers and merges actors across the whole digest."""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import chain
from operator import attrgetter

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components

from builder.actors import merge_people
from builder.cache import PairStore
from builder.gazetteer import lookup
from builder.model import Actor, Briefing, Digest, Dossier, DossierRule, Problem, Quote
from builder.similarity import Vectors, kept, node_key, similar_pairs, similarity, vectors_reusing
from builder.slug import RESERVED, slugify

# Grouping thresholds, in time-weighted cosine similarity (builder/similarity.py). On the seeds
# briefings on one topic score 0.39-0.47, on the test fixtures 0.67-0.70, and unrelated ones
# 0.00-0.17; on generated corpora 0.35 gives pairwise F1 0.97 at 1,000 articles and 0.98 at 5,000
# against their storylines (bench/grouping.py).
SAME_TOPIC = 0.35
SAME_EVENT = 0.45  # two outlets' reports of one event score above this
ACTOR_WEIGHT_CAP = 5  # an actor counts at most this many times in a briefing's features
MAX_LINKAGE_SIZE = 2000  # larger groups are first cut at a higher threshold (average linkage is quadratic)
THRESHOLD_STEP = 0.05  # how much higher, each time
TITLE_ACTORS = 2  # a dossier title names this many of its central actors
_MENTIONS = attrgetter("mentions")


def group(
    briefings: Sequence[Briefing],
    problems: Sequence[Problem] = (),
    rules: Sequence[DossierRule] = (),
    store: PairStore | None = None,
) -> Digest:
    """Merge spelling variants of people, then gather briefings on one topic into dossiers.

    With a store, the similar pairs of the previous build are read from it (only new briefings are
    compared with the rest) and this build's are written back when its briefings differ.
    """
    merged = _merge_variants(briefings)
    known = store.load() if store is not None else None
    found = _vectors(merged, known.vectors if known is not None else None)
    similar = similar_pairs(found, SAME_TOPIC, known)
    chains = _Chains(known.chains if known is not None else {})
    rows = _Rows(found, {briefing.source: row for row, briefing in enumerate(merged)}, similar)
    topics = _topics(merged, rules, rows, chains)
    changed = known is None or known.vectors.keys != found.keys or dict(known.chains) != chains.used
    if store is not None and changed:  # same briefings: same pairs, same chains
        store.save(kept(found, similar, chains.used))
    dossiers = tuple(_dossier(members, rules, rows) for members in topics)
    return Digest(tuple(merged), _unique_dossier_slugs(dossiers), merge_actors(merged), tuple(problems))


# -- people across articles ----------------------------------------------


def _merge_variants(briefings: Sequence[Briefing]) -> list[Briefing]:
    people = [actor for briefing in briefings for actor in briefing.actors if actor.kind == "person"]
    renames = {name: merged for name, merged in merge_people(people).items() if merged != name}
    return [_renamed(briefing, renames) for briefing in briefings]


def _renamed(briefing: Briefing, renames: dict[str, str]) -> Briefing:
    touched = any(a.name in renames or a.english in renames for a in briefing.actors)
    if not touched and not any(quote.speaker in renames for quote in briefing.quotes):
        return briefing
    first = {}  # a briefing keeps its own order: most mentioned first, then in order of appearance
    for actor in briefing.actors:
        first.setdefault(renames.get(actor.name, actor.name), len(first))
    actors = tuple(sorted(merge_actors([briefing], renames), key=lambda a: (-a.mentions, first[a.name])))
    quotes = tuple(
        replace(quote, speaker=renames.get(quote.speaker, quote.speaker)) if quote.speaker else quote
        for quote in briefing.quotes
    )
    return replace(briefing, actors=actors, quotes=quotes, origin="")


def merge_actors(briefings: Iterable[Briefing], renames: dict[str, str] | None = None) -> tuple[Actor, ...]:
    """One Actor per canonical name: mentions summed, forms and roles united; most mentioned first.

    The first mention gives kind and English name (renamed when the name is); forms and roles keep the
    order in which they first appear.
    """
    renames = renames or {}
    named: dict[str, list[Actor]] = {}
    for briefing in briefings:
        for actor in briefing.actors:
            named.setdefault(renames.get(actor.name, actor.name), []).append(actor)
    merged = [_merged(name, actors, renames) for name, actors in named.items()]
    return tuple(sorted(merged, key=lambda actor: (-actor.mentions, actor.name)))


def _merged(name: str, actors: Sequence[Actor], renames: Mapping[str, str]) -> Actor:
    """The actors named `name` as one: the first gives kind and English name, forms and roles united in order."""
    actor = actors[0]
    alone = len(actors) == 1 and name == actor.name and actor.english not in renames
    if alone and len(set(actor.forms)) == len(actor.forms) and len(set(actor.roles)) == len(actor.roles):
        return actor  # named once, not renamed, no form or role twice: it is its own merge
    # Run for every actor of every dossier: the parts are chained and summed in C, not in generators.
    return Actor(
        name,
        actor.kind,
        renames.get(actor.english, actor.english),
        tuple(dict.fromkeys(chain.from_iterable(each.forms for each in actors))),
        sum(map(_MENTIONS, actors)),
        tuple(dict.fromkeys(chain.from_iterable(each.roles for each in actors))),
    )


# -- topics ---------------------------------------------------------------


@dataclass(frozen=True)
class _Rows:
    """The digest's vectors, and the row of each briefing (by source)."""

    found: Vectors
    row: Mapping[str, int]
    similar: csr_matrix  # the similar pairs (both ways)

    def of(self, briefings: Sequence[Briefing]) -> list[int]:
        return [self.row[briefing.source] for briefing in briefings]

    def similarity(self, first: Briefing, second: Briefing) -> float:
        """Their similarity when it is among the similar pairs, else 0."""
        row, column = self.row[first.source], self.row[second.source]
        start, end = self.similar.indptr[row], self.similar.indptr[row + 1]
        at = np.flatnonzero(self.similar.indices[start:end] == column)
        return float(self.similar.data[start + at[0]]) if len(at) else 0.0


@dataclass
class _Chains:
    """How chains were cut by an earlier build (chain key -> each member's part), and the ones this build cut."""

    known: Mapping[str, tuple[int, ...]]
    used: dict[str, tuple[int, ...]] = field(default_factory=dict)


def _topics(
    briefings: Sequence[Briefing],
    rules: Sequence[DossierRule],
    rows: _Rows,
    chains: _Chains,
) -> list[list[Briefing]]:
    """Groups of briefings on one topic: pinned by the user first, then found from their content
    (actors and terms alike, close in time)."""
    pinned, free = _pinned_groups(briefings, rules)
    found = _clusters(rows.of(free), rows, SAME_TOPIC, chains) if free else []
    groups = pinned + [[briefings[i] for i in members] for members in found]
    groups = _apply_moves(groups, rules)
    return sorted((sorted(g, key=lambda b: b.source) for g in groups if g), key=lambda g: g[0].source)


def _clusters(members: list[int], rows: _Rows, threshold: float, chains: _Chains) -> list[list[int]]:
    """Connected groups at the threshold; a group too large for average linkage is cut at a higher one.

    `rows.similar` holds the similarity of every pair at or above the lowest threshold, computed once.
    """
    pairs = rows.similar[members][:, members]
    pairs.data[pairs.data < threshold] = 0.0
    pairs.eliminate_zeros()
    _count, labels = connected_components(pairs, directed=False)
    groups: dict[int, list[int]] = defaultdict(list)
    for position, label in enumerate(labels):
        groups[int(label)].append(members[position])
    result = []
    for group_members in groups.values():
        if len(group_members) > MAX_LINKAGE_SIZE and threshold < 1.0:
            result += _clusters(group_members, rows, threshold + THRESHOLD_STEP, chains)
        else:
            result += _split_chain(group_members, rows.found, threshold, chains)
    return result


def _document(briefing: Briefing) -> list[str]:
    """Features of a briefing: its actors (as many times as mentioned, up to a cap) and its content words."""
    features = [
        f"@{actor.name}"
        for actor in briefing.actors
        if actor.kind != "place"
        for _ in range(min(actor.mentions, ACTOR_WEIGHT_CAP))
    ]
    text = " ".join([briefing.headline, *(block.text for block in briefing.body)]).casefold()
    return features + [word for word in re.findall(r"[a-z]{4,}", text) if word not in _stop_words()]


def _vectors(briefings: Sequence[Briefing], known: Vectors | None) -> Vectors:
    """Term vectors of the briefings' features; those of briefings `known` already holds are taken from it."""
    days = [b.date.date.toordinal() if b.date else math.nan for b in briefings]
    keys = [_node_key(briefing) for briefing in briefings]
    return vectors_reusing(known, keys, days, lambda index: _document(briefings[index]))


def _node_key(briefing: Briefing) -> str:
    """A digest of what a briefing's features and day are made from (its origin, when it has one)."""
    if briefing.origin:
        return node_key(("origin", briefing.origin))
    actors = (f"{a.name}\0{a.kind}\0{a.mentions}" for a in briefing.actors)
    day = briefing.date.date.isoformat() if briefing.date else ""
    return node_key((day, briefing.headline, *(block.text for block in briefing.body), "", *actors))


def _split_chain(members: list[int], found: Vectors, threshold: float, chains: _Chains) -> list[list[int]]:
    """Pairs chain unrelated briefings together; average linkage splits such a chain where it is weak.

    A chain of the same nodes (by node key, in the same order) at the same threshold is cut as an earlier build
    cut it: a node's vector and day depend on its key alone, so linkage would give the same parts.
    """
    if len(members) <= 2:
        return [members]
    key = node_key((repr(threshold), *(found.keys[member] for member in members)))
    labels = chains.known.get(key)
    if labels is None or len(labels) != len(members):
        labels = _linkage_labels(members, found, threshold)
    chains.used[key] = labels
    parts: dict[int, list[int]] = defaultdict(list)
    for index, label in zip(members, labels, strict=True):
        parts[int(label)].append(index)
    return list(parts.values())


def _linkage_labels(members: list[int], found: Vectors, threshold: float) -> tuple[int, ...]:
    from scipy.cluster.hierarchy import fcluster, linkage  # imported when needed: 0.1-0.3 s
    from scipy.spatial.distance import squareform

    rows, days = found.matrix[members], found.days[members]
    distance = np.clip(1.0 - similarity(rows, rows, days, days), 0.0, None)
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(distance, checks=False), method="average")
    # Merges below the distance 1 - threshold (scipy's criterion keeps those at or below it).
    labels = fcluster(tree, np.nextafter(1.0 - threshold, 0.0), criterion="distance")
    return tuple(int(label) for label in labels)


def same_event_groups(members: Sequence[Briefing], rows: _Rows) -> tuple[tuple[str, ...], ...]:
    """Briefings from different outlets, a day or less apart and very similar: one event, reported several times.

    Their similarity is read from the digest's similar pairs: a day apart is no time apart, and a pair below
    SAME_TOPIC is none of them.
    """
    parent = list(range(len(members)))
    for i, j in _one_event_candidates(members):
        if rows.similarity(members[i], members[j]) >= SAME_EVENT:
            parent[_root(parent, j)] = _root(parent, i)
    groups: dict[int, list[Briefing]] = defaultdict(list)
    for index, briefing in enumerate(members):
        groups[_root(parent, index)].append(briefing)
    ordered = [sorted(g, key=lambda b: (b.date.date if b.date else dt.date.max, b.source)) for g in groups.values()]
    return tuple(sorted(tuple(b.source for b in g) for g in ordered if len(g) > 1))


def _one_event_candidates(members: Sequence[Briefing]) -> list[tuple[int, int]]:
    """Pairs of members (by index) that could report one event: different outlets, a day or less apart;
    looked for in order of date, each member against those after it within a day."""
    dated = sorted(
        ((b.date.date.toordinal(), b.outlet, index) for index, b in enumerate(members) if b.date is not None),
        key=lambda item: item[0],
    )
    pairs = []
    for at, (day, outlet, index) in enumerate(dated):
        for later in range(at + 1, len(dated)):
            other_day, other_outlet, other = dated[later]
            if other_day - day > 1:
                break
            if other_outlet != outlet:
                pairs.append((index, other))
    return pairs


def _root(parent: list[int], index: int) -> int:
    while parent[index] != index:
        parent[index] = parent[parent[index]]
        index = parent[index]
    return index


@functools.cache
def _stop_words() -> frozenset[str]:
    """Indonesian stop words as the Sastrawi library ships them."""
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    return frozenset(StopWordRemoverFactory().get_stop_words())


# -- user corrections -----------------------------------------------------


def _name(source: str) -> str:
    return source.replace("\\", "/").rsplit("/", 1)[-1]


def _pinned_groups(
    briefings: Sequence[Briefing], rules: Sequence[DossierRule]
) -> tuple[list[list[Briefing]], list[Briefing]]:
    """Briefings a sidecar assigns to a named dossier, and splits from dossiers.yml; the rest are free."""
    by_name: dict[str, list[Briefing]] = defaultdict(list)
    for briefing in briefings:
        if briefing.dossier:
            by_name[briefing.dossier].append(briefing)
    split_sets = [set(rule.split) for rule in rules if rule.split]
    taken = {b.source for group in by_name.values() for b in group}
    splits = [[b for b in briefings if _name(b.source) in names and b.source not in taken] for names in split_sets]
    taken |= {b.source for group in splits for b in group}
    return [*by_name.values(), *splits], [b for b in briefings if b.source not in taken]


def _apply_moves(groups: list[list[Briefing]], rules: Sequence[DossierRule]) -> list[list[Briefing]]:
    """'add' rules move articles into the dossier that holds the rule's article."""
    for rule in rules:
        if not rule.article or not rule.add:
            continue
        target = next((g for g in groups if any(_name(b.source) == rule.article for b in g)), None)
        if target is None:
            continue
        moving = [b for g in groups if g is not target for b in g if _name(b.source) in rule.add]
        groups = [[b for b in g if b not in moving] for g in groups]
        target = next(g for g in groups if any(_name(b.source) == rule.article for b in g))
        target.extend(moving)
    return groups


def _dossier(members: list[Briefing], rules: Sequence[DossierRule], rows: _Rows) -> Dossier:
    dated = sorted((b for b in members if b.date), key=lambda b: (b.date.date, b.date.time or "", b.source))  # type: ignore[union-attr]
    undated = sorted((b for b in members if not b.date), key=lambda b: b.source)
    actors = merge_actors(members)
    pinned = _pinned_title(members, rules)
    title = pinned or _title(actors, members, _indonesian_name, " dan ")
    title_en = pinned or _title(actors, members, lambda actor: actor.english, " and ")
    events = same_event_groups(members, rows)
    return Dossier(slugify(title) or "dossier", title, tuple(dated), tuple(undated), actors, events, title_en)


def _pinned_title(members: Sequence[Briefing], rules: Sequence[DossierRule]) -> str | None:
    names = {_name(b.source) for b in members}
    pinned = {b.dossier for b in members if b.dossier}
    for rule in rules:
        if rule.title and (rule.article in names or (rule.split and set(rule.split) & names)):
            return rule.title
    return pinned.pop() if len(pinned) == 1 else None


def _title(actors: Sequence[Actor], members: Sequence[Briefing], name: Callable[[Actor], str], joiner: str) -> str:
    """The central actors by name ("Rusia dan Korea Utara"); a one-briefing dossier takes its headline."""
    ranked = [a for a in actors if a.kind in ("country", "organization")] + [a for a in actors if a.kind == "person"]
    central = ranked[:TITLE_ACTORS]
    if len(members) == 1 or not central:
        return members[0].headline
    return joiner.join(name(actor) for actor in central)


def _indonesian_name(actor: Actor) -> str:
    for form in (*actor.forms, actor.name):  # a form, or the canonical name ("Kemlu" is the home country's)
        entity = lookup(form)
        if entity is not None:
            return entity.indonesian
    return actor.name


def _unique_dossier_slugs(dossiers: tuple[Dossier, ...]) -> tuple[Dossier, ...]:
    taken: set[str] = set(RESERVED)
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
