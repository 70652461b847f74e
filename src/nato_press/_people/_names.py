"""Name words and titles: whether a word can be part of a person's name, and where a title is.

Names are read from the text, never from a list of people: a name is a run of capitalised
words, initials ("T.G. Marx", "Philip M. Breedlove"), hyphenated parts ("Hans-Werner") and
particles ("von der Leyen", "de Hoop Scheffer"). A word is a name word unless it is a title
word, a stop word, a body's head word or a place (the vocabularies in ``_vocab``). Titles are
compared in the form :func:`title_key` gives them ("NATO-Generalsekretär", "Secretary-General").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from ._tokens import Tok
from ._vocab import (
    DETERMINERS,
    HONORIFICS,
    MONTH_NAMES,
    ORG_ACRONYMS,
    ORG_HEADS,
    PARTICLES,
    PLACES,
    QUALIFIERS,
    STOP_WORDS,
    TITLE_FIRST,
    TITLE_LAST,
    TITLE_WORDS,
    TITLES,
)

__all__ = [
    "is_acronym",
    "is_bare_initials",
    "is_initials",
    "is_later_name_word",
    "is_name_word",
    "is_org_head",
    "name_word_before",
    "qualifier",
    "title_at_end",
    "title_at_start",
    "title_key",
    "title_may_precede",
]


def _plain(words: str) -> str:
    """*words* without accents: titles compare accent-insensitively ("secretaire general")."""
    if words.isascii():
        return words
    return "".join(c for c in unicodedata.normalize("NFD", words) if not unicodedata.combining(c))


@lru_cache(maxsize=8192)
def title_key(words: str) -> str:
    """The comparison form of a title: lower case, accents and an ``ORG-`` prefix dropped,
    hyphens as spaces.

    >>> title_key("NATO-Generalsekretär"), title_key("Secretary-General"), title_key("Secrétaire général")
    ('generalsekretar', 'secretary general', 'secretaire general')
    """
    parts = _plain(words.lower()).split()
    if parts:
        prefix, dash, rest = parts[0].partition("-")
        if dash and rest and prefix in QUALIFIERS:
            parts[0] = rest  # "NATO-Generalsekretär"
    return " ".join(" ".join(parts).replace("-", " ").split())


def is_initials(word: str) -> bool:
    """``T.G.``, ``U.S.``, ``M.``: capital letters and periods, ending with a period."""
    return len(word) >= 2 and word.endswith(".") and word[0].isupper() and all(c.isupper() or c == "." for c in word)


@lru_cache(maxsize=4096)
def is_name_word(word: str) -> bool:
    """Whether *word* can be part of a person's name (capitalised, not a title or stop word)."""
    if is_initials(word):
        return word.lower() not in HONORIFICS and word.upper() not in ("U.S.", "U.K.", "U.N.", "E.U.")
    # O'Brien, O’Neill; never an elided article ("l’Europe du Nord", "d’Estonie", "l'OTAN")
    apostrophe_name = word[:1].isupper() and word[1:2] in ("'", "’") and word[2:3].isupper()
    shape_ok = word[:1].isupper() and (len(word) == 1 or (not word.isupper() and word[1:2].isalpha()))
    if not shape_ok and not apostrophe_name:
        return False
    low = word.lower()
    if low.endswith(("’s", "'s")):
        return False
    if "-" in low and any(part in TITLE_WORDS or part in STOP_WORDS for part in low.split("-")):
        return False  # "Secretary-General", "Vice-President", "US-led"
    return low not in STOP_WORDS and low not in TITLE_WORDS and low not in ORG_HEADS and low not in PLACES


def name_word_before(text: str, at: int) -> bool:
    """Whether the word just before *at* (one white space apart) may be part of a name that
    goes on at *at*: a name word, an initial or a particle ("Jens", "J.", "von der")."""
    if at < 2 or not text[at - 1].isspace() or text[at - 2].isspace():
        return False
    pieces = text[max(0, at - 40) : at - 1].rsplit(None, 1)
    if not pieces:
        return False
    word = pieces[-1].lstrip("([{\"'“‘„«‹")
    return is_name_word(word) or word in PARTICLES


def title_may_precede(text: str, at: int) -> bool:
    """Whether a title, rank or role may be written just before *at* (the word before is a
    title's last word, a name word, or ends with a comma), so that reading tokens is worth it."""
    if at < 1 or not text[at - 1].isspace():
        return False
    pieces = text[max(0, at - 60) : at].rsplit(None, 1)
    if not pieces:
        return False
    word = pieces[-1]
    if word[-1] == ",":
        return True
    word = word.lstrip("([{\"'“‘„«‹")
    return _plain(word.lower()).rsplit("-", 1)[-1] in TITLE_LAST or is_name_word(word)


def is_bare_initials(word: str) -> bool:
    """Initials written without full stops before a surname ("PJ Crowley", "JD Vance"): two
    capital letters that are not a country, body or title acronym ("US", "EU", "UN")."""
    return (
        len(word) == 2
        and word.isalpha()
        and word.isupper()
        and word.lower() not in QUALIFIERS
        and word not in ORG_ACRONYMS
        and word.lower() not in STOP_WORDS
        and word not in ("UK", "US", "EU", "UN", "AU", "OK", "TV", "AI")
    )


def is_later_name_word(word: str) -> bool:
    """A word that is a name only after a first name: "Theresa May", "Rick March"."""
    return is_name_word(word) or (word.lower() in MONTH_NAMES and word[:1].isupper())


def is_acronym(word: str) -> bool:
    """An upper-case acronym naming a body or unit ("SHAPE", "MARCOM", "SNMG1")."""
    return 2 <= len(word) <= 10 and word.isupper() and word[0].isalpha() and word.isalnum()


def is_org_head(word: str) -> bool:
    """Whether *word* ends the name of a body ("Council", "NATO-Cyberakademie")."""
    low = word.lower()
    if low in ORG_HEADS or word in ORG_ACRONYMS:
        return True
    return any(low.endswith(head) for head in ("akademie", "kommando", "agentur"))


def title_at_end(toks: Sequence[Tok], end: int, lowest: int) -> int:
    """Length of the longest title ending just before token *end* (0 if none)."""
    if end <= lowest or _plain(toks[end - 1][0].lower()).rsplit("-", 1)[-1] not in TITLE_LAST:
        return 0
    for length in (5, 4, 3, 2, 1):
        begin = end - length
        if begin < lowest:
            continue
        first = toks[begin][0]
        if not first[:1].isupper() and not (begin > lowest and toks[begin - 1][0].lower() in DETERMINERS):
            continue  # a title in lower case only after its article: "the secretary general said"
        if title_key(" ".join(t[0] for t in toks[begin:end])) in TITLES:
            return length
    return 0


def title_at_start(toks: Sequence[Tok], begin: int, *, lower: bool = False) -> int:
    """Length of the longest title starting at token *begin* (0 if none); *lower* accepts a
    title in lower case (French and German write "le président Macron")."""
    if begin >= len(toks) or title_key(toks[begin][0]).split(" ", 1)[0] not in TITLE_FIRST:
        return 0
    if not lower and not toks[begin][0][:1].isupper():
        return 0
    for length in (5, 4, 3, 2, 1):
        end = begin + length
        if end > len(toks):
            continue
        if title_key(" ".join(t[0] for t in toks[begin:end])) in TITLES:
            return length
    return 0


def qualifier(word: str) -> str | None:
    """The body or nationality a word before a title names ("NATO’s" -> "NATO"), or ``None``."""
    base = word[:-2] if word.endswith(("’s", "'s")) else word
    if base.lower() in QUALIFIERS or (base.isupper() and 2 <= len(base) <= 6 and base.isalpha()):
        return base
    return None
