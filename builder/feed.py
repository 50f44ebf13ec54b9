"""An Atom feed of the newest briefings, dated by the articles themselves (never by the build)."""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Sequence

from feedgen.feed import FeedGenerator

from builder.model import Briefing, DateStamp, Digest

FEED_ENTRIES = 30
# UTC offsets of the zones Indonesian pages print; a date with no stated zone is read in WIB.
ZONE_OFFSETS = {"WIB": 7, "WITA": 8, "WIT": 9, "UTC": 0, "GMT": 0}


def atom_feed(digest: Digest, entries: int = FEED_ENTRIES) -> str:
    """The newest dated briefings as Atom XML; links are relative to the site root."""
    newest = _newest(digest.briefings, entries)
    feed = FeedGenerator()
    feed.id("urn:ikhtisar:briefings")
    feed.title("Ikhtisar: briefing terbaru")
    feed.link(href="index.html", rel="alternate")
    feed.language("id")
    feed.generator("Ikhtisar")
    feed.updated(_moment(newest[0].date) if newest else dt.datetime(1970, 1, 1, tzinfo=dt.UTC))  # type: ignore[arg-type]
    for briefing in newest:
        entry = feed.add_entry(order="append")
        entry.id(f"urn:ikhtisar:briefing:{briefing.slug}")
        entry.title(briefing.headline)
        entry.link(href=f"briefings/{briefing.slug}.html")
        entry.updated(_moment(briefing.date))  # type: ignore[arg-type]
        entry.summary(briefing.lead)
        if briefing.outlet:
            entry.author(name=briefing.author or briefing.outlet)
    return feed.atom_str(pretty=True).decode("utf-8")


def _newest(briefings: Sequence[Briefing], count: int) -> list[Briefing]:
    dated = [b for b in briefings if b.date is not None]
    return heapq.nlargest(count, dated, key=lambda b: (_minutes(b.date), b.slug))  # type: ignore[arg-type]


def _minutes(stamp: DateStamp) -> int:
    """The moment of a date stamp in minutes since the start of the calendar, UTC (a key for thousands)."""
    hours, minutes, offset = _clock(stamp)
    return (stamp.date.toordinal() * 24 + hours - offset) * 60 + minutes


def _moment(stamp: DateStamp) -> dt.datetime:
    hours, minutes, offset = _clock(stamp)
    zone = dt.timezone(dt.timedelta(hours=offset))
    return dt.datetime(stamp.date.year, stamp.date.month, stamp.date.day, hours, minutes, tzinfo=zone)


def _clock(stamp: DateStamp) -> tuple[int, int, int]:
    """A stamp's hours and minutes (midnight when it has no time) and its zone's UTC offset in hours."""
    hours, minutes = (int(part) for part in (stamp.time or "00:00").split(":"))
    return hours, minutes, ZONE_OFFSETS.get(stamp.zone or "WIB", 7)
