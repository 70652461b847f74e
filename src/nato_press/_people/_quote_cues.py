"""The cue of a quote and its subject, and whether the cue introduces the quote directly.

Looked for in this order: a cue right after the closing mark ("…," he said / "…," said the
Secretary General / "…», a-t-il affirmé); a motto or slogan the quote is ("Das Motto der
Akademie lautet „…“"); the last cue before it in its sentence (X said: "…" / according to X,
"…"); a subject and a colon ("Stoltenberg: ‘…’").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ._cue_subjects import CueSubjects
from ._cues import CUE_KIND, Cue, DocumentCues, find_motto
from ._labels import link_label
from ._quotes import Paragraph, RawQuote
from ._subjects import Subject, subject_after, subject_before
from ._tokens import Tok

__all__ = ["QuoteCues", "clause_between"]

# Characters allowed between a cue and its quote for the cue to introduce the quote directly.
_DIRECT = frozenset(" \t\n:,\u00a0")
# French puts the subject pronoun after the verb in an incise: "…», a-t-il affirmé",
# "déclare-t-elle", "dit-il", "ont-ils ajouté".
_AUXILIARIES = frozenset(("a", "ont", "avait", "avaient"))
_FRENCH_PRONOUN = {"il": "he", "elle": "she", "ils": "they", "elles": "they"}
# Punctuation skipped between a closing mark and a cue after it ("…”, he said").
_AFTER_PUNCT = frozenset(",–—-")


# Words that open a subordinate clause after a comma: the colon that ends such a clause closes
# what that clause is about, not what the sentence's subject says ("X arrived in Riga, where
# the banner read: “…”", "X visited the school, whose motto is: “…”").
_SUBORDINATE = frozenset(("where", "which", "whose", "when", "while", "wo", "où", "dont", "deren", "dessen"))


def clause_between(toks: Sequence[Tok], after: int) -> bool:
    """Whether a comma and a subordinate clause stand between the subject (ending at *after*) and the colon."""
    for k in range(1, len(toks)):
        if toks[k][1] >= after and toks[k - 1][0] == "," and toks[k][0].lower() in _SUBORDINATE:
            return True
    return False


class QuoteCues:
    """Finds the cue and subject of each quote of one document."""

    def __init__(self, text: str, masked: str, cues: DocumentCues, subjects: CueSubjects) -> None:
        self.text = text
        self.masked = masked
        self.cues = cues
        self.subjects = subjects

    def attribute(
        self, q: RawQuote, para: Paragraph, last_para: Paragraph, cues: Sequence[Cue], cue_starts: Sequence[int]
    ) -> tuple[Cue | None, Subject | None, bool]:
        """The cue and subject of *q*, and whether the cue introduces it directly."""
        after = self._after_cue(q, last_para)
        if after is not None:
            return after[0], after[1], True
        sentence = self.subjects.sentence_start(para, q.open_at)
        low = bisect.bisect_left(cue_starts, sentence)
        high = bisect.bisect_left(cue_starts, q.open_at)
        before: list[Cue] = []
        for k in range(high - 1, max(low, high - 3) - 1, -1):
            if cues[k].end <= q.open_at:
                before = [cues[k]]
                break
        masked = self.masked
        head_start = max(sentence, q.open_at - 160)
        head = masked[head_start : q.open_at]
        motto = find_motto(head)
        if motto is not None:
            verb_start, verb_end = motto.span("verb")
            cue = Cue("verb", head_start + verb_start, head_start + verb_end, motto.group("verb"))
            body = Subject(
                "org", head_start + motto.start("org"), head_start + motto.end("org"), org=motto.group("org")
            )
            cue.subject = body
            return cue, body, True
        subject: Subject | None
        if before:
            cue = before[-1]
            subject = self.subjects.subject(cue, para)
            between = masked[cue.end : q.open_at]
            direct = ":" in between and all(c in _DIRECT for c in between)
            return cue, subject, direct
        stripped = head.rstrip()
        if stripped.endswith(":"):
            colon = head_start + len(stripped) - 1
            label = link_label(self.text, colon)
            if label is not None:  # "[Sen. Jane Doe](https://…): “…”": the link names who says it
                cue = Cue("verb", colon, colon + 1, ":")
                cue.subject = label
                return cue, label, True
            toks = self.subjects.window(para, head_start, colon)
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
                if subject is not None and clause_between(toks, subject.end):
                    subject = None  # "X arrived in Riga, where the banner read: “…”": not X's words
            if subject is not None and subject.kind in ("name", "title", "org"):
                cue = Cue("verb", colon, colon + 1, ":")
                cue.subject = subject
                return cue, subject, True
        return None, None, False

    @staticmethod
    def _object_at(toks: Sequence[Tok], subject: Subject) -> bool:
        """Whether the one capitalised word *subject* follows a lower-case word of its clause (a
        verb, article or adjective: "dankte den deutschen Soldaten"), so it is an object or a
        noun (German capitalises every noun) rather than the name of who speaks."""
        for k, tok in enumerate(toks):
            if tok[1] >= subject.start:
                return k > 0 and toks[k - 1][0].isalpha() and toks[k - 1][0].islower()
        return False

    def _after_cue(self, q: RawQuote, para: Paragraph) -> tuple[Cue, Subject | None] | None:
        """A cue right after the closing mark: "…," he said / "…," said the Secretary General."""
        if q.close_at is None:
            return None
        quote_end = self.text[q.end - 1 : q.end]
        if quote_end == ".":
            return None  # the quoted sentence is over: what follows is a new sentence
        if not self.cues.near(q.close_at + 1, min(para.end, q.close_at + 110)):
            return None
        toks = self.subjects.window(para, q.close_at + 1, q.close_at + 110)
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
            kind = CUE_KIND.get(word) if word[:1].islower() else None
            if kind is None and j + 1 < len(toks):
                kind = CUE_KIND.get(word + " " + toks[j + 1][0])  # "a déclaré", "pointed out"
                width = 2
            if kind is None or kind == "by":
                if word == "so" and j == i:  # German ", so Stoltenberg"
                    cue = Cue("verb", toks[j][1], toks[j][2], word)
                    cue.subject = subject_after(toks, j + 1)
                    return (cue, cue.subject) if cue.subject is not None else None
                continue
            cue = Cue(kind, toks[j][1], toks[j + width - 1][2], word)
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

    @staticmethod
    def _inverted(toks: Sequence[Tok], j: int) -> tuple[Cue, Subject] | None:
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
        cue = Cue("verb", start, end, toks[j][0])
        cue.subject = pronoun
        return cue, pronoun

    @staticmethod
    def _ends_soon(toks: Sequence[tuple[str, int, int]], j: int) -> bool:
        for k in range(j + 1, min(len(toks), j + 9)):
            if toks[k][0] in (".", "!", "?"):
                return True
        return j + 1 >= len(toks)
