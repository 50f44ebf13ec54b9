"""Site search at scale: index size, index build time, and time from page load to first result.

    .venv/bin/python bench/search.py [N ...] [--work DIR] [--query WORD] [--no-browser]

For each N (default: 1000 5000) writes N articles with bench/corpus.py, builds
the site with `python -m builder build --no-pdf`, then measures

  * the search index (site/search/search_index.json): bytes, bytes per
    briefing, and the bytes of each kind of page and of briefing sections;
  * the same figures for a lean index, without the sections LEAN names:
    what the index is once the templates mark them `data-search-exclude`;
  * how long Material's search worker takes to build its Lunr index and to
    answer a query, run in Node (both indexes);
  * in Chromium (Playwright, the site served on 127.0.0.1), the time from
    navigation start to the first search result for --query typed as soon
    as the page has loaded.

Built sites are kept under --work (default /tmp/ikhtisar-bench-search) and
reused when present. The Node harness (`WORKER_HARNESS`) runs Material's own
worker script and the theme's Lunr plugins; tests/test_search.py uses it too.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import json
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
# Debian's Chromium, never a browser downloaded by Playwright; the flags keep it from contacting any
# outside host. The browser tests launch it the same way (tests/conftest.py).
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# Runs Material's search worker in Node: `node -e WORKER_HARNESS SITE_DIR`, a
# JSON request on stdin: {"index": path or null, "queries": [...]}. The
# worker's importScripts reads the site's own files (lunr/min/...). Prints
# {"setup_ms": ..., "results": [{"query", "ms", "items": [[location, title,
# terms], ...]}]}, one item per result group (its first, best entry).
WORKER_HARNESS = r"""
const fs = require("fs"), vm = require("vm"), path = require("path");
const site = process.argv[1];
const request = JSON.parse(fs.readFileSync(0, "utf8"));
const scripts = path.join(site, "assets", "javascripts");
const workers = path.join(scripts, "workers");
const context = { console, setTimeout, clearTimeout, queueMicrotask, TextEncoder, TextDecoder };
context.self = context;
vm.createContext(context);
let handler = null;
const replies = [];
context.addEventListener = (type, fn) => { handler = fn; };
context.postMessage = message => replies.push(message);
context.importScripts = (...urls) => {
  for (const url of urls)
    vm.runInContext(fs.readFileSync(path.join(workers, url), "utf8"), context, { filename: url });
};
const worker = fs.readdirSync(workers).find(name => /^search\..*\.min\.js$/.test(name));
vm.runInContext(fs.readFileSync(path.join(workers, worker), "utf8"), context, { filename: worker });
const indexPath = request.index || path.join(site, "search", "search_index.json");
const index = JSON.parse(fs.readFileSync(indexPath, "utf8"));
async function send(message) {
  replies.length = 0;
  await handler({ data: message });
  while (!replies.length) await new Promise(resolve => setTimeout(resolve, 0));
  return replies[0];
}
(async () => {
  let start = process.hrtime.bigint();
  await send({ type: 0, data: { ...index, options: {} } });
  const setup = Number(process.hrtime.bigint() - start) / 1e6;
  const results = [];
  for (const query of request.queries) {
    start = process.hrtime.bigint();
    const reply = await send({ type: 2, data: query });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const items = reply.data.items.map(group => [group[0].location, group[0].title, group[0].terms]);
    results.push({ query, ms, items });
  }
  process.stdout.write(JSON.stringify({ setup_ms: setup, results }));
})().catch(error => { console.error(error); process.exit(1); });
"""


# -- index figures --------------------------------------------------------


@dataclass(frozen=True)
class IndexFigures:
    """Size of a search index, in bytes of compact JSON."""

    total: int
    briefings: int  # number of briefing pages
    by_kind: dict[str, int]  # bytes of the entries of each kind of page (briefings, actors, dossiers...)
    by_section: dict[str, int]  # bytes of briefing entries by section (heading id, "(top)" for the page)

    @property
    def per_briefing(self) -> float:
        """Total bytes divided by the number of briefings."""
        return self.total / max(self.briefings, 1)


def load_index(path: Path) -> dict[str, Any]:
    """A search_index.json as Python data."""
    return json.loads(path.read_text("utf-8"))


def index_bytes(index: dict[str, Any]) -> int:
    """Bytes of an index written as MkDocs writes it (compact JSON, UTF-8)."""
    return len(json.dumps(index, separators=(",", ":")).encode("utf-8"))


def index_figures(index: dict[str, Any]) -> IndexFigures:
    """Bytes per kind of page and per briefing section."""
    by_kind: Counter[str] = Counter()
    by_section: Counter[str] = Counter()
    pages: set[str] = set()
    for doc in index["docs"]:
        page, _, anchor = doc["location"].partition("#")
        kind = page.split("/")[0] if "/" in page else "(top)"
        size = len(json.dumps(doc, separators=(",", ":")).encode("utf-8")) + 1
        by_kind[kind] += size
        if kind == "briefings":
            pages.add(page)
            by_section[anchor or "(top)"] += size
    return IndexFigures(index_bytes(index), len(pages), dict(by_kind), dict(by_section))


# The sections a lean index leaves out, by kind of page: heading ids (glob
# patterns) of the first section to go; it and every section after it on the
# page go, as the templates write these sections last. What the index would
# be with `{ data-search-exclude }` on those headings: briefings keep their
# headline, lead, key quotes and actors table (names and the forms used in
# the text); actor pages their name, kind, dates, aliases and roles; dossier
# pages their title, dates and outlets.
LEAN = {
    "briefings": ["teks-artikel"],  # the article text (with its subheadings and source line)
    "actors": ["kutipan", "disebut-dalam-*"],  # quotes and briefing lists: copies of briefing entries
    "dossiers": ["linimasa", "tanpa-tanggal", "aktor", "kutipan-kunci-menurut-pembicara"],  # copies again
}


def lean_index(index: dict[str, Any], policy: dict[str, list[str]] = LEAN) -> dict[str, Any]:
    """The index without the sections `policy` leaves out (see LEAN)."""
    kept = []
    dropping: set[str] = set()
    for doc in index["docs"]:
        page, _, anchor = doc["location"].partition("#")
        kind = page.split("/")[0] if "/" in page else "(top)"
        if anchor and any(fnmatch(anchor, pattern) for pattern in policy.get(kind, ())):
            dropping.add(page)
        if page not in dropping:
            kept.append(doc)
    return {**index, "docs": kept}


# -- Node -----------------------------------------------------------------


def node_search(site: Path, queries: Sequence[str], index: Path | None = None) -> dict[str, Any]:
    """Run Material's search worker in Node over a built site; see WORKER_HARNESS."""
    request = json.dumps({"index": str(index) if index else None, "queries": list(queries)})
    done = subprocess.run(
        ["node", "-e", WORKER_HARNESS, str(site)], input=request, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"node exited {done.returncode}: {done.stderr[-2000:]}")
    return json.loads(done.stdout)


# -- browser --------------------------------------------------------------


@contextlib.contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve a built site on 127.0.0.1 (a free port); yield its base URL."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def browser_first_result(site: Path, query: str, runs: int = 3) -> list[float]:
    """Seconds from navigation start to the first result for `query`, typed once the page has loaded."""
    from playwright.sync_api import sync_playwright

    times = []
    with serve(site) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for _ in range(runs):
                context = browser.new_context()
                page = context.new_page()
                page.goto(base + "index.html", wait_until="load")
                page.keyboard.press("/")
                page.locator("input.md-search__input").fill(query)
                page.locator(".md-search-result__item").first.wait_for(timeout=300_000)
                times.append(page.evaluate("performance.now()") / 1000)
                context.close()
        finally:
            browser.close()
    return times


# -- driver ---------------------------------------------------------------


def build_site(n: int, work: Path) -> Path:
    """A site of n corpus articles under work/ (reused when already built)."""
    site = work / f"site-{n}"
    if (site / "search" / "search_index.json").is_file():
        return site
    articles, content = work / f"articles-{n}", work / f"content-{n}"
    python = sys.executable
    subprocess.run([python, str(REPO / "bench" / "corpus.py"), str(n), str(articles)], check=True, cwd=REPO)
    command = [python, "-m", "builder", "build", "--articles", str(articles), "--content", str(content)]
    command += ["--site", str(site), "--no-pdf", "--no-cache"]
    subprocess.run(command, check=True, cwd=REPO, stdout=subprocess.DEVNULL)
    return site


_SECTIONS = ("(top)", "ringkasan", "kutipan-kunci", "aktor", "teks-artikel")  # a briefing's h2 sections


def lean_site(site: Path, lean: dict[str, Any], target: Path) -> Path:
    """A copy of a built site (symbolic links) whose search index is `lean`."""
    shutil.rmtree(target, ignore_errors=True)
    (target / "search").mkdir(parents=True)
    for entry in site.iterdir():
        if entry.name != "search":
            (target / entry.name).symlink_to(entry.resolve())
    (target / "search" / "search_index.json").write_text(json.dumps(lean, separators=(",", ":")), "utf-8")
    return target


def _kb(value: float) -> str:
    return f"{value / 1024:,.1f} KB"


def report(n: int, site: Path, query: str, browser: bool) -> None:
    """Print the figures for one built site."""
    index = load_index(site / "search" / "search_index.json")
    lean = lean_index(index)
    lean_copy = lean_site(site, lean, site.parent / f"lean-site-{n}")
    print(f"\n== {n} articles: {site}")
    for name, data, served in (("as built", index, site), ("lean", lean, lean_copy)):
        figures = index_figures(data)
        kinds = ", ".join(f"{kind} {_kb(size)}" for kind, size in sorted(figures.by_kind.items()))
        print(
            f"{name:>9}: {_kb(figures.total)} for {figures.briefings} briefings = "
            f"{figures.per_briefing:,.0f} B per briefing ({kinds})"
        )
        sections = Counter()
        for anchor, size in figures.by_section.items():
            sections[anchor if anchor in _SECTIONS else "(body)"] += size
        print(
            "           briefing sections, bytes per briefing: "
            + ", ".join(f"{anchor} {size / max(figures.briefings, 1):,.0f}" for anchor, size in sections.most_common())
        )
        setups, answers = [], []
        for _ in range(3):
            result = node_search(served, [query])
            setups.append(result["setup_ms"])
            answers.append(result["results"][0]["ms"])
        found = len(result["results"][0]["items"])
        print(
            f"           Node, Material's worker: index built in {statistics.median(setups):,.0f} ms, "
            f"'{query}' answered in {statistics.median(answers):,.1f} ms ({found} pages)"
        )
        if browser and Path(CHROMIUM).exists():
            times = browser_first_result(served, query)
            print(
                f"           Chromium, page load to first result for '{query}': "
                f"median {statistics.median(times):.2f} s of {', '.join(f'{t:.2f}' for t in times)}"
            )


def main(argv: list[str] | None = None) -> int:
    """Build corpus sites of the given sizes and print their search figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 5000])
    parser.add_argument("--work", type=Path, default=Path("/tmp/ikhtisar-bench-search"))
    parser.add_argument("--query", default="sanksi")
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--fresh", action="store_true", help="rebuild sites already under --work")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    for n in args.sizes:
        if args.fresh:
            for stale in args.work.glob(f"*-{n}"):
                shutil.rmtree(stale, ignore_errors=True)
        started = time.perf_counter()
        site = build_site(n, args.work)
        print(f"(site of {n} ready in {time.perf_counter() - started:,.0f} s)")
        report(n, site, args.query, not args.no_browser)
    return 0


if __name__ == "__main__":
    sys.exit(main())
