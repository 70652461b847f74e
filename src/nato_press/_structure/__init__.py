"""Stage 1, structure: the page cut into blocks, the header read, footnotes and language.

Reads the raw text and returns a lossless partition of it into :class:`~nato_press.Block`
records (chrome with its reason, header, title, body, captions, notes, blank runs), the
:class:`~nato_press.Header` (title, publisher, kind, reference, published and updated dates),
the footnotes of the notes blocks and the document's language. Modules, in reading order:
``_chrome_vocab`` (the phrases of page chrome), ``_chrome`` (which lines are page chrome),
``_banners`` (site banners, kickers, menus), ``_scan`` (the character steps the header readers share),
``_header_dates`` (the dates of header lines), ``_places`` (dateline places and news agencies),
``_header_lines`` (nato.int, aggregator and wire header lines), ``_datelines`` (the dateline opening
the body), ``_titles`` (title, continuation and byline lines, digest periods, dates around a title),
``_site_chrome`` (official-site notices, search prompts, adverts above a headline),
``_header_zone`` (genre labels, references, split dates, times, captions in the header zone),
``_front_matter`` (YAML front matter and markdown headings), ``_lede_dates`` (dates opening the
lede without a place), ``_title_kind`` (the kind a title announces), ``_footnotes`` (markers and
notes), ``_lines`` (the input split into lines),
``_preamble`` (the top of the page), ``_body`` (the lines after it), ``_assemble`` (blocks and header),
``_segment`` (the pass that uses them all), ``_language`` (the language of the body).
"""

from ._footnotes import find_footnotes
from ._language import detect_language
from ._segment import segment

__all__ = ["detect_language", "find_footnotes", "segment"]
