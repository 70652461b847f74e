"""Names for transcript turns: titles split from names, case restored, surnames resolved.

A speaker label or a title phrase is read as an optional run of titles followed by a name
("NATO Secretary General Jens Stoltenberg", "GENERAL PHILIP M. BREEDLOVE", "Ambassador
Lute"). :class:`NameBook` resolves what a label gives to the fullest name the document
offers: a surname to the full name written elsewhere ("Ambassador Lute" is "Douglas Lute"
when "Ambassador Douglas Lute" occurs), an ALL-CAPS name to its written case.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import regex

from ._vocab import (
    ACRONYMS,
    CONNECTORS,
    HEADING_WORDS,
    OFFICE_WORDS,
    OUTLET_WORDS,
    PARTICLES,
    SENTENCE_STARTERS,
    SURNAME_TITLES,
    TITLE_WORDS,
)
from ._vocab import words as _words

__all__ = [
    "NameBook",
    "TitleReading",
    "key",
    "read_byline",
    "read_interviewee",
    "read_title",
    "restore_case",
    "restore_title_case",
    "split_title_name",
    "title_key",
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


def _phrase_tokens(words: Sequence[str]) -> tuple[str, ...]:
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


def _name_from_phrase(phrase: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
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
    genre: str = ""  # the genre noun read ("conference", "interview"); empty when none


def _possessive(word: str) -> bool:
    return word.endswith(("’s", "'s")) and len(word) > 2 and word[-3].isalpha()


def _opens(lead: Sequence[str]) -> bool:
    """Whether the words before a genre phrase leave it opening the title ("Opening remarks by …")."""
    return len(lead) <= 3 and all(key(w) in _TITLE_LEAD_WORDS for w in lead)


def _lead(words: Sequence[str], first: int) -> Sequence[str]:
    """The words of a title before its genre phrase at *first*, after any "Date:" prefix."""
    lead = words[:first]
    for position in range(len(lead) - 1, -1, -1):
        if lead[position].endswith(":"):
            return lead[position + 1 :]
    return lead


def read_title(title: str | None, *, leading: bool = False) -> TitleReading:
    """Read a title: is it a transcript's, and which speaker does it announce?

    With *leading*, the genre phrase must open the title (after lead words such as "Opening",
    "Joint", "Keynote" or a "Date:" prefix): a line of a page is read as an announcement
    ("Remarks by …") only then, never for a sentence that mentions a speech.

    >>> reading = read_title("Press Conference by the Supreme Allied Commander Europe, General Philip M. Breedlove")
    >>> reading.transcript, reading.titles, reading.name
    (True, ('Supreme Allied Commander Europe', 'General'), ('Philip', 'M.', 'Breedlove'))
    >>> read_title("NATO urges Russia to answer UK questions on spy poisoning").transcript
    False
    >>> read_title("Allies welcome the speech by Jens Stoltenberg", leading=True).transcript
    False
    """
    if not title:
        return TitleReading(False)
    words = title.split()[:60]
    folded = [w.strip(',;:.!?()[]"“”‘’').casefold() for w in words]
    if _GENRE_NOUNS.keys().isdisjoint(folded):
        return TitleReading(False)
    transcript = False
    genre = ""
    for index, word in enumerate(folded):
        needs = _GENRE_NOUNS.get(word)
        if needs is None:
            continue
        if needs and (index == 0 or folded[index - 1] not in needs):
            if word in _EVENT_NOUNS and _opens(_lead(words, index)) and _delivered_at(words, folded, index):
                return _by_phrase(words, index + 2, word)
            continue
        first = index - 1 if needs else index  # where the genre phrase begins
        lead = _lead(words, first)
        lead_words = len(lead) <= 4 and all(key(w) in _TITLE_LEAD_WORDS or is_capitalised(w) for w in lead)
        if leading and not _opens(lead) and not any(_possessive(w) for w in words[max(0, first - 6) : first]):
            continue
        after = index + 1
        if after < len(folded) and folded[after] in _GENRE_TRIGGER_LEADS:
            after += 1
        if after < len(folded) and folded[after] in _GENRE_TRIGGERS and not words[index].endswith((",", ":", ";")):
            transcript, genre = True, genre or word
            reading = _by_phrase(words, after + 1, word)
            if reading.name:
                return reading
        for owner in range(first - 1, max(-1, first - 7), -1):
            if _possessive(words[owner]):
                transcript, genre = True, genre or word
                start = owner
                while (
                    start > 0
                    and not words[start - 1].endswith(":")
                    and (is_capitalised(words[start - 1]) or key(words[start - 1]) in PARTICLES)
                ):
                    start -= 1
                if leading and len(_lead(words, start)) > 0:
                    transcript = False
                    break
                found = _name_from_phrase(_phrase_tokens(words[start : owner + 1]))
                if found is not None:
                    return TitleReading(True, tuple(found[0]), tuple(found[1]), word)
                break
        if lead_words:
            transcript, genre = True, genre or word
    return TitleReading(transcript, genre=genre)


# Genre nouns that need a lead word ("doorstep statement") unless delivered at an event:
# "Statement by NATO Secretary General Jens Stoltenberg at the Munich Security Conference".
_EVENT_NOUNS = _words("statement")


def _delivered_at(words: Sequence[str], folded: Sequence[str], index: int) -> bool:
    """Whether the genre noun at *index* reads "… by <person> at …" (said at an event)."""
    if index + 1 >= len(folded) or folded[index + 1] != "by" or words[index].endswith((",", ":", ";")):
        return False
    rest = words[index + 2 :]
    phrase = _phrase_tokens(rest)
    return 0 < len(phrase) < len(rest) and key(rest[len(phrase)]) == "at" and _name_from_phrase(phrase) is not None


def _by_phrase(words: Sequence[str], start: int, genre: str) -> TitleReading:
    """The speaker named by the words from *start* on ("NATO Secretary General Jens Stoltenberg at …")."""
    found = _name_from_phrase(_phrase_tokens(words[start:]))
    if found is None:
        return TitleReading(True, genre=genre)
    return TitleReading(True, tuple(found[0]), tuple(found[1]), genre)


# The cue words of an interview's lead that name the interviewee: after them ("Interview with
# General X", "we spoke to X", "…, says X"), before them ("Admiral X, Chair of …, spoke to us",
# "X told Reuters"), or both. Found as whole words in lower case or capitalised, with
# ``str.find`` (a case-insensitive pattern costs hundreds of instructions per character).
_CUE_AFTER, _CUE_BOTH, _CUE_BEFORE = 1, 2, 3
_INTERVIEW_CUES: dict[str, int] = {
    **dict.fromkeys(("interview", "interviewed", "q&a", "conversation"), _CUE_AFTER),
    **dict.fromkeys(("spoke", "speaks", "talked", "talks", "sat down", "sits down", "says", "said"), _CUE_BOTH),
    **dict.fromkeys(("told", "tells"), _CUE_BEFORE),
}
# Each cue word is searched for without its first letter, which may be a capital ("Spoke",
# "Interview"); "q&a" is searched for as "&a" and "&A".
_CUE_STEMS = tuple(
    (stem, word[0] + word[0].upper(), cue)
    for word, cue in _INTERVIEW_CUES.items()
    for stem in dict.fromkeys((word[1:], word[1:].upper() if "&" in word else word[1:]))
)


def _cues(source: str) -> list[tuple[int, int, int]]:
    """The (start, end, kind) of the interview cue words in *source*, in order."""
    found: list[tuple[int, int, int]] = []
    size = len(source)
    for stem, initials, cue in _CUE_STEMS:
        pos = source.find(stem, 1)
        while pos != -1:
            start, end = pos - 1, pos + len(stem)
            if (
                source[start] in initials
                and (start == 0 or not source[start - 1].isalpha())
                and (end >= size or not source[end].isalpha())
            ):
                found.append((start, end, cue))
            pos = source.find(stem, end)
    found.sort()
    return found


# How many cue words of one text are tried, and how far around a cue a name is read (characters).
_MAX_CUES = 16
_CUE_REACH = 200


def _subject_before(chunk: str) -> list[str]:
    """The name phrase that ends *chunk*: capitalised words, initials, particles, "of the" joins.

    A sentence end, a possessive ("NATO’s Rob Bauer") or a lower-case word ends it; commas
    stay, so an apposition ("Admiral X, Chair of the Military Committee,") is kept whole.
    """
    out: list[str] = []
    for word in reversed(chunk.split()[-14:]):
        k = key(word)
        if word[-1] in ".!?:;" and not is_initial(word) and k not in TITLE_WORDS:
            break
        if _possessive(word.rstrip(",")):
            break
        if is_capitalised(word) or k in PARTICLES or k in ("of", "the", "for", "to"):
            out.append(word)
        else:
            break
    out.reverse()
    while out and key(out[0]) in CONNECTORS:
        out.pop(0)
    return out


def read_interviewee(source: str) -> Iterator[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The (titles, name) pairs that the cue words of an interview's title or lead name, in order.

    >>> list(read_interviewee("Admiral Rob Bauer, Chair of the NATO Military Committee, spoke to us in Oslo."))
    [(('Admiral', 'Chair of the NATO Military Committee'), ('Rob', 'Bauer'))]
    >>> list(read_interviewee("An interview with NATO Secretary General Jens Stoltenberg"))
    [(('Secretary General',), ('Jens', 'Stoltenberg'))]
    """
    for start, end, cue in _cues(source)[:_MAX_CUES]:
        if cue != _CUE_BEFORE:
            words = source[end : end + _CUE_REACH].split("\n\n", 1)[0].split()
            if words and key(words[0]) in ("with", "to"):
                words = words[1:]
            found = _name_from_phrase(_phrase_tokens(words))
            if found is not None:
                yield found[0], tuple(w.rstrip(",;:") for w in found[1])
        if cue != _CUE_AFTER:
            chunk = source[max(0, start - _CUE_REACH) : start]
            found = _name_from_phrase(_subject_before(chunk.rsplit("\n", 1)[-1]))
            if found is not None:
                yield found[0], tuple(w.rstrip(",;:") for w in found[1])


# A word of a name sequence in running text, read backwards from a surname.
_NAME_TAIL_WORD = regex.compile(r"[\p{Lu}][\p{L}\p{M}.'’\-]*+|\p{Ll}{1,4}+")


@functools.lru_cache(maxsize=4096)
def _name_tail_word(word: str) -> bool:
    """Whether *word* can stand in the run of words before a surname: a capitalised word, an
    initial, a title ("Gen.") or a particle, without a comma or a sentence end."""
    if not _NAME_TAIL_WORD.fullmatch(word) or word.endswith(","):
        return False
    if not (is_capitalised(word) or key(word) in PARTICLES):
        return False
    return not (word.endswith(".") and not is_initial(word) and key(word) not in TITLE_WORDS)


class NameBook:
    """Resolves label names against the rest of the document.

    *text* is the whole input (names are looked up in the title, header lines and body
    alike); *known* are full names already read (the announced speaker, multi-word labels).
    """

    def __init__(self, text: str, known: Sequence[str] = ()) -> None:
        self.text = text
        self.known: list[str] = [k for k in known if len(k.split()) >= 2]
        self._known_set = set(self.known)
        self._holders: list[tuple[frozenset[str], str]] = []
        self._written: dict[tuple[str, ...], str] = {}
        self._lower: str | None = None
        self._lower_ready = False
        self._surnames: dict[str, str | None] = {}

    def add(self, name: str) -> None:
        """Remember a full name (two words or more) for surname look-ups."""
        if len(name.split()) >= 2 and name not in self._known_set:
            self.known.append(name)
            self._known_set.add(name)

    def add_holder(self, title: str, name: str) -> None:
        """Remember that the person *name* holds *title* (from a label or the document title)."""
        wanted = title_key(title)
        if wanted:
            self._holders.append((wanted, name))

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
            if known[-len(tail) :].casefold() == tail:
                return known
        return name

    def written(self, tokens: tuple[str, ...]) -> str:
        """The name *tokens* as the document writes it: ALL-CAPS words restored from another occurrence."""
        found = self._written.get(tokens)
        if found is None:
            found = " ".join(tokens)
            if not found.islower() and any(len(w) > 2 and w.isupper() for w in tokens):
                found = self.written_case(found) or restore_case(tokens)
            self._written[tokens] = found
        return found

    def _lowered(self) -> str | None:
        if not self._lower_ready:
            self._lower_ready = True
            lowered = self.text.replace("\u0130", "I").lower()
            self._lower = lowered if len(lowered) == len(self.text) else None
        return self._lower

    def _spelled(self, spellings: Sequence[str], limit: int = 40) -> list[int]:
        """Where the text holds one of *spellings* as whole words, in order: a search without lowering the text."""
        text = self.text
        size = len(text)
        out: list[int] = []
        for spelling in dict.fromkeys(spellings):
            if not spelling:
                continue
            pos = text.find(spelling)
            while pos != -1 and len(out) < limit:
                end = pos + len(spelling)
                if (pos == 0 or not text[pos - 1].isalnum()) and (end >= size or not text[end].isalnum()):
                    out.append(pos)
                pos = text.find(spelling, pos + 1)
        out.sort()
        return out[:limit]

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
        """The first spelling of *name* in the text that is not ALL CAPS ("Oana Lungescu").

        The usual spelling (each part capitalised) is looked for first; any other case only
        when it is not found ("McDonald" for "MCDONALD").
        """
        found = self._written_case_at(name, self._spelled([restore_case(name.split())]))
        return found if found is not None else self._written_case_at(name, self._occurrences(name.lower()))

    def _written_case_at(self, name: str, positions: Sequence[int]) -> str | None:
        for pos in positions:
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
        # The usual spellings ("Breedlove", "BREEDLOVE") first; any other case only when they give nothing.
        found = self._full_name_at(surname, self._spelled([restore_case((surname,)), surname.upper(), surname]))
        return found if found is not None else self._full_name_at(surname, self._occurrences(surname.lower()))

    def _full_name_at(self, surname: str, positions: Sequence[int]) -> str | None:
        for pos in positions:
            line_start = self.text.rfind("\n", max(0, pos - 80), pos) + 1
            window = self.text[max(line_start, pos - 80) : pos]
            if window and not window[-1].isspace():
                continue
            words = window.split()[-5:]
            tail: list[str] = []
            for word in reversed(words):
                if not _name_tail_word(word):
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
        """The person the document names with the title *title_tokens*, or ``None``.

        Titles given by labels and the document title are read first, then the text: the title
        in any order and form, followed by the name ("European Commission President Ursula von
        der Leyen", "the President of the European Commission, Ursula von der Leyen"). Exactly
        the same title wins over a longer one ("Deputy Secretary General X" for "Secretary General").
        """
        wanted = title_key(" ".join(title_tokens))
        if not wanted:
            return None
        for held, name in self._holders:
            if held == wanted:
                return name
        head = next((w for w in title_tokens if key(w) in OFFICE_WORDS), title_tokens[-1])
        text = self.text
        fallback: str | None = None
        for pos in self._occurrences(key(head), limit=30):
            line_start = text.rfind("\n", max(0, pos - 80), pos) + 1
            lead: list[str] = []
            for word in reversed(text[line_start:pos].split()[-5:]):
                if not _is_title_word(word) or word.endswith((",", ".", ":", ";")):
                    break
                lead.append(word)
            lead.reverse()
            line_end = text.find("\n", pos, pos + 240)
            after = text[pos : line_end if line_end != -1 else pos + 240].split()
            found = _name_from_phrase([*lead, *_phrase_tokens(after)])
            if found is None:
                continue
            titles, person = found[0], [w.rstrip(",;:") for w in found[1]]
            if len(person) < 2 or key(person[0]) in SENTENCE_STARTERS or not titles:
                continue
            held = title_key(" ".join(titles))
            written = restore_case(person) if all(w.isupper() for w in person) else " ".join(person)
            if held == wanted:
                return written
            if fallback is None and wanted <= held:
                fallback = written
        return fallback
