"""Questioners who introduce themselves: "Q    Thank you. Asma Khalid with NPR. …".

House rule (GOLD-RULES, turns): "Q" is the speaker of every question label unless the questioner
is named by the label or by their OWN introduction. An introduction is a sentence among the first
few of the question turn that is a person name with the outlet ("Jane Roe with the Daily
Planet.", "I'm Jane Roe from CBS.", "Jane Roe, Reuters."), or, later in the same text, the bare
name of a questioner who introduced themself before ("Daily Planet. Jane Roe."). Only the turn
that carries the introduction is theirs; the questioner's follow-ups under a plain "Q" stay "Q".
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ._labels import RawLabel
from ._speakers import Who
from ._vocab import SENTENCE_STARTERS, TITLE_WORDS
from ._words import key

__all__ = ["name_questioners"]

_WORD = r"\p{Lu}\p{Ll}++(?:[-'’]\p{Lu}\p{Ll}++)?+"
_NAME = rf"(?P<name>{_WORD}(?:[ \u00a0]{_WORD}){{1,2}}+)"
_OUTLET_WORD = r"(?:\p{Lu}[\p{L}&'’-]*+(?:\.\p{Lu}[\p{L}]*+)*+)"
_OUTLET = rf"(?P<outlet>(?:{_OUTLET_WORD}|the)(?:\s{{1,3}}+(?:{_OUTLET_WORD}|the|of)){{0,5}}+)"

# "I'm Jane Roe from CBS." / "Jane Roe with NPR." / "Jane Roe, Reuters." opening a sentence and
# ending it. The sentence start is the start of the turn or a space after . ! ? (bounded look-behind).
_INTRODUCTION = regex.compile(
    rf"(?:^|(?<=[.!?)][ \u00a0\n]{{1,4}}))"
    r"(?:I[’']m[ \u00a0]|I[ \u00a0]am[ \u00a0]|My[ \u00a0]name[ \u00a0]is[ \u00a0])?+"
    rf"{_NAME}(?:\s{{1,3}}+(?:with|from)\s{{1,3}}+|,[ \u00a0])(?!(?:the[ \u00a0])?+(?:President|Secretary)\b){_OUTLET}"
    r"\.(?=\s|$)"
)

# A sentence that is only a name: "Amanda Head." (checked against names already introduced).
_BARE_NAME = regex.compile(rf"(?:^|(?<=[.!?)][ \u00a0\n]{{1,4}})){_NAME}\.(?=\s|$)")

# How far into a question turn an introduction is looked for (characters).
_REACH = 200


def _plausible(name: str) -> bool:
    first = key(name.split()[0])
    return first not in TITLE_WORDS and first not in SENTENCE_STARTERS


def name_questioners(text: str, labels: Sequence[tuple[RawLabel, Who]]) -> list[tuple[RawLabel, Who]]:
    """*labels* with anonymous question labels given the name of a questioner who introduces themself."""
    out = list(labels)
    introduced: dict[str, str | None] = {}
    for index, (raw, who) in enumerate(labels):
        if not who.is_question or who.is_person:
            continue
        limit = labels[index + 1][0].line_start if index + 1 < len(labels) else len(text)
        window = text[raw.after : min(raw.after + _REACH, limit)].lstrip()
        match = _INTRODUCTION.search(window)
        if match is not None and _plausible(match.group("name")):
            name = " ".join(match.group("name").split())
            outlet = " ".join(match.group("outlet").split())
            introduced[name] = outlet
            out[index] = (raw, who._replace(name=name, is_person=True, affiliation=outlet))
            continue
        if introduced:
            for bare in _BARE_NAME.finditer(window):
                name = " ".join(bare.group("name").split())
                if name in introduced:
                    out[index] = (raw, who._replace(name=name, is_person=True, affiliation=introduced[name]))
                    break
    return out
