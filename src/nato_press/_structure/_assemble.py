"""What the marked lines add up to: the blocks, and the :class:`~nato_press.Header`.

:func:`_blocks` groups neighbouring lines of one kind into blocks and the white space between them
into blank blocks; :func:`_header` assembles the header from what the preamble said and from a
wire dateline opening the first paragraph, and :func:`_kind` decides the document kind.
"""

from __future__ import annotations

import regex

from .._records import Block, Defect, DocumentKind, Header, Span
from ._datelines import body_dateline
from ._front_matter import heading_mark
from ._lede_dates import lede_date
from ._lines import _BODY, _Kind, _Lines
from ._places import is_agency
from ._preamble import _HeaderFields
from ._title_kind import title_kind
from ._titles import leading_date_token, title_leading_date, title_trailing_date

# Body-marker brackets ("[1]") that make an untitled, headerless analysis with references a digest.
_BRACKET_MARKER = regex.compile(r"\[\d{1,3}\]")


def _blocks(text: str, lines: _Lines, kinds: list[_Kind | None]) -> list[Block]:
    """Group the marked lines into blocks; the white space between blocks becomes blank blocks.

    Lines of one kind with no blank line between them form one block.
    """
    runs: list[tuple[_Kind, int, int]] = []  # (kind, start, end) of each content block
    texts, starts, ends = lines.texts, lines.starts, lines.ends
    current: _Kind | None = None
    previous_blank = True
    for i, kind in enumerate(kinds):
        if not texts[i]:
            previous_blank = True
            continue
        if kind is None:
            kind = _BODY
        if kind == current and not previous_blank:
            runs[-1] = (kind, runs[-1][1], ends[i])
        else:
            runs.append((kind, starts[i], ends[i]))
            current = kind
        previous_blank = False
    blocks: list[Block] = []
    pos = 0
    for (kind_, reason), begin, end in runs:
        if begin > pos:
            blocks.append(Block(kind="blank", span=Span(start=pos, end=begin)))
        blocks.append(Block(kind=kind_, span=Span(start=begin, end=end), reason=reason))
        pos = end
    if pos < len(text):
        blocks.append(Block(kind="blank", span=Span(start=pos, end=len(text))))
    return blocks


def _header(
    text: str,
    lines: _Lines,
    kinds: list[_Kind | None],
    fields: _HeaderFields,
    body_start: int,
    defects: list[Defect],
) -> Header:
    """Assemble the :class:`Header` from what the preamble and the first paragraph said."""
    title: str | None = None
    title_span: Span | None = None
    if fields.front_title is not None:
        # A front-matter title is written escaped ("NATO\\_Summit"), so no span of the text reads
        # as it: it has none, and no quote is read from it.
        title = fields.front_title
    elif fields.title_lines:
        first, last = fields.title_lines[0], fields.title_lines[-1]
        # A markdown heading ("# Title") is the title without its "#" marks, and a metadata token
        # opening it (" date 2025-09-12 Allies …") is header, not headline.
        mark = heading_mark(lines.texts[first])
        token = leading_date_token(text, lines.starts[first], lines.texts[first])
        if token is not None:
            mark = token[0] - lines.starts[first]
            fields.published = fields.published or token[1]
        title = " ".join(
            " ".join((lines.texts[k][mark:] if k == first else lines.texts[k]).split()) for k in fields.title_lines
        )
        title_span = Span(start=lines.starts[first] + mark, end=lines.ends[last])
        trailing = title_trailing_date(text, lines.starts[last], lines.texts[last])
        if trailing is not None and trailing[0] > title_span.start:
            # "Allies open the exercise, 05 APR 2023": the date is no part of the headline.
            title_span = Span(start=title_span.start, end=trailing[0])
            title = " ".join(text[title_span.start : title_span.end].split())
            fields.published = fields.published or trailing[1]
    if body_start < lines.n and not fields.digest and kinds[body_start] == _BODY:
        lede_start, lede = lines.starts[body_start], lines.texts[body_start]
        token = leading_date_token(text, lede_start, lede)
        if token is not None:
            # " date 2025-09-12 BRUSSELS, …": the token dates the page; a dateline may follow it.
            fields.published = fields.published or token[1]
            lede, lede_start = lede[token[0] - lede_start :], token[0]
        wire = body_dateline(text, lede_start, lede)
        if wire is not None:
            fields.place = fields.place or wire.place
            fields.agency = fields.agency or wire.agency
            fields.wire = wire.wire
            if fields.published is None:
                fields.published = wire.published
        if fields.published is None and wire is None:
            # "(04.04.2024) …", "On 8 January 2023 …", "Name, Place, 19 November 2025.": what opens the lede.
            fields.published = lede_date(text, lede_start, lede)
    published = fields.published
    if published is None and not fields.digest and fields.title_lines and fields.front_title is None:
        first_title = fields.title_lines[0]
        published = title_leading_date(text, lines.starts[first_title], lines.texts[first_title])
    if published is None and fields.updated is not None:
        # A page that shows only "Last updated 25-May-2017 09:01" is dated by it.
        published = fields.updated
    if fields.digest:
        published = None
    updated = fields.updated
    if published is not None and updated is not None and updated.day < published.day:
        defects.append(
            Defect(
                code="updated-before-published",
                message="the page was updated before it was published",
                span=updated.span,
            )
        )
    publisher, distributor = fields.publisher, fields.distributor
    if fields.agency is not None:
        if is_agency(fields.agency):
            distributor = distributor or publisher
            publisher = fields.agency
        else:
            # A republishing site's tag: "BELGIUM–(ENEWSPF)–…".
            publisher = publisher or fields.agency
            distributor = distributor or fields.agency
    if publisher is None and fields.nato_style:
        publisher = "NATO"
    return Header(
        title=title,
        title_span=title_span,
        publisher=publisher,
        distributor=distributor,
        kind=_kind(text, lines, kinds, fields, title),
        reference=fields.reference,
        place=fields.place,
        published=None if published is None else published.day,
        published_span=None if published is None else published.span,
        updated=None if updated is None else updated.day,
        updated_span=None if updated is None else updated.span,
        published_time=None if published is None else published.time,
        updated_time=None if updated is None else updated.time,
    )


def _kind(
    text: str, lines: _Lines, kinds: list[_Kind | None], fields: _HeaderFields, title: str | None
) -> DocumentKind:
    """The document kind: digest header, then title words, then header labels, then the source."""
    if fields.digest:
        return "digest"
    cue = None if title is None else title_kind(title)
    if cue is not None:
        return cue
    if fields.reference is not None or fields.label in (
        "press release",
        "news release",
        "communiqué de presse",
        "pressemitteilung",
    ):
        return "press_release"
    if fields.label in ("statement", "transcript", "speech"):
        return "transcript" if fields.label == "transcript" else fields.label  # type: ignore[return-value]
    if fields.agency is not None:
        return "other" if is_agency(fields.agency) else "republished"
    if fields.distributor is not None or fields.wire:
        # Aggregators ("Distributed by …") and wire datelines ("WASHINGTON, Sept. 21, 2011 — …") republish.
        return "republished"
    has_body = _BODY in kinds
    if not has_body:
        return "other" if title is None and fields.published is None else "news"
    if (
        not fields.nato_style
        and "[" in text
        and any(k == _BODY and _BRACKET_MARKER.search(lines.texts[i]) is not None for i, k in enumerate(kinds))
    ):
        # An essay or analysis with numbered references and no press header reads as a digest.
        return "digest"
    return "news"
