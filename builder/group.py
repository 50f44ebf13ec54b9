"""Groups briefings into topic dossiers and merges actors across the whole digest."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial.distance import squareform

from builder.actors import merge_people
from builder.gazetteer import lookup
from builder.model import Actor, Briefing, Digest, Dossier, DossierRule, Problem, Quote
from builder.slug import slugify

# Grouping thresholds. On the seeds and the test fixtures, briefings on one topic score 0.25-0.55
# in time-weighted cosine similarity of TF-IDF features and unrelated ones 0.00-0.17; on generated
# corpora, 0.25 gives pairwise F1 0.92 at 1,000 articles and 0.98 at 5,000 against their storylines.
SAME_TOPIC = 0.25
# With few briefings, inverse document frequencies cannot tell topic words from common ones and
# similarities run lower (the five seeds alone: 0.19-0.28), so a small digest links at 0.2.
SMALL_DIGEST = 30
SAME_TOPIC_IN_SMALL = 0.2
SAME_EVENT = 0.45  # two outlets' reports of one event score above this
TIME_WINDOW_DAYS = 180  # no penalty within half a year...
TIME_FLOOR = 0.5  # ...then similarity is scaled down to half at a year apart
ACTOR_WEIGHT_CAP = 5  # an actor counts at most this many times in a briefing's features
MAX_TERM_SHARE = 0.5  # in a large digest, words in more than half of the briefings say nothing of topic
# The similarity matrix is computed a block of rows at a time, each block about this many cells
# (a few dense float arrays of 2 million cells: some 16 MB each, whatever the digest's size).
SIMILARITY_BLOCK_CELLS = 2_000_000
MAX_LINKAGE_SIZE = 2000  # larger groups are first cut at a higher threshold (average linkage is quadratic)
THRESHOLD_STEP = 0.05  # how much higher, each time
TITLE_ACTORS = 2  # a dossier title names this many of its central actors


def group(briefings: Sequence[Briefing], problems: Sequence[Problem] = (), rules: Sequence[DossierRule] = ()) -> Digest:
    """Merge spelling variants of people, then gather briefings on one topic into dossiers."""
    merged = _merge_variants(briefings)
    documents = {briefing.source: _document(briefing) for briefing in merged}
    dossiers = tuple(_dossier(members, rules, documents) for members in _topics(merged, rules, documents))
    return Digest(tuple(merged), _unique_dossier_slugs(dossiers), merge_actors(merged), tuple(problems))


# -- people across articles ----------------------------------------------


def _merge_variants(briefings: Sequence[Briefing]) -> list[Briefing]:
    people = [actor for briefing in briefings for actor in briefing.actors if actor.kind == "person"]
    renames = merge_people(people)
    return [_renamed(briefing, renames) for briefing in briefings]


def _renamed(briefing: Briefing, renames: dict[str, str]) -> Briefing:
    touched = any(a.name in renames or a.english in renames for a in briefing.actors)
    if not touched and not any(quote.speaker in renames for quote in briefing.quotes):
        return briefing
    actors = merge_actors([briefing], renames)
    quotes = tuple(
        replace(quote, speaker=renames.get(quote.speaker, quote.speaker)) if quote.speaker else quote
        for quote in briefing.quotes
    )
    return replace(briefing, actors=actors, quotes=quotes)


def merge_actors(briefings: Iterable[Briefing], renames: dict[str, str] | None = None) -> tuple[Actor, ...]:
    """One Actor per canonical name: mentions summed, forms and roles united; most mentioned first.

    The first mention gives kind and English name (renamed when the name is); forms and roles keep the
    order in which they first appear.
    """
    renames = renames or {}
    first: dict[str, Actor] = {}
    forms: dict[str, dict[str, None]] = defaultdict(dict)
    roles: dict[str, dict[str, None]] = defaultdict(dict)
    mentions: dict[str, int] = defaultdict(int)
    for briefing in briefings:
        for actor in briefing.actors:
            name = renames.get(actor.name, actor.name)
            first.setdefault(name, actor)
            forms[name].update(dict.fromkeys(actor.forms))
            roles[name].update(dict.fromkeys(actor.roles))
            mentions[name] += actor.mentions
    merged = [
        replace(
            actor,
            name=name,
            english=renames.get(actor.english, actor.english),
            forms=tuple(forms[name]),
            roles=tuple(roles[name]),
            mentions=mentions[name],
        )
        for name, actor in first.items()
    ]
    return tuple(sorted(merged, key=lambda actor: (-actor.mentions, actor.name)))


# -- topics ---------------------------------------------------------------


def _topics(
    briefings: Sequence[Briefing], rules: Sequence[DossierRule], documents: Mapping[str, list[str]]
) -> list[list[Briefing]]:
    """Groups of briefings on one topic: pinned by the user first, then found from their content."""
    pinned, free = _pinned_groups(briefings, rules)
    groups = pinned + [[free[i] for i in members] for members in topic_clusters(free, documents)]
    groups = _apply_moves(groups, rules)
    return sorted((sorted(g, key=lambda b: b.source) for g in groups if g), key=lambda g: g[0].source)


def topic_clusters(briefings: Sequence[Briefing], documents: Mapping[str, list[str]] | None = None) -> list[list[int]]:
    """Indices of briefings grouped by similar actors and terms, close in time (TF-IDF, cosine)."""
    if len(briefings) < 2:
        return [[i] for i in range(len(briefings))]
    vectors, days = _vectors(briefings, documents), _days(briefings)
    threshold = SAME_TOPIC_IN_SMALL if len(briefings) < SMALL_DIGEST else SAME_TOPIC
    similar = _similar_pairs(vectors, days, threshold)
    return _clusters(list(range(len(briefings))), similar, vectors, days, threshold)


def _clusters(
    members: list[int], similar: csr_matrix, vectors: csr_matrix, days: np.ndarray, threshold: float
) -> list[list[int]]:
    """Connected groups at the threshold; a group too large for average linkage is cut at a higher one.

    `similar` holds the similarity of every pair at or above the lowest threshold, computed once.
    """
    pairs = similar[members][:, members]
    pairs.data[pairs.data < threshold] = 0.0
    pairs.eliminate_zeros()
    _count, labels = connected_components(pairs, directed=False)
    groups: dict[int, list[int]] = defaultdict(list)
    for position, label in enumerate(labels):
        groups[int(label)].append(members[position])
    result = []
    for group_members in groups.values():
        if len(group_members) > MAX_LINKAGE_SIZE and threshold < 1.0:
            result += _clusters(group_members, similar, vectors, days, threshold + THRESHOLD_STEP)
        else:
            result += _split_chain(group_members, vectors, days, threshold)
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


def _vectors(briefings: Sequence[Briefing], documents: Mapping[str, list[str]] | None = None) -> csr_matrix:
    """TF-IDF rows of the briefings' features (`documents`: features already made, by source)."""
    documents = documents or {}
    features = [documents.get(b.source) or _document(b) for b in briefings]
    return tfidf(features, MAX_TERM_SHARE if len(briefings) > 20 else 1.0)


def tfidf(documents: Sequence[Sequence[str]], max_share: float = 1.0) -> csr_matrix:
    """L2-normalized TF-IDF rows, terms in alphabetical order: the arithmetic of scikit-learn's
    TfidfVectorizer(sublinear_tf=True, max_df=max_share): tf 1 + ln(count), idf 1 + ln((n + 1) / (df + 1)),
    terms in more than max_share of the documents left out."""
    vocabulary = sorted({term for document in documents for term in document})
    column = {term: index for index, term in enumerate(vocabulary)}
    indptr, indices, counts = [0], [], []
    for document in documents:
        counted = Counter(column[term] for term in document)
        for index in sorted(counted):
            indices.append(index)
            counts.append(counted[index])
        indptr.append(len(indices))
    matrix = csr_matrix(
        (np.array(counts, dtype=np.float64), np.array(indices, dtype=np.int64), np.array(indptr, dtype=np.int64)),
        shape=(len(documents), len(vocabulary)),
    )
    frequency = np.bincount(matrix.indices, minlength=len(vocabulary))
    matrix = matrix[:, np.flatnonzero(frequency <= max_share * len(documents))].tocsr()
    matrix.sort_indices()
    idf = np.log((len(documents) + 1) / (np.bincount(matrix.indices, minlength=matrix.shape[1]) + 1)) + 1.0
    np.log(matrix.data, matrix.data)
    matrix.data += 1.0
    matrix.data *= idf[matrix.indices]
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0.0] = 1.0
    matrix.data /= np.repeat(norms, np.diff(matrix.indptr))
    return matrix


def _days(briefings: Sequence[Briefing]) -> np.ndarray:
    """Each briefing's date as a day number; NaN when undated."""
    return np.array([b.date.date.toordinal() if b.date else np.nan for b in briefings], dtype=float)


def _similarity(rows: csr_matrix, columns: csr_matrix, row_days: np.ndarray, column_days: np.ndarray) -> np.ndarray:
    """Cosine similarity scaled by closeness in time: 1 within TIME_WINDOW_DAYS, down to TIME_FLOOR a year apart."""
    cosine = (rows @ columns.T).toarray()
    apart = np.abs(row_days[:, None] - column_days[None, :])
    slope = (1.0 - TIME_FLOOR) / (365 - TIME_WINDOW_DAYS)
    factor = np.clip(1.0 - slope * (apart - TIME_WINDOW_DAYS), TIME_FLOOR, 1.0)
    return cosine * np.where(np.isnan(apart), 1.0, factor)


def _similar_pairs(vectors: csr_matrix, days: np.ndarray, threshold: float) -> csr_matrix:
    """Sparse matrix of the time-weighted similarities that reach the threshold, row block by block."""
    size = vectors.shape[0]
    rows, cols, values = [], [], []
    rows_per_block = max(1, SIMILARITY_BLOCK_CELLS // size)
    for start in range(0, size, rows_per_block):
        stop = min(start + rows_per_block, size)
        block = _similarity(vectors[start:stop], vectors, days[start:stop], days)
        found_rows, found_cols = np.nonzero(block >= threshold)
        rows.append(found_rows + start)
        cols.append(found_cols)
        values.append(block[found_rows, found_cols])
    row_index, col_index = np.concatenate(rows), np.concatenate(cols)
    return coo_matrix((np.concatenate(values), (row_index, col_index)), shape=(size, size)).tocsr()


def _split_chain(members: list[int], vectors: csr_matrix, days: np.ndarray, threshold: float) -> list[list[int]]:
    """Pairs chain unrelated briefings together; average linkage splits such a chain where it is weak."""
    if len(members) <= 2:
        return [members]
    similarity = _similarity(vectors[members], vectors[members], days[members], days[members])
    distance = np.clip(1.0 - similarity, 0.0, None)
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(distance, checks=False), method="average")
    # Merges below the distance 1 - threshold (scipy's criterion keeps those at or below it).
    labels = fcluster(tree, np.nextafter(1.0 - threshold, 0.0), criterion="distance")
    parts: dict[int, list[int]] = defaultdict(list)
    for index, label in zip(members, labels, strict=True):
        parts[int(label)].append(index)
    return list(parts.values())


def same_event_groups(
    members: Sequence[Briefing], documents: Mapping[str, list[str]] | None = None
) -> tuple[tuple[str, ...], ...]:
    """Briefings from different outlets, a day or less apart and very similar: one event, reported several times."""
    if not any(_could_be_one_event(a, b) for a, b in itertools.combinations(members, 2)):
        return ()
    vectors = _vectors(members, documents)
    similarity = (vectors @ vectors.T).toarray()
    parent = list(range(len(members)))
    for i, j in itertools.combinations(range(len(members)), 2):
        if _same_event(members[i], members[j], similarity[i, j]):
            parent[_root(parent, j)] = _root(parent, i)
    groups: dict[int, list[Briefing]] = defaultdict(list)
    for index, briefing in enumerate(members):
        groups[_root(parent, index)].append(briefing)
    ordered = [sorted(g, key=lambda b: (b.date.date if b.date else dt.date.max, b.source)) for g in groups.values()]
    return tuple(sorted(tuple(b.source for b in g) for g in ordered if len(g) > 1))


def _same_event(first: Briefing, second: Briefing, similarity: float) -> bool:
    return _could_be_one_event(first, second) and similarity >= SAME_EVENT


def _could_be_one_event(first: Briefing, second: Briefing) -> bool:
    if first.date is None or second.date is None or first.outlet == second.outlet:
        return False
    return abs((first.date.date - second.date.date).days) <= 1


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


def _dossier(members: list[Briefing], rules: Sequence[DossierRule], documents: Mapping[str, list[str]]) -> Dossier:
    dated = sorted((b for b in members if b.date), key=lambda b: (b.date.date, b.date.time or "", b.source))  # type: ignore[union-attr]
    undated = sorted((b for b in members if not b.date), key=lambda b: b.source)
    actors = merge_actors(members)
    pinned = _pinned_title(members, rules)
    title = pinned or _title(actors, members, _indonesian_name, " dan ")
    title_en = pinned or _title(actors, members, lambda actor: actor.english, " and ")
    events = same_event_groups(members, documents)
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
