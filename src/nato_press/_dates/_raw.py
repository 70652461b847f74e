"""The records the date readers pass around (private to :mod:`nato_press._dates`).

A reader matches a form at a candidate position and hands the match to its handler with the
document's :class:`_Context` (its reference date, its convention for numeric dates); the handler
returns :class:`_Raw` mentions (a span with its value, or the yearless parts of one) or raises
:class:`_Invalid`. A date read piece by piece answers as one match would, as a :class:`_Built`.
The calendar checks the handlers share (:func:`_date`, :func:`_month_end`) and the conversion of a
finished mention into a :class:`~nato_press.DateMention` (:func:`_mention`) are here too.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

import regex

from .._records import DateMention, Precision, Span
from . import _scan_patterns as S

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
        "note",
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
        self.note: tuple[str, str] | None = None  # (code, message) of a defect of a date that is emitted
        self.shift: int | None = None  # "24 February last year": the year is the reference year plus this


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


class _Context:
    """What the handlers may ask about the document: its convention for numeric dates, its reference."""

    __slots__ = ("_dayfirst", "forced", "language", "reference", "text", "whole")

    def __init__(
        self,
        text: str,
        reference: dt.date | None,
        forced: bool | None = None,
        *,
        whole: bool = False,
        language: bool | None = None,
    ) -> None:
        self.text = text
        self.reference = reference
        self.forced = forced  # the caller's date_order
        self.whole = whole  # a string alone (parse_date): month first with slashes and dashes
        self.language = language  # True when the document's language writes the day first
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
        """The document's order: its other numeric dates, a US aggregator header, then its language.

        What the text writes outranks what its language suggests: "10/22/2021" elsewhere in a French
        page says month first.
        """
        day_first = month_first = False
        for found in S.NUMERIC_ANY.finditer(self.text):
            a, b = int(found.group(1)), int(found.group(3))
            day_first |= 12 < a <= 31 and b <= 12
            month_first |= 12 < b <= 31 and a <= 12
        if day_first != month_first:
            return day_first
        if not day_first and S.US_HEADER.search(self.text):
            return False
        return self.language


_Handler = Callable[[_Match, str, "_Context"], list[_Raw]]


_Matcher = Callable[[str, int, int], "_Match | None"]


_Forms = tuple[tuple[_Matcher, _Handler], ...]


def _date(year: int, month: int, day: int, position: int) -> dt.date:
    if day > calendar.monthrange(year, month)[1]:
        raise _Invalid(f"day {day} is past the end of {calendar.month_name[month]} {year}", position, date_like=True)
    return dt.date(year, month, day)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _year(m: _Match, name: str) -> int | None:
    value = m.group(name)
    return None if value is None else int(value)


def _group(m: _Match, name: str) -> str | None:
    """The group *name* of *m*, or None when *m*'s pattern has no such group."""
    try:
        return m.group(name)
    except IndexError:
        return None


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
