"""Who is being talked about: the subject read before or after a cue, from its tokens.

A subject is a name, optionally after ranks and titles ("Lieutenant General", "NATO Secretary
General", "EU President", "NATO-Generalsekretär") and before an appositive role (", Commander
Maritime Air NATO,") or a bracketed acronym ("(DGIMS)"); a title standing for a person ("the
Secretary General"); a pronoun; a body ("the North Atlantic Council"); or a statement and who
issued it. :func:`subject_before` reads back from a cue verb, :func:`subject_after` forward
from an inverted verb or "according to".

>>> from nato_press._people._tokens import tokenize
>>> toks = tokenize("said Rear Admiral T.G. Marx, Commander SNMG1.", 0, 45)
>>> subject = subject_after(toks, 1)
>>> subject.name, subject.titles
(('T.G.', 'Marx'), ['Rear Admiral', 'Commander SNMG1'])
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from ._names import (
    is_acronym,
    is_bare_initials,
    is_initials,
    is_later_name_word,
    is_name_word,
    is_org_head,
    qualifier,
    title_at_end,
    title_at_start,
)
from ._tokens import Tok
from ._vocab import (
    DETERMINERS,
    FOREIGN_PRONOUNS,
    NATO_BODIES,
    NATO_ROLES,
    OF_BODY,
    PARTICLES,
    PLACES,
    PLURAL_ARTICLES,
    PRONOUNS,
    RELATIVE,
    ROLE_HEADS,
    SENTENCE_PUNCT,
    SKIPPABLE,
    SUFFIXES,
    TITLE_ACRONYMS,
)

__all__ = ["Subject", "name_before", "subject_after", "subject_before"]


class Subject:
    """Who a cue is about, as read from the tokens around it.

    ``kind`` is ``"name"`` (``name`` holds the name tokens), ``"title"`` (a title standing for a
    person: "the Secretary General"), ``"pronoun"``, ``"org"`` (``org`` holds the body's name),
    or ``"statement"`` (``issuer`` holds who issued it, when the text says so).
    """

    __slots__ = ("acronym", "end", "issuer", "kind", "name", "org", "start", "titles")

    def __init__(
        self,
        kind: Literal["name", "title", "pronoun", "org", "statement"],
        start: int,
        end: int,
        *,
        name: tuple[str, ...] = (),
        titles: list[str] | None = None,
        org: str | None = None,
        acronym: str | None = None,
        issuer: Subject | None = None,
    ) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.name = name
        self.titles = titles if titles is not None else []
        self.org = org
        self.acronym = acronym
        self.issuer = issuer

    def __repr__(self) -> str:
        return f"Subject({self.kind}, name={self.name}, titles={self.titles}, org={self.org})"


def _low(tok: Tok) -> str:
    return tok[0].lower()


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _role(toks: Sequence[Tok], begin: int, limit: int) -> int:
    """End (exclusive) of an appositive role starting at *begin* ("Commander JFC Brunssum"), or *begin*."""
    if begin >= limit:
        return begin
    first = toks[begin][0]
    low = first.lower().replace("’s", "")
    if low in ("the", "a", "an") and begin + 1 < limit:
        return _role(toks, begin + 1, limit) if toks[begin + 1][0].lower() in ROLE_HEADS else begin
    if not first[:1].isupper() or (low not in ROLE_HEADS and title_at_start(toks, begin) == 0):
        return begin
    k = begin + 1
    while k < limit:
        word = toks[k][0]
        if (
            word[:1].isupper()
            or word[:1].isdigit()
            or is_initials(word)
            or (
                word in ("of", "for", "to", "the", "and", "in", "&")
                and k + 1 < limit
                and (toks[k + 1][0][:1].isupper() or toks[k + 1][0] == "the")
            )
        ):
            k += 1
        else:
            break
    return k


def _role_ending(toks: Sequence[Tok], comma: int, lowest: int) -> str | None:
    """A role written just before the comma at *comma* ("the Chair of the NATO Military Committee")."""
    k = comma
    while k > lowest and toks[k - 1][0] not in (",", ".", ";", ":", "(", ")") and comma - k < 12:
        k -= 1
    while k < comma and _low(toks[k]) in ("the", "a", "an", "in", "and"):
        k += 1
    if k < comma and _role(toks, k, comma) == comma:
        return _phrase(toks, k, comma)
    return None


def _phrase(text_toks: Sequence[Tok], begin: int, end: int) -> str:
    return " ".join(t[0] for t in text_toks[begin:end])


def subject_before(toks: Sequence[Tok], end: int, lowest: int = 0) -> Subject | None:
    """The subject written just before token *end* (a cue verb), reading backwards.

    Adverbs and auxiliaries are skipped ("he also said", "May has said"), and so are an
    appositive or relative clause between commas ("Rasmussen, who visited New York, said").
    """
    k = end
    while k > lowest and _low(toks[k - 1]) in SKIPPABLE:
        k -= 1
    if k <= lowest:
        return None
    word = toks[k - 1][0]
    if word in PRONOUNS or word in FOREIGN_PRONOUNS:
        pronoun = FOREIGN_PRONOUNS.get(word, word.lower())
        return Subject("pronoun", toks[k - 1][1], toks[k - 1][2], name=(pronoun,))
    roles: list[str] = []
    acronym: str | None = None
    if word == "," and k - 2 > lowest:
        opening = k - 2
        while (
            opening > lowest
            and opening > k - 30
            and toks[opening][0] not in (",", "(")
            and (toks[opening][0] not in SENTENCE_PUNCT)
        ):
            opening -= 1
        if opening <= lowest or toks[opening][0] != ",":
            return None
        segment_start = opening + 1
        first = _low(toks[segment_start])
        inner = subject_before(toks, k - 1, lowest=segment_start)
        if inner is not None and inner.kind == "name" and inner.start <= toks[segment_start][1] + 4:
            # ", Admiral Rob Bauer," after a role: the name is between the commas
            role = _role_ending(toks, opening, lowest)
            if role:
                inner.titles.append(role)
            return inner
        if _role(toks, segment_start, k - 1) == k - 1:
            roles.append(_phrase(toks, segment_start + (first in ("the", "a", "an")), k - 1))
        elif first not in RELATIVE and not (first[:1].islower() and _named_before(toks, opening, lowest)):
            # "Kaja Kallas, one of the most vocal supporters of Kyiv, said": a lower-case
            # appositive after a name leaves the name the subject; anything else is not one
            return None
        k = opening
    if k - 1 > lowest and toks[k - 1][0] == ")":
        opening = k - 2
        if opening > lowest and toks[opening - 1][0] == "(" and toks[opening][0].isupper():
            acronym = toks[opening][0]
            k = opening - 1
    name_end = k
    if k - 1 > lowest and toks[k - 1][0] in SUFFIXES and is_name_word(toks[k - 2][0]):
        k -= 1  # "Lloyd J. Austin III"
    while k > lowest:
        word = toks[k - 1][0]
        if (
            is_name_word(word)
            or (k == name_end and k - 2 >= lowest and is_later_name_word(word) and is_name_word(toks[k - 2][0]))
            or (k < name_end and is_bare_initials(word) and is_name_word(toks[k][0]))
            or (
                word in PARTICLES
                and k < name_end
                and k - 2 >= lowest
                and (is_name_word(toks[k - 2][0]) or toks[k - 2][0] in PARTICLES or title_at_end(toks, k - 1, lowest))
            )
        ):
            k -= 1
        else:
            break
    name = tuple(t[0] for t in toks[k:name_end])
    if name and k - 2 >= lowest and _low(toks[k - 1]) in OF_BODY:
        head = toks[k - 2][0]
        if head.isalpha() and head.islower():
            return None  # "the people of Riga said": a place after "of" and a common noun is no speaker
    titles: list[str] = []
    while True:
        length = title_at_end(toks, k, lowest)
        if not length:
            break
        titles.insert(0, _phrase(toks, k - length, k))
        k -= length
    if not titles and k == name_end:
        k, titles = _nato_role(toks, k, lowest)
    org: str | None = None
    if titles and k > lowest:
        org = qualifier(toks[k - 1][0])
        if org is not None:
            k -= 1
    start = toks[k][1] if k < len(toks) else toks[-1][2]
    stop = toks[name_end - 1][2] if name_end > k else start
    if name:
        return Subject("name", start, stop, name=name, titles=titles + roles, org=org, acronym=acronym)
    if titles:
        return Subject("title", start, stop, titles=titles + roles, org=org, acronym=acronym)
    return _org_before(toks, name_end, lowest)


def _elided(word: str) -> str:
    """*word* without an elided French article ("l’OTAN" -> "OTAN")."""
    return word.rsplit("'", 1)[-1].rsplit("’", 1)[-1]


def _nato_role(toks: Sequence[Tok], end: int, lowest: int) -> tuple[int, list[str]]:
    """A NATO role in news copy ending at token *end* ("the NATO chief", "the alliance's top
    civilian", written in lower case after the body): its first token and the role, or no role."""
    for length in (2, 1):
        begin = end - length
        if begin - 1 < lowest:
            continue
        words = " ".join(t[0] for t in toks[begin:end])
        if words in NATO_ROLES:
            body = qualifier(toks[begin - 1][0])
            if body is not None and body.lower() in NATO_BODIES:
                return begin, [words]
    return end, []


def _named_before(toks: Sequence[Tok], comma: int, lowest: int) -> bool:
    """Whether a person's name (two words or more, or a name after a title) ends at the comma *comma*."""
    if comma <= lowest or not is_name_word(toks[comma - 1][0]):
        return False
    subject = subject_before(toks, comma, lowest)
    return subject is not None and subject.kind == "name" and (len(subject.name) > 1 or bool(subject.titles))


def _org_before(toks: Sequence[Tok], end: int, lowest: int) -> Subject | None:
    """A body's name or a statement just before token *end* ("the NATO Council", "the statement")."""
    if end <= lowest:
        return None
    word = toks[end - 1][0]
    if word.lower() in ("statement", "declaration", "communiqué", "communique", "erklärung"):
        return Subject("statement", toks[end - 1][1], toks[end - 1][2])
    if word in TITLE_ACRONYMS:
        return Subject("title", toks[end - 1][1], toks[end - 1][2], titles=[word])
    if not (_is_cap(word) and is_org_head(word)) and word not in ("Allies", "allies"):
        if (word.lower() in PLACES and _is_cap(word)) or is_acronym(word):
            return Subject("org", toks[end - 1][1], toks[end - 1][2], org=word)
        return None
    k = end - 1
    while k > lowest:
        prev = toks[k - 1][0]
        if _is_cap(prev) and prev.lower() not in ("the", "a", "an", "in", "on", "at", "by"):
            k -= 1
        else:
            break
    return Subject("org", toks[k][1], toks[end - 1][2], org=_phrase(toks, k, end))


def subject_after(toks: Sequence[Tok], begin: int) -> Subject | None:
    """The subject written from token *begin* on ("said the Secretary General", "according to X")."""
    k = begin
    n = len(toks)
    if k < n and (toks[k][0] in PRONOUNS or toks[k][0] in FOREIGN_PRONOUNS):
        word = toks[k][0]
        return Subject("pronoun", toks[k][1], toks[k][2], name=(FOREIGN_PRONOUNS.get(word, word.lower()),))
    while k < n and _low(toks[k]) in DETERMINERS:
        k += 1
    if k > begin:
        # "Der estnische Verteidigungsminister Kalle Laanet": adjectives between the article and a title
        for skip in (1, 2):
            if (
                k + skip < n
                and all(toks[i][0].isalpha() and toks[i][0].islower() for i in range(k, k + skip))
                and title_at_start(toks, k + skip)
            ):
                k += skip
                break
    start_tok = k
    # a statement, possibly "by" its issuer
    j = k
    while j < n and _low(toks[j]) in ("joint", "official", "final", "written", "formal", "nato", "allied", "new"):
        j += 1
    if j < n and _low(toks[j]) in ("statement", "declaration", "communiqué", "communique", "erklärung"):
        issuer = None
        if j + 1 < n and _low(toks[j + 1]) in ("by", "of", "from", "issued"):
            after = j + 2 if _low(toks[j + 1]) != "issued" else j + 3
            issuer = subject_after(toks, after) if after < n else None
        end = issuer.end if issuer is not None else toks[j][2]
        return Subject("statement", toks[start_tok][1], end, issuer=issuer)
    org: str | None = None
    if k < n and qualifier(toks[k][0]) is not None and (title_at_start(toks, k + 1) or toks[k][0].endswith("s")):
        org = qualifier(toks[k][0])
        k += 1
    titles: list[str] = []
    while k < n:
        length = title_at_start(toks, k)
        if not length:
            break
        titles.append(_phrase(toks, k, k + length))
        k += length
    if not titles and k < n and toks[k][0][:1].islower():
        length = title_at_start(toks, k, lower=True)
        if length and k + length < n and (is_name_word(toks[k + length][0]) or is_bare_initials(toks[k + length][0])):
            titles.append(_phrase(toks, k, k + length))  # "du président Macron"
            k += length
        elif length:
            # "le secrétaire général, Jens Stoltenberg", "le secrétaire général de l’OTAN, Jens
            # Stoltenberg": a lower-case title, its body, a comma and a name of two words or more
            end = k + length
            if end + 1 < n and toks[end][0] in OF_BODY and _is_cap(_elided(toks[end + 1][0])):
                end += 2
            if (
                end + 2 < n
                and toks[end][0] == ","
                and is_name_word(toks[end + 1][0])
                and is_name_word(toks[end + 2][0])
            ):
                titles.append(_phrase(toks, k, end))
                k = end
            elif start_tok > begin and (k + length >= n or not is_name_word(toks[k + length][0])):
                # "said the secretary general", "a déclaré le secrétaire général": a role noun
                # after its article stands for the person the text gives that title
                titles.append(_phrase(toks, k, k + length))
                k += length
    if titles and k < n and toks[k][0] == "," and k + 1 < n and is_name_word(toks[k + 1][0]):
        k += 1  # "the Secretary General, Anders Fogh Rasmussen"
    name_start = k
    while k < n:
        word = toks[k][0]
        if (
            is_name_word(word)
            or (k > name_start and is_later_name_word(word))
            or (k == name_start and k + 1 < n and is_bare_initials(word) and is_name_word(toks[k + 1][0]))
            or (
                word in PARTICLES
                and k + 1 < n
                and (is_name_word(toks[k + 1][0]) or toks[k + 1][0] in PARTICLES)
                and (k > name_start or titles)
            )
        ):
            k += 1
        else:
            break
    if name_start < k < n and toks[k][0] in SUFFIXES:
        k += 1
    name = tuple(t[0] for t in toks[name_start:k])
    if len(name) == 1 and not titles and name_start > begin and _low(toks[name_start - 1]) in PLURAL_ARTICLES:
        return None  # "selon les Alliés", "den Soldaten": a plural noun, never a person's name
    if name or titles:
        acronym: str | None = None
        if k + 2 < n and toks[k][0] == "(" and toks[k + 2][0] == ")" and toks[k + 1][0].isupper():
            acronym = toks[k + 1][0]
            k += 3
        end = toks[k - 1][2]
        if k + 1 < n and toks[k][0] == ",":
            role_end = _role(toks, k + 1, n)
            if role_end > k + 1:
                skip = 1 if _low(toks[k + 1]) in ("the", "a", "an") else 0
                titles.append(_phrase(toks, k + 1 + skip, role_end))
        span_start = toks[start_tok][1]
        if name:
            return Subject("name", span_start, end, name=name, titles=titles, org=org, acronym=acronym)
        return Subject("title", span_start, end, titles=titles, org=org, acronym=acronym)
    # a body: a run of capitalised words ending with a body's head word
    k = start_tok
    while k < n and (_is_cap(toks[k][0]) or toks[k][0] in ("of", "for")) and k - start_tok < 8:
        k += 1
    while k > start_tok and not (is_org_head(toks[k - 1][0]) or toks[k - 1][0] == "Allies"):
        k -= 1
    if k > start_tok:
        return Subject("org", toks[start_tok][1], toks[k - 1][2], org=_phrase(toks, start_tok, k))
    if start_tok < n and toks[start_tok][0] in TITLE_ACRONYMS:
        return Subject("title", toks[start_tok][1], toks[start_tok][2], titles=[toks[start_tok][0]])
    return None


def name_before(toks: Sequence[Tok], end: int) -> tuple[tuple[str, ...], list[str], str | None]:
    """The name tokens ending at token *end*, the titles before them, and their qualifier."""
    subject = subject_before(toks, end)
    if subject is None or subject.kind != "name":
        return (), [], None
    return subject.name, subject.titles, subject.org
