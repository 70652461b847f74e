"""YAML front matter and markdown headings: the header of a page scraped to markdown.

A markdown scrape may open with YAML front matter::

    ---
    date: '2024-07-05'
    title: "Background Press Call Previewing the NATO\\_Summit"
    ---

House rule: the front matter is the page's header, never its body. Its lines are ``header``
lines (so no quote, turn or speaker is read from them); its ``title:`` is the title, unescaped
(YAML double-quoted escapes: ``\\_`` a no-break space, ``\\"``, ``\\u2019``, a trailing ``\\``
folding the line) and white space collapsed; its ``date:`` (else ``published:`` /
``published_time:``) is the publication date. A markdown heading (``# Title``) gives the title
without its ``#`` marks (:func:`heading_mark`).

>>> text = '---\\ndate: 2024-07-05\\ntitle: "A\\\\_B"\\n---\\nBody.'
>>> lines = text.splitlines()
>>> starts = [text.index(line) for line in lines]
>>> front = read_front_matter(text, starts, lines)
>>> front.last, front.title, front.published.day.isoformat()
(3, 'A B', '2024-07-05')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import regex

from ._header_dates import HeaderDate

__all__ = ["FrontMatter", "heading_mark", "read_front_matter"]

# The longest front matter read, in lines (scrapers write a dozen keys at most).
_FRONT_LINES = 60
# A key line: "title: …", "published_time: …" (a word of letters, digits, "_" and "-", then a colon).
_KEY = regex.compile(r"(?P<key>[A-Za-z][\w-]{0,39}+):(?:[ \t]++(?P<value>.*+))?")
# An ISO day opening a value: "2024-07-05", "2024-07-05 17:00:00-04:00", "2024-07-05T17:00".
_ISO_DAY = regex.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)")
# The keys that date the page, the first one present wins.
_DATE_KEYS = ("date", "published", "published_time", "pubdate", "publishdate")

# YAML double-quoted escapes of one character.
_ESCAPES = {
    "0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v", "f": "\f", "r": "\r",
    "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85", "_": "\xa0", "L": "\u2028",
    "P": "\u2029",
}
# Escapes of a code point: "\x41", "\u2019", "\U0001F600" (the number of hex digits).
_HEX_ESCAPES = {"x": 2, "u": 4, "U": 8}
_HEX = frozenset("0123456789abcdefABCDEF")


class FrontMatter:
    """What YAML front matter says: its last line, the title and the date (when given)."""

    __slots__ = ("last", "published", "title")

    def __init__(self, last: int, title: str | None, published: HeaderDate | None) -> None:
        self.last = last
        self.title = title
        self.published = published


def heading_mark(line: str) -> int:
    """The length of the markdown heading mark opening *line* ("# ", "## "), or 0.

    >>> heading_mark("# Sverige i Nato"), heading_mark("#NATO"), heading_mark("No mark")
    (2, 0, 0)
    """
    hashes = 0
    while hashes < len(line) and line[hashes] == "#":
        hashes += 1
    if not 1 <= hashes <= 6 or line[hashes : hashes + 1] not in (" ", "\t"):
        return 0
    at = hashes
    while at < len(line) and line[at] in " \t":
        at += 1
    return at if at < len(line) else 0


def read_front_matter(text: str, starts: Sequence[int], texts: Sequence[str]) -> FrontMatter | None:
    """Read the YAML front matter opening the page (its first line ``---``), or ``None``.

    *starts* and *texts* are the offsets and stripped texts of the lines; the first line must be
    ``---`` and a closing ``---`` (or ``...``) must follow within a few dozen lines, every line
    between them a key, an indented continuation, a list item or blank.
    """
    if not texts or texts[0] != "---":
        return None
    keys: dict[str, tuple[int, int]] = {}  # key -> (first line, last line) of its value
    current: str | None = None
    for i in range(1, min(len(texts), _FRONT_LINES)):
        line = texts[i]
        if line in ("---", "..."):
            return _fields(text, starts, texts, keys, i)
        raw_start = text.rfind("\n", 0, starts[i]) + 1
        indented = starts[i] > raw_start
        m = _KEY.fullmatch(line) if not indented else None
        if m is not None:
            current = m.group("key").lower()
            keys.setdefault(current, (i, i))
        elif (indented or line[:2] == "- " or not line) and current is not None:
            first, _last = keys[current]
            keys[current] = (first, i)  # a continuation of the value above, or a list item
        elif line:
            return None  # not YAML: a page that merely opens with a rule
    return None


def _fields(
    text: str, starts: Sequence[int], texts: Sequence[str], keys: dict[str, tuple[int, int]], last: int
) -> FrontMatter:
    title = None
    if "title" in keys:
        first, end = keys["title"]
        title = _scalar(texts[first].partition(":")[2].strip(), [texts[k] for k in range(first + 1, end + 1)])
        title = " ".join(title.split()) or None
    published = None
    for key in _DATE_KEYS:
        if key in keys:
            line = keys[key][0]
            value = texts[line].partition(":")[2]
            at = len(texts[line]) - len(value)
            value_start = len(value) - len(value.lstrip(" \t\"'"))
            m = _ISO_DAY.match(value, value_start)
            if m is None:
                continue
            try:
                day = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                continue
            begin = starts[line] + at + m.start()
            published = HeaderDate(begin, begin + 10, day)
            break
    return FrontMatter(last, title, published)


def _scalar(head: str, rest: list[str]) -> str:
    """The value of a YAML scalar whose first line is *head* and continuation lines *rest*."""
    if head[:1] == '"':
        return _double_quoted("\n".join([head[1:], *rest]))
    if head[:1] == "'":
        body = "\n".join([head[1:], *rest])
        end = body.rfind("'")
        return _fold(body[: end if end >= 0 else len(body)]).replace("''", "'")
    if head[:1] in ("|", ">"):
        return " ".join(rest)
    return " ".join([head, *rest])


def _fold(body: str) -> str:
    """YAML line folding: a single line break is a space, each further empty line a line break."""
    parts = [part.strip(" \t") for part in body.split("\n")]
    out: list[str] = []
    for k, part in enumerate(parts):
        if k and out:
            out.append(" " if part else "\n")
        out.append(part)
    return "".join(out)


def _double_quoted(body: str) -> str:
    """A YAML double-quoted scalar after its opening mark: escapes read, lines folded, up to the closing mark."""
    out: list[str] = []
    at, size = 0, len(body)
    pending_break = False  # an unescaped line break seen: it folds into a space before the next text
    while at < size:
        char = body[at]
        if char == '"':
            break
        if char == "\n":
            while out and out[-1] in (" ", "\t"):
                out.pop()  # white space before a folded line break is dropped
            pending_break = True
            at += 1
            while at < size and body[at] in " \t":
                at += 1
            continue
        if pending_break:
            out.append(" ")
            pending_break = False
        if char != "\\" or at + 1 >= size:
            out.append(char)
            at += 1
            continue
        code = body[at + 1]
        if code == "\n":
            # An escaped line break: the lines join with nothing, the next line's indent dropped.
            at += 2
            while at < size and body[at] in " \t":
                at += 1
            continue
        width = _HEX_ESCAPES.get(code)
        if width is not None:
            digits = body[at + 2 : at + 2 + width]
            if len(digits) == width and _HEX.issuperset(digits):
                out.append(chr(min(int(digits, 16), 0x10FFFF)))
                at += 2 + width
                continue
        out.append(_ESCAPES.get(code, code))
        at += 2
    return "".join(out)
