"""Stage 4, people: quotes, speakers and who said what.

Reads the title, body, caption and notes blocks (with the header, the transcript turns and
the footnotes found before) and returns :class:`~nato_press.Speaker` and
:class:`~nato_press.Quote` records. Modules, in reading order: ``_quotes`` (quote marks
paired into quotes), ``_names`` (tokens, person names and sentence subjects), ``_speakers``
(the people of the text and their mentions), ``_attribution`` (cues and quote-to-speaker
resolution), ``_find`` (the stage that runs them).
"""

from ._find import find_people

__all__ = ["find_people"]
