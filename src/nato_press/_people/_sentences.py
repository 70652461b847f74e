"""Sentences: where they begin and end in a paragraph.

A sentence ends with . ! ? or … (a closing quote mark may follow) before white space, except
after an abbreviation ("Mr.", "Sept."), an initial ("T.G.") or a German day number ("14. Juni").
:func:`sentence_starts` lists the starts in a stretch of text; :func:`sentence_start` reads back
from one offset to the start of its sentence.
"""

from __future__ import annotations

from ._tokens import ABBREVIATIONS

__all__ = ["sentence_start", "sentence_starts"]

# Sentence ends: . ! ? … (a closing quote mark may follow), then white space. Not after a
# title or month abbreviation ("Mr. Stoltenberg", "Sept. 21") or an initial ("T.G. Marx"), nor
# the period of a German day number ("vom 14. Juni 2021"). Found with str.find, checked here.
_END_CHARS = ".!?…"
_END_MARKS = frozenset('"”’»“')
# Beside the honorifics and ranks of the tokenizer: other abbreviations and abbreviated months.
_NOT_ENDS = (
    ABBREVIATIONS
    | frozenset(["St", "No", "Nos", "Art", "Fig", "Vol", "Rev", "approx", "etc", "vs"])
    | frozenset(["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"])
)
_GERMAN_MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
    "Dezember",
)  # fmt: skip


def _ends_here(text: str, at: int) -> bool:
    """Whether a sentence may end with the punctuation at *at* (no abbreviation or initial before it)."""
    low = at
    while low > 0 and at - low < 7 and text[low - 1].isalpha():
        low -= 1
    if low < at and (low == 0 or not text[low - 1].isalpha()):
        word = text[low:at]
        if word in _NOT_ENDS or (len(word) == 1 and word.isupper()):
            return False
    if text[at] == "." and at > 0 and text[at - 1].isdigit() and text.startswith(_GERMAN_MONTHS, at + 2):
        digits = 2 if at > 1 and text[at - 2].isdigit() else 1
        if text[at + 1] == " " and not (at > digits and text[at - digits - 1].isdigit()):
            after = at + 2
            while after < len(text) and text[after].isalpha():
                after += 1
            if text[at + 2 : after] in _GERMAN_MONTHS:
                return False  # "14. Juni"
    return True


def sentence_starts(text: str, start: int, end: int) -> list[int]:
    """The offsets in ``[start, end)`` where a sentence begins after another one ends.

    >>> text = "Mr. Stoltenberg spoke. He said so! Then T.G. Marx left."
    >>> sentence_starts(text, 0, len(text))
    [22, 34]
    """
    found: list[int] = []
    find = text.find
    for char in _END_CHARS:
        at = find(char, start, end)
        while at >= 0:
            found.append(at)
            at = find(char, at + 1, end)
    if not found:
        return []
    found.sort()
    starts: list[int] = []
    i = 0
    count = len(found)
    while i < count:
        first = found[i]
        j = i + 1
        while j < count and found[j] == found[j - 1] + 1:
            j += 1
        tail = found[j - 1] + 1  # the run of end punctuation is [first, tail)
        i = j
        if tail < end and text[tail] in _END_MARKS:
            tail += 1
        if tail >= end or not text[tail].isspace():
            continue
        if any(_ends_here(text, at) for at in range(first, tail) if text[at] in _END_CHARS):
            starts.append(tail)
    return starts


def sentence_start(text: str, low: int, at: int, end: int) -> int:
    """The start of the sentence *at* is in, reading back no further than *low* (the start of
    its paragraph, which ends at *end*): the same as the last of :func:`sentence_starts` that is
    not after *at*, found by reading back from *at* only.

    >>> text = "He spoke. Mr. Stoltenberg said so."
    >>> sentence_start(text, 0, 26, len(text)), sentence_start(text, 0, 5, len(text))
    (9, 0)
    """
    rfind = text.rfind
    pos = at
    while pos > low:
        last = max(rfind(".", low, pos), rfind("!", low, pos), rfind("?", low, pos), rfind("…", low, pos))
        if last < 0:
            break
        first = last
        while first > low and text[first - 1] in _END_CHARS:
            first -= 1
        tail = last + 1
        if tail < end and text[tail] in _END_MARKS:
            tail += 1
        if (
            tail <= at
            and tail < end
            and text[tail].isspace()
            and any(_ends_here(text, i) for i in range(first, last + 1) if text[i] in _END_CHARS)
        ):
            return tail
        pos = first
    return low
