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

from .._records import Block, Defect, Header
from ._assemble import _blocks, _header
from ._body import _read_body
from ._header_zone import late_metadata_date
from ._lines import _HEADER, _Kind, _Lines
from ._preamble import _HeaderFields, _read_preamble

__all__ = ["segment"]


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
    if fields.published is None and fields.title_lines:
        late = late_metadata_date(lines, body_start)
        read = None if late is None else lines.header(late)
        if late is not None and read is not None:
            kinds[late] = _HEADER  # "Date: …" after a transcript's participant list is header
            fields.add(read)
    blocks = _blocks(text, lines, kinds)
    defects: list[Defect] = []
    header = _header(text, lines, kinds, fields, body_start, defects)
    return blocks, header, defects
