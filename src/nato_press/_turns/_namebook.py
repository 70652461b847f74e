"""Label names resolved to the fullest name the document offers.

:class:`NameBook` resolves what a label gives against the whole text: a surname to the full
name written elsewhere ("Ambassador Lute" is "Douglas Lute" when "Ambassador Douglas Lute"
occurs), a role label to the person named with that title, an ALL-CAPS name to its written
case.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from ._phrases import name_from_phrase, phrase_tokens, split_title_name, title_key
from ._vocab import OFFICE_WORDS, PARTICLES, SENTENCE_STARTERS, TITLE_WORDS
from ._words import is_capitalised, is_initial, is_name_word, is_title_word, key, restore_case

__all__ = ["NameBook"]


# A word of a name sequence in running text, read backwards from a surname.
_NAME_TAIL_WORD = regex.compile(r"[\p{Lu}][\p{L}\p{M}.'’\-]*+|\p{Ll}{1,4}+")


@functools.lru_cache(maxsize=4096)
def _name_tail_word(word: str) -> bool:
    """Whether *word* can stand in the run of words before a surname: a capitalised word, an
    initial, a title ("Gen.") or a particle, without a comma or a sentence end."""
    if not _NAME_TAIL_WORD.fullmatch(word) or word.endswith(","):
        return False
    if not (is_capitalised(word) or key(word) in PARTICLES):
        return False
    return not (word.endswith(".") and not is_initial(word) and key(word) not in TITLE_WORDS)


class NameBook:
    """Resolves label names against the rest of the document.

    *text* is the whole input (names are looked up in the title, header lines and body
    alike); *known* are full names already read (the announced speaker, multi-word labels).
    """

    def __init__(self, text: str, known: Sequence[str] = ()) -> None:
        self.text = text
        self.known: list[str] = [k for k in known if len(k.split()) >= 2]
        self._known_set = set(self.known)
        self._holders: list[tuple[frozenset[str], str]] = []
        self._written: dict[tuple[str, ...], str] = {}
        self._lower: str | None = None
        self._lower_ready = False
        self._surnames: dict[str, str | None] = {}

    def add(self, name: str) -> None:
        """Remember a full name (two words or more) for surname look-ups."""
        if len(name.split()) >= 2 and name not in self._known_set:
            self.known.append(name)
            self._known_set.add(name)

    def add_holder(self, title: str, name: str) -> None:
        """Remember that the person *name* holds *title* (from a label or the document title)."""
        wanted = title_key(title)
        if wanted:
            self._holders.append((wanted, name))

    def prefer(self, name: str) -> None:
        """Remember a full name that wins over the others for surname look-ups (the announced speaker)."""
        if len(name.split()) >= 2:
            self.known.insert(0, name)
            self._known_set.add(name)
            self._surnames.clear()

    def longer(self, name: str) -> str:
        """A known full name that ends with *name* ("Anders Fogh Rasmussen" for "Fogh Rasmussen"), or *name*."""
        tail = " " + name.casefold()
        for known in self.known:
            if known[-len(tail) :].casefold() == tail:
                return known
        return name

    def written(self, tokens: tuple[str, ...]) -> str:
        """The name *tokens* as the document writes it: ALL-CAPS words restored from another occurrence."""
        found = self._written.get(tokens)
        if found is None:
            found = " ".join(tokens)
            if not found.islower() and any(len(w) > 2 and w.isupper() for w in tokens):
                found = self.written_case(found) or restore_case(tokens)
            self._written[tokens] = found
        return found

    def _lowered(self) -> str | None:
        if not self._lower_ready:
            self._lower_ready = True
            lowered = self.text.replace("\u0130", "I").lower()
            self._lower = lowered if len(lowered) == len(self.text) else None
        return self._lower

    def _spelled(self, spellings: Sequence[str], limit: int = 40) -> list[int]:
        """Where the text holds one of *spellings* as whole words, in order: a search without lowering the text."""
        text = self.text
        size = len(text)
        out: list[int] = []
        for spelling in dict.fromkeys(spellings):
            if not spelling:
                continue
            pos = text.find(spelling)
            while pos != -1 and len(out) < limit:
                end = pos + len(spelling)
                if (pos == 0 or not text[pos - 1].isalnum()) and (end >= size or not text[end].isalnum()):
                    out.append(pos)
                pos = text.find(spelling, pos + 1)
        out.sort()
        return out[:limit]

    def _occurrences(self, needle: str, limit: int = 40) -> list[int]:
        lowered = self._lowered()
        if lowered is None or not needle:
            return []
        out: list[int] = []
        pos = lowered.find(needle)
        while pos != -1 and len(out) < limit:
            end = pos + len(needle)
            before = lowered[pos - 1] if pos else " "
            after = lowered[end] if end < len(lowered) else " "
            if not before.isalnum() and not after.isalnum():
                out.append(pos)
            pos = lowered.find(needle, pos + 1)
        return out

    def written_case(self, name: str) -> str | None:
        """The first spelling of *name* in the text that is not ALL CAPS ("Oana Lungescu").

        The usual spelling (each part capitalised) is looked for first; any other case only
        when it is not found ("McDonald" for "MCDONALD").
        """
        found = self._written_case_at(name, self._spelled([restore_case(name.split())]))
        return found if found is not None else self._written_case_at(name, self._occurrences(name.lower()))

    def _written_case_at(self, name: str, positions: Sequence[int]) -> str | None:
        for pos in positions:
            written = self.text[pos : pos + len(name)]
            if not written.isupper() and all(is_capitalised(w) or key(w) in PARTICLES for w in written.split()):
                return " ".join(written.split())
        return None

    def full_name(self, surname: str) -> str | None:
        """The fullest name ending in *surname* that the document gives, or ``None``.

        Known names (the announced speaker, other labels) come first, then sequences of
        capitalised words before the surname in the text, titles dropped.
        """
        k = surname.casefold()
        if k in self._surnames:
            return self._surnames[k]
        found: str | None = None
        for name in self.known:
            if name.split()[-1].casefold() == k:
                found = name
                break
        if found is None:
            found = self._full_name_in_text(surname)
        self._surnames[k] = found
        return found

    def _full_name_in_text(self, surname: str) -> str | None:
        # The usual spellings ("Breedlove", "BREEDLOVE") first; any other case only when they give nothing.
        found = self._full_name_at(surname, self._spelled([restore_case((surname,)), surname.upper(), surname]))
        return found if found is not None else self._full_name_at(surname, self._occurrences(surname.lower()))

    def _full_name_at(self, surname: str, positions: Sequence[int]) -> str | None:
        for pos in positions:
            line_start = self.text.rfind("\n", max(0, pos - 80), pos) + 1
            window = self.text[max(line_start, pos - 80) : pos]
            if window and not window[-1].isspace():
                continue
            words = window.split()[-5:]
            tail: list[str] = []
            for word in reversed(words):
                if not _name_tail_word(word):
                    break
                tail.insert(0, word)
            _, first = split_title_name(tail)
            while first and key(first[0]) in PARTICLES:
                first = first[1:]
            if not first or key(first[0]) in SENTENCE_STARTERS or not all(is_name_word(w) for w in first):
                continue
            written = self.text[pos : pos + len(surname)]
            tokens = [*first, written]
            return restore_case(tokens) if written.isupper() else " ".join(tokens)
        return None

    def holder_of(self, title_tokens: Sequence[str]) -> str | None:
        """The person the document names with the title *title_tokens*, or ``None``.

        Titles given by labels and the document title are read first, then the text: the title
        in any order and form, followed by the name ("European Commission President Ursula von
        der Leyen", "the President of the European Commission, Ursula von der Leyen"). Exactly
        the same title wins over a longer one ("Deputy Secretary General X" for "Secretary General").
        """
        wanted = title_key(" ".join(title_tokens))
        if not wanted:
            return None
        for held, name in self._holders:
            if held == wanted:
                return name
        head = next((w for w in title_tokens if key(w) in OFFICE_WORDS), title_tokens[-1])
        text = self.text
        fallback: str | None = None
        for pos in self._occurrences(key(head), limit=30):
            line_start = text.rfind("\n", max(0, pos - 80), pos) + 1
            lead: list[str] = []
            for word in reversed(text[line_start:pos].split()[-5:]):
                if not is_title_word(word) or word.endswith((",", ".", ":", ";")):
                    break
                lead.append(word)
            lead.reverse()
            line_end = text.find("\n", pos, pos + 240)
            after = text[pos : line_end if line_end != -1 else pos + 240].split()
            found = name_from_phrase([*lead, *phrase_tokens(after)])
            if found is None:
                continue
            titles, person = found[0], [w.rstrip(",;:") for w in found[1]]
            if len(person) < 2 or key(person[0]) in SENTENCE_STARTERS or not titles:
                continue
            held = title_key(" ".join(titles))
            written = restore_case(person) if all(w.isupper() for w in person) else " ".join(person)
            if held == wanted:
                return written
            if fallback is None and wanted <= held:
                fallback = written
        return fallback
