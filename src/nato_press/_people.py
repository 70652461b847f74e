"""Speakers, quotations and their attribution.

STUB (to be replaced).
"""

from __future__ import annotations

from collections.abc import Sequence

from ._records import Block, Defect, Footnote, Header, Quote, Speaker, Turn

__all__ = ["find_people"]


def find_people(
    text: str,
    blocks: Sequence[Block],
    header: Header,
    turns: Sequence[Turn],
    footnotes: Sequence[Footnote],
) -> tuple[list[Speaker], list[Quote], list[Defect]]:
    """Return the speakers and quotes of *text*, and the defects met."""
    return [], [], []
