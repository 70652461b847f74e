"""The command line: ``nato-press parse FILE...`` prints one JSON object per input (JSON Lines)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence

from ._errors import NatoPressError
from ._pipeline import parse, read_text

__all__ = ["main"]

# Exit statuses: 0 all inputs parsed; 1 some input could not be read; 2 bad usage (argparse).
EXIT_OK = 0
EXIT_UNREADABLE = 1


def _reference_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from None


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
            "Parse each FILE (UTF-8 text, '-' for standard input) and print one JSON object "
            "per file, one per line, in input order. A file that cannot be read is reported "
            "on standard error; the others are still parsed, and the exit status is 1."
        ),
    )
    parse_cmd.add_argument("files", nargs="+", metavar="FILE", help="text file to parse, or - for stdin")
    parse_cmd.add_argument(
        "--reference-date",
        type=_reference_date,
        metavar="YYYY-MM-DD",
        help="anchor for years and relative words when a document has no publication date",
    )
    parse_cmd.add_argument("--indent", type=int, default=None, help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (``sys.argv[1:]`` by default); return the exit status."""
    args = _build_parser().parse_args(argv)
    try:
        return _parse_files(args)
    except BrokenPipeError:
        # The reader went away (``nato-press parse … | head``): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


def _parse_files(args: argparse.Namespace) -> int:
    status = EXIT_OK
    out = sys.stdout
    for name in args.files:
        try:
            text = sys.stdin.read() if name == "-" else read_text(name)
        except NatoPressError as exc:
            print(f"nato-press: error: {exc}", file=sys.stderr)
            status = EXIT_UNREADABLE
            continue
        except UnicodeDecodeError as exc:
            print(f"nato-press: error: -: not UTF-8 text ({exc.reason})", file=sys.stderr)
            status = EXIT_UNREADABLE
            continue
        document = parse(text, reference_date=args.reference_date)
        out.write(json.dumps(document.to_dict(), ensure_ascii=False) + "\n")
        out.flush()
    return status
