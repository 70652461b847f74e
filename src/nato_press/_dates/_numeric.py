"""Numeric dates (private to :mod:`nato_press._dates`).

Reads ISO "2020-06-18", dotted "18.06.2020", slashed "10/22/2021", dashed "22-10-2021" and
"25-May-2017", with a time of day after them; an ambiguous day and month follow the document's
convention (see :class:`~._raw._Context`), else read month first with an "ambiguous-numeric-date" defect.
"""

from __future__ import annotations

from typing import cast

from . import _form_patterns as F
from ._raw import _Built, _Context, _date, _Invalid, _Match, _Raw
from ._times import _may_time, _read_time, _time, _time_groups
from ._words import _month


def _match_numeric(text: str, at: int, end: int) -> _Match | None:
    """A numeric date at *at* ("2020-06-18", "18.06.2020", "10/22/2021"), with its time of day if any."""
    m = F.NUMERIC.match(text, at, end)
    if m is None:
        return None
    timed = _read_time(text, m.end(), end) if _may_time(text, m.end()) else None
    if timed is None or timed.group("lead") is None:
        return m
    spans: dict[str | int, tuple[int, int]] = {
        name: m.span(name) for name in m.groupdict() if m.group(name) is not None
    }
    groups = _time_groups(timed)
    return cast(_Match, _Built(text, at, timed.end(), spans, groups))


def _numeric(m: _Match, text: str, ctx: _Context) -> list[_Raw]:
    raw = _Raw(m.start(), m.end(), "day")
    if m.group("iy") is not None:
        raw.lo = _date(int(m.group("iy")), int(m.group("im")), int(m.group("id")), m.start("id"))
    elif m.group("m1") is not None:
        raw.lo = _date(int(m.group("y1")), _month(m.group("m1"), True), int(m.group("d1")), m.start("d1"))
    else:
        a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("ny"))
        if a == 0 or b == 0 or (a > 12 and b > 12) or a > 31 or b > 31:
            raise _Invalid("not a day and a month", m.start())
        if a > 12:
            day, month = a, b
        elif b > 12 or a == b:
            day, month = b, a
        else:
            dayfirst = ctx.dayfirst(m.group("sep"))
            if dayfirst is None:
                # Nothing tells the order: the date is read month first (the US form, the commonest
                # of undated numeric dates on the wire) and kept, with a defect naming both readings.
                raw.note = (
                    "ambiguous-numeric-date",
                    (
                        f"{m.group(0)!r} may be {_date(year, a, b, m.start()).isoformat()} (month/day, as read) "
                        f"or {_date(year, b, a, m.start()).isoformat()} (day/month); date_order= decides"
                    ),
                )
                day, month = b, a
            else:
                day, month = (a, b) if dayfirst else (b, a)
        raw.lo = _date(year, month, day, m.start())
    raw.hi = raw.lo
    raw.time = _time(m) if isinstance(m, _Built) else None  # a plain match has no time of day
    return [raw]
