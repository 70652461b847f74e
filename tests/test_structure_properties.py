"""Property tests of the document-structure stages: segmentation, header, footnotes, language.

Two kinds: invariants on arbitrary text (the partition is lossless, nothing raises, spans slice to
their text), and round trips on generated press texts whose truth is known (chrome lines, a title,
a dateline in one of the header families, body paragraphs with footnote markers, a notes section):
render, parse, compare.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass

from hypothesis import example, given, settings
from hypothesis import strategies as st

from nato_press._dates import scan_dates
from nato_press._records import Block, Span
from nato_press._structure._footnotes import find_footnotes
from nato_press._structure._header_dates import dates_in
from nato_press._structure._language import detect_language
from nato_press._structure._segment import segment

# ---------------------------------------------------------------- invariants on any text

# Characters that stress line splitting and stripping, mixed with ordinary text.
LINE_BREAKS = ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"]
FRAGMENTS = [
    *LINE_BREAKS,
    " ",
    "\t",
    "\xa0",
    "•",
    "|",
    "[1]",
    "[2]",
    "¹",
    "1.",
    "Notes",
    "Mehr zum Thema",
    "Share",
    "READ MORE: ",
    "Q2/2020 - NATO",
    "07 Nov. 2017 - | Last updated: 07 Nov. 2017 11:17",
    "December 13, 2018",
    "https://www.nato.int/x.htm?a=b).",
    "Press conference by the Secretary General",
    "Allies met today.",
    "WASHINGTON, Sept. 21, 2011 — ",
    "SHAPE, Mons, Belgium – (Mar. 14, 2024) ",
    "Capellen, Luxembourg – 21 September 2023 – ",
    "Accept all cookies",
    "Home\nAbout us\nContact\n",
    "NATO - North Atlantic Treaty Organisation",
    "Register",
    "©",
    "\U0001f600",
]
any_text = st.one_of(
    st.text(),
    st.lists(st.sampled_from([*LINE_BREAKS, " ", "a", "B", ".", "•", "["])).map("".join),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=30).map("".join),
)


def assert_partition(text: str, blocks: list[Block]) -> None:
    position = 0
    for block in blocks:
        assert block.span.start == position, "blocks must be contiguous"
        assert block.span.end > block.span.start, "no empty blocks"
        piece = block.span.slice(text)
        if block.kind == "blank":
            assert piece.strip() == ""
        else:
            assert piece.strip() == piece and piece
        assert (block.reason is not None) == (block.kind == "boilerplate")
        position = block.span.end
    assert position == len(text)
    assert "".join(b.span.slice(text) for b in blocks) == text


@given(any_text)
@example("")
@example("a\r\nb\rc\u2028d")
@example("\r\n" * 40)
@example(" \n \n")
@example("[1]" * 200)
@settings(max_examples=300, deadline=None)
def test_any_text_is_partitioned_losslessly(text: str) -> None:
    blocks, header, defects = segment(text)
    assert_partition(text, blocks)
    for span in (header.title_span, header.published_span, header.updated_span):
        if span is not None:
            assert 0 <= span.start <= span.end <= len(text)
    if header.title_span is not None:
        assert header.title is not None
        assert " ".join(header.title_span.slice(text).split()) == header.title
    notes, note_defects = find_footnotes(text, blocks)
    for note in notes:
        if note.span is not None:
            assert note.span.slice(text) == note.text
        for marker in note.markers:
            assert 0 <= marker.start < marker.end <= len(text)
    for defect in (*defects, *note_defects):
        if defect.span is not None:
            assert 0 <= defect.span.start <= defect.span.end <= len(text)
    assert detect_language(text, blocks) in (None, "en", "fr", "de")


def test_cost_grows_linearly_with_size() -> None:
    unit = "Allies met today.[1] They agreed.\n\nShare\n\n“Quote” [2]\n" * 20

    def cost(text: str) -> float:
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            blocks, _header, _defects = segment(text)
            find_footnotes(text, blocks)
            detect_language(text, blocks)
            best = min(best, time.perf_counter() - start)
        return best

    small, large = cost(unit), cost(unit * 16)
    assert large < small * 16 * 4  # linear, with room for noise


def test_pathological_inputs_stay_fast() -> None:
    for text in ('"' * 100_000, "[" * 100_000, "\n" * 100_000, "a" * 100_000, "1." * 50_000, "• |\n" * 20_000):
        start = time.perf_counter()
        blocks, _header, _defects = segment(text)
        find_footnotes(text, blocks)
        detect_language(text, blocks)
        assert time.perf_counter() - start < 2.0


# ---------------------------------------------------------------- generated documents

CHROME_TOP = [
    "Spread the love",
    "Share",
    "Print",
    "Home > News > Press releases",
    "Register",
    "Tweet",
    "Accept all cookies\nReject non-essential cookies\nManage preferences",
    "We use cookies to give you the best experience on our website.",
    "Skip to main content",
    "Tout accepter",
    "Alle akzeptieren",
    "Home\nAbout us\nNewsroom\nContact",
]
CHROME_BOTTOM = [
    "Like it? Share with your friends!",
    "Source: nato.int",
    "READ MORE: Allies agree on a new plan",
    "Lire le texte complet",
    "ARCHIVES",
    "© NATO 2020. All rights reserved.",
]
SUBJECTS = ["The Council", "Allies", "NATO Defence Ministers", "The Secretary General", "The Alliance", "Ministers"]
VERBS = ["agreed on", "discussed", "reviewed", "welcomed", "condemned", "strengthened"]
OBJECTS = [
    "the new plan for the Baltic region",
    "the situation in Afghanistan",
    "the readiness of the forces",
    "the cyber defence pledge",
    "cooperation with the European Union",
    "the air policing mission",
]
TITLE_TOPICS = ["Baltic security", "cyber defence", "the Wales Summit", "military mobility", "Afghanistan"]
PEOPLE = ["NATO Secretary General Jens Stoltenberg", "the Chair of the NATO Military Committee"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass
class Truth:
    text: str
    title: str
    published: dt.date
    kind: str
    chrome: list[str]
    sentences: list[str]
    notes: list[tuple[str, tuple[str, ...]]]


@st.composite
def titles(draw: st.DrawFn) -> tuple[str, str | None]:
    """A title and the kind its words announce (None for a plain news title)."""
    form = draw(st.integers(0, 3))
    topic = draw(st.sampled_from(TITLE_TOPICS))
    if form == 0:
        return f"{draw(st.sampled_from(SUBJECTS))} {draw(st.sampled_from(VERBS))} {topic}", None
    if form == 1:
        return f"Press conference by {draw(st.sampled_from(PEOPLE))} on {topic}", "transcript"
    if form == 2:
        return f"Speech by {draw(st.sampled_from(PEOPLE))} on {topic}", "speech"
    return f"Statement by the North Atlantic Council on {topic}", "statement"


def render_dateline(family: int, day: dt.date, hour: int, minute: int) -> tuple[str, str]:
    """A dateline of one header family for *day*, and the kind the family gives by default."""
    abbreviated = day.strftime("%b") + ("" if day.month == 5 else ".")  # nato.int writes "Jun.", "Sep.", "May"
    nato_day = f"{day.day:02d} {abbreviated} {day.year}"
    long_day = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    us_day = f"{day.month:02d}/{day.day:02d}/{day.year}"
    if family == 0:
        return f"{nato_day} - | Last updated: {nato_day} {hour:02d}:{minute:02d}", "news"
    if family == 1:
        return f"  • {nato_day} -\n  • |\n  • Last updated: {nato_day} {hour:02d}:{minute:02d}", "news"
    if family == 2:
        return f"{us_day} | Press release | Distributed by Public on {us_day} {hour:02d}:{minute:02d}", "press_release"
    if family == 3:
        return f"BELGIUM–(ENEWSPF)–{long_day}.", "republished"
    if family == 5:
        # opens the first paragraph: an organisation's own dateline, the date between dashes
        return f"Capellen, Luxembourg – {long_day} – ", "news"
    if family == 6:
        # opens the first paragraph: the date in brackets
        us_written = f"{day.strftime('%b')}{'' if day.month == 5 else '.'} {day.day}, {day.year}"
        return f"SHAPE, Mons, Belgium – ({us_written}) ", "news"
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}", "news"


@st.composite
def documents(draw: st.DrawFn) -> Truth:
    top = draw(st.lists(st.sampled_from(CHROME_TOP), max_size=3, unique=True))
    bottom = draw(st.lists(st.sampled_from(CHROME_BOTTOM), max_size=3, unique=True))
    title, cue = draw(titles())
    day = draw(st.dates(dt.date(1995, 1, 1), dt.date(2030, 12, 31)))
    family = draw(st.integers(0, 6))
    dateline, default_kind = render_dateline(family, day, draw(st.integers(0, 23)), draw(st.integers(0, 59)))
    paragraphs: list[str] = []
    sentences: list[str] = []
    label = 0
    notes: list[tuple[str, tuple[str, ...]]] = []
    for _ in range(draw(st.integers(1, 4))):
        parts = []
        for _ in range(draw(st.integers(1, 3))):
            sentence = (
                f"{draw(st.sampled_from(SUBJECTS))} {draw(st.sampled_from(VERBS))} {draw(st.sampled_from(OBJECTS))}."
            )
            sentences.append(sentence)
            if draw(st.booleans()) and label < 9:
                label += 1
                sentence += f"[{label}]"
                url = f"https://www.nato.int/cps/en/natohq/news_{draw(st.integers(1, 99999))}.htm"
                if draw(st.booleans()):
                    url += "?selectedLocale=en"
                notes.append((str(label), (url,)))
            parts.append(sentence)
        paragraphs.append(" ".join(parts))
    notes_section = ""
    if notes:
        heading = draw(st.sampled_from(["Notes", "Footnotes", "Endnotes", "Mehr zum Thema"]))
        lines = [f"  {n}. [{n}] Statement by the Council, {urls[0]}." for n, urls in notes]
        notes_section = "\n\n" + heading + "\n" + "\n".join(lines)
    if family >= 5:
        paragraphs[0] = dateline + paragraphs[0]
        pieces = [*top, title, *paragraphs]
    else:
        pieces = [*top, title, dateline, *paragraphs]
    text = "\n\n".join(pieces) + notes_section + "".join("\n\n" + c for c in bottom) + "\n"
    if cue is not None:
        kind = cue
    elif default_kind == "news" and family in (4, 5, 6) and notes:
        kind = "digest"  # an untitled-header essay with numbered references reads as a digest
    else:
        kind = default_kind
    return Truth(
        text=text, title=title, published=day, kind=kind, chrome=top + bottom, sentences=sentences, notes=notes
    )


@given(documents())
@settings(max_examples=150, deadline=None)
def test_generated_documents_round_trip(truth: Truth) -> None:
    text = truth.text
    blocks, header, _defects = segment(text)
    assert_partition(text, blocks)
    assert header.title == truth.title
    published = header.published.date() if isinstance(header.published, dt.datetime) else header.published
    assert published == truth.published
    assert header.kind == truth.kind
    notes, defects = find_footnotes(text, blocks)
    assert [(n.label, n.urls) for n in notes] == truth.notes
    assert all(len(n.markers) == 1 for n in notes)
    assert defects == []
    boilerplate = [b.span.slice(text) for b in blocks if b.kind == "boilerplate"]
    chrome = "\n".join(boilerplate)
    for line in truth.chrome:
        assert all(part in chrome for part in line.split("\n")), line
    article = [b.span.slice(text) for b in blocks if b.kind == "body"]
    for sentence in truth.sentences:
        assert any(sentence in piece for piece in article), sentence
        assert not any(sentence in piece for piece in boilerplate)
    language = detect_language(text, blocks)
    assert language == "en" if len(truth.sentences) > 1 else language in ("en", None)


# ---------------------------------------------------------------- header dates agree with the date grammar

DAY_FORMS = st.sampled_from(
    [
        "{d:02d} {b}. {y}",
        "{d} {B} {y}",
        "{B} {d}, {y}",
        "{b}. {d}, {y}",
        "{m:02d}/{d:02d}/{y}",
        "{d:02d}/{m:02d}/{y}",
        "{d}. {B} {y}",
        "{d}-{B}-{y}",
        "{y}-{m:02d}-{d:02d}",
        "Monday {d} {B} {y}",
        "{d}-{e} {B} {y}",
        "{d} {B}",
        "{B} {d}",
    ]
)
TIMES = st.sampled_from(["", " 11:17", " 05:41", " 11:17 CET", " 10:00 a.m.", " 14h05", " 9:30 Uhr", ", 11:17"])
CONTEXT = st.sampled_from(
    ["", "• ", "Last updated: ", "Posted on ", " - |", " | Press release | ", "Brussels, ", " (AFP) ", "29 Allies ",
     "the 21st Century ", " – ", "(", ")", " and 5 ", "No. 12 "]
)


@st.composite
def header_lines(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 3))):
        day = draw(st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
        form = draw(DAY_FORMS)
        written = form.format(d=day.day, e=min(28, day.day + 1), m=day.month, y=day.year, b=day.strftime("%b"),
                              B=day.strftime("%B"))
        parts.append(draw(CONTEXT) + written + draw(TIMES) + draw(CONTEXT))
    return "".join(parts)


PLAIN_FORMS = st.sampled_from(["{d:02d} {b}. {y}", "{d} {B} {y}", "{B} {d}, {y}", "{m:02d}/{d:02d}/{y}", "{d} {b} {y}"])
LABELS = st.sampled_from(["", "• ", "Last updated: ", "Posted on ", "Issued on ", "Brussels, ", "BELGIUM–(ENEWSPF)–"])
ENDS = st.sampled_from(["", " -", " - |", ".", " | Press release"])


@st.composite
def plain_header_lines(draw: st.DrawFn) -> str:
    """Header lines in the plain forms the header reads itself ("• Last updated: 09 Jun. 2016 16:58")."""
    parts = []
    for _ in range(draw(st.integers(1, 2))):
        day = draw(st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
        written = draw(PLAIN_FORMS).format(d=day.day, m=day.month, y=day.year, b=day.strftime("%b"),
                                           B=day.strftime("%B"))
        parts.append(draw(LABELS) + written + draw(st.sampled_from(["", " 11:17", " 05:41"])) + draw(ENDS))
    return " ".join(parts)


def grammar_days(text: str) -> list[tuple[int, int, dt.date, dt.time | None]]:
    found, _relative, _defects = scan_dates(text, [Span(start=0, end=len(text))])
    return [(m.span.start, m.span.end, m.start, m.time) for m in found if m.precision == "day"]


@given(st.one_of(plain_header_lines(), header_lines(), any_text))
@example("07 Nov. 2017 - | Last updated: 07 Nov. 2017 11:17")
@example("• 19 Sep. 2014 - 21 Sep. 2014")
@example("BELGIUM–(ENEWSPF)–December 13, 2018.")
@settings(max_examples=400, deadline=None)
def test_header_dates_are_the_date_grammars(line: str) -> None:
    # The plain header forms are read without the grammar; whatever path is taken, the days agree.
    read = [(d.start, d.end, d.day, d.time) for d in dates_in(line, 0, len(line))]
    assert read == grammar_days(line)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=60))
@settings(max_examples=200, deadline=None)
def test_front_matter_title_reads_back_its_escaped_value(title: str) -> None:
    # Any title written as a YAML double-quoted scalar ("\\" and '"' escaped) is read back, white space collapsed.
    escaped = title.replace("\\", "\\\\").replace('"', '\\"')
    text = f'---\ndate: 2024-07-05\ntitle: "{escaped}"\n---\n\nAllies met.'
    blocks, header, _ = segment(text)
    assert_partition(text, blocks)
    assert header.title == (" ".join(title.split()) or None)
    assert header.published == dt.date(2024, 7, 5)
