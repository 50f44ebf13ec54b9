"""Incremental rebuild: a clean build of N articles (default 5,000), then one article more and a rebuild.

    .venv/bin/python bench/incremental.py [--n 5000] [--keep DIR] [--seed S]

A second article is then added and the site rebuilt once more: the first
rebuild reads and hashes the 5,000 articles again (they were written less
than two seconds before the clean build that indexed them started, too close
to trust their file times), the second does not. Every build runs the
builder's `build --no-pdf --cache DIR` command in a child process (the cache
starts empty), from a copy of builder/, theme/ and the site configurations
taken at the start, so that edits to the working tree during the
run cannot invalidate the cache between the two builds. Reported: the builder's time in the +1
rebuild (everything but MkDocs; target <= 2 s), the whole +1 publish (builder
and MkDocs) and its ratio to the clean build (target <= 20 %), and how many
files of content/ and of site/ were written: both trees hard-link the files of
the previous build that did not change, so a file whose inode changed (or that
is new) was written again.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent.parent), str(Path(__file__).resolve().parent)]

from build import MB, Run, machine, progress, run_child, snapshot, workdir  # noqa: E402
from corpus import write_corpus  # noqa: E402

from builder.cache import RACY_NS  # noqa: E402
from builder.publish import RETIRED_SUFFIX, STAGING_SUFFIX  # noqa: E402

TARGET_BUILDER_SECONDS = 2.0
TARGET_RATIO = 0.20


STAGES = (RETIRED_SUFFIX, STAGING_SUFFIX)


def inodes(folder: Path) -> dict[str, int]:
    """Inode of every file under a folder, by relative path."""
    return {str(path.relative_to(folder)): path.stat().st_ino for path in folder.rglob("*") if path.is_file()}


def rewritten(before: dict[str, int], after: dict[str, int]) -> tuple[list[str], list[str]]:
    """Files written again (new, or a new inode) and files that disappeared."""
    written = sorted(name for name, inode in after.items() if before.get(name) != inode)
    return written, sorted(set(before) - set(after))


def build(articles: Path, work: Path, root: Path) -> Run:
    """One `build --no-pdf` with the cache in work/cache, timed from outside and inside."""
    return run_child(["bench/build.py", "stage-cli", "build", "--articles", str(articles), "--content",
                      str(work / "content"), "--site", str(work / "site"), "--cache", str(work / "cache"),
                      "--no-pdf"], root)  # fmt: skip


def builder_seconds(run: Run) -> float | None:
    """Time spent in the builder (imports included): the run in-process minus MkDocs."""
    report = run.report
    if report.get("mkdocs") is None:
        return None
    return report.get("imports", 0.0) + report["seconds"] - report["mkdocs"]


def main(argv: Sequence[str] | None = None) -> int:
    """Clean build, add one article, rebuild; print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000, help="articles in the clean build (default 5000)")
    parser.add_argument("--keep", type=Path, help="keep the corpus, cache, content and site here")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    described = machine()
    with workdir(args.keep, "ikhtisar-incremental-") as work:
        articles = work / "articles"
        trees = ("content", "site")  # and the ones a build keeps (.previous) or a killed one leaves (.building)
        for name in ("articles", "cache", *trees, *(f"{tree}{end}" for tree in trees for end in STAGES)):
            shutil.rmtree(work / name, ignore_errors=True)
        root = snapshot(work)
        progress(f"writing {args.n} articles")
        write_corpus(args.n, articles, args.seed)
        progress("clean build, empty cache")
        clean = build(articles, work, root)
        before = inodes(work / "content")
        site_before = inodes(work / "site")
        write_corpus(1, articles, args.seed, start=args.n)
        progress("one article added: rebuild with the cache")
        again = build(articles, work, root)
        written, removed = rewritten(before, inodes(work / "content"))
        site_written, _ = rewritten(site_before, inodes(work / "site"))
        cache_entries = len(list((work / "cache").glob("*.msgpack")))
        write_corpus(1, articles, args.seed, start=args.n + 1)
        progress("another article added: rebuild with the cache")
        later = build(articles, work, root)
    print(report(args.n, described, clean, again, written, removed, len(before), site_written, cache_entries))
    print(
        f"- a second +1 rebuild (the {args.n:,} articles indexed by a build that started over "
        f"{RACY_NS / 1e9:.0f} s after they were written: not read again): builder "
        f"{_seconds(builder_seconds(later))}, whole run {later.wall:.1f} s"
    )
    return 0


def report(
    n: int, described: str, clean: Run, again: Run, written: list[str], removed: list[str], files: int,
    site_written: list[str], cache_entries: int,
) -> str:  # fmt: skip
    """The figures as Markdown, with the targets."""
    builder = builder_seconds(again)
    clean_builder = builder_seconds(clean)
    ratio = again.wall / clean.wall
    by_folder: dict[str, int] = {}
    for name in written:
        folder = name.split(os.sep)[0] if os.sep in name else "(top)"
        by_folder[folder] = by_folder.get(folder, 0) + 1
    lines = [
        f"Machine: {described}",
        "",
        "| build | whole run | builder | MkDocs | peak RSS (largest process / tree) |",
        "| --- | ---: | ---: | ---: | ---: |",
        _row(f"clean, {n:,} articles, empty cache", clean, clean_builder),
        _row(f"+1 article, cache of {n:,}", again, builder),
        "",
        f"- {'met' if builder is not None and builder <= TARGET_BUILDER_SECONDS else 'MISSED'}: builder time of the "
        f"+1 rebuild {_seconds(builder)} (target <= {TARGET_BUILDER_SECONDS:.0f} s)",
        f"- {'met' if ratio <= TARGET_RATIO else 'MISSED'}: whole +1 publish {again.wall:.1f} s = {ratio:.0%} of the "
        f"clean build's {clean.wall:.1f} s (target <= {TARGET_RATIO:.0%})",
        f"- content files rewritten: {len(written)} of {files} "
        f"({', '.join(f'{folder} {count}' for folder, count in sorted(by_folder.items()))}); removed: {len(removed)}",
        f"- site files written again: {len(site_written)} (pages MkDocs rendered, search index, sitemap, 404 page)",
        f"- cache entries after the rebuild: {cache_entries}",
    ]
    return "\n".join(lines)


def _row(label: str, run: Run, builder: float | None) -> str:
    mkdocs = run.report.get("mkdocs")
    return (
        f"| {label} | {run.wall:.1f} s | {_seconds(builder)} | {_seconds(mkdocs)} | "
        f"{run.peak_rss / MB:,.0f} MB / {run.tree_rss / MB:,.0f} MB |"
    )


def _seconds(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f} s"


if __name__ == "__main__":
    sys.exit(main())
