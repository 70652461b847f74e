"""nato_press: typed, frozen records from the text of NATO press material.

>>> import nato_press
>>> doc = nato_press.parse("07 Nov. 2017 - | Last updated: 07 Nov. 2017 11:17")
>>> doc.dates[0].start
datetime.date(2017, 11, 7)

The public API is exactly the names in ``__all__``; every other module is private.
"""

from ._corpus import ParseFailure, TableKind, link_speakers, parse_many, speaker_key, table
from ._dates import find_dates, parse_date
from ._errors import DateParseError, FileReadError, NatoPressError
from ._pipeline import parse, parse_file
from ._records import (
    Block,
    BlockKind,
    DateMention,
    Defect,
    Document,
    DocumentKind,
    Footnote,
    Header,
    Mention,
    Precision,
    Quote,
    Span,
    Speaker,
    Turn,
)

__version__ = "0.1.0"

__all__ = (
    "Block",
    "BlockKind",
    "DateMention",
    "DateParseError",
    "Defect",
    "Document",
    "DocumentKind",
    "FileReadError",
    "Footnote",
    "Header",
    "Mention",
    "NatoPressError",
    "ParseFailure",
    "Precision",
    "Quote",
    "Span",
    "Speaker",
    "TableKind",
    "Turn",
    "__version__",
    "find_dates",
    "link_speakers",
    "parse",
    "parse_date",
    "parse_file",
    "parse_many",
    "speaker_key",
    "table",
)


def __dir__() -> list[str]:
    return list(__all__)
