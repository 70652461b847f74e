"""Question labels without a colon: "Q" then white space or a full stop, then the question.

White House and Pentagon transcripts write the questioner's label as a bare "Q" followed by
several spaces (often no-break spaces) or a tab instead of a colon ("Q    Hey.  Thanks."), and
older pages write "Q. What about …". A capital "Q" alone at the start of a line, followed like
that by text, is a question label in any transcript.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from ._labels import RawLabel
from ._vocab import ANSWER_WORDS, ROLE_WORDS

__all__ = ["scan_spaced_questions"]

# After the "Q": a full stop and white space, two or more spaces or no-break spaces, or a
# tab; then the question on the same line. Possessive quantifiers: no backtracking.
_AFTER_Q = regex.compile(r"Q(?:\.[ \u00a0]++|[ \u00a0]{2,}+|\t)[ \t\u00a0]*+(?=[^\s])")

# Indentation allowed before the "Q" (spaces, tabs, no-break and zero-width spaces).
_INDENT = frozenset(" \t\u00a0\u2007\u202f\u3000\ufeff\u200b")
_MAX_INDENT = 8


def scan_spaced_questions(text: str, block_of: Callable[[int], int]) -> list[RawLabel]:
    """The "Q    question" labels of *text* inside body blocks, in order; linear in ``len(text)``."""
    out: list[RawLabel] = []
    pos = text.find("Q")
    while pos != -1:
        line_start = text.rfind("\n", max(0, pos - _MAX_INDENT - 1), pos) + 1
        indent = text[line_start:pos]
        if (line_start > 0 or pos <= _MAX_INDENT) and len(indent) <= _MAX_INDENT and _INDENT.issuperset(indent):
            match = _AFTER_Q.match(text, pos, min(len(text), pos + 80))
            if match is not None and (block := block_of(pos)) >= 0 and block_of(match.end()) == block:
                out.append(RawLabel(line_start, pos, pos + 1, match.end(), "Q", None, None, False))
        pos = text.find("Q", pos + 1)
    return out


# An ALL-CAPS label ending in a full stop at a line start: "JENS STOLTENBERG. We are ready.",
# "MODERATOR. Welcome." Up to six words of capitals; the text follows on the same line.
_STOPPED = regex.compile(
    r"^[ \t\u00a0]{0,8}+(?P<head>\p{Lu}[\p{Lu}\p{M}'’\-]++(?:[ \u00a0]\p{Lu}[\p{Lu}\p{M}'’\-]*+){0,5}+)"
    r"\.[ \u00a0]++(?=\S)",
    regex.MULTILINE,
)


def scan_stopped_labels(text: str, block_of: Callable[[int], int]) -> list[RawLabel]:
    """House rule: in a transcript that writes no colon labels, an ALL-CAPS speaker label may end
    in a full stop instead ("MODERATOR. Welcome."); such line starts are labels, read in order."""
    out: list[RawLabel] = []
    for match in _STOPPED.finditer(text):
        start, end = match.span("head")
        head = match.group("head")
        # A one-word head must be a role ("MODERATOR."): "NATO. We stand united." opens a sentence.
        if " " not in head and head.casefold() not in ROLE_WORDS and head.casefold() not in ANSWER_WORDS:
            continue
        if (block := block_of(start)) >= 0 and block_of(match.end()) == block:
            line_start = text.rfind("\n", 0, start) + 1
            out.append(RawLabel(line_start, start, end, match.end(), head, None, None, False))
    # One such line is a sentence in capitals, not a transcript's labels.
    return out if len(out) >= 2 else []
