"""Draws a dossier's timeline as a static SVG: briefings per day, week or month, coloured by outlet.

The picture is made at build time: no script, no external font or host. Words
live in the template builder/templates/pdf/timeline.svg.j2 (autoescaped), dates
are formatted by Babel, and the same dossier always gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

import jinja2

from builder.dates import format_date
from builder.model import Briefing, Dossier

Scale = Literal["day", "week", "month"]

DAY_SPAN_LIMIT = 45  # spans up to this many days get one bar per day
WEEK_SPAN_LIMIT = 280  # up to this many days one bar per week (from Monday); longer spans per month

WIDTH = 760
LEFT, RIGHT = 44, 16  # room for the count axis on the left
TOP = 58  # room for the two title lines
PLOT_HEIGHT = 150
AXIS_HEIGHT = 30  # tick marks and date labels under the bars
LEGEND_ROW = 18
FONT_SIZE = 11
CHAR_WIDTH = 0.62 * FONT_SIZE  # a generous average advance of DejaVu Sans, for laying out labels
OUTLET_CHARS = 36  # longer outlet names are cut in the middle in the legend
BAR_MAX_WIDTH = 48  # a lone bar stays a bar, not a block

# Tableau 10 without its grey: distinct hues that stay apart for most colour-blind readers.
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f")
OTHER_COLOUR = "#bab0ac"  # outlets beyond the palette, merged into one legend entry
UNKNOWN_COLOUR = "#79706e"  # briefings whose outlet is not known

# Babel patterns: axis labels are short, the title range is spelled out.
TICK_PATTERNS = {"day": "d MMM", "week": "d MMM", "month": "LLL y"}
TICK_PATTERNS_MULTIYEAR = {"day": "d MMM y", "week": "d MMM y", "month": "LLL y"}
LONG_PATTERNS = {"day": "d MMMM y", "week": "d MMMM y", "month": "LLLL y"}
RANGE_PATTERN = "d MMMM y"
LOCALE = "id"


@dataclass(frozen=True)
class Swatch:
    """One legend entry: an outlet (or a merged group of outlets) and its colour."""

    key: str  # "outlet:<name>", "other" or "unknown"
    label: str | None  # the outlet's name; None for the merged and unknown entries
    colour: str
    count: int
    x: float
    y: float


@dataclass(frozen=True)
class Segment:
    """One outlet's share of a bar."""

    colour: str
    y: float
    height: float
    count: int


@dataclass(frozen=True)
class Bar:
    """The briefings of one period, stacked by outlet."""

    start: dt.date
    label: str  # the period spelled out, for the tooltip
    count: int
    x: float
    width: float
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class Tick:
    """A date label under the axis."""

    x: float
    label: str


def timeline_svg(dossier: Dossier) -> str:
    """The dossier's timeline as standalone SVG; a small "no dated briefings" SVG when none is dated."""
    dated = [briefing for briefing in dossier.briefings if briefing.date is not None]
    if not dated:
        return _template("timeline_empty.svg.j2").render(width=WIDTH, height=48, undated=len(dossier.undated))
    scale = choose_scale(dated[0].date.date, dated[-1].date.date)  # type: ignore[union-attr]
    return _draw(dated, scale)


def choose_scale(first: dt.date, last: dt.date) -> Scale:
    """Bars per day for short spans, per week for a few months, per month beyond."""
    span = (last - first).days
    if span <= DAY_SPAN_LIMIT:
        return "day"
    if span <= WEEK_SPAN_LIMIT:
        return "week"
    return "month"


def period_start(day: dt.date, scale: Scale) -> dt.date:
    """The first day of the period (day, ISO week from Monday, or month) that holds the day."""
    if scale == "week":
        return day - dt.timedelta(days=day.weekday())
    if scale == "month":
        return day.replace(day=1)
    return day


def periods(first: dt.date, last: dt.date, scale: Scale) -> list[dt.date]:
    """Start days of every period from the one holding first to the one holding last."""
    starts = [period_start(first, scale)]
    end = period_start(last, scale)
    while starts[-1] < end:
        starts.append(_next_period(starts[-1], scale))
    return starts


def _next_period(start: dt.date, scale: Scale) -> dt.date:
    if scale == "day":
        return start + dt.timedelta(days=1)
    if scale == "week":
        return start + dt.timedelta(days=7)
    return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


# -- drawing ----------------------------------------------------------------


def _draw(dated: Sequence[Briefing], scale: Scale) -> str:
    first, last = dated[0].date.date, dated[-1].date.date  # type: ignore[union-attr]
    starts = periods(first, last, scale)
    colours, swatches = _legend(dated)
    plot_width = WIDTH - LEFT - RIGHT
    slot = plot_width / len(starts)
    by_period = _count_by_period(dated, scale, colours)
    top = max(sum(counts.values()) for counts in by_period.values())
    unit = PLOT_HEIGHT / _axis_max(top)
    order = list(dict.fromkeys(colours.values()))  # legend order, bottom of each stack first
    slot_x = {start: LEFT + number * slot for number, start in enumerate(starts)}
    bars = [_bar(start, by_period[start], slot_x[start], slot, unit, order, scale) for start in sorted(by_period)]
    legend_top = TOP + PLOT_HEIGHT + AXIS_HEIGHT + 8
    swatches, rows = _place_legend(swatches, legend_top)
    multiyear = first.year != last.year
    context = {
        "width": WIDTH,
        "height": legend_top + rows * LEGEND_ROW + 4,
        "left": LEFT,
        "top": TOP,
        "plot_width": plot_width,
        "plot_height": PLOT_HEIGHT,
        "baseline": TOP + PLOT_HEIGHT,
        "scale": scale,
        "count": len(dated),
        "periods": len(starts),
        "span": {locale: _span(first, last, locale) for locale in ("id", "en")},
        "bars": bars,
        "ticks": _ticks(starts, slot, scale, multiyear),
        "grid": [(value, TOP + PLOT_HEIGHT - value * unit) for value in _grid_values(top)],
        "swatches": swatches,
        "font_size": FONT_SIZE,
    }
    return _template("timeline.svg.j2").render(**context)


def _legend(dated: Sequence[Briefing]) -> tuple[dict[str | None, str], list[Swatch]]:
    """Colour per outlet (most briefings first, then by name) and the legend entries in that order."""
    counts = Counter(briefing.outlet for briefing in dated)
    named = sorted((outlet for outlet in counts if outlet), key=lambda outlet: (-counts[outlet], outlet))
    coloured, rest = named[: len(PALETTE)], named[len(PALETTE) :]
    colours: dict[str | None, str] = dict(zip(coloured, PALETTE, strict=False))
    swatches = [
        Swatch(f"outlet:{outlet}", _shorten(outlet), colours[outlet], counts[outlet], 0, 0) for outlet in coloured
    ]
    if rest:
        colours.update({outlet: OTHER_COLOUR for outlet in rest})
        swatches.append(Swatch("other", None, OTHER_COLOUR, sum(counts[outlet] for outlet in rest), 0, 0))
    if None in counts:
        colours[None] = UNKNOWN_COLOUR
        swatches.append(Swatch("unknown", None, UNKNOWN_COLOUR, counts[None], 0, 0))
    return colours, swatches


def _shorten(name: str) -> str:
    """Long names keep their start and their end ("Kabar Nusantara Harian … Timur"), which tell outlets apart."""
    if len(name) <= OUTLET_CHARS:
        return name
    tail = OUTLET_CHARS // 3
    return name[: OUTLET_CHARS - tail - 1].rstrip() + "…" + name[-tail:].lstrip()


def _count_by_period(
    dated: Sequence[Briefing], scale: Scale, colours: dict[str | None, str]
) -> dict[dt.date, Counter[str]]:
    """Briefings per period and colour (outlets merged under one colour are counted together)."""
    by_period: dict[dt.date, Counter[str]] = {}
    for briefing in dated:
        start = period_start(briefing.date.date, scale)  # type: ignore[union-attr]
        by_period.setdefault(start, Counter())[colours[briefing.outlet]] += 1
    return by_period


def _bar(
    start: dt.date, counts: Counter[str], slot_x: float, slot: float, unit: float, order: list[str], scale: Scale
) -> Bar:
    """One period's bar: a segment per colour, stacked upwards from the baseline in legend order."""
    width = min(max(slot * 0.8, 1.0), BAR_MAX_WIDTH)
    segments, y = [], float(TOP + PLOT_HEIGHT)
    for colour in order:
        if counts[colour]:
            height = counts[colour] * unit
            y -= height
            segments.append(Segment(colour, round(y, 2), round(height, 2), counts[colour]))
    label = format_date(start, LOCALE, LONG_PATTERNS[scale])
    x = round(slot_x + (slot - width) / 2, 2)
    return Bar(start, label, sum(counts.values()), x, round(width, 2), tuple(segments))


def _axis_max(top: int) -> int:
    """The count at the top of the plot: the highest bar, at least 1."""
    return max(top, 1)


def _grid_values(top: int) -> list[int]:
    """Whole counts worth a grid line: every count up to 4, else 0, the middle and the top."""
    if top <= 4:
        return list(range(top + 1))
    return [0, top // 2, top]


def _ticks(starts: Sequence[dt.date], slot: float, scale: Scale, multiyear: bool) -> list[Tick]:
    """Date labels at evenly spaced periods, as many as fit without overlapping."""
    pattern = (TICK_PATTERNS_MULTIYEAR if multiyear else TICK_PATTERNS)[scale]
    widest = max(len(format_date(start, LOCALE, pattern)) for start in starts) * CHAR_WIDTH + 10
    step = max(1, math.ceil(widest / slot))
    return [
        Tick(round(LEFT + number * slot + slot / 2, 2), format_date(start, LOCALE, pattern))
        for number, start in enumerate(starts)
        if number % step == 0
    ]


def _place_legend(swatches: Sequence[Swatch], top: float) -> tuple[list[Swatch], int]:
    """Legend entries laid left to right, wrapping to a new row when the line is full."""
    placed, x, row = [], float(LEFT), 0
    for swatch in swatches:
        width = 14 + len(_legend_text(swatch)) * CHAR_WIDTH + 14
        if x + width > WIDTH - RIGHT and x > LEFT:
            x, row = float(LEFT), row + 1
        placed.append(replace(swatch, x=round(x, 2), y=top + row * LEGEND_ROW))
        x += width
    return placed, row + 1


def _legend_text(swatch: Swatch) -> str:
    """What the template writes for an entry (timeline.svg.j2), to measure it."""
    names = {"other": "lainnya · other outlets", "unknown": "media tak diketahui · unknown outlet"}
    return f"{names.get(swatch.key, swatch.label)} ({swatch.count})"


def _span(first: dt.date, last: dt.date, locale: str) -> str:
    """ "1 Mei 2024 – 3 Juni 2024", or the one date when the span is a single day."""
    if first == last:
        return format_date(first, locale, RANGE_PATTERN)
    return f"{format_date(first, locale, RANGE_PATTERN)} – {format_date(last, locale, RANGE_PATTERN)}"


@functools.cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("builder", "templates/pdf"),
        autoescape=True,  # outlet names are user data
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _template(name: str) -> jinja2.Template:
    return _environment().get_template(name)
