"""The registry of one document's people: an entry for each person and body, by name.

An :class:`Entry` gathers, while the document is read, what the text says of a person or body
(titles, organisation, acronym, mentions, whether it speaks) and becomes a
:class:`~nato_press.Speaker`. The North Atlantic Council's many names ("the NATO Council",
"the Council", "NAC", "der Rat") are joined into one entry, and a body named by its head word
alone ("die Akademie") takes the fullest name the text gives it ("NATO-Cyberakademie").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import regex

from .._records import Mention, Span, Speaker
from ._names import title_key
from ._tokens import tokenize
from ._vocab import HONORIFICS, TITLES

__all__ = ["Entry", "Registry"]

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


class Registry:
    """The persons and bodies of one text, by name, each created on first use."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.persons: dict[str, Entry] = {}
        self.orgs: dict[str, Entry] = {}

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
