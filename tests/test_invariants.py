"""Invariants that hold for any input: parse returns, spans are exact, blocks partition the text."""

from __future__ import annotations

import json
import pathlib
import tempfile

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import nato_press

# Fragments of the genre, so that generated text exercises every stage, not only the fallbacks.
FRAGMENTS = [
    "“", "”", '"', "„", "«", "»", "‘", "’", "'", "[1]", "[2]", " 1.", "\n", "\n\n", "\r\n", ":", " - ",
    "17 June 2020", "Sept. 4-5", "Q2/2020", "10/22/2021", "tomorrow", "Thursday", "Last updated: ",
    "Press conference by NATO Secretary General Jens Stoltenberg", "Q: ", "MODERATOR: ", "OANA LUNGESCU:",
    "said", "he added", "Lieutenant General", "(DGIMS)", "https://www.nato.int/x_1.htm?a=b).", "Mehr zum Thema",
    "Register", "•", "|", "COVID-19", "2%", "Mr. Stoltenberg", "the Secretary General", "Allies’", "\u2011",
    "\u2028", "\x00", "\U0001f600",
]

genre_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40).map("".join)


def check(text: str) -> nato_press.Document:
    document = nato_press.parse(text)
    assert [d for d in document.defects if d.code == "internal-error"] == []
    # The blocks are a lossless partition of the input.
    position = 0
    for block in document.blocks:
        assert block.span.start == position and block.span.end > block.span.start
        position = block.span.end
    assert position == len(text)
    assert "".join(b.span.slice(text) for b in document.blocks) == text
    for mention in (*document.dates, *document.relative_dates):
        assert mention.span.slice(text) == mention.text
        assert mention.start <= mention.end
    for quote in document.quotes:
        assert quote.span.slice(text) == quote.text
    for turn in document.turns:
        assert turn.span.slice(text) == turn.text
    for speaker in document.speakers:
        for reference in speaker.mentions:
            assert reference.span.slice(text) == reference.text
    for note in document.footnotes:
        if note.span is not None:
            assert note.span.slice(text) == note.text
        for marker in note.markers:
            assert 0 <= marker.start <= marker.end <= len(text)
    for defect in document.defects:
        if defect.span is not None:
            assert 0 <= defect.span.start <= defect.span.end <= len(text)
    json.dumps(document.to_dict())
    # Deterministic: a second parse gives an equal document.
    assert nato_press.parse(text) == document
    return document


@given(st.text())
@example("")
@example('"' * 1000)
@example("“" * 500 + "”" * 3)
@example("[1]" * 300)
@example("\r\n" * 50)
def test_any_text_parses_with_exact_spans(text: str) -> None:
    check(text)


@given(genre_text)
@settings(max_examples=300)
def test_genre_like_text_parses_with_exact_spans(text: str) -> None:
    check(text)


@given(st.one_of(st.text(), genre_text))
@example("07 Nov. 2017 11:17 CET")
@example("")
@example("Mis à jour le: 22 oct. 2011 14:05")
@example("31 February 2020")
def test_parse_date_raises_only_date_parse_error(text: str) -> None:
    try:
        mention = nato_press.parse_date(text)
    except nato_press.DateParseError as error:
        position = error.position
        assert 0 <= position <= len(text)
        return
    assert mention.span.slice(text) == mention.text
    assert mention.start <= mention.end


@given(st.one_of(st.text(), genre_text))
def test_find_dates_spans_slice_to_their_text(text: str) -> None:
    for mention in nato_press.find_dates(text):
        assert mention.span.slice(text) == mention.text
        assert mention.start <= mention.end


@given(st.binary(max_size=200))
@settings(max_examples=30)
def test_parse_file_raises_only_file_read_error(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as directory:
        path = pathlib.Path(directory, "page.txt")
        path.write_bytes(data)
        try:
            document = nato_press.parse_file(path)
        except nato_press.FileReadError:
            return
        check(document.text)


@pytest.mark.parametrize("value", [None, b"text", 3, ["text"]])
def test_non_str_input_raises_type_error(value: object) -> None:
    with pytest.raises(TypeError):
        nato_press.parse(value)  # type: ignore[arg-type]
    with pytest.raises((TypeError, nato_press.NatoPressError)):
        nato_press.find_dates(value)  # type: ignore[arg-type]
    with pytest.raises((TypeError, nato_press.NatoPressError)):
        nato_press.parse_date(value)  # type: ignore[arg-type]
