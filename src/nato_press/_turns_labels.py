"""Speaker labels of transcripts: where they are, and what they say about the speaker.

A label stands at the start of a line, is short (at most 14 words before an optional
bracketed role), is name-like or role-like, and ends with a colon ("OANA LUNGESCU:",
"Oana Lungescu (NATO Spokesperson):", "Q (Reuters):", " Moderator:  Thank you") or, in
transcripts only, with a spaced dash ("Jens Stoltenberg - Thank you").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, NamedTuple

import regex

from ._turns_names import (
    has_digit,
    is_capitalised,
    is_name_word,
    is_title_phrase,
    key,
    restore_title_case,
    split_title_name,
)
from ._turns_vocab import (
    ANSWER_WORDS,
    CONNECTORS,
    HEADING_TAIL_WORDS,
    HEADING_WORDS,
    NON_TITLE_ASIDES,
    OFFICE_WORDS,
    OUTLET_WORDS,
    PARTICLES,
    ROLE_WORDS,
    SENTENCE_STARTERS,
)

__all__ = ["LabelKind", "ParsedLabel", "RawLabel", "parse_label", "scan_colon_labels", "scan_dash_labels"]

# A transcript label at a line start: optional indent (spaces, tabs, no-break spaces), up to
# 14 words beginning with a capital ("GENERAL PHILIP M. BREEDLOVE", "Ambassador Lute", "Q"),
# an optional ", Title words" appendix, an optional "(role)" or "[role, role]" aside, then a
# colon that does not start a URL ("https://") or a time ("11:17").
_COLON_LABEL = regex.compile(
    r"""
    (?P<lead>[ \t\u00a0\u2007\u202f\u3000\ufeff\u200b]{0,8}+)
    (?P<label>
      (?P<head>
        [\p{Lu}\p{Lt}][\p{L}\p{M}\p{Nd}.'’\-&]{0,40}+
        (?:[ \u00a0]{1,3}+[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}.'’\-&]{0,40}+){0,13}+
      )
      (?P<appendix>
        ,[ \u00a0]{1,3}+[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}.'’\-&]{0,40}+
        (?:[ \u00a0]{1,3}+[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}.'’\-&]{0,40}+){0,9}+
      )?+
      (?:[ \u00a0]{0,3}+(?P<aside>\([^()\n\r]{1,150}+\)|\[[^\[\]\n\r]{1,150}+\]))?+
    )
    [ \u00a0]{0,3}+:(?![/\\\d])
    """,
    regex.VERBOSE | regex.V0,
)

# The dash form of transcripts ("Jens Stoltenberg - Thank you", "Q – What about …"): up to nine
# words, an optional aside, a spaced hyphen, en dash or em dash, then text on the same line.
_DASH_LABEL = regex.compile(
    r"""
    (?P<lead>[ \t\u00a0\u2007\u202f\u3000\ufeff\u200b]{0,8}+)
    (?P<label>
      (?P<head>
        [\p{Lu}\p{Lt}][\p{L}\p{M}.'’\-]{0,40}+
        (?:[ \u00a0]{1,3}+\p{L}[\p{L}\p{M}.'’\-]{0,40}+){0,8}+
      )
      (?:[ \u00a0]{0,3}+(?P<aside>\([^()\n\r]{1,150}+\)|\[[^\[\]\n\r]{1,150}+\]))?+
    )
    [ \u00a0]{1,3}+[-–—][ \u00a0]++(?=\S)
    """,
    regex.VERBOSE | regex.V0,
)

# A questioner named by outlet or place: "Question from Reuters", "Q from the floor".
_QUESTION_FROM = regex.compile(r"(?:q|question)[ \u00a0]++from[ \u00a0]++(?:the[ \u00a0]++)?+(?P<who>.++)")

# A role label with a number: "Journalist 2", "Q1", "Question 3".
_NUMBERED = regex.compile(r"(?P<word>\D+?)[ \u00a0]?+\d{1,2}+")

# The parts of an aside that lists several roles: "[Former Foreign Minister of Australia, Moderator]".
_ASIDE_SEPARATOR = regex.compile(r"[,;]")

# The spaced dashes of the dash form, as searched for: hyphen, en dash, em dash.
_DASHES = (" - ", " – ", " — ", "\u00a0- ", "\u00a0– ", "\u00a0— ")

# Longest line prefix (characters) and word count before a colon that can still be a label.
_MAX_PREFIX = 240
_MAX_SPACES = 32
_MAX_WORDS = 16  # without an aside: 14 words, a comma appendix, indentation

LabelKind = Literal["role", "answer", "person", "title"]


class RawLabel(NamedTuple):
    """Where a label is: offsets into the input."""

    line_start: int  # start of the label's line: the previous turn ends before it
    start: int  # first character of the label text (indent excluded)
    end: int  # end of the label text (colon or dash excluded)
    after: int  # just after the colon or dash
    head: str
    appendix: str | None
    aside: str | None
    dash: bool


class ParsedLabel(NamedTuple):
    """What a label says, before names are resolved against the document."""

    raw: RawLabel
    kind: LabelKind
    role: str | None  # normalised role ("Q", "Moderator") for role labels
    title_tokens: tuple[str, ...]  # titles written before the name ("GENERAL")
    name_tokens: tuple[str, ...]  # the name as written ("PHILIP", "M.", "BREEDLOVE")
    titles: tuple[str, ...]  # titles from the appendix and the aside
    affiliation: str | None  # outlet of a questioner: "Reuters" in "Q (Reuters)"


def scan_colon_labels(text: str, block_of: Callable[[int], int]) -> list[RawLabel]:
    """Every colon label in *text* that lies inside one body block (``block_of`` gives its index, or -1).

    Only lines with a colon are looked at, each once; the cost is linear in ``len(text)``.
    """
    out: list[RawLabel] = []
    size = len(text)
    line_start = 0
    searched = 0
    last_line = -1
    colon = text.find(":")
    while colon != -1:
        newline = text.rfind("\n", searched, colon)
        if newline != -1:
            line_start = newline + 1
        searched = colon
        if line_start != last_line and _short_prefix(text, line_start, colon) and (block := block_of(colon)) >= 0:
            last_line = line_start
            match = _COLON_LABEL.match(text, line_start, min(size, colon + 2))
            if match is not None and match.end() == colon + 1 and block_of(match.start("label")) == block:
                out.append(_raw(match, colon + 1, dash=False))
        colon = text.find(":", colon + 1)
    return out


def _short_prefix(text: str, line_start: int, colon: int) -> bool:
    """Whether the line before *colon* is short enough for a label (a cheap filter before the pattern)."""
    if colon - line_start > _MAX_PREFIX:
        return False
    spaces = text.count(" ", line_start, colon)
    if spaces <= _MAX_WORDS:
        return True
    bracketed = text.find("(", line_start, colon) != -1 or text.find("[", line_start, colon) != -1
    return bracketed and spaces <= _MAX_SPACES


def scan_dash_labels(text: str, block_of: Callable[[int], int]) -> list[RawLabel]:
    """The dash labels ("Name - text") in *text* that lie inside one body block, in order."""
    found: dict[int, RawLabel] = {}
    tried: set[int] = set()
    size = len(text)
    for dash in _DASHES:
        pos = text.find(dash)
        while pos != -1:
            newline = text.rfind("\n", max(0, pos - _MAX_PREFIX), pos)
            line_start = newline + 1
            if (newline != -1 or pos <= _MAX_PREFIX) and line_start not in tried:
                tried.add(line_start)
                block = block_of(pos)
                match = _DASH_LABEL.match(text, line_start, min(size, pos + 4)) if block >= 0 else None
                if match is not None and block_of(match.start("label")) == block:
                    found[line_start] = _raw(match, match.end(), dash=True)
            pos = text.find(dash, pos + 1)
    return [found[k] for k in sorted(found)]


def _raw(match: regex.Match[str], after: int, *, dash: bool) -> RawLabel:
    aside = match.group("aside")
    appendix = match.group("appendix") if not dash else None
    return RawLabel(
        line_start=match.start(),
        start=match.start("label"),
        end=match.end("label"),
        after=after,
        head=match.group("head"),
        appendix=appendix[1:].strip() if appendix else None,
        aside=aside[1:-1].strip() if aside else None,
        dash=dash,
    )


def _aside_titles(aside: str | None) -> tuple[str, ...]:
    if not aside:
        return ()
    out: list[str] = []
    for part in _ASIDE_SEPARATOR.split(aside) if "," in aside or ";" in aside else (aside,):
        part = " ".join(part.split())
        if part and is_capitalised(part) and not part.casefold().startswith(NON_TITLE_ASIDES):
            out.append(restore_title_case(part.split()) if part.isupper() and len(part) > 4 else part)
    return tuple(out)


def _is_outlet(aside: str) -> bool:
    """Whether an aside names a news outlet ("Reuters", "Baltic News Service"), not a title."""
    keys = {key(w) for w in aside.split()}
    return not keys.isdisjoint(OUTLET_WORDS) and keys.isdisjoint(OFFICE_WORDS)


def _role_key(head: str) -> str:
    words = " ".join(head.split()).casefold().rstrip(".")
    if words[-1:].isdigit():
        numbered = _NUMBERED.fullmatch(words)
        if numbered is not None:
            words = numbered.group("word").rstrip(" .")
    return words


def parse_label(raw: RawLabel, *, transcript: bool) -> ParsedLabel | None:
    """Read what *raw* says, or ``None`` when it is no speaker label ("This is what I think").

    Role labels ("MODERATOR", "Q (Reuters)") need no context; name labels must be short runs
    of capitalised words, particles and title words ending in a name; title-only labels
    ("SECRETARY GENERAL") and answer labels ("A") are read in transcripts only.
    """
    role_key = _role_key(raw.head)
    titles = _aside_titles(raw.aside)
    affiliation: str | None = None
    if len(titles) == 1 and _is_outlet(titles[0]):
        affiliation, titles = titles[0], ()
    if raw.appendix is None and role_key in ROLE_WORDS:
        role = ROLE_WORDS[role_key]
        return ParsedLabel(raw, "role", role, (), (), (), affiliation or (titles[0] if titles else None))
    asked = None
    if role_key[:1] == "q" and raw.appendix is None and raw.aside is None:
        asked = _QUESTION_FROM.fullmatch(role_key)
    if asked is not None:
        who = " ".join(raw.head.split()[-len(asked.group("who").split()) :])
        outlet = who if is_capitalised(who) and key(who) not in ("audience", "floor", "audience member") else None
        return ParsedLabel(raw, "role", "Q", (), (), (), outlet)
    if raw.appendix is None and role_key in ANSWER_WORDS:
        return ParsedLabel(raw, "answer", None, (), (), titles, None) if transcript else None
    tokens = raw.head.split()
    if not tokens or len(tokens) > 12 or has_digit(raw.head):
        return None
    if (
        raw.appendix is None
        and len(tokens) <= 4
        and _is_outlet(raw.head)
        and all(is_capitalised(w) for w in tokens[-1:])
    ):
        # An interview's questioner named by the outlet: "SPIEGEL:", "BBC:", "Der Spiegel:".
        return ParsedLabel(raw, "role", "Q", (), (), (), " ".join(tokens))
    first = key(tokens[0])
    if first in SENTENCE_STARTERS or first in HEADING_WORDS or any(key(w) in HEADING_TAIL_WORDS for w in tokens):
        return None
    if not all(is_capitalised(w) or key(w) in PARTICLES or key(w) in CONNECTORS for w in tokens):
        return None
    title_tokens, name_tokens = split_title_name(tokens)
    if len(name_tokens) > 6 or not all(is_name_word(w) for w in name_tokens):
        return None
    if name_tokens and key(name_tokens[-1]) in PARTICLES:
        return None
    if raw.appendix is not None:
        extra = raw.appendix.split()
        if not is_title_phrase(extra) or has_digit(raw.appendix):
            return None
        titles = (restore_title_case(extra) if raw.appendix.isupper() else " ".join(extra), *titles)
    if not name_tokens:
        if not transcript or not is_title_phrase(title_tokens):
            return None
        return ParsedLabel(raw, "title", None, tuple(title_tokens), (), titles, None)
    return ParsedLabel(raw, "person", None, tuple(title_tokens), tuple(name_tokens), titles, affiliation)
