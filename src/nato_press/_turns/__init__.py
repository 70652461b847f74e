"""Stage 3, turns: transcript turns from speaker labels.

Reads the body blocks and the header and returns :class:`~nato_press.Turn` records, one per
labelled (or announced) turn, questions marked. Modules: ``_vocab`` (role, question and outlet
words), ``_names`` (label names resolved to the fullest name in the text), ``_labels`` (the
label shapes), ``_find`` (the stage that runs them).
"""

from ._find import find_turns

__all__ = ["find_turns"]
