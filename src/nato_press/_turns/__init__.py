"""Stage 3, turns: transcript turns from speaker labels.

Reads the body blocks and the header and returns :class:`~nato_press.Turn` records, one per
labelled (or announced) turn, questions marked. Modules, in reading order: ``_vocab`` (role,
question, title and outlet words), ``_words`` (single name and title words, ALL-CAPS case
restored), ``_phrases`` (titles split from names), ``_titles`` (titles that announce spoken
material and their speaker), ``_cues`` (interview cue words that name the interviewee),
``_namebook`` (label names resolved to the fullest name in the text), ``_labels`` (the label
shapes), ``_layout`` (body runs, turn text ranges, the opening statement), ``_announce`` (the
announced speaker), ``_speakers`` (the speaker a label stands for), ``_find`` (the stage that
runs them: labels to turns).
"""

from ._find import find_turns

__all__ = ["find_turns"]
