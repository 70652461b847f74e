"""The dates of header lines: plain header dates read directly, any other form by the date grammar.

Dates inside header lines, datelines and titles are read by :func:`dates_in`: the plain forms every
header uses ("07 Nov. 2017 11:17", "December 13, 2018", "10/22/2021 05:41") are read here directly,
and any line with another form is handed to the date grammar of :mod:`nato_press._dates`, so both
always agree (a test checks it).
"""

from __future__ import annotations

import datetime as dt
import itertools

import regex

from .._dates import _vocab as V
from .._dates import scan_dates
from .._records import Span
from ._scan import _DIGIT

__all__ = ["HeaderDate", "dates_in"]

# ------------------------------------------------------------------------ plain header dates

# The plain day forms of page headers, with an optional time of day:
#   day first     "07 Nov. 2017", "12 February 2013", "12 juin 2020 10:00"
#   month first   "Nov. 7, 2017", "December 13, 2018", "Mar 14, 2018"
#   US numeric    "10/22/2021", "11/16/2010 05:41"
# Anything else (ranges, weekdays, ordinals, zones, ambiguous numbers) goes to the date grammar.
_PLAIN_DATE = regex.compile(
    r"""
    (?:
      (?P<d>\d{1,2})\ (?P<m>\w{3,9}+)\.?\ (?P<y>\d{4})
    | (?P<m2>\p{Lu}\w{2,8}+)(?P<dot>\.)?\ (?P<d2>\d{1,2}),\ (?P<y2>\d{4})
    | (?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y3>\d{4})
    )
    (?:\ (?P<hh>\d{1,2}):(?P<mi>\d\d))?
    (?!\w)
    # any other number that can be a day of the month: every day date has one ("7", "07", the "11"
    # of "2017-11-07"); the grammar reads the region when one of them may belong to a date
    | (?<!\w)(?P<day>\d{1,2})(?!\d)
    """,
    regex.VERBOSE,
)
# The cheap test in front of _PLAIN_DATE: a number of one or two digits.
_ONE_OR_TWO_DIGITS = regex.compile(r"(?<!\d)\d{1,2}(?!\d)")
# Words that may belong to a date that starts before a plain one.
_WEEKDAYS_AND_MONTHS = frozenset(V.WEEKDAYS) | frozenset(V.MONTHS)
# What may not stand just before a plain date: a word, a decimal, a code ("COVID-19 June", "v2.07 Nov").
_NOT_BEFORE_NUMBER = frozenset(".,:/+#§-")


# Month abbreviations that take a dot before the day ("Sept. 21, 2011").
_DOTTED_BEFORE_DAY = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})

# How far a month name may stand from the day it dates ("17 to 18 June", "June 30 - July 2").
_MONTH_REACH = 32
# What joins the parts of a numeric date, and what is stripped from a word before it is looked up.
_NUMERIC_JOINERS = frozenset("-/.:\u2010\u2011\u2013")
_WORD_BREAKS = str.maketrans({c: " " for c in ".,;:!?()[]{}\"'“”‘’«»–—-/\u2010\u2011\u2212"})

# How far around a plain date no other number may stand (ranges, counts and times the grammar reads).
_QUIET = 16


class HeaderDate:
    """A day date read in a header: its offsets, the (first) day, and the time of day when written."""

    __slots__ = ("day", "end", "start", "time")

    def __init__(self, start: int, end: int, day: dt.date, time: dt.time | None = None) -> None:
        self.start = start
        self.end = end
        self.day = day
        self.time = time

    def __repr__(self) -> str:
        return f"HeaderDate({self.start}, {self.end}, {self.day!r}, {self.time!r})"

    @property
    def span(self) -> Span:
        """Where the date is, as a :class:`Span`."""
        return Span(start=self.start, end=self.end)


def _plain_dates(text: str, start: int, end: int) -> list[HeaderDate] | None:
    """The day mentions of ``text[start:end]`` when every date in it is plain; ``None`` otherwise.

    A region without a number that can be a day has no day date at all. Each plain date must stand
    clear of other numbers, weekdays and month names (a range, a count, a weekday or a time zone is
    the grammar's to read), and every other day number of the region must be one that no date form
    can use: no month name near it, not part of a numeric date ("the 21st Century", "29 Allies").
    """
    if _ONE_OR_TWO_DIGITS.search(text, start, end) is None:
        return []  # no number that can be a day: no day date
    matches = _PLAIN_DATE.finditer(text, start, end)
    first = next(matches, None)
    if first is None:
        return []
    if text.find("://", start, end) >= 0 or text.find("www.", start, end) >= 0:
        return None  # the grammar skips URLs
    found: list[HeaderDate] = []
    for m in itertools.chain((first,), matches):
        if m.group("day") is not None:
            if not _dateless(text, m, start, end):
                return None
            continue
        mention = _plain_mention(text, m, start, end)
        if mention is None:
            return None
        found.append(mention)
    return found


def _dateless(text: str, day: regex.Match[str], start: int, end: int) -> bool:
    """Whether the day number *day* can be part of no date: no month name near it, no numeric date."""
    s, e = day.span()
    if s - 1 > start and text[s - 1] in _NUMERIC_JOINERS and text[s - 2].isdecimal():
        return False  # "2017-11-07", "18.06.2020", "10/22"
    if text[e : e + 1] in _NUMERIC_JOINERS and text[e + 1 : e + 2].isdecimal() and e + 1 < end:
        return False
    window = text[max(start, s - _MONTH_REACH) : min(end, e + _MONTH_REACH)].lower().translate(_WORD_BREAKS)
    return not any(word in V.MONTHS for word in window.split())


def _plain_mention(text: str, m: regex.Match[str], start: int, end: int) -> HeaderDate | None:
    """The mention a plain date match stands for, or ``None`` when the grammar must read it."""
    s, e = m.span()
    d, month_word, y, m2, dot, d2, y2, a, b, y3, hh, mi, _day = m.groups()
    previous = text[s - 1] if s > start else ""
    if previous and (previous.isalnum() or previous == "_" or previous in _NOT_BEFORE_NUMBER):
        return None
    if m2 is not None and previous and not (previous.isspace() or previous == "("):
        return None
    if _DIGIT.search(text, max(start, s - _QUIET), s) or _DIGIT.search(text, e, min(end, e + _QUIET)):
        return None
    before = text[max(start, s - 14) : s].rstrip(" ,(\t").rsplit(None, 1) if previous else ()
    if before and before[-1].lower().strip("(.") in _WEEKDAYS_AND_MONTHS:
        return None  # "Monday 28 November", "June 30 Nov. …": the grammar reads what the word before adds
    try:
        if d is not None:
            if not (month_word.istitle() or month_word.isupper() or month_word.islower()):
                return None
            day, month, year = int(d), V.MONTHS.get(month_word.lower(), 0), int(y)
        elif d2 is not None:
            key = m2.lower()
            if not (m2.istitle() or m2.isupper()) or (dot and key not in _DOTTED_BEFORE_DAY):
                return None
            day, month, year = int(d2), V.MONTHS.get(key, 0), int(y2)
        else:
            first, second, year = int(a), int(b), int(y3)
            if first > 12 and 0 < second <= 12:
                day, month = first, second
            elif second > 12 and 0 < first <= 12:
                day, month = second, first
            else:
                return None
        if not month or not 1800 <= year <= 2099:
            return None
        value = dt.date(year, month, day)
        time = None
        if hh is not None:
            time = dt.time(int(hh), int(mi))
            follows = text[e:end].lstrip(" \t\u00a0")
            if follows[:1].isalpha() or follows[:1] in ("(", "+", "-", "−"):
                return None  # "11:17 CET", "10:00 a.m.", "11:17 Uhr": the grammar reads the zone
    except ValueError:
        return None  # "31 June 2020", "25:00": the grammar records what is wrong
    return HeaderDate(s, e, value, time)


def dates_in(text: str, start: int, end: int) -> list[HeaderDate]:
    """The day dates inside ``text[start:end]``, in order, as the date grammar reads them.

    Plain header dates are read here; any other form is read by :func:`nato_press._dates.scan_dates`,
    whose failure reads as "no date".

    >>> [(m.start, m.end, m.day.isoformat()) for m in dates_in("• 09 Jun. 2016 -", 0, 16)]
    [(2, 14, '2016-06-09')]
    """
    plain = _plain_dates(text, start, end)
    if plain is not None:
        return plain
    try:
        found, _relative, _defects = scan_dates(text, [Span(start=start, end=end)])
    except Exception:
        return []
    # Headers date a page to the day; a year or month inside a reference ("Press Release (2013) 127") is no date.
    return [
        HeaderDate(m.span.start, m.span.end, m.start, m.time)
        for m in found
        if m.precision == "day" and start <= m.span.start and m.span.end <= end
    ]
