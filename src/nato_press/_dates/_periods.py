"""Months, seasons, modified periods, quarters and halves (private to :mod:`nato_press._dates`).

Reads "June 2020", "June-July 2020", a month alone where it reads as a time ("in June"),
"Spring 2020", "winter 2019/2020", "mid-2020", "late July 2018", "Q2/2020", "H1 2020", "second
quarter of 2020", "2020 Q2", "2. Quartal 2020", each at month, season, year, quarter or half
precision.
"""

from __future__ import annotations

import datetime as dt
from typing import cast

import regex

from . import _form_patterns as F
from . import _vocab as V
from ._ranges import _conn_kind
from ._raw import _Built, _Context, _group, _Invalid, _Match, _month_end, _Raw, _year
from ._words import _is_month_word, _month, _month_dot, _month_token


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


# Month, weekday and season words are read by the patterns as any word (compiling every spelling
# into every pattern cost tens of milliseconds at import); these matchers look the words up and
# return exactly the match the pattern with the spelled-out vocabulary would have returned, or None.


def _match_month_year(text: str, at: int, end: int) -> _Match | None:
    """MONTH_YEAR at *at*, its words months. A word that is not one (or a dot that a full name may not
    take) leaves no other way to read the text, so such a match is no match."""
    m = F.MONTH_YEAR.match(text, at, end)
    if m is None or not _month_token(text, m, "m1", end):
        return None
    if m.group("cw") is not None and V.fold(m.group("cw")) not in V.CONN_WORDS:
        return None  # "June or July 2020": no month can stand alone before "or"
    if m.group("m2") is not None and not _month_token(text, m, "m2", end):
        return None
    return m


def _match_bare_month(text: str, at: int, end: int) -> _Match | None:
    """A month alone where it reads as a time: "in June", "since March", "the June meeting"."""
    before = F.WORD_BEFORE.match(text, at)
    if before is None:
        return None
    word = V.fold(before.group("w"))
    if word not in F.CONTEXT_WORDS and not (
        word == "the"
        and not text.startswith(("May", "March"), at, end)
        and F.THE_MONTH_AHEAD.match(text, at, end) is not None
    ):
        return None
    m = F.BARE_MONTH.match(text, at, end)
    if m is None or not _is_month_word(m.group("m1")):
        return None
    token, stop = m.group("m1"), m.end()
    # With its dot where the word may take one ("in Sept."), then without ("in June.").
    stops = [stop] if not token.endswith(".") else [stop - 1]
    if token.endswith(".") and _month_dot(text, token, stop, end):
        stops.insert(0, stop)
    for close in stops:
        if F.BARE_MONTH_END.match(text, close, end) is not None:
            return cast(_Match, _Built(text, at, close, {"m1": (at, close)}))
    return None


def _match_modified(text: str, at: int, end: int) -> _Match | None:
    """MODIFIED at *at*; a month word must be a month, and a full name keeps no dot unless a year follows."""
    m = F.MODIFIED.match(text, at, end)
    if m is None or m.group("m1") is None:
        return m
    token = m.group("m1")
    if not _is_month_word(token):
        return None
    if not token.endswith(".") or _month_dot(text, token, m.end("m1"), end):
        return m
    stop = m.end("m1") - 1  # "mid-June." reads "mid-June"
    if F.MODIFIED_END.match(text, stop, end) is None:
        return None
    return cast(_Match, _Built(text, at, stop, {"mod": m.span("mod"), "m1": (m.start("m1"), stop)}))


def _match_period(text: str, at: int, end: int) -> _Match | None:
    """A quarter or half at *at*: "Q2/2020", "H1 2020", "second quarter of 2020", "2020 Q2", "2. Quartal 2020"."""
    first = text[at : at + 1]
    if first.isdecimal():  # only "1st quarter", "2020 Q2" and "2. Quartal" start with a digit
        second = text[at + 1 : at + 2]
        if first in "1234" and second.isalpha():
            m = F.PERIOD_ORD.match(text, at, end)
            if m is not None and _period_words(m):
                return m
        if not second.isdecimal() and (first not in "1234" or second != "."):
            return None  # neither a year ("2020 Q2") nor "2. Quartal"
        return F.PERIOD_YQ.match(text, at, end)
    m = F.PERIOD_QH.match(text, at, end)
    if m is not None:
        return m
    m = F.PERIOD_ORD.match(text, at, end)
    return m if m is not None and _period_words(m) else None


def _period_words(m: regex.Match[str]) -> bool:
    return V.fold(m.group("ord")) in F.PERIOD_ORDINALS and V.fold(m.group("unit")) in F.PERIOD_UNITS


def _match_season_year(text: str, at: int, end: int) -> _Match | None:
    """A season with its year at *at*: "Spring 2020", "winter 2019/2020"."""
    m = F.SEASON_YEAR.match(text, at, end)
    return m if m is not None and V.fold(m.group("s")) in V.SEASON_WORDS else None


_MONTH_YEAR = _match_month_year


_BARE_MONTH = _match_bare_month


_MODIFIED = _match_modified
