"""Document titles that announce spoken material, and the speaker they name.

"Press conference by the Supreme Allied Commander Europe, General Philip M. Breedlove",
"Remarks by …", "Ambassador Lute's Pre-Ministerial Telephonic Press Briefing": a genre noun,
the words that introduce who gives it, and the titles and name of that speaker. A second
title line "by NATO Secretary General …" (a byline) is read the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ._phrases import name_from_phrase, phrase_tokens
from ._vocab import CONNECTORS, PARTICLES
from ._vocab import words as _words
from ._words import is_capitalised, key, possessive

__all__ = ["TitleReading", "read_byline", "read_title"]


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
    # "Background Press Call Previewing …", "On-the-Record Press Gaggle by …".
    **dict.fromkeys(["call", "calls", "gaggle", "gaggles"], _words("press conference media")),
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
    found = name_from_phrase(phrase_tokens(words[1:]))
    return None if found is None else (tuple(found[0]), tuple(found[1]))


class TitleReading(NamedTuple):
    """What a title says about spoken material: whether it is, and who speaks."""

    transcript: bool
    titles: tuple[str, ...] = ()
    name: tuple[str, ...] = ()  # the announced speaker's name as written; empty when none
    genre: str = ""  # the genre noun read ("conference", "interview"); empty when none


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
            if word in _EVENT_NOUNS and _opens(_lead(words, index)) and folded[index + 1 : index + 5] in _TO_THE_PRESS:
                # House rule: a statement TO the press/media is read out to journalists, so it is
                # spoken material: "Statement to the Press by NATO Secretary General, X following …".
                return _by_phrase(words, index + 5, word)
            continue
        first = index - 1 if needs else index  # where the genre phrase begins
        lead = _lead(words, first)
        lead_words = len(lead) <= 4 and all(key(w) in _TITLE_LEAD_WORDS or is_capitalised(w) for w in lead)
        if leading and not _opens(lead) and not any(possessive(w) for w in words[max(0, first - 6) : first]):
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
            if possessive(words[owner]):
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
                found = name_from_phrase(phrase_tokens(words[start : owner + 1]))
                if found is not None:
                    return TitleReading(True, tuple(found[0]), tuple(found[1]), word)
                break
        # A title-case genre phrase ending a title-case title names spoken material whatever
        # precedes it: "Secretary of Defense X and General Y Press Conference".
        if lead_words or (index == len(folded) - 1 and _title_cased(words[: index + 1])):
            transcript, genre = True, genre or word
    return TitleReading(transcript, genre=genre)


def _title_cased(words: Sequence[str]) -> bool:
    """Whether every word is capitalised or a connector ("… of the Joint Chiefs … Press Conference")."""
    return all(is_capitalised(w) or key(w) in CONNECTORS for w in words)


# Genre nouns that need a lead word ("doorstep statement") unless delivered at an event:
# "Statement by NATO Secretary General Jens Stoltenberg at the Munich Security Conference".
_EVENT_NOUNS = _words("statement")

# "… statement to the press by …" / "… to the media by …": the words after the genre noun.
_TO_THE_PRESS = (["to", "the", "press", "by"], ["to", "the", "media", "by"])


def _delivered_at(words: Sequence[str], folded: Sequence[str], index: int) -> bool:
    """Whether the genre noun at *index* reads "… by <person> at …" (said at an event)."""
    if index + 1 >= len(folded) or folded[index + 1] != "by" or words[index].endswith((",", ":", ";")):
        return False
    rest = words[index + 2 :]
    phrase = phrase_tokens(rest)
    return 0 < len(phrase) < len(rest) and key(rest[len(phrase)]) == "at" and name_from_phrase(phrase) is not None


def _by_phrase(words: Sequence[str], start: int, genre: str) -> TitleReading:
    """The speaker named by the words from *start* on ("NATO Secretary General Jens Stoltenberg at …")."""
    found = name_from_phrase(phrase_tokens(words[start:]))
    if found is None:
        return TitleReading(True, genre=genre)
    return TitleReading(True, tuple(found[0]), tuple(found[1]), genre)
