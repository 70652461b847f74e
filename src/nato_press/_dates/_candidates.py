"""Where the scanner tries a date (private to :mod:`nato_press._dates`).

The regions to scan (merged), the URLs to skip, the candidate positions (numbers, and the words
that make a date without one) and what stands before a number that may start a date with it
(:func:`_lead`), all found without trying a pattern at every position.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._records import Span
from . import _scan_patterns as S
from . import _vocab as V
from ._words import _is_weekday_word, _month_token


def _merge(text: str, regions: Sequence[Span] | None) -> list[tuple[int, int]]:
    """The regions in order, overlapping ones and ones apart only by white space joined."""
    size = len(text)
    if regions is None:
        return [(0, size)] if size else []
    merged: list[tuple[int, int]] = []
    for first, last in sorted((span.start, span.end) for span in regions):
        start, end = max(0, first), min(size, last)
        if start >= end:
            continue
        if merged and (start <= merged[-1][1] or text[merged[-1][1] : start].isspace()):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _url_spans(text: str) -> list[tuple[int, int]]:
    """Where the URLs are (found from "http" and "www." with str.find, then read with URL)."""
    spans: list[tuple[int, int]] = []
    for prefix in ("http", "www."):
        at = text.find(prefix)
        while at >= 0:
            found = S.URL.match(text, at)
            if found is not None and (at == 0 or not text[at - 1].isalnum()):
                spans.append(found.span())
                at = found.end()
            at = text.find(prefix, at + 1)
    spans.sort()
    return spans


def _candidates(text: str, start: int, end: int, relative: bool) -> list[tuple[int, str]]:
    """Positions worth a try, in order: numbers, and the words that make a date without one."""
    found = [
        (hit.start(), "num" if hit.end() - hit.start() < 3 else "year")
        for hit in S.DIGIT.finditer(text, start, end)
        if hit.end() - hit.start() in (1, 2, 4)
    ]
    words = {S.WORD_ENDINGS[token] for token in S.WORD_ENDING_SET.intersection(text[start:end].split())}
    for prefix in S.WORD_PREFIXES:
        at = text.find(prefix, start, end)
        while at >= 0:
            rest = at + len(prefix)
            if rest < end and text[rest] in S.WORD_INITIALS and (at == start or text[at - 1].isspace()):
                # The rest of the token; 24 characters hold any spelling in WORD_ENDINGS.
                token = text[rest : min(end, rest + 24)].split(None, 1)[0]
                if token in S.WORD_ENDING_SET:
                    words.add(S.WORD_ENDINGS[token])
            at = text.find(prefix, rest, end)
    if words:
        for word, kind in words:
            if not relative and kind in ("rel", "unit"):
                continue
            at = text.find(word, start, end)
            while at >= 0:
                found.append((at, kind))
                at = text.find(word, at + len(word), end)
        found.sort()
    return found


def _may_lead(text: str, start: int, at: int) -> bool:
    """Whether the word before the number at *at* may begin a date with it (a cheap test before LEAD)."""
    if at <= start:
        return False
    before = text[at - 1]
    if not before.isspace():
        return before in S.LEAD_MARKS
    words = text[max(start, at - 16) : at - 1].rsplit(None, 1)
    if not words:
        return False
    word = words[-1].lower().strip(".,([“\"'‘«„")
    return word in S.LEAD_WORDS or word.rpartition("-")[2] in S.LEAD_WORDS


def _lead(text: str, start: int, at: int) -> tuple[int, str] | None:
    """What stands before the number at *at* and may start a date with it: (where, which kind), or None."""
    lead = S.LEAD_FIRST.match(text, start, at)
    if lead is not None and lead.lastgroup is not None:
        return lead.start(), lead.lastgroup
    for pattern in (S.LEAD_WEEKDAY_WORD, S.LEAD_WEEKDAY):
        lead = pattern.match(text, start, at)
        if lead is not None and _is_weekday_word(lead.group("w")):
            return lead.start(), "wd"
    lead = S.LEAD_MONTH.match(text, start, at)
    if lead is not None and _month_token(text, lead, "w", at):
        if lead.group("cw") is not None and V.fold(lead.group("cw")) not in V.CONN_WORDS:
            return lead.start("w"), "mon"  # no connector: the month starts the date
        return lead.start(), "mon"
    lead = S.LEAD_SEASON.match(text, start, at)
    if lead is not None and V.fold(lead.group("w")) in V.SEASON_WORDS:
        return lead.start(), "season"
    lead = S.LEAD_LAST.match(text, start, at)
    if lead is not None and lead.lastgroup is not None:
        return lead.start(), lead.lastgroup
    return None
