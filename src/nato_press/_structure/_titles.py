"""Titles: whether a line can be a title, continue one, be a byline under one, or a digest period.

Each test looks at one stripped line. :func:`title_leading_date` reads the date that opens a title
("May 18, 2016: …"); :func:`digest_period` recognises a digest's period header.

>>> digest_period("Q2/2020 - NATO")
True
"""

from __future__ import annotations

from ._header_dates import HeaderDate, dates_in
from ._scan import _DIGIT, _digits, _skip_white

__all__ = [
    "byline_like",
    "continuation_like",
    "digest_period",
    "leading_date_token",
    "prose_like",
    "title_leading_date",
    "title_like",
    "title_trailing_date",
]

# ------------------------------------------------------------------------ titles

# Titles never end like a sentence or a speaker label ...
_SENTENCE_END = frozenset(".,;:")
# ... even behind closing quotes and a footnote marker ("… he said.”", "… in 2017.[1]").
# A list item is no title ("- Das Motto der Akademie …", "• …").
_BULLETS = frozenset("-–—•·*▪●◦‣∙")
_PROSE_END = frozenset(".!?…")
_CLOSERS = "”’\"'»)"

# ------------------------------------------------------------------------ digest periods

# Digest period headers: "Q2/2020 - NATO", "H1 2021 – Cyber", "2. Quartal 2020", "T3/2019", "2020/Q2"
# (read by digest_period), and the words of a spelt-out period.
_PERIOD_WORDS = frozenset({"quarter", "quartal", "trimestre", "semester", "halbjahr"})


def digest_period(line: str) -> bool:
    """Whether *line* is a digest's period header ("Q2/2020 - NATO")."""
    if len(line) > 100:
        return False
    at = _period(line)
    if at is None:
        return False
    if at == len(line):
        return True
    # A name after the period: "Q2/2020 - NATO", "H1 2021 – Cyber".
    at = _skip_white(line, at)
    return line[at : at + 1] in ("–", "—", ":", "|", "-") and 0 < len(line[at + 1 :].lstrip()) <= 80


def _quarter(line: str, at: int) -> int | None:
    """The end of "Q2", "H1", "S2", "T3" or "2Q", "1H" at *at*, or ``None``."""
    pair = line[at : at + 2]
    if len(pair) == 2 and ((pair[0] in "QHST" and pair[1] in "1234") or (pair[0] in "1234" and pair[1] in "QH")):
        return at + 2
    return None


def _year(line: str, at: int) -> int | None:
    """The end of a year 1900-2099 at *at*, or ``None``."""
    end = _digits(line, at, 4, 4)
    if end is None or line[at : at + 2] not in ("19", "20") or line[end : end + 1].isdecimal():
        return None
    return end


def _period(line: str) -> int | None:
    """The end of the period that opens a digest header ("Q2/2020", "2020/Q2", "2. Quartal 2020")."""
    quarter = _quarter(line, 0)
    if quarter is not None:
        at = _skip_white(line, quarter)
        if line[at : at + 1] in ("/", ".", "-"):
            at = _skip_white(line, at + 1)
        return _year(line, at)
    year = _year(line, 0)
    if year is not None:
        at = _skip_white(line, year)
        if line[at : at + 1] not in ("/", ".", "-"):
            return None
        return _quarter(line, _skip_white(line, at + 1))
    if line[:1] not in ("1", "2", "3", "4"):
        return None
    at = _skip_white(line, 1 + (line[1:2] == "."))
    word = at
    while word < len(line) and line[word].isalpha():
        word += 1
    if line[at:word].lower() not in _PERIOD_WORDS:
        return None
    return _year(line, _skip_white(line, word))


def title_like(line: str) -> bool:
    """Whether *line* can be (the start of) a title: short, not a sentence, not a speaker label.

    >>> title_like("NATO Defence Ministers meet to continue the Alliance's adaptation")
    True
    >>> title_like("Ministers met today in the Nuclear Planning Group.")
    False
    """
    if not 2 <= len(line) <= 250 or line[0].islower() or line[0] in _BULLETS:
        return False
    if _last_sign(line) in _SENTENCE_END:
        return False  # "… met.", "… met.[1]", "… he said.”"
    words = line.count(" ") + 1
    return words <= 40 and any(c.isalpha() for c in line[:40])


def _last_sign(line: str) -> str:
    """The last character of *line* before closing quotes and a trailing footnote marker."""
    end = len(line)
    for _ in range(4):
        if end and line[end - 1] == "]":
            start = line.rfind("[", max(0, end - 5), end)
            if start < 0 or not (line[start + 1 : end - 1].isdecimal() and end - start <= 5):
                break
            end = start
        elif end and line[end - 1] in _CLOSERS:
            end -= 1
        else:
            break
    return line[end - 1 : end]


def prose_like(line: str) -> bool:
    """Whether *line* reads as a paragraph of prose: it ends a sentence, or it is long."""
    return len(line) > 200 or _last_sign(line) in _PROSE_END


def continuation_like(line: str) -> bool:
    """Whether *line* continues a title on the next line ("by NATO Secretary General …")."""
    return line[:1].islower() and len(line) <= 200 and line[-1] not in _SENTENCE_END and line.count(" ") < 30


def byline_like(line: str) -> bool:
    """Whether *line* is a short byline or role line under a title ("Ambassador Douglas Lute")."""
    return len(line) <= 90 and line[-1] not in _SENTENCE_END and line.count(" ") < 12 and not line[0].islower()


def title_leading_date(text: str, start: int, line: str) -> HeaderDate | None:
    """The date that opens a title written "May 18, 2016: Ambassador Lute's …", or ``None``."""
    if not line[:1].isalnum() or _DIGIT.search(line, 0, 16) is None:
        return None
    mentions = dates_in(text, start, start + min(len(line), 40))
    if not mentions or mentions[0].start != start:
        return None
    after = line[mentions[0].end - start :].lstrip()
    return mentions[0] if after[:1] in (":", "–", "—", "-", "|") else None



# What separates a headline from the date printed after it: "…, 05 APR 2023", "… – 5 April 2023", "… | …".
_TRAILING_SEPARATORS = frozenset(",–—-|")


def title_trailing_date(text: str, start: int, line: str) -> tuple[int, HeaderDate] | None:
    """The date that ends a headline written "Allies open the exercise, 05 APR 2023", or ``None``.

    Returns where the headline ends (before the separator) and the date. Dates are never the title:
    the headline is cut before the separator, and the date may date the page.
    """
    if len(line) < 12 or not line[-1].isdecimal():
        return None
    mentions = dates_in(text, start, start + len(line))
    if not mentions or mentions[-1].end != start + len(line):
        return None
    before = text[start : mentions[-1].start].rstrip()
    if not before or before[-1] not in _TRAILING_SEPARATORS:
        return None
    head = before[:-1].rstrip()
    return (start + len(head), mentions[-1]) if len(head) >= 2 and any(c.isalpha() for c in head) else None


# Labels of a metadata token that opens a line before the headline or the lede: " date 2025-09-12 …".
_TOKEN_LABELS = frozenset({"date", "published", "posted", "dated", "published on", "posted on"})


def leading_date_token(text: str, start: int, line: str) -> tuple[int, HeaderDate] | None:
    """A metadata token opening *line* ("date 2025-09-12 Allies open …"): where the rest starts, and the date.

    The token is header, never headline: the title starts after it, and its date may date the page.
    """
    label, _sep, _rest = line[:20].partition(" ")
    if label.lower().rstrip(":") not in _TOKEN_LABELS or _DIGIT.search(line, 0, 24) is None:
        return None
    mentions = dates_in(text, start, start + min(len(line), 60))
    if not mentions:
        return None
    gap = text[start + len(label) : mentions[0].start].strip().lower()
    if gap not in ("", ":", "on", "on:"):
        return None
    rest = _skip_white(text, mentions[0].end)
    if rest >= start + len(line) or not text[rest].isalnum():
        return None
    return rest, mentions[0]
