"""Handovers: "It is my pleasure to introduce … X. … Over to you, Mr. Secretary." then X speaks.

House rule (GOLD-RULES: one unlabelled speech is one turn, its speaker the person the text names):
when a labelled turn ends a paragraph by handing the floor over ("over to you, Mr. Secretary.",
"the floor is yours.", "I give the floor to …") and an unlabelled paragraph follows, that paragraph
opens a new turn by the person the same turn introduced ("It is my pleasure to introduce
Secretary of Defense X"; "… to welcome X"). Without such an introduction nothing is split.
"""

from __future__ import annotations

import regex

from ._phrases import name_from_phrase, phrase_tokens

__all__ = ["handover"]

# A handover closing its paragraph: the floor words, an optional vocative, a full stop, then a
# blank line and more text. Bounded repetitions only.
_HANDOVER = regex.compile(
    r"(?:[Oo]ver[ \u00a0]to[ \u00a0]you|[Tt]he[ \u00a0]floor[ \u00a0]is[ \u00a0]yours"
    r"|(?:give|hand|pass|turn)[ \u00a0](?:the[ \u00a0]floor|it)[ \u00a0](?:over[ \u00a0])?+to[ \u00a0]you)"
    r"(?:,[ \u00a0](?:Mr?s?\.|Dr\.|[^.!\n]){1,40}+)?+[.!][ \t\u00a0]*+\n(?:[ \t\u00a0]*+\n)++(?=[ \t\u00a0]*+\S)"
)

# The introduction of the next speaker within the same turn: "… to introduce X." / "… welcome X."
_INTRODUCE = regex.compile(
    r"\b(?:introduce|welcome|present)[ \u00a0](?:to[ \u00a0]you[ \u00a0])?+"
    r"(?P<who>(?:the[ \u00a0])?+\p{Lu}[^.!?\n]{2,100}+)"
)


def handover(text: str, start: int, limit: int) -> tuple[int, str, tuple[str, ...]] | None:
    """Where a handover in ``text[start:limit]`` passes the floor: (position of the next paragraph,
    the introduced speaker's name, their titles), or ``None``."""
    match = None
    for anchor in ("to you", "floor is yours"):
        # A cheap literal search first: the pattern runs only around the few anchors found.
        pos = text.find(anchor, start, limit)
        while pos != -1 and match is None:
            match = _HANDOVER.search(text, max(start, pos - 30), min(limit, pos + 120))
            pos = text.find(anchor, pos + 1, limit)
        if match is not None:
            break
    if match is None or match.end() >= limit:
        return None
    introduced = None
    for found in _INTRODUCE.finditer(text, start, match.start()):
        introduced = found
    if introduced is None:
        return None
    read = name_from_phrase(phrase_tokens(introduced.group("who").split()))
    if read is None or len(read[1]) < 2:
        return None
    titles, name = read
    return match.end(), " ".join(name), tuple(titles)
