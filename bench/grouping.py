"""Grouping quality and time on a generated corpus: pairwise F1 of the dossiers against the storylines.

    .venv/bin/python bench/grouping.py [--n 1000 5000] [--seed S] [--keep DIR]

Articles are written by bench/corpus.py and extracted once (the builder's cache
in DIR/cache); each size is then grouped in this process, timed, and its
dossiers compared pair by pair with the storylines the generator drew.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent.parent), str(Path(__file__).resolve().parent)]

from build import workdir  # noqa: E402
from corpus import generate_articles  # noqa: E402

from builder.cache import BriefingCache  # noqa: E402
from builder.evaluate import pairwise_f1  # noqa: E402
from builder.group import group  # noqa: E402
from builder.pipeline import default_executor, extract_folder  # noqa: E402


def main(argv: Sequence[str] | None = None) -> int:
    """Group corpora of each size; print pairwise precision, recall, F1 and the time taken."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, help="keep the articles and the cache here")
    args = parser.parse_args(argv)
    with workdir(args.keep, "ikhtisar-grouping-") as work:
        print("| articles | dossiers | pairwise precision | recall | F1 | grouping time |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: |")
        for n in args.n:
            print(_row(n, args.seed, work), flush=True)
    return 0


def _row(n: int, seed: int, work: Path) -> str:
    folder = work / f"articles-{n}"
    topics = {}
    folder.mkdir(parents=True, exist_ok=True)
    for article in generate_articles(n, seed):
        path = folder / article.name
        if not path.exists():
            path.write_text(article.text, encoding="utf-8")
        topics[f"{folder.name}/{article.name}"] = article.topic
    executor = default_executor(n)
    try:
        briefings = extract_folder(folder, cache=BriefingCache(work / "cache"), executor=executor).briefings
    finally:
        if executor is not None:
            executor.shutdown()
    began = time.perf_counter()
    digest = group(briefings)
    seconds = time.perf_counter() - began
    predicted = [[b.source for b in (*d.briefings, *d.undated)] for d in digest.dossiers]
    gold = {source: topics[source] for source in (b.source for b in briefings)}
    score = pairwise_f1(gold, predicted)
    return (
        f"| {n:,} | {len(digest.dossiers):,} | {score.precision:.3f} | {score.recall:.3f} | {score.f1:.3f} "
        f"| {seconds:.2f} s |"
    )


if __name__ == "__main__":
    sys.exit(main())
