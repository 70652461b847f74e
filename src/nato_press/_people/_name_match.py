"""Name matching: the fullest name the text gives a person, and the person a title stands for.

A surname is matched to the longest name ending with it that the text writes ("Rasmussen" ->
"Anders Fogh Rasmussen"), among the persons met so far or anywhere in the text; a title to the
person the text gives that title, or names right after it ("Secretary General Jens …").

>>> names = NameMatcher(Registry("NATO Secretary General Jens Stoltenberg spoke. Mr. Stoltenberg said so."))
>>> names.full_name(("Stoltenberg",))
'Jens Stoltenberg'
>>> names.person_with_title("Secretary General").name
'Jens Stoltenberg'
"""

from __future__ import annotations

import unicodedata

import regex

from ._entries import Entry, Registry
from ._headline_names import trim_headline_name
from ._names import is_name_word, name_word_before, title_key
from ._subjects import subject_before
from ._tokens import tokenize
from ._vocab import HONORIFICS, OF_BODY, TITLE_ACRONYMS

__all__ = ["NameMatcher"]

# A generation suffix right after a name: "Lloyd J. Austin III".
_SUFFIX_AFTER = regex.compile(r"[ ]++(?:III|II|IV|Jr\.|Sr\.)(?![\p{L}\p{N}])")


# Accented Latin letters to their base letter, one character for one, so that a title is found
# accent-insensitively ("Secretaire general" and "Secrétaire général") at unchanged offsets.
_PLAIN = {
    code: base
    for code in range(0xC0, 0x180)
    if len(base := unicodedata.normalize("NFD", chr(code))[0]) == 1 and base != chr(code) and base.isascii()
}


def _elided(word: str) -> str:
    """*word* without an elided French article ("l’OTAN" -> "OTAN")."""
    return word.rsplit("'", 1)[-1].rsplit("’", 1)[-1]


class NameMatcher:
    """Matches the names and titles of one text's mentions to the fullest names it writes."""

    def __init__(self, registry: Registry) -> None:
        self.text = registry.text
        self.registry = registry
        self._full: dict[tuple[str, ...], str] = {}
        self._endings: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        self._by_title: dict[str, Entry | None] = {}
        self._plain_text: str | None = None

    def full_name(self, tokens: tuple[str, ...]) -> str:
        """The fullest name in the text that ends with the name *tokens*."""
        cached = self._full.get(tokens)
        if cached is not None:
            return cached
        best = tokens
        for key, entry in self.registry.persons.items():
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

    def person_with_title(self, title: str) -> Entry | None:
        """The person the text gives *title* ("Secretary General" -> Jens Stoltenberg), or ``None``."""
        key = TITLE_ACRONYMS.get(title) or title_key(title)
        if not key or key in HONORIFICS:
            return None
        if key in self._by_title:
            return self._by_title[key]
        found: Entry | None = None
        for entry in self.registry.persons.values():
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
        if self._plain_text is None:
            self._plain_text = text.translate(_PLAIN)  # same length: offsets stay valid
        plain = self._plain_text
        words = key.split()
        first = words[0]
        for form in (first[:1].upper() + first[1:], first):  # "Secretary General …", "le secrétaire général …"
            entry = self._title_then_name(key, form, text, plain)
            if entry is not None:
                return entry
        return None

    def _title_then_name(self, key: str, form: str, text: str, plain: str) -> Entry | None:
        """The first person named right after the title *key*, written starting with *form*."""
        words = key.split()
        pos = 0
        for _ in range(40):
            at = plain.find(form, pos)
            if at < 0:
                break
            pos = at + len(form)
            if at > 0 and text[at - 1].isalnum():
                continue
            written = " ".join(plain[at : at + len(key) + 12].lower().replace("-", " ").split())
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
            k = length
            if k + 1 < len(toks) and toks[k][0] in OF_BODY and _elided(toks[k + 1][0]).isupper():
                k += 2  # "secrétaire général de l’OTAN, Mark Rutte", "Secretary General of NATO Mark Rutte"
            if k < len(toks) and toks[k][0] == ",":
                k += 1
            name: list[str] = []
            while k < len(toks) and is_name_word(toks[k][0]):
                name.append(toks[k][0])
                k += 1
            if name and not (len(name) == 1 and toks[k - 1][0].isupper()):
                found = trim_headline_name(text, tuple(name), toks[k - len(name)][1])
                entry = self.registry.person(self.full_name(found), at)
                entry.add_titles([text[toks[0][1] : toks[length - 1][2]]])
                return entry
        return None
