"""Dates that open the first paragraph without a place: "(04.04.2024) …",
"Anna Verhoef, Berlin, 19 November 2025. …".

House rule: a page with no header date is dated by a dateline that opens its lede, and only by that:

- a bracketed date opening the lede ("(04.04.2024) 75 years after …", as broadcasters print it);
- a byline sentence naming the speaker, the place and the day ("Name, Place, den 19 november 2025.").

A date in the lede's first sentence ("On 8 January 2023 the Minister …", "Den 7 mars 2024 …") is
the article's, not the page's: it dates an event (it may be the publication day, or not).

>>> text = "(04.04.2024) 75 años de su fundación."
>>> lede_date(text, 0, text).day.isoformat()
'2024-04-04'
"""

from __future__ import annotations

from ._header_dates import HeaderDate, dates_in

__all__ = ["lede_date"]

# Prepositions that may stand before a date opening a sentence ("On 8 January", "Den 8 januari", "Le 3 juin").
_PREPOSITIONS = frozenset({"on", "den", "le", "am", "el", "il", "op", "em", "dnia", "the"})
# The longest byline sentence.
_BYLINE_MOST = 100
_BYLINE_PART_WORDS = 4


def lede_date(text: str, start: int, line: str) -> HeaderDate | None:
    """The date that opens the lede *line* (found at *start*) in one of the shapes above, or ``None``."""
    if not line or not (line[0] == "(" or line[0].isalnum()):
        return None
    mentions = dates_in(text, start, start + min(len(line), _BYLINE_MOST + 20))
    if not mentions:
        return None
    first = mentions[0]
    lead = text[start : first.start]
    if line[0] == "(":
        # "(04.04.2024) …": the brackets hold the date alone.
        return first if lead == "(" and text[first.end : first.end + 1] == ")" else None
    return first if _byline_sentence(text, start, first) else None


def _byline_sentence(text: str, start: int, date: HeaderDate) -> bool:
    """Whether the lede opens "Name, Place, [den] <date>." (capitalised parts, then the date, then a full stop)."""
    if date.end - start > _BYLINE_MOST or text[date.end : date.end + 1] != ".":
        return False
    parts = text[start : date.start].split(",")
    if len(parts) < 2:
        return False
    tail = parts[-1].split()
    if len(tail) > 1 or (tail and tail[0].lower() not in _PREPOSITIONS):
        return False
    names = [p.split() for p in parts[:-1]]
    return all(0 < len(p) <= _BYLINE_PART_WORDS and all(w[0].isupper() for w in p) for p in names)
