"""The author a headline or byline names: "Statement by the Secretary General", "Remarks by X".

House style of press releases and speeches: a headline that names a genre of speech and its
author with "by" ("Statement by the Secretary General …", "Remarks by President Doe at …",
"Press Conference by the Supreme Allied Commander Europe, General …"), or a byline line of its
own opening with "by" ("by the Secretary General"), makes that author the speaker of the text
even when the body never names them again. The author is a name, or a title: when the text
gives the title to no named person, the speaker is the role itself ("Secretary General").
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .._records import Header
from ._entries import Entry
from ._quotes import Paragraph
from ._speakers import People
from ._subjects import subject_after
from ._tokens import tokenize

__all__ = ["byline_author"]

# A genre of speech, up to three words after it ("Opening remarks", "Statement to the press",
# "Keynote speech"), then "by": the author follows. Case-insensitive, matched at the start of the line.
_GENRE_BY = regex.compile(
    r"""
    (?i)\W{0,3}+(?:joint\ |press\ |opening\ |closing\ |keynote\ |introductory\ |video\ |welcome\ )?+
    (?:statement|remarks|speech|address|declaration|message|press\ conference|press\ briefing
      |briefing|op-ed|lecture|letter|doorstep|toast)
    (?:\ [\p{L}\p{N}’'\-]++){0,3}?\s++by\s++
    |\W{0,3}+by\s++
    """,
    regex.VERBOSE,
)
# The byline stands in the header zone: the opening paragraphs (at most this many) before the
# first one that ends a sentence, where the body begins.
_LEAD = 6


def _candidates(text: str, header: Header, paragraphs: Sequence[Paragraph]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if header.title_span is not None:
        spans.append((header.title_span.start, header.title_span.end))
    for p in paragraphs[:_LEAD]:
        if p.kind != "notes":
            spans.append((p.start, p.end))
        if text[p.end - 1] in ".!?":
            break  # the body has begun
    return list(dict.fromkeys(spans))


def byline_author(text: str, header: Header, paragraphs: Sequence[Paragraph], people: People) -> Entry | None:
    """The person (or role) a headline or byline says the text is by, or ``None``."""
    for start, end in _candidates(text, header, paragraphs):
        m = _GENRE_BY.match(text, start, min(end, start + 160))
        if m is None:
            continue
        toks = tokenize(text, m.end(), min(end, m.end() + 120))
        subject = subject_after(toks, 0) if toks else None
        if subject is None or subject.kind not in ("name", "title"):
            continue
        if subject.kind == "name" and len(subject.name) < 2 and not subject.titles:
            continue
        entry = people.resolve(subject)
        if entry is None and subject.kind == "title" and subject.titles:
            role = subject.titles[-1]
            entry = people.registry.person(role, subject.start)  # nobody named: the role speaks
            entry.add_titles([role])
        if entry is not None and entry.kind == "person":
            return entry
    return None
