"""Date mentions: the grammar of dates in NATO press material.

:func:`scan_dates` is the pipeline stage; :func:`find_dates` and
:func:`parse_date` are the public entry points. The grammar (every form is
listed in ``docs/dates.md``) is compiled once in :mod:`nato_press._dates_vocab`;
this module turns matches into :class:`~nato_press.DateMention` records,
infers missing years and resolves relative words.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
from collections.abc import Callable, Sequence

import regex

from . import _dates_vocab as V
from ._errors import DateParseError
from ._records import DateMention, Defect, Precision, Span

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
        if abs(tzinfo.utcoffset(None) or dt.timedelta()) >= dt.timedelta(hours=24):
            tzinfo = None
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
                        f"{m.group()!r} may be {_date(year, b, a, m.start()).isoformat()} (month/day) "
                        f"or {_date(year, a, b, m.start()).isoformat()} (day/month)"
                    ),
                )
                day, month = b, a
            else:
                day, month = (a, b) if dayfirst else (b, a)
        raw.lo = _date(year, month, day, m.start())
    raw.hi = raw.lo
    raw.time = _time(m)
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
    first, last = V.SEASONS[name.lower()]
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


def _period(m: _Match, text: str, ctx: _Context) -> list[_Raw]:
    year = int(m.group("y1")) if m.group("y1") is not None else 2000 + int(m.group("yy"))
    if m.group("h") is not None:
        unit, number = "half", int(m.group("h"))
    elif m.group("ord") is not None:
        unit, number = m.group("unit").lower(), V.ORDINALS[m.group("ord").lower()]
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


def _is_month(m: _Match, name: str) -> bool:
    word = m.group(name)
    return word is None or V.fold(word.rstrip(".")) in V.MONTH_WORDS


def _match_months(pattern: regex.Pattern[str]) -> _Matcher:
    """A matcher for *pattern* whose month groups (m1, and m2 if any) must hold month words.

    In MONTH_YEAR, BARE_MONTH and MODIFIED a word that is not a month leaves no other way to read
    the text, so a match with one is no match.
    """
    second = "m2" in pattern.groupindex

    def match(text: str, at: int, end: int) -> _Match | None:
        m = pattern.match(text, at, end)
        if m is None or (_is_month(m, "m1") and (not second or _is_month(m, "m2"))):
            return m
        return None

    return match


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


# --------------------------------------------------------------------------- the scanner

_Handler = Callable[[_Match, str, "_Context"], list[_Raw]]
_Matcher = Callable[[str, int, int], "_Match | None"]
_Forms = tuple[tuple[_Matcher, _Handler], ...]

_MONTH_YEAR = _match_months(V.MONTH_YEAR)
_BARE_MONTH = _match_months(V.BARE_MONTH)
_MODIFIED = _match_months(V.MODIFIED)

# What to try at a number, by what stands before it (LEAD), then at the number itself.
_AT_LEAD: dict[str, _Forms] = {
    "the": ((V.DAY_FIRST.match, _day_first),),
    "mod": ((_MODIFIED, _modified),),
    "wd": ((V.DAY_FIRST.match, _day_first), (V.MONTH_FIRST.match, _month_first)),
    "mon": ((V.MONTH_FIRST.match, _month_first), (_MONTH_YEAR, _month_year)),
    "season": ((V.SEASON_YEAR.match, _season_year),),
    "ord": ((V.PERIOD.match, _period),),
    "qh": ((V.PERIOD.match, _period),),
}
# By the length of the number: a day or month (1-2 digits: "17 June", "18.06.2020", "2. Quartal"),
# or a year (4 digits: "2020-06-18", "2020 Q2", "2013-18", "in 2020"); other numbers start no date.
_AT_SHORT_NUMBER: _Forms = (
    (V.NUMERIC.match, _numeric),
    (V.DAY_FIRST.match, _day_first),
    (V.PERIOD.match, _period),
)
_AT_YEAR: _Forms = (
    (V.NUMERIC.match, _numeric),
    (V.PERIOD.match, _period),
    (V.YEARS.match, _years),
)
# What to try at a word, by what stands before it (WORD_LEAD), then at the word itself.
_AT_WORD_LEAD: dict[str, _Forms] = {
    "mod": ((_MODIFIED, _modified),),
    "rq": ((_match_relative, _relative),),
}
_AT_WORD: dict[str, _Forms] = {
    "mon": ((V.MONTH_FIRST.match, _month_first), (_MONTH_YEAR, _month_year), (_BARE_MONTH, _bare_month)),
    "wd": ((V.DAY_FIRST.match, _day_first), (V.MONTH_FIRST.match, _month_first), (_match_bare_weekday, _bare_weekday)),
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
                raw.defect = "invalid-date", f"{m.group()!r}: {invalid.reason}"
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
            lead = V.LEAD.match(text, max(start, at - 64), at) if _may_lead(text, start, at) else None
            if lead is not None and lead.lastgroup is not None:
                result = _attempt(text, lead.start(), end, ctx, _AT_LEAD[lead.lastgroup])
            if result is None:
                result = _attempt(text, at, end, ctx, _AT_SHORT_NUMBER if kind == "num" else _AT_YEAR)
        else:
            lead = V.WORD_LEAD.match(text, max(start, at - 24), at)
            if lead is not None and lead.lastgroup is not None:
                result = _attempt(text, lead.start(), end, ctx, _AT_WORD_LEAD[lead.lastgroup])
            if result is None:
                result = _attempt(text, at, end, ctx, _AT_WORD[kind])
        if result is not None:
            raws, stop = result
            found.extend(raws)
            pos = stop
    return found


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


def _infer_year(raw: _Raw, text: str, anchors: _Anchors, reference: dt.date | None) -> int | None:
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
    if found is None and reference is not None:
        found = (reference, True)
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
    for raw in raws:
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
    (V.NUMERIC.match, _numeric),
    (V.DAY_FIRST.match, _day_first),
    (V.MONTH_FIRST.match, _month_first),
    (V.PERIOD.match, _period),
    (_MONTH_YEAR, _month_year),
    (V.SEASON_YEAR.match, _season_year),
    (_MODIFIED, _modified),
    (V.YEARS.match, _years),
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
    zone ("07 Nov. 2017 11:17", "10/22/2021 05:41 CET"). A numeric date
    whose parts could both be the month reads month first with slashes and
    dashes ("05/06/2020" is 6 May) and day first with dots, unless
    *dayfirst* says otherwise. A date without a year, or a relative word,
    needs *reference_date*.

    >>> parse_date("07 Nov. 2017 11:17").time
    datetime.time(11, 17)
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
    ctx = _Context(text, reference_date, dayfirst, whole=True)
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
        return _mention(text, raw)
    if failure is not None:
        raise DateParseError(failure.reason, text, failure.position or start)
    if furthest > start:
        raise DateParseError("unexpected text after the date", text, furthest)
    raise DateParseError("no date found", text, start)
