"""parse_many: one result per source, in input order, the same whatever the number of jobs."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import pickle
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import nato_press
from nato_press._corpus import _batch

DATA = Path(__file__).parent / "data"
CORPUS = sorted((DATA / "seeds").glob("*.txt")) + sorted((DATA / "devset").glob("*.txt"))


def lines(results: list[nato_press.Document | nato_press.ParseFailure]) -> list[str]:
    return [json.dumps(r.to_dict(), ensure_ascii=False) for r in results]


@pytest.mark.parametrize("jobs", [None, 1, 2])
def test_paths_give_the_records_of_sequential_parse_file(jobs: int | None) -> None:
    results = list(nato_press.parse_many(CORPUS, jobs=jobs))
    expected = [nato_press.parse_file(p) for p in CORPUS]
    assert results == expected
    assert lines(results) == lines(list(expected))
    assert [r.path for r in results] == [str(p) for p in CORPUS]
    assert [r.id for r in results] == [p.stem for p in CORPUS]


def test_parse_file_records_path_and_id() -> None:
    document = nato_press.parse_file(str(CORPUS[0]))
    assert document.path == str(CORPUS[0]) and document.id == CORPUS[0].stem
    data = document.to_dict()
    assert list(data)[:2] == ["path", "id"]
    assert data["path"] == str(CORPUS[0]) and data["id"] == CORPUS[0].stem
    assert nato_press.parse("x").to_dict()["path"] is None


def test_texts_and_pairs() -> None:
    texts = [p.read_text(encoding="utf-8") for p in CORPUS[:4]]
    assert list(nato_press.parse_many(texts)) == [nato_press.parse(t) for t in texts]
    paired = list(nato_press.parse_many([("first", texts[0]), (7, texts[1])], jobs=2))  # type: ignore[list-item]
    assert [d.id for d in paired] == ["first", "7"] and [d.path for d in paired] == [None, None]
    assert attrs.evolve(paired[0], id=None) == nato_press.parse(texts[0])


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_bad_file_among_good_ones_keeps_alignment(tmp_path: Path, jobs: int) -> None:
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\x00\x00")
    sources = [*CORPUS[:3], tmp_path / "missing.txt", *CORPUS[3:6], binary, tmp_path]
    results = list(nato_press.parse_many(sources, jobs=jobs))
    assert len(results) == len(sources)
    failures = {i: r for i, r in enumerate(results) if isinstance(r, nato_press.ParseFailure)}
    assert sorted(failures) == [3, 7, 8]
    assert failures[3] == nato_press.ParseFailure(
        id="missing",
        path=str(tmp_path / "missing.txt"),
        kind="not-found",
        message=f"{tmp_path}/missing.txt: no such file",
    )
    assert failures[7].kind == "not-text" and failures[7].id == "image"
    assert failures[8].kind == "is-a-directory"
    good = [r for r in results if isinstance(r, nato_press.Document)]
    assert good == [nato_press.parse_file(p) for p in CORPUS[:6]]


def test_sources_of_the_wrong_type_fail_in_place() -> None:
    results = list(nato_press.parse_many(["Text.", 42, ("a", b"bytes"), ("b", "Text.")]))  # type: ignore[list-item]
    assert isinstance(results[0], nato_press.Document) and isinstance(results[3], nato_press.Document)
    assert isinstance(results[1], nato_press.ParseFailure) and results[1].kind == "bad-source"
    assert "source 1" in results[1].message and "int" in results[1].message
    assert isinstance(results[2], nato_press.ParseFailure) and results[2].id == "a" and "bytes" in results[2].message


def test_an_internal_failure_is_reported_in_place(monkeypatch: pytest.MonkeyPatch) -> None:
    real = nato_press.parse

    def flaky(text: str, *, reference_date: dt.date | None = None) -> nato_press.Document:
        if text == "boom":
            raise RuntimeError("stage exploded")
        return real(text, reference_date=reference_date)

    monkeypatch.setattr(_batch, "parse", flaky)
    results = list(nato_press.parse_many([("x", "Text."), ("y", "boom"), ("z", "More.")]))
    assert [type(r).__name__ for r in results] == ["Document", "ParseFailure", "Document"]
    assert results[1] == nato_press.ParseFailure(
        id="y", path=None, kind="internal-error", message="RuntimeError: stage exploded"
    )


def test_a_worker_that_dies_fails_only_its_own_chunk(monkeypatch: pytest.MonkeyPatch) -> None:
    real = nato_press.parse

    def deadly(text: str, *, reference_date: dt.date | None = None) -> nato_press.Document:
        if text == "die":
            os._exit(3)
        return real(text, reference_date=reference_date)

    monkeypatch.setattr(_batch, "parse", deadly)  # inherited by the forked workers
    size = _batch.CHUNK_SIZE
    texts = [f"Text {i}." for i in range(size * 6)]
    texts[size * 2 + 1] = "die"
    results = list(nato_press.parse_many(texts, jobs=2))
    assert len(results) == len(texts)
    failed = [i for i, r in enumerate(results) if isinstance(r, nato_press.ParseFailure)]
    assert failed == list(range(size * 2, size * 3))
    assert all("worker process died" in r.message for r in results if isinstance(r, nato_press.ParseFailure))
    assert results[0] == nato_press.parse("Text 0.")


def test_more_sources_than_the_pool_window_stay_in_order() -> None:
    texts = [f"Brussels, {1 + i % 28} June 2020\n\nText {i}." for i in range(_batch.CHUNK_SIZE * _batch.AHEAD * 3)]
    results = list(nato_press.parse_many(texts, jobs=2))
    assert [r.text for r in results if isinstance(r, nato_press.Document)] == texts


def test_sources_are_consumed_lazily() -> None:
    endless = (f"Text {i}." for i in itertools.count())
    stream = nato_press.parse_many(endless, jobs=2)
    first = list(itertools.islice(stream, 3))
    assert [d.text for d in first if isinstance(d, nato_press.Document)] == ["Text 0.", "Text 1.", "Text 2."]
    stream.close()  # type: ignore[attr-defined]


def test_reference_date_reaches_the_workers() -> None:
    text = "Ministers meet on 14 October.\n"
    for jobs in (1, 2):
        (document,) = nato_press.parse_many([text], jobs=jobs, reference_date=dt.date(2010, 9, 15))
        assert isinstance(document, nato_press.Document)
        assert [m.start for m in document.dates] == [dt.date(2010, 10, 14)]


@pytest.mark.parametrize(("jobs", "error"), [(-1, ValueError), ("2", TypeError), (True, TypeError)])
def test_bad_jobs_raise_at_the_call(jobs: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="jobs"):
        nato_press.parse_many(["x"], jobs=jobs)  # type: ignore[arg-type]


def test_jobs_zero_means_one_per_core() -> None:
    assert _batch._resolve_jobs(0) >= 1
    assert list(nato_press.parse_many(["a", "b"], jobs=0)) == [nato_press.parse("a"), nato_press.parse("b")]


def test_records_and_failures_pickle() -> None:
    for path in CORPUS:
        document = nato_press.parse_file(path)
        again = pickle.loads(pickle.dumps(document))
        assert again == document and again.to_dict() == document.to_dict()
    failure = nato_press.ParseFailure(id="a", path="a.txt", kind="not-found", message="a.txt: no such file")
    assert pickle.loads(pickle.dumps(failure)) == failure
    error = nato_press.FileReadError("a.txt", "no such file", "not-found")
    assert pickle.loads(pickle.dumps(error)).kind == "not-found"


@given(st.lists(st.text(alphabet=st.sampled_from("ab 1\n\"“”:.-June2020Mr"), max_size=60), max_size=8))
@settings(max_examples=60)
def test_parse_many_sequential_equals_parse(texts: list[str]) -> None:
    assert list(nato_press.parse_many(texts, jobs=1)) == [nato_press.parse(t) for t in texts]


@given(st.lists(st.text(max_size=40), min_size=1, max_size=40))
@settings(max_examples=5)
def test_parse_many_in_processes_equals_parse(texts: list[str]) -> None:
    assert list(nato_press.parse_many(texts, jobs=2)) == [nato_press.parse(t) for t in texts]
