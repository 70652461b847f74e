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

from collections.abc import Sequence
from typing import NamedTuple

import regex

from .._records import Block, Defect, Header, Span, Turn
from ._announce import Announced, announce, announcement, interviewee, written_name
from ._delivered import delivery_notice, first_person_name
from ._handover import handover
from ._introduced import name_questioners
from ._labels import ParsedLabel, RawLabel, parse_label, role_key, scan_colon_labels, scan_dash_labels
from ._layout import SPACE, Layout
from ._namebook import NameBook
from ._phrases import title_text
from ._spaced import scan_spaced_questions, scan_stopped_labels
from ._speakers import Who, resolve, resolve_all, spelled_out
from ._titles import TitleReading, read_title
from ._vocab import ANSWER_WORDS, words
from ._vocative import add_first_names

__all__ = ["find_turns"]

# Header kinds that are spoken material whatever the body looks like.
_SPOKEN_KINDS = frozenset({"transcript", "speech"})

# Page kinds that are never transcripts: labels alone must include a question to count.
_WRITTEN_KINDS = frozenset({"press_release", "statement", "digest", "republished"})

# Quotation marks that open a colon-introduced quote ('Stoltenberg: "…"'), not a turn.
_QUOTE_MARKS = frozenset("\"“„«‘'‚‹")

# Genre nouns of interviews: the text before the first question is the editors' introduction.
_INTERVIEW_GENRES = words("interview interviews q&a conversation conversations podcast podcasts")

# Question and answer labels that make an interview on their own: at least this many of each.
_INTERVIEW_LABELS = 2


# A last paragraph that is only a bracketed stage direction ("(Cross-talk.)", "(Applause.)") after
# the speaker's words. Bounded: at most 40 characters inside the brackets.
_STAGE_DIRECTION = regex.compile(r"\n[ \t\u00a0]*+\n\s*+\([^()\n]{1,40}+\)[ \t\u00a0]*+$")


def _without_stage_direction(text: str, begin: int, end: int) -> int:
    """House rule: a stage direction on its own line at the END of a turn ("Okay. Thank —" then
    "(Cross-talk.)") is the transcriber's note of what happened next, not the speaker's words: the
    turn ends before it. Inside a turn (words follow it) it stays part of the turn's text."""
    window = max(begin, end - 60)
    match = _STAGE_DIRECTION.search(text, window, end)
    if match is None or match.start() <= begin:
        return end
    return len(text[begin : match.start()].rstrip()) + begin


def _opens_quote(text: str, raw: RawLabel) -> bool:
    space = SPACE.match(text, raw.after, min(len(text), raw.after + 20))
    pos = space.end() if space is not None else raw.after
    return text[pos : pos + 1] in _QUOTE_MARKS


def _merged(colon: Sequence[RawLabel], spaced: Sequence[RawLabel]) -> list[RawLabel]:
    """Colon labels and "Q    …" labels in text order; a line read both ways keeps the "Q" label
    (the colon then stands inside the question: "Q  Mr. Smith: is it …")."""
    lines = {raw.line_start for raw in spaced}
    return sorted([*(raw for raw in colon if raw.line_start not in lines), *spaced], key=lambda raw: raw.start)


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


# A labelled monologue's speech is at least this long (characters after the label).
_MONOLOGUE = 300


def _monologue(text: str, parsed: Sequence[ParsedLabel], who: Who) -> bool:
    """House rule: a single labelled monologue is a transcript (GOLD-RULES: a turn wherever the text
    has an explicit speaker label). One label makes one when it is a full name in ALL CAPS
    ("BARRY PAVEL:"), the transcriber's style, that the page also writes in normal case (a
    participants list), and a long speech follows: news prose never labels its one speaker so."""
    if len(parsed) != 1 or not who.is_person:
        return False
    label = parsed[0]
    tokens = label.name_tokens
    if label.kind != "person" or len(tokens) < 2 or not all(t.isupper() for t in tokens if len(t) > 2):
        return False
    if " ".join(tokens) == who.name or who.name not in text:
        return False
    newline = text.find("\n\n", label.raw.after)
    return (len(text) if newline == -1 else newline) - label.raw.after >= _MONOLOGUE


class _Found(NamedTuple):
    labels: list[tuple[RawLabel, Who]]
    announced: Announced | None
    answered: bool  # an answer label ("A:") was read


def _labels(
    text: str,
    blocks: Sequence[Block],
    layout: Layout,
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
            name = written_name(label.name_tokens, book)
            book.add(name)
            if label.title_tokens:
                book.add_holder(title_text(spelled_out(label.title_tokens)), name)
            for title in label.titles:
                book.add_holder(title, name)
    announced = announce(reading, book, text, blocks) if transcript else None
    answered = transcript and any(p.kind == "answer" for p in parsed)
    if announced is None and answered:
        announced = interviewee(text, blocks, header, parsed[0].raw.line_start, book)
    if announced is not None:
        book.prefer(announced.name)
        for title in announced.titles:
            book.add_holder(title, announced.name)
    if not transcript:
        # Outside transcripts a surname alone ("Stoltenberg: Russia must …") is a headline, and a
        # label opening a quotation ('Stoltenberg: "…"') introduces a quote.
        # A label that elsewhere in the document opens plain speech is a speaker label even where
        # its words begin with a quotation mark ('MR. SULLIVAN:  “Optimistic” is a hard word …').
        parsed = [p for p in parsed if not _surname_only(p)]
        quoting = [_opens_quote(text, p.raw) for p in parsed]
        speaking = {p[1:] for p, quote in zip(parsed, quoting, strict=True) if not quote}
        parsed = [p for p, quote in zip(parsed, quoting, strict=True) if not quote or p[1:] in speaking]
    found = resolve_all(parsed, book, announced)
    if not transcript:
        speakers = {who.name for _, who in found}
        if len(found) == 1 and _monologue(text, parsed, found[0][1]):
            return _Found(found, announced, False)
        if len(found) < 2 or len(speakers) < 2:
            return _Found([], None, False)
        if header.kind in _WRITTEN_KINDS and not any(who.is_question for _, who in found):
            return _Found([], None, False)
    elif not found:
        dashed = [p for raw in scan_dash_labels(text, layout.index_at) if (p := parse_label(raw, transcript=True))]
        for label in dashed:
            if label.kind == "role" or (label.kind == "person" and (len(label.name_tokens) >= 2 or label.title_tokens)):
                who = resolve(label, book, announced)
                if who is not None:
                    found.append((label.raw, who))
    return _Found(found, announced, answered)


def _opening(
    text: str, layout: Layout, first: int, labels: bool, announced: Announced | None, start: int | None = None
) -> tuple[list[Turn], list[Defect]]:
    """The unlabelled opening statement before *first* (the first label), given to the announced
    speaker; it begins at *start* when given (the end of a speech-text notice), else where
    :meth:`Layout.opening_start` finds it."""
    opening = layout.opening_start(first, labels) if start is None else start
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
    layout = Layout(text, blocks)
    if not layout.starts:
        return [], []
    reading = read_title(header.title)
    if not reading.name:
        reading = announcement(text, blocks, header.title is not None) or reading
    transcript = header.kind in _SPOKEN_KINDS or reading.transcript
    # A speech-text notice ("Check against delivery") makes a speech whatever the title says.
    notice = delivery_notice(text, blocks)
    if notice is not None:
        transcript = True
    colon = ":" in text
    if not transcript and not colon:
        return [], []
    raws = scan_colon_labels(text, layout.index_at) if colon else []
    spaced = scan_spaced_questions(text, layout.index_at)
    if transcript and not raws:
        # No colon labels at all: the transcript may end its ALL-CAPS labels with a full stop.
        spaced = sorted([*spaced, *scan_stopped_labels(text, layout.index_at)], key=lambda raw: raw.start)
    if spaced:
        raws = _merged(raws, spaced)
    if not transcript and _is_interview(raws):
        transcript = True
    found = _labels(text, blocks, layout, header, reading, transcript, raws)
    if not transcript and found.labels:
        # Labels alone made a transcript: read them again as a transcript's, so title labels
        # ("THE PRESIDENT:") and answer labels ("A:") count too.
        transcript = True
        found = _labels(text, blocks, layout, header, reading, transcript, raws)
    labels = add_first_names(text, found.labels) if transcript or found.labels else found.labels
    if labels:
        labels = name_questioners(text, labels)
    turns: list[Turn] = []
    defects: list[Defect] = []
    # In an interview the text before the first question is the editors' introduction.
    introduced = found.answered and (not reading.transcript or reading.genre in _INTERVIEW_GENRES)
    if transcript and not introduced and notice is not None and not labels:
        # One unlabelled speech under its notice: the speech begins after the notice line.
        announced = found.announced
        if announced is None:
            name = first_person_name(text, 0, notice[0])
            announced = Announced(name, ()) if name is not None else None
        turns, defects = _opening(text, layout, len(text), False, announced, notice[1])
    elif transcript and not introduced:
        first = labels[0][0].line_start if labels else len(text)
        turns, defects = _opening(text, layout, first, bool(labels), found.announced)
    runs: list[tuple[RawLabel | None, Who, int, int]] = []
    for index, (raw, who) in enumerate(labels):
        limit = labels[index + 1][0].line_start if index + 1 < len(labels) else len(text)
        passed = handover(text, raw.after, limit)
        if passed is None:
            runs.append((raw, who, raw.after, limit))
            continue
        # The floor handed over: the paragraphs after the handover are the introduced speaker's.
        split, name, titles = passed
        runs.append((raw, who, raw.after, split))
        runs.append((None, Who(name, titles, True, False, None), split, limit))
    for raw_or_none, who, after, limit in runs:
        pieces = layout.segments(after, limit)
        if raw_or_none is None:
            turns.extend(
                Turn(speaker=who.name, text=text[b:e], span=Span(start=b, end=e), titles=who.titles) for b, e in pieces
            )
            continue
        raw = raw_or_none
        label_text = text[raw.start : raw.end]
        label_span = Span(start=raw.start, end=raw.end)
        if not pieces:
            defects.append(Defect(code="empty-turn", message=f"label {label_text!r} has no text", span=label_span))
            continue
        begin, end = pieces[-1]
        pieces[-1] = (begin, _without_stage_direction(text, begin, end))
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
