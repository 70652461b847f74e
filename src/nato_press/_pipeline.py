"""The pipeline: boilerplate and header, then dates, footnotes, turns, speakers and quotes.

This is the single entry point where internal failures are turned into
defects: :func:`parse` returns a :class:`~nato_press.Document` for any ``str``.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
from collections.abc import Callable
from typing import Literal, TypeVar

import attrs

from ._dates import scan_dates
from ._errors import FileReadError
from ._people import find_people
from ._records import Block, DateMention, Defect, Document, Footnote, Header, Quote, Span, Speaker, Turn
from ._structure import detect_language, find_footnotes, segment
from ._turns import find_turns

__all__ = ["parse", "parse_file"]

_T = TypeVar("_T")

# Blocks whose text is read for dates: everything but page chrome and blank runs.
_DATED_KINDS = frozenset({"header", "title", "body", "caption", "notes"})


def _guarded(stage: str, defects: list[Defect], fallback: _T, run: Callable[[], _T]) -> _T:
    """Run one stage; an unexpected failure becomes an ``internal-error`` defect.

    A scraped page must never make :func:`parse` raise. A stage that fails is
    a bug in this library, so it is recorded for the user to report, and the
    rest of the pipeline still runs on what the earlier stages produced.
    """
    try:
        return run()
    except MemoryError:
        raise
    except Exception as exc:
        defects.append(Defect(code="internal-error", message=f"{stage} failed: {type(exc).__name__}: {exc}"))
        return fallback


def _whole(text: str) -> list[Block]:
    return [Block(kind="body", span=Span(start=0, end=len(text)))] if text else []


def parse(
    text: str,
    *,
    reference_date: dt.date | None = None,
    date_order: Literal["dmy", "mdy"] | None = None,
) -> Document:
    """Parse one NATO press text into a :class:`~nato_press.Document`.

    *reference_date* anchors years and relative words ("tomorrow") when the
    document has no publication date of its own. *date_order* (``"dmy"`` or
    ``"mdy"``) says how "05/06/2020" reads; without it the document decides
    (its other numeric dates, then its language: fr, de, it, es, nl, pt, sv
    write the day first), else it is read month first with an
    ``ambiguous-numeric-date`` defect. Never raises for a ``str``;
    oddities are recorded in :attr:`Document.defects`.

    >>> doc = parse("NATO urges restraint\\n\\n07 Nov. 2017 - | Last updated: 07 Nov. 2017 11:17\\n\\nText.")
    >>> doc.published
    datetime.date(2017, 11, 7)

    :raises TypeError: if *text* is not a ``str``.
    :raises ValueError: if *date_order* is not ``"dmy"``, ``"mdy"`` or ``None``.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes a str, not {type(text).__name__}")
    if date_order not in (None, "dmy", "mdy"):
        raise ValueError(f"date_order must be 'dmy', 'mdy' or None, not {date_order!r}")
    if reference_date is not None and not isinstance(reference_date, dt.date):
        raise TypeError(f"reference_date must be a datetime.date, not {type(reference_date).__name__}")
    if isinstance(reference_date, dt.datetime):
        reference_date = reference_date.date()
    defects: list[Defect] = []

    no_structure: tuple[list[Block], Header, list[Defect]] = (_whole(text), Header(), [])
    blocks, header, found = _guarded("segmentation", defects, no_structure, lambda: segment(text))
    defects += found
    language = _guarded("language", defects, None, lambda: detect_language(text, blocks))

    anchor = header.published or reference_date
    regions = [b.span for b in blocks if b.kind in _DATED_KINDS]
    no_dates: tuple[list[DateMention], list[DateMention], list[Defect]] = ([], [], [])

    def run_dates() -> tuple[list[DateMention], list[DateMention], list[Defect]]:
        return scan_dates(
            text, regions, reference_date=anchor, date_order=date_order, language=language, keep_ambiguous=True
        )

    dates, relative, found = _guarded("dates", defects, no_dates, run_dates)
    defects += found

    no_notes: tuple[list[Footnote], list[Defect]] = ([], [])
    footnotes, found = _guarded("footnotes", defects, no_notes, lambda: find_footnotes(text, blocks))
    defects += found

    no_turns: tuple[list[Turn], list[Defect]] = ([], [])
    turns, found = _guarded("turns", defects, no_turns, lambda: find_turns(text, blocks, header))
    defects += found
    if turns and header.kind in ("news", "other"):
        # Speaker labels make a transcript whatever the title said.
        header = attrs.evolve(header, kind="transcript")

    no_people: tuple[list[Speaker], list[Quote], list[Defect]] = ([], [], [])
    speakers, quotes, found = _guarded(
        "people", defects, no_people, lambda: find_people(text, blocks, header, turns, footnotes)
    )
    defects += found

    return Document(
        text=text,
        header=header,
        language=language,
        blocks=tuple(blocks),
        dates=tuple(dates),
        relative_dates=tuple(relative),
        speakers=tuple(speakers),
        quotes=tuple(quotes),
        turns=tuple(turns),
        footnotes=tuple(footnotes),
        defects=tuple(sorted(defects, key=_defect_order)),
    )


def _defect_order(defect: Defect) -> tuple[int, str]:
    return (-1 if defect.span is None else defect.span.start, defect.code)


def read_text(path: str | os.PathLike[str]) -> str:
    """Read *path* as UTF-8 text (a leading BOM dropped), newlines untranslated."""
    name = os.fsdecode(path)
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except FileNotFoundError:
        raise FileReadError(name, "no such file", "not-found") from None
    except IsADirectoryError:
        raise FileReadError(name, "is a directory", "is-a-directory") from None
    except PermissionError:
        raise FileReadError(name, "permission denied", "permission-denied") from None
    except OSError as exc:
        raise FileReadError(name, exc.strerror or str(exc), "os-error") from None
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    if b"\x00" in raw:
        raise FileReadError(name, "not a text file (contains NUL bytes)", "not-text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FileReadError(name, f"not UTF-8 text (invalid byte at offset {exc.start})", "not-utf8") from None


def parse_file(
    path: str | os.PathLike[str],
    *,
    reference_date: dt.date | None = None,
    date_order: Literal["dmy", "mdy"] | None = None,
) -> Document:
    """Read *path* as UTF-8 (a BOM tolerated) and :func:`parse` it (*date_order* as there).

    The document records ``path`` (as given, a ``str``) and ``id`` (the file's stem).

    :raises FileReadError: if the file is missing, unreadable or not UTF-8 text.
    """
    document = parse(read_text(path), reference_date=reference_date, date_order=date_order)
    name = os.fsdecode(path)
    return attrs.evolve(document, path=name, id=file_id(name))


def file_id(path: str) -> str:
    """The id of a document read from *path*: the file name without its last suffix (``-`` for stdin)."""
    base = os.path.basename(path.rstrip("/" + os.sep)) or path
    stem, _ = os.path.splitext(base)
    return stem or base
