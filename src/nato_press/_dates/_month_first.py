"""Month-first dates (private to :mod:`nato_press._dates`).

Reads "Nov. 7, 2017", "November 7th, 2017", "SEPT. 21", "Sept. 4-5", "June 30 - July 2, 2020",
"Wednesday, June 17" piece by piece (:func:`_match_month_first`), in the order one pattern would
backtrack through them, and turns the match into mentions (:func:`_month_first`), leaving out a
number that is a count ("In March 29 Allies met").
"""

from __future__ import annotations

from typing import cast

import regex

from . import _form_patterns as F
from . import _vocab as V
from ._ranges import _connector, _day_ends, _days
from ._raw import _Built, _Context, _date, _Invalid, _Match, _Raw, _year
from ._times import _tail
from ._words import _ASCII_LETTERS, _is_weekday_word, _month, _month_token, _weekday


def _count_follows(text: str, at: int) -> bool:
    """Whether the word after *at* makes the number before it a count ("29 Allies", "30 nations")."""
    after = text[at : at + 16].split(None, 1)
    return bool(after) and after[0].lower().strip(".,;:") in V.COUNT_NOUNS


def _with_year(text: str, at: int, end: int) -> list[tuple[regex.Match[str] | None, int]]:
    """The year paths after a month or day at *at*: with the year written after it, then without."""
    year = F.DAY_YEAR.match(text, at, end)
    return [(year, year.end()), (None, at)] if year is not None else [(None, at)]


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
    weekday = F.WEEKDAY_HEAD.match(text, at, end)
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
        day = F.MONTH_DAY.match(text, start, end)
        if day is not None and _month_token(text, day, "m", end):
            paths.extend((weekday, day, day, year, stop) for year, stop in _with_year(text, day.end(), end))
        if not month_needed:
            alone = F.DAY_ONLY.match(text, start, end)
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


def _month_first(m: _Match, text: str, ctx: _Context) -> list[_Raw]:
    if V.fold(m.group("m1").rstrip(".")) in V.DAY_FIRST_ONLY_MONTHS:
        # Italian, Spanish, Portuguese, Dutch and Swedish never write the month first: "Marco 4" is a name.
        raise _Invalid("a day-first language's month before its day", m.start())
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
