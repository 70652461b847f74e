"""Footnotes: markers in the article, notes sections, URLs, and markers without notes."""

from __future__ import annotations

import pytest

import nato_press
from nato_press._records import Defect, Footnote
from nato_press._structure._footnotes import find_footnotes, find_urls, notes_heading
from nato_press._structure._segment import segment


def notes_of(text: str) -> tuple[list[Footnote], list[Defect]]:
    blocks, _header, _defects = segment(text)
    return find_footnotes(text, blocks)


def check_spans(text: str, notes: list[Footnote]) -> None:
    for note in notes:
        if note.span is not None:
            assert note.span.slice(text) == note.text
        for marker in note.markers:
            assert marker.slice(text).strip("[]").translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")) == note.label


@pytest.mark.parametrize(
    ("body", "marker"),
    [
        ("The Council condemned the attacks[1].", "[1]"),
        ("The Council condemned the attacks [1].", "[1]"),
        ("The Council condemned the attacks.[1]", "[1]"),
        ("The Council condemned the attacks.¹", "¹"),
        ("The Council condemned the attacks at the summit.1 Allies agreed.", "1"),
        ("It served its purpose.’1 Allies agreed.", "1"),
    ],
)
def test_marker_forms_link_to_their_note(body: str, marker: str) -> None:
    text = body + "\n\nNotes\n1. Statement by the Council, https://www.nato.int/cps/en/natohq/news_1.htm"
    notes, defects = notes_of(text)
    assert defects == []
    assert [(n.label, n.urls) for n in notes] == [("1", ("https://www.nato.int/cps/en/natohq/news_1.htm",))]
    assert [m.slice(text) for m in notes[0].markers] == [marker]
    check_spans(text, notes)


@pytest.mark.parametrize(
    "heading", ["Notes", "Footnotes", "Endnotes", "References", "Références", "Mehr zum Thema", "Fußnoten", "Notes:"]
)
def test_notes_headings(heading: str) -> None:
    text = f"Allies met.[1] They agreed.[2]\n\n{heading}\n[1] First note.\n[2] Second note, www.nato.int/a."
    notes, defects = notes_of(text)
    assert defects == []
    assert [(n.label, n.text, n.urls) for n in notes] == [
        ("1", "First note.", ()),
        ("2", "Second note, www.nato.int/a.", ("www.nato.int/a",)),
    ]


def test_numbered_and_bracketed_note_lines_take_the_bracket_label() -> None:
    text = (
        "The Council spoke[1]. The Secretary General informed the press[2].\n\n\nMehr zum Thema\n"
        "  1. [1] Statement by the North Atlantic Council: „We stand united.“ https://www.nato.int/a.htm?selectedLocale=en\n"
        "  2. [2] Press conference: „Ministers decided.“, in: https://www.nato.int/b.htm?selectedLocale=en"
    )
    notes, defects = notes_of(text)
    assert defects == []
    assert [(n.label, n.urls) for n in notes] == [
        ("1", ("https://www.nato.int/a.htm?selectedLocale=en",)),
        ("2", ("https://www.nato.int/b.htm?selectedLocale=en",)),
    ]
    assert notes[0].text.startswith("Statement by") and "„We stand united.“" in notes[0].text
    check_spans(text, notes)


def test_note_continued_on_the_next_line() -> None:
    text = "Allies met.[1]\n\nNotes\n[1] A long note that goes on\nover a second line https://example.org/x\n"
    notes, _defects = notes_of(text)
    assert notes[0].text == "A long note that goes on\nover a second line https://example.org/x"
    assert notes[0].urls == ("https://example.org/x",)
    check_spans(text, notes)


def test_markers_without_notes_are_footnotes_with_a_defect() -> None:
    text = "Attacks rose by 60 percent.[1] Most were state-sponsored.\n\nThe United States reported most breaches.[2]"
    notes, defects = notes_of(text)
    assert [(n.label, n.text, n.span, n.urls) for n in notes] == [("1", "", None, ()), ("2", "", None, ())]
    assert [d.code for d in defects] == ["footnote-without-note", "footnote-without-note"]
    assert [d.span.slice(text) for d in defects if d.span is not None] == ["[1]", "[2]"]


def test_every_marker_of_a_label_is_linked() -> None:
    text = "First claim.[1] Second claim.[2] Back to the first.[1]\n\nNotes\n[1] One.\n[2] Two."
    notes, _defects = notes_of(text)
    assert [(n.label, len(n.markers)) for n in notes] == [("1", 2), ("2", 1)]


def test_footnotes_are_ordered_by_first_appearance() -> None:
    text = "First cited.[2] Then cited.[1]\n\nNotes\n[1] One.\n[2] Two."
    notes, _defects = notes_of(text)
    assert [n.label for n in notes] == ["2", "1"]


def test_flattened_digits_are_not_markers_without_notes() -> None:
    text = "The summit.1 Allies agreed on 2 plans.\n\nThe area is 5 km² wide."
    notes, defects = notes_of(text)
    assert notes == []
    assert defects == []


def test_a_note_without_marker_is_kept() -> None:
    text = "Allies met.\n\nNotes\n1. A note nobody cites."
    notes, defects = notes_of(text)
    assert [(n.label, n.markers) for n in notes] == [("1", ())]
    assert defects == []


@pytest.mark.parametrize(
    ("note", "urls"),
    [
        ("See https://www.nato.int/x.htm.", ("https://www.nato.int/x.htm",)),
        ("(https://www.nato.int/x.htm)", ("https://www.nato.int/x.htm",)),
        ("[https://www.nato.int/x.htm]", ("https://www.nato.int/x.htm",)),
        (
            "https://en.wikipedia.org/wiki/NATO_(disambiguation),",
            ("https://en.wikipedia.org/wiki/NATO_(disambiguation)",),
        ),
        ("“https://www.nato.int/x.htm?selectedLocale=en”", ("https://www.nato.int/x.htm?selectedLocale=en",)),
        ("two: http://a.org/1; http://b.org/2!", ("http://a.org/1", "http://b.org/2")),
        ("no url here", ()),
    ],
)
def test_urls_lose_trailing_punctuation_and_brackets(note: str, urls: tuple[str, ...]) -> None:
    assert find_urls(note) == urls


def test_markers_in_chrome_are_not_read() -> None:
    text = "Allies met.\n\nREAD MORE: Allies met again [1]"
    notes, _defects = notes_of(text)
    assert notes == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Notes", True),
        ("ENDNOTES :", True),
        ("Notes de bas de page", True),
        ("Further reading:", True),
        ("Notes on the Summit", False),
        ("Sources say the plan is ready.", False),
    ],
)
def test_notes_heading_is_the_whole_line(line: str, expected: bool) -> None:
    assert notes_heading(line) is expected


def test_text_without_notes_or_markers_has_no_footnotes() -> None:
    assert notes_of("Allies met in 2020 and agreed. The plan has 3 parts.") == ([], [])


def test_related_links_heading_over_a_bracketed_note_list_is_a_notes_section() -> None:
    text = (
        "Allies signed the protocols.[1] The Council condemned the attack.[2]\n\nMore on this topic\n"
        "  1. [1] NATO, Allies sign, https://www.nato.int/cps/en/natohq/news_1.htm\n"
        "  2. [2] Statement, https://www.nato.int/cps/en/natohq/official_texts_2.htm\n"
    )
    notes, defects = notes_of(text)
    assert defects == []
    assert [(n.label, n.urls) for n in notes] == [
        ("1", ("https://www.nato.int/cps/en/natohq/news_1.htm",)),
        ("2", ("https://www.nato.int/cps/en/natohq/official_texts_2.htm",)),
    ]


def test_a_numbered_related_links_list_without_markers_stays_chrome() -> None:
    text = "Allies met.\n\nRelated articles\n1. NATO chief visits Norway\n2. Allies agree a plan\n"
    blocks = segment(text)[0]
    assert not any(b.kind == "notes" for b in blocks)


def _markers(text: str) -> dict[str, list[str]]:
    doc = nato_press.parse(text)
    return {n.label: [text[m.start : m.end] for m in n.markers] for n in doc.footnotes}


def test_superscript_after_a_word_counts_from_one() -> None:
    text = "Talks with Norland¹ and Sudland² went well; the site covers 40 km² and Eastland³ too.\n"
    assert _markers(text) == {"1": ["¹"], "2": ["²"], "3": ["³"]}


def test_superscript_after_a_word_out_of_sequence_is_no_marker() -> None:
    assert _markers("The hall covers 40 m² and the yard 12 km³.\n") == {}
    assert _markers("Talks with Norland² went well.\n") == {}


def test_unlabelled_bullet_note_at_the_foot() -> None:
    text = "Talks with Norland¹ went well.\n- Norland is recognised under its constitutional name.\n"
    (note,) = nato_press.parse(text).footnotes
    assert (note.label, note.text) == ("1", "Norland is recognised under its constitutional name.")


def test_flattened_digits_count_one_two_three() -> None:
    text = "Agreed in office.1 Revised later.’2 Noted it.4\n\nNotes\n1. One.\n2. Two.\n4. Four.\n"
    assert _markers(text) == {"1": ["1"], "2": ["2"], "4": []}
