"""Speaker labels of transcripts: where they are, and what they say about the speaker.

A label stands at the start of a line, is short (at most 14 words before an optional
bracketed role), is name-like or role-like, and ends with a colon ("OANA LUNGESCU:",
"Oana Lungescu (NATO Spokesperson):", "Q (Reuters):", " Moderator:  Thank you") or, in
transcripts only, with a spaced dash ("Jens Stoltenberg - Thank you").
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Literal, NamedTuple

import regex

from ._phrases import split_title_name
from ._vocab import (
    ANONYMOUS_ROLE_NOUNS,
    ANSWER_WORDS,
    CONNECTORS,
    HEADING_TAIL_WORDS,
    HEADING_WORDS,
    NON_TITLE_ASIDES,
    OFFICE_WORDS,
    OUTLET_WORDS,
    PARTICLES,
    QUESTION_ROLES,
    ROLE_WORDS,
    SENTENCE_STARTERS,
    TITLE_WORDS,
)
from ._words import (
    has_digit,
    is_capitalised,
    is_name_word,
    is_title_phrase,
    key,
    restore_title_case,
)

__all__ = ["LabelKind", "ParsedLabel", "RawLabel", "parse_label", "role_key", "scan_colon_labels", "scan_dash_labels"]

# A transcript label at a line start: optional indent (spaces, tabs, no-break spaces), up to
# 14 words beginning with a capital ("GENERAL PHILIP M. BREEDLOVE", "Ambassador Lute", "Q"),
# an optional ", Title words" appendix, an optional "(role)" or "[role, role]" aside, then a
# colon that does not start a URL ("https://") or a time ("11:17").
_COLON_LABEL = regex.compile(
    r"""
    (?P<lead>[ \t\u00a0\u2007\u202f\u3000\ufeff\u200b]{0,8}+
      # pictographs a social-media transcript puts before a label ("🎙️ Name:", "❓ Q:")
      (?:[\p{Extended_Pictographic}\u2753\u2754][\ufe0f\u200d\p{Extended_Pictographic}]{0,6}+[ \u00a0]{0,3}+)?+)
    (?P<label>
      (?P<head>
        [\p{Lu}\p{Lt}][\p{L}\p{M}\p{Nd}.'’\-&]{0,40}+
        (?:[ \u00a0]{1,3}+[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}.'’\-&]{0,40}+){0,13}+
      )
      (?P<appendix>
        (?:,[ \u00a0]{1,3}+|[ \u00a0]{1,3}+[–—-][ \u00a0]{0,3}+)   # ", Outlet" or " –Outlet" / " – Outlet"
        (?:
          [“"„«]\p{Lu}[^"“”„«»\n\r:]{0,60}+[”"“»]   # a publication in quotes: , "Le Miroir"
        |
          [\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}.'’\-&]{0,40}+
          (?:[ \u00a0]{1,3}+[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}.'’\-&]{0,40}+){0,9}+
        )
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

# Group numbers of the two label patterns (numbers are looked up faster than names).
_COLON_LABEL_GROUP = _COLON_LABEL.groupindex["label"]
_COLON_HEAD = _COLON_LABEL.groupindex["head"]
_COLON_APPENDIX = _COLON_LABEL.groupindex["appendix"]
_COLON_ASIDE = _COLON_LABEL.groupindex["aside"]
_DASH_LABEL_GROUP = _DASH_LABEL.groupindex["label"]
_DASH_HEAD = _DASH_LABEL.groupindex["head"]
_DASH_ASIDE = _DASH_LABEL.groupindex["aside"]

# A questioner named by outlet or place: "Question from Reuters", "Q from the floor".
_QUESTION_FROM = regex.compile(r"(?:q|question)[ \u00a0]++from[ \u00a0]++(?:the[ \u00a0]++)?+(?P<who>.++)")

# A role label with a number: "Journalist 2", "Q1", "Question 3".
_NUMBERED = regex.compile(r"(?P<word>\D+?)[ \u00a0]?+\d{1,2}+")

# The characters of a plain label line that is read without the pattern: ASCII letters and
# digits, the word characters of a name (". ' - &") and single spaces.
_PLAIN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.'-& ")

# The closing bracket of an aside and its opener, and the characters an aside read without
# the pattern never holds.
_CLOSERS = {")": "(", "]": "["}
_ASIDE_STOPS = frozenset("()[]\n\r")

# The parts of an aside that lists several roles: "[Former Foreign Minister of Australia, Moderator]".
_ASIDE_SEPARATOR = regex.compile(r"[,;]")

# The spaced dashes of the dash form, as searched for: hyphen, en dash, em dash.
_DASHES = (" - ", " – ", " — ", "\u00a0- ", "\u00a0– ", "\u00a0— ")

# Longest line prefix (characters) and word count before a colon that can still be a label.
_MAX_PREFIX = 240
_MAX_SPACES = 32
_MAX_WORDS = 16  # without an aside: 14 words, a comma appendix, indentation

# Articles that may stand before a rank in a label.
_ARTICLES = frozenset({"le", "la", "der", "die"})

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


_NO_RAW = RawLabel(0, 0, 0, 0, "", None, None, dash=False)


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
    line_start = 0
    searched = 0
    last_line = -1
    colon = text.find(":")
    while colon != -1:
        follower = text[colon + 1 : colon + 2]
        if follower and (follower in "/\\" or follower.isdecimal()):
            # A URL ("https://") or a time ("11:17"): never a label's colon.
            colon = text.find(":", colon + 1)
            continue
        newline = text.rfind("\n", searched, colon)
        if newline != -1:
            line_start = newline + 1
        searched = colon
        if line_start != last_line and colon - line_start <= _MAX_PREFIX and (block := block_of(colon)) >= 0:
            read = _read_prefix(text[line_start:colon])
            if read is not None:
                last_line = line_start
                if read and block_of(line_start + read[0]) == block:
                    start, end, head, appendix, aside = read
                    out.append(
                        tuple.__new__(
                            RawLabel,
                            (line_start, line_start + start, line_start + end, colon + 1, head, appendix, aside, False),
                        )
                    )
        colon = text.find(":", colon + 1)
    return out


# Where the label of a line's text before a colon is: (start, end, head, appendix, aside) with
# offsets into that text, ``False`` for none, ``None`` for a text too long to be read.
_PrefixReading = tuple[int, int, str, "str | None", "str | None"] | Literal[False] | None


# Speaker labels recur in a transcript ("MODERATOR", "Q", "SECRETARY GENERAL STOLTENBERG"):
# the text before a colon is read once.
@functools.lru_cache(maxsize=4096)
def _read_prefix(prefix: str) -> _PrefixReading:
    """What the text of a line before a colon holds as a label (the colon starts no URL or time)."""
    if not _short_prefix(prefix, 0, len(prefix)):
        return None
    plain = _plain_label(prefix, 0, len(prefix))
    if plain is None:
        match = _COLON_LABEL.match(prefix + ":")
        plain = (
            _raw(match, len(prefix) + 1, dash=False) if match is not None and match.end() == len(prefix) + 1 else False
        )
    if not plain:
        return False
    return plain.start, plain.end, plain.head, plain.appendix, plain.aside


def _plain_label(text: str, line_start: int, colon: int) -> RawLabel | Literal[False] | None:
    """The label of a plain line start ("  Q:", "OANA LUNGESCU:", "Q (Reuters):"), read without the pattern.

    Gives what :data:`_COLON_LABEL` gives for ASCII words separated by single spaces, with an
    optional "(aside)" or "[aside]" (``False`` for no label), and ``None`` for every other line
    (several spaces in a row, a comma appendix, non-ASCII names): the pattern reads those. The
    caller has checked that the colon starts no URL or time.
    """
    prefix = text[line_start:colon]
    label = prefix.rstrip(" ")
    if len(prefix) - len(label) > 3:
        return False
    aside: str | None = None
    core = label
    if label[-1:] in _CLOSERS:
        cut = label.rfind(_CLOSERS[label[-1]])
        inside = label[cut + 1 : -1]
        if cut == -1 or not 0 < len(inside) <= 150 or not _ASIDE_STOPS.isdisjoint(inside):
            return None
        core = label[:cut].rstrip(" ")
        if cut - len(core) > 3:
            return None
        aside = inside.strip()
    if not core.isascii() or not _PLAIN_CHARS.issuperset(core):
        return None
    head = core.lstrip(" ")
    indent = len(core) - len(head)
    if not head or indent > 8 or not head[0].isupper():
        return False
    if "  " in head or " -" in head:
        return None  # several spaces in a row or a dash appendix ("Jane Roe -Reuters"): the pattern decides
    if head.count(" ") > 13 or " ." in head or " '" in head or " -" in head or " &" in head:
        return False
    if len(head) > 41 and max(map(len, head.split(" "))) > 41:
        return False
    start = line_start + indent
    return RawLabel(line_start, start, line_start + len(label), colon + 1, head, None, aside, False)


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
                if match is not None and block_of(match.start(_DASH_LABEL_GROUP)) == block:
                    found[line_start] = _raw(match, match.end(), dash=True)
            pos = text.find(dash, pos + 1)
    return [found[k] for k in sorted(found)]


def _raw(match: regex.Match[str], after: int, *, dash: bool) -> RawLabel:
    # Groups by number: the regex module looks a group name up on every access.
    if dash:
        aside, appendix = match.group(_DASH_ASIDE), None
        label_start, label_end = match.span(_DASH_LABEL_GROUP)
        head = match.group(_DASH_HEAD)
    else:
        aside, appendix = match.group(_COLON_ASIDE), match.group(_COLON_APPENDIX)
        label_start, label_end = match.span(_COLON_LABEL_GROUP)
        head = match.group(_COLON_HEAD)
    return RawLabel(
        match.start(),
        label_start,
        label_end,
        after,
        head,
        appendix.strip().lstrip(",–—-").strip() if appendix else None,
        aside[1:-1].strip() if aside else None,
        dash,
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


# Quotation marks around a publication's name: 'Alexei Roe, "Le Miroir":', "Jan Roe, «Vesti»:".
_OPENING_MARKS = "\"“„«‘‚‹'"
_CLOSING_MARKS = "\"”“»’‘›'"


def _is_outlet(aside: str) -> bool:
    """Whether an aside names a news outlet ("Reuters", "Baltic News Service"), not a title.

    House rule: a capitalised name wholly in quotation marks after a person's name is the title
    of their publication ('Alexei Roe, "Le Miroir":'): offices are never printed in quotes.
    """
    bare = aside.strip()
    if len(bare) > 3 and bare[0] in _OPENING_MARKS and bare[-1] in _CLOSING_MARKS and bare[1:2].isupper():
        return True
    keys = {key(w) for w in aside.split()}
    return not keys.isdisjoint(OUTLET_WORDS) and keys.isdisjoint(OFFICE_WORDS)


def _named_aside(aside: str, role: str) -> ParsedLabel | None:
    """The person a role label names in its aside, or ``None`` when the aside names nobody.

    A questioner is named as "Q [Name, Outlet]" or "Question (Name, Outlet)": the first part is
    the journalist, the rest the outlet (a lone part is the outlet: "Q (Deutsche Welle)").
    Other roles name their holder with or without a title: "Moderator (Jane Doe)",
    "Moderator (Jane Doe, NATO Spokesperson)"; the role becomes the holder's first title.
    """
    question = role in QUESTION_ROLES
    parts = [" ".join(p.split()) for p in _ASIDE_SEPARATOR.split(aside)]
    parts = [p for p in parts if p]
    if not parts or (question and len(parts) < 2) or has_digit(parts[0]) or _is_outlet(parts[0]):
        return None
    tokens = parts[0].split()
    if len(tokens) > 8 or not all(is_capitalised(w) or key(w) in PARTICLES or key(w) in CONNECTORS for w in tokens):
        return None
    title_tokens, name_tokens = split_title_name(tokens)
    if not 2 <= len(name_tokens) <= 5 or not all(is_name_word(w) for w in name_tokens):
        return None
    if key(name_tokens[0]) in SENTENCE_STARTERS or key(name_tokens[-1]) in PARTICLES:
        return None
    rest = tuple(parts[1:])
    if question:
        return ParsedLabel(_NO_RAW, "person", None, tuple(title_tokens), tuple(name_tokens), (), ", ".join(rest))
    titles = (role, *(t for t in rest if is_capitalised(t)))
    return ParsedLabel(_NO_RAW, "person", None, tuple(title_tokens), tuple(name_tokens), titles, None)


def role_key(head: str) -> str:
    """The casefolded label head without a trailing full stop or number ("Journalist 2" is "journalist")."""
    words = " ".join(head.split()).casefold().rstrip(".")
    if words[-1:].isdigit():
        numbered = _NUMBERED.fullmatch(words)
        if numbered is not None:
            words = numbered.group(1).rstrip(" .")
    return words


def parse_label(raw: RawLabel, *, transcript: bool) -> ParsedLabel | None:
    """Read what *raw* says, or ``None`` when it is no speaker label ("This is what I think").

    Role labels ("MODERATOR", "Q (Reuters)") need no context; name labels must be short runs
    of capitalised words, particles and title words ending in a name; title-only labels
    ("SECRETARY GENERAL") and answer labels ("A") are read in transcripts only.
    """
    parsed = _parse(raw.head, raw.appendix, raw.aside, transcript)
    # The cached reading with this label's place: a plain tuple copy (``_replace`` is slow).
    return None if parsed is None else tuple.__new__(ParsedLabel, (raw, *parsed[1:]))


# Labels recur within and across transcripts ("Q", "MODERATOR", the Secretary General's label):
# what a label's words say is read once.
@functools.lru_cache(maxsize=2048)
def _parse(head: str, appendix: str | None, aside: str | None, transcript: bool) -> ParsedLabel | None:
    head_key = role_key(head)
    titles = _aside_titles(aside)
    affiliation: str | None = None
    if len(titles) == 1 and _is_outlet(titles[0]):
        affiliation, titles = titles[0], ()
    if appendix is None and head_key in ROLE_WORDS:
        role = ROLE_WORDS[head_key]
        named = _named_aside(aside, role) if aside else None
        if named is not None:
            return named
        return ParsedLabel(_NO_RAW, "role", role, (), (), (), affiliation or (titles[0] if titles else None))
    if appendix is None:
        anonymous = _anonymous_role(head)
        if anonymous is not None:
            return ParsedLabel(_NO_RAW, "role", anonymous, (), (), titles, affiliation)
    asked = None
    if head_key[:1] == "q" and appendix is None and aside is None:
        asked = _QUESTION_FROM.fullmatch(head_key)
    if asked is not None:
        who = " ".join(head.split()[-len(asked.group(1).split()) :])
        outlet = who if is_capitalised(who) and key(who) not in ("audience", "floor", "audience member") else None
        return ParsedLabel(_NO_RAW, "role", "Q", (), (), (), outlet)
    if appendix is None and head_key in ANSWER_WORDS:
        return ParsedLabel(_NO_RAW, "answer", None, (), (), titles, None) if transcript else None
    tokens = head.split()
    if not tokens or len(tokens) > 12 or has_digit(head):
        return None
    if len(tokens) >= 3 and key(tokens[0]) in _ARTICLES and key(tokens[1]) in TITLE_WORDS:
        # French and German labels put an article before the rank: "LE GÉNÉRAL DUPONT:", "DER
        # BOTSCHAFTER ROTH:". The article belongs to neither the title nor the name.
        tokens = tokens[1:]
    if appendix is None and len(tokens) <= 4 and _is_outlet(head) and all(is_capitalised(w) for w in tokens[-1:]):
        # An interview's questioner named by the outlet: "SPIEGEL:", "BBC:", "Euronews:". House rule
        # (GOLD-RULES): "Q" only when the label names no questioner; an outlet label names one, so
        # the outlet as written speaks (a body, not a person), and it is also the affiliation.
        outlet = " ".join(tokens)
        return ParsedLabel(_NO_RAW, "role", outlet, (), (), (), outlet)
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
    if appendix is not None:
        extra = appendix.split()
        if name_tokens and len(name_tokens) >= 2 and not title_tokens and _is_outlet(appendix):
            # A questioner named with the outlet: "Irina Doe, Interfax Ukraine:", "Jan Roe, Radio X:".
            outlet = " ".join(extra).strip(_OPENING_MARKS + _CLOSING_MARKS)
            return ParsedLabel(_NO_RAW, "person", None, (), tuple(name_tokens), titles, outlet)
        if not is_title_phrase(extra) or has_digit(appendix):
            return None
        titles = (restore_title_case(extra) if appendix.isupper() else " ".join(extra), *titles)
    if not name_tokens:
        if not transcript or not is_title_phrase(title_tokens):
            return None
        return ParsedLabel(_NO_RAW, "title", None, tuple(title_tokens), (), titles, None)
    return ParsedLabel(_NO_RAW, "person", None, tuple(title_tokens), tuple(name_tokens), titles, affiliation)


def _anonymous_role(head: str) -> str | None:
    """The role of an anonymous official's label, kept whole, or ``None``.

    House style of background briefings: the speaker is not named and the label is the role
    ("SENIOR ADMINISTRATION OFFICIAL:", "Senior State Department Official:", "NATO OFFICIAL:"),
    so the whole label, case restored, is the speaker: "Senior Administration Official".
    """
    tokens = head.split()
    if not 1 <= len(tokens) <= 6 or key(tokens[-1]) not in ANONYMOUS_ROLE_NOUNS:
        return None
    if not all(is_capitalised(w) or key(w) in CONNECTORS for w in tokens) or has_digit(head):
        return None
    return restore_title_case(tokens) if head.isupper() else " ".join(tokens)
