"""The subject of a cue: who a verb, "according to" or "statement by" gives words to.

A verb's subject is read backwards from it ("X said", "he also said", "Rasmussen, who visited
New York, said"), or forwards when the verb comes first ("said X", German "betonte
Stoltenberg"); "according to X" and "statement by X" read forwards. A passive ("was told") has
no subject; a verb joined by "and" shares the subject of the verb before it; a clause may open
with the statement that says it ("The joint statement by … said").
"""

from __future__ import annotations

from collections.abc import Sequence

from ._cues import CUE_KIND, Cue, DocumentCues
from ._quotes import Paragraph
from ._sentences import sentence_start
from ._subjects import Subject, subject_after, subject_before
from ._tokens import Tok, tokenize

__all__ = ["CueSubjects"]

# German cue verbs, whose subject may follow them (verb-second order).
_VERB_SECOND = frozenset(
    (
        "sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "unterstrich", "warnte", "bekräftigte",
        "ergänzte", "meinte",
    )
)  # fmt: skip
# German articles: a capitalised word after one is a noun, not a name ("die Beschlüsse").
_ARTICLES = frozenset(("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"))
# Conjunctions joining two verbs of one subject ("Der Rat bekräftigte … und erklärte").
_AND = frozenset(("and", "und", "et", "sowie"))
# Forms of "to be" before a participle make it passive ("was told", "as stated"): no speaker.
_PASSIVE = frozenset(("is", "was", "were", "are", "been", "being", "be", "as"))
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


def _strong(subject: Subject | None) -> bool:
    """A subject that cannot be a capitalised German noun: a full or titled name, a title, a pronoun."""
    if subject is None:
        return False
    if subject.kind == "name":
        return len(subject.name) > 1 or bool(subject.titles)
    return subject.kind in ("title", "pronoun", "statement")


# A speaker who cites or quotes a statement passes on its words: "X, citing the statement by
# the North Atlantic Council, said …", "Quoting the Council's statement, X said …" give the
# words to the statement (and so to the body that issued it), not to X.
_CITING = frozenset(("citing", "Citing", "quoting", "Quoting", "citant", "Citant", "zitierte", "Zitierend"))
_STATEMENT_WORDS = frozenset(("statement", "declaration", "communiqué", "communique", "erklärung", "déclaration"))


def _cited_statement(toks: Sequence[Tok]) -> Subject | None:
    """The statement a "citing …" phrase before the cue names, or ``None``."""
    for i in range(len(toks) - 1, -1, -1):
        if toks[i][0] not in _CITING:
            continue
        subject = subject_after(toks, i + 1) if i + 1 < len(toks) else None
        if subject is not None and subject.kind == "statement":
            return subject
        k = i + 1
        if k < len(toks) and toks[k][0].lower() in ("the", "its", "a"):
            k += 1
        if k + 1 < len(toks) and toks[k][0].endswith(("’s", "'s")) and toks[k + 1][0].lower() in _STATEMENT_WORDS:
            body = Subject("org", toks[k][1], toks[k][2] - 2, org=toks[k][0][:-2])  # "the Council's statement"
            return Subject("statement", toks[k][1], toks[k + 1][2], issuer=body)
        return None
    return None


class CueSubjects:
    """Reads the subject of each cue of one document, once per cue, in its masked text."""

    def __init__(self, masked: str, cues: DocumentCues) -> None:
        self.masked = masked
        self.cues = cues

    def window(self, para: Paragraph, start: int, end: int) -> list[Tok]:
        """The tokens of the masked text in ``[start, end)``, kept inside *para*."""
        return tokenize(self.masked, max(start, para.start), min(end, para.end))

    def sentence_start(self, para: Paragraph, at: int) -> int:
        return sentence_start(self.masked, para.start, at, para.end)

    def subject(self, cue: Cue, para: Paragraph) -> Subject | None:
        """The subject of *cue*, read once (backwards for verbs, forwards for "according to")."""
        if cue.subject is not None:
            return cue.subject
        if cue.kind in ("after", "by"):
            toks = self.window(para, cue.end, cue.end + 110)
            subject = subject_after(toks, 0)
        else:
            start = self.sentence_start(para, cue.start)
            toks = self.window(para, max(start, cue.start - 110), cue.start)
            if cue.word.startswith("in a ") and toks and CUE_KIND.get(toks[-1][0]) == "verb":
                toks = toks[:-1]  # "added in a tweet", "said in a statement": the verb's subject
            if toks and toks[-1][0].lower() in _PASSIVE and cue.word.endswith(("ed", "told", "said")):
                cue.subject = None  # "was told", "is expected": nobody speaks
                return None
            subject = subject_before(toks, len(toks)) if toks else None
            cited = _cited_statement(toks)
            if cited is not None:
                cue.relay = subject if subject is not None and subject.kind == "name" else None
                subject = cited  # "X, citing the statement by the Council, said …": the statement's words
            if cue.word in _VERB_SECOND and not _strong(subject):
                # German puts the subject after the verb when something else comes first:
                # "In seiner Rede betonte Stoltenberg", „…“, sagte er.
                after = self.window(para, cue.end, cue.end + 80)
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
                after = self.window(para, cue.end, cue.end + 80)
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
    def _clause_goes_on(toks: Sequence[Tok], subject: Subject) -> bool:
        """Whether the capitalised words after a verb begin its object clause rather than name its
        subject: "said European countries had …" (a lower-case word other than a preposition or
        time word follows them), so they are never the subject of the verb before them."""
        for k, tok in enumerate(toks):
            if tok[1] >= subject.end:
                word = tok[0]
                return word[:1].islower() and word not in _AFTER_SUBJECT and k > 0
        return False

    def _shared_subject(self, cue: Cue, para: Paragraph, sentence: int) -> Subject | None:
        """The subject of the verb an "and" joins *cue* to ("Der Rat bekräftigte … und erklärte")."""
        for other in reversed(self.cues.current):
            if other.start >= cue.start or other.kind not in ("verb", "weak"):
                continue
            if other.start < sentence:
                break
            return self.subject(other, para)
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
