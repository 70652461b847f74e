"""Date mentions: the grammar of dates in NATO press material.

STUB (to be replaced).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ._errors import DateParseError
from ._records import DateMention, Defect, Span

__all__ = ["find_dates", "parse_date", "scan_dates"]


def scan_dates(
    text: str,
    regions: Sequence[Span] | None = None,
    *,
    reference_date: dt.date | None = None,
) -> tuple[list[DateMention], list[DateMention], list[Defect]]:
    """Find date mentions in *regions* of *text* (all of it when ``None``).

    Returns ``(dates, relative_dates, defects)``: explicit mentions, mentions
    resolved from relative words, and oddities met.
    """
    return [], [], []


def find_dates(text: str, *, reference_date: dt.date | None = None) -> tuple[DateMention, ...]:
    """Return every explicit date mention in *text*, in order."""
    if not isinstance(text, str):
        raise TypeError(f"find_dates() takes a str, not {type(text).__name__}")
    dates, _relative, _defects = scan_dates(text, reference_date=reference_date)
    return tuple(dates)


def parse_date(text: str) -> DateMention:
    """Read *text* as exactly one date expression."""
    if not isinstance(text, str):
        raise TypeError(f"parse_date() takes a str, not {type(text).__name__}")
    raise DateParseError("no date found", text, 0)
