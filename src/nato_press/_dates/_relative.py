"""Relative words, resolved against the reference date (private to :mod:`nato_press._dates`).

Reads "today", "tomorrow", "yesterday" (and the French and German), "last week", "next month",
"this year", "last October", "next Thursday", "last spring", and a weekday alone ("on Thursday",
the nearest such day); without a reference date they make no mention.
"""

from __future__ import annotations

import calendar
import datetime as dt

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from . import _form_patterns as F
from . import _vocab as V
from ._periods import _month_raw, _season, _season_word
from ._raw import _Context, _Match, _Raw
from ._words import _month, _weekday

WEEKDAYS = (MO, TU, WE, TH, FR, SA, SU)  # dateutil's weekdays, Monday first as date.weekday() counts


def _week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day + relativedelta(weekday=MO(-1))
    return monday, monday + relativedelta(days=6)


def _unit_raw(start: int, end: int, unit: str, ref: dt.date, count: int) -> _Raw:
    """The week (Monday-Sunday), month, year or day *count* units from *ref* (negative: before it).

    Calendar arithmetic by :class:`dateutil.relativedelta.relativedelta`: a month on from 31 January
    is in February, a year on from 29 February 2024 is in 2025.
    """
    raw = _Raw(start, end, "day")
    if unit == "day":
        raw.lo = raw.hi = ref + relativedelta(days=count)
    elif unit == "week":
        raw.lo, raw.hi = _week_of(ref + relativedelta(weeks=count))
    elif unit == "month":
        raw.precision = "month"
        raw.lo = ref + relativedelta(months=count, day=1)
        raw.hi = raw.lo + relativedelta(day=31)
    else:
        raw.precision = "year"
        raw.lo = ref + relativedelta(years=count, month=1, day=1)
        raw.hi = raw.lo + relativedelta(month=12, day=31)
    return raw


def _relative(m: _Match, text: str, ctx: _Context) -> list[_Raw]:
    ref = ctx.reference
    if ref is None:
        return []
    raw = _Raw(m.start(), m.end(), "day")
    word = m.group("w")
    if word is not None:
        key = word.lower().replace("’", "'")
        shift = {"tomorrow": 1, "demain": 1, "yesterday": -1, "gestern": -1}.get(key, 0)
        raw.lo = raw.hi = ref + relativedelta(days=shift)
        raw.relative = {"demain": "tomorrow", "gestern": "yesterday", "heute": "today"}.get(key, key)
        raw.relative = "today" if raw.relative in ("aujourd'hui", "tonight") and key != "tonight" else raw.relative
        return [raw]
    which = m.group("q").lower()
    step = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}[which]
    unit = m.group("u")
    if unit is not None:
        unit = unit.lower()
        raw = _unit_raw(m.start(), m.end(), unit, ref, step)
        raw.relative = f"{which} {unit}"
    elif m.group("m1") is not None:
        month = _month(m.group("m1"), False)
        # "last October": the latest October before this month; "next October" the first after it.
        years = -1 if step < 0 and month >= ref.month else 1 if step > 0 and month <= ref.month else 0
        raw = _month_raw(m.start(), m.end(), month, (ref + relativedelta(years=years)).year)
        raw.relative = f"{which} {calendar.month_name[month]}"
    elif m.group("wd1") is not None:
        weekday = _weekday(m.group("wd1"))
        assert weekday is not None
        if step < 0:  # the latest such weekday before the reference day
            raw.lo = ref + relativedelta(days=-1, weekday=WEEKDAYS[weekday](-1))
        elif step > 0:  # the first after it
            raw.lo = ref + relativedelta(days=1, weekday=WEEKDAYS[weekday](1))
        else:  # that day of the reference day's week
            raw.lo = _week_of(ref)[0] + relativedelta(days=weekday)
        raw.hi = raw.lo
        raw.relative = f"{which} {V.ENGLISH_WEEKDAYS[weekday]}"
    else:
        name = _season_word(m.group("s"))
        seasons = [_season(_Raw(m.start(), m.end(), "season"), name, y) for y in range(ref.year - 2, ref.year + 2)]
        spans = [(s.lo, s.hi, s) for s in seasons if s.lo is not None and s.hi is not None]
        if step < 0:
            raw = [s for lo, hi, s in spans if hi < ref][-1]
        elif step > 0:
            raw = next(s for lo, hi, s in spans if lo > ref)
        else:
            raw = next((s for lo, hi, s in spans if lo <= ref <= hi), spans[2][2])
        raw.relative = f"{which} {name.lower()}"
    return [raw]


# The counts "N units ago" and "in N units" read in words (a digit count is read as written).
COUNT_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip


def _match_counted(text: str, at: int, end: int) -> _Match | None:
    """ "two weeks ago", "in three days" at *at* (the count a number or one of COUNT_WORDS), or None."""
    m = F.COUNTED.match(text, at, end)
    if m is None:
        return None
    count = m.group("n")
    return m if count.isdecimal() or count.lower() in COUNT_WORDS else None


def _counted(m: _Match, text: str, ctx: _Context) -> list[_Raw]:
    """The day ("3 days ago", "two weeks ago": 14 days back), month or year a count of units away."""
    ref = ctx.reference
    if ref is None:
        return []
    word = m.group("n")
    count = int(word) if word.isdecimal() else COUNT_WORDS[word.lower()]
    unit = m.group("u").lower()
    if unit == "week":
        unit, count = "day", 7 * count
    ahead = m.group("in") is not None
    raw = _unit_raw(m.start(), m.end(), unit, ref, count if ahead else -count)
    written = int(word) if word.isdecimal() else COUNT_WORDS[word.lower()]
    units = m.group("u").lower() + ("" if written == 1 else "s")
    raw.relative = f"in {written} {units}" if ahead else f"{written} {units} ago"
    return [raw]


def _bare_weekday(m: _Match, text: str, ctx: _Context) -> list[_Raw]:
    ref = ctx.reference
    weekday = _weekday(m.group("wd1"))
    if ref is None or weekday is None:
        return []
    raw = _Raw(m.start(), m.end(), "day")
    # The nearest such weekday: news reports "on Thursday" within the week around the publication.
    shift = (weekday - ref.weekday()) % 7
    raw.lo = raw.hi = ref + relativedelta(days=shift if shift <= 3 else shift - 7)
    raw.relative = V.ENGLISH_WEEKDAYS[weekday]
    return [raw]


# Month, weekday and season words are read by the patterns as any word (compiling every spelling
# into every pattern cost tens of milliseconds at import); these matchers look the words up and
# return exactly the match the pattern with the spelled-out vocabulary would have returned, or None.


class _Reread:
    """A match of RELATIVE whose generic word was read as a month, weekday or season."""

    __slots__ = ("_end", "_m", "_name", "_word")

    def __init__(self, m: _Match, name: str, end: int) -> None:
        self._m = m
        self._name = name
        self._end = end
        self._word = m.string[m.start("x") : end]

    def group(self, name: str | int = 0) -> str | None:
        if name == 0:
            return self._m.string[self._m.start() : self._end]
        if name == self._name:
            return self._word
        if name in ("m1", "wd1", "s"):
            return None
        return self._m.group(name)

    def start(self, name: str | int = 0) -> int:
        return self._m.start(name)

    def end(self, name: str | int = 0) -> int:
        return self._end if name == 0 else self._m.end(name)


def _match_relative(text: str, at: int, end: int) -> _Match | None:
    m = F.RELATIVE.match(text, at, end)
    if m is None or m.group("x") is None:
        return m
    key = V.fold(m.group("x"))
    stop = m.end()
    dot = stop < end and text[stop] == "."
    if key in V.MONTH_WORDS:
        name = "m1"
        if dot and key in V.FULL_MONTH_WORDS:
            dot = V.YEAR_AHEAD.match(text, stop + 1, end) is not None
    elif key in V.WEEKDAY_WORDS:
        name, dot = "wd1", dot and key not in V.FULL_WEEKDAY_WORDS
    elif key in V.SEASON_WORDS:
        name, dot = "s", False
    else:
        return None
    return _Reread(m, name, stop + 1 if dot else stop)  # type: ignore[return-value]


def _match_bare_weekday(text: str, at: int, end: int) -> _Match | None:
    m = F.BARE_WEEKDAY.match(text, at, end)
    if m is None or V.fold(m.group("wd1")) in V.BARE_WEEKDAY_WORDS:
        return m
    return None
