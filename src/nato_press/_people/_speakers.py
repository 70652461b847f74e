"""The speakers of one document: who a subject stands for, and the mentions that say so.

A mention ("Mr. Stoltenberg", "the Secretary General", "he", "the statement") is resolved
against the document itself: a name to the fullest name the text gives (``_name_match``), a
title to the person the text gives that title, "he"/"she" to the subject of the sentence
before or the most recent person speaker, "they" to the most recent body, a statement to the
body the text says issued it ("the statement by the North Atlantic Council"). Each resolved
mention is kept on its entry (``_entries``), and the entries that speak become speakers.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .._records import Mention, Speaker, Turn
from ._entries import Entry, Registry
from ._headline_names import trim_headline_name
from ._introductions import describe
from ._name_match import NameMatcher
from ._names import is_name_word, title_key
from ._sentences import sentence_start
from ._subjects import Subject, subject_after, subject_before
from ._tokens import tokenize
from ._vocab import NATO_BODIES, NATO_ROLES, TITLE_ACRONYMS

__all__ = ["Entry", "People"]

# "statement by the North Atlantic Council", "Statement of the NATO Council": who issued the
# statements a text quotes.
_STATEMENT_BY = regex.compile(r"(?<![\p{L}])[Ss]tatement\s++(?:issued\s++)?(?:by|of|from)\s++")


class People:
    """The persons and bodies of one text, and the lookups that resolve mentions to them."""

    def __init__(self, text: str, turns: Sequence[Turn] = ()) -> None:
        self.text = text
        self.masked = ""
        self.registry = Registry(text)
        self.persons = self.registry.persons
        self.orgs = self.registry.orgs
        self.names = NameMatcher(self.registry)
        self.last_person: Entry | None = None
        self.last_org: Entry | None = None
        self.author: Entry | None = None
        self._issuer: Entry | None = None
        self._issuer_done = False
        self._unnamed = (0, 0)
        for turn in turns:
            if not turn.speaker.strip():
                continue
            entry = self.registry.person(turn.speaker.strip(), turn.span.start)
            entry.add_titles(turn.titles)
            entry.speaks = True
            if turn.label is not None and turn.label_span is not None:
                entry.mentions.append(Mention(text=turn.label, span=turn.label_span, kind="label"))

    # -- lookups -------------------------------------------------------------------------
    def nearest_person(self, at: int) -> Entry | None:
        """The person "he" or "she" at *at* most likely is: the first person named in the nearest
        sentence before it that names one (the subject of that sentence, usually), or ``None``."""
        source = self.masked or self.text
        low = max(0, at - 300)
        if self._unnamed[0] <= low < self._unnamed[1] <= at:
            low = self._unnamed[1]  # already read, and nobody was named there
        toks = tokenize(source, low, at)
        k = len(toks)
        chosen: Subject | None = None
        while k > 0:
            word = toks[k - 1][0]
            if word in (".", "!", "?") and chosen is not None:
                break  # the sentence that named someone is read
            if is_name_word(word):
                subject = subject_before(toks, k)
                if subject is not None and subject.kind == "name" and (len(subject.name) > 1 or subject.titles):
                    chosen = subject  # keep reading back: an earlier name in the sentence is its subject
                    while k > 0 and toks[k - 1][1] >= subject.start:
                        k -= 1
                    continue
                while k > 0 and is_name_word(toks[k - 1][0]):
                    k -= 1
                continue
            k -= 1
        if chosen is not None:
            return self.resolve(chosen)
        self._unnamed = (max(0, at - 300), at)
        return None

    def subject_before_sentence(self, at: int) -> Entry | None:
        """The person the sentence just before the one *at* is in (same paragraph) opens with as
        its subject ("Generalleutnant Ingo Gerhartz, Inspekteur der Luftwaffe, besuchte …", "Le
        secrétaire d’État des États-Unis, Mike Pompeo, …, a salué …"): a name of two words or
        more, or after a title, or a title the text gives a person, as its first words. ``None``
        when that sentence opens otherwise ("At the …", "He …", "Asked about X, …")."""
        source = self.masked or self.text
        line = source.rfind("\n", 0, at) + 1
        here = sentence_start(source, line, at, at + 1)
        if here <= line:
            return None
        previous = sentence_start(source, line, here - 1, here)
        toks = tokenize(source, previous, min(here, previous + 200))
        subject = subject_after(toks, 0) if toks else None
        if subject is None or subject.kind not in ("name", "title"):
            return None
        if subject.kind == "name" and len(subject.name) < 2 and not subject.titles:
            return None
        return self.resolve(subject)

    def issuer(self) -> Entry | None:
        """The body that issued the statement the text quotes, as the text names it."""
        if self._issuer_done:
            return self._issuer
        self._issuer_done = True
        for m in _STATEMENT_BY.finditer(self.text):
            toks = tokenize(self.text, m.end(), min(len(self.text), m.end() + 100))
            subject = subject_after(toks, 0)
            if subject is not None and subject.kind == "org" and subject.org:
                self._issuer = self.registry.org(subject.org, m.end())
                return self._issuer
            if subject is not None and subject.kind in ("name", "title"):
                self._issuer = self.resolve(subject)
                if self._issuer is not None:
                    return self._issuer
        return None

    # -- resolution ----------------------------------------------------------------------
    def resolve(self, subject: Subject, *, speaker_of_turn: Entry | None = None) -> Entry | None:
        """The entry *subject* stands for, or ``None`` when the text does not say."""
        entry: Entry | None
        if subject.kind == "pronoun":
            word = subject.name[0] if subject.name else ""
            if word in ("he", "she"):
                entry = self.subject_before_sentence(subject.start) or self.last_person
                entry = entry or self.nearest_person(subject.start)
            elif word == "they":
                entry = self.last_org
            elif word == "i":
                entry = speaker_of_turn or self.author
            else:
                entry = None
            if entry is not None:
                self._mention(entry, subject.start, subject.end, "pronoun")
            return entry
        if subject.kind == "name":
            tokens = subject.name
            if len(tokens) == 1 and not subject.titles and tokens[0] in TITLE_ACRONYMS:
                return self.names.person_with_title(tokens[0])
            tokens = trim_headline_name(self.text, tokens, subject.start)
            full = self.names.full_name(tokens)
            entry = self.registry.person(full, subject.start)
            entry.add_titles(subject.titles)
            if subject.org and entry.organisation is None:
                entry.organisation = subject.org
            if subject.acronym and entry.acronym is None:
                entry.acronym = subject.acronym
            self._mention(entry, subject.start, subject.end, "name")
            return entry
        if subject.kind == "title":
            for title in reversed(subject.titles):
                key = title_key(title)
                if key in NATO_ROLES and (subject.org or "").lower() in NATO_BODIES:
                    title = NATO_ROLES[key]  # "the NATO chief": the Secretary General
                entry = self.names.person_with_title(title)
                if entry is not None:
                    self._mention(entry, subject.start, subject.end, "title")
                    return entry
            return None
        if subject.kind == "org":
            if not subject.org:
                return None
            entry = self.registry.org(subject.org, subject.start)
            self._mention(entry, subject.start, subject.end, "name")
            return entry
        # a statement
        if subject.issuer is not None:
            entry = self.resolve(subject.issuer)
            if entry is not None:
                return entry
        return self.issuer() or self.last_org

    def _mention(self, entry: Entry, start: int, end: int, kind: str) -> None:
        if start >= end or end > len(self.text):
            return
        if (start, end) in entry.spans:
            return
        entry.spans.add((start, end))
        entry.found.append((start, end, kind))

    def speakers(self) -> list[Speaker]:
        """The entries that speak, persons and bodies, in order of first mention."""
        chosen = [e for e in (*self.persons.values(), *self.orgs.values()) if e.speaks]
        for entry in chosen:
            if entry.kind == "person":
                describe(self.text, entry)
        chosen.sort(key=lambda e: (e.first_mention(), e.name))
        return [e.to_speaker(self.text) for e in chosen]
