"""First names from the next speaker's address: "MR. CROWLEY: …" then "Thanks, P.J. …".

A label with a title and a surname only ("MR. CROWLEY:", "SECRETARY ROE:") whose first name
the document never writes next to the surname takes the first name by which the next speaker
addresses them at the start of the reply ("Thanks, P.J.", "Thank you, Anna", "dear Anna"):
the speaker's name is as full as the text gives it anywhere.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ._labels import RawLabel
from ._speakers import Who
from ._vocab import SENTENCE_STARTERS, TITLE_WORDS
from ._words import key

__all__ = ["add_first_names"]

# An address at the start of a reply: a thanks or greeting, a comma, then a first name: initials
# ("P.J.") or one capitalised word, ending at punctuation or a space. Possessive quantifiers.
# House rule: the FIRST vocative of the greeting decides. "Thank you, dear Anna" and "Dear Anna,"
# address the speaker by first name; "thank you so much, Mr. President, dear Donald" addresses
# them by title, and the courtesy "dear X" after that title is no name the text gives: the
# speaker keeps the surname. So "dear" counts only right after the greeting or opening a sentence.
_ADDRESS = regex.compile(
    r"(?:(?:[Tt]hanks|[Tt]hank[ \u00a0]you|[Hh]i|[Hh]ello)(?:[ \u00a0](?:very|so)[ \u00a0]much)?+,?+[ \u00a0]++"
    r"(?:dear[ \u00a0]++)?+|(?:^|(?<=[.!?][ \u00a0]{1,3}))Dear[ \u00a0]++)"
    r"(?P<name>(?:\p{Lu}\.){1,3}+|\p{Lu}\p{Ll}{1,20}+)(?=[.,!;:]|[ \u00a0]|$)"
)

# How far into the reply the address is looked for (characters).
_REACH = 160


def add_first_names(text: str, labels: Sequence[tuple[RawLabel, Who]]) -> list[tuple[RawLabel, Who]]:
    """*labels* with surname-only person speakers given the first name the next reply addresses."""
    first_names: dict[str, str] = {}
    for index, (_, who) in enumerate(labels):
        if not who.is_person or " " in who.name or who.name in first_names or index + 1 >= len(labels):
            continue
        reply_raw, reply = labels[index + 1]
        if reply.name == who.name:
            continue
        window = text[reply_raw.after : min(reply_raw.after + _REACH, len(text))]
        match = _ADDRESS.search(window)
        if match is None:
            continue
        name = match.group("name")
        word = key(name)
        if word in TITLE_WORDS or word in SENTENCE_STARTERS or name == who.name:
            continue
        first_names[who.name] = f"{name} {who.name}"
    if not first_names:
        return list(labels)
    return [
        (raw, who._replace(name=first_names[who.name]) if who.is_person and who.name in first_names else who)
        for raw, who in labels
    ]
