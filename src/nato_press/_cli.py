"""The command line.

``nato-press parse PATH...`` prints one JSON object per input (JSON Lines), in input order: a
document, or ``{"path", "id", "error": {"kind", "message"}}`` for an input that cannot be read.
``nato-press table KIND PATH...`` writes one row per record (CSV, TSV or JSON Lines).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

from ._corpus._batch import ParseFailure, run_tasks
from ._corpus._sources import Input, expand, read_list, tasks_of
from ._corpus._tables import TABLE_COLUMNS, link_speakers, rows_of
from ._records import Document, Header

__all__ = ["main"]

# Exit statuses: 0 all inputs parsed; 1 some input could not be read; 2 bad usage (argparse).
EXIT_OK = 0
EXIT_UNREADABLE = 1
EXIT_USAGE = 2

#: The top-level keys of a document's JSON object, for ``--fields``.
DOCUMENT_KEYS = tuple(Document(text="", header=Header()).to_dict())


def _reference_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from None


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"must be >= 0 (0: one per core), got {jobs}")
    return jobs


def _fields(value: str) -> tuple[str, ...]:
    names = tuple(n.strip() for n in value.split(",") if n.strip())
    unknown = [n for n in names if n not in DOCUMENT_KEYS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown field(s) {', '.join(unknown) or '(none given)'}; choose from {', '.join(DOCUMENT_KEYS)}"
        )
    return names


def _add_inputs(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="text file, directory (walked recursively for --glob), or - for standard input",
    )
    command.add_argument(
        "--glob",
        default="*.txt",
        metavar="PATTERN",
        help="file-name pattern for files found in directories (default: '*.txt'); files named directly are "
        "always read",
    )
    command.add_argument(
        "--files-from",
        metavar="FILE",
        help="read more paths from FILE, one a line ('-' for standard input); avoids 'Argument list too long'",
    )
    command.add_argument(
        "-j", "--jobs", type=_jobs, default=1, metavar="N", help="worker processes (default 1; 0: one per core)"
    )
    command.add_argument(
        "--reference-date",
        type=_reference_date,
        metavar="YYYY-MM-DD",
        help="anchor for years and relative words when a document has no publication date",
    )
    command.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")


def _build_parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(
        prog="nato-press",
        description="Turn the text of NATO press material into typed records.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    parse_cmd = commands.add_parser(
        "parse",
        help="parse files and print one JSON object per file (JSON Lines)",
        description=(
            "Parse each FILE (UTF-8 text, '-' for standard input; a directory stands for its files "
            "matching --glob, recursively, in sorted order) and print one JSON object per file, one per "
            "line, in input order. Each object starts with the file's \"path\" and \"id\" (its stem). A "
            "file that cannot be read gives {\"path\", \"id\", \"error\": {\"kind\", \"message\"}} in its "
            "place and a line on standard error; the others are still parsed, and the exit status is 1. "
            "A final 'N parsed, M failed' line goes to standard error (with a progress line before it "
            "when standard error is a terminal)."
        ),
    )
    _add_inputs(parse_cmd)
    parse_cmd.add_argument(
        "--output-dir",
        metavar="DIR",
        help="write one PATH.json per input under DIR, mirroring the input tree, instead of JSON Lines",
    )
    parse_cmd.add_argument(
        "--fields",
        type=_fields,
        metavar="KEY,...",
        help="keep only these top-level keys (path, id and error are always kept)",
    )
    parse_cmd.add_argument("--no-blocks", action="store_true", help="leave out the blocks (the bulkiest key)")
    parse_cmd.add_argument("--indent", type=int, default=None, help=argparse.SUPPRESS)

    table_cmd = commands.add_parser(
        "table",
        help="parse files and write one row per quote, speaker, date, turn, footnote or document",
        description=(
            "Parse the inputs (as 'parse' does) and write a flat table with one row per record of KIND, "
            "each row naming its document (doc_id, path, published, title). Speakers get a speaker_id "
            "shared across documents (see docs/corpus.md)."
        ),
    )
    table_cmd.add_argument("kind", choices=tuple(TABLE_COLUMNS), metavar="KIND", help=", ".join(TABLE_COLUMNS))
    _add_inputs(table_cmd)
    table_cmd.add_argument("--format", choices=("csv", "tsv", "jsonl"), default="csv", help="default: csv")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (``sys.argv[1:]`` by default); return the exit status."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    if not args.paths and args.files_from is None:
        parser.error(f"{args.command}: give at least one PATH or --files-from")
    if getattr(args, "output_dir", None) is not None and args.output is not None:
        parser.error("parse: -o/--output and --output-dir cannot be combined")
    if args.files_from == "-" and "-" in args.paths:
        parser.error(f"{args.command}: standard input cannot be both --files-from and a PATH")
    try:
        return _run(args, parser)
    except BrokenPipeError:
        # The reader went away (``nato-press parse … | head``): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


def _inputs(args: argparse.Namespace, parser: argparse.ArgumentParser) -> list[Input]:
    names: list[str] = list(args.paths)
    if args.files_from is not None:
        if args.files_from == "-":
            names += read_list(sys.stdin)
        else:
            try:
                with open(args.files_from, encoding="utf-8") as handle:
                    names += read_list(handle)
            except (OSError, UnicodeDecodeError) as exc:
                parser.error(f"--files-from {args.files_from}: {getattr(exc, 'strerror', None) or exc}")
    return list(expand(names, args.glob, warn=sys.stderr))


class _Progress:
    """A progress line on standard error when it is a terminal, and the final count in any case."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.parsed = 0
        self.failed = 0
        self.live = sys.stderr.isatty()
        self.shown = 0.0

    def step(self, ok: bool) -> None:
        if ok:
            self.parsed += 1
        else:
            self.failed += 1
        now = time.monotonic()
        if self.live and (now - self.shown >= 0.1 or self.parsed + self.failed == self.total):
            self.shown = now
            done = self.parsed + self.failed
            width = 30
            filled = width * done // max(1, self.total)
            bar = "#" * filled + "-" * (width - filled)
            sys.stderr.write(f"\r[{bar}] {done}/{self.total}")
            sys.stderr.flush()

    def finish(self) -> None:
        if self.live:
            sys.stderr.write("\r\x1b[K")
        print(f"nato-press: {self.parsed} parsed, {self.failed} failed", file=sys.stderr)


def _results(args: argparse.Namespace, inputs: list[Input]) -> Iterator[tuple[Input, Document | ParseFailure]]:
    results = run_tasks(tasks_of(inputs), jobs=args.jobs, reference_date=args.reference_date)
    yield from zip(inputs, results, strict=True)


def _record(result: Document | ParseFailure, args: argparse.Namespace) -> dict[str, Any]:
    record = result.to_dict()
    if isinstance(result, ParseFailure):
        return record
    if args.fields is not None:
        keep = {"path", "id", *args.fields}
        record = {k: v for k, v in record.items() if k in keep}
    if args.no_blocks:
        record.pop("blocks", None)
    return record


@contextlib.contextmanager
def _output(name: str | None) -> Iterator[TextIO]:
    if name is None or name == "-":
        yield sys.stdout
        return
    with open(name, "w", encoding="utf-8", newline="") as handle:
        yield handle


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    inputs = _inputs(args, parser)
    if args.command == "parse" and args.output_dir is not None:
        targets = [os.path.join(args.output_dir, os.path.splitext(i.rel)[0] + ".json") for i in inputs]
        seen: dict[str, str] = {}
        for item, target in zip(inputs, targets, strict=True):
            if target in seen and seen[target] != item.path:
                parser.error(f"--output-dir: {seen[target]} and {item.path} would both be written to {target}")
            seen[target] = item.path
    progress = _Progress(len(inputs))
    with _output(args.output) as out:
        run = _parse if args.command == "parse" else _table
        status = run(args, inputs, out, progress)
    progress.finish()
    return status


def _report(result: Document | ParseFailure, progress: _Progress) -> bool:
    failed = isinstance(result, ParseFailure)
    if isinstance(result, ParseFailure):
        print(f"nato-press: error: {result.message}", file=sys.stderr)
    progress.step(not failed)
    return failed


def _parse(args: argparse.Namespace, inputs: list[Input], out: TextIO, progress: _Progress) -> int:
    status = EXIT_OK
    for item, result in _results(args, inputs):
        if _report(result, progress):
            status = EXIT_UNREADABLE
        line = json.dumps(_record(result, args), ensure_ascii=False, indent=args.indent) + "\n"
        if args.output_dir is None:
            out.write(line)
            out.flush()
        else:
            target = os.path.join(args.output_dir, os.path.splitext(item.rel)[0] + ".json")
            os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
            with open(target, "w", encoding="utf-8") as handle:
                handle.write(line)
    return status


def _table(args: argparse.Namespace, inputs: list[Input], out: TextIO, progress: _Progress) -> int:
    status = EXIT_OK
    rows: list[dict[str, Any]] = []
    for _, result in _results(args, inputs):
        if _report(result, progress):
            status = EXIT_UNREADABLE
        else:
            assert isinstance(result, Document)
            rows += rows_of(result, args.kind)
    rows = link_speakers(rows)
    columns = TABLE_COLUMNS[args.kind]
    if args.format == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        writer = csv.DictWriter(
            out, fieldnames=columns, delimiter="," if args.format == "csv" else "\t", lineterminator="\n"
        )
        writer.writeheader()
        writer.writerows(rows)
    out.flush()
    return status
