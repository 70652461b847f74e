"""Speech cues: the verbs, nouns and phrases that give words to someone, found in a text.

Cues are found in the masked text (quotes blanked), so a cue inside a quote is never read. A
text is searched once for the key words of the cue phrases it holds, not for every phrase;
:class:`DocumentCues` hands out the cues of each paragraph. A motto, slogan or mission "is"
or "lautet" is a cue too: its body says it (:func:`find_motto`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from ._quotes import Paragraph
from ._subjects import Subject

__all__ = ["CUE_KIND", "Cue", "DocumentCues", "find_cues", "find_motto"]


def _phrases(phrases: str) -> frozenset[str]:
    """The |-separated phrases of *phrases*."""
    return frozenset(p.strip() for p in phrases.split("|") if p.strip())


# Speech cues, by kind. ``verb``: a subject comes before it (X said) or, inverted, after it
# (said X), and it makes its subject a speaker even without quote marks; ``weak``: verbs that
# attribute a quote in their sentence but make no speaker on their own (praised the "…");
# ``after``: the subject follows (according to X, selon X); ``by``: a speech noun and its
# author (Statement by the North Atlantic Council …: „…“).
_CUE_WORDS: dict[str, frozenset[str]] = {
    "after": _phrases("according to|According to|selon|Selon|zufolge|laut|Laut"),
    "by": frozenset(
        f"{noun}{plural} {by}"
        for noun in _phrases(
            "statement|Statement|press conference|Press conference|Press Conference|speech|Speech|remarks|Remarks"
            "|interview|Interview|address|Address|message|Message|declaration|Declaration|briefing|Briefing"
            "|article|Article|tweet|Tweet|letter|Letter|doorstep|Doorstep|keynote|Keynote|op-ed|Op-ed"
            "|Pressekonferenz|Rede|Erklärung|discours|Discours|déclaration|Déclaration"
            # the words of X (about the "…"): propos, comments, words, Äußerungen
            "|comments|Comments|words|Words|propos|Propos|paroles|Paroles|Äußerungen|Worte"
        )
        for plural in ("", "s")
        for by in ("by", "from", "von", "de", "du", "des")
    ),
    "verb": _phrases(
        "said|says|told|tells|declared|declares|emphasised|emphasized|emphasises|emphasizes|underscored"
        "|underscores|underlined|underlines|added|adds|adding|highlighted|highlights|mentioned|mentions|stressed"
        "|stresses|noted|warned|warns|stated|explained|explains|insisted|insists|announced|announces|announce"
        "|commented|remarked|observed|pointed out|recalled|reiterated|reiterates|affirmed|reaffirmed|acknowledged"
        "|admitted|argued|asserted|claimed|confirmed|wrote|writes|tweeted|replied|responded|answered|informed"
        "|assured|vowed|pledged|cautioned|conceded|asked|saying|noting|stressing|explaining|insisting|underlining"
        "|emphasising|emphasizing|highlighting|declaring|recalling|stating|pointing out|underscoring|telling"
        "|in a statement|in a tweet|in a post"
        # German and French
        "|sagte|sagt|erklärte|erklärt|betonte|betont|unterstrich|warnte|bekräftigte|ergänzte|meinte|déclare"
        "|affirme|souligne|ajoute|a déclaré|a affirmé|a dit|a souligné|a ajouté|a indiqué|a rappelé|a expliqué"
        "|a estimé|a assuré|a insisté|a averti|a précisé|a conclu"
    ),
    "weak": _phrases(
        "praised|praises|welcomed|welcomes|condemned|condemns|urged|urges|called on|called for|called upon"
        "|expressed|expresses|described|describes|outlined|thanked|congratulated|criticised|criticized|denounced"
        "|hailed|applauded|lauded|called it|calling it|described it as|dubbed|called|calls|termed"
        # verbs that give words only with quote marks ("Stoltenberg continued his visit" is no speech)
        "|put it|puts it|posted|concluded|summed up|went on|continued"
    ),
}
CUE_KIND = {word: kind for kind, words in _CUE_WORDS.items() for word in words}


def _key_word(phrase: str) -> str:
    """The word a phrase is looked up by: its longest word ("according to" -> "according")."""
    return max(phrase.split(), key=len)


# Every cue phrase by its key word, with the offset of that word in the phrase, longest
# phrases first: a text is searched for the key words it contains, not for every phrase.
_CUE_KEYS: dict[str, list[tuple[str, int]]] = {}
for _phrase in sorted(CUE_KIND, key=len, reverse=True):
    _key = _key_word(_phrase)
    _CUE_KEYS.setdefault(_key, []).append((_phrase, _phrase.index(_key)))
_CUE_KEY_BYTES = {key.encode(): key for key in _CUE_KEYS}
_KEY_SET = frozenset(_CUE_KEY_BYTES)
# Bytes that cannot be in a key word become spaces, so that ``bytes.split`` gives the words
# of a text (with their punctuation and typographic marks cut off) at C speed.
_KEEP = frozenset(b for key in _CUE_KEY_BYTES for b in key) | frozenset(b"0123456789")
_KEEP |= frozenset(range(ord("A"), ord("Z") + 1)) | frozenset(range(ord("a"), ord("z") + 1))
_WORD_BYTES = bytes(b if b in _KEEP else 32 for b in range(256))
# French compound past with words between the auxiliary and the participle: "a pour sa part
# estimé", "a également déclaré".
_FR_GAP = regex.compile(r"(?<![\p{L}\p{N}'’])a(?:\ [\p{Ll}'’]++){1,4}+\ \Z")


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def find_cues(masked: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """The ``(start, end, phrase)`` of every cue in ``masked[start:end]``, in order, not overlapping.

    >>> find_cues("According to him, it works, she said.")
    [(0, 12, 'According to'), (32, 36, 'said')]
    """
    if end is None:
        end = len(masked)
    words = masked[start:end].encode("utf-8", "surrogatepass").translate(_WORD_BYTES).split()
    found: list[tuple[int, int, str]] = []
    for raw in _KEY_SET.intersection(words):
        key = _CUE_KEY_BYTES[raw]
        phrases = _CUE_KEYS[key]
        at = masked.find(key, start, end)
        while at >= 0:
            after = at + len(key)
            if not (at > 0 and _is_word_char(masked[at - 1])) and not (
                after < len(masked) and _is_word_char(masked[after])
            ):
                found.extend(_phrase_at(masked, at, phrases))
            at = masked.find(key, after, end)
    found.sort(key=lambda c: (c[0], -c[1]))
    cues: list[tuple[int, int, str]] = []
    for cue in found:
        if not cues or cue[0] >= cues[-1][1]:
            cues.append(cue)
    return cues


def _phrase_at(masked: str, at: int, phrases: Sequence[tuple[str, int]]) -> list[tuple[int, int, str]]:
    """The longest phrase of *phrases* whose key word is the one at *at*, as a list of 0 or 1 cue."""
    for phrase, offset in phrases:
        start = at - offset
        end = start + len(phrase)
        if start >= 0 and masked.startswith(phrase, start):
            if not (start > 0 and _is_word_char(masked[start - 1])) and not (
                end < len(masked) and _is_word_char(masked[end])
            ):
                return [(start, end, phrase)]
        elif offset == 2 and phrase.startswith("a "):
            gap = _FR_GAP.search(masked, max(0, at - 48), at)
            if gap is not None:
                return [(gap.start(), end, phrase)]
    return []


# "The motto of the Academy is", "Das Motto der Akademie lautet", "its vision reads": the body
# whose motto, mission or vision is quoted says it. The head word is found with str.find (in
# ``_MOTTO_HEADS``), the rest is read from it by the pattern; the verb is one of ``_MOTTO_VERBS``.
_MOTTO_HEADS = ("mission statement", "motto", "slogan", "mission", "vision", "credo", "leitspruch", "devise")
_MOTTO = regex.compile(
    r"""
    \ (?:of\ the|of|der|des|de\ la|du)\ (?P<org>[^\s,.;:]++(?:\ [^\s,.;:]++){0,5}?)
    \ (?P<verb>\p{L}++)\s*+:?\s*+\Z
    """,
    regex.VERBOSE,
)
_MOTTO_VERBS = frozenset(("is", "reads", "was", "lautet", "ist", "est"))


def find_motto(head: str) -> regex.Match[str] | None:
    """``_MOTTO`` read after a motto, slogan, mission or vision word in *head*, or ``None``."""
    low = head.lower()
    for word in _MOTTO_HEADS:
        at = low.find(word)
        while at >= 0:
            if not (at > 0 and low[at - 1].isalpha()):
                m = _MOTTO.match(head, at + len(word))
                if m is not None and m.group("verb") in _MOTTO_VERBS:
                    return m
            at = low.find(word, at + 1)
    return None


class Cue:
    """A cue found in the text: its kind (``verb``, ``weak``, ``after``, ``by``), its span, its
    phrase, and its subject once read (and who relays a cited statement)."""

    __slots__ = ("end", "kind", "relay", "start", "subject", "word")

    def __init__(self, kind: str, start: int, end: int, word: str) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.word = word
        self.subject: Subject | None = None
        #: Who passes on the words of a statement they cite ("X, citing the statement, said"): a
        #: speaker too, though the words are the statement's.
        self.relay: Subject | None = None


class DocumentCues:
    """The cues of one document's masked text, searched once and handed out paragraph by paragraph."""

    def __init__(self, masked: str, paragraphs: Sequence[Paragraph]) -> None:
        self.masked = masked
        self.paragraphs = paragraphs
        self._all_cues: list[tuple[int, int, str]] | None = None
        self._cue_starts: list[int] = []
        #: The cues of the paragraph last asked for (the one being read).
        self.current: list[Cue] = []

    def of(self, para: Paragraph) -> list[Cue]:
        """The cues of *para* (the whole text is searched once); they become :attr:`current`."""
        if self._all_cues is None:
            low, high = self.paragraphs[0].start, self.paragraphs[-1].end
            self._all_cues = find_cues(self.masked, low, high)
            self._cue_starts = [c[0] for c in self._all_cues]
        low = bisect.bisect_left(self._cue_starts, para.start)
        cues: list[Cue] = []
        for start, end, word in self._all_cues[low:]:
            if end > para.end:
                break
            cues.append(Cue(CUE_KIND.get(word, "verb"), start, end, word))
        self.current = cues
        return cues

    def near(self, start: int, end: int) -> bool:
        """Whether a cue may follow a closing mark in ``[start, end)``: a cue found there, German
        ", so X", or a French inverted verb ("a-t-il"); nothing to tokenize otherwise."""
        starts = self._cue_starts
        at = bisect.bisect_left(starts, start)
        if at < len(starts) and starts[at] < end:
            return True
        head = self.masked[start : min(end, start + 40)]
        return head.lstrip(" ,–—-\n\t\u00a0").startswith("so ") or "-il" in head or "-elle" in head
