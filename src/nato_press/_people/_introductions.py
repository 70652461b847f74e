"""Where the text introduces a speaker: the titles, roles and acronym written around the full name.

"Lieutenant General Hans-Werner Wiermann (DGIMS)", "The Director General of the IMS, <name>",
"<name>, Commander Maritime Air NATO,": read at the first few places the full name is
written, until one gives a title.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ._entries import Entry
from ._names import title_key, title_may_precede
from ._subjects import subject_after, subject_before
from ._tokens import Tok, tokenize
from ._vocab import TITLES

__all__ = ["describe"]

# A parenthesised acronym right after a name: "Hans-Werner Wiermann (DGIMS)".
_ACRONYM_AFTER = regex.compile(r"[ \t]*+\((\p{Lu}[\p{Lu}\p{N}]{1,11})\)")


def describe(text: str, entry: Entry) -> None:
    """Add the titles, roles and acronym the text gives *entry* where its full name is written."""
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
            before = tokenize(text, _paragraph_start(text, max(0, at - 100), at), at)
            k = len(before)
            sub = subject_before([*before, ("X", at, pos)], k + 1)
        else:
            sub = None
        if sub is not None and sub.kind == "name":
            titles = list(sub.titles)
            if sub.org and entry.organisation is None:
                entry.organisation = sub.org
            start_tok = next((i for i, t in enumerate(before) if t[1] >= sub.start), k)
            role = _role_before(before, start_tok)
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


def _paragraph_start(text: str, low: int, at: int) -> int:
    """The start of the paragraph *at* is in, looked for no further back than *low*: a title or
    role is never read across a blank line (a headline above "The minister, <name>, …")."""
    cut = text.rfind("\n", low, at)
    while cut > low:
        previous = text.rfind("\n", low, cut)
        if previous < 0:
            break
        if not text[previous + 1 : cut].strip():
            return cut + 1
        cut = previous
    return low


def _role_before(toks: Sequence[Tok], start: int) -> str | None:
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
