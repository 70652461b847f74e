"""Day-first dates (private to :mod:`nato_press._dates`).

Reads "17 June 2020", "07 Nov. 2017 11:17", "the 31st of October", "1er mai 2020", "26. Mai 2021",
"17-18 June 2020", "19 Sep. 2014 - 21 Sep. 2014", "Wednesday, 17 June and Thursday, 18 June 2020",
"Thursday (9 June 2016)" piece by piece (:func:`_match_day_first`), and turns the match into
mentions (:func:`_day_first`).
"""

from __future__ import annotations

from typing import cast

import regex

from . import _form_patterns as F
from . import _vocab as V
from ._ranges import _day_ends, _days, _may_connect
from ._raw import _Built, _Context, _Match, _Raw, _year
from ._times import _may_time, _tail
from ._words import _ASCII_LETTERS, _is_month_word, _is_weekday_word, _month, _month_dot

# The day forms are read from small patterns (see _form_patterns), tried in exactly the order in which
# one pattern with the spelled-out month and weekday names would backtrack through them: optional
# parts present before absent, the year before no year, the first part's choices before the
# second's. A slot word that is not a month or weekday closes that path, as the names would have.


_AFTER_DAY = frozenset(".sSnNrRtTeEº°\n" + V.H_CHARS) | V.DASH_CHARS  # "\n": a wrapped "25\nFebruary"


_FIRST_PART_GROUPS: tuple[str | int, ...] = ("p1", "the", "d1", "m1", "y1")


def _guarded(text: str, at: int, end: int) -> bool:
    """NUM_GUARD at *at*: no word character, decimal point, slash... right before ("COVID-19", "2.5")."""
    if at == 0:
        return True
    before = text[at - 1]
    if not before.isascii():
        return F.NUM_GUARD.match(text, at, end) is not None
    if before.isalnum() or before in "_.,:/+#":
        return False
    if before == "-" and at >= 2:
        previous = text[at - 2]
        if not previous.isascii():
            return F.NUM_GUARD.match(text, at, end) is not None
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
    return word in V.MONTH_WORDS or word in V.CONN_WORDS or word in ("of", "de")


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


def _second_part(text: str, at: int, end: int) -> regex.Match[str] | None:
    """The second part of a day-first date after *at* ("-18 June", " and Thursday, 18 June 2020"), or None."""
    if not _may_connect(text, at, end):
        return None
    second = F.DAY_SECOND_PART.match(text, at, end)
    if (
        second is None
        or (second.group("cw") is not None and V.fold(second.group("cw")) not in V.CONN_WORDS)
        or (second.group("wd") is not None and not _is_weekday_word(second.group("wd")))
    ):
        return None
    return second


def _match_day_first(text: str, at: int, end: int) -> _Match | None:
    """A day-first date at *at*: "17 June 2020", "Wednesday, 17 June and Thursday, 18 June 2020"."""
    if text[at : at + 1].isdecimal() and not _may_follow_day(text, at, end):
        return None
    if not _guarded(text, at, end):
        return None
    first = F.DAY_FIRST_PART.match(text, at, end)
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


def _day_first(m: _Match, text: str, ctx: _Context) -> list[_Raw]:
    y1, y2 = _year(m, "y1"), _year(m, "y2")
    has_year = y1 is not None or y2 is not None
    mo2 = _month(m.group("m2"), has_year) if m.group("m2") else None
    mo1 = _month(m.group("m1"), has_year) if m.group("m1") else mo2
    assert mo1 is not None
    d2 = int(m.group("d2")) if m.group("d2") else None
    return _days(m, text, int(m.group("d1")), mo1, y1, d2, mo2, y2)
