"""Stage 1, structure: the page cut into blocks, the header read, footnotes and language.

Reads the raw text and returns a lossless partition of it into :class:`~nato_press.Block`
records (chrome with its reason, header, title, body, captions, notes, blank runs), the
:class:`~nato_press.Header` (title, publisher, kind, reference, published and updated dates),
the footnotes of the notes blocks and the document's language. Modules, in reading order:
``_boilerplate`` (which lines are page chrome), ``_header`` (header lines, datelines, titles),
``_footnotes`` (markers and notes), ``_segment`` (the pass over the lines that uses all three),
``_language`` (the language of the body).
"""

from ._footnotes import find_footnotes
from ._language import detect_language
from ._segment import segment

__all__ = ["detect_language", "find_footnotes", "segment"]
