"""Extraction throughput on one core: plain-text scrapes and saved HTML pages.

    .venv/bin/python bench/extract.py [--rounds N]

Prints articles per second for read + clean + extract (the whole per-article
work, actors and quotes included) on the plain-text seeds and fixtures, the
same on saved HTML pages made from them, and trafilatura's own rate on those
HTML pages for comparison. Figures go to the README's performance section.
"""

from __future__ import annotations

import argparse
import html
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from builder.clean import clean  # noqa: E402
from builder.extract import extract  # noqa: E402
from builder.read import read_article  # noqa: E402

PAGE = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="contoh.com"></head><body>
<nav><a href="/">Home</a> <a href="/dunia">Dunia</a></nav><article><h1>{title}</h1>
<div class="date">Senin, 24 Juni 2024 10:01 WIB</div>{paragraphs}</article>
<aside><h3>Berita Terkait</h3><ul><li>Harga emas naik</li><li>Timnas menang</li></ul></aside>
<footer>Copyright 2024 contoh.com</footer></body></html>"""


def _text_articles() -> list[Path]:
    return sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))


def _html_pages(folder: Path, texts: list[Path]) -> list[Path]:
    pages = []
    for path in texts:
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in lines[1:])
        page = folder / f"{path.stem}.html"
        page.write_text(PAGE.format(title=html.escape(lines[0]), paragraphs=paragraphs), encoding="utf-8")
        pages.append(page)
    return pages


def _rate(paths: list[Path], rounds: int, work) -> float:  # type: ignore[no-untyped-def]
    for path in paths:  # warm caches (compiled patterns, data files) outside the timing
        work(path)
    start = time.perf_counter()
    for _ in range(rounds):
        for path in paths:
            work(path)
    return rounds * len(paths) / (time.perf_counter() - start)


def _ours(path: Path) -> None:
    extract(clean(read_article(path)))


def _trafilatura_only(path: Path) -> None:
    import trafilatura

    trafilatura.bare_extraction(path.read_text(encoding="utf-8"), with_metadata=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    texts = _text_articles()
    with tempfile.TemporaryDirectory() as folder:
        pages = _html_pages(Path(folder), texts)
        text_rate = _rate(texts, args.rounds, _ours)
        html_rate = _rate(pages, max(1, args.rounds // 4), _ours)
        trafilatura_rate = _rate(pages, max(1, args.rounds // 4), _trafilatura_only)
    print(f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}, one process")
    print(f"plain text  ({len(texts)} articles x {args.rounds}): {text_rate:8.1f} articles/s  (read+clean+extract)")
    html_rounds = max(1, args.rounds // 4)
    print(f"saved HTML  ({len(pages)} pages x {html_rounds}):    {html_rate:8.1f} articles/s  (read+clean+extract)")
    print(f"trafilatura alone on the same HTML:      {trafilatura_rate:8.1f} articles/s")
    print(f"ratio ours/trafilatura on HTML: {html_rate / trafilatura_rate:.2f}")


if __name__ == "__main__":
    main()
