"""Corpora: parsing many sources (in worker processes) and tables of their records."""

from ._batch import ParseFailure, parse_many
from ._tables import TableKind, link_speakers, speaker_key, table

__all__ = ["ParseFailure", "TableKind", "link_speakers", "parse_many", "speaker_key", "table"]
