"""Stage 2, dates: every date mention in the dated blocks.

Reads the text of the blocks the structure stage kept (header, title, body, captions, notes)
and returns :class:`~nato_press.DateMention` records (explicit dates and, apart, relative
words) and their defects. The modules, in reading order:

- ``_vocab``: the word tables (months, weekdays, seasons, zones...) and the shared pattern fragments;
- ``_form_patterns``: the compiled patterns of the date forms;
- ``_scan_patterns``: the patterns of the candidate finder and of year inference;
- ``_raw``: the records the readers pass around (context, match built from pieces, raw mention);
- ``_words``: month and weekday words as the forms read them;
- ``_times``: times of day and zones;
- ``_ranges``: connectors, ranges and pairs of day dates;
- ``_day_first``, ``_month_first``, ``_numeric``: the day dates;
- ``_periods``: months, seasons, modified periods, quarters and halves;
- ``_years``: years and spans of years;
- ``_relative``: relative words, resolved against the reference date;
- ``_candidates``: where the scanner tries a date;
- ``_inference``: years from context for mentions written without one;
- ``_scan``: the scan driver, :func:`scan_dates`;
- ``_public``: :func:`find_dates` and :func:`parse_date`, the public entry points built on the same grammar.
"""

from ._public import find_dates, parse_date
from ._scan import scan_dates

__all__ = ["find_dates", "parse_date", "scan_dates"]
