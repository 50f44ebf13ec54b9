"""Runs read -> clean -> extract over a folder, keeping every bad file as a reported Problem."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from builder.cache import BriefingCache, article_key
from builder.clean import clean
from builder.errors import IkhtisarError
from builder.extract import extract
from builder.model import Briefing, Problem
from builder.read import find_articles, first_line, not_readable, raw_contents, read_article, stat_signature
from builder.slug import RESERVED

T = TypeVar("T")
Progress = Callable[[Iterable[T], int], Iterable[T]]
PARALLEL_FROM = 200  # fewer articles than this are extracted in-process: worker start-up costs more


def _no_progress(items: Iterable[T], total: int) -> Iterable[T]:
    return items


EMPTY_BODY = "no article text left after removing page furniture"
Job = tuple[Path, str, BriefingCache | None, str | None]  # path, name shown, cache, cache key


@dataclass(frozen=True)
class Extraction:
    """What a folder of articles yielded: the briefings, and the files that did not make one."""

    briefings: tuple[Briefing, ...]
    problems: tuple[Problem, ...]
    articles: int  # files looked at


def extract_folder(
    folder: Path,
    progress: Progress = _no_progress,
    cache: BriefingCache | None = None,
    executor: Executor | None = None,
    min_parallel: int = 0,
    paths: Sequence[Path] | None = None,
) -> Extraction:
    """Extract every article under folder; a bad file becomes a Problem, the rest go on.

    Articles the cache holds are served here; with an executor (a process pool, or a Dask
    cluster's `Client.get_executor()`) the others are extracted by its workers, when there are
    at least `min_parallel` of them (starting workers for one new article costs more than it
    saves). Results come back in file order. `paths`: the folder's articles when already listed.
    """
    listed = find_articles(folder) if paths is None else paths
    with paused_collection():
        jobs = [_looked_up(path, _shown_name(path, folder), cache, folder) for path in listed]
    known = [hit for _job, hit in jobs]
    missing = [job for job, hit in jobs if hit is None]
    if executor and missing and len(missing) >= min_parallel:
        fresh = iter(executor.map(extract_one, missing, **_chunks(executor)))
    else:
        fresh = map(extract_one, missing)
    results = (next(fresh) if hit is None else hit for hit in known)
    briefings: list[Briefing] = []
    problems: list[Problem] = []
    for result in progress(results, len(jobs)):
        (briefings if isinstance(result, Briefing) else problems).append(result)  # type: ignore[arg-type]
    if cache is not None:
        for briefing in briefings:
            cache.keep(briefing)  # those workers extracted
        cache.save_index()
    kept, duplicates = _drop_duplicates(briefings)
    return Extraction(_unique_slugs(kept), (*problems, *duplicates), len(jobs))


@contextlib.contextmanager
def paused_collection() -> Iterator[None]:
    """No cyclic garbage collection while the digest is read from the cache, grouped or laid out as pages:
    work that makes hundreds of thousands of small objects and no reference cycles, which the collector
    would walk again and again (a tenth of a second for every 5,000 cached briefings). Extraction runs
    outside it (its libraries do make cycles, and worker processes would inherit a paused collector)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()  # what was made is the digest, kept to the end: later collections need not look at it
        if was_enabled:
            gc.enable()


def extract_one(job: Job) -> Briefing | Problem:
    """One article, end to end, stored in the cache under its key; a worker runs this (it takes and
    returns plain picklable data)."""
    path, shown, cache, key = job
    try:
        briefing = extract(clean(read_article(path, shown)))
        origin = key or article_key(shown, *raw_contents(path))
        briefing = replace(briefing, origin=origin, fingerprint=text_digest(briefing))
    except IkhtisarError as error:
        where = "" if error.source == shown else f"{error.source}: "
        return Problem(shown, f"{where}{error.reason}")
    except Exception as error:  # a rule that fails on one odd page must not stop the digest
        return Problem(shown, f"could not be extracted ({type(error).__name__}: {first_line(error)}); the other "
                              "articles were published")  # fmt: skip
    if cache is not None and key is not None:
        cache.put(key, briefing)
    return _published(briefing, shown)


def _looked_up(
    path: Path, shown: str, cache: BriefingCache | None, folder: Path
) -> tuple[Job, Briefing | Problem | None]:
    """An article's job, and what the cache already holds for it or why it is not read (None: extract it)."""
    reason = not_readable(path, folder)
    if reason is not None:
        return (path, shown, None, None), Problem(shown, reason)
    if cache is None:
        return (path, shown, cache, None), None
    signature = stat_signature(path)
    key = cache.known_key(shown, signature) or article_key(shown, *raw_contents(path))
    cache.note(shown, signature, key)
    briefing = cache.get(key)
    return (path, shown, cache, key), None if briefing is None else _published(briefing, shown)


def _published(briefing: Briefing, shown: str) -> Briefing | Problem:
    return briefing if briefing.body else Problem(shown, EMPTY_BODY)


def default_executor(articles: int, jobs: int | None = None) -> Executor | None:
    """A process pool over every core for a large folder; None (in-process) for a small one or jobs=1."""
    workers = jobs or os.cpu_count() or 1
    if workers <= 1 or (jobs is None and articles < PARALLEL_FROM):
        return None
    return ProcessPoolExecutor(max_workers=workers)


def _chunks(executor: Executor) -> dict[str, int]:
    """Process pools ship work in chunks (one round trip per chunk); other executors take items one by one."""
    return {"chunksize": 32} if isinstance(executor, ProcessPoolExecutor) else {}


def _shown_name(path: Path, folder: Path) -> str:
    """The name reports use: the path from the articles folder's parent ("seeds/a.txt"), printable on one line
    (bytes that are not UTF-8 and control characters such as a newline are written as escapes)."""
    name, parent = os.fspath(path), os.path.join(os.fspath(folder.parent), "")
    if name.startswith(parent) and parent != "./":
        name = name[len(parent) :]
    else:
        with contextlib.suppress(ValueError):
            name = str(path.relative_to(folder.parent))
    text = os.fsencode(name).decode("utf-8", "backslashreplace")
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else char.encode("unicode_escape").decode("ascii") for char in text)


def text_digest(briefing: Briefing) -> str:
    """A digest of a briefing's text as compared for duplicates: its words, lower case, one space apart."""
    words = " ".join(" ".join(block.text for block in briefing.body).split()).casefold()
    return hashlib.blake2b(words.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _drop_duplicates(briefings: list[Briefing]) -> tuple[list[Briefing], list[Problem]]:
    """The same article saved twice is published once; the later file is reported. Texts are compared by
    their digests, made when they were extracted."""
    seen: dict[str, str] = {}
    kept: list[Briefing] = []
    problems: list[Problem] = []
    for briefing in sorted(briefings, key=lambda b: b.source):
        digest = briefing.fingerprint or text_digest(briefing)
        if digest in seen:
            problems.append(Problem(briefing.source, f"duplicate of {seen[digest]} (published once)"))
            continue
        seen[digest] = briefing.source
        kept.append(briefing)
    return kept, problems


def _unique_slugs(briefings: list[Briefing]) -> tuple[Briefing, ...]:
    """Two headlines with the same slug get -2, -3... in the order of their file names."""
    taken: set[str] = set(RESERVED)
    unique = []
    for briefing in briefings:
        slug = briefing.slug or "artikel"
        candidate, number = slug, 2
        while candidate in taken:
            candidate, number = f"{slug}-{number}", number + 1
        taken.add(candidate)
        unique.append(briefing if candidate == briefing.slug else replace(briefing, slug=candidate))
    return tuple(unique)
