"""Dossier PDF rendering time for large dossiers made from the seed briefings.

    .venv/bin/python bench/pdf.py [--sizes 100 500] [--out DIR]

The seed articles are extracted once; a dossier of N briefings is then made in
memory by recombining them: briefing n is seed n mod 5 with its own slug, a
date spread by a fixed rule over a year (every twentieth one undated) and one
of twelve made-up outlets. Prints seconds (wall clock and CPU) for dossier_pdf() and the page count
of each PDF; the target is at most 10 s for 100 briefings.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from builder.group import group, merge_actors  # noqa: E402
from builder.model import Briefing, DateStamp, Dossier  # noqa: E402
from builder.pdf import dossier_pdf, weasyprint_available  # noqa: E402
from builder.pipeline import extract_folder  # noqa: E402

BUILT = dt.date(2025, 1, 6)
START = dt.date(2024, 1, 1)
SPAN_DAYS = 365
OUTLETS = tuple(f"Media Contoh {letter}" for letter in "ABCDEFGHIJKL")


def recombined(seeds: list[Briefing], count: int) -> Dossier:
    """A dossier of count briefings made from the seeds, deterministic for a given count."""
    briefings = [_variant(seeds[n % len(seeds)], n) for n in range(count)]
    dated = sorted((b for b in briefings if b.date), key=lambda b: (b.date.date, b.date.time or "", b.source))  # type: ignore[union-attr]
    undated = sorted((b for b in briefings if not b.date), key=lambda b: b.source)
    title = f"Dosir uji {count} briefing"
    return Dossier(f"bench-{count}", title, tuple(dated), tuple(undated), merge_actors(briefings))


def _variant(seed: Briefing, n: int) -> Briefing:
    day = START + dt.timedelta(days=(n * 37) % SPAN_DAYS)
    time_of_day = seed.date.time if seed.date else None
    stamp = None if n % 20 == 19 else DateStamp(day, time_of_day, "WIB" if time_of_day else None)
    return replace(
        seed,
        source=f"{seed.source}#{n}",
        slug=f"{seed.slug}-{n}",
        headline=f"{seed.headline} ({n})",
        outlet=OUTLETS[(n * 7) % len(OUTLETS)],
        date=stamp,
    )


def _pages(pdf: bytes) -> str:
    """Page count from poppler's pdfinfo (the PDF's page objects are compressed)."""
    if shutil.which("pdfinfo") is None:
        return "?"
    with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
        file.write(pdf)
        file.flush()
        info = subprocess.run(["pdfinfo", file.name], check=True, capture_output=True, text=True).stdout
    match = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
    return match.group(1) if match else "?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 500])
    parser.add_argument("--out", type=Path, help="also write each PDF into this folder")
    args = parser.parse_args()
    missing = weasyprint_available()
    if missing:
        sys.exit(f"bench/pdf.py: {missing}")
    seeds = list(group(extract_folder(ROOT / "seeds").briefings).briefings)
    print(f"{platform.python_implementation()} {platform.python_version()} on {platform.machine()}, {len(seeds)} seeds")
    dossier_pdf(recombined(seeds, len(seeds)), BUILT)  # warm up: imports, fontconfig, template compilation
    for count in args.sizes:
        dossier = recombined(seeds, count)
        start, cpu = time.perf_counter(), time.process_time()
        pdf = dossier_pdf(dossier, BUILT)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        size = len(pdf) / 1e6
        print(f"{count:5d} briefings: {seconds:6.2f} s ({cpu:6.2f} s CPU), {_pages(pdf):>5} pages, {size:5.2f} MB")
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / f"{dossier.slug}.pdf").write_bytes(pdf)


if __name__ == "__main__":
    main()
