"""Transcript turns: speaker labels, questions and answers.

STUB (to be replaced).
"""

from __future__ import annotations

from collections.abc import Sequence

from ._records import Block, Defect, Header, Turn

__all__ = ["find_turns"]


def find_turns(text: str, blocks: Sequence[Block], header: Header) -> tuple[list[Turn], list[Defect]]:
    """Return the transcript turns of *text* (empty for non-transcripts), and defects."""
    return [], []
