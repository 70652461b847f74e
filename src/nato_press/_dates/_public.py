"""The public entry points: :func:`find_dates` and :func:`parse_date`.

:func:`find_dates` returns the explicit mentions :func:`~._scan.scan_dates` finds; :func:`parse_date`
reads a whole string as exactly one date, every form tried in turn (a header label before it and a
separator after it left out), and says where reading failed.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, cast

from .._errors import DateParseError
from .._records import DateMention
from . import _form_patterns as F
from . import _vocab as V
from ._day_first import _day_first, _match_day_first
from ._inference import _nearest_year, _resolve
from ._month_first import _match_month_first, _month_first
from ._numeric import _match_numeric, _numeric
from ._order import dayfirst_of
from ._periods import (
    _MODIFIED,
    _MONTH_YEAR,
    _bare_month,
    _match_period,
    _match_season_year,
    _modified,
    _month_year,
    _period,
    _season_year,
)
from ._raw import _Context, _Forms, _Invalid, _mention, _Raw
from ._relative import _bare_weekday, _match_bare_weekday, _match_relative, _relative
from ._scan import scan_dates
from ._times import _clocks_first, _time
from ._years import _lone_year, _match_years, _years


def find_dates(
    text: str,
    *,
    reference_date: dt.date | None = None,
    date_order: Literal["dmy", "mdy"] | None = None,
) -> tuple[DateMention, ...]:
    """Return every explicit date mention in *text*, in order.

    Days, months, seasons, quarters, halves and years, with ranges; a year
    left out ("on 14 October") is taken from *reference_date* (the nearest
    such day) or from the text, and marked ``year_inferred``.

    *date_order* says how a numeric date whose parts could both be the month
    reads ("05/06/2020": ``"dmy"`` 5 June, ``"mdy"`` 6 May). Without it the
    text decides (another numeric date with a part over 12, a US aggregator
    header); if nothing does, the date is read month first, as
    :func:`parse` reports with an ``ambiguous-numeric-date`` defect.

    >>> [(d.text, d.start.isoformat(), d.end.isoformat(), d.precision)
    ...  for d in find_dates("The Summit will take place on September 4-5, 2014, in Wales.")]
    [('September 4-5, 2014', '2014-09-04', '2014-09-05', 'day')]
    """
    if not isinstance(text, str):
        raise TypeError(f"find_dates() takes a str, not {type(text).__name__}")
    if reference_date is not None and not isinstance(reference_date, dt.date):
        raise TypeError(f"reference_date must be a datetime.date, not {type(reference_date).__name__}")
    dates, _relative, _defects = scan_dates(
        text, reference_date=reference_date, date_order=_checked(date_order), keep_ambiguous=True
    )
    return tuple(dates)


def _checked(date_order: object) -> Literal["dmy", "mdy"] | None:
    """*date_order* itself, once :func:`~._order.dayfirst_of` has checked it (:class:`ValueError` if wrong)."""
    dayfirst_of(date_order)
    return cast('Literal["dmy", "mdy"] | None', date_order)


_WHOLE_STRING_FORMS: _Forms = (
    (_match_numeric, _numeric),
    (_match_day_first, _day_first),
    (_match_month_first, _month_first),
    (_match_period, _period),
    (_MONTH_YEAR, _month_year),
    (_match_season_year, _season_year),
    (_MODIFIED, _modified),
    (_match_years, _years),
    (F.LONE_YEAR.match, _lone_year),
    (_match_relative, _relative),
    (_match_bare_weekday, _bare_weekday),
    (F.LONE_MONTH.match, _bare_month),
)


def parse_date(
    text: str,
    *,
    dayfirst: bool | None = None,
    date_order: Literal["dmy", "mdy"] | None = None,
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
    *dayfirst* (``True``: day first) or *date_order* (``"dmy"``, ``"mdy"``,
    as for :func:`find_dates`) says otherwise; given both, they must agree.
    A date without a year, or a relative word, needs *reference_date*.

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
    nato_press.DateParseError: day 31 is past the end of September 2011 in 'Sept. 31, 2011' (at column 7)

    :raises DateParseError: when *text* is not one date; ``position`` says where reading failed.
    :raises ValueError: if *date_order* is not ``"dmy"``, ``"mdy"`` or ``None``, or contradicts *dayfirst*.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_date() takes a str, not {type(text).__name__}")
    dayfirst = dayfirst_of(date_order, dayfirst)
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
