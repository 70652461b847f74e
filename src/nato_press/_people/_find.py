"""Speakers, quotations and their attribution: who said what.

:func:`find_people` reads the quotes of the title, body, captions and notes (footnotes
included), attributes each to the person or body the text gives the words to, and lists the
speakers: persons quoted, persons given words by a speech verb without quote marks ("According
to Secretary General Jens Stoltenberg, …"), transcript speakers, the author of a first-person
text, and the bodies quotes are attributed to (``kind="organisation"``).

>>> from nato_press._records import Block, Header, Span
>>> text = '"We stand united," the Secretary General said. NATO Secretary General Jens Stoltenberg met them.'
>>> blocks = [Block(kind="body", span=Span(start=0, end=len(text)))]
>>> speakers, quotes, defects = find_people(text, blocks, Header(), [], [])
>>> [(q.text, q.speaker, q.cue) for q in quotes]
[('We stand united,', 'Jens Stoltenberg', 'said')]
>>> [(s.name, s.titles) for s in speakers]
[('Jens Stoltenberg', ('Secretary General',))]
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from .._records import Block, Defect, Footnote, Header, Quote, Span, Speaker, Turn
from ._attribution import Attributor
from ._bylines import byline_author
from ._entries import Entry
from ._quotes import Paragraph, mask_quotes, pair_quotes, split_paragraphs
from ._speakers import People
from ._subjects import subject_after
from ._tokens import tokenize

__all__ = ["find_people"]

# Blocks whose quotes are read. Page chrome is read only for its headline-like lines
# ("READ MORE: NATO issues warning over ‘dangerous threat’").
_READ = frozenset({"title", "body", "caption", "notes"})

# First person singular outside quotes: the text is written in its author's voice
# ("I am pleased to announce", "I welcome", "I’ve got a very short statement"). The word after
# "I" is read by the pattern and looked up in ``_FIRST_PERSON_NEXT``.
_FIRST_PERSON = regex.compile(r"(?<![\p{L}\p{N}])I(?:[’'](?:m|ve|ll|d))?\ (?P<next>[\p{L}’']++)")
_FIRST_PERSON_NEXT = frozenset(
    [
        "am",
        "was",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "must",
        "should",
        "also",
        "welcome",
        "want",
        "look",
        "expect",
        "hope",
        "think",
        "believe",
        "met",
        "visited",
        "see",
        "saw",
        "thank",
        "know",
        "share",
        "call",
        "urge",
        "congratulate",
        "commend",
        "announce",
        "regret",
        "condemn",
        "got",
        "’m",
        "'m",
        "'ve",
        "’ve",
        "just",
        "warmly",
        "strongly",
        "very",
        "really",
    ]
)

# The marks that make a line of page chrome worth reading (a quoting headline).
_HEADLINE_MARKS = '"“”‘’„«»'
# Characters a headline never ends with.
_SENTENCE_FINAL = frozenset(".!?:;,")


def _regions(
    blocks: Sequence[Block], footnotes: Sequence[Footnote], title: Span | None = None
) -> list[tuple[int, int, str]]:
    """The ``(start, end, kind)`` spans whose quotes are read, in order, not overlapping."""
    notes = sorted((f.span.start, f.span.end) for f in footnotes if f.span is not None and f.span.end > f.span.start)
    regions: list[tuple[int, int, str]] = []
    if title is not None and title.end > title.start:
        inside = any(b.kind in _READ and b.span.start <= title.start and title.end <= b.span.end for b in blocks)
        if not inside:
            regions.append((title.start, title.end, "title"))  # a title the page put among header lines
    for block in blocks:
        start, end = block.span.start, block.span.end
        if block.kind in _READ or block.kind == "boilerplate":
            overlapping = [n for n in notes if n[0] < end and start < n[1]]
            if block.kind == "boilerplate" and overlapping:
                pos = start
                for n_start, n_end in overlapping:
                    if n_start > pos:
                        regions.append((pos, n_start, "boilerplate"))
                    regions.append((max(n_start, pos), min(n_end, end), "notes"))
                    pos = min(n_end, end)
                if pos < end:
                    regions.append((pos, end, "boilerplate"))
            else:
                regions.append((start, end, block.kind))
    covered = [(s, e) for s, e, _ in regions]
    for n_start, n_end in notes:
        if not any(s <= n_start and n_end <= e for s, e in covered):
            regions.append((n_start, n_end, "notes"))
    regions.sort()
    cleaned: list[tuple[int, int, str]] = []
    for start, end, kind in regions:
        if cleaned and start < cleaned[-1][1]:
            start = cleaned[-1][1]
        if end > start:
            cleaned.append((start, end, kind))
    return cleaned


def _headline_like(text: str, para: Paragraph) -> bool:
    """A short line without sentence punctuation at its end: a title or cross-heading."""
    line = text[para.start : para.end]
    if "\n" in line or line[-1:] in _SENTENCE_FINAL or len(line.split()) > 25:
        return False
    return line[:1].isupper()


def _quoted(text: str, region: tuple[int, int, str]) -> bool:
    """Whether the region holds a quotation mark (page chrome without one is not read at all)."""
    start, end, _ = region
    return any(text.find(c, start, end) >= 0 for c in _HEADLINE_MARKS)


def _keep(text: str, para: Paragraph) -> bool:
    """Boilerplate paragraphs are read only when they are headlines with a quote in them."""
    if para.kind != "boilerplate":
        return True
    return _headline_like(text, para) and any(c in text[para.start : para.end] for c in _HEADLINE_MARKS)


def _first_person(masked: str, paragraphs: Sequence[Paragraph]) -> bool:
    """Whether a body or caption paragraph speaks in the first person singular outside quotes."""
    body = [(p.start, p.end) for p in paragraphs if p.kind in ("body", "caption")]
    if not body:
        return False
    starts = [b[0] for b in body]
    low, high = body[0][0], body[-1][1]
    for probe in ("I ", "I’", "I'"):  # every form of _FIRST_PERSON begins with one of these
        at = masked.find(probe, low, high)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            if i >= 0 and at < body[i][1]:
                m = _FIRST_PERSON.match(masked, at, body[i][1])
                if m is not None and m.group("next") in _FIRST_PERSON_NEXT:
                    return True
            at = masked.find(probe, at + 1, high)
    return False


def _author(text: str, masked: str, paragraphs: Sequence[Paragraph], header: Header, people: People) -> Entry | None:
    """The person a first-person text is written by, named in its title or byline."""
    if not _first_person(masked, paragraphs):
        return None
    candidates: list[tuple[int, int]] = []
    if header.title_span is not None:
        candidates.append((header.title_span.start, header.title_span.end))
    for p in paragraphs[:3]:
        if _headline_like(text, p) or text[p.start : p.end].startswith(("by ", "By ")):
            candidates.append((p.start, p.end))
    for start, end in dict.fromkeys(candidates):  # the title is often the first paragraph too
        toks = tokenize(text, start, end)
        for k in range(len(toks)):
            if not toks[k][0][:1].isupper():
                continue
            subject = subject_after(toks, k)
            if subject is None or subject.kind not in ("name", "title"):
                continue
            if subject.kind == "name" and len(subject.name) < 2 and not subject.titles:
                continue
            entry = people.resolve(subject)
            if entry is not None and entry.kind == "person":
                return entry
    return None


def find_people(
    text: str,
    blocks: Sequence[Block],
    header: Header,
    turns: Sequence[Turn],
    footnotes: Sequence[Footnote],
) -> tuple[list[Speaker], list[Quote], list[Defect]]:
    """Return the speakers and quotes of *text*, and the defects met (unclosed quotes).

    *blocks* partition the text (their kinds say what is read), *header* gives the title,
    *turns* the transcript speakers (each a speaker; ``I`` in a turn is its speaker),
    *footnotes* the notes whose quotes are attributed like any other ("Statement by the North
    Atlantic Council …: „…“").
    """
    if not text or not blocks:
        return [], [], []
    regions = [r for r in _regions(blocks, footnotes, header.title_span) if r[2] != "boilerplate" or _quoted(text, r)]
    paragraphs = [p for p in split_paragraphs(text, regions) if _keep(text, p)]
    if not paragraphs:
        return _turn_speakers(text, turns), [], []
    raw, defects = pair_quotes(text, paragraphs)
    masked = mask_quotes(text, raw)
    people = People(text, turns)
    people.masked = masked
    turn_of, in_turn = _turn_context(paragraphs, turns, people)
    title_span = header.title_span
    headline = [
        p.kind in ("title", "boilerplate")
        or (title_span is not None and title_span.start <= p.start < title_span.end)
        or (i == 0 and header.title is None and _headline_like(text, p))
        for i, p in enumerate(paragraphs)
    ]
    if not any(e is not None for e in turn_of):
        people.author = _author(text, masked, paragraphs, header, people)
        if people.author is not None:
            people.author.speaks = True
        else:
            byline = byline_author(text, header, paragraphs, people)
            if byline is not None:
                byline.speaks = True  # "Statement by the Secretary General": the author speaks
    attributor = Attributor(text, masked, paragraphs, people, turn_of, in_turn, headline)
    quotes = attributor.run(raw)
    return people.speakers(), quotes, defects


def _turn_context(
    paragraphs: Sequence[Paragraph], turns: Sequence[Turn], people: People
) -> tuple[list[Entry | None], list[bool]]:
    """For each paragraph: the person whose turn it is in (``None`` outside turns and for
    moderators and questioners), and whether it is in a turn at all."""
    spans = sorted((t.span.start, t.span.end, t.speaker.strip().lower() if t.is_person else None) for t in turns)
    starts = [s[0] for s in spans]
    speakers: list[Entry | None] = []
    inside: list[bool] = []
    for p in paragraphs:
        at = p.end - 1  # a paragraph may begin with the turn's label
        i = bisect.bisect_right(starts, at) - 1
        if i >= 0 and spans[i][0] <= at < spans[i][1]:
            key = spans[i][2]
            speakers.append(None if key is None else people.persons.get(key))
            inside.append(True)
        else:
            speakers.append(None)
            inside.append(False)
    return speakers, inside


def _turn_speakers(text: str, turns: Sequence[Turn]) -> list[Speaker]:
    return People(text, turns).speakers()
