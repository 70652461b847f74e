"""The speakers of one document: who a subject stands for, and the fullest name the text gives.

A mention ("Mr. Stoltenberg", "the Secretary General", "he", "the statement") is resolved
against the document itself: a surname to the longest name ending with it ("Rasmussen" ->
"Anders Fogh Rasmussen"), a title to the person the text gives that title, "he"/"she" to the
most recent person speaker, "they" to the most recent body, a statement to the body the text
says issued it ("the statement by the North Atlantic Council").

>>> people = People("NATO Secretary General Jens Stoltenberg spoke. Mr. Stoltenberg said so.")
>>> people.full_name(("Stoltenberg",))
'Jens Stoltenberg'
>>> people.person_with_title("Secretary General").name
'Jens Stoltenberg'
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import regex

from .._records import Mention, Span, Speaker, Turn
from ._names import (
    HONORIFICS,
    NATO_BODIES,
    NATO_ROLES,
    TITLE_ACRONYMS,
    TITLES,
    Subject,
    Tok,
    is_name_word,
    name_word_before,
    sentence_start,
    subject_after,
    subject_before,
    title_key,
    title_may_precede,
    tokenize,
)

__all__ = ["Entry", "People"]

# "statement by the North Atlantic Council", "Statement of the NATO Council": who issued the
# statements a text quotes.
_STATEMENT_BY = regex.compile(r"(?<![\p{L}])[Ss]tatement\s++(?:issued\s++)?(?:by|of|from)\s++")

# The bodies NATO texts name in several ways: the North Atlantic Council ("the NATO Council",
# "the Council", "NAC"), the Allies, the Alliance itself.
_ORG_ALIASES = {
    "north atlantic council": "North Atlantic Council",
    "nato council": "North Atlantic Council",
    "nac": "North Atlantic Council",
    "council": "North Atlantic Council",
    "nordatlantikrat": "North Atlantic Council",
    "allies": "NATO Allies",
    "nato allies": "NATO Allies",
    "alliance": "NATO",
    "nato": "NATO",
}
# "Der Rat", "le Conseil": the North Atlantic Council when the text names it.
_COUNCIL_WORDS = frozenset(("rat", "conseil"))
_COUNCIL_NAMED = regex.compile(
    r"""North\ Atlantic\ Council|Nordatlantik(?:rat|rats|rates)|Conseil\ de\ l['’]Atlantique\ Nord
    |(?<![\p{L}])NAC(?![\p{L}])""",
    regex.VERBOSE,
)

# The kind of a mention record, by the kind of subject it was read as.
_MENTION_KINDS: dict[str, Literal["name", "title", "pronoun"]] = {"title": "title", "pronoun": "pronoun"}
# A generation suffix right after a name: "Lloyd J. Austin III".
_SUFFIX_AFTER = regex.compile(r"[ ]++(?:III|II|IV|Jr\.|Sr\.)(?![\p{L}\p{N}])")
# A parenthesised acronym right after a name: "Hans-Werner Wiermann (DGIMS)".
_ACRONYM_AFTER = regex.compile(r"[ \t]*+\((\p{Lu}[\p{Lu}\p{N}]{1,11})\)")


def _same_title(key: str) -> str:
    """The key two ways of writing one title share: "NATO Secretary General", "Secretary General of NATO"."""
    first, _, rest = key.partition(" ")
    if rest and first in ("nato", "eu", "un", "us", "u.s.") and rest in TITLES:
        key = rest
    for tail in (" of nato", " of the north atlantic treaty organization", " of the alliance"):
        if key.endswith(tail) and key[: -len(tail)] in TITLES:
            return key[: -len(tail)]
    return key


class Entry:
    """A person or body while the document is read; becomes a :class:`Speaker`."""

    __slots__ = (
        "acronym",
        "first",
        "found",
        "keys",
        "kind",
        "mentions",
        "name",
        "organisation",
        "quotes",
        "spans",
        "speaks",
        "titles",
    )

    def __init__(self, name: str, kind: str, first: int) -> None:
        self.name = name
        self.kind = kind
        self.first = first
        self.titles: list[str] = []
        self.keys: set[str] = set()
        self.organisation: str | None = None
        self.acronym: str | None = None
        self.mentions: list[Mention] = []  # transcript labels
        self.found: list[tuple[int, int, str]] = []  # other mentions, made records only for speakers
        self.spans: set[tuple[int, int]] = set()
        self.speaks = False
        self.quotes = 0

    def add_titles(self, titles: Sequence[str]) -> None:
        for title in titles:
            cleaned = " ".join(title.split())
            key = _same_title(title_key(cleaned))
            if not key or key in HONORIFICS or key in self.keys:
                continue
            self.keys.add(key)
            self.titles.append(cleaned)

    def first_mention(self) -> int:
        """The offset of the first mention (or of the first appearance when none was recorded)."""
        return min([self.first, *(m.span.start for m in self.mentions), *(f[0] for f in self.found)])

    def to_speaker(self, text: str) -> Speaker:
        kind: Literal["person", "organisation"] = "organisation" if self.kind == "organisation" else "person"
        made = [
            Mention(text=text[start:end], span=Span(start=start, end=end), kind=_MENTION_KINDS.get(what, "name"))
            for start, end, what in self.found
        ]
        mentions = tuple(sorted([*self.mentions, *made], key=lambda m: m.span.start))
        return Speaker(
            name=self.name,
            titles=tuple(self.titles),
            organisation=self.organisation,
            acronym=self.acronym,
            kind=kind,
            mentions=mentions,
        )


def _entry(table: dict[str, Entry], name: str, kind: str, at: int) -> Entry:
    """The entry of *name* in *table*, created on first use; ``first`` keeps the earliest offset."""
    key = name.lower()
    entry = table.get(key)
    if entry is None:
        entry = table[key] = Entry(name, kind, at)
    entry.first = min(entry.first, at)
    return entry


class People:
    """The persons and bodies of one text, and the lookups that resolve mentions to them."""

    def __init__(self, text: str, turns: Sequence[Turn] = ()) -> None:
        self.text = text
        self.masked = ""
        self.persons: dict[str, Entry] = {}
        self.orgs: dict[str, Entry] = {}
        self.last_person: Entry | None = None
        self.last_org: Entry | None = None
        self.author: Entry | None = None
        self._full: dict[tuple[str, ...], str] = {}
        self._endings: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        self._by_title: dict[str, Entry | None] = {}
        self._issuer: Entry | None = None
        self._issuer_done = False
        self._unnamed = (0, 0)
        for turn in turns:
            if not turn.is_person or not turn.speaker.strip():
                continue
            entry = self.person(turn.speaker.strip(), turn.span.start)
            entry.add_titles(turn.titles)
            entry.speaks = True
            if turn.label is not None and turn.label_span is not None:
                entry.mentions.append(Mention(text=turn.label, span=turn.label_span, kind="label"))

    # -- entries -------------------------------------------------------------------------
    def person(self, name: str, at: int) -> Entry:
        """The entry of the person called *name*, created on first use."""
        return _entry(self.persons, name, "person", at)

    def org(self, name: str, at: int) -> Entry:
        """The entry of the body called *name* (aliases of the North Atlantic Council joined)."""
        return _entry(self.orgs, self._org_name(name), "organisation", at)

    def _org_name(self, name: str) -> str:
        words = name.split()
        while words and words[0].lower() in ("the", "a", "an", "der", "die", "das", "la", "le"):
            words = words[1:]
        cleaned = " ".join(w[:-2] if w.endswith(("’s", "'s")) else w for w in words)
        alias = _ORG_ALIASES.get(cleaned.lower())
        if alias is not None:
            return alias
        if cleaned.lower() in _COUNCIL_WORDS and _COUNCIL_NAMED.search(self.text) is not None:
            return "North Atlantic Council"
        if len(words) == 1:
            fuller = self._fullest_body(cleaned)
            if fuller is not None:
                return fuller
        return cleaned or name

    def _fullest_body(self, head: str) -> str | None:
        """The longest body name in the text ending with *head* ("Akademie" -> "NATO-Cyberakademie")."""
        text = self.text
        best: str | None = None
        for form in {head.lower(), head[:1].upper() + head[1:].lower()}:
            pos = 0
            for _ in range(20):
                at = text.find(form, pos)
                if at < 0:
                    break
                pos = end = at + len(form)
                if end < len(text) and text[end].isalpha():
                    continue
                start = at
                while start > 0 and at - start < 40 and (text[start - 1].isalnum() or text[start - 1] == "-"):
                    start -= 1
                toks = tokenize(text, max(0, start - 60), start)
                k = len(toks)
                while k > 0 and toks[k - 1][0][:1].isupper() and toks[k - 1][2] >= start - 1 - (len(toks) - k) * 40:
                    if toks[k - 1][0].lower() in ("the", "die", "der", "das", "la", "le"):
                        break
                    k -= 1
                    start = toks[k][1]
                found = text[start:end]
                if found[:1].isupper() and found.lower() != head.lower() and (best is None or len(found) > len(best)):
                    best = found
        return best

    # -- lookups -------------------------------------------------------------------------
    def full_name(self, tokens: tuple[str, ...]) -> str:
        """The fullest name in the text that ends with the name *tokens*."""
        cached = self._full.get(tokens)
        if cached is not None:
            return cached
        best = tokens
        for key, entry in self.persons.items():
            parts = tuple(key.split())
            if len(parts) > len(best) and parts[-len(tokens) :] == tuple(t.lower() for t in tokens):
                best = tuple(entry.name.split())
        for written, found in self._names_ending(tokens[-1]):
            if len(written) > len(best) and found[-len(tokens) :] == tokens:
                best = written
        if best == tokens and len(tokens) > 1 and len(tokens[0]) == 2 and tokens[0].endswith("."):
            shorter = self.full_name(tokens[1:])  # French "M. Stoltenberg"
            if len(shorter.split()) > 1:
                best = tuple(shorter.split())
        name = " ".join(best)
        self._full[tokens] = name
        return name

    def _names_ending(self, last: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        """The names of several words the text writes ending with the word *last* (read once per
        word): each as written and without a generation suffix, in text order."""
        cached = self._endings.get(last)
        if cached is not None:
            return cached
        names: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
        text = self.text
        pos = 0
        seen = 0
        while seen < 40:
            at = text.find(last, pos)
            if at < 0:
                break
            pos = at + len(last)
            seen += 1
            if (at > 0 and text[at - 1].isalnum()) or (pos < len(text) and text[pos].isalnum()):
                continue
            if not name_word_before(text, at):
                continue  # nothing that could be a first name, initial or particle before it
            suffix = _SUFFIX_AFTER.match(text, pos)
            end = pos if suffix is None else suffix.end()
            toks = tokenize(text, max(0, at - 60), end)
            if not toks or (toks[-1][0] != last and (len(toks) < 2 or toks[-2][0] != last)):
                continue
            subject = subject_before(toks, len(toks))
            if subject is None or subject.kind != "name":
                continue
            found = subject.name[:-1] if subject.name[-1] in ("II", "III", "IV", "Jr.", "Sr.") else subject.name
            names.append((subject.name, found))
        self._endings[last] = names
        return names

    def describe(self, entry: Entry) -> None:
        """Add the titles, roles and acronym the text gives *entry* where its full name is written."""
        text = self.text
        name = entry.name
        pos = 0
        for _ in range(3):
            at = text.find(name, pos)
            if at < 0:
                break
            pos = at + len(name)
            if (at > 0 and text[at - 1].isalnum()) or (pos < len(text) and text[pos].isalnum()):
                continue
            titles: list[str] = []
            # ranks and titles written before the name
            if title_may_precede(text, at):
                before = tokenize(text, max(0, at - 100), at)
                k = len(before)
                sub = subject_before([*before, ("X", at, pos)], k + 1)
            else:
                sub = None
            if sub is not None and sub.kind == "name":
                titles = list(sub.titles)
                if sub.org and entry.organisation is None:
                    entry.organisation = sub.org
                start_tok = next((i for i, t in enumerate(before) if t[1] >= sub.start), k)
                role = self._role_before(before, start_tok)
                if role:
                    titles.append(role)
            if text.startswith((", ", " (", ",\u00a0"), pos):  # a role or acronym may follow the name
                after = tokenize(text, pos, min(len(text), pos + 100))
                tail = subject_after([("X", at, pos), *after], 0)
                if tail is not None:
                    titles.extend(t for t in tail.titles if t not in titles)
            entry.add_titles(titles)
            m = _ACRONYM_AFTER.match(text, pos)
            if m is not None and entry.acronym is None:
                entry.acronym = m.group(1)
            if titles:
                break  # the first introduction with a title says it all

    def _role_before(self, toks: Sequence[Tok], start: int) -> str | None:
        """A role written before a name and a comma: "The Director General of the IMS (IMS), <name>"."""
        if start < 2 or toks[start - 1][0] != ",":
            return None
        k = start - 1
        depth = 0
        while k > 0:
            word = toks[k - 1][0]
            if word == ")":
                depth += 1
            elif word == "(":
                depth -= 1
            elif depth == 0 and word in (",", ".", ";", ":", "\u2013", "\u2014"):
                break
            k -= 1
        words = [t[0] for t in toks[k : start - 1]]
        while words and words[0].lower() in ("the", "and", "a", "an"):
            words = words[1:]
        cleaned: list[str] = []
        depth = 0
        for word in words:
            if word == "(":
                depth += 1
            elif word == ")":
                depth -= 1
            elif depth == 0:
                cleaned.append(word)
        if len(cleaned) < 2 or not cleaned[0][:1].isupper():
            return None
        head = title_key(" ".join(cleaned[:2]))
        if head not in TITLES and title_key(cleaned[0]) not in TITLES:
            return None
        return " ".join(cleaned)

    def person_with_title(self, title: str) -> Entry | None:
        """The person the text gives *title* ("Secretary General" -> Jens Stoltenberg), or ``None``."""
        key = TITLE_ACRONYMS.get(title) or title_key(title)
        if not key or key in HONORIFICS:
            return None
        if key in self._by_title:
            return self._by_title[key]
        found: Entry | None = None
        for entry in self.persons.values():
            if key in entry.keys:
                found = entry
                break
        if found is None:
            found = self._search_title(key)
        self._by_title[key] = found
        return found

    def _search_title(self, key: str) -> Entry | None:
        """The first person the text names right after the title *key* ("Secretary General Jens …")."""
        text = self.text
        words = key.split()
        first = words[0]
        form = first[:1].upper() + first[1:]
        pos = 0
        for _ in range(40):
            at = text.find(form, pos)
            if at < 0:
                break
            pos = at + len(form)
            if at > 0 and text[at - 1].isalnum():
                continue
            written = " ".join(text[at : at + len(key) + 12].lower().replace("-", " ").split())
            if not written.startswith(key):
                continue  # another title or word beginning the same way
            toks = tokenize(text, at, min(len(text), at + 120))
            length = 0
            for m in range(1, min(len(toks), len(words)) + 1):
                if title_key(" ".join(t[0] for t in toks[:m])) == key:
                    length = m
                    break
            if not length:
                continue
            before = text[max(0, at - 14) : at].lower().split()
            if before and before[-1] in ("deputy", "assistant", "vice", "under", "stellvertretender"):
                continue
            k = length + 1 if length < len(toks) and toks[length][0] == "," else length
            name: list[str] = []
            while k < len(toks) and is_name_word(toks[k][0]):
                name.append(toks[k][0])
                k += 1
            if name and not (len(name) == 1 and toks[k - 1][0].isupper()):
                entry = self.person(self.full_name(tuple(name)), at)
                entry.add_titles([text[toks[0][1] : toks[length - 1][2]]])
                return entry
        return None

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
                self._issuer = self.org(subject.org, m.end())
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
                return self.person_with_title(tokens[0])
            full = self.full_name(tokens)
            entry = self.person(full, subject.start)
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
                entry = self.person_with_title(title)
                if entry is not None:
                    self._mention(entry, subject.start, subject.end, "title")
                    return entry
            return None
        if subject.kind == "org":
            if not subject.org:
                return None
            entry = self.org(subject.org, subject.start)
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
                self.describe(entry)
        chosen.sort(key=lambda e: (e.first_mention(), e.name))
        return [e.to_speaker(self.text) for e in chosen]
