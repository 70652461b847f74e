"""The document kind a title announces ("Press conference by …" is a transcript, "Speech by …" a speech).

The kind cues are sets of words and word sequences looked up in Python after a cheap substring gate.
"""

from __future__ import annotations

import itertools

import regex

from .._records import DocumentKind
from ._chrome_vocab import WORD

__all__ = ["title_kind"]

# Title words, lower case: letters and digits with inner hyphens, apostrophes and ampersands ("q&a").
_TITLE_WORD = WORD


def _cues(*phrases: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(p.split()) for group in phrases for p in group.split("|"))


# Kind cues in titles, strongest first.
# Transcripts: press conferences, briefings, doorsteps, press points, Q&A, transcripts.
_TRANSCRIPT = _cues(
    "press conference|press briefing|news briefing|media briefing|doorstep|joint press point|press point",
    "press availability|media availability|transcript|q&a|questions and answers|conférence de presse",
    "point de presse|pressekonferenz|pressebriefing|presseunterrichtung",
)
# Speeches: the title names the speech and who gives it or where ("Speech by …", "Remarks at …",
# "Keynote address …", "Lecture by …", "Discours de …", "Rede von …"), or opens with the word.
_SPEECH_NOUNS = frozenset({"speech", "remarks", "address", "lecture", "discours", "allocution", "rede", "ansprache"})
_SPEECH_AFTER = frozenset(
    {"by", "of", "at", "to", "from", "delivered", "given", "before", "du", "de", "des", "par", "à", "von", "bei",
     "vor", "der"}
)
_SPEECH_OPENERS = frozenset({"opening", "closing", "welcome", "welcoming", "introductory", "video", "pre-recorded"})
# Statements: the title names the statement ("Statement by …", "NAC statement on …", "Joint
# declaration of …", "Déclaration du …"), or opens or ends with the word ("… : statement").
_STATEMENT_NOUNS = frozenset(
    {"statement", "declaration", "communiqué", "communique", "déclaration", "erklärung", "stellungnahme"}
)
_STATEMENT_AFTER = frozenset(
    {"by", "of", "on", "from", "following", "after", "at", "concerning", "regarding", "issued", "du", "de", "des",
     "sur", "par", "zu", "von", "der"}
)
_STATEMENT_OPENERS = frozenset(
    {"joint", "press", "final", "chair's", "chairman's", "chairperson's", "gemeinsame"}
)
_STATEMENT_ENDS = frozenset({"statement", "communiqué", "communique"})
# Every cue above contains one of these (the gate in front of the word-by-word reading).
_KIND_STEMS = ("press", "briefing", "doorstep", "transcript", "&", "questions", "conférence", "speech", "remarks",
               "address", "lecture", "discours", "allocution", "rede", "ansprache", "keynote", "statement",
               "declaration", "communiq", "déclaration", "erklärung", "stellungnahme", "point", "availability")


def title_kind(title: str) -> DocumentKind | None:
    """The document kind a title announces, or ``None`` when it announces none.

    >>> title_kind("Press conference by NATO Secretary General Jens Stoltenberg")
    'transcript'
    >>> title_kind("Speech by NATO Deputy Secretary General Rose Gottemoeller")
    'speech'
    >>> title_kind("NATO Secretary General announces dates for 2014 Summit") is None
    True
    """
    low = title.lower()
    if not any(map(low.__contains__, _KIND_STEMS)):
        return None  # most titles name no kind: a few substring tests settle it
    low = low.replace("’", "'").replace(" & ", "&").replace(" &", "&").replace("& ", "&")
    found = list(_TITLE_WORD.finditer(low))
    words = [m.group() for m in found]
    # Words with only white space between them follow each other ("Speech by", not "Speech, by").
    spaced = [low[a.end() : b.start()].isspace() for a, b in itertools.pairwise(found)]
    for size in (1, 2, 3, 4):
        for k in range(len(words) - size + 1):
            if tuple(words[k : k + size]) in _TRANSCRIPT and all(spaced[k : k + size - 1]):
                return "transcript"
    if _announces(found, words, spaced, _SPEECH_NOUNS, _SPEECH_AFTER, _SPEECH_OPENERS) or "keynote" in words:
        return "speech"
    if _announces(found, words, spaced, _STATEMENT_NOUNS, _STATEMENT_AFTER, _STATEMENT_OPENERS):
        return "statement"
    if words and words[-1] in _STATEMENT_ENDS and not any(c.isalnum() for c in low[found[-1].end() :]):
        return "statement"
    return None


def _announces(
    found: list[regex.Match[str]],
    words: list[str],
    spaced: list[bool],
    nouns: frozenset[str],
    after: frozenset[str],
    openers: frozenset[str],
) -> bool:
    """Whether a kind noun opens the title (after an opener) or is followed by one of its linking words."""
    if not words:
        return False
    if found[0].start() == 0:
        if words[0] in nouns:
            return True
        if words[0] in openers and len(words) > 1 and spaced[0] and words[1] in nouns:
            return True
    return any(
        words[k] in nouns and words[k + 1] in after and spaced[k] for k in range(len(words) - 1)
    )

