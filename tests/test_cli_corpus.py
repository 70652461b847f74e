"""The command line over corpora: directories, lists of files, jobs, output folders, tables."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import nato_press
from nato_press._cli import main

from .test_cli import SRC, run

DATA = Path(__file__).parent / "data"
DEVSET = DATA / "devset"
SEEDS = DATA / "seeds"


def expected_lines(paths: list[Path]) -> str:
    return "".join(json.dumps(nato_press.parse_file(p).to_dict(), ensure_ascii=False) + "\n" for p in paths)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_directories_give_byte_identical_records_to_sequential_parse(jobs: str) -> None:
    result = run("parse", "--jobs", jobs, str(DEVSET), str(SEEDS))
    assert result.returncode == 0, result.stderr
    paths = sorted(DEVSET.glob("*.txt")) + sorted(SEEDS.glob("*.txt"))
    assert result.stdout == expected_lines(paths)
    assert result.stderr == f"nato-press: {len(paths)} parsed, 0 failed\n"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bad_file_among_good_ones_keeps_alignment(tmp_path: Path, jobs: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9")
    good = sorted(DEVSET.glob("*.txt"))
    inputs = [*good[:5], bad, *good[5:], tmp_path / "gone.txt"]
    result = run("parse", "-j", jobs, *map(str, inputs))
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["path"] for r in records] == [str(p) for p in inputs]
    assert [r["id"] for r in records] == [p.stem for p in inputs]
    assert records[5]["error"]["kind"] == "not-utf8" and "error" not in records[4]
    assert records[-1]["error"] == {"kind": "not-found", "message": f"{tmp_path}/gone.txt: no such file"}
    assert records[6] == nato_press.parse_file(good[5]).to_dict()
    assert result.stderr.splitlines()[-1] == f"nato-press: {len(good)} parsed, 2 failed"


def make_tree(root: Path) -> None:
    (root / "b").mkdir(parents=True)
    (root / "a" / "deep").mkdir(parents=True)
    (root / "b" / "x.txt").write_text("Brussels, 3 June 2020\n", encoding="utf-8")
    (root / "a" / "y.txt").write_text("Text y.\n", encoding="utf-8")
    (root / "a" / "deep" / "w.txt").write_text("Text w.\n", encoding="utf-8")
    (root / "a" / "z.md").write_text("Text z.\n", encoding="utf-8")
    (root / "top.txt").write_text("Top.\n", encoding="utf-8")


def test_a_directory_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    make_tree(tmp_path / "in")
    result = run("parse", "in", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    paths = [json.loads(line)["path"] for line in result.stdout.splitlines()]
    assert paths == ["in/a/deep/w.txt", "in/a/y.txt", "in/b/x.txt", "in/top.txt"]
    md = run("parse", "--glob", "*.md", "in", cwd=tmp_path)
    assert [json.loads(line)["id"] for line in md.stdout.splitlines()] == ["z"]
    empty = run("parse", "--glob", "*.csv", "in", cwd=tmp_path)
    assert empty.returncode == 0 and empty.stdout == "" and "no files match" in empty.stderr


def test_files_from_a_file_and_from_stdin(tmp_path: Path) -> None:
    make_tree(tmp_path)
    listing = tmp_path / "list.txt"
    listing.write_text("b/x.txt\n\ntop.txt\n", encoding="utf-8")
    from_file = run("parse", "--files-from", "list.txt", "a/y.txt", cwd=tmp_path)
    assert [json.loads(line)["path"] for line in from_file.stdout.splitlines()] == ["a/y.txt", "b/x.txt", "top.txt"]
    from_stdin = run("parse", "--files-from", "-", stdin="top.txt\nb/x.txt\n", cwd=tmp_path)
    assert [json.loads(line)["id"] for line in from_stdin.stdout.splitlines()] == ["top", "x"]
    missing = run("parse", "--files-from", "nope.txt", cwd=tmp_path)
    assert missing.returncode == 2 and "nope.txt" in missing.stderr


def test_output_file_and_output_dir_mirror_the_tree(tmp_path: Path) -> None:
    make_tree(tmp_path / "in")
    (tmp_path / "in" / "a" / "broken.txt").write_bytes(b"\x00\x01")
    to_file = run("parse", "-o", "all.jsonl", "in", cwd=tmp_path)
    assert to_file.returncode == 1 and to_file.stdout == ""
    written = (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(written) == 5
    to_dir = run("parse", "--output-dir", "out", "in", cwd=tmp_path)
    assert to_dir.returncode == 1 and to_dir.stdout == ""
    made = sorted(str(p.relative_to(tmp_path / "out")) for p in (tmp_path / "out").rglob("*.json"))
    assert made == ["a/broken.json", "a/deep/w.json", "a/y.json", "b/x.json", "top.json"]
    record = json.loads((tmp_path / "out" / "b" / "x.json").read_text(encoding="utf-8"))
    assert record["path"] == "in/b/x.txt" and record["id"] == "x"
    assert record["dates"][0]["start"] == "2020-06-03"
    broken = json.loads((tmp_path / "out" / "a" / "broken.json").read_text(encoding="utf-8"))
    assert broken["error"]["kind"] == "not-text"
    both = run("parse", "-o", "x", "--output-dir", "y", "in", cwd=tmp_path)
    assert both.returncode == 2


def test_output_dir_refuses_two_inputs_for_one_file(tmp_path: Path) -> None:
    make_tree(tmp_path / "one")
    make_tree(tmp_path / "two")
    result = run("parse", "--output-dir", "out", "one", "two", cwd=tmp_path)
    assert result.returncode == 2 and "would both be written" in result.stderr
    assert not (tmp_path / "out").exists()


def test_fields_and_no_blocks() -> None:
    path = str(sorted(DEVSET.glob("*.txt"))[0])
    picked = json.loads(run("parse", "--fields", "title,published", path).stdout)
    assert list(picked) == ["path", "id", "title", "published"]
    full = nato_press.parse_file(path).to_dict()
    assert picked["title"] == full["title"]
    lean = json.loads(run("parse", "--no-blocks", path).stdout)
    assert "blocks" not in lean and lean == {k: v for k, v in full.items() if k != "blocks"}
    bad = run("parse", "--fields", "title,colour", path)
    assert bad.returncode == 2 and "colour" in bad.stderr


def test_progress_only_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    make_tree(tmp_path)
    assert main(["parse", str(tmp_path)]) == 0
    assert capsys.readouterr().err == "nato-press: 4 parsed, 0 failed\n"
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["parse", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert "\r[" in err and "4/4" in err and err.endswith("nato-press: 4 parsed, 0 failed\n")


def test_stdin_keeps_working_with_an_id() -> None:
    result = run("parse", "-", stdin="Brussels, 3 June 2020\n")
    record = json.loads(result.stdout)
    assert record["path"] == "-" and record["id"] == "-" and record["dates"][0]["start"] == "2020-06-03"
    bad = subprocess.run(
        [sys.executable, "-m", "nato_press", "parse", "-"], input=b"caf\xe9", capture_output=True, check=False,
        env=os.environ | {"PYTHONPATH": SRC},
    )
    assert bad.returncode == 1 and json.loads(bad.stdout)["error"]["kind"] == "not-utf8"


def test_a_closed_pipe_is_quiet() -> None:
    env = os.environ | {"PYTHONPATH": SRC}
    with subprocess.Popen(
        [sys.executable, "-m", "nato_press", "parse", "-j", "2", str(DEVSET), str(SEEDS), str(DEVSET)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.readline()
        process.stdout.close()
        status = process.wait(timeout=60)
        error = process.stderr.read().decode()
    assert status == 0 and "Traceback" not in error


def test_table_quotes_as_csv_has_one_row_per_quote() -> None:
    result = run("table", "quotes", str(DEVSET), "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    documents = [nato_press.parse_file(p) for p in sorted(DEVSET.glob("*.txt"))]
    quotes = [(d, q) for d in documents for q in d.quotes]
    assert len(rows) == len(quotes) > 0
    for row, (document, quote) in zip(rows, quotes, strict=True):
        assert row["doc_id"] == document.id and row["text"] == quote.text
        assert int(row["span_start"]) == quote.span.start and row["speaker"] == (quote.speaker or "")
    assert list(rows[0]) == list(nato_press.table(documents[:1], "quotes")[0])


@pytest.mark.parametrize("kind", ["quotes", "speakers", "dates", "turns", "footnotes", "documents"])
def test_table_formats_agree(kind: str) -> None:
    documents = [nato_press.parse_file(p) for p in sorted(SEEDS.glob("*.txt"))]
    expected = nato_press.table(documents, kind)  # type: ignore[arg-type]
    as_jsonl = run("table", kind, str(SEEDS), "--format", "jsonl")
    assert [json.loads(line) for line in as_jsonl.stdout.splitlines()] == expected
    as_tsv = run("table", kind, str(SEEDS), "--format", "tsv", "-j", "2")
    rows = list(csv.DictReader(io.StringIO(as_tsv.stdout), delimiter="\t"))
    assert len(rows) == len(expected)
    assert as_tsv.stdout.splitlines()[0].split("\t") == list(nato_press._corpus._tables.TABLE_COLUMNS[kind])


def test_table_of_a_bad_file_reports_it(tmp_path: Path) -> None:
    result = run("table", "documents", str(sorted(SEEDS.glob("*.txt"))[0]), str(tmp_path / "gone.txt"))
    assert result.returncode == 1 and "gone.txt: no such file" in result.stderr
    assert len(list(csv.DictReader(io.StringIO(result.stdout)))) == 1
