"""Similarity of briefings: corpus-independent weights, and pairs kept between builds equal to a clean build's."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

from builder.cache import PairStore
from builder.similarity import kept, node_key, similar_pairs, vectors_reusing, weight

WORDS = [f"kata{chr(97 + i)}{chr(97 + j)}" for i in range(26) for j in range(12)]
ACTORS = ["@Korea Utara", "@Rusia", "@Perserikatan Bangsa-Bangsa", "@Menteri Contoh"]


def _vectors(documents, days, known=None):
    keys = [node_key([repr(day), *document]) for document, day in zip(documents, days, strict=True)]
    return vectors_reusing(known, keys, days, lambda index: documents[index])


def _corpus(count: int, seed: int) -> tuple[list[list[str]], list[float]]:
    """Documents drawing on a few topics' words, dated over two years (a tenth undated)."""
    rng = random.Random(seed)
    topics = [rng.sample(WORDS, 30) for _ in range(12)]
    documents, days = [], []
    for _ in range(count):
        topic = rng.choice(topics)
        words = rng.choices(topic, k=60) + rng.choices(WORDS, k=20) + rng.sample(ACTORS, 2)
        documents.append(words)
        days.append(math.nan if rng.random() < 0.1 else float(738000 + rng.randrange(730)))
    return documents, days


def test_common_words_weigh_nothing_and_rare_ones_most():
    assert weight("yang") == 0.0  # in nearly every article
    assert 0.0 < weight("pemerintah") < weight("rudal") < weight("qwxzvbn")
    assert weight("@Amerika Serikat") > 0.0  # an actor is never left out, however common its name


def test_kept_pairs_equal_a_clean_computation_bit_for_bit(tmp_path):
    documents, days = _corpus(240, seed=3)
    store = PairStore(tmp_path)
    # A first build of 200 documents, then one that drops ten of them and adds forty.
    first = _vectors(documents[:200], days[:200])
    store.save(kept(first, similar_pairs(first, 0.3)))
    now_documents, now_days = documents[10:], days[10:]
    known = store.load()
    reused = _vectors(now_documents, now_days, known.vectors)
    incremental = similar_pairs(reused, 0.3, known)
    stored = kept(reused, incremental)
    fresh = _vectors(now_documents, now_days)
    clean = similar_pairs(fresh, 0.3)
    assert clean.nnz > 1000  # the corpus has pairs to keep
    assert np.array_equal(incremental.indptr, clean.indptr)
    assert np.array_equal(incremental.indices, clean.indices) and np.array_equal(incremental.data, clean.data)
    # The vectors too: taken from the store for 190 documents, made for 40, equal to making all 230.
    assert reused.vocabulary == fresh.vocabulary
    assert np.array_equal(reused.matrix.indices, fresh.matrix.indices)
    assert np.array_equal(reused.matrix.data, fresh.matrix.data)
    assert stored.vectors.vocabulary == fresh.vocabulary


def test_a_missing_or_damaged_store_is_not_read(tmp_path):
    store = PairStore(tmp_path)
    assert store.load() is None
    store.path.write_bytes(b"not numpy")
    assert store.load() is None


@pytest.mark.parametrize("threshold", [0.3, 0.5])
def test_pairs_are_symmetric_and_reach_the_threshold(threshold):
    documents, days = _corpus(120, seed=5)
    found = _vectors(documents, days)
    matrix = similar_pairs(found, threshold)
    assert (matrix != matrix.T).nnz == 0
    assert matrix.data.min() >= threshold
    assert len(kept(found, matrix).rows) == matrix.nnz


def test_word_frequencies_are_wordfreqs_own() -> None:
    """The frequencies are read from wordfreq's list without importing it: they must be what it gives."""
    import wordfreq

    from builder.similarity import LANGUAGE, _frequencies

    assert _frequencies() == wordfreq.get_frequency_dict(LANGUAGE)
