"""The input split once into lines, and the kinds the segmentation gives them.

:class:`_Lines` keeps every line's stripped text and the offsets of that text in the input, and
reads each line as chrome and as a header line at most once (both are asked from several places).
A line's kind is a block kind with the reason of a chrome line (``("boilerplate", "share buttons")``).
"""

from __future__ import annotations

from .._records import BlockKind
from ._chrome import chrome_reason
from ._header_lines import HeaderLine, read_header_line

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
