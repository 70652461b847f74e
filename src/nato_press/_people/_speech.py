"""Which quotes are speech: single words, names in quotes, scare quotes and the titles notes cite are not.

A quote reproduces words unless it is one word, reads as a name or term ("Friends of Libya"
summit) without a cue introducing it, follows "so-called", is the title of a work a note cites
(``NATO, "Strategic Concept …," adopted …``), or is a short quote with no cue in its sentence
and no speaker around it (a scare quote).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ._entries import Entry
from ._quotes import Paragraph, RawQuote

__all__ = ["SpeechFilter"]

# A quote that is a name: every word capitalised or a small joining word ("Friends of Libya").
_SMALL_WORDS = frozenset(
    ["of", "the", "for", "and", "de", "des", "der", "la", "le", "du", "to", "in", "on", "a", "an", "&", "und", "et"]
)
# A term the text distances itself from: the so-called "…", sogenannte „…“, dit « … ».
_SO_CALLED = tuple(
    f"{first}{rest}"
    for first, rest in (
        ("Ss", "o-called"), ("Ss", "o called"), ("Ss", "ogenannte"), ("Ss", "ogenannten"), ("Ss", "ogenanntem"),
        ("Ss", "ogenannter"), ("Ss", "ogenanntes"), ("Ss", "og."), ("d", "it"), ("d", "ite"), ("d", "its"),
        ("d", "ites"), ("t", "ermed"),
    )
    for first in first
)  # fmt: skip
# What follows the title of a cited work in a note: a comma or period, then a date, "adopted",
# "published", a URL, a bracket or a capitalised publisher ("…," 28 June 2022 (https://…)).
_CITED_AFTER = regex.compile(
    r"""
    [,.]?+\s*+(?:\d|https?://|www\.|[(\[]|\p{Lu}[\p{L}.]*+(?:\ \p{Lu}[\p{L}.]*+)*+,|(?P<word>\p{Ll}++)(?![\p{L}]))
    """,
    regex.VERBOSE,
)
_CITED_WORDS = frozenset(("adopted", "published", "issued", "signed", "available", "accessed", "retrieved"))
# The label a note opens with ("1.", "[2]", "3)"), or nothing: a title that opens its note.
_NOTE_LABEL = regex.compile(r"(?:\[?\d{1,3}[.)\]]?|[*†])?(?:\s*+(?:See|see|Cf\.|cf\.))?")


# The word before a quote that names a work or an event: the quote is its title, not words
# said ("a report titled “…”", "the conference “…”", "un rapport intitulé « … »", "unter dem
# Titel „…“"). Looked up on the last word before the opening mark.
_TITLE_WORDS = frozenset(
    (
        "titled", "entitled", "headlined", "subtitled", "report", "article", "book", "paper", "study",
        "documentary", "film", "conference", "seminar", "workshop", "symposium", "exhibition", "podcast",
        "series", "campaign", "operation", "exercise", "publication", "brochure", "intitulé", "intitulée",
        "intitulés", "intitulées", "titre", "titel", "betitelt", "rapport", "conférence", "exposition",
        "bericht", "konferenz", "ausstellung",
    )
)  # fmt: skip


def _titled(masked: str, open_at: int) -> bool:
    """Whether the word right before the opening mark names a work or event (``_TITLE_WORDS``)."""
    head = masked[max(0, open_at - 24) : open_at].rstrip(" \u00a0")  # ", “…”" after it: words
    cut = max(head.rfind(" "), head.rfind("\n"))
    return head[cut + 1 :].lower() in _TITLE_WORDS


def _link_title(text: str, q: RawQuote) -> bool:
    """Whether *q* is the title of a markdown link: ``[text](/url "Title")``.

    House style of markdown scrapes: the quoted title follows the link target (no white space
    in it) opened by ``](`` and one space, and the closing mark is followed by ``)``.
    """
    if q.close_at is None or text[q.close_at + 1 : q.close_at + 2] != ")":
        return False
    space = q.open_at - 1
    if space < 2 or text[space] != " ":
        return False
    opened = text.rfind("](", max(0, space - 400), space)  # a bounded look back
    return opened >= 0 and not any(c.isspace() for c in text[opened:space])


def _name_like(words: list[str]) -> bool:
    """Whether a quote's words read as a name or term: all capitalised but joining words."""
    if len(words) > 6:
        return False
    capitals = 0
    for word in words:
        core = word.strip("\"'“”‘’.,:;()[]")
        if not core:
            continue
        if core.lower() in _SMALL_WORDS:
            continue
        if not (core[:1].isupper() or core[:1].isdigit()):
            return False
        capitals += 1
    return capitals > 0 and words[-1][-1:] not in ".!?,;:"


class SpeechFilter:
    """Tells, for the quotes of one document, which reproduce words."""

    def __init__(self, text: str, masked: str, paragraphs: Sequence[Paragraph], headline: Sequence[bool]) -> None:
        self.text = text
        self.masked = masked
        self.paragraphs = paragraphs
        self.headline = headline

    def is_speech(self, q: RawQuote, has_cue: bool, direct: bool, entry: Entry | None) -> bool:
        """Whether *q* reproduces words, rather than naming a thing or scaring a term."""
        words = self.text[q.start : q.end].split()
        if len(words) <= 1:
            return False
        if _link_title(self.text, q):
            return False  # [text](/url "Title"): a markdown link's title, not words quoted
        if _name_like(words) and not direct:
            return False
        if self.masked[max(0, q.open_at - 14) : q.open_at].rstrip().endswith(_SO_CALLED):
            return False  # the so-called "hybrid warfare": a term, not words
        if not direct and _titled(self.masked, q.open_at):
            return False  # a report titled "…", the conference "…": the title of a work or event
        if self.paragraphs[q.first].kind == "title" and self._whole_title(q):
            return False  # a headline wholly in quote marks (front matter): the title, not words
        if self.paragraphs[q.first].kind == "notes" and self._cited(q):
            return False  # NATO, "Strategic Concept …," adopted …: the title of what a note cites
        if has_cue:
            return True
        headline = self.headline[q.first]
        if headline:
            return True
        if entry is None and self.paragraphs[q.first].kind == "notes":
            return False  # an unattributed quote in a note is the title of what it cites
        return not (len(words) <= 4 and (q.single or entry is None))

    def _whole_title(self, q: RawQuote) -> bool:
        """Whether *q* spans its whole title paragraph (a ``title:`` key may stand before it)."""
        para = self.paragraphs[q.first]
        before = self.text[para.start : q.open_at].strip().rstrip(":").strip()
        after = self.text[(q.close_at if q.close_at is not None else q.end) + 1 : para.end].strip()
        return q.first == q.last and before.lower() in ("", "title") and not after

    def _cited(self, q: RawQuote) -> bool:
        """Whether *q*, in a note, is the title of a cited work rather than words quoted.

        A title follows its author or publisher and a comma (``The White House, "Remarks by
        …,"``), or opens the note, and is followed by a comma and a date, "adopted", a URL or
        a publisher. Words a note quotes follow a colon (``Statement by …: „…“``).
        """
        para = self.paragraphs[q.first]
        before = self.masked[max(para.start, q.open_at - 80) : q.open_at].rstrip()
        if before.endswith(":"):
            return False
        if before.endswith(",") or _NOTE_LABEL.fullmatch(before) is not None:
            return True
        if q.close_at is None:
            return False
        m = _CITED_AFTER.match(self.text, q.close_at + 1)
        return m is not None and (m.group("word") is None or m.group("word") in _CITED_WORDS)
