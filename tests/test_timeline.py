"""The dossier timeline SVG: valid XML, one bar group per period, escaped, deterministic."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest

from builder.model import Block, Briefing, DateStamp, Dossier
from builder.timeline import choose_scale, period_start, periods, timeline_svg

SVG = "{http://www.w3.org/2000/svg}"


def _briefing(number: int, day: dt.date | None, outlet: str | None = "Kabar Contoh") -> Briefing:
    return Briefing(
        source=f"artikel-{number}.txt",
        slug=f"artikel-{number}",
        headline=f"Judul {number}",
        headline_derived=False,
        outlet=outlet,
        author=None,
        dateline=None,
        date=DateStamp(day) if day else None,
        lead="Paragraf pembuka.",
        body=(Block("paragraph", "Paragraf pembuka."),),
        actors=(),
        quotes=(),
    )


def _dossier(briefings: list[Briefing]) -> Dossier:
    dated = tuple(sorted((b for b in briefings if b.date), key=lambda b: (b.date.date, b.source)))  # type: ignore[union-attr]
    undated = tuple(b for b in briefings if not b.date)
    return Dossier("contoh", "Contoh", dated, undated, ())


def _groups(svg: str) -> list[ET.Element]:
    root = ET.fromstring(svg)
    return [g for g in root.iter(f"{SVG}g") if g.get("class") == "period"]


def _texts(svg: str) -> list[str]:
    return ["".join(node.itertext()) for node in ET.fromstring(svg).iter(f"{SVG}text")]


def _two_years() -> Dossier:
    """500 briefings spread over two years by a fixed rule, from eleven outlets."""
    start = dt.date(2023, 1, 1)
    return _dossier([_briefing(n, start + dt.timedelta(days=(n * 37) % 730), f"Media {n % 11}") for n in range(500)])


def test_one_group_per_day_with_counts() -> None:
    day = dt.date(2024, 6, 18)
    svg = timeline_svg(_dossier([_briefing(1, day), _briefing(2, day), _briefing(3, day + dt.timedelta(days=2))]))
    groups = _groups(svg)
    assert [g.get("data-start") for g in groups] == ["2024-06-18", "2024-06-20"]
    assert [g.get("data-count") for g in groups] == ["2", "1"]
    heights = [float(rect.get("height")) for g in groups for rect in g.iter(f"{SVG}rect")]
    assert heights[0] == pytest.approx(2 * heights[1])


def test_stacks_outlets_in_one_bar_with_a_legend() -> None:
    day = dt.date(2024, 6, 18)
    svg = timeline_svg(_dossier([_briefing(1, day, "Satu"), _briefing(2, day, "Dua"), _briefing(3, day, "Satu")]))
    (group,) = _groups(svg)
    colours = [rect.get("fill") for rect in group.iter(f"{SVG}rect")]
    assert len(colours) == 2 and colours[0] != colours[1]
    legend = [text for text in _texts(svg) if text.startswith(("Satu", "Dua"))]
    assert legend == ["Satu (2)", "Dua (1)"]


def test_single_briefing() -> None:
    svg = timeline_svg(_dossier([_briefing(1, dt.date(2024, 8, 17))]))
    assert len(_groups(svg)) == 1
    assert "17 Agustus 2024" in svg  # Babel's Indonesian month name in the title
    assert "17 August 2024" in svg  # and the English subtitle


def test_only_undated_briefings_give_a_small_notice() -> None:
    svg = timeline_svg(_dossier([_briefing(1, None), _briefing(2, None)]))
    assert _groups(svg) == []
    assert "No dated briefings" in "".join(_texts(svg))
    assert "2 tanpa tanggal" in "".join(_texts(svg))


def test_five_hundred_briefings_over_two_years_by_month() -> None:
    dossier = _two_years()
    svg = timeline_svg(dossier)
    groups = _groups(svg)
    assert len(groups) == 24
    assert sum(int(g.get("data-count")) for g in groups) == 500
    assert all(g.get("data-start").endswith("-01") for g in groups)
    assert "Jan 2023" in _texts(svg)  # month ticks through Babel, Indonesian
    outlets = [text for text in _texts(svg) if text.startswith("Media ")]
    assert len(outlets) == 9  # nine colours, then one "other" entry
    assert any(text.startswith("lainnya") for text in _texts(svg))


def test_bars_stay_inside_the_plot() -> None:
    root = ET.fromstring(timeline_svg(_two_years()))
    width = float(root.get("width"))
    for group in _groups(timeline_svg(_two_years())):
        for rect in group.iter(f"{SVG}rect"):
            assert float(rect.get("x")) >= 0 and float(rect.get("x")) + float(rect.get("width")) <= width


def test_hostile_outlet_name_is_escaped() -> None:
    hostile = '<script>alert("x")</script> & Co'
    svg = timeline_svg(_dossier([_briefing(1, dt.date(2024, 6, 18), hostile)]))
    root = ET.fromstring(svg)
    assert not list(root.iter(f"{SVG}script")) and not list(root.iter("script"))
    assert f"{hostile} (1)" in _texts(svg)
    assert "&lt;script&gt;" in svg


def test_same_dossier_same_bytes() -> None:
    assert timeline_svg(_two_years()) == timeline_svg(_two_years())


@pytest.mark.parametrize(
    ("days", "scale"), [(0, "day"), (45, "day"), (46, "week"), (280, "week"), (281, "month"), (730, "month")]
)
def test_scale_follows_the_span(days: int, scale: str) -> None:
    first = dt.date(2024, 1, 1)
    assert choose_scale(first, first + dt.timedelta(days=days)) == scale


def test_periods_are_contiguous() -> None:
    assert period_start(dt.date(2024, 6, 20), "week") == dt.date(2024, 6, 17)  # a Thursday -> its Monday
    months = periods(dt.date(2023, 11, 30), dt.date(2024, 2, 1), "month")
    assert months == [dt.date(2023, 11, 1), dt.date(2023, 12, 1), dt.date(2024, 1, 1), dt.date(2024, 2, 1)]
    weeks = periods(dt.date(2024, 6, 20), dt.date(2024, 7, 1), "week")
    assert weeks == [dt.date(2024, 6, 17), dt.date(2024, 6, 24), dt.date(2024, 7, 1)]
