"""Times of day and zones after (or before) a date (private to :mod:`nato_press._dates`).

Reads the time with :data:`~._vocab.TIME` ("11:17", "10:00 a.m. (GMT+1)", "T10:00:00Z"), cutting it
short before a word that is no zone; finds where a day date ends with its time and closing
bracket (:func:`_tail`); and reads a time written first ("1:32 PM GMT+1, February 14, 2024",
:func:`_clocks_first`).
"""

from __future__ import annotations

import datetime as dt
from typing import cast

import regex

from . import _form_patterns as F
from . import _vocab as V
from ._raw import _Built, _Match


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
    return dt.time(hour, minute, second, tzinfo=tzinfo)


def _read_time(text: str, at: int, end: int) -> _Match | None:
    """TIME at *at*; a zone word that is no zone ("10:00 ABC") ends the time before it."""
    m = V.TIME.match(text, at, end)
    if m is None or m.group("tz") is None or m.group("tz") in V.ZONES:
        return m
    stop = m.start("zs")
    spans: dict[str | int, tuple[int, int]] = {
        name: m.span(name) for name in ("lead", "hh", "mi", "ss", "ap") if m.group(name) is not None
    }
    spans["time"] = (m.start("time"), stop)
    return cast(_Match, _Built(text, at, stop, spans))


def _may_time(text: str, at: int) -> bool:
    """Whether a time of day may follow *at* (TIME's lead is "T", a comma, or spaces before the clock,
    "at", "à", "um" or "-")."""
    ahead = text[at : at + 24]
    if not ahead:
        return False
    if ahead[0] == "T":
        return ahead[1:2].isdecimal()
    if ahead[0] == ",":
        rest = ahead[1:].lstrip(V.H_CHARS)
        return not rest or rest[0].isdecimal()
    if ahead[0] not in V.H_CHARS:
        return False
    rest = ahead.lstrip(V.H_CHARS)
    return not rest or rest[0] in _TIME_AFTER_SPACE


_TIME_AFTER_SPACE = frozenset("0123456789,aAàÀuU-")


def _time_groups(timed: _Match) -> dict[str, str | None]:
    """The named groups of a TIME match (a plain match, or the one _read_time cut short)."""
    if isinstance(timed, regex.Match):
        return timed.groupdict()
    return {name: text for name, text in cast(_Built, timed).items() if isinstance(name, str)}


def _tail(text: str, at: int, end: int, bracket: bool) -> tuple[int, dict[str, str | None] | None] | None:
    """Where a day date ending at *at* ends with its time of day (and its closing bracket), and the time's
    groups; None when a bracket it opened is not closed."""
    timed = _read_time(text, at, end) if _may_time(text, at) else None
    if timed is not None and timed.group("lead") is not None:
        stop = timed.end()
        close = F.CLOSE.match(text, stop, end) if bracket else None
        if not bracket or close is not None:
            groups = _time_groups(timed)
            return (stop if close is None else close.end()), groups
    if bracket:
        close = F.CLOSE.match(text, at, end)
        return None if close is None else (close.end(), None)
    return at, None


def _clocks_first(text: str, at: int, end: int) -> list[tuple[_Match, int]]:
    """The readings of a time of day at *at* that may head a date, and where the date would start.

    The time needs AM/PM or a named zone, then a comma, dash or space ("1:32 PM GMT+1, February 14").
    A stated offset may have swallowed the day: "10:32 CET - 14 February" reads "CET-14" first, then "CET".
    """
    if ":" not in text[at + 1 : at + 3] and "h" not in text[at + 1 : at + 3]:
        return []  # no clock here ("1:32", "10:32", "14h05")
    m = _read_time(text, at, end)
    if m is None or m.group("lead") is not None or (m.group("ap") is None and m.group("tz") is None):
        return []
    readings: list[tuple[_Match, int]] = []
    join = V.TIME_JOIN.match(text, m.end(), end)
    if join is not None:
        readings.append((m, join.end()))
    if m.group("tz") is not None and m.group("tzh") is not None:
        stop = m.end("tz")
        join = V.TIME_JOIN.match(text, stop, end)
        if join is not None:
            spans: dict[str | int, tuple[int, int]] = {
                name: m.span(name) for name in ("hh", "mi", "ss", "ap", "tz") if m.group(name) is not None
            }
            spans["time"] = (at, stop)
            readings.append((cast(_Match, _Built(text, at, stop, spans)), join.end()))
    return readings
