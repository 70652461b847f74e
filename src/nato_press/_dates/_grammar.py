"""Date mentions: the grammar of dates in NATO press material.

:func:`scan_dates` is the pipeline stage; :func:`find_dates` and
:func:`parse_date` are the public entry points. The grammar (every form is
listed in ``docs/dates.md``) is compiled once in :mod:`nato_press._dates._vocab`;
this module reads the forms with it (looking the month, weekday and other words
up in its word sets, and trying the pieces of a day date in the order one
pattern would backtrack through them), turns matches into
:class:`~nato_press.DateMention` records, infers missing years and resolves
relative words.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
from collections.abc import Callable, Sequence
from typing import cast

import regex

from .._errors import DateParseError
from .._records import DateMention, Defect, Precision, Span
from . import _vocab as V

__all__ = ["find_dates", "parse_date", "scan_dates"]

_Match = regex.Match[str]


class _Invalid(Exception):
    """A match that reads like a date but is not one (day 31 of June, a count, ...)."""

    def __init__(self, reason: str, position: int, *, date_like: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.position = position
        self.date_like = date_like  # written as a date, with an impossible value: "31 June 2020"


class _Raw:
    """A mention before its year is known: the span, the value or its yearless parts."""

    __slots__ = (
        "defect",
        "end",
        "hi",
        "inferred",
        "lo",
        "modifier",
        "parts",
        "precision",
        "relative",
        "shift",
        "start",
        "time",
        "weekdays",
    )

    def __init__(self, start: int, end: int, precision: Precision) -> None:
        self.start = start
        self.end = end
        self.precision: Precision = precision
        self.lo: dt.date | None = None
        self.hi: dt.date | None = None
        # (month, day, end month, end day) of a date written without its year; day 0 for a month.
        self.parts: tuple[int, int, int, int] | None = None
        self.weekdays: tuple[tuple[int, int], ...] = ()  # (weekday, 0 for the first day / 1 for the last)
        self.time: dt.time | None = None
        self.modifier: str | None = None
        self.relative: str | None = None
        self.inferred = False
        self.defect: tuple[str, str] | None = None  # (code, message) of a date that is not emitted
        self.shift: int | None = None  # "24 February last year": the year is the reference year plus this


# --------------------------------------------------------------------------- small readers


def _month(token: str, lower_ok: bool) -> int:
    """The month number of *token*; lower-case English names only where *lower_ok*."""
    word = token.rstrip(".")
    key = word.lower()
    number = V.MONTHS.get(key)
    if number is None:
        raise _Invalid("unknown month", 0)
    if not (word.isupper() or word.istitle() or (word.islower() and (lower_ok or key in V.LOWER_CASE_MONTHS))):
        raise _Invalid("month name in odd case", 0)
    return number


def _weekday(token: str | None) -> int | None:
    if token is None:
        return None
    word = token.rstrip(".")
    key = word.lower()
    if not (word.isupper() or word.istitle() or (word.islower() and key in V.FRENCH_WEEKDAYS)):
        raise _Invalid("weekday name in odd case", 0)
    return V.WEEKDAYS[key]


def _date(year: int, month: int, day: int, position: int) -> dt.date:
    if day > calendar.monthrange(year, month)[1]:
        raise _Invalid(f"day {day} is past the end of {calendar.month_name[month]} {year}", position, date_like=True)
    return dt.date(year, month, day)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _time(m: _Match) -> dt.time | None:
    if m.group("time") is None:
        return None
    hour, minute = int(m.group("hh")), int(m.group("mi"))
    second = int(m.group("ss") or 0)
    meridiem = m.group("ap")
    if meridiem is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem in "pP" else 0)
    tzinfo: dt.tzinfo | None = None
    if m.group("tz") is not None or m.group("tzh") is not None:
        tzinfo = V.zone(m.group("tz") or "", m.group("tzs"), m.group("tzh"), m.group("tzm"))
    return dt.time(hour, minute, second, tzinfo=tzinfo)


def _conn_kind(m: _Match, text: str) -> str:
    """ "pair" for "17 and 18 June" (two days), "range" for dashes, "to", "until", "between ... and"."""
    conn = m.group("conn")
    if conn is None:
        return "single"
    word = conn.strip().lower()
    if word in ("and", "et", "und", "&"):
        before = text[max(0, m.start() - 12) : m.start()].lower().rstrip()
        return "range" if before.endswith(("between", "zwischen", "entre")) else "pair"
    return "range"


def _year(m: _Match, name: str) -> int | None:
    value = m.group(name)
    return None if value is None else int(value)


# --------------------------------------------------------------------------- explicit day dates


def _days(
    m: _Match,
    text: str,
    d1: int,
    mo1: int,
    y1: int | None,
    d2: int | None,
    mo2: int | None,
    y2: int | None,
) -> list[_Raw]:
    """Build the mentions of a one- or two-part day expression."""
    wd1 = _weekday(m.group("wd1"))
    wd2 = _weekday(m.group("wd2"))
    kind = _conn_kind(m, text)
    if d2 is None or mo2 is None:
        raw = _Raw(m.start(), m.end(), "day")
        if y1 is None:
            raw.parts = (mo1, d1, mo1, d1)
            if d1 > (29 if mo1 == 2 else calendar.monthrange(2001, mo1)[1]):
                raise _Invalid(f"day {d1} is past the end of {calendar.month_name[mo1]}", m.start("d1"), date_like=True)
        else:
            raw.lo = raw.hi = _date(y1, mo1, d1, m.start("d1"))
        raw.weekdays = () if wd1 is None else ((wd1, 0),)
        raw.time = _time(m)
        return [raw]
    # Share the year across the two parts: "17 June and 18 June 2020", "30 December - 2 January 2021".
    shared = False
    if y1 is None and y2 is not None:
        y1 = y2 if (mo1, d1) <= (mo2, d2) else y2 - 1
        shared = True
    elif y2 is None and y1 is not None:
        y2 = y1 if (mo2, d2) >= (mo1, d1) else y1 + 1
    if kind == "pair":
        first = _Raw(m.start(), m.end("p1"), "day")
        second = _Raw(m.start("p2"), m.end(), "day")
        if y1 is None or y2 is None:
            first.parts = (mo1, d1, mo1, d1)
            second.parts = (mo2, d2, mo2, d2)
        else:
            first.lo = first.hi = _date(y1, mo1, d1, m.start("d1"))
            second.lo = second.hi = _date(y2, mo2, d2, m.start("d2"))
            first.inferred = shared
        first.weekdays = () if wd1 is None else ((wd1, 0),)
        second.weekdays = () if wd2 is None else ((wd2, 0),)
        second.time = _time(m)
        return [first, second]
    raw = _Raw(m.start(), m.end(), "day")
    if y1 is None or y2 is None:
        raw.parts = (mo1, d1, mo2, d2)
    else:
        raw.lo = _date(y1, mo1, d1, m.start("d1"))
        raw.hi = _date(y2, mo2, d2, m.start("d2"))
        if raw.hi < raw.lo:
            raise _Invalid("the range ends before it starts", m.start("p2"), date_like=True)
    weekdays = []
    if wd1 is not None:
        weekdays.append((wd1, 0))
    if wd2 is not None:
        weekdays.append((wd2, 1))
    raw.weekdays = tuple(weekdays)
    return [raw]


def _day_first(m: _Match, text: str, ctx: _Context) -> list[_Raw]:
    y1, y2 = _year(m, "y1"), _year(m, "y2")
    has_year = y1 is not None or y2 is not None
    mo2 = _month(m.group("m2"), has_year) if m.group("m2") else None
    mo1 = _month(m.group("m1"), has_year) if m.group("m1") else mo2
    assert mo1 is not None
    d2 = int(m.group("d2")) if m.group("d2") else None
    return _days(m, text, int(m.group("d1")), mo1, y1, d2, mo2, y2)


def _count_follows(text: str, at: int) -> bool:
    """Whether the word after *at* makes the number before it a count ("29 Allies", "30 nations")."""
    after = text[at : at + 16].split(None, 1)
    return bool(after) and after[0].lower().strip(".,;:") in V.COUNT_NOUNS


def _month_first(m: _Match, text: str, ctx: _Context) -> list[_Raw]:
    mo1 = _month(m.group("m1"), False)
    y1, y2 = _year(m, "y1"), _year(m, "y2")
    d2 = int(m.group("d2")) if m.group("d2") else None
    mo2 = _month(m.group("m2"), False) if m.group("m2") else mo1
    before = text[max(0, m.start() - 4) : m.start()].lower()
    if d2 is not None and m.group("m2") is None and y2 is None and _count_follows(text, m.end("d2")):
        # "June 17 to 30 nations": the second number is a count; read the first date alone.
        d2 = None
        if y1 is None and _count_follows(text, m.end("p1")) and not before.endswith("on "):
            raise _Invalid("a count, not a day", m.end("p1"))
        raw = _Raw(m.start(), m.end("p1"), "day")
        if y1 is None:
            raw.parts = (mo1, int(m.group("d1")), mo1, int(m.group("d1")))
        else:
            raw.lo = raw.hi = _date(y1, mo1, int(m.group("d1")), m.start("d1"))
        wd1 = _weekday(m.group("wd1"))
        raw.weekdays = () if wd1 is None else ((wd1, 0),)
        return [raw]
    # "In March 29 Allies met": a count after a month, unless "on" says it is a day.
    counted = y1 is None and y2 is None and m.group("time") is None and _count_follows(text, m.end())
    if counted and not before.endswith("on "):
        raise _Invalid("a count, not a day", m.end())
    return _days(m, text, int(m.group("d1")), mo1, y1, d2, mo2 if d2 is not None else None, y2)


def _numeric(m: _Match, text: str, ctx: _Context) -> list[_Raw]:
    raw = _Raw(m.start(), m.end(), "day")
    if m.group("iy") is not None:
        raw.lo = _date(int(m.group("iy")), int(m.group("im")), int(m.group("id")), m.start("id"))
    elif m.group("m1") is not None:
        raw.lo = _date(int(m.group("y1")), _month(m.group("m1"), True), int(m.group("d1")), m.start("d1"))
    else:
        a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("ny"))
        if a == 0 or b == 0 or (a > 12 and b > 12) or a > 31 or b > 31:
            raise _Invalid("not a day and a month", m.start())
        if a > 12:
            day, month = a, b
        elif b > 12 or a == b:
            day, month = b, a
        else:
            dayfirst = ctx.dayfirst(m.group("sep"))
            if dayfirst is None:
                raw.defect = (
                    "ambiguous-numeric-date",
                    (
                        f"{m.group(0)!r} may be {_date(year, b, a, m.start()).isoformat()} (month/day) "
                        f"or {_date(year, a, b, m.start()).isoformat()} (day/month)"
                    ),
                )
                day, month = b, a
            else:
                day, month = (a, b) if dayfirst else (b, a)
        raw.lo = _date(year, month, day, m.start())
    raw.hi = raw.lo
    raw.time = _time(m) if isinstance(m, _Built) else None  # a plain match has no time of day
    return [raw]


# --------------------------------------------------------------------------- months, seasons, quarters, years


def _month_raw(start: int, end: int, month: int, year: int | None) -> _Raw:
    raw = _Raw(start, end, "month")
    if year is None:
        raw.parts = (month, 0, month, 0)
    else:
        raw.lo, raw.hi = dt.date(year, month, 1), _month_end(year, month)
    return raw


def _month_year(m: _Match, text: str, ctx: _Context) -> list[_Raw]:
    year = int(m.group("y1"))
    mo1 = _month(m.group("m1"), False)
    if m.group("m2") is None:
        return [_month_raw(m.start(), m.end(), mo1, year)]
    mo2 = _month(m.group("m2"), False)
    if _conn_kind(m, text) == "pair":
        return [_month_raw(m.start(), m.end("m1"), mo1, year), _month_raw(m.start("m2"), m.end(), mo2, year)]
    raw = _Raw(m.start(), m.end(), "month")
    raw.lo = dt.date(year if mo1 <= mo2 else year - 1, mo1, 1)
    raw.hi = _month_end(year, mo2)
    return [raw]


def _bare_month(m: _Match, text: str, ctx: _Context) -> list[_Raw]:
    return [_month_raw(m.start(), m.end(), _month(m.group("m1"), False), None)]


def _season(raw: _Raw, name: str, year: int, last_year: int | None = None) -> _Raw:
    first, last = V.SEASONS[V.fold(name)]
    raw.lo = dt.date(year, first, 1)
    end_year = last_year if last_year is not None else year
    if first > last and last_year is None:
        end_year = year + 1
    raw.hi = _month_end(end_year, last)
    return raw


def _season_word(token: str) -> str:
    if token.lower() == "fall" and token == "fall":
        raise _Invalid("'fall' is a verb here", 0)
    return token


def _season_year(m: _Match, text: str, ctx: _Context) -> list[_Raw]:
    name = _season_word(m.group("s"))
    year = int(m.group("y1"))
    last: int | None = None
    if m.group("y2") is not None:
        last = int(m.group("y2")) if len(m.group("y2")) == 4 else year // 100 * 100 + int(m.group("y2"))
        if last != year + 1:
            raise _Invalid("not a season across two years", m.start("y2"))
    return [_season(_Raw(m.start(), m.end(), "season"), name, year, last)]


def _modified(m: _Match, text: str, ctx: _Context) -> list[_Raw]:
    modifier = V.MODIFIERS.get(" ".join(m.group("mod").lower().split()))
    if modifier is None:
        raise _Invalid("unknown modifier", m.start())
    year = _year(m, "y1")
    if m.group("s") is not None:
        if year is None:
            raise _Invalid("a season without a year", m.end())
        raw = _season(_Raw(m.start(), m.end(), "season"), _season_word(m.group("s")), year)
    elif m.group("m1") is not None:
        raw = _month_raw(m.start(), m.end(), _month(m.group("m1"), False), year)
    else:
        assert year is not None
        raw = _Raw(m.start(), m.end(), "year")
        raw.lo, raw.hi = dt.date(year, 1, 1), dt.date(year, 12, 31)
    raw.modifier = modifier
    return [raw]


def _group(m: _Match, name: str) -> str | None:
    """The group *name* of *m*, or None when *m*'s pattern has no such group."""
    try:
        return m.group(name)
    except IndexError:
        return None


def _period(m: _Match, text: str, ctx: _Context) -> list[_Raw]:
    yy = _group(m, "yy")
    year = int(m.group("y1")) if m.group("y1") is not None else 2000 + int(yy or 0)
    if _group(m, "h") is not None:
        unit, number = "half", int(m.group("h"))
    elif _group(m, "ord") is not None:
        unit, number = V.fold(m.group("unit")), V.ORDINALS[V.fold(m.group("ord"))]
        if unit == "half" and number > 2:
            raise _Invalid("a year has two halves", m.start())
    else:
        unit, number = "quarter", int(m.group("q"))
    raw = _Raw(m.start(), m.end(), "half" if unit == "half" else "quarter")
    months = 6 if unit == "half" else 3
    raw.lo = dt.date(year, (number - 1) * months + 1, 1)
    raw.hi = _month_end(year, number * months)
    return [raw]


def _years(m: _Match, text: str, ctx: _Context) -> list[_Raw]:
    first = int(m.group("y1"))
    if m.group("rc") is None:
        raw = _Raw(m.start(), m.end(), "year")
        raw.lo, raw.hi = dt.date(first, 1, 1), dt.date(first, 12, 31)
        return [raw]
    last = int(m.group("y2")) if m.group("y2") else first // 100 * 100 + int(m.group("yy"))
    connector = m.group("rc").strip().lower()
    if last <= first or last - first > 60 or (connector == "/" and last != first + 1):
        raise _Invalid("not a span of years", m.start("rc"))
    if connector == "and":
        before = text[max(0, m.start() - 12) : m.start()].lower().rstrip()
        if not before.endswith(("between", "zwischen", "entre")):
            raise _Invalid("two years, not a span", m.start("rc"))
    raw = _Raw(m.start(), m.end(), "year")
    raw.lo, raw.hi = dt.date(first, 1, 1), dt.date(last, 12, 31)
    return [raw]


def _lone_year(m: _Match, text: str, ctx: _Context) -> list[_Raw]:
    year = int(m.group("y1"))
    raw = _Raw(m.start(), m.end(), "year")
    raw.lo, raw.hi = dt.date(year, 1, 1), dt.date(year, 12, 31)
    return [raw]


# --------------------------------------------------------------------------- relative words


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


# --------------------------------------------------------------------------- generic words

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


def _match_month_year(text: str, at: int, end: int) -> _Match | None:
    """MONTH_YEAR at *at*, its words months. A word that is not one (or a dot that a full name may not
    take) leaves no other way to read the text, so such a match is no match."""
    m = V.MONTH_YEAR.match(text, at, end)
    if m is None or not _month_token(text, m, "m1", end):
        return None
    if m.group("cw") is not None and V.fold(m.group("cw")) not in V.CONN_WORDS:
        return None  # "June or July 2020": no month can stand alone before "or"
    if m.group("m2") is not None and not _month_token(text, m, "m2", end):
        return None
    return m


def _match_bare_month(text: str, at: int, end: int) -> _Match | None:
    """A month alone where it reads as a time: "in June", "since March", "the June meeting"."""
    before = V.WORD_BEFORE.match(text, at)
    if before is None:
        return None
    word = V.fold(before.group("w"))
    if word not in V.CONTEXT_WORDS and not (
        word == "the"
        and not text.startswith(("May", "March"), at, end)
        and V.THE_MONTH_AHEAD.match(text, at, end) is not None
    ):
        return None
    m = V.BARE_MONTH.match(text, at, end)
    if m is None or not _is_month_word(m.group("m1")):
        return None
    token, stop = m.group("m1"), m.end()
    # With its dot where the word may take one ("in Sept."), then without ("in June.").
    stops = [stop] if not token.endswith(".") else [stop - 1]
    if token.endswith(".") and _month_dot(text, token, stop, end):
        stops.insert(0, stop)
    for close in stops:
        if V.BARE_MONTH_END.match(text, close, end) is not None:
            return cast(_Match, _Built(text, at, close, {"m1": (at, close)}))
    return None


def _match_modified(text: str, at: int, end: int) -> _Match | None:
    """MODIFIED at *at*; a month word must be a month, and a full name keeps no dot unless a year follows."""
    m = V.MODIFIED.match(text, at, end)
    if m is None or m.group("m1") is None:
        return m
    token = m.group("m1")
    if not _is_month_word(token):
        return None
    if not token.endswith(".") or _month_dot(text, token, m.end("m1"), end):
        return m
    stop = m.end("m1") - 1  # "mid-June." reads "mid-June"
    if V.MODIFIED_END.match(text, stop, end) is None:
        return None
    return cast(_Match, _Built(text, at, stop, {"mod": m.span("mod"), "m1": (m.start("m1"), stop)}))


def _match_relative(text: str, at: int, end: int) -> _Match | None:
    m = V.RELATIVE.match(text, at, end)
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
    m = V.BARE_WEEKDAY.match(text, at, end)
    if m is None or V.fold(m.group("wd1")) in V.BARE_WEEKDAY_WORDS:
        return m
    return None


# --------------------------------------------------------------------------- day dates, piece by piece

# The day forms are read from small patterns (see _vocab), tried in exactly the order in which
# one pattern with the spelled-out month and weekday names would backtrack through them: optional
# parts present before absent, the year before no year, the first part's choices before the
# second's. A slot word that is not a month or weekday closes that path, as the names would have.


class _Built(dict[str | int, str]):
    """A day date assembled from its pieces, answering like a match of one pattern would.

    The mapping holds the text of each group that took part (``group`` is a plain lookup); the spans
    are kept beside it for ``start``, ``end`` and ``span``.
    """

    __slots__ = ("_spans", "string")

    def __init__(
        self,
        string: str,
        start: int,
        end: int,
        spans: dict[str | int, tuple[int, int]],
        extra: dict[str, str | None] | None = None,
    ) -> None:
        spans[0] = (start, end)
        super().__init__({name: string[a:b] for name, (a, b) in spans.items()})
        if extra:
            self.update((name, text) for name, text in extra.items() if text is not None)
        self.string = string
        self._spans = spans

    group = dict.get

    def start(self, name: str | int = 0) -> int:
        span = self._spans.get(name)
        return -1 if span is None else span[0]

    def end(self, name: str | int = 0) -> int:
        span = self._spans.get(name)
        return -1 if span is None else span[1]

    def span(self, name: str | int = 0) -> tuple[int, int]:
        return self._spans.get(name, (-1, -1))


def _is_weekday_word(token: str) -> bool:
    """Whether *token* ("Wednesday", "Wed.") is a weekday as a date writes it: full names take no dot."""
    if token.endswith("."):
        return V.fold(token[:-1]) in V.ABBR_WEEKDAY_WORDS
    return V.fold(token) in V.WEEKDAY_WORDS


def _is_month_word(token: str) -> bool:
    word = token.rstrip(".")
    return (word.lower() if word.isascii() else V.fold(word)) in V.MONTH_WORDS


def _month_dot(text: str, token: str, after: int, end: int) -> bool:
    """Whether the month word *token* may keep its dot (*after* is past it): "Sept.", or "May." before a year."""
    word = V.fold(token[:-1])
    return word in V.ABBR_MONTH_WORDS or V.YEAR_AHEAD.match(text, after, end) is not None


def _month_token(text: str, m: regex.Match[str], group: str, end: int) -> bool:
    """Whether the group *group* of *m* is a month word as the form reads it: a month, and a dot it may take."""
    token = m.group(group)
    if not _is_month_word(token):
        return False
    return not token.endswith(".") or _month_dot(text, token, m.end(group), end)


def _read_time(text: str, at: int, end: int) -> _Match | None:
    """TIME at *at*; a zone word that is no zone ("10:00 ABC") ends the time before it."""
    m = V.TIME.match(text, at, end)
    if m is None or m.group("tz") is None or m.group("tz") in V.ZONES:
        return m
    stop = m.start("zs")
    spans: dict[str | int, tuple[int, int]] = {
        name: m.span(name) for name in ("lead", "hh", "mi", "ss", "ap") if m.group(name) is not None
    }
    spans["time"] = (m.start("time"), stop)
    return cast(_Match, _Built(text, at, stop, spans))


def _with_year(text: str, at: int, end: int) -> list[tuple[regex.Match[str] | None, int]]:
    """The year paths after a month or day at *at*: with the year written after it, then without."""
    year = V.DAY_YEAR.match(text, at, end)
    return [(year, year.end()), (None, at)] if year is not None else [(None, at)]


def _month_paths(
    text: str, m: regex.Match[str], end: int, month_group: str = "m", year_group: str = "y"
) -> list[tuple[tuple[int, int], tuple[int, int] | None, int]]:
    """The paths through the month of a day-first part matched in *m*: (month span, year span, end).

    In backtracking order: with the dot the word took ("Sept."), the year after it, then none; then the
    word without its dot (no year can follow a dot directly), as in "1er Sept./2" or "13 Nov.,2025T06:56".
    None when the word is no month.
    """
    token = m.group(month_group)
    if token is None or not _is_month_word(token):
        return []
    start, stop = m.span(month_group)
    year = m.span(year_group)
    if token[-1] != ".":
        if year[0] < 0:
            return [((start, stop), None, stop)]
        return [((start, stop), year, year[1]), ((start, stop), None, stop)]
    paths: list[tuple[tuple[int, int], tuple[int, int] | None, int]] = []
    if _month_dot(text, token, stop, end):
        if year[0] >= 0:
            paths.append(((start, stop), year, year[1]))
        paths.append(((start, stop), None, stop))
    paths.append(((start, stop - 1), None, stop - 1))
    return paths


def _may_time(text: str, at: int) -> bool:
    """Whether a time of day may follow *at* (TIME's lead is "T", a comma, or spaces before the clock,
    "at", "à", "um" or "-")."""
    ahead = text[at : at + 24]
    if not ahead:
        return False
    if ahead[0] == "T":
        return ahead[1:2].isdecimal()
    if ahead[0] == ",":
        rest = ahead[1:].lstrip(V.H_CHARS)
        return not rest or rest[0].isdecimal()
    if ahead[0] not in V.H_CHARS:
        return False
    rest = ahead.lstrip(V.H_CHARS)
    return not rest or rest[0] in _TIME_AFTER_SPACE


_TIME_AFTER_SPACE = frozenset("0123456789,aAàÀuU-")


def _time_groups(timed: _Match) -> dict[str, str | None]:
    """The named groups of a TIME match (a plain match, or the one _read_time cut short)."""
    if isinstance(timed, regex.Match):
        return timed.groupdict()
    return {name: text for name, text in cast(_Built, timed).items() if isinstance(name, str)}


def _tail(text: str, at: int, end: int, bracket: bool) -> tuple[int, dict[str, str | None] | None] | None:
    """Where a day date ending at *at* ends with its time of day (and its closing bracket), and the time's
    groups; None when a bracket it opened is not closed."""
    timed = _read_time(text, at, end) if _may_time(text, at) else None
    if timed is not None and timed.group("lead") is not None:
        stop = timed.end()
        close = V.CLOSE.match(text, stop, end) if bracket else None
        if not bracket or close is not None:
            groups = _time_groups(timed)
            return (stop if close is None else close.end()), groups
    if bracket:
        close = V.CLOSE.match(text, at, end)
        return None if close is None else (close.end(), None)
    return at, None


_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_AFTER_DAY = frozenset(".sSnNrRtTeE" + V.H_CHARS) | V.DASH_CHARS


def _may_connect(text: str, at: int, end: int) -> bool:
    """Whether CONN may match at *at*: a dash, or spaces and "&" or a word of CONN_WORDS (a cheap look)."""
    ahead = text[at : min(end, at + 32)]
    rest = ahead.lstrip(V.H_CHARS)
    if not rest:
        return bool(ahead)  # only spaces in view: let the pattern look further
    first = rest[0]
    if first in V.DASH_CHARS:
        return True
    if len(rest) == len(ahead):
        return False  # a connector word needs spaces before it
    if first == "&":
        return True
    if not first.isascii():
        return True  # let the pattern read it
    size = len(rest) - len(rest.lstrip(_ASCII_LETTERS))
    if size == len(rest) or not rest[size].isascii():
        return True  # the word runs out of view, or goes on beyond ASCII
    return rest[:size].lower() in V.CONN_WORDS


def _second_part(text: str, at: int, end: int) -> regex.Match[str] | None:
    """The second part of a day-first date after *at* ("-18 June", " and Thursday, 18 June 2020"), or None."""
    if not _may_connect(text, at, end):
        return None
    second = V.DAY_SECOND_PART.match(text, at, end)
    if (
        second is None
        or (second.group("cw") is not None and V.fold(second.group("cw")) not in V.CONN_WORDS)
        or (second.group("wd") is not None and not _is_weekday_word(second.group("wd")))
    ):
        return None
    return second


def _day_ends(text: str, at: int, end: int, also: str = "") -> bool:
    """Whether a day date may end at *at*: no word character (nor one of *also*), no decimal part ("2020.5")
    after it."""
    if at >= end:
        return True
    char = text[at]
    if not char.isascii():
        pattern = V.MONTH_FIRST_END if also else V.DAY_FIRST_END
        return pattern.match(text, at, end) is not None
    if char.isalnum() or char == "_" or char in also:
        return False
    return char not in ".,:/" or at + 1 >= end or not text[at + 1].isdecimal()


_FIRST_PART_GROUPS: tuple[str | int, ...] = ("p1", "the", "d1", "m1", "y1")


def _guarded(text: str, at: int, end: int) -> bool:
    """NUM_GUARD at *at*: no word character, decimal point, slash... right before ("COVID-19", "2.5")."""
    if at == 0:
        return True
    before = text[at - 1]
    if not before.isascii():
        return V.NUM_GUARD.match(text, at, end) is not None
    if before.isalnum() or before in "_.,:/+#":
        return False
    if before == "-" and at >= 2:
        previous = text[at - 2]
        if not previous.isascii():
            return V.NUM_GUARD.match(text, at, end) is not None
        return not (previous.isalnum() or previous in "_.")
    return True


def _may_follow_day(text: str, at: int, end: int) -> bool:
    """Whether a day-first date may start at the number at *at* (a cheap look at what follows it).

    After the day comes an ordinal ("17th", "1er", "26."), or spaces and a month ("17 June", "17 of
    June"), or a connector ("17-18 June", "17 and 18 June"). Only a plain ASCII word that is neither a
    month nor a connector ("29 Allies", "1 billion") is ruled out here; anything else is left to the pattern.
    """
    ahead = text[at : min(end, at + 40)]
    digits = len(ahead) - len(ahead.lstrip("0123456789"))
    after = ahead[digits : digits + 1]
    if not after or after.isdecimal():
        return True  # out of view, or digits of another script: let the pattern read them
    if after not in _AFTER_DAY:
        return False
    if after not in V.H_CHARS:
        return True  # an ordinal, a dot or a dash: let the pattern read it
    rest = ahead[digits:].lstrip(V.H_CHARS)
    size = len(rest) - len(rest.lstrip(_ASCII_LETTERS))
    if size == 0:
        return not rest or rest[0] in V.DASH_CHARS or rest[0] == "&" or not rest[0].isascii()
    if size == len(rest) or not rest[size].isascii():
        return True  # the word runs out of view, or goes on beyond ASCII
    word = rest[:size].lower()
    return word in V.MONTH_WORDS or word in V.CONN_WORDS or word == "of"


def _match_day_first(text: str, at: int, end: int) -> _Match | None:
    """A day-first date at *at*: "17 June 2020", "Wednesday, 17 June and Thursday, 18 June 2020"."""
    if text[at : at + 1].isdecimal() and not _may_follow_day(text, at, end):
        return None
    if not _guarded(text, at, end):
        return None
    first = V.DAY_FIRST_PART.match(text, at, end)
    if first is None:
        return None
    weekday = first.group("wd1")
    if weekday is not None and not _is_weekday_word(weekday):
        return None
    token = first.group("m1")
    if token is not None and weekday is None and _is_month_word(token):
        # The usual date, "17 June 2020", "07 Nov. 2017 11:17": the match itself (with the time of day
        # read after it) when no second part follows.
        stop = first.end()
        if (
            (token[-1] != "." or _month_dot(text, token, first.end("m1"), end))
            and _day_ends(text, stop, end)
            and _second_part(text, stop, end) is None
        ):
            if not _may_time(text, stop):
                return first
            tail = _tail(text, stop, end, False)
            if tail is not None and tail[1] is not None:
                spans = {name: first.span(name) for name in _FIRST_PART_GROUPS if first.start(name) >= 0}
                return cast(_Match, _Built(text, at, tail[0], spans, tail[1]))
            return first
    # The first part: its own month (with its year, then without), then no month (shared with the second).
    firsts: list[tuple[tuple[int, int] | None, tuple[int, int] | None, int]] = []
    firsts.extend(_month_paths(text, first, end, "m1", "y1"))
    bracket = first.group("wp") is not None
    if firsts and not bracket and firsts[0][2] == first.end() and firsts[0][0] == first.span("m1"):
        # The usual date, "17 June 2020": its first path is the match itself when nothing follows it.
        stop = first.end()
        if _day_ends(text, stop, end) and not _may_time(text, stop) and _second_part(text, stop, end) is None:
            return first
    day_end = first.end("he")
    shared: regex.Match[str] | bool | None = False  # not looked for yet
    if not firsts:
        shared = _second_part(text, day_end, end)
        if shared is None:
            return None  # no month of its own, and no second part to share one: "29 Allies"
    firsts.append((None, None, day_end))
    for month, year, stop in firsts:
        if stop != day_end:
            second = _second_part(text, stop, end)
        else:
            if shared is False:
                shared = _second_part(text, day_end, end)
            second = shared if isinstance(shared, regex.Match) else None
        seconds: list[tuple[tuple[int, int], tuple[int, int] | None, int] | None] = []
        if second is not None:
            seconds.extend(_month_paths(text, second, end))
        seconds.append(None)
        for path in seconds:
            close = path[2] if path is not None else stop
            if (month is None and path is None) or not _day_ends(text, close, end):
                continue
            found: dict[str | int, tuple[int, int]] = {"p1": (at, stop), "d1": first.span("d1")}
            if weekday is not None:
                found["wd1"] = first.span("wd1")
            if bracket:
                found["wp"] = first.span("wp")
            if month is not None:
                found["m1"] = month
            if year is not None:
                found["y1"] = year
            if path is not None and second is not None:
                found["conn"], found["p2"], found["d2"], found["m2"] = (
                    second.span("conn"),
                    (second.end("conn"), close),
                    second.span("d"),
                    path[0],
                )
                if second.group("wd") is not None:
                    found["wd2"] = second.span("wd")
                if path[1] is not None:
                    found["y2"] = path[1]
            tail = _tail(text, close, end, bracket)
            if tail is not None:
                return cast(_Match, _Built(text, at, tail[0], found, tail[1]))
    return None


def _connector(text: str, at: int, end: int) -> regex.Match[str] | None:
    """CONN at *at*: a dash, or a word of CONN_WORDS between spaces."""
    if not _may_connect(text, at, end):
        return None
    conn = V.CONNECTOR.match(text, at, end)
    if conn is None or conn.group("cw") is None or V.fold(conn.group("cw")) in V.CONN_WORDS:
        return conn
    return None


def _month_heads(text: str, at: int, end: int, bracket_ok: bool) -> list[tuple[regex.Match[str] | None, int]]:
    """Where the month of a month-first part may start: after a weekday at *at*, then at *at* itself."""
    heads: list[tuple[regex.Match[str] | None, int]] = []
    word = text[at : at + 12]
    size = len(word) - len(word.lstrip(_ASCII_LETTERS))
    # An ASCII word that ends in view without a dot is a weekday only if the table says so.
    ends = 0 < size < len(word) and word[size] != "." and word[size].isascii() and not word[size].isalpha()
    if ends and word[:size].lower() not in V.WEEKDAY_WORDS:
        heads.append((None, at))
        return heads
    weekday = V.WEEKDAY_HEAD.match(text, at, end)
    if weekday is not None and (bracket_ok or weekday.group("wp") is None) and _is_weekday_word(weekday.group("wd")):
        heads.append((weekday, weekday.end()))
    heads.append((None, at))
    return heads


_MonthPart = tuple[
    "regex.Match[str] | None", "regex.Match[str] | None", regex.Match[str], "regex.Match[str] | None", int
]


def _month_parts(text: str, at: int, end: int, bracket_ok: bool, month_needed: bool) -> list[_MonthPart]:
    """The paths of one month-first part at *at*: (weekday, month, day, year, end), in backtracking order."""
    paths: list[_MonthPart] = []
    for weekday, start in _month_heads(text, at, end, bracket_ok):
        day = V.MONTH_DAY.match(text, start, end)
        if day is not None and _month_token(text, day, "m", end):
            paths.extend((weekday, day, day, year, stop) for year, stop in _with_year(text, day.end(), end))
        if not month_needed:
            alone = V.DAY_ONLY.match(text, start, end)
            if alone is not None:
                paths.extend((weekday, None, alone, year, stop) for year, stop in _with_year(text, alone.end(), end))
    return paths


def _match_month_first(text: str, at: int, end: int) -> _Match | None:
    """A month-first date at *at*: "Nov. 7, 2017", "June 30 - July 2, 2020", "Wednesday, June 17"."""
    for weekday, month, day, year, stop in _month_parts(text, at, end, True, True):
        assert month is not None
        spans: dict[str | int, tuple[int, int]] = {"p1": (at, stop), "m1": month.span("m"), "d1": day.span("d")}
        if weekday is not None:
            spans["wd1"] = weekday.span("wd")
            if weekday.group("wp") is not None:
                spans["wp"] = weekday.span("wp")
        if year is not None:
            spans["y1"] = year.span("y")
        seconds: list[tuple[regex.Match[str], _MonthPart] | None] = []
        conn = _connector(text, stop, end)
        if conn is not None:
            seconds.extend((conn, part) for part in _month_parts(text, conn.end(), end, False, False))
        seconds.append(None)
        for second in seconds:
            close = second[1][4] if second is not None else stop
            if not _day_ends(text, close, end, "%"):
                continue
            found = dict(spans)
            if second is not None:
                conn, (weekday2, month2, day2, year2, last) = second
                found["conn"], found["p2"], found["d2"] = conn.span("conn"), (conn.end(), last), day2.span("d")
                if weekday2 is not None:
                    found["wd2"] = weekday2.span("wd")
                if month2 is not None:
                    found["m2"] = month2.span("m")
                if year2 is not None:
                    found["y2"] = year2.span("y")
            tail = _tail(text, close, end, "wp" in spans)
            if tail is not None:
                return cast(_Match, _Built(text, at, tail[0], found, tail[1]))
    return None


def _match_numeric(text: str, at: int, end: int) -> _Match | None:
    """A numeric date at *at* ("2020-06-18", "18.06.2020", "10/22/2021"), with its time of day if any."""
    m = V.NUMERIC.match(text, at, end)
    if m is None:
        return None
    timed = _read_time(text, m.end(), end) if _may_time(text, m.end()) else None
    if timed is None or timed.group("lead") is None:
        return m
    spans: dict[str | int, tuple[int, int]] = {
        name: m.span(name) for name in m.groupdict() if m.group(name) is not None
    }
    groups = _time_groups(timed)
    return cast(_Match, _Built(text, at, timed.end(), spans, groups))


def _word_ends(text: str, at: int, end: int) -> bool:
    """Whether no word character stands at *at* (a regex ``(?!\\w)``)."""
    return V.WORD_CHAR.match(text, at, end) is None


def _match_years(text: str, at: int, end: int) -> _Match | None:
    """A year range at *at* ("2013-18", "between 2016 and 2017"), or a lone year where it reads as one."""
    if V.NUM_GUARD.match(text, at, end) is None:
        return None
    m = V.YEARS.match(text, at, end)
    if m is None or m.group("rc") is not None:
        return m
    stop = m.end()
    if not _year_context(text, at, stop, end):
        return None
    before = V.REFERENCE_BEFORE.match(text, at)
    if before is not None and V.fold(before.group("w")) in V.REFERENCE_WORDS:
        return None  # "Resolution 2240", "No. 2020"
    count = V.COUNT_AFTER.match(text, stop, end)
    if count is not None:
        if count.group("pct") is not None:
            return None
        word = V.fold(count.group("w"))
        if word in V.COUNT_WORDS and _word_ends(text, count.end("w"), end):
            return None  # "2000 troops"
        second = count.group("w2")
        if word == "per" and second is not None and V.fold(second) == "cent" and _word_ends(text, count.end(), end):
            return None  # "2020 per cent"
    return m


def _year_context(text: str, at: int, stop: int, end: int) -> bool:
    """Whether the four digits at *at* read as a year: after "in", "since"..., in brackets, after a year,
    or before an event noun."""
    word = V.WORD_BEFORE_YEAR.match(text, at)
    if word is not None and V.fold(word.group("w")) in V.CONTEXT_WORDS:
        return True
    if V.OPEN_BEFORE.match(text, at) is not None and V.CLOSE_AFTER.match(text, stop, end) is not None:
        return True
    if V.YEAR_BEFORE.match(text, at) is not None:
        return True
    space = V.H_RUN.match(text, stop, end)
    pos = -1 if space is None else space.end()
    for _ in range(4):  # an event noun after up to three capitalised words
        if pos < 0:
            return False
        noun = V.NOUN_AHEAD.match(text, pos, end)
        if noun is not None:
            first = V.fold(noun.group("a"))
            if first in V.EVENT_NOUNS and _word_ends(text, noun.end("a"), end):
                return True
            second = noun.group("b")
            if second is not None and (first, V.fold(second)) in V.EVENT_PAIRS and _word_ends(text, noun.end(), end):
                return True
        filler = V.CAPITALISED_WORD.match(text, pos, end)
        pos = -1 if filler is None else filler.end()
    return False


def _match_period(text: str, at: int, end: int) -> _Match | None:
    """A quarter or half at *at*: "Q2/2020", "H1 2020", "second quarter of 2020", "2020 Q2", "2. Quartal 2020"."""
    first = text[at : at + 1]
    if first.isdecimal():  # only "1st quarter", "2020 Q2" and "2. Quartal" start with a digit
        second = text[at + 1 : at + 2]
        if first in "1234" and second.isalpha():
            m = V.PERIOD_ORD.match(text, at, end)
            if m is not None and _period_words(m):
                return m
        if not second.isdecimal() and (first not in "1234" or second != "."):
            return None  # neither a year ("2020 Q2") nor "2. Quartal"
        return V.PERIOD_YQ.match(text, at, end)
    m = V.PERIOD_QH.match(text, at, end)
    if m is not None:
        return m
    m = V.PERIOD_ORD.match(text, at, end)
    return m if m is not None and _period_words(m) else None


def _period_words(m: regex.Match[str]) -> bool:
    return V.fold(m.group("ord")) in V.PERIOD_ORDINALS and V.fold(m.group("unit")) in V.PERIOD_UNITS


def _match_season_year(text: str, at: int, end: int) -> _Match | None:
    """A season with its year at *at*: "Spring 2020", "winter 2019/2020"."""
    m = V.SEASON_YEAR.match(text, at, end)
    return m if m is not None and V.fold(m.group("s")) in V.SEASON_WORDS else None


def _lead(text: str, start: int, at: int) -> tuple[int, str] | None:
    """What stands before the number at *at* and may start a date with it: (where, which kind), or None."""
    lead = V.LEAD_FIRST.match(text, start, at)
    if lead is not None and lead.lastgroup is not None:
        return lead.start(), lead.lastgroup
    for pattern in (V.LEAD_WEEKDAY_WORD, V.LEAD_WEEKDAY):
        lead = pattern.match(text, start, at)
        if lead is not None and _is_weekday_word(lead.group("w")):
            return lead.start(), "wd"
    lead = V.LEAD_MONTH.match(text, start, at)
    if lead is not None and _month_token(text, lead, "w", at):
        if lead.group("cw") is not None and V.fold(lead.group("cw")) not in V.CONN_WORDS:
            return lead.start("w"), "mon"  # no connector: the month starts the date
        return lead.start(), "mon"
    lead = V.LEAD_SEASON.match(text, start, at)
    if lead is not None and V.fold(lead.group("w")) in V.SEASON_WORDS:
        return lead.start(), "season"
    lead = V.LEAD_LAST.match(text, start, at)
    if lead is not None and lead.lastgroup is not None:
        return lead.start(), lead.lastgroup
    return None


# --------------------------------------------------------------------------- the scanner

_Handler = Callable[[_Match, str, "_Context"], list[_Raw]]
_Matcher = Callable[[str, int, int], "_Match | None"]
_Forms = tuple[tuple[_Matcher, _Handler], ...]

_MONTH_YEAR = _match_month_year
_BARE_MONTH = _match_bare_month
_MODIFIED = _match_modified

# What to try at a number, by what stands before it (LEAD), then at the number itself.
_AT_LEAD: dict[str, _Forms] = {
    "the": ((_match_day_first, _day_first),),
    "mod": ((_MODIFIED, _modified),),
    "wd": ((_match_day_first, _day_first), (_match_month_first, _month_first)),
    "mon": ((_match_month_first, _month_first), (_MONTH_YEAR, _month_year)),
    "season": ((_match_season_year, _season_year),),
    "ord": ((_match_period, _period),),
    "qh": ((_match_period, _period),),
}
# By the length of the number: a day or month (1-2 digits: "17 June", "18.06.2020", "2. Quartal"),
# or a year (4 digits: "2020-06-18", "2020 Q2", "2013-18", "in 2020"); other numbers start no date.
_AT_SHORT_NUMBER: _Forms = (
    (_match_numeric, _numeric),
    (_match_day_first, _day_first),
    (_match_period, _period),
)
_AT_YEAR: _Forms = (
    (_match_numeric, _numeric),
    (_match_period, _period),
    (_match_years, _years),
)
# What to try at a word, by what stands before it (WORD_LEAD), then at the word itself.
_AT_WORD_LEAD: dict[str, _Forms] = {
    "mod": ((_MODIFIED, _modified),),
    "rq": ((_match_relative, _relative),),
}
_AT_WORD: dict[str, _Forms] = {
    "mon": ((_match_month_first, _month_first), (_MONTH_YEAR, _month_year), (_BARE_MONTH, _bare_month)),
    "wd": ((_match_day_first, _day_first), (_match_month_first, _month_first), (_match_bare_weekday, _bare_weekday)),
    "rel": ((_match_relative, _relative),),
    "unit": (),
}


class _Context:
    """What the handlers may ask about the document: its convention for numeric dates, its reference."""

    __slots__ = ("_dayfirst", "forced", "reference", "text", "whole")

    def __init__(
        self, text: str, reference: dt.date | None, forced: bool | None = None, *, whole: bool = False
    ) -> None:
        self.text = text
        self.reference = reference
        self.forced = forced
        self.whole = whole  # a string alone (parse_date): month first with slashes and dashes
        self._dayfirst: bool | str | None = "unknown"

    def dayfirst(self, separator: str) -> bool | None:
        """Whether an ambiguous numeric date with *separator* reads day first; ``None`` if undecidable."""
        if self.forced is not None:
            return self.forced
        if separator == ".":
            return True  # dotted dates are European: 18.06.2020
        if self.whole:
            return False
        if self._dayfirst == "unknown":
            self._dayfirst = self._convention()
        assert not isinstance(self._dayfirst, str)
        return self._dayfirst

    def _convention(self) -> bool | None:
        day_first = month_first = False
        for found in V.NUMERIC_ANY.finditer(self.text):
            a, b = int(found.group(1)), int(found.group(3))
            day_first |= 12 < a <= 31 and b <= 12
            month_first |= 12 < b <= 31 and a <= 12
        if day_first != month_first:
            return day_first
        if not day_first and V.US_HEADER.search(self.text):
            return False
        return None


def _merge(text: str, regions: Sequence[Span] | None) -> list[tuple[int, int]]:
    """The regions in order, overlapping ones and ones apart only by white space joined."""
    size = len(text)
    if regions is None:
        return [(0, size)] if size else []
    merged: list[tuple[int, int]] = []
    for first, last in sorted((span.start, span.end) for span in regions):
        start, end = max(0, first), min(size, last)
        if start >= end:
            continue
        if merged and (start <= merged[-1][1] or text[merged[-1][1] : start].isspace()):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _url_spans(text: str) -> list[tuple[int, int]]:
    """Where the URLs are (found from "http" and "www." with str.find, then read with URL)."""
    spans: list[tuple[int, int]] = []
    for prefix in ("http", "www."):
        at = text.find(prefix)
        while at >= 0:
            found = V.URL.match(text, at)
            if found is not None and (at == 0 or not text[at - 1].isalnum()):
                spans.append(found.span())
                at = found.end()
            at = text.find(prefix, at + 1)
    spans.sort()
    return spans


def _candidates(text: str, start: int, end: int, relative: bool) -> list[tuple[int, str]]:
    """Positions worth a try, in order: numbers, and the words that make a date without one."""
    found = [
        (hit.start(), "num" if hit.end() - hit.start() < 3 else "year")
        for hit in V.DIGIT.finditer(text, start, end)
        if hit.end() - hit.start() in (1, 2, 4)
    ]
    words = {V.WORD_ENDINGS[token] for token in V.WORD_ENDING_SET.intersection(text[start:end].split())}
    for prefix in V.WORD_PREFIXES:
        at = text.find(prefix, start, end)
        while at >= 0:
            rest = at + len(prefix)
            if rest < end and text[rest] in V.WORD_INITIALS and (at == start or text[at - 1].isspace()):
                # The rest of the token; 24 characters hold any spelling in WORD_ENDINGS.
                token = text[rest : min(end, rest + 24)].split(None, 1)[0]
                if token in V.WORD_ENDING_SET:
                    words.add(V.WORD_ENDINGS[token])
            at = text.find(prefix, rest, end)
    if words:
        for word, kind in words:
            if not relative and kind in ("rel", "unit"):
                continue
            at = text.find(word, start, end)
            while at >= 0:
                found.append((at, kind))
                at = text.find(word, at + len(word), end)
        found.sort()
    return found


def _may_lead(text: str, start: int, at: int) -> bool:
    """Whether the word before the number at *at* may begin a date with it (a cheap test before LEAD)."""
    if at <= start:
        return False
    before = text[at - 1]
    if not before.isspace():
        return before in V.LEAD_MARKS
    words = text[max(start, at - 16) : at - 1].rsplit(None, 1)
    if not words:
        return False
    word = words[-1].lower().strip(".,([“\"'‘«„")
    return word in V.LEAD_WORDS or word.rpartition("-")[2] in V.LEAD_WORDS


def _attempt(
    text: str,
    at: int,
    end: int,
    ctx: _Context,
    forms: _Forms,
) -> tuple[list[_Raw], int] | None:
    """The mentions of the first of *forms* that reads a date at *at*, and where it ends."""
    for matcher, handler in forms:
        m = matcher(text, at, end)
        if m is None:
            continue
        try:
            return handler(m, text, ctx), m.end()
        except _Invalid as invalid:
            if invalid.date_like:
                raw = _Raw(m.start(), m.end(), "day")
                raw.defect = "invalid-date", f"{m.group(0)!r}: {invalid.reason}"
                return [raw], m.end()
    return None


def _collect(text: str, start: int, end: int, ctx: _Context, urls: list[tuple[int, int]]) -> list[_Raw]:
    found: list[_Raw] = []
    pos = start
    url_index = 0
    for at, kind in _candidates(text, start, end, ctx.reference is not None):
        if at < pos:
            continue
        if at > start and (text[at - 1].isalnum() or text[at - 1] == "_"):
            continue  # inside a word ("Mayor", "Junes")
        while url_index < len(urls) and urls[url_index][1] <= at:
            url_index += 1
        if url_index < len(urls) and urls[url_index][0] <= at:
            pos = urls[url_index][1]
            continue
        result = None
        if kind == "num" or kind == "year":
            before = _lead(text, max(start, at - 64), at) if _may_lead(text, start, at) else None
            if before is not None:
                result = _attempt(text, before[0], end, ctx, _AT_LEAD[before[1]])
            if result is None:
                result = _attempt(text, at, end, ctx, _AT_SHORT_NUMBER if kind == "num" else _AT_YEAR)
            if result is None and kind == "num" and text[at - 1 : at] not in (".", ",", ":", "/"):
                result = _time_first(text, at, end, ctx)
        else:
            lead = V.WORD_LEAD.match(text, max(start, at - 24), at)
            if lead is not None and lead.lastgroup is not None:
                result = _attempt(text, lead.start(), end, ctx, _AT_WORD_LEAD[lead.lastgroup])
            if result is None:
                result = _attempt(text, at, end, ctx, _AT_WORD[kind])
        if result is not None:
            raws, stop = result
            if raws and (raws[0].parts is not None or raws[-1].parts is not None):  # a pair shares its year
                _year_word(text, stop, end, raws)
            found.extend(raws)
            pos = stop
    return found


def _clocks_first(text: str, at: int, end: int) -> list[tuple[_Match, int]]:
    """The readings of a time of day at *at* that may head a date, and where the date would start.

    The time needs AM/PM or a named zone, then a comma, dash or space ("1:32 PM GMT+1, February 14").
    A stated offset may have swallowed the day: "10:32 CET - 14 February" reads "CET-14" first, then "CET".
    """
    if ":" not in text[at + 1 : at + 3] and "h" not in text[at + 1 : at + 3]:
        return []  # no clock here ("1:32", "10:32", "14h05")
    m = _read_time(text, at, end)
    if m is None or m.group("lead") is not None or (m.group("ap") is None and m.group("tz") is None):
        return []
    readings: list[tuple[_Match, int]] = []
    join = V.TIME_JOIN.match(text, m.end(), end)
    if join is not None:
        readings.append((m, join.end()))
    if m.group("tz") is not None and m.group("tzh") is not None:
        stop = m.end("tz")
        join = V.TIME_JOIN.match(text, stop, end)
        if join is not None:
            spans: dict[str | int, tuple[int, int]] = {
                name: m.span(name) for name in ("hh", "mi", "ss", "ap", "tz") if m.group(name) is not None
            }
            spans["time"] = (at, stop)
            readings.append((cast(_Match, _Built(text, at, stop, spans)), join.end()))
    return readings


_AT_TIME_FIRST: _Forms = ((_match_day_first, _day_first), (_match_month_first, _month_first))


def _time_first(text: str, at: int, end: int, ctx: _Context) -> tuple[list[_Raw], int] | None:
    """A day written after its time of day: "1:32 PM GMT+1, February 14, 2024" (AM/PM or a zone needed)."""
    for clock, start in _clocks_first(text, at, end):
        result = _attempt(text, start, end, ctx, _AT_TIME_FIRST)
        if result is None:
            continue
        time = _time(clock)
        raws, stop = result
        single = len(raws) == 1 and raws[0].precision == "day" and raws[0].defect is None
        if time is not None and single and raws[0].time is None:
            raws[0].start = at
            raws[0].time = time
        return raws, stop
    return None


def _year_word(text: str, at: int, end: int, raws: list[_Raw]) -> None:
    """Mark yearless *raws* followed by "last year", "this year", "next year" (and the French and German)."""
    m = V.YEAR_WORDS.match(text, at, end)
    if m is None:
        return
    words = [V.fold(word).replace("’", "'") for word in m.groups() if word is not None]
    for size, stop in ((2, m.end(2) if m.group(2) else -1), (3, m.end(3) if m.group(3) else -1)):
        if stop < 0 or (stop < end and (text[stop].isalnum() or text[stop] == "_")):
            continue  # the phrase must end a word: "year", not "yearly"
        shift = V.YEAR_PHRASES.get(tuple(words[:size]))
        if shift is not None:
            for raw in raws:
                if raw.parts is not None:
                    raw.shift = shift
            return


# --------------------------------------------------------------------------- years from context


class _Anchors:
    """The explicit mentions whose year is written, to lend it to those without."""

    __slots__ = ("days", "fine", "positions")

    def __init__(self, raws: list[_Raw]) -> None:
        self.positions: list[int] = []
        self.days: list[dt.date] = []
        self.fine: list[bool] = []  # day or month precision: the year is lent by nearness, not as is
        for raw in raws:
            if raw.lo is not None and raw.relative is None and not raw.inferred and raw.defect is None:
                fine = raw.precision in ("day", "month")
                self.positions.append(raw.start)
                self.days.append(raw.lo if raw.precision == "day" else raw.lo.replace(day=15))
                self.fine.append(fine)

    def nearest(self, lo: int, hi: int, at: int, fine_only: bool) -> tuple[dt.date, bool] | None:
        """The anchor in [lo, hi) nearest to *at* (only day or month ones if *fine_only*)."""
        index = bisect.bisect_left(self.positions, at)
        before, after = index - 1, index
        while before >= 0 or after < len(self.positions):
            left = at - self.positions[before] if before >= 0 and self.positions[before] >= lo else None
            right = self.positions[after] - at if after < len(self.positions) and self.positions[after] < hi else None
            if left is None and right is None:
                return None
            if right is None or (left is not None and left <= right):
                chosen, before = before, before - 1
            else:
                chosen, after = after, after + 1
            if self.fine[chosen] or not fine_only:
                return self.days[chosen], self.fine[chosen]
        return None

    def earlier(self, at: int) -> tuple[dt.date, bool] | None:
        """The last anchor before *at*."""
        index = bisect.bisect_left(self.positions, at) - 1
        return None if index < 0 else (self.days[index], self.fine[index])


def _nearest_year(month: int, day: int, anchor: dt.date) -> int:
    """The year that puts (month, day) nearest to *anchor* (within about six months)."""
    best_year, best_distance = anchor.year, None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        if day > calendar.monthrange(year, month)[1]:
            continue
        distance = abs((dt.date(year, month, day) - anchor).days)
        if best_distance is None or distance < best_distance:
            best_year, best_distance = year, distance
    return best_year


_WINDOW = 2000  # how far a paragraph is looked for, in characters
_SENTENCE = 400  # how far a sentence is looked for


def _coordination(gap: str) -> bool:
    """Whether *gap* joins two dates in one expression: ", ", ", and ", " - ", " and ", " to "."""
    core = gap.strip(V.H_CHARS)
    if len(core) == 1 and core in V.DASH_CHARS:
        return True
    if core.startswith(","):
        rest = core[1:].lstrip(V.H_CHARS)
        return not rest or (V.fold(rest) in V.COMMA_CONJUNCTIONS and gap[-1] in V.H_CHARS)
    return bool(gap) and gap[0] in V.H_CHARS and gap[-1] in V.H_CHARS and V.fold(core) in V.CONNECTOR_WORDS


def _coordinated(raws: list[_Raw], text: str) -> list[int | None]:
    """For each mention without a year, the year of a dated mention coordinated with it, if any.

    "17 June, 18 June and 19 June 2020": only commas, dashes and conjunctions stand between the
    mentions, so they share the year as within one range or pair: the next dated one in the run
    lends its year, else the last dated one before (one pass each way: linear).
    """
    years: list[int | None] = [None] * len(raws)

    def joined(first: _Raw, second: _Raw) -> bool:
        return (
            second.relative is None
            and second.defect is None
            and first.relative is None
            and first.defect is None
            and second.start - first.end <= 16
            and _coordination(text[first.end : second.start])
        )

    following: dt.date | None = None  # the first day of the next dated mention in the run
    for index in range(len(raws) - 1, -1, -1):
        raw = raws[index]
        if index + 1 < len(raws) and not joined(raw, raws[index + 1]):
            following = None
        if raw.parts is not None and following is not None:
            month, day = raw.parts[0], raw.parts[1] or 1
            years[index] = following.year if (month, day) <= (following.month, following.day) else following.year - 1
        elif raw.lo is not None:
            following = raw.lo
    preceding: dt.date | None = None  # the last day of the previous dated mention in the run
    for index, raw in enumerate(raws):
        if index and not joined(raws[index - 1], raw):
            preceding = None
        if raw.parts is not None and preceding is not None and years[index] is None:
            month, day = raw.parts[0], raw.parts[1] or 31
            years[index] = preceding.year if (month, day) >= (preceding.month, preceding.day) else preceding.year + 1
        elif raw.hi is not None:
            preceding = raw.hi
    return years


def _infer_year(raw: _Raw, text: str, anchors: _Anchors, reference: dt.date | None) -> int | None:
    """The year of a mention written without one.

    With a reference date (the publication date), the year that puts the mention nearest to it,
    unless the same month and day stand dated in the same sentence ("March 14 (AFP) Mar 14, 2018").
    Without one, the nearest dated neighbour: a day or month date in the sentence, then a year in
    the sentence, then in the paragraph, then the last date earlier in the text.
    """
    assert raw.parts is not None
    month, day = raw.parts[0], raw.parts[1] or 15
    # The paragraph and the sentence around the mention, looked for within a bounded window
    # so that a text of many yearless dates costs linear time.
    window_start, window_end = max(0, raw.start - _WINDOW), min(len(text), raw.end + _WINDOW)
    para_start = text.rfind("\n", window_start, raw.start) + 1 or window_start
    para_end = text.find("\n", raw.end, window_end)
    para_end = window_end if para_end < 0 else para_end
    back = V.SENTENCE_END.search(text, max(para_start, raw.start - _SENTENCE), raw.start)
    sent_start = max(para_start, raw.start - _SENTENCE) if back is None else back.end()
    ahead = V.SENTENCE_END_FORWARD.search(text, raw.end, min(para_end, raw.end + _SENTENCE))
    sent_end = min(para_end, raw.end + _SENTENCE) if ahead is None else ahead.start()

    found = anchors.nearest(sent_start, sent_end, raw.start, True)
    if reference is not None:
        if found is not None and raw.parts[1] and (found[0].month, found[0].day) == (month, day):
            return found[0].year  # the same day restated with its year
        return _nearest_year(month, day, reference)
    if found is None:
        found = anchors.nearest(sent_start, sent_end, raw.start, False)
    if found is None:
        found = anchors.nearest(para_start, para_end, raw.start, False)
    if found is None:
        found = anchors.earlier(raw.start)
    if found is None:
        return None
    anchor, fine = found
    return _nearest_year(month, day, anchor) if fine else anchor.year


def _resolve(raw: _Raw, year: int) -> None:
    assert raw.parts is not None
    mo1, d1, mo2, d2 = raw.parts
    if d1 == 0:
        raw.lo, raw.hi = dt.date(year, mo1, 1), _month_end(year, mo1)
    else:
        end_year = year if (mo2, d2) >= (mo1, d1) else year + 1
        raw.lo = _date(year, mo1, d1, raw.start)
        raw.hi = _date(end_year, mo2, d2, raw.start)
    raw.inferred = True
    raw.parts = None


# --------------------------------------------------------------------------- records


def _mention(text: str, raw: _Raw) -> DateMention:
    assert raw.lo is not None and raw.hi is not None
    return DateMention(
        text=text[raw.start : raw.end],
        span=Span(start=raw.start, end=raw.end),
        start=raw.lo,
        end=raw.hi,
        precision=raw.precision,
        time=raw.time,
        year_inferred=raw.inferred,
        relative=raw.relative,
        modifier=raw.modifier,
    )


def _check_weekdays(text: str, raw: _Raw, defects: list[Defect]) -> None:
    assert raw.lo is not None and raw.hi is not None
    for weekday, which in raw.weekdays:
        day = raw.lo if which == 0 else raw.hi
        if day.weekday() != weekday:
            defects.append(
                Defect(
                    code="weekday-mismatch",
                    message=(
                        f"{text[raw.start : raw.end]!r} names a {V.ENGLISH_WEEKDAYS[weekday]}, "
                        f"but {day.isoformat()} is a {V.ENGLISH_WEEKDAYS[day.weekday()]}"
                    ),
                    span=Span(start=raw.start, end=raw.end),
                )
            )


def scan_dates(
    text: str,
    regions: Sequence[Span] | None = None,
    *,
    reference_date: dt.date | None = None,
) -> tuple[list[DateMention], list[DateMention], list[Defect]]:
    """Find date mentions in *regions* of *text* (all of it when ``None``).

    Returns ``(dates, relative_dates, defects)``: the explicit mentions in
    text order (a missing year taken from *reference_date* or the text,
    with ``year_inferred`` set), the mentions resolved from relative words
    ("tomorrow", "on Thursday"; only when *reference_date* is given), and
    the oddities met ("weekday-mismatch", "ambiguous-numeric-date",
    "year-unknown", "invalid-date"). Never raises for a ``str``.

    >>> dates, relative, defects = scan_dates("Ministers meet tomorrow (8 November 2017).",
    ...                                       reference_date=dt.date(2017, 11, 7))
    >>> [(d.text, d.start.isoformat()) for d in dates]
    [('8 November 2017', '2017-11-08')]
    >>> [(d.text, d.relative) for d in relative]
    [('tomorrow', 'tomorrow')]
    """
    if isinstance(reference_date, dt.datetime):
        reference_date = reference_date.date()
    ctx = _Context(text, reference_date)
    urls = _url_spans(text)
    raws: list[_Raw] = []
    for start, end in _merge(text, regions):
        raws.extend(_collect(text, start, end, ctx, urls))

    dates: list[DateMention] = []
    relative: list[DateMention] = []
    defects: list[Defect] = []
    anchors: _Anchors | None = None
    tied: list[int | None] | None = None
    for index, raw in enumerate(raws):
        if raw.relative is not None:
            relative.append(_mention(text, raw))
            continue
        if raw.defect is not None:
            code, message = raw.defect
            defects.append(Defect(code=code, message=message, span=Span(start=raw.start, end=raw.end)))
            continue
        if raw.parts is not None:
            if anchors is None:
                anchors = _Anchors(raws)
            if raw.shift is not None and reference_date is not None:
                year: int | None = reference_date.year + raw.shift  # "24 February last year"
            else:
                if tied is None:
                    tied = _coordinated(raws, text)
                year = tied[index]
                if year is None:
                    year = _infer_year(raw, text, anchors, reference_date)
            if year is None:
                defects.append(
                    Defect(
                        code="year-unknown",
                        message=f"no year for {text[raw.start : raw.end]!r} in the text or a reference date",
                        span=Span(start=raw.start, end=raw.end),
                    )
                )
                continue
            try:
                _resolve(raw, year)
            except _Invalid as invalid:
                defects.append(
                    Defect(code="invalid-date", message=invalid.reason, span=Span(start=raw.start, end=raw.end))
                )
                continue
        _check_weekdays(text, raw, defects)
        dates.append(_mention(text, raw))
    return dates, relative, defects


def find_dates(text: str, *, reference_date: dt.date | None = None) -> tuple[DateMention, ...]:
    """Return every explicit date mention in *text*, in order.

    Days, months, seasons, quarters, halves and years, with ranges; a year
    left out ("on 14 October") is taken from *reference_date* (the nearest
    such day) or from the text, and marked ``year_inferred``.

    >>> [(d.text, d.start.isoformat(), d.end.isoformat(), d.precision)
    ...  for d in find_dates("The Summit will take place on September 4-5, 2014, in Wales.")]
    [('September 4-5, 2014', '2014-09-04', '2014-09-05', 'day')]
    """
    if not isinstance(text, str):
        raise TypeError(f"find_dates() takes a str, not {type(text).__name__}")
    if reference_date is not None and not isinstance(reference_date, dt.date):
        raise TypeError(f"reference_date must be a datetime.date, not {type(reference_date).__name__}")
    dates, _relative, _defects = scan_dates(text, reference_date=reference_date)
    return tuple(dates)


# --------------------------------------------------------------------------- parse_date

_WHOLE_STRING_FORMS: _Forms = (
    (_match_numeric, _numeric),
    (_match_day_first, _day_first),
    (_match_month_first, _month_first),
    (_match_period, _period),
    (_MONTH_YEAR, _month_year),
    (_match_season_year, _season_year),
    (_MODIFIED, _modified),
    (_match_years, _years),
    (V.LONE_YEAR.match, _lone_year),
    (_match_relative, _relative),
    (_match_bare_weekday, _bare_weekday),
    (V.LONE_MONTH.match, _bare_month),
)


def parse_date(
    text: str,
    *,
    dayfirst: bool | None = None,
    reference_date: dt.date | None = None,
) -> DateMention:
    """Read *text* as exactly one date expression (white space around it allowed).

    Every form :func:`find_dates` knows is read, with its time of day and
    zone ("07 Nov. 2017 11:17", "10/22/2021 05:41 CET", "1:32 PM GMT+1,
    February 14, 2024"); a header label before it ("Updated", "Mis à jour
    le:") and a separator after it ("03 avr. 2019 - ") are left out of the
    mention. A numeric date
    whose parts could both be the month reads month first with slashes and
    dashes ("05/06/2020" is 6 May) and day first with dots, unless
    *dayfirst* says otherwise. A date without a year, or a relative word,
    needs *reference_date*.

    >>> parse_date("07 Nov. 2017 11:17").time
    datetime.time(11, 17)
    >>> parse_date("Mis à jour le: 03 avr. 2019 17:05").text
    '03 avr. 2019 17:05'
    >>> d = parse_date("19 Sep. 2014 - 21 Sep. 2014")
    >>> d.start.isoformat(), d.end.isoformat(), d.precision
    ('2014-09-19', '2014-09-21', 'day')
    >>> parse_date("Sept. 31, 2011")
    Traceback (most recent call last):
    ...
    nato_press._errors.DateParseError: day 31 is past the end of September 2011 in 'Sept. 31, 2011' (at column 7)

    :raises DateParseError: when *text* is not one date; ``position`` says where reading failed.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_date() takes a str, not {type(text).__name__}")
    if isinstance(reference_date, dt.datetime):
        reference_date = reference_date.date()
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    if start >= end:
        raise DateParseError("no date found", text, 0)
    start = _after_label(text, start, end)
    while end - start > 2 and text[end - 1] in V.TRAILING_MARKS and text[end - 2].isspace():
        end = len(text[: end - 1].rstrip())  # "03 avr. 2019 - ", "10 Jan. 2023 |"
    ctx = _Context(text, reference_date, dayfirst, whole=True)
    for clock, date_start in _clocks_first(text, start, end):
        time = _time(clock)
        if time is None:
            continue
        try:
            raw = _read_whole(text, date_start, end, ctx, reference_date)
        except DateParseError:
            continue
        if raw.precision == "day" and raw.time is None:
            raw.start, raw.time = start, time
            return _mention(text, raw)
    return _mention(text, _read_whole(text, start, end, ctx, reference_date))


def _after_label(text: str, start: int, end: int) -> int:
    """Where the date starts after a header label ("Updated", "Mis à jour le:"), or *start*."""
    if not text[start].isalpha():
        return start
    head = text[start : min(end, start + 32)].lower()
    for label in V.HEADER_LABELS:
        if head.startswith(label):
            rest = start + len(label)
            if rest < end and (text[rest] == ":" or text[rest].isspace()):
                after = len(text) - len(text[rest:].lstrip(" \t\u00a0:"))
                if after < end and after > rest:
                    return after
    return start


def _read_whole(text: str, start: int, end: int, ctx: _Context, reference_date: dt.date | None) -> _Raw:
    """The one date that ``text[start:end]`` is, resolved; :class:`DateParseError` otherwise."""
    furthest = start
    failure: _Invalid | None = None
    for matcher, handler in _WHOLE_STRING_FORMS:
        m = matcher(text, start, end)
        if m is None:
            continue
        if m.end() != end:
            furthest = max(furthest, m.end())
            continue
        try:
            raws = handler(m, text, ctx)
        except _Invalid as invalid:
            if invalid.date_like and failure is None:
                failure = invalid  # the first form that read the string but found an impossible value
            continue
        if not raws:
            raise DateParseError("a relative date needs a reference date", text, start)
        if len(raws) > 1:
            raise DateParseError("two dates, not one", text, raws[1].start)
        raw = raws[0]
        if raw.defect is not None:  # never for a whole string: it has its own conventions
            raise DateParseError(raw.defect[1], text, start)
        if raw.parts is not None:
            if reference_date is None:
                raise DateParseError("no year (give a reference_date)", text, m.end())
            try:
                _resolve(raw, _nearest_year(raw.parts[0], raw.parts[1] or 15, reference_date))
            except _Invalid as invalid:
                raise DateParseError(invalid.reason, text, start) from None
        return raw
    if failure is not None:
        raise DateParseError(failure.reason, text, failure.position or start)
    if furthest > start:
        raise DateParseError("unexpected text after the date", text, furthest)
    raise DateParseError("no date found", text, start)
