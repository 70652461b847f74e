"""Names for transcript turns: titles split from names, case restored, surnames resolved.

A speaker label or a title phrase is read as an optional run of titles followed by a name
("NATO Secretary General Jens Stoltenberg", "GENERAL PHILIP M. BREEDLOVE", "Ambassador
Lute"). :class:`NameBook` resolves what a label gives to the fullest name the document
offers: a surname to the full name written elsewhere ("Ambassador Lute" is "Douglas Lute"
when "Ambassador Douglas Lute" occurs), an ALL-CAPS name to its written case.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import NamedTuple

import regex

from ._turns_vocab import (
    ACRONYMS,
    CONNECTORS,
    HEADING_WORDS,
    PARTICLES,
    SENTENCE_STARTERS,
    SURNAME_TITLES,
    TITLE_WORDS,
)
from ._turns_vocab import words as _words

__all__ = [
    "NameBook",
    "TitleReading",
    "key",
    "read_byline",
    "read_title",
    "restore_case",
    "restore_title_case",
    "split_title_name",
    "title_text",
]

# Genre nouns of spoken NATO material in a title: "Press conference by …", "Monthly press
# briefing by …", "Doorstep statement by …", "Joint press point with …", "Speech by …",
# "Remarks by …", "Interview with …", "Ambassador Lute's Pre-Ministerial Telephonic Press
# Briefing". A noun maps to the words that must precede it (empty: none needed).
_GENRE_NOUNS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        _words(
            "briefing briefings speech speeches remarks address keynote lecture lectures interview interviews "
            "q&a transcript transcripts podcast podcasts roundtable roundtables conversation conversations "
            "dialogue dialogues discussion discussions hearing hearings testimony doorstep"
        ),
        frozenset(),
    ),
    **dict.fromkeys(["conference", "conferences"], _words("press news")),
    **dict.fromkeys(["point", "points", "availability", "encounter", "encounters"], _words("press media")),
    **dict.fromkeys(["statement", "statements"], _words("doorstep opening introductory")),
    **dict.fromkeys(["message", "messages"], _words("video")),
    "chat": _words("fireside"),
    "hall": _words("town"),
}

# Words after a genre noun that introduce who gives it: "… by", "… with", "… given by".
_GENRE_TRIGGERS = _words("by with of from")
_GENRE_TRIGGER_LEADS = _words("given delivered")

# Title prefix before a genre noun that still makes it a transcript title: a date and
# capitalised or adjective words ("May 18, 2016:", "Monthly", "Joint", "Pre-ministerial").
_TITLE_LEAD_WORDS = _words(
    "monthly weekly daily joint online virtual opening closing keynote pre-ministerial pre-summit "
    "post-ministerial press media telephonic telephone annual special full final official"
)

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
def _is_title_word(word: str) -> bool:
    return is_capitalised(word) and (key(word) in TITLE_WORDS or key(word) in ACRONYMS)


def split_title_name(tokens: Sequence[str]) -> tuple[list[str], list[str]]:
    """Split *tokens* into the leading titles and the name after them.

    >>> split_title_name("NATO Secretary General Jens Stoltenberg".split())
    (['NATO', 'Secretary', 'General'], ['Jens', 'Stoltenberg'])
    >>> split_title_name("Minister of Defence of Ukraine Oleksii Reznikov".split())
    (['Minister', 'of', 'Defence', 'of', 'Ukraine'], ['Oleksii', 'Reznikov'])
    """
    n = len(tokens)
    i = 0
    while i < n:
        word = tokens[i]
        k = key(word)
        if _is_title_word(word):
            i += 1
        elif k in CONNECTORS and (k == "the" or i > 0) and i < n - 1:
            i += 1
            # "of Ukraine", "for Europe": a connector brings the capitalised word after it into the title.
            if k != "the" and i < n - 1 and is_capitalised(tokens[i]) and key(tokens[i]) not in PARTICLES:
                i += 1
        else:
            break
    return list(tokens[:i]), list(tokens[i:])


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


def title_text(tokens: Sequence[str]) -> str:
    """A title from the tokens before a name: leading "the" and "NATO" dropped, case restored.

    >>> title_text(["NATO", "Secretary", "General"])
    'Secretary General'
    """
    words = [w.strip(",;:") for w in tokens]
    while words and key(words[0]) in ("the", "nato") and len(words) > 1:
        words = words[1:]
    while words and key(words[-1]) in CONNECTORS:
        words = words[:-1]
    if not words or (len(words) == 1 and key(words[0]) in ("the", "nato")):
        return ""
    if all(w.isupper() or key(w) in CONNECTORS for w in words):
        return restore_title_case(words)
    return " ".join(words)


@functools.lru_cache(maxsize=4096)
def is_name_word(word: str) -> bool:
    """Whether *word* can be part of a person's name: capitalised, an initial, or a particle."""
    k = key(word)
    if k in PARTICLES or is_initial(word):
        return True
    if not is_capitalised(word) or (not word.isalpha() and has_digit(word)):
        return False
    return not (
        k in HEADING_WORDS or (k in TITLE_WORDS and k not in SURNAME_TITLES) or k in ACRONYMS or k in CONNECTORS
    )


def is_title_phrase(tokens: Sequence[str]) -> bool:
    """Whether every word of *tokens* is a title word or a connector, with at least one title word."""
    return any(_is_title_word(w) for w in tokens) and all(
        _is_title_word(w) or key(w) in CONNECTORS or (is_capitalised(w) and key(w) not in HEADING_WORDS) for w in tokens
    )


# Capitalised words that end the name phrase of a title-case title ("… Stoltenberg Following The …").
_PHRASE_STOPS = _words("following at on during after before ahead upon via and with to in")


def _phrase_tokens(words: Sequence[str]) -> list[str]:
    """The name phrase at the start of *words*: capitalised words, initials, particles, connectors."""
    out: list[str] = []
    for word in words[:16]:
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
    return out


def _name_from_phrase(phrase: Sequence[str]) -> tuple[list[str], list[str]] | None:
    """Split a title phrase into (titles, name tokens); groups are separated by commas."""
    groups: list[list[str]] = [[]]
    for word in phrase:
        groups[-1].append(word.rstrip(","))
        if word.endswith(","):
            groups.append([])
    groups = [g for g in groups if g]
    best: tuple[int, list[str]] | None = None
    for index, group in enumerate(groups):
        _, name = split_title_name(group)
        usable = name and all(is_name_word(w) for w in name) and len(name) <= 6
        if usable and (best is None or (len(name) >= 2 and len(best[1]) < 2)):
            best = (index, group)
    if best is None:
        return None
    titles: list[str] = []
    name_tokens: list[str] = []
    for index, group in enumerate(groups):
        if index == best[0]:
            prefix, name_tokens = split_title_name(group)
            if prefix:
                titles.append(title_text(prefix))
        elif is_title_phrase(group):
            titles.append(title_text(group))
    return [t for t in titles if t], name_tokens


def read_byline(line: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The (titles, name) of a second title line "by NATO Secretary General Jens Stoltenberg …".

    >>> read_byline("by NATO Secretary General Anders Fogh Rasmussen")
    (('Secretary General',), ('Anders', 'Fogh', 'Rasmussen'))
    >>> read_byline("Brussels, 3 June 2020") is None
    True
    """
    words = line.split()[:30]
    if len(words) < 2 or words[0].casefold() not in _GENRE_TRIGGERS:
        return None
    found = _name_from_phrase(_phrase_tokens(words[1:]))
    return None if found is None else (tuple(found[0]), tuple(found[1]))


class TitleReading(NamedTuple):
    """What a title says about spoken material: whether it is, and who speaks."""

    transcript: bool
    titles: tuple[str, ...] = ()
    name: tuple[str, ...] = ()  # the announced speaker's name as written; empty when none


def _possessive(word: str) -> bool:
    return word.endswith(("’s", "'s")) and len(word) > 2 and word[-3].isalpha()


def read_title(title: str | None) -> TitleReading:
    """Read a title: is it a transcript's, and which speaker does it announce?

    >>> reading = read_title("Press Conference by the Supreme Allied Commander Europe, General Philip M. Breedlove")
    >>> reading.transcript, reading.titles, reading.name
    (True, ('Supreme Allied Commander Europe', 'General'), ('Philip', 'M.', 'Breedlove'))
    >>> read_title("NATO urges Russia to answer UK questions on spy poisoning").transcript
    False
    """
    if not title:
        return TitleReading(False)
    words = title.split()[:60]
    folded = [w.strip(',;:.!?()[]"“”‘’').casefold() for w in words]
    transcript = False
    for index, word in enumerate(folded):
        needs = _GENRE_NOUNS.get(word)
        if needs is None or (needs and (index == 0 or folded[index - 1] not in needs)):
            continue
        first = index - 1 if needs else index  # where the genre phrase begins
        after = index + 1
        if after < len(folded) and folded[after] in _GENRE_TRIGGER_LEADS:
            after += 1
        if after < len(folded) and folded[after] in _GENRE_TRIGGERS and not words[index].endswith((",", ":", ";")):
            transcript = True
            found = _name_from_phrase(_phrase_tokens(words[after + 1 :]))
            if found is not None:
                return TitleReading(True, tuple(found[0]), tuple(found[1]))
        for owner in range(first - 1, max(-1, first - 7), -1):
            if _possessive(words[owner]):
                transcript = True
                start = owner
                while (
                    start > 0
                    and not words[start - 1].endswith(":")
                    and (is_capitalised(words[start - 1]) or key(words[start - 1]) in PARTICLES)
                ):
                    start -= 1
                found = _name_from_phrase(_phrase_tokens(words[start : owner + 1]))
                if found is not None:
                    return TitleReading(True, tuple(found[0]), tuple(found[1]))
                break
        lead = words[:first]
        for position in range(len(lead) - 1, -1, -1):
            if lead[position].endswith(":"):
                lead = lead[position + 1 :]
                break
        if len(lead) <= 4 and all(key(w) in _TITLE_LEAD_WORDS or is_capitalised(w) for w in lead):
            transcript = True
    return TitleReading(transcript)


# A word of a name sequence in running text, read backwards from a surname.
_NAME_TAIL_WORD = regex.compile(r"[\p{Lu}][\p{L}\p{M}.'’\-]*+|\p{Ll}{1,4}+")


class NameBook:
    """Resolves label names against the rest of the document.

    *text* is the whole input (names are looked up in the title, header lines and body
    alike); *known* are full names already read (the announced speaker, multi-word labels).
    """

    def __init__(self, text: str, known: Sequence[str] = ()) -> None:
        self.text = text
        self.known: list[str] = [k for k in known if len(k.split()) >= 2]
        self._known_set = set(self.known)
        self._lower: str | None = None
        self._lower_ready = False
        self._surnames: dict[str, str | None] = {}

    def add(self, name: str) -> None:
        """Remember a full name (two words or more) for surname look-ups."""
        if len(name.split()) >= 2 and name not in self._known_set:
            self.known.append(name)
            self._known_set.add(name)

    def prefer(self, name: str) -> None:
        """Remember a full name that wins over the others for surname look-ups (the announced speaker)."""
        if len(name.split()) >= 2:
            self.known.insert(0, name)
            self._known_set.add(name)
            self._surnames.clear()

    def longer(self, name: str) -> str:
        """A known full name that ends with *name* ("Anders Fogh Rasmussen" for "Fogh Rasmussen"), or *name*."""
        tail = " " + name.casefold()
        for known in self.known:
            if known.casefold().endswith(tail):
                return known
        return name

    def _lowered(self) -> str | None:
        if not self._lower_ready:
            self._lower_ready = True
            lowered = self.text.replace("\u0130", "I").lower()
            self._lower = lowered if len(lowered) == len(self.text) else None
        return self._lower

    def _occurrences(self, needle: str, limit: int = 40) -> list[int]:
        lowered = self._lowered()
        if lowered is None or not needle:
            return []
        out: list[int] = []
        pos = lowered.find(needle)
        while pos != -1 and len(out) < limit:
            end = pos + len(needle)
            before = lowered[pos - 1] if pos else " "
            after = lowered[end] if end < len(lowered) else " "
            if not before.isalnum() and not after.isalnum():
                out.append(pos)
            pos = lowered.find(needle, pos + 1)
        return out

    def written_case(self, name: str) -> str | None:
        """The first spelling of *name* in the text that is not ALL CAPS ("Oana Lungescu")."""
        for pos in self._occurrences(name.lower()):
            written = self.text[pos : pos + len(name)]
            if not written.isupper() and all(is_capitalised(w) or key(w) in PARTICLES for w in written.split()):
                return " ".join(written.split())
        return None

    def full_name(self, surname: str) -> str | None:
        """The fullest name ending in *surname* that the document gives, or ``None``.

        Known names (the announced speaker, other labels) come first, then sequences of
        capitalised words before the surname in the text, titles dropped.
        """
        k = surname.casefold()
        if k in self._surnames:
            return self._surnames[k]
        found: str | None = None
        for name in self.known:
            if name.split()[-1].casefold() == k:
                found = name
                break
        if found is None:
            found = self._full_name_in_text(surname)
        self._surnames[k] = found
        return found

    def _full_name_in_text(self, surname: str) -> str | None:
        for pos in self._occurrences(surname.lower()):
            line_start = self.text.rfind("\n", max(0, pos - 80), pos) + 1
            window = self.text[max(line_start, pos - 80) : pos]
            if window and not window[-1].isspace():
                continue
            words = window.split()[-5:]
            tail: list[str] = []
            for word in reversed(words):
                if not _NAME_TAIL_WORD.fullmatch(word) or word.endswith(","):
                    break
                if not (is_capitalised(word) or key(word) in PARTICLES):
                    break
                if word.endswith(".") and not is_initial(word) and key(word) not in TITLE_WORDS:
                    break
                tail.insert(0, word)
            _, first = split_title_name(tail)
            while first and key(first[0]) in PARTICLES:
                first = first[1:]
            if not first or key(first[0]) in SENTENCE_STARTERS or not all(is_name_word(w) for w in first):
                continue
            written = self.text[pos : pos + len(surname)]
            tokens = [*first, written]
            return restore_case(tokens) if written.isupper() else " ".join(tokens)
        return None

    def holder_of(self, title_tokens: Sequence[str]) -> str | None:
        """The person the document names right after the title *title_tokens* ("Secretary General X")."""
        wanted = " ".join(w.lower() for w in title_tokens if key(w) not in ("the",))
        for pos in self._occurrences(wanted, limit=20):
            after = self.text[pos + len(wanted) : pos + len(wanted) + 80].split("\n", 1)[0].split()
            _, name = split_title_name(_phrase_tokens(after))
            name = [w.rstrip(",") for w in name[:5]]
            if len(name) >= 2 and all(is_name_word(w) for w in name) and key(name[0]) not in SENTENCE_STARTERS:
                return restore_case(name) if all(w.isupper() for w in name) else " ".join(name)
        return None
