"""Detect the document language (en, fr, de) from the text itself.

The title, body and caption blocks (the notes when there are none) are read
word by word (words are split at white space, so a word with punctuation
attached is not counted), and each language's function words are counted.
Page chrome is left out, so an English article under French or German site
chrome is English. No dictionary and no model: function words are the most
reliable cue in short texts and cost one pass over the words.

>>> from nato_press._structure._segment import segment
>>> text = "Die Allianz hat am Montag die neue Strategie vorgestellt, die von allen Staaten getragen wird."
>>> detect_language(text, segment(text)[0])
'de'
"""

from __future__ import annotations

from collections.abc import Sequence

from .._records import Block

__all__ = ["detect_language"]

# Function words that are frequent in one language and rare in the others. Words shared between
# languages ("des", "in", "an", "die" as an English verb is rare enough to keep) are left out.
_BY_LANGUAGE: dict[str, frozenset[str]] = {}
for _lang, _words in (
    (
        "en",
        "the and of to is are was were that this with for from by has have had will would which who "
        "be been it its their they we our not at or as but",
    ),
    (
        "fr",
        "le la les du une un et est sont été dans pour que qui sur au aux avec ce cette ces par pas "
        "nous ont sa son ses leur plus être à où",
    ),
    (
        "de",
        "der die das und ist sind wurde werden nicht mit den dem ein eine einen zu zur zum auf für von "
        "sich wird auch bei nach über aus im wir unsere sie",
    ),
):
    _BY_LANGUAGE[_lang] = frozenset(_words.split())
# Each function word as written in lower case, capitalised and in capitals ("the", "The", "THE"), so
# the sample need not be lower-cased first.
_LANGUAGE_OF = {
    form: lang
    for lang, words in _BY_LANGUAGE.items()
    for word in words
    for form in (word, word.capitalize(), word.upper())
}

# Too little evidence: fewer function words than this in all gives no answer.
_TOO_FEW = 2
# The blocks read: the article and its title (chrome, headers and notes are often in another language).
_READ = frozenset({"title", "body", "caption"})
# Only this many characters of the title and body are read (about a hundred words: function words
# are so frequent that more text does not change the answer, it only costs time).
_MAX_CHARS = 600


def detect_language(text: str, blocks: Sequence[Block]) -> str | None:
    """Return ``"en"``, ``"fr"``, ``"de"`` or ``None`` when undecidable.

    >>> detect_language("Les Alliés ont adopté la déclaration.", [])
    'fr'
    """
    spans = [b.span for b in blocks if b.kind in _READ]
    if not spans:
        spans = [b.span for b in blocks if b.kind == "notes"]
    if not spans and not blocks:
        sample = text[:_MAX_CHARS]
    else:
        parts: list[str] = []
        size = 0
        for span in spans:
            parts.append(text[span.start : min(span.end, span.start + _MAX_CHARS - size)])
            size += len(parts[-1])
            if size >= _MAX_CHARS:
                break
        sample = " ".join(parts)
    counts = {"en": 0, "fr": 0, "de": 0}
    for lang in map(_LANGUAGE_OF.get, sample.split()):
        if lang is not None:
            counts[lang] += 1
    best = max(counts, key=counts.__getitem__)
    total = sum(counts.values())
    if counts[best] < _TOO_FEW or counts[best] * 2 <= total:
        return None
    return best
