"""Footnote markers in the body and the notes they point to.

Markers read in the article (title, body and caption blocks):

* bracketed numbers, ``summit[1]`` or ``summit [1]``;
* superscript digits, ``summit¹``, when they follow punctuation or a note with that label exists;
* digits flattened onto a word by the scraper, ``summit.1`` or ``purpose.’2``, only when a note
  with that label exists (otherwise they are ordinary numbers).

Notes are read from ``notes`` blocks (see :mod:`nato_press._structure._segment`): one note per line that
starts with a label (``[1] …``, ``1. …``, ``1. [1] …``, ``(1) …``, ``¹ …``), continued by the
lines that follow it without a label.

>>> from nato_press._structure._segment import segment
>>> text = "Allies met.[1]\\n\\nNotes\\n[1] See https://www.nato.int/x.htm."
>>> notes, defects = find_footnotes(text, segment(text)[0])
>>> [(n.label, n.urls, len(n.markers)) for n in notes]
[('1', ('https://www.nato.int/x.htm',), 1)]
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .._records import Block, Defect, Footnote, Span

__all__ = ["NOTE_START", "find_footnotes", "find_urls", "notes_heading"]

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FROM_SUPERSCRIPT = str.maketrans(_SUPERSCRIPTS, "0123456789")

# The heading of a notes section ("Notes", "Footnotes", "Endnotes", "References", "Références",
# "Fußnoten", "Anmerkungen", "Quellen", and "Mehr zum Thema" when a numbered list follows it),
# with an optional colon; compared in lower case.
_NOTES_HEADINGS = frozenset(
    {"note", "notes", "footnote", "footnotes", "endnote", "endnotes", "references", "références",
     "notes de bas de page", "renvois", "fußnoten", "fussnoten", "anmerkungen", "endnoten", "quellen",
     "quellenangaben", "einzelnachweise", "source", "sources", "bibliography", "bibliographie", "literatur",
     "mehr zum thema", "further reading"}
)
# Headings are short: the longest is "notes de bas de page".
_HEADING_MAX = 40


def notes_heading(line: str) -> bool:
    """Whether *line* (stripped) is the heading of a notes section ("Notes", "Fußnoten:").

    >>> notes_heading("Endnotes:"), notes_heading("Notes on the Summit")
    (True, False)
    """
    return len(line) <= _HEADING_MAX and " ".join(line.lower().split()).rstrip(": ") in _NOTES_HEADINGS


# The label that opens a note line: "[1] …", "1. [1] …" (the bracket wins), "1. …", "1) …",
# "(1) …", "¹ …". The label is one to three digits.
NOTE_START = regex.compile(
    r"""
    (?:
      (?:\d{1,3}[.)]\s*+)?\[(?P<bracket>\d{1,3})\]
    | (?P<number>\d{1,3})(?:[.)]|(?=\s))
    | \((?P<paren>\d{1,3})\)
    | (?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})
    )
    \s*+
    """,
    regex.VERBOSE,
)

# Markers in the article: "[1]" (the bracketed number) and superscripts "¹²".
_MARKER = regex.compile(r"\[(?P<bracket>\d{1,3})\]|(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})")

# Digits flattened onto the end of a sentence by the scraper ("summit.1", "purpose.’2"): punctuation,
# then one or two digits that end the word; a letter must stand before the punctuation (checked in code).
_FLAT_MARKER = regex.compile(r"""(?<=[.,;:!?’”"»)])(?P<flat>\d{1,2})(?=\s|$)""")

# The characters that may stand between the letter and a flattened marker.
_FLAT_PUNCT = '.,;:!?’”"»)'

# Punctuation that can stand just before a superscript marker ("summit.¹", "said”²").
_SUP_AFTER = frozenset('.,;:!?’”"»)')

# URLs in notes: "http(s)://…" or "www.…", up to white space, quote marks or angle brackets.
_URL = regex.compile(r"""(?:https?://|www\.)[^\s<>"“”‘’«»„\[\]{}|\\^`]++""")

# Punctuation that ends a sentence after a URL rather than belonging to it.
_URL_TRAILING = ".,;:!?'*"

_MARKED_KINDS = frozenset({"title", "body", "caption"})


def _url_matches(note: str) -> list[regex.Match[str]]:
    """The URL matches of *note*, found by locating "http" and "www." first (a C-speed search)."""
    found: list[regex.Match[str]] = []
    for lead in ("http", "www."):
        pos = note.find(lead)
        while pos >= 0:
            m = _URL.match(note, pos)
            if m is not None and not (lead == "www." and note[pos - 3 : pos] == "://"):
                found.append(m)
                pos = m.end()
            else:
                pos += len(lead)
            pos = note.find(lead, pos)
    found.sort(key=lambda m: m.start())
    return found


def find_urls(note: str) -> tuple[str, ...]:
    """The URLs in *note*, without trailing punctuation or unbalanced closing brackets.

    >>> find_urls("See (https://www.nato.int/cps/en/natohq/x.htm?selectedLocale=en).")
    ('https://www.nato.int/cps/en/natohq/x.htm?selectedLocale=en',)
    """
    urls: list[str] = []
    for m in _url_matches(note):
        url = m.group()
        while url:
            last = url[-1]
            if last in _URL_TRAILING or (last == ")" and url.count(")") > url.count("(")):
                url = url[:-1]
            else:
                break
        if len(url) > 8 or (url.startswith("www.") and len(url) > 5):
            urls.append(url)
    return tuple(urls)


def _label_of(m: regex.Match[str]) -> str:
    for group in ("bracket", "number", "paren"):
        value = m.group(group)
        if value is not None:
            return str(int(value))
    return str(int(m.group("sup").translate(_FROM_SUPERSCRIPT)))


class _Note:
    __slots__ = ("end", "label", "start")

    def __init__(self, label: str, start: int, end: int) -> None:
        self.label = label
        self.start = start
        self.end = end


def _notes_in(text: str, block: Block) -> list[_Note]:
    """The notes of one ``notes`` block: a label starts a note, unlabelled lines continue it."""
    notes: list[_Note] = []
    pos = block.span.start
    for raw in text[block.span.start : block.span.end].splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            start = pos + len(raw) - len(raw.lstrip())
            end = start + len(stripped)
            m = NOTE_START.match(stripped)
            if m is not None and m.end() < len(stripped):
                notes.append(_Note(_label_of(m), start + m.end(), end))
            elif m is not None and not notes:
                pass  # a bare label with nothing after it
            elif notes and not notes_heading(stripped):
                notes[-1].end = end
        pos += len(raw)
    return notes


# Units that take a superscript power ("km²", "m³"): the superscript after them is no marker.
_UNITS = frozenset(("m", "km", "cm", "mm", "dm", "ft", "in", "mi", "yd", "nm", "sq", "s", "kg"))


def _in_sequence(label: str, markers: dict[str, list[Span]]) -> bool:
    """Whether *label* continues the markers seen so far: notes count 1, 2, 3 (a repeat is fine)."""
    number = int(label)
    return number == 1 or label in markers or str(number - 1) in markers


def _bracket_markers(text: str, start: int, end: int, notes: dict[str, _Note], markers: dict[str, list[Span]]) -> None:
    """Collect the "[1]" and superscript markers of ``text[start:end]``.

    A superscript is a marker after punctuation ("summit.¹"), when a note has its label, or after a
    word when it counts on from the markers before it ("Macédoine¹" as the first, "Skopje²" after it),
    the word being no unit ("km²"): pages often print the note itself unlabelled at the foot.
    """
    for m in _MARKER.finditer(text, start, end):
        if m.group("bracket") is not None:
            label = str(int(m.group("bracket")))
        else:
            label = str(int(m.group("sup").translate(_FROM_SUPERSCRIPT)))
            before = text[m.start() - 1 : m.start()]
            if label not in notes and before not in _SUP_AFTER:
                word = text[max(start, m.start() - 12) : m.start()].split()
                if not before.isalpha() or not _in_sequence(label, markers) or (word and word[-1].lower() in _UNITS):
                    continue  # "km²" is a unit, not a marker
        markers.setdefault(label, []).append(Span(start=m.start(), end=m.end()))


def _flat_markers(text: str, start: int, end: int, notes: dict[str, _Note], markers: dict[str, list[Span]]) -> None:
    """Collect the flattened markers ("summit.1", "in office.’2") of ``text[start:end]``.

    A digit flattened onto the end of a sentence is a marker only when a note has its label and it counts
    on from the markers before it (1, 2, 3 ...): "in 2019.5" or a stray "said.7" are numbers.
    """
    for m in _FLAT_MARKER.finditer(text, start, end):
        label = str(int(m.group("flat")))
        if label not in notes or not _in_sequence(label, markers):
            continue
        before = text[max(start, m.start() - 3) : m.start()].rstrip(_FLAT_PUNCT)
        if before[-1:].isalpha():
            markers.setdefault(label, []).append(Span(start=m.start(), end=m.end()))


# The bullet of an unlabelled note printed at the foot of the page: "- La Turquie reconnaît ...", "* ...".
_FOOT_BULLETS = ("- ", "– ", "* ", "— ")


def _foot_note(text: str, after: int) -> _Note | None:
    """The unlabelled note at the foot of *text*: its last line, a bullet line after *after*, or None.

    House style of pages with a single superscript marker: the note is printed under the article as
    one bulleted line without a label ("Macédoine¹ ..." / "- La Turquie reconnaît ...").
    """
    stripped = text.rstrip()
    line_start = stripped.rfind("\n") + 1
    if line_start <= after:
        return None
    line = stripped[line_start:]
    body = line.lstrip()
    if not body.startswith(_FOOT_BULLETS) or len(body) < 12:
        return None
    start = line_start + len(line) - len(body) + 2
    while start < len(stripped) and stripped[start].isspace():
        start += 1
    return _Note("", start, len(stripped))


def find_footnotes(text: str, blocks: Sequence[Block]) -> tuple[list[Footnote], list[Defect]]:
    """Return the footnotes of *text* with their markers, and the defects met.

    Footnotes come in the order their labels first appear (a marker usually
    comes first). A marker without a note gives a footnote with empty text,
    no span, and a ``footnote-without-note`` defect.
    """
    notes: dict[str, _Note] = {}
    for block in blocks:
        if block.kind == "notes":
            for each in _notes_in(text, block):
                notes.setdefault(each.label, each)

    superscripts = any(map(text.__contains__, _SUPERSCRIPTS))
    if not notes and not superscripts and "[" not in text:
        return [], []  # no note and nothing that could be a marker
    markers: dict[str, list[Span]] = {}
    for block in blocks:
        if block.kind not in _MARKED_KINDS:
            continue
        start, end = block.span.start, block.span.end
        if superscripts or text.find("[", start, end) >= 0:
            _bracket_markers(text, start, end, notes, markers)
        if notes:
            _flat_markers(text, start, end, notes, markers)
    for spans in markers.values():
        spans.sort()
    orphans = [label for label in markers if label not in notes]
    if len(orphans) == 1 and len(markers) == 1:
        foot = _foot_note(text, markers[orphans[0]][-1].end)
        if foot is not None:
            foot.label = orphans[0]
            notes[orphans[0]] = foot

    first_seen: dict[str, int] = {}
    for label, spans in markers.items():
        first_seen[label] = spans[0].start
    for label, listed in notes.items():
        first_seen[label] = min(first_seen.get(label, listed.start), listed.start)

    footnotes: list[Footnote] = []
    defects: list[Defect] = []
    for label in sorted(first_seen, key=first_seen.__getitem__):
        found = tuple(markers.get(label, ()))
        note = notes.get(label)
        if note is None:
            footnotes.append(Footnote(label=label, text="", span=None, markers=found))
            defects.append(
                Defect(
                    code="footnote-without-note",
                    message=f"marker [{label}] has no note (the text may be truncated)",
                    span=found[0],
                )
            )
            continue
        body = text[note.start : note.end]
        footnotes.append(
            Footnote(
                label=label,
                text=body,
                span=Span(start=note.start, end=note.end),
                urls=find_urls(body),
                markers=found,
            )
        )
    return footnotes, defects
