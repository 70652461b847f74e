"""Speakers of labels: the person or role a parsed label stands for.

A role label ("MODERATOR", "Q") is its role; an answer label ("A") is the announced speaker;
a title label ("The Secretary General") is the person holding the title, or the role when
nobody is named with it; a name label is the fullest name the document gives.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import NamedTuple

from ._announce import Announced, written_name
from ._labels import ParsedLabel, RawLabel
from ._namebook import NameBook
from ._phrases import title_key, title_text
from ._vocab import QUESTION_ROLES, TITLE_ACRONYMS
from ._words import key, restore_case

__all__ = ["Who", "resolve", "resolve_all", "spelled_out"]


class Who(NamedTuple):
    name: str
    titles: tuple[str, ...]
    is_person: bool
    is_question: bool
    affiliation: str | None


def _merge_titles(first: Sequence[str], more: Sequence[str]) -> tuple[str, ...]:
    out = list(first)
    seen = [title_key(t) for t in out]
    for title in more:
        wanted = title_key(title)
        if title and wanted not in seen:
            out.append(title)
            seen.append(wanted)
    return tuple(out)


def _same_person(name: str, other: str) -> bool:
    if name.casefold() == other.casefold():
        return True
    a, b = name.split(), other.split()
    return (len(a) == 1 or len(b) == 1) and a[-1].casefold() == b[-1].casefold()


def _holds_title(title_tokens: Sequence[str], titles: Sequence[str]) -> bool:
    wanted = title_key(" ".join(title_tokens))
    return bool(wanted) and any(wanted <= title_key(t) for t in titles)


@functools.lru_cache(maxsize=1024)
def spelled_out(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Title tokens with NATO title acronyms spelled out: ("SG",) is ("Secretary", "General")."""
    out: list[str] = []
    for word in tokens:
        long = TITLE_ACRONYMS.get(key(word))
        out.extend(long.split() if long else (word,))
    return tuple(out)


# Honorifics that may stand before an office in a label.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "madam", "madame", "mister", "monsieur", "herr", "frau"})


def resolve(label: ParsedLabel, book: NameBook, announced: Announced | None) -> Who | None:
    """The speaker a parsed label stands for, or ``None`` when it cannot be a speaker."""
    if label.kind == "role":
        role = label.role or "Speaker"
        # An outlet label ("Euronews:") speaks under the outlet's name and asks the questions.
        questioner = role in QUESTION_ROLES or (label.affiliation is not None and role == label.affiliation)
        return Who(role, (), False, questioner, label.affiliation)
    if label.kind == "answer":
        if announced is not None:
            return Who(announced.name, _merge_titles(label.titles, announced.titles), True, False, None)
        return Who("A", label.titles, False, False, None)
    title_tokens = spelled_out(label.title_tokens)
    prefix = title_text(title_tokens) if title_tokens else ""
    titles: tuple[str, ...] = ((prefix,) if prefix else ()) + label.titles
    if label.kind == "title":
        holder: str | None = None
        # House rule: an honorific before an office ("MR. PRESIDENT:", "MADAM SECRETARY:") addresses
        # the holder of that office: the office alone is looked up.
        office = tuple(title_tokens)
        while len(office) > 1 and key(office[0]) in _HONORIFICS:
            office = office[1:]
        written = prefix or " ".join(title_tokens)
        if len(office) < len(title_tokens):
            prefix = title_text(office)
            titles = (prefix, *label.titles)
        if announced is not None and _holds_title(office, announced.titles):
            holder = announced.name
        if holder is None:
            holder = book.holder_of(office)
        if holder is None:
            # A role nobody in the document is named with: the role speaks, not a person.
            return Who(written, (written, *label.titles), False, False, None)
        name = holder
    elif len(label.name_tokens) >= 2:
        name = book.longer(written_name(label.name_tokens, book))
    else:
        full = book.full_name(label.name_tokens[0])
        if full is not None:
            name = full
        elif label.title_tokens:
            name = restore_case(label.name_tokens)
        else:
            return None
    if announced is not None and _same_person(name, announced.name):
        titles = _merge_titles(titles, announced.titles)
    return Who(name, titles, True, label.affiliation is not None, label.affiliation)


def resolve_all(
    parsed: Sequence[ParsedLabel], book: NameBook, announced: Announced | None
) -> list[tuple[RawLabel, Who]]:
    """The labels that stand for a speaker, with the speaker; each distinct label is resolved once."""
    found: list[tuple[RawLabel, Who]] = []
    done: dict[tuple[object, ...], Who | None] = {}
    for label in parsed:
        written = label[1:]
        if written in done:
            who = done[written]
        else:
            who = done[written] = resolve(label, book, announced)
        if who is not None:
            found.append((label.raw, who))
    return found
