"""Titles split from names: a run of words read as optional titles followed by a name.

"NATO Secretary General Jens Stoltenberg" is the titles "NATO Secretary General" and the
name "Jens Stoltenberg"; "Admiral Rob Bauer, Chair of the NATO Military Committee" gives two
titles. A title is kept as text ("Secretary General") and compared by its key words.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from ._vocab import CONNECTORS, OFFICE_WORDS, OUTLET_WORDS, PARTICLES, TITLE_WORDS
from ._vocab import words as _words
from ._words import (
    is_capitalised,
    is_initial,
    is_name_word,
    is_title_phrase,
    is_title_word,
    key,
    restore_title_case,
)

__all__ = ["name_from_phrase", "phrase_tokens", "split_title_name", "title_key", "title_text"]


def split_title_name(tokens: Sequence[str]) -> tuple[list[str], list[str]]:
    """Split *tokens* into the leading titles and the name after them.

    >>> split_title_name("NATO Secretary General Jens Stoltenberg".split())
    (['NATO', 'Secretary', 'General'], ['Jens', 'Stoltenberg'])
    >>> split_title_name("Minister of Defence of Ukraine Oleksii Reznikov".split())
    (['Minister', 'of', 'Defence', 'of', 'Ukraine'], ['Oleksii', 'Reznikov'])
    """
    n = len(tokens)
    i = 0
    mixed = not all(w.isupper() for w in tokens if any(c.isalpha() for c in w))
    while i < n:
        word = tokens[i]
        k = key(word)
        if is_title_word(word) or (mixed and i < n - 2 and _title_acronym(word)):
            i += 1
        elif k in CONNECTORS and (k == "the" or i > 0) and i < n - 1:
            i += 1
            # "of Ukraine", "for Europe": a connector brings the capitalised word after it into the title.
            if k != "the" and i < n - 1 and is_capitalised(tokens[i]) and key(tokens[i]) not in PARTICLES:
                i += 1
        else:
            break
    return list(tokens[:i]), list(tokens[i:])


def _title_acronym(word: str) -> bool:
    """Whether *word* is an office acronym before a name in mixed case ("APNSA Jake Sullivan",
    "DNI Jane Roe"): two to six capitals. In an ALL-CAPS phrase every word is capitals, so the
    caller asks only for mixed-case phrases, and only with two name words after it."""
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()


def title_text(tokens: Sequence[str]) -> str:
    """A title from the tokens before a name: leading "the" and "NATO" dropped, case restored.

    >>> title_text(["NATO", "Secretary", "General"])
    'Secretary General'
    """
    return _title_text(tuple(tokens))


# Names and titles recur within and across documents: each is restored once.
@functools.lru_cache(maxsize=4096)
def _title_text(tokens: tuple[str, ...]) -> str:
    words = [w.strip(",;:") for w in tokens]
    while words and key(words[0]) in ("the", "nato") and len(words) > 1:
        words = words[1:]
    while words and key(words[-1]) in CONNECTORS:
        words = words[:-1]
    if not words or (len(words) == 1 and key(words[0]) in ("the", "nato")):
        return ""
    if len(words) == 1 and words[0].isupper() and key(words[0]) not in TITLE_WORDS:
        return words[0]  # an office acronym: "APNSA"
    if all(w.isupper() or key(w) in CONNECTORS for w in words):
        return restore_title_case(words)
    return " ".join(words)


@functools.lru_cache(maxsize=4096)
def title_key(title: str) -> frozenset[str]:
    """The words that identify a title, order and connectors ignored, "NATO" dropped.

    >>> title_key("European Commission President") == title_key("President of the European Commission")
    True
    """
    keys = {key(w) for w in title.split()}
    return frozenset(keys - CONNECTORS - {"nato", ""})


# Capitalised words that end the name phrase of a title-case title ("… Stoltenberg Following The …").
_PHRASE_STOPS = _words("following at on during after before ahead upon via and with to in")


def phrase_tokens(words: Sequence[str]) -> tuple[str, ...]:
    """The name phrase at the start of *words*: capitalised words, initials, particles, connectors."""
    return _read_phrase_tokens(tuple(words[:16]))


@functools.lru_cache(maxsize=4096)
def _read_phrase_tokens(words: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for word in words:
        k = key(word)
        # "to" joins an office to its body ("Ambassador to NATO"); otherwise it ends the phrase.
        if k in _PHRASE_STOPS and not (k == "to" and out and key(out[-1]) in TITLE_WORDS and word == "to"):
            break
        possessive = word.rstrip(",;:").endswith(("’s", "'s"))
        if is_capitalised(word) or k in PARTICLES or k in ("of", "the", "for", "to"):
            out.append(word[:-2] if possessive else word)
            if possessive or word.endswith((";", ":")):
                break
        else:
            break
    while out and key(out[-1]) in ("of", "the", "for", "to"):
        out.pop()
    return tuple(out)


def name_from_phrase(phrase: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Split a title phrase into (titles, name tokens); groups are separated by commas."""
    return _read_name_phrase(tuple(phrase))


# The same announcements recur across documents ("NATO Secretary General Jens Stoltenberg"):
# a phrase is read once.
@functools.lru_cache(maxsize=4096)
def _read_name_phrase(phrase: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    groups: list[list[str]] = [[]]
    for word in phrase:
        groups[-1].append(word.rstrip(","))
        if word.endswith(","):
            groups.append([])
    groups = [g for g in groups if g]
    best: tuple[int, list[str]] | None = None  # the group of the name, and the name
    for index, group in enumerate(groups):
        _, name = split_title_name(group)
        usable = name and all(is_name_word(w) for w in name) and len(name) <= 6
        if usable and (best is None or (len(name) >= 2 and len(best[1]) < 2)):
            best = (index, name)
    if best is None:
        return None
    titles: list[str] = []
    name_tokens: list[str] = []
    for index, group in enumerate(groups):
        if index == best[0]:
            prefix, name_tokens = split_title_name(group)
            if prefix:
                titles.append(title_text(prefix))
        elif is_title_phrase(group) and not _names_outlet(group):
            titles.append(title_text(group))
    if name_tokens and name_tokens[-1].endswith(".") and not is_initial(name_tokens[-1]):
        name_tokens = [*name_tokens[:-1], name_tokens[-1].rstrip(".")]  # the sentence ends after the name
    return tuple(t for t in titles if t), tuple(name_tokens)


def _names_outlet(words: Sequence[str]) -> bool:
    """Whether *words* name a news outlet ("Defence Weekly", "Baltic News Service"), not an office."""
    keys = {key(w) for w in words}
    return not keys.isdisjoint(OUTLET_WORDS) and keys.isdisjoint(OFFICE_WORDS)
