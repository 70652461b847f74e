"""Detect the document language (en, fr, de) from the text itself.

STUB (to be replaced).
"""

from __future__ import annotations

from collections.abc import Sequence

from ._records import Block

__all__ = ["detect_language"]


def detect_language(text: str, blocks: Sequence[Block]) -> str | None:
    """Return ``"en"``, ``"fr"``, ``"de"`` or ``None`` when undecidable."""
    return None
