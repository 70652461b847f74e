"""nato_press: typed, frozen records from the text of NATO press material.

>>> import nato_press
>>> doc = nato_press.parse("07 Nov. 2017 - | Last updated: 07 Nov. 2017 11:17")
>>> doc.dates[0].start
datetime.date(2017, 11, 7)

The public API is exactly the names in ``__all__``; every other module is private.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from ._errors import DateParseError, FileReadError, NatoPressError
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

if TYPE_CHECKING:
    from ._corpus import ParseFailure, TableKind, link_speakers, parse_many, speaker_key, table
    from ._dates import find_dates, parse_date
    from ._pipeline import parse, parse_file

__version__ = "0.1.0"

# The functions load their stages on first use, so that ``import nato_press`` costs the records
# alone and the compiled patterns of every stage are paid for once, by the first call.
_LAZY = {
    "ParseFailure": "._corpus",
    "TableKind": "._corpus",
    "link_speakers": "._corpus",
    "parse_many": "._corpus",
    "speaker_key": "._corpus",
    "table": "._corpus",
    "find_dates": "._dates",
    "parse_date": "._dates",
    "parse": "._pipeline",
    "parse_file": "._pipeline",
}

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


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
