"""Who said it: the cue of each quote, its subject, and the quotes that are no speech at all.

A quote is attributed, in this order, to
1. the subject of a cue right after it ("…," he said / "…," said the Secretary General /
   "…", underscored Lieutenant General Wiermann);
2. the subject of the last cue before it in its sentence (X said: "…" / X praised the "…" /
   according to X, "…" / Statement by the North Atlantic Council …: „…“ / Das Motto der
   Akademie lautet „…“);
3. a subject and a colon ("Stoltenberg: ‘…’");
4. the speaker of its paragraph so far, or, for a quote that opens its paragraph, the speaker
   the previous paragraph ended with (continuation paragraphs);
5. in a headline, the document's main speaker.

Single-word quotes, names in quotes ("Friends of Libya" summit) and scare quotes (a short
quote with no cue in its sentence and no speaker around it) are not speech and are dropped.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from .._records import Quote, Span
from ._names import Subject, Tok, sentence_start, subject_after, subject_before, tokenize
from ._quotes import Paragraph, RawQuote
from ._speakers import Entry, People

__all__ = ["Attributor", "find_cues", "mask_quotes"]


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
_CUE_KIND = {word: kind for kind, words in _CUE_WORDS.items() for word in words}


def _key_word(phrase: str) -> str:
    """The word a phrase is looked up by: its longest word ("according to" -> "according")."""
    return max(phrase.split(), key=len)


# Every cue phrase by its key word, with the offset of that word in the phrase, longest
# phrases first: a text is searched for the key words it contains, not for every phrase.
_CUE_KEYS: dict[str, list[tuple[str, int]]] = {}
for _phrase in sorted(_CUE_KIND, key=len, reverse=True):
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

# A quote that is a name: every word capitalised or a small joining word ("Friends of Libya").
_SMALL_WORDS = frozenset(
    ["of", "the", "for", "and", "de", "des", "der", "la", "le", "du", "to", "in", "on", "a", "an", "&", "und", "et"]
)
# Characters allowed between a cue and its quote for the cue to introduce the quote directly.
_DIRECT = frozenset(" \t\n:,\u00a0")
# A term the text distances itself from: the so-called "…", sogenannte „…“, dit « … ».
_SO_CALLED = tuple(
    f"{first}{rest}"
    for first, rest in (
        ("Ss", "o-called"), ("Ss", "o called"), ("Ss", "ogenannte"), ("Ss", "ogenannten"), ("Ss", "ogenanntem"),
        ("Ss", "ogenannter"), ("Ss", "ogenanntes"), ("Ss", "og."), ("d", "it"), ("d", "ite"), ("d", "its"),
        ("d", "ites"), ("t", "ermed"),
    )
    for first in first
)  # fmt: skip
# German cue verbs, whose subject may follow them (verb-second order).
_VERB_SECOND = frozenset(
    (
        "sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "unterstrich", "warnte", "bekräftigte",
        "ergänzte", "meinte",
    )
)  # fmt: skip
# French puts the subject pronoun after the verb in an incise: "…», a-t-il affirmé",
# "déclare-t-elle", "dit-il", "ont-ils ajouté".
_AUXILIARIES = frozenset(("a", "ont", "avait", "avaient"))
_FRENCH_PRONOUN = {"il": "he", "elle": "she", "ils": "they", "elles": "they"}
# What follows the title of a cited work in a note: a comma or period, then a date, "adopted",
# "published", a URL, a bracket or a capitalised publisher ("…," 28 June 2022 (https://…)).
_CITED_AFTER = regex.compile(
    r"""
    [,.]?+\s*+(?:\d|https?://|www\.|[(\[]|\p{Lu}[\p{L}.]*+(?:\ \p{Lu}[\p{L}.]*+)*+,|(?P<word>\p{Ll}++)(?![\p{L}]))
    """,
    regex.VERBOSE,
)
_CITED_WORDS = frozenset(("adopted", "published", "issued", "signed", "available", "accessed", "retrieved"))
# The label a note opens with ("1.", "[2]", "3)"), or nothing: a title that opens its note.
_NOTE_LABEL = regex.compile(r"(?:\[?\d{1,3}[.)\]]?|[*†])?(?:\s*+(?:See|see|Cf\.|cf\.))?")
# German articles: a capitalised word after one is a noun, not a name ("die Beschlüsse").
_ARTICLES = frozenset(("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"))
# Conjunctions joining two verbs of one subject ("Der Rat bekräftigte … und erklärte").
_AND = frozenset(("and", "und", "et", "sowie"))
# Forms of "to be" before a participle make it passive ("was told", "as stated"): no speaker.
_PASSIVE = frozenset(("is", "was", "were", "are", "been", "being", "be", "as"))
# Punctuation skipped between a closing mark and a cue after it ("…”, he said").
_AFTER_PUNCT = frozenset(",–—-")
# Verbs that give a person's own word for a thing: even a one-word quote after one ("called
# Article 5 “sacred”") is their speech, so they are a speaker (the word is no quote).
_NAMING = frozenset(
    (
        "called",
        "calls",
        "calling",
        "dubbed",
        "dubs",
        "termed",
        "terms",
        "described",
        "describes",
        "describing",
        "labelled",
        "labeled",
        "branded",
        "nannte",
        "bezeichnete",
        "qualifié",
    )
)
# Words that may follow a subject written after its verb ("said Stoltenberg in Brussels",
# "said the Secretary General on Monday"); another lower-case word makes the capitalised
# words the start of the verb's object clause ("said European countries had …").
_AFTER_SUBJECT = frozenset(
    (
        "in",
        "at",
        "on",
        "during",
        "after",
        "before",
        "when",
        "while",
        "who",
        "whose",
        "as",
        "to",
        "of",
        "from",
        "with",
        "and",
        "or",
        "but",
        "yesterday",
        "today",
        "earlier",
        "later",
        "recently",
        "adding",
        "noting",
        "told",
        "according",
    )
)


def mask_quotes(text: str, quotes: Sequence[RawQuote]) -> str:
    """*text* with the inside of every quote blanked (same length), a final . ! ? kept.

    Cues and names are then read only outside quotes, and sentence ends inside a quote do not
    split the sentence it stands in.
    """
    pieces: list[str] = []
    pos = 0
    for q in quotes:
        inner_start = q.open_at + 1
        inner_end = q.close_at if q.close_at is not None else q.end
        if inner_start < pos or inner_end <= inner_start:
            continue
        pieces.append(text[pos:inner_start])
        inner = text[inner_start:inner_end]
        stripped = inner.rstrip()
        if stripped and stripped[-1] in ".!?…":
            cut = len(stripped) - 1
            pieces.append(" " * cut + stripped[-1] + " " * (len(inner) - cut - 1))
        else:
            pieces.append(" " * len(inner))
        pos = inner_end
    pieces.append(text[pos:])
    return "".join(pieces)


def _strong(subject: Subject | None) -> bool:
    """A subject that cannot be a capitalised German noun: a full or titled name, a title, a pronoun."""
    if subject is None:
        return False
    if subject.kind == "name":
        return len(subject.name) > 1 or bool(subject.titles)
    return subject.kind in ("title", "pronoun", "statement")


def _name_like(words: list[str]) -> bool:
    """Whether a quote's words read as a name or term: all capitalised but joining words."""
    if len(words) > 6:
        return False
    capitals = 0
    for word in words:
        core = word.strip("\"'“”‘’.,:;()[]")
        if not core:
            continue
        if core.lower() in _SMALL_WORDS:
            continue
        if not (core[:1].isupper() or core[:1].isdigit()):
            return False
        capitals += 1
    return capitals > 0 and words[-1][-1:] not in ".!?,;:"


def _motto(head: str) -> regex.Match[str] | None:
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


class _Cue:
    __slots__ = ("end", "kind", "start", "subject", "word")

    def __init__(self, kind: str, start: int, end: int, word: str) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.word = word
        self.subject: Subject | None = None


class Attributor:
    """Attributes the quotes of one document to speakers, and finds speakers without quotes."""

    def __init__(
        self,
        text: str,
        masked: str,
        paragraphs: Sequence[Paragraph],
        people: People,
        turn_of: Sequence[Entry | None],
        in_turn: Sequence[bool],
        headline: Sequence[bool],
    ) -> None:
        self.text = text
        self.masked = masked
        self.paragraphs = paragraphs
        self.people = people
        self.turn_of = turn_of
        self.in_turn = in_turn
        self._para_cues: list[_Cue] = []
        self._all_cues: list[tuple[int, int, str]] | None = None
        self._cue_starts: list[int] = []
        self.headline = headline

    # -- sentences and cues ----------------------------------------------------------------
    def _window(self, para: Paragraph, start: int, end: int) -> list[Tok]:
        """The tokens of the masked text in ``[start, end)``, kept inside *para*."""
        return tokenize(self.masked, max(start, para.start), min(end, para.end))

    def _sentence_start(self, para: Paragraph, at: int) -> int:
        return sentence_start(self.masked, para.start, at, para.end)

    def _cues(self, para: Paragraph) -> list[_Cue]:
        """The cues of *para* (the whole text is searched once)."""
        if self._all_cues is None:
            low, high = self.paragraphs[0].start, self.paragraphs[-1].end
            self._all_cues = find_cues(self.masked, low, high)
            self._cue_starts = [c[0] for c in self._all_cues]
        low = bisect.bisect_left(self._cue_starts, para.start)
        cues: list[_Cue] = []
        for start, end, word in self._all_cues[low:]:
            if end > para.end:
                break
            cues.append(_Cue(_CUE_KIND.get(word, "verb"), start, end, word))
        return cues

    def _subject(self, cue: _Cue, para: Paragraph) -> Subject | None:
        """The subject of *cue*, read once (backwards for verbs, forwards for "according to")."""
        if cue.subject is not None:
            return cue.subject
        if cue.kind in ("after", "by"):
            toks = self._window(para, cue.end, cue.end + 110)
            subject = subject_after(toks, 0)
        else:
            start = self._sentence_start(para, cue.start)
            toks = self._window(para, max(start, cue.start - 110), cue.start)
            if cue.word.startswith("in a ") and toks and _CUE_KIND.get(toks[-1][0]) == "verb":
                toks = toks[:-1]  # "added in a tweet", "said in a statement": the verb's subject
            if toks and toks[-1][0].lower() in _PASSIVE and cue.word.endswith(("ed", "told", "said")):
                cue.subject = None  # "was told", "is expected": nobody speaks
                return None
            subject = subject_before(toks, len(toks)) if toks else None
            if cue.word in _VERB_SECOND and not _strong(subject):
                # German puts the subject after the verb when something else comes first:
                # "In seiner Rede betonte Stoltenberg", „…“, sagte er.
                after = self._window(para, cue.end, cue.end + 80)
                inverted = subject_after(after, 0) if after else None
                if (
                    inverted is not None
                    and inverted.kind in ("name", "title", "pronoun")
                    and not (inverted.kind == "name" and not inverted.titles and after[0][0] in _ARTICLES)
                ):
                    subject = inverted  # but "bekräftigte die Beschlüsse": an article makes it a noun
            if subject is None and toks and toks[-1][0] in _AND:
                subject = self._shared_subject(cue, para, start)
            if subject is None and toks:
                subject = self._clause_subject(toks)
            if subject is None and cue.kind == "verb":
                after = self._window(para, cue.end, cue.end + 80)
                if after and after[0][0] not in ("that", "dass", "que", "how", "the", "a", "an"):
                    inverted = subject_after(after, 0)
                    if (
                        inverted is not None
                        and inverted.kind in ("name", "title", "statement")
                        and not self._clause_goes_on(after, inverted)
                    ):
                        subject = inverted
        cue.subject = subject
        return subject

    @staticmethod
    def _object_at(toks: Sequence[Tok], subject: Subject) -> bool:
        """Whether the one capitalised word *subject* follows a lower-case word of its clause (a
        verb, article or adjective: "dankte den deutschen Soldaten"), so it is an object or a
        noun (German capitalises every noun) rather than the name of who speaks."""
        for k, tok in enumerate(toks):
            if tok[1] >= subject.start:
                return k > 0 and toks[k - 1][0].isalpha() and toks[k - 1][0].islower()
        return False

    @staticmethod
    def _clause_goes_on(toks: Sequence[Tok], subject: Subject) -> bool:
        """Whether the capitalised words after a verb begin its object clause rather than name its
        subject: "said European countries had …" (a lower-case word other than a preposition or
        time word follows them), so they are never the subject of the verb before them."""
        for k, tok in enumerate(toks):
            if tok[1] >= subject.end:
                word = tok[0]
                return word[:1].islower() and word not in _AFTER_SUBJECT and k > 0
        return False

    def _shared_subject(self, cue: _Cue, para: Paragraph, sentence: int) -> Subject | None:
        """The subject of the verb an "and" joins *cue* to ("Der Rat bekräftigte … und erklärte")."""
        for other in reversed(self._para_cues):
            if other.start >= cue.start or other.kind not in ("verb", "weak"):
                continue
            if other.start < sentence:
                break
            return self._subject(other, para)
        return None

    @staticmethod
    def _clause_subject(toks: Sequence[tuple[str, int, int]]) -> Subject | None:
        """A statement the clause before a verb begins with ("The joint statement by … said")."""
        start = 0
        for i in range(len(toks) - 1, -1, -1):
            if toks[i][0] in (",", ";", ":"):
                start = i + 1
                break
        for k in range(start, min(len(toks), start + 6)):
            word = toks[k][0]
            if word[:1].isupper() or word in ("the", "a"):
                subject = subject_after(toks[: len(toks)], k)
                if subject is not None and subject.kind == "statement":
                    return subject
        return None

    def _after_cue(self, q: RawQuote, para: Paragraph) -> tuple[_Cue, Subject | None] | None:
        """A cue right after the closing mark: "…," he said / "…," said the Secretary General."""
        if q.close_at is None:
            return None
        quote_end = self.text[q.end - 1 : q.end]
        if quote_end == ".":
            return None  # the quoted sentence is over: what follows is a new sentence
        if not self._cue_near(q.close_at + 1, min(para.end, q.close_at + 110)):
            return None
        toks = self._window(para, q.close_at + 1, q.close_at + 110)
        i = 0
        while i < len(toks) and toks[i][0] in _AFTER_PUNCT:
            i += 1
        joined = quote_end in ",?!…" or i > 0
        if i >= len(toks):
            return None
        for j in range(i, min(len(toks), i + 12)):
            word = toks[j][0]
            if word in (".", "!", "?", ";", "“", "”", '"', "„", "«", "»"):
                return None
            if j == i:
                inverted = self._inverted(toks, j)
                if inverted is not None:
                    return inverted
            width = 1
            kind = _CUE_KIND.get(word) if word[:1].islower() else None
            if kind is None and j + 1 < len(toks):
                kind = _CUE_KIND.get(word + " " + toks[j + 1][0])  # "a déclaré", "pointed out"
                width = 2
            if kind is None or kind == "by":
                if word == "so" and j == i:  # German ", so Stoltenberg"
                    cue = _Cue("verb", toks[j][1], toks[j][2], word)
                    cue.subject = subject_after(toks, j + 1)
                    return (cue, cue.subject) if cue.subject is not None else None
                continue
            cue = _Cue(kind, toks[j][1], toks[j + width - 1][2], word)
            if j == i:
                subject = subject_after(toks, j + width)
            else:
                subject = subject_before(toks, j, lowest=i)
                if subject is None:
                    return None
                first = toks[i + 1][1] if toks[i][0] in ("the", "The") and i + 1 < len(toks) else toks[i][1]
                if subject.start > first:
                    return None
            if subject is None:
                return None
            if not joined and not self._ends_soon(toks, j):
                return None
            cue.subject = subject
            return cue, subject
        return None

    def _cue_near(self, start: int, end: int) -> bool:
        """Whether a cue may follow a closing mark in ``[start, end)``: a cue found there, German
        ", so X", or a French inverted verb ("a-t-il"); nothing to tokenize otherwise."""
        starts = self._cue_starts
        at = bisect.bisect_left(starts, start)
        if at < len(starts) and starts[at] < end:
            return True
        head = self.masked[start : min(end, start + 40)]
        return head.lstrip(" ,–—-\n\t\u00a0").startswith("so ") or "-il" in head or "-elle" in head

    @staticmethod
    def _inverted(toks: Sequence[Tok], j: int) -> tuple[_Cue, Subject] | None:
        """A French verb with its pronoun after it: "…», a-t-il affirmé" / "…», déclare-t-elle"."""
        word = toks[j][0]
        parts = word.split("-")
        if not (
            2 <= len(parts) <= 3
            and parts[-1] in _FRENCH_PRONOUN
            and (len(parts) == 2 or parts[1] == "t")
            and parts[0].isalpha()
            and parts[0].islower()
        ):
            return None
        start = toks[j][1]
        end = toks[j][2]
        if parts[0] in _AUXILIARIES and j + 1 < len(toks) and toks[j + 1][0][:1].islower():
            end = toks[j + 1][2]  # "a-t-il affirmé": the participle is part of the cue
        pronoun = Subject("pronoun", toks[j][2] - len(parts[-1]), toks[j][2], name=(_FRENCH_PRONOUN[parts[-1]],))
        cue = _Cue("verb", start, end, toks[j][0])
        cue.subject = pronoun
        return cue, pronoun

    @staticmethod
    def _ends_soon(toks: Sequence[tuple[str, int, int]], j: int) -> bool:
        for k in range(j + 1, min(len(toks), j + 9)):
            if toks[k][0] in (".", "!", "?"):
                return True
        return j + 1 >= len(toks)

    # -- the walk --------------------------------------------------------------------------
    def run(self, quotes: Sequence[RawQuote]) -> list[Quote]:
        """Attribute *quotes* (paired marks, in text order); return the quotes that are speech."""
        people = self.people
        by_first: dict[int, list[RawQuote]] = {}
        for q in quotes:
            by_first.setdefault(q.first, []).append(q)
        kept: list[tuple[RawQuote, Entry | None, _Cue | None]] = []
        deferred: list[RawQuote] = []
        previous: Entry | None = None
        for index, para in enumerate(self.paragraphs):
            here = by_first.get(index, [])
            cues = self._para_cues = self._cues(para)
            cue_starts = [c.start for c in cues]
            if not here and not cues:
                if para.kind == "body" and not self.headline[index]:
                    previous = None  # narrative in between: the next quote does not continue a speaker
                continue
            turn = self.turn_of[index]
            state: list[Entry | None] = [None]
            ci = 0
            for q in here:
                while ci < len(cues) and cues[ci].start < q.open_at:
                    self._use_cue(cues[ci], para, index, state)
                    ci += 1
                last_para = self.paragraphs[q.last]
                found = self._attribute(q, para, last_para, cues, cue_starts)
                cue, subject, direct = found
                entry = None if subject is None else people.resolve(subject, speaker_of_turn=turn)
                has_cue = cue is not None
                if entry is None and (cue is None or (subject is None and self._subjectless(cue))):
                    if state[0] is not None:
                        entry = state[0]
                    elif q.open_at <= para.start + 2 and previous is not None:
                        entry = previous
                if not self._is_speech(q, has_cue, direct, entry):
                    if cue is not None and entry is not None and entry.kind == "person" and cue.word in _NAMING:
                        self._speaks(entry, quote=False)  # Biden "called" Article 5 "sacred": his word
                    continue
                if entry is None and not has_cue and self.headline[index]:
                    deferred.append(q)
                    continue
                if entry is not None:
                    self._speaks(entry, quote=True)
                    state[0] = entry
                kept.append((q, entry, cue))
            while ci < len(cues):
                self._use_cue(cues[ci], para, index, state)
                ci += 1
            if state[0] is not None or (para.kind == "body" and not self.headline[index]):
                previous = state[0]
        main = self._main_speaker()
        for q in deferred:
            # a headline quoting words the body quotes: whoever said them in the body
            words = self.text[q.start : q.end].casefold()
            source = next(
                (e for k, e, _ in kept if e is not None and words in self.text[k.start : k.end].casefold()), main
            )
            if source is None and len(words.split()) <= 4:
                continue
            if source is not None:
                source.quotes += 1
            kept.append((q, source, None))
        kept.sort(key=lambda item: item[0].start)
        return [self._record(q, entry, cue) for q, entry, cue in kept]

    @staticmethod
    def _subjectless(cue: _Cue) -> bool:
        """A cue that takes its subject from the clause before: ", adding:", "…, saying"."""
        return cue.word.endswith("ing") or cue.word == ":"

    def _use_cue(self, cue: _Cue, para: Paragraph, index: int, state: list[Entry | None]) -> None:
        """Read a cue outside any quote: its subject becomes the paragraph's speaker."""
        if cue.kind == "by":
            return
        subject = self._subject(cue, para)
        if subject is None:
            return
        entry = self.people.resolve(subject, speaker_of_turn=self.turn_of[index])
        if entry is None:
            return
        state[0] = entry
        self._track(entry)
        if cue.kind in ("verb", "after") and not self.in_turn[index]:
            entry.speaks = True  # given words even without quote marks: "X said that …"

    def _track(self, entry: Entry) -> None:
        if entry.kind == "person":
            self.people.last_person = entry
        else:
            self.people.last_org = entry

    def _speaks(self, entry: Entry, *, quote: bool) -> None:
        entry.speaks = True
        if quote:
            entry.quotes += 1
        self._track(entry)

    def _attribute(
        self, q: RawQuote, para: Paragraph, last_para: Paragraph, cues: Sequence[_Cue], cue_starts: Sequence[int]
    ) -> tuple[_Cue | None, Subject | None, bool]:
        """The cue and subject of *q*, and whether the cue introduces it directly."""
        after = self._after_cue(q, last_para)
        if after is not None:
            return after[0], after[1], True
        sentence = self._sentence_start(para, q.open_at)
        low = bisect.bisect_left(cue_starts, sentence)
        high = bisect.bisect_left(cue_starts, q.open_at)
        before: list[_Cue] = []
        for k in range(high - 1, max(low, high - 3) - 1, -1):
            if cues[k].end <= q.open_at:
                before = [cues[k]]
                break
        masked = self.masked
        head_start = max(sentence, q.open_at - 160)
        head = masked[head_start : q.open_at]
        motto = _motto(head)
        if motto is not None:
            verb_start, verb_end = motto.span("verb")
            cue = _Cue("verb", head_start + verb_start, head_start + verb_end, motto.group("verb"))
            body = Subject(
                "org", head_start + motto.start("org"), head_start + motto.end("org"), org=motto.group("org")
            )
            cue.subject = body
            return cue, body, True
        subject: Subject | None
        if before:
            cue = before[-1]
            subject = self._subject(cue, para)
            between = masked[cue.end : q.open_at]
            direct = ":" in between and all(c in _DIRECT for c in between)
            return cue, subject, direct
        stripped = head.rstrip()
        if stripped.endswith(":"):
            colon = head_start + len(stripped) - 1
            toks = self._window(para, head_start, colon)
            subject = subject_before(toks, len(toks)) if toks else None
            if (
                subject is not None
                and subject.kind == "name"
                and len(subject.name) == 1
                and not subject.titles
                and self._object_at(toks, subject)
            ):
                subject = None  # "Kalle Laanet dankte den deutschen Soldaten:": an object, not the subject
            if (subject is None or subject.kind not in ("name", "title", "org")) and head_start == sentence:
                # "President X put it well this morning: “…”": the subject of the sentence
                # the colon ends says the words, whatever its verb
                subject = subject_after(toks, 0) if toks else None
                if subject is not None and subject.kind == "name" and len(subject.name) < 2 and not subject.titles:
                    subject = None
            if subject is not None and subject.kind in ("name", "title", "org"):
                cue = _Cue("verb", colon, colon + 1, ":")
                cue.subject = subject
                return cue, subject, True
        return None, None, False

    def _is_speech(self, q: RawQuote, has_cue: bool, direct: bool, entry: Entry | None) -> bool:
        """Whether *q* reproduces words, rather than naming a thing or scaring a term."""
        words = self.text[q.start : q.end].split()
        if len(words) <= 1:
            return False
        if _name_like(words) and not direct:
            return False
        if self.masked[max(0, q.open_at - 14) : q.open_at].rstrip().endswith(_SO_CALLED):
            return False  # the so-called "hybrid warfare": a term, not words
        if self.paragraphs[q.first].kind == "notes" and self._cited(q):
            return False  # NATO, "Strategic Concept …," adopted …: the title of what a note cites
        if has_cue:
            return True
        headline = self.headline[q.first]
        if headline:
            return True
        if entry is None and self.paragraphs[q.first].kind == "notes":
            return False  # an unattributed quote in a note is the title of what it cites
        return not (len(words) <= 4 and (q.single or entry is None))

    def _cited(self, q: RawQuote) -> bool:
        """Whether *q*, in a note, is the title of a cited work rather than words quoted.

        A title follows its author or publisher and a comma (``The White House, "Remarks by
        …,"``), or opens the note, and is followed by a comma and a date, "adopted", a URL or
        a publisher. Words a note quotes follow a colon (``Statement by …: „…“``).
        """
        para = self.paragraphs[q.first]
        before = self.masked[max(para.start, q.open_at - 80) : q.open_at].rstrip()
        if before.endswith(":"):
            return False
        if before.endswith(",") or _NOTE_LABEL.fullmatch(before) is not None:
            return True
        if q.close_at is None:
            return False
        m = _CITED_AFTER.match(self.text, q.close_at + 1)
        return m is not None and (m.group("word") is None or m.group("word") in _CITED_WORDS)

    def _main_speaker(self) -> Entry | None:
        best: Entry | None = None
        for entry in self.people.persons.values():
            if entry.quotes and (best is None or entry.quotes > best.quotes):
                best = entry
        if best is None:
            best = self.people.author
        if best is None:
            speaking = [e for e in self.people.persons.values() if e.speaks]
            best = min(speaking, key=lambda e: e.first) if speaking else None
        return best

    def _record(self, q: RawQuote, entry: Entry | None, cue: _Cue | None) -> Quote:
        text = self.text[q.start : q.end]
        first = text[:1]
        return Quote(
            text=text,
            span=Span(start=q.start, end=q.end),
            open_mark=q.open_mark,
            close_mark=q.close_mark,
            speaker=None if entry is None else entry.name,
            cue=None if cue is None else self.text[cue.start : cue.end],
            cue_span=None if cue is None else Span(start=cue.start, end=cue.end),
            partial=not (first.isupper() or first.isdigit()),
        )
