"""Batch parsing: many sources in, one result per source out, in input order.

A worker never raises to the caller: a file that cannot be read, a source of the wrong type
or a failure inside a worker becomes a :class:`ParseFailure` in the place of its document.
With ``jobs`` > 1 the sources are sent to a process pool in chunks (files are read in the
workers), at most a few chunks ahead of the consumer, so memory stays bounded on a corpus of
any length and results come back in input order.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

import attrs

from .._errors import FileReadError
from .._pipeline import file_id, parse, read_text
from .._records import Document

__all__ = ["ParseFailure", "Task", "parse_many", "run_tasks"]

#: Documents per chunk sent to a worker: large enough that the per-chunk cost of the pool
#: (pickling, queues, wake-ups) is small beside ~2 ms of parsing per page.
CHUNK_SIZE = 16
#: Chunks in flight per worker: enough to keep every worker busy, few enough to bound memory.
AHEAD = 3


@attrs.frozen(kw_only=True)
class ParseFailure:
    """A source that :func:`~nato_press.parse_many` could not turn into a document.

    It takes the document's place in the output, so results stay aligned with
    the inputs. ``id`` and ``path`` are those the document would have had;
    ``kind`` is a short stable code (the :class:`~nato_press.FileReadError`
    kinds ``"not-found"``, ``"is-a-directory"``, ``"permission-denied"``,
    ``"not-text"``, ``"not-utf8"``, ``"os-error"``, or ``"bad-source"`` for
    a source of the wrong type, ``"internal-error"`` for a failure inside a
    worker); ``message`` is for people.

    >>> failure = ParseFailure(id="a", path="a.txt", kind="not-found", message="a.txt: no such file")
    >>> failure.to_dict()["error"]
    {'kind': 'not-found', 'message': 'a.txt: no such file'}
    """

    id: str | None
    path: str | None
    kind: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        """The JSON line ``nato-press parse`` prints in place of the document."""
        return {"path": self.path, "id": self.id, "error": {"kind": self.kind, "message": self.message}}


@attrs.frozen(kw_only=True)
class Task:
    """One unit of work: a file to read (``text`` is ``None``) or a text to parse."""

    id: str | None
    path: str | None
    text: str | None = None
    bad: str | None = None  # set for a source that cannot be parsed: the failure's message
    bad_kind: str = "bad-source"


def to_task(index: int, source: object) -> Task:
    """The task for one source given to :func:`parse_many`."""
    if isinstance(source, str):
        return Task(id=None, path=None, text=source)
    if isinstance(source, os.PathLike):
        path = os.fsdecode(source)
        return Task(id=file_id(path), path=path)
    if isinstance(source, tuple) and len(source) == 2:
        ident, text = source
        if isinstance(text, str):
            return Task(id=str(ident), path=None, text=text)
        return Task(id=str(ident), path=None, bad=f"source {index}: the text of a pair must be a str, not "
                    f"{type(text).__name__}")
    return Task(
        id=None,
        path=None,
        bad=f"source {index}: expected a path, an (id, text) pair or a str, not {type(source).__name__}",
    )


def run_one(task: Task, reference_date: dt.date | None) -> Document | ParseFailure:
    """Read and parse one task; every failure becomes a :class:`ParseFailure`."""
    if task.bad is not None:
        return ParseFailure(id=task.id, path=task.path, kind=task.bad_kind, message=task.bad)
    try:
        text = task.text
        if text is None:
            assert task.path is not None
            text = read_text(task.path)
        document = parse(text, reference_date=reference_date)
    except FileReadError as exc:
        return ParseFailure(id=task.id, path=task.path, kind=exc.kind, message=str(exc))
    except Exception as exc:  # a bug: reported in place, the run goes on
        return ParseFailure(
            id=task.id, path=task.path, kind="internal-error", message=f"{type(exc).__name__}: {exc}"
        )
    if task.path is None and task.id is None:
        return document
    return attrs.evolve(document, path=task.path, id=task.id)


def _run_chunk(tasks: list[Task], reference_date: dt.date | None) -> list[Document | ParseFailure]:
    return [run_one(task, reference_date) for task in tasks]


def _resolve_jobs(jobs: int | None) -> int:
    if jobs is None:
        return 1
    if isinstance(jobs, bool) or not isinstance(jobs, int):
        raise TypeError(f"jobs must be an int or None, not {type(jobs).__name__}")
    if jobs < 0:
        raise ValueError(f"jobs must be >= 0 (0: one per available core), got {jobs}")
    if jobs == 0:
        return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    return jobs


def run_tasks(tasks: Iterable[Task], *, jobs: int | None, reference_date: dt.date | None) -> Iterator[
    Document | ParseFailure
]:
    """Run *tasks* and yield one result per task, in order (validating *jobs* first)."""
    workers = _resolve_jobs(jobs)
    if reference_date is not None and not isinstance(reference_date, dt.date):
        raise TypeError(f"reference_date must be a datetime.date, not {type(reference_date).__name__}")
    if workers == 1:
        return (run_one(task, reference_date) for task in tasks)
    return _run_pool(iter(tasks), workers, reference_date)


def _run_pool(tasks: Iterator[Task], workers: int, reference_date: dt.date | None) -> Iterator[
    Document | ParseFailure
]:
    pending: deque[tuple[list[Task], Future[list[Document | ParseFailure]]]] = deque()
    pool = ProcessPoolExecutor(max_workers=workers)
    chunks = iter(lambda: list(itertools.islice(tasks, CHUNK_SIZE)), [])
    exhausted = False
    try:
        while True:
            while not exhausted and len(pending) < workers * AHEAD:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                else:
                    pending.append((chunk, pool.submit(_run_chunk, chunk, reference_date)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                # A worker died (killed, out of memory): every chunk in flight is lost, and which one
                # killed it is unknown. Each lost chunk runs again alone in a fresh pool: one that
                # breaks it alone fails in place; the others come through.
                pool.shutdown(wait=False, cancel_futures=True)
                pending.appendleft((chunk, future))
                pending, pool = _isolate(pending, workers, reference_date)
                continue
            except Exception as exc:  # the chunk could not be sent or its results not returned
                results = _failures(chunk, f"{type(exc).__name__}: {exc}")
            yield from results
    finally:
        for _, future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def _isolate(
    pending: deque[tuple[list[Task], Future[list[Document | ParseFailure]]]],
    workers: int,
    reference_date: dt.date | None,
) -> tuple[deque[tuple[list[Task], Future[list[Document | ParseFailure]]]], ProcessPoolExecutor]:
    """Rerun, one at a time, the chunks a broken pool lost; return them done, and a fresh pool."""
    settled: deque[tuple[list[Task], Future[list[Document | ParseFailure]]]] = deque()
    pool = ProcessPoolExecutor(max_workers=1)
    for chunk, future in pending:
        if future.done() and not future.cancelled() and future.exception() is None:
            settled.append((chunk, future))  # finished before the pool broke
            continue
        done: Future[list[Document | ParseFailure]] = Future()
        try:
            done.set_result(pool.submit(_run_chunk, chunk, reference_date).result())
        except BrokenProcessPool as exc:
            done.set_result(_failures(chunk, f"worker process died: {exc}"))
            pool.shutdown(wait=False, cancel_futures=True)
            pool = ProcessPoolExecutor(max_workers=1)
        except Exception as exc:
            done.set_result(_failures(chunk, f"{type(exc).__name__}: {exc}"))
        settled.append((chunk, done))
    pool.shutdown(wait=True)
    return settled, ProcessPoolExecutor(max_workers=workers)


def _failures(chunk: list[Task], message: str) -> list[Document | ParseFailure]:
    return [ParseFailure(id=t.id, path=t.path, kind="internal-error", message=message) for t in chunk]


def parse_many(
    sources: Iterable[str | os.PathLike[str] | tuple[str, str]],
    *,
    jobs: int | None = None,
    reference_date: dt.date | None = None,
) -> Iterator[Document | ParseFailure]:
    """Parse many sources; yield one :class:`Document` or :class:`ParseFailure` per source, in input order.

    A source is a path (any :class:`os.PathLike`, such as :class:`pathlib.Path`:
    the file is read as by :func:`parse_file`, and the document records its
    ``path`` and its stem as ``id``), an ``(id, text)`` pair (the document's
    ``id`` is ``str(id)``), or a ``str``, which is a *text* to parse, not a
    path (``parse_many(map(Path, names))`` for file names). Nothing is raised
    once iteration has begun: an unreadable file or a bad source yields a
    :class:`ParseFailure` carrying its id in its place.

    *jobs* ``None`` or ``1`` parses in this process; ``N`` > 1 uses ``N``
    worker processes fed in chunks; ``0`` one worker per available core.
    Results are the same whatever *jobs* is. Sources are consumed lazily, a
    few chunks ahead of the results.

    >>> [d.id for d in parse_many([("a", "Brussels, 3 June 2020"), ("b", "Text.")])]
    ['a', 'b']

    :raises ValueError: if *jobs* is negative (at the call, before any parsing).
    :raises TypeError: if *jobs* is not an int or *reference_date* not a date.
    """
    tasks = (to_task(index, source) for index, source in enumerate(sources))
    return run_tasks(tasks, jobs=jobs, reference_date=reference_date)
