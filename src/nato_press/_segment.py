"""Lossless segmentation of a scraped page into blocks, and the header read from them.

STUB (to be replaced): every paragraph is ``body``, blank runs are ``blank``.
"""

from __future__ import annotations

import regex

from ._records import Block, Defect, Header, Span

__all__ = ["segment"]

# A blank run: two or more line breaks with only white space between them.
_BLANK_RUN = regex.compile(r"\n[ \t\r\f\v]*+(?:\n[ \t\r\f\v]*+)++")


def segment(text: str) -> tuple[list[Block], Header, list[Defect]]:
    """Partition *text* into blocks covering every character once, and read the header."""
    blocks: list[Block] = []
    pos = 0
    for m in _BLANK_RUN.finditer(text):
        if m.start() > pos:
            blocks.append(Block(kind="body", span=Span(start=pos, end=m.start())))
        blocks.append(Block(kind="blank", span=Span(start=m.start(), end=m.end())))
        pos = m.end()
    if pos < len(text):
        blocks.append(Block(kind="body", span=Span(start=pos, end=len(text))))
    return blocks, Header(), []
