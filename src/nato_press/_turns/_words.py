"""Words of names and titles: what a single word is, and ALL-CAPS case restored.

The word tests that every reading of a label or a title phrase rests on: the vocabulary key
of a word, whether it is an initial ("M."), capitalised, a title word ("General", "NATO"),
a name word or a possessive; and the case of an ALL-CAPS name ("URSULA VON DER LEYEN") or
title ("NATO SECRETARY GENERAL") restored.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from ._vocab import ACRONYMS, CONNECTORS, HEADING_WORDS, PARTICLES, SURNAME_TITLES, TITLE_WORDS

__all__ = [
    "has_digit",
    "is_capitalised",
    "is_initial",
    "is_name_word",
    "is_title_phrase",
    "is_title_word",
    "key",
    "possessive",
    "restore_case",
    "restore_title_case",
]


# A word that is a person's initial: "M.", "J.-P.".
_INITIAL = regex.compile(r"\p{Lu}\.(?:-?\p{Lu}\.)?+")


@functools.lru_cache(maxsize=4096)
def key(word: str) -> str:
    """The casefolded word without trailing punctuation or possessive, for vocabulary look-ups."""
    word = word.strip(",;:()[]\"“”‘'’")
    if word.endswith(("’s", "'s")):
        word = word[:-2]
    return word.casefold().rstrip(".")


@functools.lru_cache(maxsize=4096)
def is_initial(word: str) -> bool:
    """Whether *word* is an initial: "M.", "J.-P."."""
    if len(word) == 2:
        return word[1] == "." and word[0].isupper()
    return "." in word and _INITIAL.fullmatch(word) is not None


# Any decimal digit.
_DIGIT = regex.compile(r"\d")


def has_digit(text: str) -> bool:
    """Whether *text* contains a decimal digit."""
    return _DIGIT.search(text) is not None


@functools.lru_cache(maxsize=4096)
def is_capitalised(word: str) -> bool:
    """Whether *word* begins with an upper-case letter (after opening punctuation)."""
    stripped = word.lstrip("(\"“‘'[")
    return bool(stripped) and stripped[0].isupper()


@functools.lru_cache(maxsize=4096)
def is_title_word(word: str) -> bool:
    return is_capitalised(word) and (key(word) in TITLE_WORDS or key(word) in ACRONYMS)


def _cap_part(part: str) -> str:
    return part[:1].upper() + part[1:].lower()


def _cap_apostrophes(word: str) -> str:
    """ "O'BRIEN" is "O'Brien", "D’ALEMA" is "D’Alema"."""
    return "'".join("’".join(_cap_part(q) for q in p.split("’")) for p in word.split("'"))


def restore_case(tokens: Sequence[str]) -> str:
    """Restore an ALL-CAPS name to normal case: particles lower, initials and hyphenated parts kept.

    >>> restore_case("URSULA VON DER LEYEN".split())
    'Ursula von der Leyen'
    >>> restore_case(["JEAN-PIERRE", "O'BRIEN"])
    "Jean-Pierre O'Brien"
    """
    return _restore_case(tuple(tokens))


# Names and titles recur within and across documents: each is restored once.
@functools.lru_cache(maxsize=4096)
def _restore_case(tokens: tuple[str, ...]) -> str:
    out: list[str] = []
    for index, word in enumerate(tokens):
        if not word.isupper() or is_initial(word):
            out.append(word)
        elif index > 0 and key(word) in PARTICLES:
            out.append(word.lower())
        else:
            out.append("-".join(_cap_apostrophes(h) for h in word.split("-")))
    return " ".join(out)


def restore_title_case(tokens: Sequence[str]) -> str:
    """Restore an ALL-CAPS title ("NATO SECRETARY GENERAL") to "NATO Secretary General"."""
    return _restore_title_case(tuple(tokens))


# Names and titles recur within and across documents: each is restored once.
@functools.lru_cache(maxsize=4096)
def _restore_title_case(tokens: tuple[str, ...]) -> str:
    out: list[str] = []
    for word in tokens:
        k = key(word)
        if not word.isupper() or k in ACRONYMS:
            out.append(word)
        elif k in CONNECTORS:
            out.append(word.lower())
        else:
            out.append("-".join(_cap_part(h) for h in word.split("-")))
    return " ".join(out)


@functools.lru_cache(maxsize=4096)
def is_name_word(word: str) -> bool:
    """Whether *word* can be part of a person's name: capitalised, an initial, or a particle."""
    k = key(word)
    if k in PARTICLES or is_initial(word):
        return True
    if len(word) == 1 and word.isupper():
        # An initial printed without its full stop ("PHILIP M BREEDLOVE", "John F Kelly").
        return True
    if not is_capitalised(word) or (not word.isalpha() and has_digit(word)):
        return False
    return not (
        k in HEADING_WORDS or (k in TITLE_WORDS and k not in SURNAME_TITLES) or k in ACRONYMS or k in CONNECTORS
    )


def is_title_phrase(tokens: Sequence[str]) -> bool:
    """Whether every word of *tokens* is a title word or a connector, with at least one title word."""
    return any(is_title_word(w) for w in tokens) and all(
        is_title_word(w) or key(w) in CONNECTORS or (is_capitalised(w) and key(w) not in HEADING_WORDS) for w in tokens
    )


def possessive(word: str) -> bool:
    return word.endswith(("’s", "'s")) and len(word) > 2 and word[-3].isalpha()
