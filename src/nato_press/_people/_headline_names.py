"""Names read in a headline written in title case, where every word is capitalised.

House style of headlines: "Vice President Doe Rejects Isolationism and Makes Case for …" puts
capitals on the verb and its object too, so the run of capitalised words after a title is not
all name. In such a line a name is cut to its longest first part that the text also writes
outside the line ("Doe", when the body says "Vice President Jane Doe"); when the text writes
none of it elsewhere, it is kept whole (a headline that only names its author).

>>> text = "Minister Roe Opens New Centre in Town Today\\n\\nMinister Ann Roe spoke."
>>> trim_headline_name(text, ("Roe", "Opens", "New", "Centre"), 9)
('Roe',)
"""

from __future__ import annotations

__all__ = ["trim_headline_name"]

# Lower-case words a title-case headline still writes in lower case.
_SMALL = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "de",
        "des",
        "du",
        "for",
        "from",
        "in",
        "into",
        "la",
        "le",
        "of",
        "on",
        "or",
        "over",
        "the",
        "to",
        "und",
        "with",
        "der",
        "die",
        "das",
        "et",
        "en",
    ]
)
# A line is in title case when it has at least _MIN_WORDS words and every word but small words
# (and at most one other) is capitalised: a sentence has more lower-case words than that.
_MIN_WORDS = 5


# A headline is short: a line longer than this is never one (and is never read whole).
_MAX_LINE = 300


def _line_of(text: str, at: int) -> tuple[int, int] | None:
    """The line *at* is in, or ``None`` when it is longer than a headline (bounded searches)."""
    low = max(0, at - _MAX_LINE)
    start = text.rfind("\n", low, at) + 1
    if start == 0 and low > 0:
        return None
    end = text.find("\n", at, at + _MAX_LINE)
    if end < 0:
        if len(text) > at + _MAX_LINE:
            return None
        end = len(text)
    return (start, end) if end - start <= _MAX_LINE else None


def _title_case(line: str) -> bool:
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < _MIN_WORDS:
        return False
    counted = [w for w in words if w.lower() not in _SMALL]
    if not counted:
        return False
    capitals = sum(1 for w in counted if w[:1].isupper())
    return capitals >= len(counted) - 1


def _written_elsewhere(text: str, name: str, line: tuple[int, int]) -> bool:
    """Whether *name* is written as whole words outside the line *line*."""
    pos = 0
    for _ in range(40):  # bounded: a name is written a few times at most
        at = text.find(name, pos)
        if at < 0:
            return False
        pos = at + len(name)
        if line[0] <= at < line[1]:
            continue
        if (at > 0 and text[at - 1].isalnum()) or (pos < len(text) and text[pos].isalnum()):
            continue
        return True
    return False


def trim_headline_name(text: str, tokens: tuple[str, ...], at: int) -> tuple[str, ...]:
    """*tokens*, a name read at *at*, cut as a title-case headline requires (see the module)."""
    if len(tokens) < 2:
        return tokens
    line = _line_of(text, at)
    if line is None or not _title_case(text[line[0] : line[1]]):
        return tokens
    for length in range(len(tokens), 0, -1):
        if _written_elsewhere(text, " ".join(tokens[:length]), line):
            return tokens[:length]
    return tokens
