"""Years and spans of years (private to :mod:`nato_press._dates`).

Reads "2013-18", "2016-2017", "2019/20", "between 2016 and 2017", and a lone year only where it
reads as one: after "in", "since"..., in brackets, after another year, before an event noun
("the 2018 NATO Summit"); never a reference ("Resolution 2240") or a count ("2000 troops").
"""

from __future__ import annotations

import datetime as dt

from . import _form_patterns as F
from . import _vocab as V
from ._raw import _Context, _Invalid, _Match, _Raw


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


def _word_ends(text: str, at: int, end: int) -> bool:
    """Whether no word character stands at *at* (a regex ``(?!\\w)``)."""
    return F.WORD_CHAR.match(text, at, end) is None


def _match_years(text: str, at: int, end: int) -> _Match | None:
    """A year range at *at* ("2013-18", "between 2016 and 2017"), or a lone year where it reads as one."""
    if F.NUM_GUARD.match(text, at, end) is None:
        return None
    m = F.YEARS.match(text, at, end)
    if m is None or m.group("rc") is not None:
        return m
    stop = m.end()
    if not _year_context(text, at, stop, end):
        return None
    before = F.REFERENCE_BEFORE.match(text, at)
    if before is not None and V.fold(before.group("w")) in F.REFERENCE_WORDS:
        return None  # "Resolution 2240", "No. 2020"
    count = F.COUNT_AFTER.match(text, stop, end)
    if count is not None:
        if count.group("pct") is not None:
            return None
        word = V.fold(count.group("w"))
        if word in F.COUNT_WORDS and _word_ends(text, count.end("w"), end):
            return None  # "2000 troops"
        second = count.group("w2")
        if word == "per" and second is not None and V.fold(second) == "cent" and _word_ends(text, count.end(), end):
            return None  # "2020 per cent"
    return m


def _year_context(text: str, at: int, stop: int, end: int) -> bool:
    """Whether the four digits at *at* read as a year: after "in", "since"..., in brackets, after a year,
    or before an event noun."""
    word = F.WORD_BEFORE_YEAR.match(text, at)
    if word is not None and V.fold(word.group("w")) in F.CONTEXT_WORDS:
        return True
    if F.OPEN_BEFORE.match(text, at) is not None and F.CLOSE_AFTER.match(text, stop, end) is not None:
        return True
    if F.YEAR_BEFORE.match(text, at) is not None:
        return True
    space = F.H_RUN.match(text, stop, end)
    pos = -1 if space is None else space.end()
    for _ in range(4):  # an event noun after up to three capitalised words
        if pos < 0:
            return False
        noun = F.NOUN_AHEAD.match(text, pos, end)
        if noun is not None:
            first = V.fold(noun.group("a"))
            if first in F.EVENT_NOUNS and _word_ends(text, noun.end("a"), end):
                return True
            second = noun.group("b")
            if second is not None and (first, V.fold(second)) in F.EVENT_PAIRS and _word_ends(text, noun.end(), end):
                return True
        filler = F.CAPITALISED_WORD.match(text, pos, end)
        pos = -1 if filler is None else filler.end()
    return False
