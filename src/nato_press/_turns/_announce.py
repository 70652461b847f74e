"""The announced speaker: who the title, an announcement line or an interview's lead names.

The header's title ("Press conference by …"), a "by …" line under it, a line at the top of
the page ("Remarks by Ambassador …") or, in an interview, the cue words of its title and lead
("X spoke to us") name the speaker of the opening statement and of answer labels.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from .._records import Block, Header
from ._cues import read_interviewee
from ._layout import SENTENCE_END
from ._namebook import NameBook
from ._titles import TitleReading, read_byline, read_title
from ._vocab import OUTLET_WORDS
from ._words import key, restore_case

__all__ = ["Announced", "announce", "announcement", "interviewee", "written_name"]


# How many non-chrome blocks at the top of a page may hold an announcement line ("Remarks by …"),
# how many lines of each are read, and how long such a line may be.
_ANNOUNCE_BLOCKS = 10
_ANNOUNCE_LINES = 4
_ANNOUNCE_LENGTH = 250

# How much text before the first label is searched for the interviewee (characters).
_LEAD_REACH = 2500

# A paragraph of running text (it ends the search for an announcement line): this long, with a sentence end.
_PROSE = 80


class Announced(NamedTuple):
    name: str
    titles: tuple[str, ...]


def written_name(tokens: Sequence[str], book: NameBook) -> str:
    """The name as the document writes it: ALL-CAPS words restored from another occurrence."""
    return book.written(tuple(tokens))


def _byline(text: str, blocks: Sequence[Block]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The speaker of a "by …" line among the first title and header blocks (a title cut in two)."""
    for block in blocks[:12]:
        if block.kind in ("title", "header"):
            found = read_byline(text[block.span.start : min(block.span.end, block.span.start + 300)])
            if found is not None:
                return found
        elif block.kind == "body":
            break
    return None


def announcement(text: str, blocks: Sequence[Block], titled: bool) -> TitleReading | None:
    """A line at the top of the page that announces spoken material and its speaker, or ``None``.

    Page chrome may push the real title out of the header ("U.S. Mission to NATO" above
    "Remarks by Ambassador …"), so the first lines of the first non-chrome blocks are read as
    titles, the genre phrase opening the line ("Remarks by …", "Keynote address by …",
    "Statement by … at …", a genre line and a "by …" line under it). Reading stops at the
    first paragraph of running text. Title blocks are skipped when *titled* (the header's
    title was read from them already).
    """
    seen = 0
    pending = False  # the line before was a genre title without a speaker: a "by …" line may follow
    size = len(text)
    for block in blocks:
        kind = block.kind
        if kind == "blank" or kind == "boilerplate" or kind == "caption" or (kind == "title" and titled):
            continue
        if kind != "title" and kind != "header" and kind != "body":
            break
        seen += 1
        if seen > _ANNOUNCE_BLOCKS:
            break
        start = block.span.start
        end = min(block.span.end, size)
        cut = min(end, start + _ANNOUNCE_LENGTH * _ANNOUNCE_LINES)
        lines = text[start:cut].splitlines()
        if cut < end:
            lines.pop()  # cut short: not a whole line
        for line in lines[:_ANNOUNCE_LINES]:
            line = line.strip()
            if not line:
                continue
            if len(line) >= _PROSE and line[-1] in SENTENCE_END:
                return None  # running text: the announcement, if any, was above
            if pending and line[:3].casefold() == "by ":
                found = read_byline(line)
                if found is not None:
                    return TitleReading(True, found[0], found[1])
            pending = False
            if len(line) > _ANNOUNCE_LENGTH or line[-1] == "." or not _announcing(line):
                continue
            reading = read_title(line, leading=True)
            if reading.name:
                return reading
            pending = reading.transcript
    return None


def _announcing(line: str) -> bool:
    """Whether *line* holds a word that a line announcing spoken material needs: the "by" or
    "with" after the genre noun ("Remarks by …", "Interview with …") or a possessive
    ("Ambassador Smith’s … Briefing"). A cheap filter before the line is read as a title."""
    return " by " in line or " with " in line or "’s " in line or " By " in line or " With " in line or "'s " in line


def announce(reading: TitleReading, book: NameBook, text: str, blocks: Sequence[Block]) -> Announced | None:
    titles, tokens = reading.titles, reading.name
    if not tokens:
        found = _byline(text, blocks)
        if found is None:
            return None
        titles, tokens = found
    return _announced(titles, tokens, book)


def _announced(titles: Sequence[str], tokens: Sequence[str], book: NameBook) -> Announced:
    single = len(tokens) == 1
    name = (book.full_name(tokens[0]) or restore_case(tokens)) if single else written_name(tokens, book)
    return Announced(name, tuple(titles))


def interviewee(text: str, blocks: Sequence[Block], header: Header, limit: int, book: NameBook) -> Announced | None:
    """The person an interview's title or introduction names as answering ("X spoke to us"), or ``None``.

    Outlets ("told Reuters") are no interviewee; a lone surname counts when the document gives
    the full name.
    """
    sources = [header.title] if header.title else []
    budget = _LEAD_REACH
    for block in blocks:
        start = block.span.start
        if start >= limit or budget <= 0:
            break
        if block.kind in ("title", "header", "body"):
            end = min(block.span.end, limit, start + budget)
            budget -= end - start
            sources.append(text[start:end])
    # One search over the title and the lead paragraphs, kept apart by a paragraph break.
    for titles, tokens in read_interviewee("\n\n".join(sources)):
        if not tokens or not OUTLET_WORDS.isdisjoint(key(w) for w in tokens):
            continue
        if len(tokens) == 1 and book.full_name(tokens[0]) is None:
            continue
        return _announced(titles, tokens, book)
    return None
