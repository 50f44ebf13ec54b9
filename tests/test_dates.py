"""Dates: every form Indonesian pages print, and the forms that must never make a date."""

import datetime as dt

import pytest

from builder.dates import find_dates, first_date, format_date


@pytest.mark.parametrize(
    ("text", "day", "time", "zone"),
    [
        ("Selasa, 18 Juni 2024 - 20:42 WIB", dt.date(2024, 6, 18), "20:42", "WIB"),
        ("Senin, 05 Nov 2015 14:56 WIB", dt.date(2015, 11, 5), "14:56", "WIB"),
        ("Oleh Sinta Dewi 25/06/2024 10:01 WIB", dt.date(2024, 6, 25), "10:01", "WIB"),
        ("pada Kamis (20/6/2024) saat", dt.date(2024, 6, 20), None, None),
        ("Rabu (17/1/24) kemarin", dt.date(2024, 1, 17), None, None),
        ("3 Agt 2023", dt.date(2023, 8, 3), None, None),
        ("7 Agu 2023 pukul 08.15 WITA", dt.date(2023, 8, 7), "08:15", "WITA"),
        ("1 Nop 2019", dt.date(2019, 11, 1), None, None),
        ("2025.02.19 Jakarta", dt.date(2025, 2, 19), None, None),
        ("Jum'at, 2 Feb 2024 | 19:00 WIT", dt.date(2024, 2, 2), "19:00", "WIT"),
        ("12/11/23, 10:20 WIB", dt.date(2023, 11, 12), "10:20", "WIB"),
        ("June 18, 2024", dt.date(2024, 6, 18), None, None),
        ("2024-06-18T10:00:00+07:00", dt.date(2024, 6, 18), "10:00", None),
        ("Minggu, 31 Desember 2023", dt.date(2023, 12, 31), None, None),
        ("October 23, 2024 | 9:02 pm", dt.date(2024, 10, 23), "21:02", None),
        ("Oct 22, 2024 12:14 a.m. WIB", dt.date(2024, 10, 22), "00:14", "WIB"),
    ],
)
def test_full_dates_are_found(text: str, day: dt.date, time: str | None, zone: str | None) -> None:
    stamp = first_date(text)
    assert stamp is not None
    assert (stamp.date, stamp.time, stamp.zone) == (day, time, zone)


@pytest.mark.parametrize(
    "text",
    [
        "pada Jumat pekan ini",
        "kemarin sore",
        "pekan lalu",
        "Rabu (19/6) malam",
        "lebih dari 11.000 kontainer",
        "versi 1.2.24 dirilis",
        "31/02/2024",
        "skor 2-1 pada menit 90",
    ],
)
def test_partial_relative_and_impossible_dates_are_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_a_number_after_a_date_is_not_its_time() -> None:
    stamp = first_date("pada 20 Juni 2024. 10.000 orang hadir")
    assert stamp is not None and stamp.time is None


def test_dates_are_formatted_in_both_languages_with_babel() -> None:
    day = dt.date(2024, 6, 20)
    assert format_date(day, "id") == "Kamis, 20 Juni 2024"
    assert format_date(day, "en") == "Thursday, 20 June 2024"
