"""Stage 4, people: quotes, speakers and who said what.

Reads the title, body, caption and notes blocks (with the header, the transcript turns and
the footnotes found before) and returns :class:`~nato_press.Speaker` and
:class:`~nato_press.Quote` records. Modules, in reading order: ``_quotes`` (quote marks
paired into quotes, and quotes masked), ``_tokens`` (words, initials and punctuation with their offsets),
``_sentences`` (where sentences begin), ``_vocab`` (titles, ranks, particles, stop words and
the other vocabularies of names), ``_names`` (name words and titles), ``_subjects`` (the
subject read before or after a cue), ``_entries`` (the registry of persons and bodies),
``_name_match`` (fullest names and the person a title stands for), ``_introductions`` (the
titles written where a speaker is introduced), ``_speakers`` (who a subject stands for, and
the mentions), ``_cues`` (speech cues found in the text), ``_cue_subjects`` (the subject of a
cue), ``_quote_cues`` (the cue of a quote), ``_speech`` (which quotes are speech),
``_attribution`` (quote-to-speaker resolution), ``_find`` (the stage that runs them).
"""

from ._find import find_people

__all__ = ["find_people"]
