"""Footnote markers in the body and the notes they point to.

STUB (to be replaced).
"""

from __future__ import annotations

from collections.abc import Sequence

from ._records import Block, Defect, Footnote

__all__ = ["find_footnotes"]


def find_footnotes(text: str, blocks: Sequence[Block]) -> tuple[list[Footnote], list[Defect]]:
    """Return the footnotes of *text* with their markers, and the defects met."""
    return [], []
