"""Finds full calendar dates in Indonesian and English text, and formats dates with Babel.

A full date has a day, a month and a year. Weekday-only ("pada Jumat"),
relative ("kemarin", "pekan lalu") and year-less ("(19/6)") dates are never
turned into a date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from babel import Locale
from babel.dates import format_date as _babel_format_date

from builder import lexicon
from builder.model import DateStamp

# The display pattern for both languages: "Kamis, 20 Juni 2024" / "Thursday, 20 June 2024".
DISPLAY_PATTERN = "EEEE, d MMMM y"
LOCALES = ("id", "en")


@dataclass(frozen=True)
class DateHit:
    """A full date found in a text, with its position."""

    stamp: DateStamp
    start: int
    end: int


@functools.lru_cache(maxsize=65536)
def format_date(day: dt.date, locale: str, pattern: str = DISPLAY_PATTERN) -> str:
    """Format a date for readers in the given locale ("id" or "en"); by default with the weekday.

    Every date the builder shows goes through here; `pattern` is a Babel (CLDR)
    date pattern for shorter forms ("d MMM y" -> "20 Jun 2024"). A digest has
    few distinct dates and shows each many times, so results are kept.
    """
    return _babel_format_date(day, pattern, locale=locale)


def find_dates(text: str) -> list[DateHit]:
    """Return every full date in the text, in order of appearance."""
    hits = []
    for match in _date_regex().finditer(text):
        stamp = _to_stamp(match)
        if stamp is not None:
            hits.append(DateHit(stamp, match.start(), match.end()))
    return hits


def first_date(text: str) -> DateStamp | None:
    """Return the first full date in the text, if any."""
    hits = find_dates(text)
    return hits[0].stamp if hits else None


# -- building the pattern -------------------------------------------------


@functools.cache
def _month_numbers() -> dict[str, int]:
    """Every month spelling (Babel's id and en names plus data variants), lowercased -> number."""
    names: dict[str, int] = {}
    for code in LOCALES:
        months = Locale(code).months["format"]
        for width in ("wide", "abbreviated"):
            for number, name in months[width].items():
                names[name.lower()] = number
    for number, variants in lexicon.load("dates")["month_variants"].items():
        for name in variants:
            names[name.lower().rstrip(".")] = int(number)
    return names


@functools.cache
def _weekdays() -> list[str]:
    names = {name for code in LOCALES for name in Locale(code).days["format"]["wide"].values()}
    names.update(lexicon.load("dates")["weekday_variants"])
    return sorted(names, key=len, reverse=True)


def is_weekday(word: str) -> bool:
    """ "Selasa", "SELASA", "Tuesday", "Wed": a day's name (datelines print it: "LUKSEMBURG, SELASA -")."""
    return word.casefold().rstrip(".") in _weekday_names()


def is_day_of_month(text: str) -> bool:
    """ "5 Juni", "12 Mar 2024", "Rabu": a day named without being a full date (datelines print it:
    "Beijing, 5 Juni (Xinhua) --")."""
    words = text.split()
    if len(words) == 1:
        return is_weekday(words[0])
    if len(words) not in (2, 3):
        return False
    day, month, *year = words
    if not day.isdigit():  # "Oct 22": the month first, as English writes it
        day, month = month, day
    return day.isdigit() and month.casefold().rstrip(".") in _month_numbers() and all(w.isdigit() for w in year)


@functools.cache
def _weekday_names() -> frozenset[str]:
    short = {name for code in LOCALES for name in Locale(code).days["format"]["abbreviated"].values()}
    return frozenset(name.casefold().rstrip(".") for name in {*_weekdays(), *short})


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@functools.cache
def _date_regex() -> re.Pattern[str]:
    data = lexicon.load("dates")
    month = _alternation(list(_month_numbers()))
    weekday = _alternation(_weekdays())
    zone = _alternation(data["zones"])
    marker = _alternation(data["time_markers"])
    time = (
        rf"(?:\s*(?:[-–—|,/]\s*)?(?:(?:{marker})\s*)?"
        rf"(?P<hh>[01]?\d|2[0-3])[:.](?P<mm>[0-5]\d)(?!\d)(?::[0-5]\d)?(?:\s*(?P<half>[ap])\.?m\b\.?)?"
        rf"(?:\s*(?P<zone>{zone})\b)?)?"
    )
    day_month_year = rf"(?P<d1>\d{{1,2}})\s+(?P<m1>{month})\.?,?\s+(?P<y1>\d{{4}})"
    month_day_year = rf"(?P<m2>{month})\.?\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}})"
    numeric = (
        r"(?:(?P<d3>\d{1,2})(?P<sep>[/-])(?P<m3>\d{1,2})(?P=sep)(?P<y3>\d{4}|\d{2})"
        r"|(?P<d5>\d{1,2})\.(?P<m5>\d{1,2})\.(?P<y5>\d{4}))(?![\d./-]\d|,\d(?!\d?[:.][0-5]\d))"  # "05-06-2025,14:18"
    )
    # ISO dates, and dates written year first with dots or slashes ("2025.02.19" on some sites' date lines)
    iso = (
        r"(?P<y4>\d{4})(?P<isep>[-./])(?P<m4>\d{2})(?P=isep)(?P<d4>\d{2})(?!\d)"
        r"(?:T(?P<ih>\d{2}):(?P<im>\d{2})[^\s]*)?"
    )
    pattern = (
        rf"(?<![\w/.-])(?:(?:{weekday}),?\s*\(?\s*)?"
        rf"(?:{iso}|{day_month_year}|{month_day_year}|{numeric})\)?{time}"
    )
    return re.compile(pattern, re.IGNORECASE)


# -- reading a match -------------------------------------------------------


def _to_stamp(match: re.Match[str]) -> DateStamp | None:
    parts = _date_parts(match)
    if parts is None:
        return None
    year, month, day = parts
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return DateStamp(date, _time_of(match), _zone_of(match))


def _date_parts(match: re.Match[str]) -> tuple[int, int, int] | None:
    group = match.group
    if group("y4"):
        return int(group("y4")), int(group("m4")), int(group("d4"))
    if group("y1"):
        return int(group("y1")), _month_numbers()[group("m1").lower()], int(group("d1"))
    if group("y2"):
        return int(group("y2")), _month_numbers()[group("m2").lower()], int(group("d2"))
    if group("y5"):
        return int(group("y5")), int(group("m5")), int(group("d5"))
    return _expand_year(group("y3")), int(group("m3")), int(group("d3"))


def _expand_year(text: str) -> int:
    """Two-digit years are read in the current century (24 -> 2024)."""
    return 2000 + int(text) if len(text) == 2 else int(text)


def _time_of(match: re.Match[str]) -> str | None:
    if match.group("hh"):
        return f"{hour_of_day(int(match.group('hh')), match.group('half')):02d}:{match.group('mm')}"
    if match.group("ih"):
        return f"{match.group('ih')}:{match.group('im')}"
    return None


def hour_of_day(hour: int, half: str | None) -> int:
    """The hour on a 24-hour clock of one written with "am" or "pm" (half "a" or "p"): "9:02 pm" is 21:02,
    "12:30 am" is 00:30; an hour past 12 or with no half is as written."""
    if not half or hour > 12:
        return hour
    return hour % 12 + (12 if half.lower() == "p" else 0)


def _zone_of(match: re.Match[str]) -> str | None:
    zone = match.group("zone")
    return zone.upper() if zone else None
