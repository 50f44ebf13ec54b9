"""Scale benchmark of a whole build against a bare MkDocs Material build of the same articles.

    .venv/bin/python bench/build.py [--sizes 1000 5000 10000] [--keep DIR] [--seed S] [--profile N]

For each size N it writes a synthetic corpus (bench/corpus.py), then measures,
each in its own process so that peak memory is per run:

  (a) builder: `python -m builder build --no-site --no-cache` (read, clean,
      extract, group, render, write content/), in articles per second;
  (b) MkDocs alone on the content/ that (a) wrote, with the project's mkdocs.yml;
  (c) the whole `python -m builder build --no-pdf --no-cache` run: wall time,
      the builder's and MkDocs' shares of it (every site it builds), peak RSS
      (largest process, and the sum over the process tree, sampled, which
      counts pages shared by forked workers more than once), site size and
      search index size;
  (e) the reference: MkDocs Material on one plain Markdown page per article (the
      article's text only), same nav, plugins (search, offline) and
      use_directory_urls as ours.

Every child runs from a copy of builder/, theme/, bench/, seeds/ and the
top-level files (site configurations) taken at the start, so one run measures
one version of the builder even while the working tree is being edited.

Prints a Markdown table for the README's performance section, the machine it
ran on, and the targets: full build of 5,000 within 1.3x the bare build,
growth 1k -> 10k within 11x, peak memory <= 1 GB at 10k, site size linear in
N. With --profile N, the builder (one process, --jobs 1) and then MkDocs on
its content run once more on N articles under cProfile, and their hot spots
are printed.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import importlib.metadata
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]  # the builder package and corpus.py, also in the child processes
MB = 1024 * 1024
SAMPLE_SECONDS = 0.1  # how often the process tree's memory is sampled
TARGET_BARE_RATIO = 1.3
TARGET_GROWTH = 11.0
TARGET_PEAK_BYTES = 1024 * MB
TARGET_LINEAR_SPREAD = 1.15  # site bytes per article (theme assets left out) may grow this much with N
PAGE_FOLDERS = ("briefings", "dossiers", "actors")
SNAPSHOT_FOLDERS = ("builder", "theme", "bench", "seeds")  # copied with the top-level files (site configs)
BUILDER_MODULES = ("builder.cli", "builder.cache", "builder.group", "builder.pipeline", "builder.publish",
                   "builder.render")  # fmt: skip
BARE_CONFIG = """\
site_name: Bare Material
use_directory_urls: false
theme:
  name: material
plugins:
  - search
  - offline
nav:
  - Beranda: index.md
  - Dossier: dossiers/index.md
  - Aktor: actors/index.md
  - Tentang: about.md
"""


# -- one measured child process -------------------------------------------------


@dataclass(frozen=True)
class Run:
    """A child process as measured from outside, and the JSON report it printed last."""

    wall: float  # seconds, process start to exit
    peak_rss: int  # bytes, the largest single process (wait4)
    tree_rss: int  # bytes, peak of the summed RSS of the process and its children (sampled; 0 without psutil)
    report: dict[str, Any] = field(default_factory=dict)
    stderr: str = ""


def snapshot(work: Path) -> Path:
    """A copy of the builder, theme, site config and benchmarks, so that every run measures one version."""
    target = work / "snapshot"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for source in ROOT.iterdir():
        if source.is_file() and not source.name.startswith("."):
            shutil.copy2(source, target / source.name)
    for name in SNAPSHOT_FOLDERS:
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def run_child(args: Sequence[str], root: Path = ROOT) -> Run:
    """Run `python <args>` from root (a snapshot of the repository); wait4 gives this process's own peak RSS."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    began = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, *args], cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    out: list[str] = []
    err: list[str] = []
    readers = [_reader(process.stdout, out), _reader(process.stderr, err)]
    tree_peak, usage, status = _wait_sampling(process.pid)
    wall = time.perf_counter() - began
    process.returncode = os.waitstatus_to_exitcode(status)
    for reader in readers:
        reader.join()
    stdout, stderr = "".join(out), "".join(err)
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} exited {process.returncode}:\n{stderr[-3000:]}")
    lines = stdout.strip().splitlines()
    report = json.loads(lines[-1]) if lines and lines[-1].startswith("{") else {}
    return Run(wall, usage.ru_maxrss * 1024, tree_peak, report, stderr)


def _reader(stream: Any, into: list[str]) -> threading.Thread:
    thread = threading.Thread(target=lambda: into.append(stream.read()), daemon=True)
    thread.start()
    return thread


def _wait_sampling(pid: int) -> tuple[int, Any, int]:
    """Wait for the child, sampling the RSS of its process tree; returns (peak sum, rusage, status)."""
    try:
        import psutil
    except ImportError:
        psutil = None
    tree_peak = 0
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            return tree_peak, usage, status
        if psutil is not None:
            tree_peak = max(tree_peak, _tree_rss(psutil, pid))
        time.sleep(SAMPLE_SECONDS)


def _tree_rss(psutil: Any, pid: int) -> int:
    total = 0
    try:
        parent = psutil.Process(pid)
        for process in [parent, *parent.children(recursive=True)]:
            with contextlib.suppress(psutil.Error):
                total += process.memory_info().rss
    except psutil.Error:
        return 0
    return total


# -- what runs inside the children ------------------------------------------------


def stage_cli(argv: Sequence[str]) -> int:
    """Child: run the builder's own command line in this process, timing MkDocs inside it."""
    profile_to = None
    if argv and argv[0] == "--profile":
        profile_to, argv = argv[1], argv[2:]
    import mkdocs.commands.build as mkdocs_build

    spans: list[float] = []
    original = mkdocs_build.build

    def timed_build(*args: Any, **kwargs: Any) -> Any:
        began = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spans.append(time.perf_counter() - began)

    mkdocs_build.build = timed_build
    began = time.perf_counter()
    for module in BUILDER_MODULES:  # imported by the build command anyway; timed apart from the work
        importlib.import_module(module)
    imports = time.perf_counter() - began
    from builder.cli import main

    began = time.perf_counter()
    if profile_to:
        import cProfile

        profiler = cProfile.Profile()
        code = profiler.runcall(main, list(argv))
        profiler.dump_stats(profile_to)
    else:
        code = main(list(argv))
    seconds = time.perf_counter() - began
    mkdocs_seconds = sum(spans) if spans else None
    report = {"seconds": seconds, "mkdocs": mkdocs_seconds, "mkdocs_runs": len(spans), "imports": imports, "code": code}
    print(json.dumps(report))
    return int(code or 0)


def stage_mkdocs(config: str, docs: str, site: str, profile_to: str | None = None) -> int:
    """Child: build one MkDocs site from a docs folder, warnings only."""
    import logging

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    began = time.perf_counter()
    loaded = load_config(config_file=config, docs_dir=str(Path(docs).resolve()), site_dir=str(Path(site).resolve()))
    if profile_to:
        import cProfile

        profiler = cProfile.Profile()
        profiler.runcall(build, loaded)
        profiler.dump_stats(profile_to)
    else:
        build(loaded)
    print(json.dumps({"seconds": time.perf_counter() - began}))
    return 0


def _stage(argv: Sequence[str]) -> int:
    if argv[0] == "stage-cli":
        return stage_cli(argv[1:])
    if argv[1] == "--profile":
        return stage_mkdocs(*argv[3:6], profile_to=argv[2])
    return stage_mkdocs(*argv[1:4])


# -- one size -------------------------------------------------------------------


@dataclass(frozen=True)
class Measure:
    """Every figure of one corpus size."""

    n: int
    corpus_bytes: int
    builder: Run  # (a)
    mkdocs: Run  # (b)
    full: Run  # (c)
    bare: Run  # (e)
    site_bytes: int
    search_bytes: int  # search_index.json
    search_js_bytes: int  # the offline plugin's search_index.js
    bare_site_bytes: int
    assets_bytes: int  # site/assets: the theme's files, the same at every size
    bare_search_bytes: int
    pages: dict[str, int]  # content pages by folder
    warnings: int  # MkDocs warnings in the full run


def measure(n: int, work: Path, seed: int, root: Path) -> Measure:
    """Generate (or reuse) the corpus of n articles and measure (a), (b), (c) and (e) on it."""
    folder = work / f"n{n}"
    articles = folder / "articles"
    corpus_bytes = _ensure_corpus(articles, n, seed)
    for name in ("content-a", "site-b", "content-c", "site-c", "bare-docs", "bare-site"):
        shutil.rmtree(folder / name, ignore_errors=True)
    progress(f"n={n}: (a) builder, content only")
    builder = run_child(["bench/build.py", "stage-cli", "build", "--articles", str(articles), "--content",
                         str(folder / "content-a"), "--no-site", "--no-cache"], root)  # fmt: skip
    progress(f"n={n}: (b) MkDocs on that content")
    mkdocs = run_child(["bench/build.py", "stage-mkdocs", str(root / "mkdocs.yml"), str(folder / "content-a"),
                        str(folder / "site-b")], root)  # fmt: skip
    progress(f"n={n}: (c) full build --no-pdf")
    full = run_child(["bench/build.py", "stage-cli", "build", "--articles", str(articles), "--content",
                      str(folder / "content-c"), "--site", str(folder / "site-c"), "--no-pdf",
                      "--no-cache"], root)  # fmt: skip
    progress(f"n={n}: (e) bare Material build")
    bare_config = write_bare_docs(articles, folder / "bare-docs")
    bare = run_child(["bench/build.py", "stage-mkdocs", str(bare_config), str(folder / "bare-docs"),
                      str(folder / "bare-site")], root)  # fmt: skip
    site = folder / "site-c"
    return Measure(
        n=n,
        corpus_bytes=corpus_bytes,
        builder=builder,
        mkdocs=mkdocs,
        full=full,
        bare=bare,
        site_bytes=tree_bytes(site),
        search_bytes=_size(site / "search" / "search_index.json"),
        search_js_bytes=_size(site / "search" / "search_index.js"),
        bare_site_bytes=tree_bytes(folder / "bare-site"),
        assets_bytes=tree_bytes(site / "assets"),
        bare_search_bytes=_size(folder / "bare-site" / "search" / "search_index.json"),
        pages={part: _pages(folder / "content-c" / part) for part in PAGE_FOLDERS},
        warnings=full.stderr.count("WARNING"),
    )


def _ensure_corpus(articles: Path, n: int, seed: int) -> int:
    from corpus import write_corpus

    stamp = articles.parent / "corpus.json"
    wanted = {"n": n, "seed": seed}
    if stamp.is_file() and json.loads(stamp.read_text()) == wanted:
        return tree_bytes(articles)
    shutil.rmtree(articles, ignore_errors=True)
    progress(f"n={n}: writing the corpus")
    size = write_corpus(n, articles, seed)
    stamp.write_text(json.dumps(wanted))
    return size


def write_bare_docs(articles: Path, docs: Path) -> Path:
    """One plain Markdown page per article (its lines as paragraphs) and the four nav pages; returns the config."""
    (docs / "articles").mkdir(parents=True)
    for path in sorted(articles.glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        (docs / "articles" / f"{path.stem}.md").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    for page, title in (("index.md", "Beranda"), ("dossiers/index.md", "Dossier"), ("actors/index.md", "Aktor"),
                        ("about.md", "Tentang")):  # fmt: skip
        (docs / page).parent.mkdir(parents=True, exist_ok=True)
        (docs / page).write_text(f"# {title}\n", encoding="utf-8")
    config = docs.parent / "bare-mkdocs.yml"
    config.write_text(BARE_CONFIG, encoding="utf-8")
    return config


def tree_bytes(folder: Path) -> int:
    """Total size of the files under a folder."""
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def _pages(folder: Path) -> int:
    return sum(path.name != "index.md" for path in folder.glob("*.md"))


def _size(path: Path) -> int:
    return path.stat().st_size if path.is_file() else 0


# -- the report -------------------------------------------------------------------


def machine() -> str:
    """CPU count and model, memory, Python and MkDocs versions, and how busy the machine is."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    model = _proc_field("/proc/cpuinfo", "model name") or platform.processor() or platform.machine()
    memory = _proc_field("/proc/meminfo", "MemTotal")
    ram = f"{int(memory.split()[0]) / MB:.1f} GB RAM" if memory else "RAM unknown"
    versions = ", ".join(f"{name} {_version(name)}" for name in ("mkdocs", "mkdocs-material"))
    load = " / ".join(f"{value:.1f}" for value in os.getloadavg())
    return (
        f"{cpus} CPUs ({model}), {ram}, Python {platform.python_version()}, {versions}; "
        f"load average {load} (1/5/15 min); builder: a copy of {revision()}"
    )


def revision() -> str:
    """The commit measured, and whether builder/ had changes not yet committed."""

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown commit"
    return commit + (" with uncommitted changes in builder/" if git("status", "--porcelain", "builder") else "")


def _proc_field(path: str, name: str) -> str | None:
    with contextlib.suppress(OSError):
        for line in Path(path).read_text().splitlines():
            if line.startswith(name):
                return line.split(":", 1)[1].strip()
    return None


def _version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def table(measures: Sequence[Measure]) -> str:
    """The Markdown table of every size."""
    head = (
        "| articles | builder (a) | MkDocs alone (b) | full build (c) | builder / MkDocs inside (c) | "
        "peak RSS (c): largest process / process tree | site | search index (json + js) | "
        "bare Material (e) | full / bare |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    )
    rows = []
    for m in measures:
        builder_seconds = m.builder.report["seconds"]
        inside = m.full.report
        mkdocs_inside = inside.get("mkdocs")
        builder_part = inside["seconds"] - mkdocs_inside if mkdocs_inside is not None else None
        rows.append(
            f"| {m.n:,} | {builder_seconds:.1f} s ({m.n / builder_seconds:,.0f} articles/s) | "
            f"{m.mkdocs.report['seconds']:.1f} s | {m.full.wall:.1f} s | "
            f"{_seconds(builder_part)} / {_seconds(mkdocs_inside)} ({inside.get('mkdocs_runs', '?')} sites) | "
            f"{m.full.peak_rss / MB:,.0f} MB / {m.full.tree_rss / MB:,.0f} MB | "
            f"{m.site_bytes / MB:,.1f} MB | {m.search_bytes / MB:,.1f} + {m.search_js_bytes / MB:,.1f} MB | "
            f"{m.bare.wall:.1f} s | {m.full.wall / m.bare.wall:.2f}x |"
        )
    return "\n".join([head, *rows])


def _seconds(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f} s"


def details(measures: Sequence[Measure]) -> str:
    """Per-size counts behind the table: pages, sizes per article, memory and wall time of each run."""
    lines = []
    for m in measures:
        lines.append(
            f"- {m.n:,} articles ({m.corpus_bytes / MB:.1f} MB of text): {m.pages['briefings']:,} briefings, "
            f"{m.pages['dossiers']:,} dossiers, {m.pages['actors']:,} actor pages; "
            f"site {_per_article(m) / 1024:.1f} KB per article without the theme's assets "
            f"({m.assets_bytes / MB:.1f} MB), bare {m.bare_site_bytes / m.n / 1024:.1f} KB; "
            f"search index {m.search_bytes / m.n / 1024:.1f} KB per article "
            f"(bare {m.bare_search_bytes / m.n / 1024:.1f} KB); "
            f"peak RSS (a) {m.builder.peak_rss / MB:,.0f} MB / tree {m.builder.tree_rss / MB:,.0f} MB, "
            f"(b) {m.mkdocs.peak_rss / MB:,.0f} MB, (e) {m.bare.peak_rss / MB:,.0f} MB; "
            f"imports {m.builder.report.get('imports', 0):.1f} s; wall (a) {m.builder.wall:.1f} s, "
            f"(b) {m.mkdocs.wall:.1f} s, (e) {m.bare.wall:.1f} s ({m.bare.report['seconds']:.1f} s in MkDocs); "
            f"{m.warnings} MkDocs warnings"
        )
    return "\n".join(lines)


def _per_article(measure: Measure) -> float:
    return (measure.site_bytes - measure.assets_bytes) / measure.n


def targets(measures: Sequence[Measure]) -> str:
    """Each target, met or not, from what was measured."""
    by_n = {m.n: m for m in measures}
    lines = []
    if 5000 in by_n:
        ratio = by_n[5000].full.wall / by_n[5000].bare.wall
        lines.append(_target(f"full build of 5,000 = {ratio:.2f}x the bare Material build", ratio <= TARGET_BARE_RATIO,
                             f"<= {TARGET_BARE_RATIO}x"))  # fmt: skip
    small, large = min(measures, key=lambda m: m.n), max(measures, key=lambda m: m.n)
    if large.n > small.n:
        growth = large.full.wall / small.full.wall
        bare_growth = large.bare.wall / small.bare.wall
        if (small.n, large.n) == (1000, 10000):
            lines.append(_target(f"growth 1k -> 10k = {growth:.1f}x (bare Material: {bare_growth:.1f}x)",
                                 growth <= TARGET_GROWTH, f"<= {TARGET_GROWTH:.0f}x"))  # fmt: skip
        else:
            lines.append(f"- growth {small.n:,} -> {large.n:,} ({large.n / small.n:.0f}x the articles) = {growth:.1f}x "
                         f"(bare Material: {bare_growth:.1f}x); the 1k -> 10k target needs both sizes")  # fmt: skip
        sizes = ", ".join(f"{_per_article(m) / 1024:.1f} KB" for m in measures)
        growth = max(_per_article(m) for m in measures) / _per_article(small)
        goal = f"at most linear in N: none above {TARGET_LINEAR_SPREAD}x the smallest size's"
        lines.append(_target(f"site bytes per article (theme assets left out) {sizes}", growth <= TARGET_LINEAR_SPREAD,
                             goal))  # fmt: skip
    if 10000 in by_n:
        peak = max(by_n[10000].full.peak_rss, by_n[10000].full.tree_rss)
        lines.append(_target(f"peak memory at 10k = {peak / MB:,.0f} MB", peak <= TARGET_PEAK_BYTES, "<= 1 GB"))
    return "\n".join(lines)


def _target(text: str, met: bool, goal: str) -> str:
    return f"- {'met' if met else 'MISSED'}: {text} (target {goal})"


# -- profile ----------------------------------------------------------------------


def profile(n: int, work: Path, seed: int, root: Path, top: int = 25) -> str:
    """The builder alone (content only, one process) and MkDocs on its content, each under cProfile: hot spots."""
    folder = work / f"n{n}"
    _ensure_corpus(folder / "articles", n, seed)
    for name in ("content-p", "site-p"):
        shutil.rmtree(folder / name, ignore_errors=True)
    progress(f"n={n}: profiling the builder (one process)")
    builder = run_child(["bench/build.py", "stage-cli", "--profile", str(folder / "builder.prof"), "build",
                         "--articles", str(folder / "articles"), "--content", str(folder / "content-p"), "--no-site",
                         "--no-cache", "--jobs", "1"], root)  # fmt: skip
    progress(f"n={n}: profiling MkDocs on that content")
    mkdocs = run_child(["bench/build.py", "stage-mkdocs", "--profile", str(folder / "mkdocs.prof"),
                        str(root / "mkdocs.yml"), str(folder / "content-p"), str(folder / "site-p")], root)  # fmt: skip
    return (
        f"builder on {n:,} articles, one process, under cProfile: {builder.report['seconds']:.1f} s\n"
        f"{_hot_spots(folder / 'builder.prof', top)}\n"
        f"MkDocs on that content under cProfile: {mkdocs.report['seconds']:.1f} s\n"
        f"{_hot_spots(folder / 'mkdocs.prof', top)}"
    )


def _hot_spots(stats_file: Path, top: int) -> str:
    import io
    import pstats

    out = io.StringIO()
    stats = pstats.Stats(str(stats_file), stream=out)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


# -- command line -----------------------------------------------------------------


def progress(message: str) -> None:
    """A progress line on stderr."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


@contextlib.contextmanager
def workdir(keep: Path | None, prefix: str = "ikhtisar-bench-") -> Iterator[Path]:
    """The folder to work in: `keep` when given (left in place), else a temporary one."""
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        yield keep.resolve()
        return
    with tempfile.TemporaryDirectory(prefix=prefix) as folder:
        yield Path(folder)


def main(argv: Sequence[str] | None = None) -> int:
    """Measure every size and print the report."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0].startswith("stage-"):
        return _stage(argv)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 10000], metavar="N")
    parser.add_argument("--keep", type=Path, help="keep corpora, content and sites here (and reuse the corpora)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--profile", type=int, metavar="N", help="also profile the builder and MkDocs on N articles")
    args = parser.parse_args(argv)
    described = machine()
    measures = []
    with workdir(args.keep) as work:
        root = snapshot(work)
        for n in sorted(args.sizes):
            measures.append(measure(n, work, args.seed, root))
        profiled = profile(args.profile, work, args.seed, root) if args.profile else None
        if args.keep:
            (work / "results.json").write_text(json.dumps([_plain(m) for m in measures], indent=2))
    print(f"Machine: {described}\n")
    print(table(measures))
    print()
    print(details(measures))
    print()
    print(targets(measures))
    print(f"\nLoad average at the end: {' / '.join(f'{value:.1f}' for value in os.getloadavg())}")
    if profiled:
        print(f"\n{profiled}")
    return 0


def _plain(measure: Measure) -> dict[str, Any]:
    data = {key: value for key, value in vars(measure).items() if not isinstance(value, Run)}
    for key in ("builder", "mkdocs", "full", "bare"):
        run: Run = getattr(measure, key)
        data[key] = {"wall": run.wall, "peak_rss": run.peak_rss, "tree_rss": run.tree_rss, **run.report}
    return data


if __name__ == "__main__":
    sys.exit(main())
