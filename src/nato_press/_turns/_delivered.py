"""Speeches marked "Check against delivery": one unlabelled speech is one turn.

House rule (GOLD-RULES, turns: "one unlabelled speech = one turn"): a line that is only the
speech-text notice of its language ("Check against delivery", "(As delivered)", "Es gilt das
gesprochene Wort", "Seul le prononcé fait foi", "Det talade ordet gäller", …) is printed between a
speech's heading and the speech itself, so it makes the document a speech whatever its title
says: the speech begins with the first paragraph after the notice, and its speaker is the one
the title announces or, failing that, the first person name (two or three capitalised words that
name no body or event) in the heading and lead above the notice.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .._records import Block
from ._vocab import SENTENCE_STARTERS, TITLE_WORDS
from ._vocab import words as _words
from ._words import key

__all__ = ["delivery_notice", "first_person_name"]

# The notices as printed, in regex form: "_" stands for a space or a no-break space.
_NOTICES = (
    "(?:speech_)?+check_against_delivery",
    "(?:speech_)?+as_delivered",
    "as_prepared_for_delivery",
    "es_gilt_das_gesprochene_wort",
    "(?:seul_)?+le_(?:texte_)?+prononc[ée]_fait_foi",
    "det_talade_ordet_gäller",
    "(?:alleen_)?+het_gesproken_woord_(?:geldt|telt)",
    "fa_fede_il_(?:testo_)?+pronunciato",
    "(?:s[oó]lo_)?+vale_lo_pronunciado",
)

# A word stem every notice holds (casefolded): the regex runs only on pages with one of them.
_STEMS = ("deliver", "gesprochene", "prononc", "talade", "gesproken", "pronunci")

# The notice alone on its line, in brackets or not, any case. Bounded, anchored at the line.
_NOTICE = regex.compile(
    r"^[ \t\u00a0*_\[(]{0,4}+(?:"
    + "|".join(notice.replace("_", "[ \u00a0]") for notice in _NOTICES)
    + r")[ \t\u00a0.!*_\])]{0,4}+$",
    regex.IGNORECASE | regex.MULTILINE,
)

# How far into the document the notice is looked for, and how much text above it names the speaker.
_NOTICE_REACH = 2500
_LEAD_REACH = 800

# A run of capitalised words (maximal: possessive), each a name word.
_NAME_WORD = r"\p{Lu}[\p{Ll}\p{M}]++(?:-\p{Lu}[\p{Ll}\p{M}]++)?+"
_RUN = regex.compile(rf"(?<![\p{{L}}\p{{M}}]){_NAME_WORD}(?:[ \u00a0]{_NAME_WORD})*+")

# Words that make a capitalised run a body, place or event, not a person ("Berlin Security Conference").
_NOT_NAME_WORDS = _words(
    "conference summit forum security council alliance nato otan european europe union commission "
    "parliament ministry ministers meeting meetings centre center institute university school college "
    "foundation agency office headquarters command forces force army navy defence defense treaty "
    "day week year session assembly committee group organisation organization nations states kingdom "
    "republic federal government national international atlantic north south east west new press "
    "today speech remarks address statement check delivered"
)


def delivery_notice(text: str, blocks: Sequence[Block]) -> tuple[int, int] | None:
    """The (start, end) of a speech-text notice line near the top of the page, or ``None``."""
    reach = min(len(text), _NOTICE_REACH)
    if blocks and blocks[0].span.start < reach:
        reach = max(reach, min(len(text), blocks[0].span.start + _NOTICE_REACH))
    window = text[:reach].casefold()
    if not any(stem in window for stem in _STEMS):
        return None  # a cheap filter: most pages carry no notice
    match = _NOTICE.search(text, 0, reach)
    if match is None:
        return None
    return match.start(), match.end()


def first_person_name(text: str, start: int, end: int) -> str | None:
    """The first run of two or three capitalised name words in ``text[start:end]`` naming no body."""
    for match in _RUN.finditer(text, max(start, end - _LEAD_REACH), end):
        parts = match.group().split()
        while parts and key(parts[0]) in TITLE_WORDS:  # "Minister Jonas Weber": the title is no part of the name
            parts = parts[1:]
        if not 2 <= len(parts) <= 3:
            continue
        keys = [key(part) for part in parts]
        if keys[0] in SENTENCE_STARTERS:
            continue
        if any(k in _NOT_NAME_WORDS or k in TITLE_WORDS for k in keys):
            continue
        return " ".join(parts)
    return None
