"""Tokens: the words, initials and punctuation of a stretch of text, with their offsets.

Names, titles and cues are read from tokens, never from the raw characters: a token keeps an
abbreviation's period ("Mr.", "Gen."), an initial's ("T.G.", "U.S.") and a word's inner hyphens
and apostrophes ("Hans-Werner", "NATO’s"); any other punctuation is a token of its own.
"""

from __future__ import annotations

from functools import lru_cache

import regex

__all__ = ["Tok", "tokenize"]

# Words, initials and punctuation. Honorific and rank abbreviations keep their period
# ("Mr.", "Lt."), initials keep theirs ("T.G.", "M.", "U.S."), a word keeps inner hyphens and
# apostrophes ("Hans-Werner", "NATO’s", "won’t"); any other character is punctuation. The
# pattern takes a word with the period and initials glued to it ("Mr.", "T.G.", "said."), and
# :func:`tokenize` splits off the period where it is not an abbreviation's: one simple pattern
# is much cheaper to run than a list of abbreviations tried at every character.
_TOKEN = regex.compile(
    r"[\p{L}\p{M}\p{N}]++(?:['’\-][\p{L}\p{M}\p{N}]++)*+(?:\.(?:\p{Lu}\.){0,3}+)?+|[^\s\p{L}\p{M}\p{N}]"
)
# Abbreviations written with a period before a name.
ABBREVIATIONS = frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Gen",
        "Lt",
        "Col",
        "Maj",
        "Capt",
        "Adm",
        "Brig",
        "Sgt",
        "Prof",
        "Cdr",
        "Cmdr",
        "Gov",
        "Sen",
        "Amb",
        "Mme",
        "Hon",
    ]
)

# Markdown emphasis marks and the backslash of an escape: a scrape's markup, never a word or
# punctuation of the sentence ("**said Vice President Doe.**" reads "said Vice President Doe.").
_MARKUP = frozenset("*\\")

#: A token: its text and its offsets in the input.
Tok = tuple[str, int, int]


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """The tokens of ``text[start:end]`` with their offsets in *text*."""
    toks: list[Tok] = []
    append = toks.append
    segment = text[start:end]
    if "  " in segment:  # runs of blanks (a masked quote): find each piece instead of counting
        find = text.find
        pos = start
        for chunk in segment.split():
            at = find(chunk, pos)
            pos = at + len(chunk)
            if chunk.isalnum():
                append((chunk, at, pos))
            else:
                toks.extend([(word, at + low, at + high) for word, low, high in _piece_tokens(chunk)])
        return toks
    pos = start
    # Split at spaces: most pieces are one plain word and need no regex; a piece's offset is
    # known from the lengths of those before it. A piece holding other white space (a line
    # break, a no-break space) is split again.
    for piece in segment.split(" "):
        at = pos
        pos += len(piece) + 1
        if not piece:
            continue
        if piece.isalnum():
            append((piece, at, pos - 1))
        elif piece.isprintable():
            toks.extend([(word, at + low, at + high) for word, low, high in _piece_tokens(piece)])
        else:
            find = text.find
            inner = at
            for chunk in piece.split():
                at = find(chunk, inner)
                inner = at + len(chunk)
                toks.extend([(word, at + low, at + high) for word, low, high in _piece_tokens(chunk)])
    return toks


def _piece_tokens(piece: str) -> tuple[Tok, ...]:
    """The tokens of a run of non-space characters; short ones ("said,", "NATO’s") are cached."""
    return _chunk_tokens(piece) if len(piece) <= 40 else _tokens_of(piece)


@lru_cache(maxsize=4096)
def _chunk_tokens(chunk: str) -> tuple[Tok, ...]:
    return _tokens_of(chunk)


def _tokens_of(chunk: str) -> tuple[Tok, ...]:
    """The tokens of a run of non-space characters, with offsets inside it ("said," -> "said", ",")."""
    toks: list[Tok] = []
    for m in _TOKEN.finditer(chunk):
        word = m.group()
        if word in _MARKUP:
            continue  # markdown emphasis (**said**, *Name*) and escapes (\_, \[) are no structure
        if word[-1] == "." and len(word) > 1:
            _dotted(chunk, word, m.start(), len(chunk), toks)
        else:
            toks.append((word, m.start(), m.end()))
    return tuple(toks)


def _initials_end(text: str, at: int, end: int) -> bool:
    """Whether initials may end at *at*: no letter or digit follows them."""
    return at >= end or not text[at].isalnum()


def _all_initials(word: str) -> bool:
    """``T.``, ``T.G.``, ``U.S.``: one to four capital letters, each with its period."""
    if len(word) > 8 or len(word) % 2:
        return False
    return all(word[i].isupper() and word[i + 1] == "." for i in range(0, len(word), 2))


def _dotted(text: str, word: str, start: int, end: int, toks: list[Tok]) -> None:
    """Append the tokens of *word*, a word with a period (and maybe initials) glued to it."""
    stop = start + len(word)
    if _all_initials(word) and _initials_end(text, stop, end):
        toks.append((word, start, stop))  # "T.G.", "U.S."
        return
    dot = word.index(".")
    if word[:dot] in ABBREVIATIONS:
        toks.append((word[: dot + 1], start, start + dot + 1))  # "Mr.", "Gen."
    else:
        toks.append((word[:dot], start, start + dot))
        toks.append((".", start + dot, start + dot + 1))
    rest = word[dot + 1 :]
    if not rest:
        return
    at = start + dot + 1
    if _initials_end(text, stop, end):
        toks.append((rest, at, stop))  # "x.U.S." -> "x", ".", "U.S."
        return
    for i in range(0, len(rest), 2):  # initials glued to a following letter: each letter and period alone
        toks.append((rest[i], at + i, at + i + 1))
        toks.append((".", at + i + 1, at + i + 2))
