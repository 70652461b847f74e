"""Month and weekday words as the date forms read them (private to :mod:`nato_press._dates`).

The patterns read a month or weekday slot as any word; these helpers look the word up in the
word sets of :mod:`._vocab` (whether it is a month or weekday, whether it may keep its dot,
whether its case is one a date writes) and turn it into its number.
"""

from __future__ import annotations

import regex

from . import _vocab as V
from ._raw import _Invalid


def _month(token: str, lower_ok: bool) -> int:
    """The month number of *token*; lower-case English names only where *lower_ok*."""
    word = token.rstrip(".")
    key = word.lower()
    number = V.MONTHS.get(key)
    if number is None:
        raise _Invalid("unknown month", 0)
    if not (word.isupper() or word.istitle() or (word.islower() and (lower_ok or key in V.LOWER_CASE_MONTHS))):
        raise _Invalid("month name in odd case", 0)
    if key in V.YEAR_BOUND_MONTHS and not lower_ok:
        raise _Invalid("a common word, a month only before a year", 0)  # "Set 1", "3 out of 4"
    return number


def _weekday(token: str | None) -> int | None:
    if token is None:
        return None
    word = token.rstrip(".")
    key = word.lower()
    if not (word.isupper() or word.istitle() or (word.islower() and key in V.FRENCH_WEEKDAYS)):
        raise _Invalid("weekday name in odd case", 0)
    return V.WEEKDAYS[key]


def _is_weekday_word(token: str) -> bool:
    """Whether *token* ("Wednesday", "Wed.") is a weekday as a date writes it: full names take no dot."""
    if token.endswith("."):
        return V.fold(token[:-1]) in V.ABBR_WEEKDAY_WORDS
    return V.fold(token) in V.WEEKDAY_WORDS


def _is_month_word(token: str) -> bool:
    word = token.rstrip(".")
    return (word.lower() if word.isascii() else V.fold(word)) in V.MONTH_WORDS


def _month_dot(text: str, token: str, after: int, end: int) -> bool:
    """Whether the month word *token* may keep its dot (*after* is past it): "Sept.", or "May." before a year."""
    word = V.fold(token[:-1])
    return word in V.ABBR_MONTH_WORDS or V.YEAR_AHEAD.match(text, after, end) is not None


def _month_token(text: str, m: regex.Match[str], group: str, end: int) -> bool:
    """Whether the group *group* of *m* is a month word as the form reads it: a month, and a dot it may take."""
    token = m.group(group)
    if not _is_month_word(token):
        return False
    return not token.endswith(".") or _month_dot(text, token, m.end(group), end)


_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
