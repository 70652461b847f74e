"""Flat tables of a corpus: one row (a dict of scalars) per quote, speaker, date, turn, footnote or document.

Rows hold only ``str``, ``int``, ``bool`` and ``None``, so ``pandas.DataFrame(rows)``,
``csv.DictWriter`` and ``json.dumps`` take them as they are. Lists (titles, URLs) are joined
with ``"; "``; dates are ISO strings.

Speakers get a ``speaker_id`` shared across documents, by :func:`link_speakers`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any, Literal

import regex

from .._records import Document
from ._batch import ParseFailure

__all__ = ["TABLE_COLUMNS", "TableKind", "link_speakers", "rows_of", "speaker_key", "table"]

#: What :func:`table` makes rows of.
TableKind = Literal["quotes", "speakers", "dates", "turns", "footnotes", "documents"]

_DOC = ("doc_id", "path", "published", "title")
#: The columns of each table, in order.
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "quotes": (
        *_DOC,
        "index",
        "speaker_id",
        "speaker",
        "speaker_titles",
        "speaker_organisation",
        "cue",
        "text",
        "span_start",
        "span_end",
        "partial",
    ),
    "speakers": (
        *_DOC,
        "speaker_id",
        "speaker",
        "kind",
        "titles",
        "titles_seen",
        "organisation",
        "acronym",
        "mentions",
        "quotes",
    ),
    "dates": (
        *_DOC,
        "text",
        "start",
        "end",
        "precision",
        "time",
        "year_inferred",
        "relative",
        "modifier",
        "span_start",
        "span_end",
    ),
    "turns": (
        *_DOC,
        "index",
        "speaker_id",
        "speaker",
        "label",
        "titles",
        "is_person",
        "is_question",
        "affiliation",
        "text",
        "span_start",
        "span_end",
    ),
    "footnotes": (*_DOC, "label", "text", "urls", "markers", "span_start", "span_end"),
    "documents": (
        *_DOC,
        "updated",
        "kind",
        "language",
        "chars",
        "speakers",
        "quotes",
        "turns",
        "dates",
        "footnotes",
        "defects",
    ),
}

SEPARATOR = "; "

# Words that open a name without being part of it: honorifics, ranks, offices, countries'
# abbreviations. Only leading words are dropped, and never all of them.
_TITLE_WORDS = frozenset(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady his her excellency he hon honourable honorable rt
    right the nato eu un us u s uk secretary general deputy assistant under ambassador minister ministers prime
    foreign defence defense state president vice chairman chairwoman chair admiral vice-admiral rear colonel
    lieutenant lt major maj captain capt commander gen general brigadier air marshal chief spokesperson
    spokesman spokeswoman former of for and chancellor king queen prince princess senator representative
    permanent military committee allied supreme europe european federal high director mayor governor
    """.split()  # noqa: SIM905
)
_NON_WORD = regex.compile(r"[^\p{L}\p{N}]+")
_APOSTROPHE = regex.compile(r"['’‘`]")


def speaker_key(name: str) -> str:
    """The normalised form of a name: accents, case, punctuation and leading titles dropped.

    >>> speaker_key("Secretary General Jens Stoltenberg")
    'jens-stoltenberg'
    >>> speaker_key("Mr. Jens  STOLTENBERG")
    'jens-stoltenberg'
    >>> speaker_key("Hans-Werner Wiermann")
    'hans-werner-wiermann'
    """
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    words = _NON_WORD.split(_APOSTROPHE.sub("", folded))
    words = [w for w in words if w]
    start = 0
    while start < len(words) - 1 and words[start] in _TITLE_WORDS:
        start += 1
    return "-".join(words[start:] or words)


def _iso(value: object) -> str | None:
    return None if value is None else str(value.isoformat())  # type: ignore[attr-defined]


def _doc_columns(document: Document, index: int) -> dict[str, Any]:
    return {
        "doc_id": document.id if document.id is not None else str(index),
        "path": document.path,
        "published": _iso(document.header.published),
        "title": document.header.title,
    }


def rows_of(document: Document, kind: str, index: int = 0) -> list[dict[str, Any]]:
    """The rows of one document for table *kind*, ``speaker_id`` still unset (``None``).

    *index* is the document's position, its ``doc_id`` when it has no ``id``.
    """
    if kind not in TABLE_COLUMNS:
        raise ValueError(f"unknown table kind {kind!r}; choose from {', '.join(TABLE_COLUMNS)}")
    doc = _doc_columns(document, index)
    rows: list[dict[str, Any]] = []
    if kind == "quotes":
        by_name = {s.name: s for s in document.speakers}
        for n, quote in enumerate(document.quotes):
            speaker = by_name.get(quote.speaker) if quote.speaker is not None else None
            rows.append(
                {
                    **doc,
                    "index": n,
                    "speaker_id": None,
                    "speaker": quote.speaker,
                    "speaker_titles": SEPARATOR.join(speaker.titles) if speaker else "",
                    "speaker_organisation": speaker.organisation if speaker else None,
                    "cue": quote.cue,
                    "text": quote.text,
                    "span_start": quote.span.start,
                    "span_end": quote.span.end,
                    "partial": quote.partial,
                }
            )
    elif kind == "speakers":
        quoted: dict[str, int] = {}
        for quote in document.quotes:
            if quote.speaker is not None:
                quoted[quote.speaker] = quoted.get(quote.speaker, 0) + 1
        for speaker in document.speakers:
            rows.append(
                {
                    **doc,
                    "speaker_id": None,
                    "speaker": speaker.name,
                    "kind": speaker.kind,
                    "titles": SEPARATOR.join(speaker.titles),
                    "titles_seen": SEPARATOR.join(speaker.titles),
                    "organisation": speaker.organisation,
                    "acronym": speaker.acronym,
                    "mentions": len(speaker.mentions),
                    "quotes": quoted.get(speaker.name, 0),
                }
            )
    elif kind == "dates":
        mentions = sorted((*document.dates, *document.relative_dates), key=lambda m: (m.span.start, m.span.end))
        for mention in mentions:
            rows.append(
                {
                    **doc,
                    "text": mention.text,
                    "start": mention.start.isoformat(),
                    "end": mention.end.isoformat(),
                    "precision": mention.precision,
                    "time": _iso(mention.time),
                    "year_inferred": mention.year_inferred,
                    "relative": mention.relative,
                    "modifier": mention.modifier,
                    "span_start": mention.span.start,
                    "span_end": mention.span.end,
                }
            )
    elif kind == "turns":
        for n, turn in enumerate(document.turns):
            rows.append(
                {
                    **doc,
                    "index": n,
                    "speaker_id": None,
                    "speaker": turn.speaker,
                    "label": turn.label,
                    "titles": SEPARATOR.join(turn.titles),
                    "is_person": turn.is_person,
                    "is_question": turn.is_question,
                    "affiliation": turn.affiliation,
                    "text": turn.text,
                    "span_start": turn.span.start,
                    "span_end": turn.span.end,
                }
            )
    elif kind == "footnotes":
        for note in document.footnotes:
            rows.append(
                {
                    **doc,
                    "label": note.label,
                    "text": note.text,
                    "urls": " ".join(note.urls),
                    "markers": len(note.markers),
                    "span_start": None if note.span is None else note.span.start,
                    "span_end": None if note.span is None else note.span.end,
                }
            )
    else:
        rows.append(
            {
                **doc,
                "updated": _iso(document.header.updated),
                "kind": document.header.kind,
                "language": document.language,
                "chars": len(document.text),
                "speakers": len(document.speakers),
                "quotes": len(document.quotes),
                "turns": len(document.turns),
                "dates": len(document.dates) + len(document.relative_dates),
                "footnotes": len(document.footnotes),
                "defects": len(document.defects),
            }
        )
    return rows


def _resolve(keys: Iterable[str]) -> dict[str, str]:
    """Map each key to its speaker id: the unique longest name it ends, else itself."""
    unique = set(keys)
    longer: dict[str, set[str]] = {}  # a proper word-suffix -> the keys that end with it
    for key in unique:
        words = key.split("-")
        for cut in range(1, len(words)):
            longer.setdefault("-".join(words[cut:]), set()).add(key)
    maximal = {key for key in unique if key not in longer}
    ids: dict[str, str] = {}
    for key in unique:
        candidates = {k for k in longer.get(key, ()) if k in maximal}
        if key in maximal:
            candidates.add(key)
        ids[key] = candidates.pop() if len(candidates) == 1 else key
    return ids


def _has_speaker_id(row: dict[str, Any]) -> bool:
    return "speaker_id" in row and isinstance(row.get("speaker"), str) and row.get("is_person") is not False


def link_speakers(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give every row with a ``speaker`` one ``speaker_id`` per person across all *rows*.

    The rule: a name's key is :func:`speaker_key` of it (accents, case,
    punctuation and leading titles such as "Secretary General" dropped); a
    key whose words are the last words of exactly one longer key among the
    rows ("stoltenberg" and "jens-stoltenberg") takes that key, any other key
    is its own id. So "Stoltenberg", "Jens Stoltenberg" and "Secretary
    General Jens Stoltenberg" share ``jens-stoltenberg``, while a surname
    shared by two full names stays apart. Turns of role-only speakers
    (``is_person`` false: moderator, questioner) get ``None``. In the speakers
    table, ``titles_seen`` collects the titles of every row with the same id.

    ``table(docs, kind) == link_speakers(sum((table([d], kind) for d in docs), []))``,
    so rows made apart (in Dask partitions, say) are linked afterwards. The
    rows are copied, not changed.
    """
    rows = [dict(row) for row in rows]
    keyed = [(row, speaker_key(row["speaker"])) for row in rows if _has_speaker_id(row)]
    ids = _resolve(key for _, key in keyed)
    titles: dict[str, list[str]] = {}
    for row, key in keyed:
        row["speaker_id"] = ids[key]
        if "titles_seen" in row:
            seen = titles.setdefault(ids[key], [])
            for title in str(row.get("titles") or "").split(SEPARATOR):
                if title and title not in seen:
                    seen.append(title)
    for row in rows:
        if "speaker_id" in row and not _has_speaker_id(row):
            row["speaker_id"] = None
        if "titles_seen" in row:
            row["titles_seen"] = SEPARATOR.join(titles.get(row["speaker_id"], [])) if row["speaker_id"] else ""
    return rows


def table(documents: Iterable[Document | ParseFailure], kind: TableKind) -> list[dict[str, Any]]:
    """One flat row per record of *kind* in *documents*, ready for ``pandas.DataFrame(rows)``.

    *kind* is ``"quotes"``, ``"speakers"``, ``"dates"`` (explicit and
    relative mentions), ``"turns"``, ``"footnotes"`` or ``"documents"`` (one
    row each). Every row starts with ``doc_id`` (the document's ``id``, or its
    position when it has none), ``path``, ``published`` (ISO) and ``title``;
    quote rows add ``speaker_id``, ``speaker``, ``speaker_titles``, ``cue``,
    ``text``, ``span_start`` and ``span_end``. Values are ``str``, ``int``,
    ``bool`` or ``None``; lists are joined with ``"; "``. Failures
    (:class:`ParseFailure`) have no rows. ``speaker_id`` is shared across
    documents by the rule of :func:`link_speakers`.

    >>> import nato_press
    >>> docs = nato_press.parse_many([("a", 'Brussels, 3 June 2020\\n\\n"We stand united," said Jens Stoltenberg.')])
    >>> [(r["doc_id"], r["speaker_id"], r["text"]) for r in nato_press.table(docs, "quotes")]
    [('a', 'jens-stoltenberg', 'We stand united,')]

    :raises ValueError: for an unknown *kind*.
    """
    if kind not in TABLE_COLUMNS:
        raise ValueError(f"unknown table kind {kind!r}; choose from {', '.join(TABLE_COLUMNS)}")
    rows: list[dict[str, Any]] = []
    for index, document in enumerate(documents):
        if isinstance(document, Document):
            rows += rows_of(document, kind, index)
    return link_speakers(rows)
