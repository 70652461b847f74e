"""Stage 2, dates: every date mention in the dated blocks.

Reads the text of the blocks the structure stage kept (header, title, body, captions, notes)
and returns :class:`~nato_press.DateMention` records (explicit dates and, apart, relative
words) and their defects. ``_vocab`` holds the word tables and compiled patterns of the
grammar; ``_grammar`` reads the forms with them. :func:`find_dates` and :func:`parse_date`
are the public entry points built on the same grammar.
"""

from ._grammar import find_dates, parse_date, scan_dates

__all__ = ["find_dates", "parse_date", "scan_dates"]
