"""Relative words, resolved against the reference date (private to :mod:`nato_press._dates`).

Reads "today", "tomorrow", "yesterday" (and the French and German), "last week", "next month",
"this year", "last October", "next Thursday", "last spring", and a weekday alone ("on Thursday",
the nearest such day); without a reference date they make no mention.
"""

from __future__ import annotations

import calendar
import datetime as dt

from . import _form_patterns as F
from . import _vocab as V
from ._periods import _month_raw, _season, _season_word
from ._raw import _Context, _Match, _month_end, _Raw
from ._words import _month, _weekday


def _week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _relative(m: _Match, text: str, ctx: _Context) -> list[_Raw]:
    ref = ctx.reference
    if ref is None:
        return []
    raw = _Raw(m.start(), m.end(), "day")
    word = m.group("w")
    if word is not None:
        key = word.lower().replace("’", "'")
        shift = {"tomorrow": 1, "demain": 1, "yesterday": -1, "gestern": -1}.get(key, 0)
        raw.lo = raw.hi = ref + dt.timedelta(days=shift)
        raw.relative = {"demain": "tomorrow", "gestern": "yesterday", "heute": "today"}.get(key, key)
        raw.relative = "today" if raw.relative in ("aujourd'hui", "tonight") and key != "tonight" else raw.relative
        return [raw]
    which = m.group("q").lower()
    step = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}[which]
    unit = m.group("u")
    if unit is not None:
        unit = unit.lower()
        if unit == "week":
            raw.lo, raw.hi = _week_of(ref + dt.timedelta(days=7 * step))
        elif unit == "month":
            index = ref.year * 12 + ref.month - 1 + step
            raw.precision = "month"
            raw.lo = dt.date(index // 12, index % 12 + 1, 1)
            raw.hi = _month_end(raw.lo.year, raw.lo.month)
        else:
            raw.precision = "year"
            raw.lo, raw.hi = dt.date(ref.year + step, 1, 1), dt.date(ref.year + step, 12, 31)
        raw.relative = f"{which} {unit}"
    elif m.group("m1") is not None:
        month = _month(m.group("m1"), False)
        year = ref.year
        if step < 0 and month >= ref.month:
            year -= 1
        elif step > 0 and month <= ref.month:
            year += 1
        raw = _month_raw(m.start(), m.end(), month, year)
        raw.relative = f"{which} {calendar.month_name[month]}"
    elif m.group("wd1") is not None:
        weekday = _weekday(m.group("wd1"))
        assert weekday is not None
        if step < 0:
            back = (ref.weekday() - weekday) % 7 or 7
            raw.lo = ref - dt.timedelta(days=back)
        elif step > 0:
            raw.lo = ref + dt.timedelta(days=(weekday - ref.weekday()) % 7 or 7)
        else:
            raw.lo = _week_of(ref)[0] + dt.timedelta(days=weekday)
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


def _bare_weekday(m: _Match, text: str, ctx: _Context) -> list[_Raw]:
    ref = ctx.reference
    weekday = _weekday(m.group("wd1"))
    if ref is None or weekday is None:
        return []
    raw = _Raw(m.start(), m.end(), "day")
    # The nearest such weekday: news reports "on Thursday" within the week around the publication.
    shift = (weekday - ref.weekday()) % 7
    raw.lo = raw.hi = ref + dt.timedelta(days=shift if shift <= 3 else shift - 7)
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
