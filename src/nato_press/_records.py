"""The typed, frozen records that :func:`nato_press.parse` returns.

Every record is an ``attrs`` class that is frozen, slotted and keyword-only,
and every record that was read from the input carries a :class:`Span` such
that ``text[span.start:span.end]`` is exactly what was read.

Ownership (for contributors): each record has one module that builds it;
new fields are added at the end, with a default, so that existing callers
keep working (see the compatibility policy in ``docs/compatibility.md``).
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Literal

import attrs

__all__ = [
    "Block",
    "BlockKind",
    "DateMention",
    "Defect",
    "Document",
    "DocumentKind",
    "Footnote",
    "Header",
    "Mention",
    "Precision",
    "Quote",
    "Span",
    "Speaker",
    "Turn",
]

#: How exact a date mention is.
Precision = Literal["day", "month", "quarter", "season", "half", "year"]

#: What a block of the input is.
BlockKind = Literal[
    "blank",  # nothing but white space
    "boilerplate",  # page chrome: sign-up forms, share buttons, "Mehr zum Thema"
    "header",  # aggregator header, dateline, reference number, kicker
    "title",  # the document's title (one or two lines)
    "body",  # the article, statement or transcript itself
    "caption",  # photo or video caption inside the body
    "notes",  # footnotes / endnotes and their heading
]

#: What kind of document the text is.
DocumentKind = Literal[
    "news",
    "press_release",
    "statement",
    "transcript",
    "speech",
    "digest",
    "republished",
    "other",
]


@attrs.frozen(kw_only=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into the input.

    >>> text = "Brussels, 3 June 2020"
    >>> span = Span(start=10, end=21)
    >>> span.slice(text)
    '3 June 2020'
    """

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        # One chained comparison instead of two attrs validators: spans are built by the
        # thousand, and this check is most of their construction cost.
        if not 0 <= self.start <= self.end:
            if self.start < 0:
                raise ValueError(f"span start must be >= 0, got {self.start}")
            raise ValueError(f"span end {self.end} is before start {self.start}")

    def slice(self, text: str) -> str:
        """Return the characters of *text* this span covers."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        """Whether *other* lies entirely inside this span."""
        return self.start <= other.start and other.end <= self.end

    def to_list(self) -> list[int]:
        """``[start, end]``, the form used in JSON output."""
        return [self.start, self.end]


def _span_or_none(span: Span | None) -> list[int] | None:
    return None if span is None else span.to_list()


def _time_or_none(time: _dt.time | None) -> str | None:
    return None if time is None else time.isoformat()


def _day_only(value: _dt.date | None) -> _dt.date | None:
    """A header date is a calendar day: the time of day of a ``datetime`` goes to its own field."""
    return value.date() if isinstance(value, _dt.datetime) else value


@attrs.frozen(kw_only=True)
class Defect:
    """Something odd that was read and recorded instead of raised.

    ``code`` is a short stable identifier (for example ``"unclosed-quote"``,
    ``"weekday-mismatch"``, ``"ambiguous-numeric-date"``,
    ``"footnote-without-note"``); ``message`` is for people.
    """

    code: str
    message: str
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {"code": self.code, "message": self.message, "span": _span_or_none(self.span)}


@attrs.frozen(kw_only=True)
class Block:
    """One block of the lossless partition of the input.

    The blocks of a :class:`Document` cover every character of the input
    exactly once, in order. ``reason`` says why a block was judged what it
    is (always set for ``boilerplate``).
    """

    kind: BlockKind
    span: Span
    reason: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {"kind": self.kind, "span": self.span.to_list(), "reason": self.reason}


@attrs.frozen(kw_only=True)
class DateMention:
    """A date read from the text, with its precision.

    ``start`` and ``end`` are the first and last calendar day covered: a
    single day has ``start == end``; "June 2020" has precision ``"month"``
    and runs from 1 to 30 June; "17-18 June 2020" is a ``"day"`` range.
    ``time`` is the time of day when the text gives one (with ``tzinfo``
    when a zone is stated). ``year_inferred`` is true when the year was not
    written but taken from context; ``relative`` holds the relative word
    ("today", "tomorrow", "Thursday") when the value was resolved from one.
    """

    text: str
    span: Span
    start: _dt.date
    end: _dt.date
    precision: Precision
    time: _dt.time | None = None
    year_inferred: bool = False
    relative: str | None = None
    modifier: str | None = None  # "early", "mid", "late" for "mid-2020" and the like

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: dates as ISO strings."""
        return {
            "text": self.text,
            "span": self.span.to_list(),
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "precision": self.precision,
            "time": None if self.time is None else self.time.isoformat(),
            "year_inferred": self.year_inferred,
            "relative": self.relative,
            "modifier": self.modifier,
        }


@attrs.frozen(kw_only=True)
class Header:
    """What the page says about the document before its body begins.

    ``published`` and ``updated`` come from the header or dateline only,
    never from the body; they are always a :class:`datetime.date` (or
    ``None`` when absent), so documents sort by them. The time of day, when
    the header states one, is ``published_time`` / ``updated_time`` (a
    :class:`datetime.time`, with its ``tzinfo`` when a zone is stated).
    """

    title: str | None = None
    title_span: Span | None = None
    publisher: str | None = None
    distributor: str | None = None
    kind: DocumentKind = "other"
    reference: str | None = None
    place: str | None = None
    published: _dt.date | None = attrs.field(default=None, converter=_day_only)
    published_span: Span | None = None
    updated: _dt.date | None = attrs.field(default=None, converter=_day_only)
    updated_span: Span | None = None
    published_time: _dt.time | None = None
    updated_time: _dt.time | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {
            "title": self.title,
            "title_span": _span_or_none(self.title_span),
            "publisher": self.publisher,
            "distributor": self.distributor,
            "kind": self.kind,
            "reference": self.reference,
            "place": self.place,
            "published": None if self.published is None else self.published.isoformat(),
            "published_span": _span_or_none(self.published_span),
            "updated": None if self.updated is None else self.updated.isoformat(),
            "updated_span": _span_or_none(self.updated_span),
            "published_time": _time_or_none(self.published_time),
            "updated_time": _time_or_none(self.updated_time),
        }


@attrs.frozen(kw_only=True)
class Mention:
    """One place where a speaker is referred to.

    ``kind`` is ``"name"`` ("Jens Stoltenberg", "Mr. Stoltenberg"),
    ``"title"`` ("the Secretary General"), ``"pronoun"`` ("he", "she") or
    ``"label"`` (a transcript speaker label).
    """

    text: str
    span: Span
    kind: Literal["name", "title", "pronoun", "label"] = "name"

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {"text": self.text, "span": self.span.to_list(), "kind": self.kind}


@attrs.frozen(kw_only=True)
class Speaker:
    """A person (or body) who speaks in the document.

    ``name`` is the fullest form the text gives ("Hans-Werner Wiermann");
    ``titles`` the ranks, titles and roles in order of appearance
    ("Lieutenant General", "Director General of the NATO International
    Military Staff"); ``acronym`` a bracketed acronym ("DGIMS");
    ``organisation`` the body the person belongs to, when stated.
    """

    name: str
    titles: tuple[str, ...] = ()
    organisation: str | None = None
    acronym: str | None = None
    kind: Literal["person", "organisation"] = "person"
    mentions: tuple[Mention, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {
            "name": self.name,
            "titles": list(self.titles),
            "organisation": self.organisation,
            "acronym": self.acronym,
            "kind": self.kind,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@attrs.frozen(kw_only=True)
class Quote:
    """A quotation: the exact characters between its marks.

    ``span`` covers the text inside the marks, so ``text == input[span]``.
    A quote split by paragraphs (British style: every paragraph reopens,
    only the last closes) is one quote whose text runs across them.
    ``speaker`` is the full name of the speaker (or body) it is attributed
    to, ``cue`` the attributing verb or phrase as written ("said",
    "according to", ":").
    """

    text: str
    span: Span
    open_mark: str
    close_mark: str | None
    speaker: str | None = None
    cue: str | None = None
    cue_span: Span | None = None
    partial: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {
            "text": self.text,
            "span": self.span.to_list(),
            "open_mark": self.open_mark,
            "close_mark": self.close_mark,
            "speaker": self.speaker,
            "cue": self.cue,
            "cue_span": _span_or_none(self.cue_span),
            "partial": self.partial,
        }


@attrs.frozen(kw_only=True)
class Turn:
    """One speaker's turn in a transcript.

    ``speaker`` is the resolved full name ("Jens Stoltenberg" for the label
    "NATO Secretary General Jens Stoltenberg", "Douglas Lute" for "Ambassador
    Lute" when the full name occurs in the document), or a role for unnamed
    speakers ("Moderator", "Q", "Journalist"). ``label`` is the label as
    written without its colon or dash ("OANA LUNGESCU", "Q (Reuters)") and
    ``label_span`` its place; both are ``None`` for an unlabelled opening
    statement and for the continuation of a turn after page chrome. ``span``
    covers the turn's text, which excludes the label, the colon and the white
    space around it. ``titles`` are the titles the label gives ("NATO
    Spokesperson"), completed from the title for the announced speaker;
    ``is_person`` is false for role-only speakers (moderator, questioner,
    journalist, audience, a role the document names nobody with);
    ``is_question`` is true for questioners, named or not ("Q [Jacopo
    Barigazzi, Politico]" speaks as "Jacopo Barigazzi"); ``affiliation`` is
    the outlet a questioner's label names ("Reuters", "Politico").
    """

    speaker: str
    text: str
    span: Span
    label: str | None = None
    label_span: Span | None = None
    titles: tuple[str, ...] = ()
    is_person: bool = True
    is_question: bool = False
    affiliation: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {
            "speaker": self.speaker,
            "text": self.text,
            "span": self.span.to_list(),
            "label": self.label,
            "label_span": _span_or_none(self.label_span),
            "titles": list(self.titles),
            "is_person": self.is_person,
            "is_question": self.is_question,
            "affiliation": self.affiliation,
        }


@attrs.frozen(kw_only=True)
class Footnote:
    """A footnote or endnote, with the body markers that point to it.

    ``label`` is the marker's label without brackets ("1"); ``urls`` the
    URLs in the note, trailing punctuation removed; ``markers`` the spans
    of every marker in the body that refers to this note. A marker with
    no note gets a footnote with empty ``text``, no ``span`` and a defect.
    """

    label: str
    text: str
    span: Span | None
    urls: tuple[str, ...] = ()
    markers: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {
            "label": self.label,
            "text": self.text,
            "span": _span_or_none(self.span),
            "urls": list(self.urls),
            "markers": [m.to_list() for m in self.markers],
        }


@attrs.frozen(kw_only=True)
class Document:
    """Everything read from one NATO press text.

    ``path`` is the file the text was read from, as given to
    :func:`~nato_press.parse_file` or :func:`~nato_press.parse_many`
    (``None`` for a text parsed directly); ``id`` names the document: the
    file's stem, or the id a caller paired with the text.

    >>> import nato_press
    >>> doc = nato_press.parse('Brussels, 3 June 2020\\n\\n"We stand united," the Secretary General said.')
    >>> [d.start.isoformat() for d in doc.dates]
    ['2020-06-03']
    """

    text: str = attrs.field(repr=False)
    header: Header
    language: str | None = None
    blocks: tuple[Block, ...] = ()
    dates: tuple[DateMention, ...] = ()
    relative_dates: tuple[DateMention, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    quotes: tuple[Quote, ...] = ()
    turns: tuple[Turn, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    defects: tuple[Defect, ...] = ()
    path: str | None = None
    id: str | None = None

    @property
    def title(self) -> str | None:
        """The document's title, or ``None``."""
        return self.header.title

    @property
    def published(self) -> _dt.date | None:
        """The publication day from the header or dateline, or ``None`` (``header.published``)."""
        return self.header.published

    @property
    def people(self) -> tuple[Speaker, ...]:
        """The speakers who are persons (organisations left out)."""
        return tuple(s for s in self.speakers if s.kind == "person")

    @property
    def boilerplate(self) -> tuple[Block, ...]:
        """The blocks judged to be page chrome."""
        return tuple(b for b in self.blocks if b.kind == "boilerplate")

    @property
    def body_blocks(self) -> tuple[Block, ...]:
        """The blocks of the article itself (body and captions)."""
        return tuple(b for b in self.blocks if b.kind in ("body", "caption"))

    @property
    def body(self) -> str:
        """The article text: the body blocks joined by blank lines."""
        return "\n\n".join(b.span.slice(self.text).strip() for b in self.blocks if b.kind == "body")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object that ``nato-press parse`` prints for a document.

        ``speakers`` lists persons; bodies that speak (the North Atlantic
        Council) are listed under ``organisations``. Quotes name either.
        ``path`` and ``id`` come first, so that every line of a corpus run
        says which input it came from.
        """
        return {
            "path": self.path,
            "id": self.id,
            "title": self.header.title,
            "published": None if self.header.published is None else self.header.published.isoformat(),
            "updated": None if self.header.updated is None else self.header.updated.isoformat(),
            "kind": self.header.kind,
            "language": self.language,
            "header": self.header.to_dict(),
            "blocks": [b.to_dict() for b in self.blocks],
            "dates": [d.to_dict() for d in self.dates],
            "relative_dates": [d.to_dict() for d in self.relative_dates],
            "speakers": [s.to_dict() for s in self.speakers if s.kind == "person"],
            "organisations": [s.to_dict() for s in self.speakers if s.kind == "organisation"],
            "quotes": [q.to_dict() for q in self.quotes],
            "turns": [t.to_dict() for t in self.turns],
            "footnotes": [f.to_dict() for f in self.footnotes],
            "defects": [d.to_dict() for d in self.defects],
        }
