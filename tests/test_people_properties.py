"""Property tests: generate press paragraphs whose speakers and quotes are known, parse, compare.

Names are generated from syllables (with initials, particles and hyphens), given ranks, titles
and appositive roles, quoted in every mark style with the cue before, after, inverted, split
around the quote, continued in the next paragraph, or run over several paragraphs British style.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from nato_press._people import find_people
from nato_press._people._cues import find_cues
from nato_press._people._names import is_name_word
from nato_press._people._quotes import find_marks
from nato_press._people._sentences import sentence_start, sentence_starts
from nato_press._people._tokens import tokenize
from nato_press._records import Header

from .test_quotes import blocks_of

_SYLLABLES = ["ka", "lo", "ren", "mi", "sa", "tov", "vel", "dor", "an", "est", "ri", "bu", "gan", "hel", "jus", "ner"]
_RANKS = [
    "General",
    "Lieutenant General",
    "Rear Admiral",
    "Vice Admiral",
    "Commodore",
    "Air Marshal",
    "Brigadier General",
    "Ambassador",
    "Secretary General",
]
_MARKS = [("“", "”"), ('"', '"'), ("„", "“"), ("«", "»"), ("« ", " »"), ("‘", "’"), ("“", "“"), ('"', "”"), ("“", '"')]
_WORDS = ["we", "will", "defend", "every", "ally", "together", "forces", "ready", "strong", "today", "more", "security"]


def _word(draw: st.DrawFn, capital: bool = True) -> str:
    parts = draw(st.lists(st.sampled_from(_SYLLABLES), min_size=2, max_size=3))
    word = "".join(parts)
    return word.capitalize() if capital else word


@st.composite
def names(draw: st.DrawFn) -> tuple[str, ...]:
    """A person's name as tokens: first name (maybe hyphenated), initials, particles, family name."""
    first = _word(draw)
    if draw(st.booleans()):
        first = f"{first}-{_word(draw)}"
    tokens = [first]
    style = draw(st.sampled_from(["plain", "initial", "initials", "particle"]))
    if style == "initial":
        tokens.append(draw(st.sampled_from("ABDGMT")) + ".")
    elif style == "initials":
        tokens.append(draw(st.sampled_from(["T.G.", "J.D.", "A.B."])))
    elif style == "particle":
        tokens.extend(draw(st.sampled_from([["von", "der"], ["de"], ["van"], ["de", "la"]])))
    tokens.append(_word(draw))
    if not all(is_name_word(t) or t in ("von", "der", "de", "van", "la") for t in tokens):
        tokens = [first, "Karlsvik"]
    return tuple(tokens)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=3, max_size=10))
    text = " ".join(words)
    return text[0].upper() + text[1:] + draw(st.sampled_from(["", ".", "!"]))


@dataclass(frozen=True)
class Person:
    name: tuple[str, ...]
    rank: str
    role: str | None

    @property
    def full(self) -> str:
        return " ".join(self.name)

    def introduction(self) -> str:
        role = f", {self.role}," if self.role else ""
        return f"{self.rank} {self.full}{role} visited the headquarters on Monday."


@st.composite
def persons(draw: st.DrawFn) -> Person:
    role = draw(st.one_of(st.none(), st.builds(lambda w: f"Commander {w} Force", st.sampled_from(["Maritime", "Air"]))))
    return Person(name=draw(names()), rank=draw(st.sampled_from(_RANKS)), role=role)


def run(text: str) -> tuple[list[tuple[str, str | None]], list[str]]:
    speakers, quotes, _ = find_people(text, blocks_of(text), Header(), [], [])
    for q in quotes:
        assert text[q.span.start : q.span.end] == q.text
    return [(q.text, q.speaker) for q in quotes], [s.name for s in speakers if s.kind == "person"]


def _strip(mark_text: str) -> str:
    return mark_text.strip()


# PEOPLE_EXAMPLES raises the number of generated documents for a longer local run.
_EXAMPLES = int(os.environ.get("PEOPLE_EXAMPLES", "60"))
settings_fast = settings(max_examples=_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@settings_fast
@given(persons(), sentences(), st.sampled_from(_MARKS), st.sampled_from(["colon", "after", "inverted", "pronoun"]))
def test_one_speaker_one_quote_in_every_style(person: Person, said: str, marks: tuple[str, str], form: str) -> None:
    o, c = marks
    short = person.name[-1]
    quote = said.rstrip(".!") if form != "colon" else said
    if form == "colon":
        paragraph = f"{person.rank} {short} said: {o}{quote}{c}"
    elif form == "after":
        paragraph = f"{o}{quote},{c} {person.rank} {short} said."
    elif form == "inverted":
        paragraph = f"{o}{quote},{c} said {person.rank} {short}."
    else:
        paragraph = f"{o}{quote},{c} he said."
    text = f"{person.introduction()}\n\n{paragraph}"
    expected = _strip(quote) if form == "colon" else _strip(quote + ",")
    quotes, speakers = run(text)
    assert quotes == [(expected, person.full)]
    assert speakers == [person.full]


@settings_fast
@given(persons(), sentences(), sentences(), st.sampled_from(_MARKS[:5]))
def test_quote_split_around_the_cue(person: Person, first: str, second: str, marks: tuple[str, str]) -> None:
    o, c = marks
    a = first.rstrip(".!")
    b = second[0].lower() + second[1:]
    text = f"{person.introduction()}\n\n{o}{a}{c}, {person.name[-1]} said, {o}{b}{c}"
    quotes, _ = run(text)
    assert quotes == [(a, person.full), (b.strip(), person.full)]


@settings_fast
@given(persons(), persons(), sentences(), sentences())
def test_two_speakers_and_a_continuation_paragraph(first: Person, second: Person, s1: str, s2: str) -> None:
    if first.name[-1] == second.name[-1] or first.rank == second.rank:
        return
    a = s1.rstrip(".!")
    b = s2.rstrip(".!") + "."
    text = (
        f"{first.introduction()} {second.introduction()}\n\n"
        f"“{a},” said {first.rank} {first.name[-1]}.\n\n"
        f"“{b}”\n\n"
        f"“{a} again,” {second.rank} {second.name[-1]} added."
    )
    quotes, speakers = run(text)
    assert quotes == [(f"{a},", first.full), (b, first.full), (f"{a} again,", second.full)]
    assert speakers == [first.full, second.full]


@settings_fast
@given(persons(), st.lists(sentences(), min_size=2, max_size=4))
def test_british_multi_paragraph_quote(person: Person, paragraphs: list[str]) -> None:
    body = [p.rstrip(".!") + "." for p in paragraphs]
    body[-1] = body[-1].rstrip(".")
    rendered = "\n\n“".join(body)
    text = f"{person.introduction()}\n\n{person.rank} {person.name[-1]} said: “{rendered}”, he added."
    quotes, _ = run(text)
    assert len(quotes) == 1
    got, speaker = quotes[0]
    assert got == rendered
    assert speaker == person.full


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"ab .,:\n\"“”„«»‘’'‚‹›-", "He said ", "Jens Tor ", "\n\n", "General "]), max_size=120
    ).map("".join)
)
@example('"' * 2000)
@example("“a ‘b “c ‘d" * 50)
@example("said " * 200)
def test_arbitrary_text_never_raises_and_spans_slice(text: str) -> None:
    speakers, quotes, defects = find_people(text, blocks_of(text), Header(), [], [])
    for q in quotes:
        assert text[q.span.start : q.span.end] == q.text
        assert q.text == q.text.strip() and q.text
        if q.cue_span is not None:
            assert text[q.cue_span.start : q.cue_span.end] == q.cue
    for d in defects:
        assert d.span is not None and text[d.span.start] in "\"“”„«»‘’'‚‹›"
    for s in speakers:
        for m in s.mentions:
            assert text[m.span.start : m.span.end] == m.text


def _cost(text: str) -> float:
    blocks = blocks_of(text)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        find_people(text, blocks, Header(), [], [])
        best = min(best, time.perf_counter() - start)
    return best


def test_cost_grows_linearly_on_adversarial_input() -> None:
    for unit in ['"', "“ab ", 'He said "a b c" and ', "said ", "“x\n\n", '"a. ']:
        small, large = _cost(unit * 1000), _cost(unit * 4000)
        assert large < 12 * small + 0.05, unit


@settings_fast
@given(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3),
    st.sampled_from(_MARKS),
    st.booleans(),
)
def test_terms_in_quotes_without_a_speaker_are_not_quotes(
    words: list[str], marks: tuple[str, str], title: bool
) -> None:
    o, c = marks
    term = " ".join(w.capitalize() for w in words) if title else " ".join(words)
    text = f"The ministers met in Brussels on Monday. They discussed the {o}{term}{c} of the Alliance."
    quotes, speakers = run(text)
    assert quotes == []
    assert speakers == []


@settings_fast
@given(persons(), st.sampled_from(["said", "told reporters", "added", "stressed", "noted", "underlined", "warned"]))
def test_speech_verb_without_quotes_makes_a_speaker(person: Person, verb: str) -> None:
    text = f"The ministers met in Brussels. {person.rank} {person.full} {verb} that Allies were united."
    _, speakers = run(text)
    assert speakers == [person.full]


_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


@settings_fast
@given(
    persons(),
    sentences(),
    st.sampled_from([('"', '"'), ("“", "”"), ("‘", "’"), ("„", "“")]),
    st.integers(min_value=1, max_value=999),
    st.booleans(),
    st.sampled_from([" It commits Allies to more.", "\n\nThe next paragraph follows.", ", and more follows.", ""]),
)
def test_a_note_number_glued_to_a_closing_mark_closes_the_quote(
    person: Person, words: str, marks: tuple[str, str], number: int, superscript: bool, rest: str
) -> None:
    o, c = marks
    call = str(number).translate(_SUPERSCRIPTS) if superscript else str(number)
    body = words.rstrip(".!") + "."
    text = f"{person.introduction()} {person.rank} {person.full} called it {o}{body}{c}{call}{rest}"
    quotes, speakers = run(text)
    assert quotes == [(body, person.full)]
    assert speakers == [person.full]


_PREDICATES = ["put it well", "was very clear", "summed it up", "had a simple message", "put it this way", "wrote"]
_WHEN = ["", " this morning", " in Davos last month", " on Monday", " at the summit"]


@settings_fast
@given(persons(), st.sampled_from(_PREDICATES), st.sampled_from(_WHEN), sentences(), st.sampled_from(_MARKS))
def test_the_subject_of_a_sentence_ending_in_a_colon_speaks(
    person: Person, predicate: str, when: str, words: str, marks: tuple[str, str]
) -> None:
    o, c = marks
    text = f"The ministers met in Brussels. {person.rank} {person.full} {predicate}{when}: {o}{words}{c}"
    quotes, speakers = run(text)
    assert quotes == [(words.strip(), person.full)]
    assert speakers == [person.full]


@settings_fast
@given(
    persons(),
    sentences(),
    st.sampled_from(["a-t-il affirmé", "déclare-t-il", "a-t-il ajouté", "dit-il", "souligne-t-il", "ajoute-t-elle"]),
)
def test_french_verb_with_its_pronoun_after_it(person: Person, words: str, inverted: str) -> None:
    text = f"{person.rank} {person.full} a déclaré que les Alliés étaient unis. « {words} », {inverted}."
    quotes, speakers = run(text)
    assert quotes == [(words, person.full)]
    assert speakers == [person.full]


# The token grammar written as one pattern tried at every character: slow, but plainly right.
_REFERENCE_TOKEN = regex.compile(
    r"""
    (?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Adm|Brig|Sgt|Prof|Cdr|Cmdr|Gov|Sen|Amb|Mme|Hon)\.
    | (?:\p{Lu}\.){1,4}(?![\p{L}\p{N}])
    | [\p{L}\p{M}\p{N}]++(?:['’\-][\p{L}\p{M}\p{N}]++)*+
    | [^\s\p{L}\p{M}\p{N}]
    """,
    regex.VERBOSE,
)
_PIECES = st.sampled_from(
    ["said", "Mr.", "Gen.", "T.G.", "U.S.", "U.S.-led", "NATO’s", "won't", "Hans-Werner", "2021", "(IMS),", "“We",
     "ready.”", "end.", "x.U.S.", "Lt. Gen.", "é", "«", "»", "—", "–", "...", "…", "?!", "a.b", "'90s"]
)  # fmt: skip
_GAPS = st.sampled_from([" ", "  ", "\n", " \n ", "\u00a0", "\t", "     "])


@st.composite
def token_texts(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(_PIECES, min_size=1, max_size=30))
    gaps = draw(st.lists(_GAPS, min_size=len(pieces), max_size=len(pieces)))
    return "".join(p + g for p, g in zip(pieces, gaps, strict=True))


@settings_fast
@given(token_texts(), st.data())
def test_tokenize_matches_the_token_grammar_on_any_window(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    end = data.draw(st.integers(min_value=start, max_value=len(text)))
    expected = [(m.group(), m.start(), m.end()) for m in _REFERENCE_TOKEN.finditer(text, start, end)]
    assert tokenize(text, start, end) == expected


@settings_fast
@given(st.lists(st.sampled_from(["He spoke", "Mr.", "T.G. Marx", "U.S.", "vom 14.", "Juni", "end", "!", "?", "…", ".”",
                                 ". ", "  ", "\n", "said so", "No.", "3."]), max_size=25), st.data())  # fmt: skip
def test_the_sentence_start_before_a_point_is_the_last_sentence_start(pieces: list[str], data: st.DataObject) -> None:
    text = " ".join(pieces)
    at = data.draw(st.integers(min_value=0, max_value=len(text)))
    starts = [0, *(s for s in sentence_starts(text, 0, len(text)) if s <= at)]
    assert sentence_start(text, 0, at, len(text)) == starts[-1]


_FILLER = ["the", "Allies", "met", "in", "Brussels", "on", "Monday", "and", "agreed", "plans", "for", "defence"]
_CUES = ["said", "according to", "told", "pointed out", "a déclaré", "betonte", "statement by", "in a tweet", "added"]


@settings_fast
@given(st.lists(st.tuples(st.sampled_from(_FILLER + _CUES), st.sampled_from([" ", ", ", ". ", "\n"])), max_size=30))
def test_find_cues_finds_each_inserted_cue_where_it_is(parts: list[tuple[str, str]]) -> None:
    text = ""
    expected = []
    for word, gap in parts:
        if word in _CUES:
            expected.append((len(text), len(text) + len(word), word))
        text += word + gap
    assert find_cues(text) == expected


@settings_fast
@given(st.lists(st.sampled_from(["NATO’s", "won't", "Allies’", "“", "”", "«", "»", "„", '"', "‘", "’", "plan", "'"]),
                max_size=30))  # fmt: skip
def test_find_marks_finds_quote_marks_and_leaves_apostrophes_inside_words_out(words: list[str]) -> None:
    text = " ".join(words)
    expected = [
        i
        for i, c in enumerate(text)
        if c in "\"“”„‟«»‹›‘‚'’" and not (0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum())
    ]
    assert find_marks(text, 0, len(text)) == expected
