"""Lossless segmentation of a scraped page into blocks, and the header read from them.

The input is split once into lines (every line break Python knows: ``\\n``,
``\\r\\n``, a lone ``\\r``, ``\\u2028`` …). Each non-blank line gets a kind:
chrome (``boilerplate``, with a reason), ``header``, ``title``, ``body``,
``caption`` or ``notes``; neighbouring lines of one kind form one block, and
the white space between blocks forms ``blank`` blocks. So the blocks cover
the input exactly once, in order, and joining them gives the input back.

The header is read from the top of the page (the *preamble*): site banners
and kickers, the title (one line, or two when the second starts in lower
case), datelines and metadata lines, short bylines; then from a wire
dateline opening the first paragraph. ``published`` never comes from the
body's sentences.

>>> blocks, header, defects = segment("NATO urges restraint\\n\\nAllies met today.\\n")
>>> [(b.kind, b.span.start, b.span.end) for b in blocks]
[('title', 0, 20), ('blank', 20, 22), ('body', 22, 39), ('blank', 39, 40)]
>>> header.title
'NATO urges restraint'
"""

from __future__ import annotations

import regex

from .._records import Block, BlockKind, Defect, DocumentKind, Header, Span
from ._boilerplate import FORM_REASON, banner_publisher, chrome_reason, form_line, form_start, kicker, menu_like
from ._footnotes import NOTE_START, notes_heading
from ._header import (
    HeaderDate,
    HeaderLine,
    body_dateline,
    byline_like,
    continuation_like,
    digest_period,
    is_agency,
    moment,
    prose_like,
    read_header_line,
    separator_line,
    title_kind,
    title_leading_date,
    title_like,
)

__all__ = ["segment"]

# How many non-chrome lines the header may take before the body must have begun.
_PREAMBLE_LINES = 12
# The longest navigation menu read as one run of lines.
_MENU_LINES = 30
# A title followed directly by prose, with no blank line, must be at most this long.
_SHORT_TITLE = 160
# How many byline lines may stand between a title and its dateline ("Ambassador …", "U.S. Permanent …").
_BYLINE_LOOKAHEAD = 4

# Photo and video captions: "Photo: NATO", "Foto: …", "(Photo credit: …)", "Video: …", "Photo by …:"
# — a caption word (optionally with "credit" or "by") before a colon, "©" or a bar.
_CAPTION_WORDS = frozenset(
    {"photo", "photos", "foto", "fotos", "image", "picture", "video", "crédit photo", "photo credit", "bildquelle",
     "bild", "credit"}
)
_CAPTION_FIRST = frozenset("(PpFfIiVvCcBb")
_CAPTION_MARKS = (":", "©", "|")


# Body-marker brackets ("[1]") that make an untitled, headerless analysis with references a digest.
_BRACKET_MARKER = regex.compile(r"\[\d{1,3}\]")

# A line of the footer that follows an archive or copyright heading: short, not a sentence.
_FOOTER_WORDS = 12

# The run a chrome heading opens: the short lines after it belong to it.
_MODE_AFTER = {"footer/archive": "footer", "related-links heading": "related"}

_Kind = tuple[BlockKind, str | None]
_BODY: _Kind = ("body", None)
_TITLE: _Kind = ("title", None)
_HEADER: _Kind = ("header", None)
_CAPTION_KIND: _Kind = ("caption", None)
_NOTES: _Kind = ("notes", None)


class _Lines:
    """The input split once into lines, with the offsets of each line's stripped text."""

    __slots__ = ("chromes", "ends", "headers", "n", "starts", "text", "texts")

    def __init__(self, text: str) -> None:
        self.text = text
        self.headers: dict[int, HeaderLine | None] = {}  # read_header_line, once per line
        self.starts: list[int] = []  # offset of the first non-space character
        self.ends: list[int] = []  # offset after the last non-space character
        self.texts: list[str] = []  # the stripped line ("" for a blank line)
        pos = 0
        starts, ends, texts = self.starts, self.ends, self.texts
        for raw in text.splitlines(keepends=True):
            stripped = raw.strip()
            if stripped:
                # The first character of the stripped line first occurs where the white space ends.
                start = pos + raw.find(stripped[0])
                starts.append(start)
                ends.append(start + len(stripped))
            else:
                starts.append(pos)
                ends.append(pos)
            texts.append(stripped)
            pos += len(raw)
        self.n = len(self.texts)
        self.chromes: dict[int, str | None] = {}  # chrome_reason, once per line

    def header(self, i: int) -> HeaderLine | None:
        """Line *i* read as a header line (cached: the date grammar is asked once per line)."""
        if i in self.headers:
            return self.headers[i]
        read = self.headers[i] = read_header_line(self.text, self.starts[i], self.texts[i])
        return read

    def chrome(self, i: int) -> str | None:
        """Why line *i* is chrome, or ``None`` (cached: lines are looked at from several places)."""
        if i in self.chromes:
            return self.chromes[i]
        reason = self.chromes[i] = chrome_reason(self.texts[i])
        return reason

    def next_content(self, i: int) -> int:
        """The index of the first non-blank line after line *i*, or ``n``."""
        j = i + 1
        while j < self.n and not self.texts[j]:
            j += 1
        return j


class _HeaderFields:
    """The header as it is being read, line by line."""

    def __init__(self) -> None:
        self.title_lines: list[int] = []
        self.published: HeaderDate | None = None
        self.updated: HeaderDate | None = None
        self.reference: str | None = None
        self.label: str | None = None
        self.distributor: str | None = None
        self.publisher: str | None = None
        self.agency: str | None = None
        self.place: str | None = None
        self.nato_style = False
        self.digest = False
        self.wire = False

    def add(self, line: HeaderLine) -> None:
        if self.published is None and line.published is not None:
            self.published = line.published
        if self.updated is None and line.updated is not None:
            self.updated = line.updated
        self.reference = self.reference or line.reference
        self.label = self.label or line.label
        self.distributor = self.distributor or line.distributor
        self.agency = self.agency or line.agency
        self.place = self.place or line.place
        self.nato_style = self.nato_style or line.nato_style


def segment(text: str) -> tuple[list[Block], Header, list[Defect]]:
    """Partition *text* into blocks covering every character once, and read the header.

    Returns ``(blocks, header, defects)``. Every ``boilerplate`` block has a
    ``reason`` ("share buttons", "account/sign-up form", …).

    >>> blocks, header, _ = segment("Spread the love\\n\\nAllies met.")
    >>> [(b.kind, b.reason) for b in blocks]
    [('boilerplate', 'share buttons'), ('blank', None), ('body', None)]
    """
    lines = _Lines(text)
    kinds: list[_Kind | None] = [None] * lines.n
    fields = _HeaderFields()
    body_start = _read_preamble(text, lines, kinds, fields)
    _read_body(text, lines, kinds, body_start)
    blocks = _blocks(text, lines, kinds)
    defects: list[Defect] = []
    header = _header(text, lines, kinds, fields, body_start, defects)
    return blocks, header, defects


def _read_preamble(text: str, lines: _Lines, kinds: list[_Kind | None], fields: _HeaderFields) -> int:
    """Mark the chrome, title and header lines at the top; return the index of the first body line."""
    texts = lines.texts
    i = lines.next_content(-1)
    counted = 0
    in_form = False
    while i < lines.n and counted < _PREAMBLE_LINES:
        line = texts[i]
        if in_form and form_line(line):
            kinds[i] = ("boilerplate", FORM_REASON)
            i = lines.next_content(i)
            continue
        in_form = False
        reason = lines.chrome(i)
        if reason is not None:
            kinds[i] = ("boilerplate", reason)
            in_form = reason == FORM_REASON
            i = lines.next_content(i)
            continue
        counted += 1
        untitled = not fields.title_lines
        if untitled and not fields.published:
            publisher = banner_publisher(line)
            if publisher is not None:
                kinds[i] = ("boilerplate", "site banner")
                fields.publisher = fields.publisher or publisher
                if _tagline(text, lines, i + 1):
                    kinds[i + 1] = ("boilerplate", "site banner")
                    i += 1
                i = lines.next_content(i)
                continue
            nxt = lines.next_content(i)
            if kicker(line) and nxt < lines.n and title_like(texts[nxt]):
                kinds[i] = ("boilerplate", "section kicker")
                i = nxt
                continue
        if untitled and digest_period(line):
            kinds[i] = _TITLE
            fields.title_lines.append(i)
            fields.digest = True
            return lines.next_content(i)
        if separator_line(line):
            kinds[i] = _HEADER
            i = lines.next_content(i)
            continue
        read = lines.header(i)
        if read is not None:
            kinds[i] = _HEADER
            fields.add(read)
            i = lines.next_content(i)
            continue
        if untitled and menu_like(line):
            last = _menu_end(lines, kinds, i)
            if last is not None:
                for k in range(i, last + 1):
                    kinds[k] = kinds[k] or ("boilerplate", "navigation")
                i = lines.next_content(last)
                continue
        if untitled and title_like(line) and (_title_may_end(text, lines, i) or _continued_title(text, lines, i)):
            i = _take_title(text, lines, kinds, fields, i)
            continue
        if not untitled and byline_like(line) and _dateline_follows(text, lines, i):
            kinds[i] = _HEADER
            i = lines.next_content(i)
            continue
        break
    return i


def _menu_end(lines: _Lines, kinds: list[_Kind | None], i: int) -> int | None:
    """The last line of the navigation menu that line *i* belongs to, or ``None`` when it is in none.

    A menu is a run of at least three lines with no blank line between them, each a chrome line or
    a short menu item ("Home" / "About NSPA" / "Business Opportunities" / "Contact"), at least one
    of them chrome, with the headline still to come (no paragraph of prose right after the run).
    """
    texts = lines.texts
    first = i
    while first > 0 and texts[first - 1] and (kinds[first - 1] or _BODY)[0] == "boilerplate":
        first -= 1
    chrome = i - first
    last = i
    while last + 1 < lines.n and texts[last + 1] and last - first < _MENU_LINES:
        if lines.chrome(last + 1) is not None:
            chrome += 1
        elif not menu_like(texts[last + 1]):
            return None
        last += 1
    if last - first < 2 or chrome == 0 or last - first >= _MENU_LINES:
        return None
    after = lines.next_content(last)
    if after < lines.n and prose_like(texts[after]):
        return None
    for k in range(i, last + 1):
        if kinds[k] is None:
            kinds[k] = ("boilerplate", lines.chrome(k) or "navigation")
    return last


def _tagline(text: str, lines: _Lines, i: int) -> bool:
    """Whether line *i*, glued under a site banner, is the banner's tagline, not the headline.

    It is when a separate headline follows it: "NATO Review" / "Opinion, analysis and debate on
    security issues", a blank line, then the title. A line followed directly by a dateline is the
    headline itself ("SpaceWar.com - …" / "NATO urges Russia …" / "Brussels, March 14 (AFP) …").
    """
    texts = lines.texts
    if i + 1 >= lines.n or not texts[i] or texts[i + 1] or not title_like(texts[i]) or lines.header(i) is not None:
        return False
    j = lines.next_content(i)
    return (
        j < lines.n
        and lines.chrome(j) is None
        and lines.header(j) is None
        and title_like(texts[j])
        and (_title_may_end(text, lines, j) or _continued_title(text, lines, j))
    )


def _marked(text: str, lines: _Lines, i: int, label: str | None) -> bool:
    """Whether the bracketed *label* of the note on line *i* is used as a marker before it ("[1]")."""
    return label is not None and text.find("[" + label + "]", 0, lines.starts[i]) >= 0


def _title_may_end(text: str, lines: _Lines, i: int) -> bool:
    """Whether a title may end at line *i*.

    It may when a blank line, the end, a dateline or chrome comes next, or (pages scraped without
    blank lines) when a short title is followed directly by a paragraph of prose.
    """
    j = i + 1
    if j >= lines.n or not lines.texts[j]:
        return True
    line = lines.texts[j]
    return (
        lines.chrome(j) is not None
        or separator_line(line)
        or lines.header(j) is not None
        or (len(lines.texts[i]) <= _SHORT_TITLE and prose_like(line))
    )


def _continued_title(text: str, lines: _Lines, i: int) -> bool:
    """Whether line *i* is the first line of a title continued on the very next line ("Keynote speech" / "by …")."""
    j = i + 1
    return j < lines.n and continuation_like(lines.texts[j]) and _title_may_end(text, lines, j)


def _take_title(text: str, lines: _Lines, kinds: list[_Kind | None], fields: _HeaderFields, i: int) -> int:
    """Mark line *i* and its lower-case continuation lines as the title; return the next line."""
    kinds[i] = _TITLE
    fields.title_lines.append(i)
    j = lines.next_content(i)
    while (
        j < lines.n
        and len(fields.title_lines) < 3
        and j - i <= 2  # at most one blank line inside a title
        and continuation_like(lines.texts[j])
        and _title_may_end(text, lines, j)
    ):
        kinds[j] = _TITLE
        fields.title_lines.append(j)
        i, j = j, lines.next_content(j)
    return j


def _dateline_follows(text: str, lines: _Lines, i: int) -> bool:
    """Whether a dateline comes within a few short lines after line *i* (a byline block)."""
    j = lines.next_content(i)
    for _ in range(_BYLINE_LOOKAHEAD):
        if j >= lines.n:
            return False
        line = lines.texts[j]
        if lines.header(j) is not None or body_dateline(text, lines.starts[j], line) is not None:
            return True
        if not byline_like(line):
            return False
        j = lines.next_content(j)
    return False


def _read_body(text: str, lines: _Lines, kinds: list[_Kind | None], start: int) -> None:
    """Mark the lines from *start* on: body, captions, notes sections, chrome and footers."""
    texts = lines.texts
    mode = ""  # "notes", "footer", "related" or "form" while inside such a run
    for i in range(start, lines.n):
        line = texts[i]
        if not line:
            continue
        if mode == "form" and form_line(line):
            kinds[i] = ("boilerplate", FORM_REASON)
            continue
        if mode == "notes":
            if NOTE_START.match(line) is not None or lines.chrome(i) is None:
                kinds[i] = _NOTES
                continue
            mode = ""
        if notes_heading(line) or (len(line) <= 40 and lines.chrome(i) == "related-links heading"):
            j = lines.next_content(i)
            note = NOTE_START.match(texts[j]) if j < lines.n else None
            if note is not None and (notes_heading(line) or _marked(text, lines, j, note.group("bracket"))):
                # "Notes" before a numbered list; "More on this topic" before "1. [1] …" whose labels
                # the body's markers use.
                kinds[i] = _NOTES
                mode = "notes"
                continue
        reason = lines.chrome(i)
        if reason is not None:
            kinds[i] = ("boilerplate", reason)
            mode = _MODE_AFTER.get(reason, "form" if form_start(line) else "")
            continue
        if mode == "footer" and line[-1] != "." and line.count(" ") < _FOOTER_WORDS:
            kinds[i] = ("boilerplate", "footer/archive")
            continue
        if mode == "related" and not prose_like(line):
            # The headlines listed under "Related articles" / "Mehr zum Thema".
            kinds[i] = ("boilerplate", "related links")
            continue
        mode = ""
        note = NOTE_START.match(line) if line[0] == "[" else None
        if note is not None and note.group("bracket") is not None:
            # A notes list without a heading: "[1] …" lines whose label a body marker uses.
            marker = "[" + note.group("bracket") + "]"
            if text.find(marker, 0, lines.starts[i]) >= 0:
                kinds[i] = _NOTES
                mode = "notes"
                continue
        caption = line[0] in _CAPTION_FIRST and _caption(line)
        kinds[i] = _CAPTION_KIND if caption else _BODY


def _caption(line: str) -> bool:
    """Whether *line* opens with a photo or video credit ("Photo: NATO", "(Photo credit: …)")."""
    head = line[1:40] if line[0] == "(" else line[:40]
    mark = min((k for k in map(head.find, _CAPTION_MARKS) if k >= 0), default=-1)
    if mark <= 0:
        return False
    words = head[:mark].lower().split()
    if len(words) > 1 and words[-1] in ("credit", "by") and " ".join(words[:-1]) in _CAPTION_WORDS:
        return True
    return " ".join(words) in _CAPTION_WORDS


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
    if fields.title_lines:
        first, last = fields.title_lines[0], fields.title_lines[-1]
        title = " ".join(" ".join(lines.texts[k].split()) for k in fields.title_lines)
        title_span = Span(start=lines.starts[first], end=lines.ends[last])
    if body_start < lines.n and not fields.digest and kinds[body_start] == _BODY:
        wire = body_dateline(text, lines.starts[body_start], lines.texts[body_start])
        if wire is not None:
            fields.place = fields.place or wire.place
            fields.agency = fields.agency or wire.agency
            fields.wire = wire.wire
            if fields.published is None:
                fields.published = wire.published
    published = fields.published
    if published is None and not fields.digest and fields.title_lines:
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
        published=None if published is None else moment(published),
        published_span=None if published is None else published.span,
        updated=None if updated is None else moment(updated),
        updated_span=None if updated is None else updated.span,
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
