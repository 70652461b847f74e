"""Tables: flat rows per record, and one speaker_id per person across documents."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import nato_press
from nato_press import Document, Header, Quote, Span, Speaker, Turn
from nato_press._corpus._tables import TABLE_COLUMNS

DATA = Path(__file__).parent / "data"
CORPUS = sorted((DATA / "seeds").glob("*.txt")) + sorted((DATA / "devset").glob("*.txt"))
KINDS = list(TABLE_COLUMNS)


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    return [nato_press.parse_file(p) for p in CORPUS]


def quoted(doc_id: str, name: str, titles: tuple[str, ...] = ()) -> Document:
    """A document in which *name* says one thing (built by hand: the stages are not under test)."""
    text = f"“Hello,” said {name}."
    return Document(
        text=text,
        header=Header(title=f"Title {doc_id}"),
        speakers=(Speaker(name=name, titles=titles),),
        quotes=(Quote(text="Hello,", span=Span(start=1, end=7), open_mark="“", close_mark="”", speaker=name),),
        id=doc_id,
    )


@pytest.mark.parametrize("kind", KINDS)
def test_rows_are_flat_and_ordered_as_the_columns(documents: list[Document], kind: str) -> None:
    rows = nato_press.table(documents, kind)  # type: ignore[arg-type]
    for row in rows:
        assert tuple(row) == TABLE_COLUMNS[kind]
        assert all(v is None or isinstance(v, str | int | bool) for v in row.values())
        assert row["doc_id"] in {d.id for d in documents}


def test_row_counts_match_the_records(documents: list[Document]) -> None:
    counts = {
        "quotes": sum(len(d.quotes) for d in documents),
        "speakers": sum(len(d.speakers) for d in documents),
        "dates": sum(len(d.dates) + len(d.relative_dates) for d in documents),
        "turns": sum(len(d.turns) for d in documents),
        "footnotes": sum(len(d.footnotes) for d in documents),
        "documents": len(documents),
    }
    for kind, count in counts.items():
        assert len(nato_press.table(documents, kind)) == count, kind  # type: ignore[arg-type]
    assert counts["quotes"] > 0 and counts["turns"] > 0 and counts["dates"] > 0


def test_quote_rows_carry_speaker_cue_text_and_span(documents: list[Document]) -> None:
    rows = iter(nato_press.table(documents, "quotes"))
    for document in documents:
        names = {s.name: s for s in document.speakers}
        for quote in document.quotes:
            row = next(rows)
            assert (row["doc_id"], row["path"], row["title"]) == (document.id, document.path, document.title)
            assert row["text"] == quote.text == document.text[row["span_start"] : row["span_end"]]
            assert row["speaker"] == quote.speaker and row["cue"] == quote.cue
            if quote.speaker in names:
                assert row["speaker_titles"] == "; ".join(names[quote.speaker].titles)


def test_one_speaker_id_however_documents_name_the_person() -> None:
    docs = [
        quoted("a", "Stoltenberg"),
        quoted("b", "Jens Stoltenberg", ("Secretary General",)),
        quoted("c", "Secretary General Jens Stoltenberg"),
        quoted("d", "Mr. JENS STOLTENBERG", ("NATO Secretary General",)),
        quoted("e", "Theresa May"),
    ]
    ids = [row["speaker_id"] for row in nato_press.table(docs, "quotes")]
    assert ids == ["jens-stoltenberg"] * 4 + ["theresa-may"]
    speakers = nato_press.table(docs, "speakers")
    assert speakers[0]["titles_seen"] == "Secretary General; NATO Secretary General"
    assert speakers[0]["titles"] == ""


def test_a_surname_shared_by_two_people_stays_apart() -> None:
    docs = [quoted("a", "Stoltenberg"), quoted("b", "Jens Stoltenberg"), quoted("c", "Camilla Stoltenberg")]
    ids = [row["speaker_id"] for row in nato_press.table(docs, "quotes")]
    assert ids == ["stoltenberg", "jens-stoltenberg", "camilla-stoltenberg"]


def test_a_middle_name_form_joins_the_fullest_name() -> None:
    docs = [quoted("a", "Rasmussen"), quoted("b", "Fogh Rasmussen"), quoted("c", "Anders Fogh Rasmussen")]
    assert {row["speaker_id"] for row in nato_press.table(docs, "quotes")} == {"anders-fogh-rasmussen"}


def test_role_speakers_get_no_id() -> None:
    text = "MODERATOR: Welcome.\nQ: A question?"
    document = Document(
        text=text,
        header=Header(),
        turns=(
            Turn(speaker="Moderator", text="Welcome.", span=Span(start=11, end=19), is_person=False),
            Turn(speaker="Jens Stoltenberg", text="A question?", span=Span(start=23, end=34)),
        ),
    )
    rows = nato_press.table([document], "turns")
    assert [r["speaker_id"] for r in rows] == [None, "jens-stoltenberg"]
    assert rows[0]["doc_id"] == "0"


def test_table_equals_linking_tables_made_apart(documents: list[Document]) -> None:
    for kind in ("quotes", "speakers", "turns"):
        apart = [row for d in documents for row in nato_press.table([d], kind)]
        assert nato_press.link_speakers(apart) == nato_press.table(documents, kind)


def test_link_speakers_copies_its_rows() -> None:
    rows = [{"speaker": "Jens Stoltenberg", "speaker_id": None}]
    linked = nato_press.link_speakers(rows)
    assert linked == [{"speaker": "Jens Stoltenberg", "speaker_id": "jens-stoltenberg"}]
    assert rows[0]["speaker_id"] is None


def test_failures_have_no_rows_and_unknown_kinds_raise(documents: list[Document]) -> None:
    failure = nato_press.ParseFailure(id="x", path="x.txt", kind="not-found", message="x.txt: no such file")
    assert nato_press.table([failure, documents[0]], "documents")[0]["doc_id"] == documents[0].id
    with pytest.raises(ValueError, match="colours"):
        nato_press.table(documents, "colours")  # type: ignore[arg-type]


@given(st.text(alphabet=st.sampled_from("abcJSé. -'MrGeneral"), max_size=30))
def test_speaker_key_is_stable(name: str) -> None:
    key = nato_press.speaker_key(name)
    assert nato_press.speaker_key(key.replace("-", " ")) == key
    assert nato_press.speaker_key(name.upper()) == key
    assert key == key.casefold() and " " not in key
