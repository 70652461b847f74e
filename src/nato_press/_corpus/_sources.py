"""The inputs of a corpus run: files, directories walked for a glob, lists of files, stdin."""

from __future__ import annotations

import codecs
import fnmatch
import os
import sys
from collections.abc import Iterable, Iterator
from typing import TextIO

import attrs

from .._pipeline import file_id
from ._batch import Task

__all__ = ["Input", "expand", "read_list", "tasks_of"]


@attrs.frozen(kw_only=True)
class Input:
    """One input file: ``path`` as given (or joined to the directory given), ``rel`` its place in the tree.

    ``rel`` is the path relative to the directory argument it was found in, or the path as given
    for a file named directly (its base name when that path is absolute or climbs with ``..``);
    ``--output-dir`` writes ``rel`` with the suffix ``.json``.
    """

    path: str
    rel: str


def _walk(top: str, pattern: str) -> list[Input]:
    found: list[tuple[tuple[str, ...], str]] = []
    for root, dirnames, filenames in os.walk(top):
        dirnames.sort()
        for name in filenames:
            if fnmatch.fnmatchcase(name, pattern):
                rel = os.path.relpath(os.path.join(root, name), top)
                found.append((tuple(rel.split(os.sep)), rel))
    found.sort()
    return [Input(path=os.path.join(top, rel), rel=rel) for _, rel in found]


def _rel_of_file(path: str) -> str:
    if path == "-":
        return "stdin"
    norm = os.path.normpath(path)
    if os.path.isabs(norm) or norm.split(os.sep)[0] == os.pardir:
        return os.path.basename(norm)
    return norm


def expand(paths: Iterable[str], pattern: str, warn: TextIO | None = None) -> Iterator[Input]:
    """Each path in order: a directory becomes its files matching *pattern* (recursive, sorted)."""
    for path in paths:
        if path != "-" and os.path.isdir(path):
            inputs = _walk(path, pattern)
            if not inputs and warn is not None:
                print(f"nato-press: warning: {path}: no files match {pattern!r}", file=warn)
            yield from inputs
        else:
            yield Input(path=path, rel=_rel_of_file(path))


def read_list(handle: TextIO) -> Iterator[str]:
    """The paths listed in *handle*, one a line (blank lines skipped, line ends stripped)."""
    for line in handle:
        name = line.rstrip("\r\n")
        if name.strip():
            yield name


def _stdin_task() -> Task:
    raw = sys.stdin.buffer.read()
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        return Task(id="-", path="-", text=raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return Task(id="-", path="-", bad=f"-: not UTF-8 text ({exc.reason})", bad_kind="not-utf8")


def tasks_of(inputs: Iterable[Input]) -> Iterator[Task]:
    """The task for each input (standard input read here, files read by the workers)."""
    for item in inputs:
        if item.path == "-":
            yield _stdin_task()
        else:
            yield Task(id=file_id(item.path), path=item.path)
