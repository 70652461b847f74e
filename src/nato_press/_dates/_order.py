"""The order of day and month in numeric dates (private to :mod:`nato_press._dates`).

"05/06/2020" is 5 June day first and 6 May month first. The caller may say which (``date_order``:
``"dmy"`` or ``"mdy"``); else the document decides (see :class:`~._raw._Context`): its other numeric
dates, a US aggregator header, then its language.
"""

from __future__ import annotations

from typing import Literal

DateOrder = Literal["dmy", "mdy"]

# House style of the languages whose press pages write the day first ("05/06/2020" is 5 June):
# French, German, Italian, Spanish, Dutch, Portuguese and Swedish. English pages are either way.
DAY_FIRST_LANGUAGES = frozenset({"fr", "de", "it", "es", "nl", "pt", "sv"})


def dayfirst_of(date_order: object, dayfirst: bool | None = None) -> bool | None:
    """*date_order* (``"dmy"``, ``"mdy"`` or ``None``) as a day-first flag, checked; *dayfirst* if ``None``.

    :raises ValueError: if *date_order* is another value, or contradicts *dayfirst*.
    """
    if date_order is None:
        return dayfirst
    if date_order not in ("dmy", "mdy"):
        raise ValueError(f"date_order must be 'dmy', 'mdy' or None, not {date_order!r}")
    forced = date_order == "dmy"
    if dayfirst is not None and dayfirst != forced:
        raise ValueError(f"date_order={date_order!r} contradicts dayfirst={dayfirst!r}")
    return forced


def language_dayfirst(language: str | None) -> bool | None:
    """Day first for a day-first language ("fr", "de-CH"); ``None`` (undecided) for any other."""
    if not language:
        return None
    return True if language.split("-", 1)[0].lower() in DAY_FIRST_LANGUAGES else None
