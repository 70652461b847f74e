"""The scan driver: :func:`scan_dates`, the pipeline's date stage (private to :mod:`nato_press._dates`).

Tries the forms at each candidate, by what stands before it (:data:`_AT_LEAD`, :data:`_AT_WORD_LEAD`)
and by what it is (a short number, a year, a word), keeps the first reading, then gives the
yearless mentions their year, checks the weekdays written and returns the mentions and defects.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .._records import DateMention, Defect, Span
from . import _scan_patterns as S
from . import _vocab as V
from ._candidates import _candidates, _lead, _may_lead, _merge, _url_spans
from ._day_first import _day_first, _match_day_first
from ._inference import _Anchors, _coordinated, _infer_year, _resolve, _year_word
from ._month_first import _match_month_first, _month_first
from ._numeric import _match_numeric, _numeric
from ._order import DateOrder, dayfirst_of, language_dayfirst
from ._periods import (
    _BARE_MONTH,
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
from ._relative import _bare_weekday, _counted, _match_bare_weekday, _match_counted, _match_relative, _relative
from ._times import _clocks_first, _time
from ._years import _match_years, _years

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
    "rn": ((_match_counted, _counted),),
}


_AT_WORD: dict[str, _Forms] = {
    "mon": ((_match_month_first, _month_first), (_MONTH_YEAR, _month_year), (_BARE_MONTH, _bare_month)),
    "wd": ((_match_day_first, _day_first), (_match_month_first, _month_first), (_match_bare_weekday, _bare_weekday)),
    "rel": ((_match_relative, _relative),),
    "unit": (),
}


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
            lead = S.WORD_LEAD.match(text, max(start, at - 24), at)
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


# How far into the text a stated day may stand in for a missing publication date, and how long the
# line holding it may be (see _head_date).
_HEAD_ZONE = 400
_HEAD_LINE = 80


def _head_date(text: str, raws: list[_Raw]) -> dt.date | None:
    """The first explicit day (year written) on a short line in the first lines of the text, or None.

    House style of press pages: a full date on a line of its own at the head of the page (front matter
    "date: '2024-07-05'", "07 Nov. 2017 - | Last updated: ...", "Published on 5 July 2024") is the page's
    own date. When no reference date is known, it anchors the years of the days written without one,
    as a publication date would. A date inside a sentence of prose ("The Treaty was signed on
    4 April 1949 ...") is a date the text talks about, not the page's: it anchors nothing here.
    """
    for raw in raws:
        if raw.start >= _HEAD_ZONE:
            return None
        settled = raw.relative is None and raw.defect is None and raw.note is None and raw.parts is None
        if settled and raw.precision == "day":
            line_start = text.rfind("\n", 0, raw.start) + 1
            line_end = text.find("\n", raw.end)
            line = text[line_start : len(text) if line_end < 0 else line_end]
            if len(line.strip()) <= _HEAD_LINE:
                return raw.lo
    return None


def scan_dates(
    text: str,
    regions: Sequence[Span] | None = None,
    *,
    reference_date: dt.date | None = None,
    date_order: DateOrder | None = None,
    language: str | None = None,
    keep_ambiguous: bool = False,
) -> tuple[list[DateMention], list[DateMention], list[Defect]]:
    """Find date mentions in *regions* of *text* (all of it when ``None``).

    Returns ``(dates, relative_dates, defects)``: the explicit mentions in
    text order (a missing year taken from *reference_date* or the text,
    with ``year_inferred`` set), the mentions resolved from relative words
    ("tomorrow", "on Thursday"; only when *reference_date* is given), and
    the oddities met ("weekday-mismatch", "ambiguous-numeric-date",
    "year-unknown", "invalid-date"). Never raises for a ``str``.

    *date_order* (``"dmy"``, ``"mdy"``) fixes the order of day and month in numeric dates;
    without it the document decides (its other numeric dates, a US aggregator header, then
    *language*: fr, de, it, es, nl, pt, sv write the day first). A numeric date still
    undecided is read month first and returned with an "ambiguous-numeric-date" defect when
    *keep_ambiguous* (as :func:`~nato_press.find_dates` and :func:`~nato_press.parse` do), else
    left out with the defect (the header stage: a guessed day dates no page).

    >>> dates, relative, defects = scan_dates("Ministers meet tomorrow (8 November 2017).",
    ...                                       reference_date=dt.date(2017, 11, 7))
    >>> [(d.text, d.start.isoformat()) for d in dates]
    [('8 November 2017', '2017-11-08')]
    >>> [(d.text, d.relative) for d in relative]
    [('tomorrow', 'tomorrow')]
    """
    if isinstance(reference_date, dt.datetime):
        reference_date = reference_date.date()
    ctx = _Context(text, reference_date, dayfirst_of(date_order), language=language_dayfirst(language))
    urls = _url_spans(text)
    raws: list[_Raw] = []
    for start, end in _merge(text, regions):
        raws.extend(_collect(text, start, end, ctx, urls))

    year_reference = reference_date if reference_date is not None else _head_date(text, raws)
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
                    year = _infer_year(raw, text, anchors, year_reference)
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
        if raw.note is not None:
            code, message = raw.note
            defects.append(Defect(code=code, message=message, span=Span(start=raw.start, end=raw.end)))
            if not keep_ambiguous:
                continue
        _check_weekdays(text, raw, defects)
        dates.append(_mention(text, raw))
    return dates, relative, defects
