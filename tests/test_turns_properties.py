"""Property tests for transcript turns: generated transcripts whose turns are known, and invariants."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from nato_press import Block, Header, Span
from nato_press._records import BlockKind
from nato_press._turns import find_turns
from nato_press._turns._vocab import (
    ACRONYMS,
    ANSWER_WORDS,
    CONNECTORS,
    HEADING_TAIL_WORDS,
    HEADING_WORDS,
    OUTLET_WORDS,
    PARTICLES,
    ROLE_WORDS,
    SENTENCE_STARTERS,
    TITLE_ACRONYMS,
    TITLE_WORDS,
)
from nato_press._turns._words import key

# Words a generated name never uses: they are vocabulary, not names.
_RESERVED = (
    TITLE_WORDS
    | ACRONYMS
    | HEADING_WORDS
    | HEADING_TAIL_WORDS
    | OUTLET_WORDS
    | SENTENCE_STARTERS
    | PARTICLES
    | CONNECTORS
    | ANSWER_WORDS
    | set(ROLE_WORDS)
    | set(TITLE_ACRONYMS)
)

# Name parts: a capital then lower-case letters (some beyond ASCII), never a vocabulary word.
_part = st.builds(
    lambda head, tail: head + tail,
    st.sampled_from("ABCDEFGHJKLMNOPRSTUVWZ"),
    st.text(alphabet="abcdefghijklmnoprstuvwyzéăøü", min_size=2, max_size=8),
).filter(lambda w: key(w) not in _RESERVED)
_first = st.one_of(_part, st.builds(lambda a, b: f"{a}-{b}", _part, _part))
_surname = st.one_of(
    _part,
    st.builds(lambda a, b: f"{a}-{b}", _part, _part),
    st.builds(lambda a: f"O'{a}", _part),
)
_particles = st.sampled_from(["", "von der ", "de ", "van ", "da "])
_initial = st.sampled_from(["", "M. ", "J. "])

_RANKS = ["General", "Lieutenant General", "Admiral", "Ambassador", "Air Marshal", "Major General", "Dr.", "President"]
_ROLES = ["NATO Spokesperson", "Secretary General of NATO", "Former Foreign Minister of Australia", "Moderator"]
_OUTLETS = ["Reuters", "AFP", "Baltic News Service", "Sky News"]


@dataclass(frozen=True)
class Person:
    name: str
    rank: str | None
    roles: tuple[str, ...]


_person = st.builds(
    Person,
    name=st.builds(lambda f, i, p, s: f"{f} {i}{p}{s}", _first, _initial, _particles, _surname),
    rank=st.one_of(st.none(), st.sampled_from(_RANKS)),
    roles=st.one_of(st.just(()), st.lists(st.sampled_from(_ROLES), min_size=1, max_size=2, unique=True).map(tuple)),
)

# Turn text: sentences of lower-case words, some with colons that are no labels.
_WORDS = [
    "the",
    "allies",
    "agreed",
    "to",
    "strengthen",
    "our",
    "deterrence",
    "and",
    "defence",
    "today",
    "in",
    "brussels",
]
_sentence = st.lists(st.sampled_from(_WORDS), min_size=2, max_size=9).map(
    lambda ws: ws[0].capitalize() + " " + " ".join(ws[1:]) + "."
)
_ADVERSARIAL = [
    "The result is: unity.",
    "We met at 11:17 today.",
    "See https://www.nato.int/cps/en/natohq/news.htm for details.",
    "Note: the figures are provisional.",
    "Source: NATO.",
    "This is what I think: we are ready.",
    "Last updated: 07 Nov. 2017 11:17",
]
_line = st.one_of(_sentence, _sentence, _sentence, st.sampled_from(_ADVERSARIAL))
_paragraph = st.lists(_line, min_size=1, max_size=3).map("\n".join)
_turn_text = st.lists(_paragraph, min_size=1, max_size=3)
_space = st.sampled_from([" ", "  ", "\u00a0 ", "\t"])

_PERSON_STYLES = ["plain", "caps", "rank", "aside", "caps-rank", "own-line"]


@dataclass(frozen=True)
class Expected:
    speaker: str
    text: str
    titles: tuple[str, ...]
    is_person: bool
    is_question: bool = False


def _person_label(person: Person, style: str) -> tuple[str, tuple[str, ...]]:
    """The label text (without colon) of *person* in *style*, and the titles it gives."""
    if style == "caps":
        return person.name.upper(), ()
    if style in ("rank", "caps-rank") and person.rank is not None:
        label = f"{person.rank} {person.name}"
        return (label.upper() if style == "caps-rank" else label), (person.rank,)
    if style == "aside" and person.roles:
        return f"{person.name} [{', '.join(person.roles)}]", person.roles
    return person.name, ()


@st.composite
def transcripts(draw: st.DrawFn, dash: bool = False) -> tuple[str, list[Block], list[Expected]]:
    # Speakers, then journalists and a moderator named in their labels ("Q [Name, Outlet]",
    # "Moderator (Name)"), all with different surnames.
    everyone = draw(st.lists(_person, min_size=3, max_size=5, unique_by=lambda p: p.name.split()[-1].casefold()))
    people, journalist, moderator = everyone[:-2], everyone[-2], everyone[-1]
    count = draw(st.integers(min_value=2, max_value=6))
    text = ""
    blocks: list[Block] = []
    expected: list[Expected] = []

    def add(paragraph: str, kind: BlockKind = "body") -> None:
        nonlocal text
        if text:
            blocks.append(Block(kind="blank", span=Span(start=len(text), end=len(text) + 2)))
            text += "\n\n"
        blocks.append(Block(kind=kind, span=Span(start=len(text), end=len(text) + len(paragraph))))
        text += paragraph

    for _ in range(count):
        paragraphs = draw(_turn_text)
        titles: tuple[str, ...]
        who = draw(st.integers(min_value=-2, max_value=len(people) - 1))
        question = who == -2
        if who == -2:
            label, speaker, titles, person = draw(st.sampled_from(["Q", "Question", "QUESTION"])), "Q", (), False
            named = draw(st.sampled_from(["", "outlet", "name"])) if not dash else ""
            if named == "outlet":
                label += f" ({draw(st.sampled_from(_OUTLETS))})"
            elif named == "name":
                label += f" [{journalist.name}, {draw(st.sampled_from(_OUTLETS))}]"
                speaker, person = journalist.name, True
        elif who == -1:
            label, speaker, titles, person = draw(st.sampled_from(["MODERATOR", "Moderator"])), "Moderator", (), False
            if not dash and draw(st.booleans()):
                label = f"Moderator ({moderator.name})"
                speaker, titles, person = moderator.name, ("Moderator",), True
        else:
            style = draw(st.sampled_from(_PERSON_STYLES))
            label, titles = _person_label(people[who], style)
            speaker, person = people[who].name, True
        if dash:
            if "[" in label or "(" in label:
                label = label.split(" [")[0].split(" (")[0]
                titles = ()
            first = f"{label} - {paragraphs[0]}"
        elif draw(st.booleans()) and who >= 0:
            first = f"{label}:\n{paragraphs[0]}"  # the label alone on its line
        else:
            first = f"{label}:{draw(_space)}{paragraphs[0]}"
        add(first)
        for paragraph in paragraphs[1:]:
            add(paragraph)
        expected.append(Expected(speaker, "\n\n".join(paragraphs), titles, person, question))
    return text, blocks, expected


@settings(max_examples=300, deadline=None)
@given(transcripts())
def test_generated_transcripts_are_read_back(case: tuple[str, list[Block], list[Expected]]) -> None:
    text, blocks, expected = case
    turns, defects = find_turns(text, blocks, Header(kind="transcript"))
    assert [(t.speaker, t.text) for t in turns] == [(e.speaker, e.text) for e in expected]
    assert [t.titles for t in turns] == [e.titles for e in expected]
    assert [t.is_person for t in turns] == [e.is_person for e in expected]
    assert [t.is_question for t in turns] == [e.is_question for e in expected]
    for turn in turns:
        assert text[turn.span.start : turn.span.end] == turn.text
        assert turn.label_span is not None and text[turn.label_span.start : turn.label_span.end] == turn.label
    assert defects == []


@pytest.mark.xfail(
    strict=False,
    reason="known bug: a dash label with a middle initial loses the part after the initial (round-2 label rules)",
)
@settings(max_examples=150, deadline=None)
@given(transcripts(dash=True))
def test_generated_dash_transcripts_are_read_back(case: tuple[str, list[Block], list[Expected]]) -> None:
    text, blocks, expected = case
    header = Header(kind="transcript", title="Joint press point with the Prime Minister")
    turns, _ = find_turns(text, blocks, header)
    assert [(t.speaker, t.text) for t in turns] == [(e.speaker, e.text) for e in expected]


@settings(max_examples=150, deadline=None)
@given(transcripts())
def test_labelled_transcripts_need_no_header_when_two_speakers_talk(
    case: tuple[str, list[Block], list[Expected]],
) -> None:
    text, blocks, expected = case
    turns, _ = find_turns(text, blocks, Header(kind="other"))
    if len({e.speaker for e in expected}) >= 2:
        assert [(t.speaker, t.text) for t in turns] == [(e.speaker, e.text) for e in expected]
    else:
        assert turns == []


@settings(max_examples=150, deadline=None)
@given(_person, st.sampled_from(_RANKS), _turn_text, _turn_text)
def test_opening_statement_and_surname_labels_resolve_to_the_announced_speaker(
    person: Person, rank: str, opening: list[str], answer: list[str]
) -> None:
    surname = person.name.split()[-1]
    title = f"Press conference by NATO Secretary General {person.name} following the meeting"
    paragraphs = [
        title,
        f"Good afternoon. {opening[0]}",
        *opening[1:],
        "Q: What now?",
        f"{rank} {surname}: {answer[0]}",
        *answer[1:],
    ]
    text = "\n\n".join(paragraphs)
    blocks: list[Block] = []
    pos = 0
    for index, paragraph in enumerate(paragraphs):
        if index:
            blocks.append(Block(kind="blank", span=Span(start=pos, end=pos + 2)))
            pos += 2
        blocks.append(Block(kind="title" if index == 0 else "body", span=Span(start=pos, end=pos + len(paragraph))))
        pos += len(paragraph)
    turns, defects = find_turns(text, blocks, Header(title=title, kind="transcript"))
    assert [(t.speaker, t.label) for t in turns] == [
        (person.name, None),
        ("Q", "Q"),
        (person.name, f"{rank} {surname}"),
    ]
    assert turns[0].text == "\n\n".join([f"Good afternoon. {opening[0]}", *opening[1:]])
    assert turns[2].text == "\n\n".join(answer)
    assert turns[0].titles == ("Secretary General",)
    assert defects == []


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(_sentence, st.sampled_from(_ADVERSARIAL)), min_size=1, max_size=12))
def test_news_paragraphs_with_colons_have_no_turns(lines: list[str]) -> None:
    text = "\n\n".join(lines)
    for kind in ("news", "other", "press_release"):
        turns, defects = find_turns(text, [Block(kind="body", span=Span(start=0, end=len(text)))], Header(kind=kind))
        assert turns == [] and defects == []


_ALPHABET = st.sampled_from(
    [
        *"QAModeratrJnsStlbgqa:()[]-–—,. \n\n\n\t\u00a0\u200b\r\"“”'’0123456789",
        "https://",
        "Q: ",
        ":\n",
        "\n\n",
        "𝔑",
        "İ",
    ]
)
_KINDS: list[BlockKind] = ["body", "body", "body", "caption", "boilerplate", "header", "title", "notes"]


@st.composite
def pages(draw: st.DrawFn) -> tuple[str, list[Block]]:
    text = "".join(draw(st.lists(_ALPHABET, max_size=200)))
    cuts = sorted(set(draw(st.lists(st.integers(min_value=0, max_value=len(text)), max_size=8))) | {0, len(text)})
    blocks = [
        Block(kind=draw(st.sampled_from(_KINDS)), span=Span(start=a, end=b))
        for a, b in itertools.pairwise(cuts)
        if b > a
    ]
    return text, blocks


_headers = st.builds(
    Header,
    title=st.one_of(
        st.none(),
        st.text(max_size=60),
        st.sampled_from(["Press conference by NATO Secretary General Jens Stoltenberg", "Remarks by", "Speech by the"]),
    ),
    kind=st.sampled_from(["news", "transcript", "speech", "other", "digest", "press_release"]),
)


@settings(max_examples=400, deadline=None)
@given(pages(), _headers)
@example(  # a turn's text never starts in a caption between the label's block and the next body block
    (
        "Q: QQ",
        [
            Block(kind="body", span=Span(start=0, end=3)),
            Block(kind="caption", span=Span(start=3, end=4)),
            Block(kind="body", span=Span(start=4, end=5)),
        ],
    ),
    Header(kind="transcript"),
)
def test_invariants_on_arbitrary_pages(page: tuple[str, list[Block]], header: Header) -> None:
    text, blocks = page
    turns, defects = find_turns(text, blocks, header)
    body = [b.span for b in blocks if b.kind == "body"]
    previous_end = 0
    for turn in turns:
        assert text[turn.span.start : turn.span.end] == turn.text
        assert turn.text and turn.text == turn.text.strip()
        assert turn.span.start >= previous_end
        previous_end = turn.span.end
        if turn.label_span is not None:
            assert turn.label == text[turn.label_span.start : turn.label_span.end]
            assert turn.label_span.end <= turn.span.start
            assert any(span.start <= turn.label_span.end - 1 < span.end for span in body)
        assert any(span.start <= turn.span.start < span.end for span in body)
    for defect in defects:
        assert defect.span is None or defect.span.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), _headers)
def test_never_raises_on_any_text(text: str, header: Header) -> None:
    blocks = [Block(kind="body", span=Span(start=0, end=len(text)))] if text else []
    turns, _ = find_turns(text, blocks, header)
    for turn in turns:
        assert text[turn.span.start : turn.span.end] == turn.text


_LEADS = [
    "{rank} {name}, {role}, spoke to us on the sidelines of the meeting.",
    "We spoke to {rank} {name} about the new plans.",
    "{rank} {name} told Defence Weekly what the plans mean.",
    "In an interview with Defence Weekly, {rank} {name} said the plans work.",
]


@settings(max_examples=150, deadline=None)
@given(
    _person,
    st.sampled_from(_RANKS),
    st.sampled_from(_LEADS),
    st.lists(st.tuples(_sentence, _sentence), min_size=2, max_size=4),
    st.booleans(),
)
def test_generated_interviews_give_the_answers_to_the_interviewee(
    person: Person, rank: str, lead: str, exchanges: list[tuple[str, str]], chrome: bool
) -> None:
    paragraphs: list[tuple[BlockKind, str]] = []
    if chrome:
        paragraphs += [("boilerplate", "Skip to main content"), ("body", "Defence Weekly\nWorld | Europe | Opinion")]
    paragraphs.append(("body", lead.format(rank=rank, name=person.name, role="Chair of the Military Committee")))
    for question, answer in exchanges:
        paragraphs += [("body", f"Q: {question}"), ("body", f"A: {answer}")]
    text = ""
    blocks: list[Block] = []
    for kind, paragraph in paragraphs:
        if text:
            blocks.append(Block(kind="blank", span=Span(start=len(text), end=len(text) + 2)))
            text += "\n\n"
        blocks.append(Block(kind=kind, span=Span(start=len(text), end=len(text) + len(paragraph))))
        text += paragraph
    turns, _ = find_turns(text, blocks, Header(kind="news"))
    expected = [t for question, answer in exchanges for t in (("Q", question), (person.name, answer))]
    assert [(t.speaker, t.text) for t in turns] == expected
    assert all(t.is_question is (t.speaker == "Q") for t in turns)
