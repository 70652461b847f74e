"""Ranges and pairs of day dates (private to :mod:`nato_press._dates`).

The connector between two parts ("-", "to", "and", "bis", "et"...) and whether it makes a range
or a pair of days; where a day date may end; and the mentions a one- or two-part day expression
makes (:func:`_days`), the year shared across its parts.
"""

from __future__ import annotations

import calendar

import regex

from . import _form_patterns as F
from . import _vocab as V
from ._raw import _date, _Invalid, _Match, _Raw
from ._times import _time
from ._words import _ASCII_LETTERS, _weekday

# The conjunctions that make a pair of days ("17 and 18 June", "4 y 5 de mayo", "4 e 5 luglio", "4 en 5 mei",
# "7 och 8 mars"); every other connector makes a range, and so does "and" after "between" ("entre", "tra", "tussen").
_PAIR_WORDS = frozenset(("and", "et", "und", "&", "y", "e", "ed", "en", "och"))
_BETWEEN = ("between", "zwischen", "entre", "tra", "fra", "tussen", "mellan")


def _conn_kind(m: _Match, text: str) -> str:
    """ "pair" for "17 and 18 June" (two days), "range" for dashes, "to", "until", "between ... and"."""
    conn = m.group("conn")
    if conn is None:
        return "single"
    word = conn.strip().lower()
    if word in _PAIR_WORDS:
        before = text[max(0, m.start() - 12) : m.start()].lower().rstrip()
        return "range" if before.endswith(_BETWEEN) else "pair"
    return "range"


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


def _connector(text: str, at: int, end: int) -> regex.Match[str] | None:
    """CONN at *at*: a dash, or a word of CONN_WORDS between spaces."""
    if not _may_connect(text, at, end):
        return None
    conn = F.CONNECTOR.match(text, at, end)
    if conn is None or conn.group("cw") is None or V.fold(conn.group("cw")) in V.CONN_WORDS:
        return conn
    return None


def _day_ends(text: str, at: int, end: int, also: str = "") -> bool:
    """Whether a day date may end at *at*: no word character (nor one of *also*), no decimal part ("2020.5")
    after it."""
    if at >= end:
        return True
    char = text[at]
    if not char.isascii():
        pattern = F.MONTH_FIRST_END if also else F.DAY_FIRST_END
        return pattern.match(text, at, end) is not None
    if char.isalnum() or char == "_" or char in also:
        return False
    return char not in ".,:/" or at + 1 >= end or not text[at + 1].isdecimal()


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
