"""Transcript turns: who speaks, and the exact text of what they say.

Press conferences, doorsteps, joint press points, briefings, interviews and speeches are
transcripts. A document is read as one when the header says so (``kind`` "transcript" or
"speech"), when its title announces spoken material ("Press conference by …", "Remarks by
…", "Ambassador Lute's … Press Briefing"), or when its body carries at least two speaker
labels of two different speakers (then page kinds that are never transcripts, such as press
releases and digests, also need a question label). Labels are read from body blocks only.

Each :class:`~nato_press.Turn` runs from just after its label (label, colon and the white
space after them excluded) to the end of the last body paragraph before the next label, so
multi-paragraph answers stay one turn. Text before the first label, or the whole body of a
transcript without labels, is the opening statement of the speaker the title announces.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import NamedTuple

import regex

from ._records import Block, Defect, Header, Span, Turn
from ._turns_labels import ParsedLabel, RawLabel, parse_label, scan_colon_labels, scan_dash_labels
from ._turns_names import (
    NameBook,
    TitleReading,
    key,
    read_byline,
    read_title,
    restore_case,
    title_text,
)
from ._turns_vocab import CONNECTORS, QUESTION_ROLES, TITLE_ACRONYMS, words

__all__ = ["find_turns"]

# Header kinds that are spoken material whatever the body looks like.
_SPOKEN_KINDS = frozenset({"transcript", "speech"})

# Page kinds that are never transcripts: labels alone must include a question to count.
_WRITTEN_KINDS = frozenset({"press_release", "statement", "digest", "republished"})

# White space after a label or before a turn's text: spaces, no-break and zero-width spaces, line breaks.
_SPACE = regex.compile(r"[\s\u200b\ufeff]*+")


# The words of someone speaking, not of a caption or a header line: a first- or second-person
# pronoun ("I", "we", "our", "you", with their contractions; "US" in capitals is the country)
# or a greeting. Compared with the white-space separated words, punctuation stripped.
def _spoken_variants(base: frozenset[str]) -> frozenset[str]:
    """*base* with sentence-initial capitals and typographic apostrophes ("We're", "we’re")."""
    cased = base | {w[:1].upper() + w[1:] for w in base if w != "us"}
    return frozenset(cased | {w.replace("'", "’") for w in cased})


_SPOKEN_WORDS = _spoken_variants(
    words(
        "I we our ours us my me you your yours thank thanks welcome hello gentlemen excellencies excellency dear "
        "I'm I've I'll I'd we're we've we'll we'd you're you've you'll you'd let's"
    )
)
_GREETINGS = ("good morning", "good afternoon", "good evening", "good day")
_WORD_PUNCTUATION = ',.;:!?"“”„«»()[]—–…‘/'

# A photo caption opening a transcript: capitalised words then a participle, "NATO Secretary
# General Anders Fogh Rasmussen briefing the press on …".
_CAPTION = regex.compile(r"[ \t\u00a0]*+(?:\p{Lu}[\p{L}\p{M}.'’\-]*+[ \u00a0]++){2,10}+\p{Ll}++ing\b")

# Characters that end a sentence (a paragraph ending otherwise is a heading or a header line).
_SENTENCE_END = frozenset('.!?…"”’)»')

# Quotation marks that open a colon-introduced quote ('Stoltenberg: "…"'), not a turn.
_QUOTE_MARKS = frozenset("\"“„«‘'‚‹")

# How much of a paragraph is read to decide whether it is spoken.
_SNIFF = 300


class _Who(NamedTuple):
    name: str
    titles: tuple[str, ...]
    is_person: bool
    is_question: bool
    affiliation: str | None


class _Announced(NamedTuple):
    name: str
    titles: tuple[str, ...]


class _Layout:
    """The body blocks of a document, numbered into runs that page chrome interrupts."""

    def __init__(self, text: str, blocks: Sequence[Block]) -> None:
        self.text = text
        starts: list[int] = []
        ends: list[int] = []
        runs: list[int] = []
        run = 0
        broken = False
        last_end = 0
        size = len(text)
        for block in blocks:
            span = block.span
            start, end = span.start, span.end
            if end > size:
                end = size
            if start < last_end or start >= end:
                continue
            last_end = end
            kind = block.kind
            if kind == "body":
                if broken and starts:
                    run += 1
                broken = False
                starts.append(start)
                ends.append(end)
                runs.append(run)
            elif kind != "blank" and kind != "caption":
                broken = True
        self.starts = starts
        self.ends = ends
        self.runs = runs

    def index_at(self, pos: int) -> int:
        """The body block containing *pos*, or -1."""
        index = bisect.bisect_right(self.starts, pos) - 1
        return index if index >= 0 and pos < self.ends[index] else -1

    def segments(self, start: int, limit: int) -> list[tuple[int, int]]:
        """The text ranges of body blocks in ``[start, limit)``, one per run, white space trimmed."""
        text = self.text
        count = len(self.starts)
        index = bisect.bisect_right(self.starts, start) - 1
        if index < 0 or start >= self.ends[index]:
            index += 1
            if index >= count or self.starts[index] >= limit:
                return []
            start = self.starts[index]
        pieces: list[tuple[int, int]] = []
        starts, ends, runs = self.starts, self.ends, self.runs
        piece_start, run, piece_end = start, runs[index], ends[index]
        index += 1
        while index < count and starts[index] < limit:
            if runs[index] != run:
                pieces.append((piece_start, piece_end))
                piece_start, run = starts[index], runs[index]
            piece_end = ends[index]
            index += 1
        pieces.append((piece_start, piece_end if piece_end < limit else limit))
        out: list[tuple[int, int]] = []
        for begin, end in pieces:
            space = _SPACE.match(text, begin, end)
            begin = space.end() if space is not None else begin
            end = begin + len(text[begin:end].rstrip())
            if end > begin:
                out.append((begin, end))
        return out

    def opening_start(self, limit: int, labelled: bool) -> int | None:
        """Where the unlabelled opening statement begins, before *limit* (the first label).

        Leading paragraphs that nobody speaks are skipped: lines without a sentence end
        (titles, datelines, names), photo captions, and, when a label follows directly, any
        paragraph without a first- or second-person word or a greeting.
        """
        text = self.text
        count = len(self.starts)
        for index in range(count):
            start = self.starts[index]
            if start >= limit:
                break
            end = self.ends[index] if self.ends[index] < limit else limit
            paragraph = text[start : min(end, start + _SNIFF)]
            if not paragraph.strip():
                continue
            if _spoken(paragraph):
                return start
            label_next = labelled and (index + 1 >= count or self.starts[index + 1] >= limit)
            whole = text[start:end].strip()
            aside = whole[:1] in "([" and whole[-1:] in ")]"  # "(As delivered)", "[Check against delivery]"
            if label_next or aside or whole[-1:] not in _SENTENCE_END or _CAPTION.match(paragraph) is not None:
                continue
            return start
        return None


def _spoken(paragraph: str) -> bool:
    """Whether *paragraph* has a first- or second-person word or a greeting."""
    tokens = paragraph.split()
    if not _SPOKEN_WORDS.isdisjoint(tokens):
        return True
    if not _SPOKEN_WORDS.isdisjoint([t.strip(_WORD_PUNCTUATION) for t in tokens]):
        return True
    lowered = paragraph.lower()
    return any(greeting in lowered for greeting in _GREETINGS)


def _title_key(title: str) -> frozenset[str]:
    return frozenset(key(w) for w in title.split() if key(w) not in CONNECTORS and key(w) != "nato")


def _merge_titles(first: Sequence[str], more: Sequence[str]) -> tuple[str, ...]:
    out = list(first)
    seen = [_title_key(t) for t in out]
    for title in more:
        title_key = _title_key(title)
        if title and title_key not in seen:
            out.append(title)
            seen.append(title_key)
    return tuple(out)


def _same_person(name: str, other: str) -> bool:
    if name.casefold() == other.casefold():
        return True
    a, b = name.split(), other.split()
    return (len(a) == 1 or len(b) == 1) and a[-1].casefold() == b[-1].casefold()


def _holds_title(title_tokens: Sequence[str], titles: Sequence[str]) -> bool:
    wanted = _title_key(" ".join(title_tokens))
    return bool(wanted) and any(wanted <= _title_key(t) for t in titles)


def _spelled_out(tokens: Sequence[str]) -> tuple[str, ...]:
    """Title tokens with NATO title acronyms spelled out: ("SG",) is ("Secretary", "General")."""
    out: list[str] = []
    for word in tokens:
        long = TITLE_ACRONYMS.get(key(word))
        out.extend(long.split() if long else (word,))
    return tuple(out)


def _written_name(tokens: Sequence[str], book: NameBook) -> str:
    """The name as the document writes it: ALL-CAPS words restored from another occurrence."""
    written = " ".join(tokens)
    if not any(len(w) > 2 and w.isupper() for w in tokens):
        return written
    return book.written_case(written) or restore_case(tokens)


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


def _announce(reading: TitleReading, book: NameBook, text: str, blocks: Sequence[Block]) -> _Announced | None:
    titles, tokens = reading.titles, reading.name
    if not tokens:
        found = _byline(text, blocks)
        if found is None:
            return None
        titles, tokens = found
    single = len(tokens) == 1
    name = (book.full_name(tokens[0]) or restore_case(tokens)) if single else _written_name(tokens, book)
    return _Announced(name, tuple(titles))


def _resolve(label: ParsedLabel, book: NameBook, announced: _Announced | None) -> _Who | None:
    """The speaker a parsed label stands for, or ``None`` when it cannot be a speaker."""
    if label.kind == "role":
        role = label.role or "Speaker"
        return _Who(role, (), False, role in QUESTION_ROLES, label.affiliation)
    if label.kind == "answer":
        if announced is not None:
            return _Who(announced.name, _merge_titles(label.titles, announced.titles), True, False, None)
        return _Who("A", label.titles, False, False, None)
    title_tokens = _spelled_out(label.title_tokens)
    prefix = title_text(title_tokens) if title_tokens else ""
    titles: tuple[str, ...] = ((prefix,) if prefix else ()) + label.titles
    if label.kind == "title":
        holder: str | None = None
        if announced is not None and _holds_title(title_tokens, announced.titles):
            holder = announced.name
        if holder is None:
            holder = book.holder_of(title_tokens)
        if holder is None:
            return _Who(prefix or " ".join(title_tokens), titles, True, False, None)
        name = holder
    elif len(label.name_tokens) >= 2:
        name = book.longer(_written_name(label.name_tokens, book))
    else:
        full = book.full_name(label.name_tokens[0])
        if full is not None:
            name = full
        elif label.title_tokens:
            name = restore_case(label.name_tokens)
        else:
            return None
    if announced is not None and _same_person(name, announced.name):
        titles = _merge_titles(titles, announced.titles)
    return _Who(name, titles, True, label.affiliation is not None, label.affiliation)


def _opens_quote(text: str, raw: RawLabel) -> bool:
    space = _SPACE.match(text, raw.after, min(len(text), raw.after + 20))
    pos = space.end() if space is not None else raw.after
    return text[pos : pos + 1] in _QUOTE_MARKS


def _surname_only(label: ParsedLabel) -> bool:
    return label.kind == "person" and len(label.name_tokens) == 1 and not label.title_tokens


def _labels(
    text: str, blocks: Sequence[Block], layout: _Layout, header: Header, reading: TitleReading, transcript: bool
) -> tuple[list[tuple[RawLabel, _Who]], _Announced | None]:
    """The accepted labels in order, with their speakers, and the announced speaker."""
    parsed = [p for raw in scan_colon_labels(text, layout.index_at) if (p := parse_label(raw, transcript=transcript))]
    book = NameBook(text)
    for label in parsed:
        if label.kind == "person" and len(label.name_tokens) >= 2:
            book.add(_written_name(label.name_tokens, book))
    announced = _announce(reading, book, text, blocks) if transcript else None
    if announced is not None:
        book.prefer(announced.name)
    if not transcript:
        # Outside transcripts a surname alone ("Stoltenberg: Russia must …") is a headline, and a
        # label opening a quotation ('Stoltenberg: "…"') introduces a quote.
        parsed = [p for p in parsed if not _surname_only(p) and not _opens_quote(text, p.raw)]
    found = [(label.raw, who) for label in parsed if (who := _resolve(label, book, announced)) is not None]
    if not transcript:
        speakers = {who.name for _, who in found}
        if len(found) < 2 or len(speakers) < 2:
            return [], None
        if header.kind in _WRITTEN_KINDS and not any(who.is_question for _, who in found):
            return [], None
    elif not found:
        dashed = [p for raw in scan_dash_labels(text, layout.index_at) if (p := parse_label(raw, transcript=True))]
        for label in dashed:
            if label.kind == "role" or (label.kind == "person" and (len(label.name_tokens) >= 2 or label.title_tokens)):
                who = _resolve(label, book, announced)
                if who is not None:
                    found.append((label.raw, who))
    return found, announced


def find_turns(text: str, blocks: Sequence[Block], header: Header) -> tuple[list[Turn], list[Defect]]:
    """Return the transcript turns of *text* in order (none for non-transcripts), and defects.

    Turns are read from the ``body`` blocks only; each turn's ``text`` is exactly
    ``text[turn.span.start:turn.span.end]``.

    >>> from nato_press import Block, Header, Span
    >>> text = "MODERATOR: Reuters.\\n\\nQ: When?\\n\\nJENS STOLTENBERG: Today.\\n\\nI am sure."
    >>> turns, _ = find_turns(text, [Block(kind="body", span=Span(start=0, end=len(text)))], Header())
    >>> [(t.speaker, t.text) for t in turns]
    [('Moderator', 'Reuters.'), ('Q', 'When?'), ('Jens Stoltenberg', 'Today.\\n\\nI am sure.')]
    """
    if not text or not blocks:
        return [], []
    layout = _Layout(text, blocks)
    if not layout.starts:
        return [], []
    reading = read_title(header.title)
    transcript = header.kind in _SPOKEN_KINDS or reading.transcript
    if not transcript and ":" not in text:
        return [], []
    labels, announced = _labels(text, blocks, layout, header, reading, transcript)
    turns: list[Turn] = []
    defects: list[Defect] = []
    first = labels[0][0].line_start if labels else len(text)
    if transcript:
        opening = layout.opening_start(first, bool(labels))
        if opening is not None:
            pieces = layout.segments(opening, first)
            if announced is not None:
                for begin, end in pieces:
                    turns.append(
                        Turn(
                            speaker=announced.name,
                            text=text[begin:end],
                            span=Span(start=begin, end=end),
                            titles=announced.titles,
                        )
                    )
            elif pieces:
                defects.append(
                    Defect(
                        code="unattributed-opening",
                        message="the transcript opens without a speaker label and its title names no speaker",
                        span=Span(start=pieces[0][0], end=pieces[-1][1]),
                    )
                )
    for index, (raw, who) in enumerate(labels):
        limit = labels[index + 1][0].line_start if index + 1 < len(labels) else len(text)
        pieces = layout.segments(raw.after, limit)
        label_text = text[raw.start : raw.end]
        label_span = Span(start=raw.start, end=raw.end)
        if not pieces:
            defects.append(Defect(code="empty-turn", message=f"label {label_text!r} has no text", span=label_span))
            continue
        for number, (begin, end) in enumerate(pieces):
            turns.append(
                Turn(
                    speaker=who.name,
                    text=text[begin:end],
                    span=Span(start=begin, end=end),
                    label=label_text if number == 0 else None,
                    label_span=label_span if number == 0 else None,
                    titles=who.titles,
                    is_person=who.is_person,
                    is_question=who.is_question,
                    affiliation=who.affiliation,
                )
            )
    return turns, defects
