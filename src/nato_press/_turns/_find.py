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
import functools
from collections.abc import Sequence
from typing import NamedTuple

import regex

from .._records import Block, Defect, Header, Span, Turn
from ._labels import ParsedLabel, RawLabel, parse_label, role_key, scan_colon_labels, scan_dash_labels
from ._names import (
    NameBook,
    TitleReading,
    key,
    read_byline,
    read_interviewee,
    read_title,
    restore_case,
    title_key,
    title_text,
)
from ._vocab import ANSWER_WORDS, OUTLET_WORDS, QUESTION_ROLES, TITLE_ACRONYMS, words

__all__ = ["find_turns"]

# Header kinds that are spoken material whatever the body looks like.
_SPOKEN_KINDS = frozenset({"transcript", "speech"})

# Page kinds that are never transcripts: labels alone must include a question to count.
_WRITTEN_KINDS = frozenset({"press_release", "statement", "digest", "republished"})

# White space after a label or before a turn's text: spaces, no-break and zero-width spaces, line breaks.
_SPACE = regex.compile(r"[\s\u200b\ufeff]*+")

# Zero-width spaces, which ``str.strip`` keeps: a turn's text never begins with them.
_ZERO_WIDTH = ("\u200b", "\ufeff")


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

# A paragraph that ends a release or a speech: "###", "- ENDS -", "-30-". Nothing after it is spoken.
_END_MARK = regex.compile(r"[ \t]*+(?:\#{3,}+|[-–—]{1,3}+[ \t]*+(?i:ends?|30)[ \t]*+[-–—]{1,3}+|ENDS?+)[ \t]*+")

# Page chrome that follows the end of the article (reasons of the structure stage): a
# "Related" heading and its links. Nothing after it is spoken.
_ARTICLE_END = frozenset({"related-links heading", "related links"})

# Genre nouns of interviews: the text before the first question is the editors' introduction.
_INTERVIEW_GENRES = words("interview interviews q&a conversation conversations podcast podcasts")

# Question and answer labels that make an interview on their own: at least this many of each.
_INTERVIEW_LABELS = 2

# How many non-chrome blocks at the top of a page may hold an announcement line ("Remarks by …"),
# how many lines of each are read, and how long such a line may be.
_ANNOUNCE_BLOCKS = 10
_ANNOUNCE_LINES = 4
_ANNOUNCE_LENGTH = 250

# How much text before the first label is searched for the interviewee (characters).
_LEAD_REACH = 2500

# A paragraph of running text (it ends the search for an announcement line): this long, with a sentence end.
_PROSE = 80


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
            if kind == "boilerplate" and block.reason in _ARTICLE_END:
                break
            if kind != "blank" and end - start <= 16 and _END_MARK.fullmatch(text, start, end) is not None:
                break
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
        # The index of the last body block of each block's run.
        run_last = list(range(len(runs)))
        for index in range(len(runs) - 2, -1, -1):
            if runs[index] == runs[index + 1]:
                run_last[index] = run_last[index + 1]
        self.run_last = run_last

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
        starts, ends, run_last = self.starts, self.ends, self.run_last
        last = bisect.bisect_left(starts, limit, index) - 1  # the last block that starts before the limit
        if last < index or start >= limit:
            return []
        pieces: list[tuple[int, int]] = []
        while True:
            end_index = run_last[index] if run_last[index] < last else last
            piece_end = ends[end_index]
            pieces.append((start, piece_end if piece_end < limit else limit))
            index = end_index + 1
            if index > last:
                break
            start = starts[index]
        out: list[tuple[int, int]] = []
        for begin, end in pieces:
            piece = text[begin:end]
            stripped = piece.lstrip()
            if stripped[:1] in _ZERO_WIDTH:
                space = _SPACE.match(text, begin, end)
                begin = space.end() if space is not None else begin
                stripped = text[begin:end]
            else:
                begin += len(piece) - len(stripped)
            end = begin + len(stripped.rstrip())
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


def _merge_titles(first: Sequence[str], more: Sequence[str]) -> tuple[str, ...]:
    out = list(first)
    seen = [title_key(t) for t in out]
    for title in more:
        wanted = title_key(title)
        if title and wanted not in seen:
            out.append(title)
            seen.append(wanted)
    return tuple(out)


def _same_person(name: str, other: str) -> bool:
    if name.casefold() == other.casefold():
        return True
    a, b = name.split(), other.split()
    return (len(a) == 1 or len(b) == 1) and a[-1].casefold() == b[-1].casefold()


def _holds_title(title_tokens: Sequence[str], titles: Sequence[str]) -> bool:
    wanted = title_key(" ".join(title_tokens))
    return bool(wanted) and any(wanted <= title_key(t) for t in titles)


@functools.lru_cache(maxsize=1024)
def _spelled_out(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Title tokens with NATO title acronyms spelled out: ("SG",) is ("Secretary", "General")."""
    out: list[str] = []
    for word in tokens:
        long = TITLE_ACRONYMS.get(key(word))
        out.extend(long.split() if long else (word,))
    return tuple(out)


def _written_name(tokens: Sequence[str], book: NameBook) -> str:
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


def _announcement(text: str, blocks: Sequence[Block], titled: bool) -> TitleReading | None:
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
            if len(line) >= _PROSE and line[-1] in _SENTENCE_END:
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


def _announce(reading: TitleReading, book: NameBook, text: str, blocks: Sequence[Block]) -> _Announced | None:
    titles, tokens = reading.titles, reading.name
    if not tokens:
        found = _byline(text, blocks)
        if found is None:
            return None
        titles, tokens = found
    return _announced(titles, tokens, book)


def _announced(titles: Sequence[str], tokens: Sequence[str], book: NameBook) -> _Announced:
    single = len(tokens) == 1
    name = (book.full_name(tokens[0]) or restore_case(tokens)) if single else _written_name(tokens, book)
    return _Announced(name, tuple(titles))


def _interviewee(text: str, blocks: Sequence[Block], header: Header, limit: int, book: NameBook) -> _Announced | None:
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
            # A role nobody in the document is named with: the role speaks, not a person.
            return _Who(prefix or " ".join(title_tokens), titles, False, False, None)
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


def _resolve_all(
    parsed: Sequence[ParsedLabel], book: NameBook, announced: _Announced | None
) -> list[tuple[RawLabel, _Who]]:
    """The labels that stand for a speaker, with the speaker; each distinct label is resolved once."""
    found: list[tuple[RawLabel, _Who]] = []
    done: dict[tuple[object, ...], _Who | None] = {}
    for label in parsed:
        written = label[1:]
        if written in done:
            who = done[written]
        else:
            who = done[written] = _resolve(label, book, announced)
        if who is not None:
            found.append((label.raw, who))
    return found


def _opens_quote(text: str, raw: RawLabel) -> bool:
    space = _SPACE.match(text, raw.after, min(len(text), raw.after + 20))
    pos = space.end() if space is not None else raw.after
    return text[pos : pos + 1] in _QUOTE_MARKS


def _surname_only(label: ParsedLabel) -> bool:
    return label.kind == "person" and len(label.name_tokens) == 1 and not label.title_tokens


def _is_interview(raws: Sequence[RawLabel]) -> bool:
    """Whether the labels alternate questions and answers ("Q:" … "A:" …) at least twice each."""
    questions = answers = 0
    for raw in raws:
        if raw.appendix is not None or len(raw.head) > 8:
            continue
        role = role_key(raw.head)
        if role in ("q", "question"):
            questions += 1
        elif role in ANSWER_WORDS:
            answers += 1
    return questions >= _INTERVIEW_LABELS and answers >= _INTERVIEW_LABELS


class _Found(NamedTuple):
    labels: list[tuple[RawLabel, _Who]]
    announced: _Announced | None
    answered: bool  # an answer label ("A:") was read


def _labels(
    text: str,
    blocks: Sequence[Block],
    layout: _Layout,
    header: Header,
    reading: TitleReading,
    transcript: bool,
    raws: Sequence[RawLabel],
) -> _Found:
    """The accepted labels in order, with their speakers, and the announced speaker."""
    parsed = [p for raw in raws if (p := parse_label(raw, transcript=transcript))]
    book = NameBook(text)
    seen: set[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = set()
    for label in parsed:
        if label.kind == "person" and len(label.name_tokens) >= 2:
            written = (label.title_tokens, label.name_tokens, label.titles)
            if written in seen:
                continue
            seen.add(written)
            name = _written_name(label.name_tokens, book)
            book.add(name)
            if label.title_tokens:
                book.add_holder(title_text(_spelled_out(label.title_tokens)), name)
            for title in label.titles:
                book.add_holder(title, name)
    announced = _announce(reading, book, text, blocks) if transcript else None
    answered = transcript and any(p.kind == "answer" for p in parsed)
    if announced is None and answered:
        announced = _interviewee(text, blocks, header, parsed[0].raw.line_start, book)
    if announced is not None:
        book.prefer(announced.name)
        for title in announced.titles:
            book.add_holder(title, announced.name)
    if not transcript:
        # Outside transcripts a surname alone ("Stoltenberg: Russia must …") is a headline, and a
        # label opening a quotation ('Stoltenberg: "…"') introduces a quote.
        parsed = [p for p in parsed if not _surname_only(p) and not _opens_quote(text, p.raw)]
    found = _resolve_all(parsed, book, announced)
    if not transcript:
        speakers = {who.name for _, who in found}
        if len(found) < 2 or len(speakers) < 2:
            return _Found([], None, False)
        if header.kind in _WRITTEN_KINDS and not any(who.is_question for _, who in found):
            return _Found([], None, False)
    elif not found:
        dashed = [p for raw in scan_dash_labels(text, layout.index_at) if (p := parse_label(raw, transcript=True))]
        for label in dashed:
            if label.kind == "role" or (label.kind == "person" and (len(label.name_tokens) >= 2 or label.title_tokens)):
                who = _resolve(label, book, announced)
                if who is not None:
                    found.append((label.raw, who))
    return _Found(found, announced, answered)


def _opening(
    text: str, layout: _Layout, first: int, labels: bool, announced: _Announced | None
) -> tuple[list[Turn], list[Defect]]:
    """The unlabelled opening statement before *first* (the first label), given to the announced speaker."""
    opening = layout.opening_start(first, labels)
    if opening is None:
        return [], []
    pieces = layout.segments(opening, first)
    if announced is not None:
        turns = [
            Turn(speaker=announced.name, text=text[begin:end], span=Span(start=begin, end=end), titles=announced.titles)
            for begin, end in pieces
        ]
        return turns, []
    if not pieces:
        return [], []
    defect = Defect(
        code="unattributed-opening",
        message="the transcript opens without a speaker label and its title names no speaker",
        span=Span(start=pieces[0][0], end=pieces[-1][1]),
    )
    return [], [defect]


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
    if not reading.name:
        reading = _announcement(text, blocks, header.title is not None) or reading
    transcript = header.kind in _SPOKEN_KINDS or reading.transcript
    colon = ":" in text
    if not transcript and not colon:
        return [], []
    raws = scan_colon_labels(text, layout.index_at) if colon else []
    if not transcript and _is_interview(raws):
        transcript = True
    found = _labels(text, blocks, layout, header, reading, transcript, raws)
    labels = found.labels
    turns: list[Turn] = []
    defects: list[Defect] = []
    # In an interview the text before the first question is the editors' introduction.
    introduced = found.answered and (not reading.transcript or reading.genre in _INTERVIEW_GENRES)
    if transcript and not introduced:
        first = labels[0][0].line_start if labels else len(text)
        turns, defects = _opening(text, layout, first, bool(labels), found.announced)
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
