"""The command line: JSON Lines out, readable errors, exit statuses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import nato_press
from nato_press._cli import main

from .gold import cases

SEEDS = cases("seeds")
SRC = str(Path(nato_press.__file__).resolve().parent.parent)


def run(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m nato_press ARGS`` on the code under test (its ``src`` first on the path)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([SRC, os.environ.get("PYTHONPATH", "")])}
    return subprocess.run(
        [sys.executable, "-m", "nato_press", *args],
        capture_output=True,
        text=True,
        input=stdin,
        encoding="utf-8",
        check=False,
        env=env,
        cwd=cwd,
    )


def test_one_json_line_per_input_in_order() -> None:
    result = run("parse", *map(str, SEEDS))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(SEEDS)
    for path, line in zip(SEEDS, lines, strict=True):
        record = json.loads(line)
        assert record == nato_press.parse_file(path).to_dict()
        for key in ("title", "published", "speakers", "quotes", "turns", "footnotes", "dates"):
            assert key in record


def test_offsets_count_characters_of_the_decoded_input(tmp_path: Path) -> None:
    source = tmp_path / "crlf.txt"
    source.write_bytes("Título\r\n\r\n“Ça va,” said Jens Stoltenberg on 3 June 2020.\r\n".encode())
    record = json.loads(run("parse", str(source)).stdout)
    text = source.read_bytes().decode("utf-8")
    for mention in record["dates"]:
        start, end = mention["span"]
        assert text[start:end] == mention["text"]
    for quote in record["quotes"]:
        start, end = quote["span"]
        assert text[start:end] == quote["text"]


def test_missing_and_binary_files_are_reported_and_the_rest_parsed(tmp_path: Path) -> None:
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    missing = tmp_path / "missing.txt"
    result = run("parse", str(missing), str(SEEDS[0]), str(binary))
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["path"] for line in lines] == [str(missing), str(SEEDS[0]), str(binary)]
    assert lines[0] == {
        "path": str(missing),
        "id": "missing",
        "error": {"kind": "not-found", "message": f"{missing}: no such file"},
    }
    assert lines[2]["error"]["kind"] == "not-text" and lines[2]["id"] == "image"
    assert "error" not in lines[1] and lines[1]["id"] == SEEDS[0].stem
    errors = result.stderr.splitlines()
    assert len(errors) == 3
    assert str(missing) in errors[0] and "no such file" in errors[0]
    assert str(binary) in errors[1] and "not a text file" in errors[1]
    assert errors[2] == "nato-press: 1 parsed, 2 failed"
    assert "Traceback" not in result.stderr


def test_standard_input_is_read_for_dash() -> None:
    result = run("parse", "-", stdin="Brussels, 3 June 2020\n")
    assert result.returncode == 0
    record = json.loads(result.stdout)
    assert [m["start"] for m in record["dates"]] == ["2020-06-03"]


def test_help_and_version() -> None:
    helped = run("--help")
    assert helped.returncode == 0 and "parse" in helped.stdout
    versioned = run("--version")
    assert versioned.returncode == 0 and nato_press.__version__ in versioned.stdout
    assert run("parse", "--help").stdout.count("FILE") >= 1


@pytest.mark.parametrize("argv", [[], ["parse"], ["frobnicate"], ["parse", "--reference-date", "June", "x"]])
def test_bad_usage_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_reference_date_anchors_years(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "undated.txt"
    source.write_text("Ministers meet on 14 October.\n", encoding="utf-8")
    assert main(["parse", "--reference-date", "2010-09-15", str(source)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert [m["start"] for m in record["dates"]] == ["2010-10-14"]
