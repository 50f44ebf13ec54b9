"""Command line: python -m builder build | serve | extract | evaluate."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor
from pathlib import Path
from typing import TypeVar

from builder.errors import IkhtisarError

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG = ROOT / "mkdocs.yml"
DEFAULT_CACHE = Path(".cache") / "ikhtisar"
# Objects allocated between collections of the youngest generation: a digest is hundreds of thousands of
# small long-lived objects, which the default (700) has the collector traverse again and again.
GC_THRESHOLD = 50_000
T = TypeVar("T")


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and run one command; user errors print one line, no traceback."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except IkhtisarError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: content/ and site/ were left as they were", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m builder", description="Ikhtisar: briefings from saved news articles."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="articles -> content/ -> site/")
    _add_paths(build)
    build.add_argument("--strict", action="store_true", help="fail (exit 1) when any article is skipped")
    build.add_argument("--no-site", action="store_true", help="write content/ only, do not run MkDocs")
    build.add_argument(
        "--cache", type=Path, default=DEFAULT_CACHE, help="cache of extracted articles (default .cache/ikhtisar)"
    )
    build.add_argument("--no-cache", action="store_true", help="extract every article again")
    build.add_argument(
        "--clean", action="store_true", help="make every page and build the whole site again (no incremental build)"
    )
    build.add_argument("--no-pdf", action="store_true", help="do not print dossiers to PDF")
    build.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores for 200+ articles)")
    build.add_argument("--dask", metavar="ADDRESS", help="extract on a Dask cluster (scheduler address)")
    build.set_defaults(run=_run_build)

    pdf = commands.add_parser("pdf", help="print dossiers to PDF into <site>/pdf/ (all, or the ones named)")
    _add_paths(pdf)
    pdf.add_argument("dossiers", nargs="*", metavar="DOSSIER", help="dossier slugs (default: every dossier)")
    pdf.set_defaults(run=_run_pdf)

    serve = commands.add_parser("serve", help="live preview; rebuilds when an article is added or changed")
    _add_paths(serve)
    serve.add_argument("--address", default="127.0.0.1:8000", help="host:port to serve on (default 127.0.0.1:8000)")
    serve.set_defaults(run=_run_serve)

    extract = commands.add_parser("extract", help="print what is extracted from files; writes nothing")
    extract.add_argument("files", nargs="+", type=Path, metavar="FILE")
    extract.add_argument("--json", action="store_true", help="one JSON object per file (JSON Lines)")
    extract.set_defaults(run=_run_extract)

    evaluate = commands.add_parser("evaluate", help="score extraction against reference annotations")
    evaluate.add_argument("gold", type=Path, metavar="GOLD")
    evaluate.add_argument("--articles", type=Path, default=ROOT / "seeds", help="folder of the annotated files")
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    evaluate.set_defaults(run=_run_evaluate)
    return parser


def _add_paths(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--articles", type=Path, default=Path("seeds"), help="folder of saved articles (default seeds/)"
    )
    command.add_argument("--content", type=Path, default=Path("content"), help="Markdown output (default content/)")
    command.add_argument("--site", type=Path, default=Path("site"), help="HTML output (default site/)")
    command.add_argument("--config", type=Path, default=DEFAULT_CONFIG, help="MkDocs configuration")


# -- build ----------------------------------------------------------------


def _run_build(args: argparse.Namespace) -> int:
    from builder.cache import BriefingCache, PairStore
    from builder.group import group
    from builder.pipeline import PARALLEL_FROM, extract_folder, paused_collection
    from builder.publish import SiteBuild, publish
    from builder.read import find_articles
    from builder.render import ENGLISH_ROOT, render_sources

    if not args.articles.is_dir():
        raise IkhtisarError(str(args.articles), "no such folder of articles")
    cache = None if args.no_cache else BriefingCache(args.cache)
    rules, rule_problems = _dossier_rules(args.articles)
    paths = tuple(find_articles(args.articles))
    rule_problems += _unknown_in_rules(rules, paths, args.articles)
    gc.set_threshold(GC_THRESHOLD)
    with _executor(args, len(paths)) as executor:
        automatic = args.jobs is None and not args.dask  # then a pool only pays for a good number of articles
        least = PARALLEL_FROM if automatic else 0
        extraction = extract_folder(args.articles, _progress, cache, executor, min_parallel=least, paths=paths)
    store = None if args.no_cache else PairStore(args.cache)
    with paused_collection():
        digest = group(extraction.briefings, (*rule_problems, *extraction.problems), rules, store)
        sources = render_sources(digest)
    _problems(digest)
    site = None
    if not args.no_site:
        site = SiteBuild(
            args.config,
            args.site,
            lambda unchanged: _pdfs(digest, args.no_pdf, unchanged),
            subsites=((args.config.with_name("mkdocs.en.yml"), ENGLISH_ROOT),),
            extra_folders=("pdf",),
        )
    written = publish(sources, args.content, site, clean=args.clean)
    _report(extraction.articles, digest, args, written)
    return 1 if args.strict and digest.problems else 0


def _pdfs(digest, skip: bool, unchanged: Callable[[str], bool]) -> dict[str, bytes | None]:  # type: ignore[no-untyped-def]
    """Dossier PDFs dated by SOURCE_DATE_EPOCH when set (reproducible builds), else today; unchanged ones kept."""
    from builder.pdf import weasyprint_available
    from builder.render import dossier_pdfs

    if skip:
        return {}
    missing = weasyprint_available()
    if missing:
        print(f"warning: dossier PDFs not made: {missing}", file=sys.stderr)
        return {}
    return dossier_pdfs(digest, build_date(), unchanged)


def build_date() -> dt.date:
    """The date printed on PDFs: SOURCE_DATE_EPOCH (seconds) when set, else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.date.today()


def _dossier_rules(articles: Path) -> tuple[tuple, tuple]:  # type: ignore[type-arg]
    """dossiers.yml, or none and its problem: a bad rules file must not stop the digest."""
    from builder.errors import ConfigError
    from builder.model import Problem
    from builder.read import read_dossier_rules

    try:
        return read_dossier_rules(articles), ()
    except ConfigError as error:
        return (), (Problem(error.source, f"{error.reason} (grouping corrections ignored)"),)


def _unknown_in_rules(rules: tuple, paths: tuple[Path, ...], articles: Path) -> tuple:  # type: ignore[type-arg]
    """A file name in dossiers.yml that names no article of the folder: one line each (that part is ignored)."""
    from builder.model import Problem
    from builder.read import DOSSIER_RULES_FILE

    present = {path.name for path in paths}
    named = dict.fromkeys(name for rule in rules for name in (rule.article, *rule.add, *rule.split) if name)
    source = str(articles / DOSSIER_RULES_FILE)
    return tuple(
        Problem(source, f"'{name[:80]}' is no article file of the folder (ignored in the rules)")
        for name in named
        if name not in present
    )


def _progress(items: Iterable[T], total: int) -> Iterable[T]:
    """A progress bar over the articles on a terminal; nothing when output goes to a file or CI log."""
    if not sys.stderr.isatty():
        return items
    from rich.progress import track

    return track(items, total=total, description="Membaca artikel", console=_stderr_console(), transient=True)


@contextlib.contextmanager
def _executor(args: argparse.Namespace, articles: int) -> Iterator[Executor | None]:
    """Where articles are extracted: a Dask cluster, a process pool, or this process."""
    if args.dask:
        from distributed import Client

        with Client(args.dask) as client:
            yield client.get_executor()
        return
    from builder.pipeline import default_executor

    executor = default_executor(articles, args.jobs)
    if executor is None:
        yield None
        return
    with executor:
        yield executor


def _stderr_console():  # type: ignore[no-untyped-def]
    from rich.console import Console

    return Console(stderr=True)


def _problems(digest) -> None:  # type: ignore[no-untyped-def]
    """Each skipped file, one line, as soon as the digest is made (before the site, which takes longest)."""
    for problem in digest.problems:
        print(f"skipped: {problem.source}: {problem.reason}", file=sys.stderr, flush=True)


def _report(articles: int, digest, args: argparse.Namespace, written) -> None:  # type: ignore[no-untyped-def]
    undated = sum(1 for b in digest.briefings if b.date is None)
    where = f"{args.content}/ ({len(written.written)} files changed, {len(written.removed)} removed)"
    if written.site != "none":
        where += f" and {args.site}/ ({written.site}: {written.rendered} pages rendered)"
    print(
        f"{articles} articles: {len(digest.briefings)} published, {len(digest.problems)} skipped, "
        f"{undated} undated; {len(digest.dossiers)} dossiers; wrote {where}",
        file=sys.stderr,
    )


def _run_pdf(args: argparse.Namespace) -> int:
    from builder.cache import BriefingCache
    from builder.group import group
    from builder.pdf import dossier_pdf, weasyprint_available
    from builder.pipeline import extract_folder
    from builder.publish import add_to_site

    missing = weasyprint_available()
    if missing:
        raise IkhtisarError("pdf", missing)
    rules, _problems = _dossier_rules(args.articles)
    digest = group(extract_folder(args.articles, cache=BriefingCache(DEFAULT_CACHE)).briefings, (), rules)
    chosen = [d for d in digest.dossiers if not args.dossiers or d.slug in args.dossiers]
    unknown = sorted(set(args.dossiers) - {d.slug for d in digest.dossiers})
    if unknown:
        known = ", ".join(d.slug for d in digest.dossiers[:10])
        raise IkhtisarError(", ".join(unknown), f"no such dossier (dossiers are: {known})")
    built = build_date()
    add_to_site({f"pdf/{d.slug}.pdf": dossier_pdf(d, built) for d in chosen}, args.site)
    for dossier in chosen:
        print(f"{args.site}/pdf/{dossier.slug}.pdf", file=sys.stderr)
    return 0


# -- serve ----------------------------------------------------------------


def _run_serve(args: argparse.Namespace) -> int:
    from builder.serve import serve

    serve(args.articles, args.content, args.config, args.address)
    return 0


# -- extract and evaluate -------------------------------------------------


def _run_extract(args: argparse.Namespace) -> int:
    from builder.extract import extract_file

    for path in args.files:
        record = extract_file(path)
        record["source"] = str(path)
        if args.json:
            print(json.dumps(record, ensure_ascii=False))
        else:
            print(_summary(record))
    return 0


def _summary(record: dict) -> str:  # type: ignore[type-arg]
    lines = [
        f"{record['source']}",
        f"  headline: {record['headline']}{' (derived)' if record['headline_derived'] else ''}",
        f"  date: {record['date'] or 'undated'} {record['time'] or ''}".rstrip(),
        f"  outlet: {record['outlet']}  author: {record['author']}  dateline: {record['dateline']}",
        f"  actors: {', '.join(a['name'] for a in record['actors'][:12])}",
        f"  quotes: {len(record['quotes'])} ({sum(q['key'] for q in record['quotes'])} key)",
    ]
    lines += [f"  warning: {warning}" for warning in record["warnings"]]
    return "\n".join(lines)


def _run_evaluate(args: argparse.Namespace) -> int:
    from builder.evaluate import evaluate, format_table, predicted_groups
    from builder.extract import extract_file

    scores = evaluate(args.gold, args.articles, extract_file, predicted_groups(args.articles))
    print(json.dumps(scores.as_dict(), ensure_ascii=False, indent=2) if args.json else format_table(scores))
    return 0
