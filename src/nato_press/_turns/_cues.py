"""Interview cues: the words of an interview's title or lead that name the interviewee.

"An interview with General X", "we spoke to X", "Admiral X, Chair of …, spoke to us",
"X told Reuters": each cue word points to a name phrase after it, before it, or either.
"""

from __future__ import annotations

from collections.abc import Iterator

from ._phrases import name_from_phrase, phrase_tokens
from ._vocab import CONNECTORS, PARTICLES, TITLE_WORDS
from ._words import is_capitalised, is_initial, key, possessive

__all__ = ["read_interviewee"]


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
        if possessive(word.rstrip(",")):
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
            found = name_from_phrase(phrase_tokens(words))
            if found is not None:
                yield found[0], tuple(w.rstrip(",;:") for w in found[1])
        if cue != _CUE_AFTER:
            chunk = source[max(0, start - _CUE_REACH) : start]
            found = name_from_phrase(_subject_before(chunk.rsplit("\n", 1)[-1]))
            if found is not None:
                yield found[0], tuple(w.rstrip(",;:") for w in found[1])
