"""How alike two briefings are: weighted term vectors, cosine similarity scaled by closeness in time.

A term's weight comes from how often Indonesian uses the word (the `wordfreq`
lists), not from the digest being built, so the similarity of two briefings
depends on those two alone. That is what lets a rebuild keep the pairs it
computed before (a `PairStore` in the cache) and compare only the new
briefings with the rest, and still give exactly what a clean build gives:
vectors use the digest's terms in alphabetical order, so every dot product
adds the same products in the same order whichever build computes it.
"""

from __future__ import annotations

import functools
import hashlib
import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy.sparse import coo_matrix, csr_matrix, vstack

LANGUAGE = "id"
WORDS_PER_ARTICLE = 400  # turns a word's frequency into the share of articles expected to use it
RARE_WORD = 5e-7  # frequency of a word the list does not hold (its Indonesian list stops at 1e-6)
COMMON_SHARE = 0.5  # a word expected in over half of all articles says nothing of topic
TIME_WINDOW_DAYS = 180  # no penalty within half a year...
TIME_FLOOR = 0.5  # ...then similarity is scaled down to half at a year apart
# Similarities are computed a block of rows at a time, each block about this many cells
# (a few dense float arrays of 2 million cells: some 16 MB each, whatever the digest's size).
SIMILARITY_BLOCK_CELLS = 2_000_000


@functools.cache
def _frequencies() -> dict[str, float]:
    """wordfreq's word frequencies for LANGUAGE, as its `get_frequency_dict` gives them, read from the list it
    ships (a gzipped MessagePack "cBpack": a header, then the words of each centibel from 0 down) without
    importing wordfreq, whose tokenizers and language tables take a tenth of a second to load."""
    import gzip
    from importlib.util import find_spec

    import msgpack

    spec = find_spec("wordfreq")
    folders = spec.submodule_search_locations if spec is not None else None
    if not folders:
        raise ModuleNotFoundError("wordfreq")
    data = Path(folders[0]) / "data"
    lists = (data / f"{size}_{LANGUAGE}.msgpack.gz" for size in ("large", "small"))  # wordfreq's "best" list
    path = next(candidate for candidate in lists if candidate.is_file())
    with gzip.open(path, "rb") as file:
        header, *buckets = msgpack.load(file, raw=False)
    if header != {"format": "cB", "version": 1}:
        raise ValueError(f"{path}: not a wordfreq word list")
    return {word: 10 ** (-centibels / 100) for centibels, bucket in enumerate(buckets) for word in bucket}


@functools.cache
def weight(term: str) -> float:
    """1 + ln(1 / share of articles expected to use the term); 0 for words too common to tell topics apart.

    An actor ("@Korea Utara") counts as its rarest word and is never left out.
    """
    frequencies = _frequencies()
    actor = term.startswith("@")
    words = term[1:].casefold().split() if actor else [term]
    frequency = min((frequencies.get(word, RARE_WORD) for word in words), default=RARE_WORD)
    share = min(1.0, WORDS_PER_ARTICLE * max(frequency, RARE_WORD))
    if share >= COMMON_SHARE and not actor:
        return 0.0
    return 1.0 + math.log(1.0 / share)


@dataclass(frozen=True)
class Vectors:
    """L2-normalized rows of weighted term counts (tf 1 + ln(count)), columns the terms in alphabetical order."""

    matrix: csr_matrix
    days: np.ndarray  # each row's date as a day number; NaN when undated
    keys: tuple[str, ...]  # each row's node key: a digest of what its terms and day are made from
    vocabulary: tuple[str, ...]  # the term of each column


@dataclass(frozen=True)
class Kept:
    """What a build keeps for the next one: every node's vector, the pairs at or above the threshold (COO
    arrays, both directions), and how grouping cut chains of nodes (see group.py): chain key -> labels."""

    vectors: Vectors
    rows: np.ndarray
    cols: np.ndarray
    values: np.ndarray
    chains: Mapping[str, tuple[int, ...]] = field(default_factory=dict)


def node_key(parts: Iterable[str]) -> str:
    """A digest of everything a node's vector and day are made from."""
    digest = hashlib.blake2b(digest_size=16)
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def vectors(documents: Sequence[Sequence[str]], days: Sequence[float], keys: Sequence[str]) -> Vectors:
    """The vectors of documents (lists of terms) dated by day numbers (NaN: undated), under their node keys."""
    counted = [Counter(document) for document in documents]
    vocabulary = sorted({term for counts in counted for term in counts})
    column = {term: index for index, term in enumerate(vocabulary)}
    indptr, indices, counts = [0], [], []
    for document in counted:
        for term in sorted(document):
            indices.append(column[term])
            counts.append(document[term])
        indptr.append(len(indices))
    matrix = csr_matrix(
        (np.array(counts, dtype=np.float64), np.array(indices, dtype=np.int32), np.array(indptr, dtype=np.int64)),
        shape=(len(documents), len(vocabulary)),
    )
    np.log(matrix.data, matrix.data)
    matrix.data += 1.0
    matrix.data *= np.array([weight(term) for term in vocabulary])[matrix.indices]
    matrix.eliminate_zeros()
    row_of = np.repeat(np.arange(len(documents)), np.diff(matrix.indptr))
    norms = np.sqrt(np.bincount(row_of, weights=np.square(matrix.data), minlength=len(documents)))
    norms[norms == 0.0] = 1.0
    matrix.data /= norms[row_of]
    return Vectors(matrix, np.array(days, dtype=float), tuple(keys), tuple(vocabulary))


def vectors_reusing(
    known: Vectors | None, keys: Sequence[str], days: Sequence[float], document: Callable[[int], Sequence[str]]
) -> Vectors:
    """Vectors of nodes by key: a known node's row is taken from `known`, the others made from `document(i)`.

    Equal to making them all: a row depends on its own document only, and columns stay in alphabetical order.
    """
    if known is None:
        return vectors([document(i) for i in range(len(keys))], days, keys)
    at = {key: row for row, key in enumerate(known.keys)}
    old = np.array([at.get(key, -1) for key in keys], dtype=np.int64)
    new = np.flatnonzero(old < 0)
    day_numbers = np.array(days, dtype=float)
    fresh = vectors([document(i) for i in new], day_numbers[new], [keys[i] for i in new])
    vocabulary = sorted(set(known.vocabulary).union(fresh.vocabulary))
    column = {term: index for index, term in enumerate(vocabulary)}
    taken = _renumbered(known.matrix[old[old >= 0]], known.vocabulary, column)
    made = _renumbered(fresh.matrix, fresh.vocabulary, column)
    order = np.empty(len(keys), dtype=np.int64)
    order[old >= 0] = np.arange(taken.shape[0])
    order[new] = taken.shape[0] + np.arange(len(new))
    matrix = vstack([taken, made], format="csr")[order]
    return Vectors(matrix, day_numbers, tuple(keys), tuple(vocabulary))


def _renumbered(matrix: csr_matrix, vocabulary: Sequence[str], column: dict[str, int]) -> csr_matrix:
    """The rows with their columns moved to those of a larger alphabetical vocabulary (order kept)."""
    moved = np.array([column[term] for term in vocabulary], dtype=np.int32)
    data = (matrix.data, moved[matrix.indices] if len(moved) else matrix.indices, matrix.indptr)
    return csr_matrix(data, shape=(matrix.shape[0], len(column)))


def pruned(found: Vectors) -> Vectors:
    """The vectors with only the columns some row uses (what a store needs to keep)."""
    used = np.unique(found.matrix.indices)
    matrix = csr_matrix(
        (found.matrix.data, np.searchsorted(used, found.matrix.indices).astype(np.int32), found.matrix.indptr),
        shape=(found.matrix.shape[0], len(used)),
    )
    return Vectors(matrix, found.days, found.keys, tuple(found.vocabulary[i] for i in used))


def similarity(rows: csr_matrix, columns: csr_matrix, row_days: np.ndarray, column_days: np.ndarray) -> np.ndarray:
    """Cosine similarity scaled by closeness in time: 1 within TIME_WINDOW_DAYS, down to TIME_FLOOR a year apart."""
    cosine = (rows @ columns.T).toarray()
    apart = np.abs(row_days[:, None] - column_days[None, :])
    slope = (1.0 - TIME_FLOOR) / (365 - TIME_WINDOW_DAYS)
    factor = np.clip(1.0 - slope * (apart - TIME_WINDOW_DAYS), TIME_FLOOR, 1.0)
    return cosine * np.where(np.isnan(apart), 1.0, factor)


def similar_pairs(found: Vectors, threshold: float, before: Kept | None = None) -> csr_matrix:
    """Sparse matrix of the similarities at or above the threshold.

    `before`, pairs kept from an earlier build at the same threshold, are taken as they are for
    nodes that are still here; only nodes new since then are compared with all the others.
    """
    size = len(found.keys)
    position = {key: index for index, key in enumerate(found.keys)}
    rows, cols, values = [], [], []
    known = np.zeros(size, dtype=bool)
    if before is not None:
        kept_rows, kept_cols, kept_values, known = _kept(before, position)
        rows, cols, values = [kept_rows], [kept_cols], [kept_values]
    new = np.flatnonzero(~known)
    rows_per_block = max(1, SIMILARITY_BLOCK_CELLS // max(size, 1))
    for start in range(0, len(new), rows_per_block):
        block_rows = new[start : start + rows_per_block]
        block = similarity(found.matrix[block_rows], found.matrix, found.days[block_rows], found.days)
        found_rows, found_cols = np.nonzero(block >= threshold)
        row_index, col_index = block_rows[found_rows], found_cols
        block_values = block[found_rows, found_cols]
        mirrored = known[col_index]  # a new node's pair with a known one: the known one's row gets it too
        rows += [row_index, col_index[mirrored]]
        cols += [col_index, row_index[mirrored]]
        values += [block_values, block_values[mirrored]]
    row_all, col_all, value_all = (np.concatenate(part) if part else np.zeros(0) for part in (rows, cols, values))
    return coo_matrix((value_all, (row_all.astype(np.int64), col_all.astype(np.int64))), shape=(size, size)).tocsr()


def kept(found: Vectors, similar: csr_matrix, chains: Mapping[str, tuple[int, ...]] | None = None) -> Kept:
    """What to keep for the next build: the vectors (used columns only), the pairs of `similar_pairs` and the
    chains cut."""
    coo = similar.tocoo()
    return Kept(pruned(found), coo.row.astype(np.int32), coo.col.astype(np.int32), coo.data, dict(chains or {}))


def _kept(before: Kept, position: dict[str, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The earlier pairs between nodes still present, renumbered; and which present nodes were known."""
    now = np.array([position.get(key, -1) for key in before.vectors.keys], dtype=np.int64)
    known = np.zeros(len(position), dtype=bool)
    known[now[now >= 0]] = True
    rows, cols = now[before.rows], now[before.cols]
    present = (rows >= 0) & (cols >= 0)
    return rows[present], cols[present], before.values[present], known
