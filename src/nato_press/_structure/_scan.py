"""Character scanning shared by the header readers: the date placeholder, digits and white space.

The readers of header lines, datelines and digest periods (:mod:`._header_lines`, :mod:`._datelines`,
:mod:`._titles`) walk a line character by character; these are the steps they share.
"""

from __future__ import annotations

import regex

# A placeholder for a date mention in the residue of a header line (a character that input lines
# are scrubbed of first, so it only ever stands for a date read by the date grammar).
_DATE = "\x00"
# Any digit: the cheap test in front of the readers that need a number.
_DIGIT = regex.compile(r"\d")


def _skip_white(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def _digits(text: str, at: int, fewest: int, most: int) -> int | None:
    """The end of a run of *fewest* to *most* digits at *at* (the longest such run), or ``None``."""
    end = at
    while end < len(text) and end - at < most and text[end].isdecimal():
        end += 1
    return end if end - at >= fewest else None
