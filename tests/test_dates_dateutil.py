"""Zones of stated times as ``dateutil.tz`` objects; relative counts by ``relativedelta``."""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil import tz

from nato_press import parse_date
from nato_press._dates import scan_dates

D = dt.date


@pytest.mark.parametrize(
    ("text", "name", "hours"),
    [
        ("07 Nov. 2017 11:17 CET", "CET", 1),
        ("07 Jul. 2017 11:17 CEST", "CEST", 2),
        ("07 Jul. 2017 11:17 EEST", "EEST", 3),
        ("07 Jul. 2017 11:17 EDT", "EDT", -4),
        ("07 Jul. 2017 11:17 GMT", "GMT", 0),
        ("3 June 2020 at 2:30 p.m. (GMT+1)", "GMT+1", 1),
        ("14 February 2024 10:00 UTC-05:00", "UTC-05:00", -5),
    ],
)
def test_a_stated_zone_is_a_named_dateutil_offset(text: str, name: str, hours: int) -> None:
    time = parse_date(text).time
    assert time is not None and isinstance(time.tzinfo, tz.tzoffset)
    assert time.tzname() == name
    assert time.utcoffset() == dt.timedelta(hours=hours)


@pytest.mark.parametrize("text", ["2024-02-14T10:32:00Z", "14 February 2024 10:32 UTC"])
def test_universal_time_is_tzutc(text: str) -> None:
    time = parse_date(text).time
    assert time is not None and time.tzinfo == tz.tzutc() and isinstance(time.tzinfo, tz.tzutc)


def test_a_time_without_a_zone_stays_naive() -> None:
    time = parse_date("07 Nov. 2017 11:17").time
    assert time is not None and time.tzinfo is None


REF = D(2024, 2, 29)


@pytest.mark.parametrize(
    ("text", "relative", "start", "end", "precision"),
    [
        ("3 days ago", "3 days ago", D(2024, 2, 26), D(2024, 2, 26), "day"),
        ("Two weeks ago, ministers met", "2 weeks ago", D(2024, 2, 15), D(2024, 2, 15), "day"),
        ("a week ago", "1 week ago", D(2024, 2, 22), D(2024, 2, 22), "day"),
        ("five months ago", "5 months ago", D(2023, 9, 1), D(2023, 9, 30), "month"),
        ("a year ago", "1 year ago", D(2023, 1, 1), D(2023, 12, 31), "year"),
        ("We meet in three days.", "in 3 days", D(2024, 3, 3), D(2024, 3, 3), "day"),
        ("We meet in two weeks' time.", "in 2 weeks", D(2024, 3, 14), D(2024, 3, 14), "day"),
        ("in 12 months, NATO", "in 12 months", D(2025, 2, 1), D(2025, 2, 28), "month"),
        ("next month", "next month", D(2024, 3, 1), D(2024, 3, 31), "month"),
        ("last year", "last year", D(2023, 1, 1), D(2023, 12, 31), "year"),
    ],
)
def test_counted_units_from_the_reference_date(
    text: str, relative: str, start: dt.date, end: dt.date, precision: str
) -> None:
    dates, found, _ = scan_dates(text, reference_date=REF)
    assert dates == []
    assert [(d.relative, d.start, d.end, d.precision) for d in found] == [(relative, start, end, precision)]


@pytest.mark.parametrize(
    "text",
    ["in three days of talks", "The 30 years of war", "per year ago", "in the year", "many years ago", "two weeks"],
)
def test_no_counted_unit_where_none_is_meant(text: str) -> None:
    _, found, _ = scan_dates(text, reference_date=REF)
    assert found == []


def test_counted_units_need_a_reference_date() -> None:
    assert scan_dates("two weeks ago") == ([], [], [])
