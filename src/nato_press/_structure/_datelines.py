"""Datelines that open the first paragraph of the body ("WASHINGTON, Sept. 21, 2011 — NATO will …").

:func:`body_dateline` reads the place, the date (when it has one) and the agency tag that open the
first paragraph; the date is read by :func:`._header_dates.dates_in` and replaced by a placeholder
before the parts after the place are read.
"""

from __future__ import annotations

from .._dates import _vocab as V
from ._header_dates import HeaderDate, dates_in
from ._places import _PLACE_AT, _agency_tag, _place_name
from ._scan import _DATE, _digits, _skip_white

__all__ = ["WireDateline", "body_dateline"]

# ------------------------------------------------------------------------ datelines in the body

# A dateline that opens the first paragraph, its date (when it has one) replaced by the placeholder:
#   wire          "WASHINGTON, Sept. 21, 2011 — NATO will …", "Brussels, 3 June 2020 – The …"
#   dashes        "Capellen, Luxembourg – 21 September 2023 – The NATO Support …"
#   brackets      "SHAPE, Mons, Belgium – (Mar. 14, 2024) Supreme …", "NAPLES, Italy (Nov. 3, 2023) – The …"
#   agency        "BRUSSELS (Reuters) - …", "BRUSSELS, Feb 12 (Reuters) - …" (a date without its year)
#   place only    "MONS, Belgium -- The …", "BRUSSELS -- …" (the place's first word in capitals)
# The place is read by _PLACE_AT and what follows it by _dateline_tail:
#   [white space] [, or a dash] [white space] [(date) | date | yearless day] [white space]
#   [(Agency) white space] [a dash or a colon]
# and _dateline_at checks which parts a family needs (a dash after a plain date, an agency after a
# yearless one, …).
_DASHES = ("--", "–", "—", "-")
# How much of the first paragraph a dateline may take.
_DATELINE_MAX = 90


class WireDateline:
    """A dateline opening the first paragraph ("WASHINGTON, Sept. 21, 2011 — …").

    ``wire`` is true for the capitalised place of wire copy ("WASHINGTON, …"), which marks a
    republished text; an organisation's own dateline ("Capellen, Luxembourg – …") is not.
    """

    __slots__ = ("agency", "place", "published", "wire")

    def __init__(
        self, *, place: str, published: HeaderDate | None = None, agency: str | None = None, wire: bool = False
    ) -> None:
        self.place = place
        self.published = published
        self.agency = agency
        self.wire = wire


def body_dateline(text: str, start: int, line: str) -> WireDateline | None:
    """Read the dateline that opens *line*, the first paragraph of the body, or ``None``.

    >>> body_dateline("BRUSSELS (Reuters) - Allies met.", 0, "BRUSSELS (Reuters) - Allies met.").agency
    'Reuters'
    >>> wire = body_dateline("Capellen, Luxembourg – 21 September 2023 – The Agency …", 0,
    ...                      "Capellen, Luxembourg – 21 September 2023 – The Agency …")
    >>> wire.place, wire.published.day.isoformat()
    ('Capellen, Luxembourg', '2023-09-21')
    """
    if not line[:1].isupper():
        return None
    place = _PLACE_AT.match(line)
    if place is None:
        return None
    after = line[place.end() : place.end() + 4].lstrip()
    if after[:1] not in ("", ",", "(", "–", "—", "-") and "," not in place.group():
        return None  # "The NATO Support …": no dateline (a comma inside may end a shorter place)
    head_end = start + min(len(line), _DATELINE_MAX)
    # Only a digit, a bracket or a month name after the place and its comma or dash can start a date
    # ("Brunssum, Netherlands - On Monday 28 November …" has none: its date is the sentence's).
    follows = line[place.end() : place.end() + 6].lstrip(" ,–—-\t")
    word = follows.split(None, 1)[0].rstrip(".,").lower() if follows.split() else ""
    dated = follows[:1].isdecimal() or follows[:1] == "(" or word in V.MONTHS
    mentions = dates_in(text, start, head_end) if dated else []
    pieces: list[str] = []
    pos = start
    for m in mentions:
        pieces.append(text[pos : m.start].replace(_DATE, " "))
        pieces.append(_DATE)
        pos = m.end
    pieces.append(text[pos:head_end].replace(_DATE, " "))
    head = "".join(pieces)
    place = _PLACE_AT.match(head)
    if place is None:
        return None
    # The place may end at any of its commas ("BRUSSELS, Feb 12 (Reuters)" is "BRUSSELS" and a day).
    commas = [place.start() + k for k, c in enumerate(place.group()) if c == ","]
    ends = [place.end(), *commas[::-1]]
    for end in ends:
        found = _dateline_at(head, end, mentions)
        if found is not None:
            found.place = _place_name(head[:end].rstrip())
            return found
    return None


class _Tail:
    """The parts of a dateline after its place."""

    __slots__ = ("agency", "dash", "date", "end", "sep")

    def __init__(self) -> None:
        self.sep: str | None = None
        self.date: str | None = None  # "bracketed", "date" or "yearless"
        self.agency: str | None = None
        self.dash: str | None = None
        self.end = 0


def _starts_dash(head: str, at: int) -> str | None:
    for dash in _DASHES:
        if head.startswith(dash, at):
            return dash
    return None


def _yearless_day(head: str, at: int) -> int:
    """The end of a day without a year at *at* ("Feb 12", "12 Feb"), or *at* when there is none."""
    first = at
    while first < len(head) and head[first].isalnum():
        first += 1
    word = head[at:first]
    if word.isdecimal() and len(word) <= 2:
        rest = first + 1
        after = rest
        while after < len(head) and head[after].isalpha():
            after += 1
        return after if head[first : first + 1] == " " and 3 <= after - rest <= 9 else at
    if not (word.isalpha() and 3 <= len(word) <= 9):
        return at
    pos = first + (head[first : first + 1] == ".")
    digits = _digits(head, pos + 1, 1, 2) if head[pos : pos + 1] == " " else None
    return digits if digits is not None and not head[digits : digits + 1].isdecimal() else at


def _dateline_tail(head: str, at: int) -> _Tail:
    """Read what follows a place: separator, date, agency, dash (each may be missing)."""
    tail = _Tail()
    at = _skip_white(head, at)
    if head[at : at + 1] == ",":
        tail.sep, at = ",", at + 1
    else:
        tail.sep = _starts_dash(head, at)
        at += len(tail.sep or "")
    at = _skip_white(head, at)
    if head.startswith("(" + _DATE + ")", at):
        tail.date, at = "bracketed", at + 3
    elif head[at : at + 1] == _DATE:
        tail.date, at = "date", at + 1
    else:
        day = _yearless_day(head, at)
        if day > at:
            tail.date, at = "yearless", day
    at = _skip_white(head, at)
    if head[at : at + 1] == "(":
        close = head.find(")", at, at + 24)
        inner = head[at + 1 : close]
        if close > at and 2 <= len(inner) <= 21 and not any(c.isspace() or c == "(" for c in inner):
            tail.agency, at = inner, _skip_white(head, close + 1)
    if head[at : at + 1] == ":":
        tail.dash, at = ":", at + 1
    else:
        tail.dash = _starts_dash(head, at)
        at += len(tail.dash or "")
    tail.end = at
    return tail


def _dateline_at(head: str, end: int, mentions: list[HeaderDate]) -> WireDateline | None:
    """The dateline whose place ends at *end* in *head*, or ``None`` when no family fits."""
    tail = _dateline_tail(head, end)
    after = head[tail.end : tail.end + 1]
    glued = tail.date == "bracketed" and tail.dash not in (None, ":")
    if not (after == "" or after.isspace() or head[tail.end - 1].isspace() or glued):
        # The dateline must end at white space: "– The …", not "–The"; only a bracketed date closes
        # it by itself ("SHAPE (March 3, 2020)—The …").
        return None
    sep, dash, agency = tail.sep, tail.dash, tail.agency
    if agency is not None and not _agency_tag(agency):
        return None
    place = head[:end]
    if tail.date == "bracketed":
        # "SHAPE, Mons, Belgium – (Mar. 14, 2024) …": the brackets close the dateline.
        return WireDateline(place=place, published=mentions[0], agency=agency)
    if tail.date == "date":
        if sep is None or dash is None or dash == ":":
            return None
        wire = place.isupper() and agency is None
        return WireDateline(place=place, published=mentions[0], agency=agency, wire=wire)
    if tail.date == "yearless":
        # "BRUSSELS, Feb 12 (Reuters) -": the year is not written, so the day is no publication date.
        if sep != "," or agency is None or dash in (None, ":"):
            return None
        return WireDateline(place=place, agency=agency)
    if agency is not None:
        return WireDateline(place=place, agency=agency) if sep is None and dash not in (None, ":") else None
    if sep is not None and sep != "," and dash is None and place.split()[0].isupper() and ("," in place or sep == "--"):
        # "MONS, Belgium -- …", "BRUSSELS -- …": a place alone needs capitals and a country or a double dash.
        return WireDateline(place=place)
    return None
