"""Header lines: the nato.int, aggregator, wire and bare-date lines above a NATO press text.

:func:`read_header_line` looks at one line (stripped, with its offset in the input): its dates
(read by :func:`._header_dates.dates_in`) are replaced by a placeholder and the rest of the line
is read item by item as labels ("Last updated", "Distributed by … on"), reference numbers
("Press Release (2013) 127"), agency tags, delivery notes and separators. The vocabularies
(labels) are sets looked up in Python; the few patterns only describe the shapes around them.
"""

from __future__ import annotations

import regex

from ._header_dates import HeaderDate, dates_in
from ._places import _PLACE_AT, _agency_tag, _place_name
from ._scan import _DATE, _DIGIT, _digits, _skip_white

__all__ = ["HeaderLine", "read_header_line", "separator_line"]

# ------------------------------------------------------------------------ header lines

# A header line with its dates replaced by the placeholder holds only labels, dates, reference
# numbers and separators. The families it reads:
#   nato.int       "07 Nov. 2017 - | Last updated: 07 Nov. 2017 11:17", "• Last updated: 09 Jun. 2016 16:58",
#                  "• Press Release (2013) 127", "• Issued on 15 Nov. 2013", "Mis à jour le: 12 juin 2020"
#   aggregators    "10/22/2021 | Press release | Distributed by Public on 10/22/2021 05:41", "Posted: 11/16/2010"
#   wires          "BELGIUM–(ENEWSPF)–12 February 2013.", "Brussels, March 14 (AFP) Mar 14, 2018"
#   bare dates     "December 13, 2018", "19 Sep. 2014 - 21 Sep. 2014"
# It is read item by item (see _read_residue); these are the pieces.

# Separators between the items: bullets, bars, dashes, punctuation and white space.
_SEPARATORS = frozenset(" \t\u00a0\u2009\u202f•·▪●◦‣∙*|,.;:–—-")
# Words of a label, joined by single spaces: "Last updated", "Mis à jour le", "Distributed by Public on".
_PHRASE = regex.compile(r"\p{L}[\p{L}'’/]*+(?:\ \p{L}[\p{L}'’/]*+){0,7}")
# A bracketed item: an agency "(AFP)", a delivery note "(As delivered)", a reference year "(2013)".
# The number of a press release after its label: "(2013) 127", "PR/CP(2013)127", "No. 12/2020".
# (read by _reference_number)
# A time of day the date grammar left beside a date: "at 11.17", "14h05 CET", "9.30 a.m.".
# (read by _time_left)
_TIME_ZONES = ("CEST", "CET", "GMT", "UTC")
# White space, then a comma or one or two dashes, then white space: what ends a place in a header line.
_WHITE = " \t\u00a0\u2009\u202f"

# Labels before the date of the last update, and before the date of publication.
_UPDATED_LABELS = frozenset(
    {"last updated", "updated", "mis à jour le", "dernière mise à jour", "mise à jour", "zuletzt aktualisiert",
     "zuletzt aktualisiert am", "letzte aktualisierung", "aktualisiert", "aktualisiert am", "stand"}
)
_PUBLISHED_LABELS = frozenset(
    {"issued", "issued on", "posted", "posted on", "published", "published on", "date", "dated", "publié le",
     "diffusé le", "veröffentlicht", "veröffentlicht am", "datum", "erschienen am"}
)
# Press-release labels, which a reference number may follow: "Press Release (2013) 127".
_RELEASE_LABELS = frozenset({"press release", "communiqué de presse", "pressemitteilung", "news release"})
# Kind labels of aggregators: "Press release", "Statement", "Transcript".
_KIND_LABELS = _RELEASE_LABELS | frozenset({"statement", "transcript", "speech", "news", "press briefing"})
# The delivery note of a speech in a header line.
_DELIVERY_NOTES = frozenset({"(as delivered)", "(check against delivery)"})
# The longest label, in words.
_LABEL_WORDS = 4


class _Residue:
    """What the items of a header line are (dates by their order on the line)."""

    __slots__ = ("agencies", "distributors", "labels", "place", "published", "references", "updated")

    def __init__(self) -> None:
        self.published: list[int] = []
        self.updated: list[int] = []
        self.references: list[str] = []
        self.labels: list[str] = []
        self.distributors: list[str] = []
        self.agencies: list[str] = []
        self.place: str | None = None


def _skip_separators(residue: str, at: int) -> int:
    while at < len(residue) and residue[at] in _SEPARATORS:
        at += 1
    return at


def _read_residue(residue: str) -> _Residue | None:
    """Read a header line whose dates are placeholders; ``None`` when anything else is on it.

    A place may open the line ("Brussels, <date> (AFP) <date>") when the line does not read without it.
    """
    start = _skip_separators(residue, 0)
    read = _read_items(residue, start)
    if read is None:
        place = _PLACE_AT.match(residue, start)
        if place is None:
            return None
        at = _after_place(residue, place.end())
        if at is None and "," in place.group():
            # "NATO HQ, Brussels, Belgium October 13, 2022": a place with its country, then the date.
            after = _skip_white(residue, place.end())
            at = after if residue[after : after + 1] == _DATE else None
        read = None if at is None else _read_items(residue, at)
        if read is not None:
            read.place = place.group("place")
    return read


def _after_place(residue: str, at: int) -> int | None:
    """Where the items begin after a place: past a comma or one or two dashes and white space."""
    size = len(residue)
    while at < size and residue[at] in _WHITE:
        at += 1
    if residue[at : at + 1] == ",":
        at += 1
    elif residue[at : at + 1] in ("–", "—", "-"):
        at += 2 if residue[at + 1 : at + 2] in ("–", "—", "-") else 1
    else:
        return None
    while at < size and residue[at] in _WHITE:
        at += 1
    return at


def _read_items(residue: str, at: int) -> _Residue | None:
    """The items from *at* to the end of the line, or ``None`` when one is not a header item."""
    read = _Residue()
    dates = residue.count(_DATE, 0, at)
    size = len(residue)
    if at >= size:
        return None
    while at < size:
        char = residue[at]
        if char == _DATE:
            read.published.append(dates)
            dates += 1
            at += 1
            at = _time_left(residue, at)
        elif char == "(":
            close = residue.find(")", at, at + 42)
            inner = residue[at + 1 : close]
            if close < 0 or not inner or "(" in inner or _DATE in inner:
                return None
            if _agency_tag(inner):
                read.agencies.append(inner)
            elif "(" + " ".join(inner.lower().split()) + ")" not in _DELIVERY_NOTES:
                return None
            at = close + 1
        else:
            phrase = _PHRASE.match(residue, at)
            if phrase is None:
                return None
            after = _read_label(residue, at, phrase.group(), read, dates)
            if after is None:
                return None
            dates = residue.count(_DATE, 0, after)
            at = after
        at = _skip_separators(residue, at)
    return read


def _time_left(residue: str, at: int) -> int:
    """Past a time of day the date grammar left beside a date ("at 11.17", "14h05 CET", "9.30 a.m."), if any."""
    pos = _skip_white(residue, at)
    if residue.startswith("at", pos):
        pos = _skip_white(residue, pos + 2)
    hour = _digits(residue, pos, 1, 2)
    if hour is None or residue[hour : hour + 1] not in (":", "h", ".") or _digits(residue, hour + 1, 2, 2) is None:
        return at
    end = hour + 3
    zone = _skip_white(residue, end)
    for name in _TIME_ZONES:
        if residue.startswith(name, zone):
            return zone + len(name)
    if residue[zone : zone + 1] in ("a", "A", "p", "P"):
        # "a.m.", "am", "P.M."
        pos = zone + 1 + (residue[zone + 1 : zone + 2] == ".")
        if residue[pos : pos + 1] in ("m", "M"):
            return pos + 1 + (residue[pos + 1 : pos + 2] == ".")
    return end


def _reference_number(residue: str, at: int) -> int | None:
    """The end of a press-release number at *at*: "(2013) 127", "PR/CP(2013)127", "No. 12/2020"."""
    pos = _skip_white(residue, at)
    if residue.startswith("PR/CP", pos):
        pos = _skip_white(residue, pos + 5)
    if residue[pos : pos + 1] == "(":
        year = _digits(residue, pos + 1, 4, 4)
        if year is None or residue[year : year + 1] != ")":
            return None
        return _digits(residue, _skip_white(residue, year + 1), 1, 4)
    if residue[pos : pos + 2].lower() != "no":
        return None
    pos += 2 + (residue[pos + 2 : pos + 3] == ".")
    number = _digits(residue, _skip_white(residue, pos), 1, 4)
    if number is not None and residue[number : number + 1] == "/":
        return _digits(residue, number + 1, 2, 4) or number
    return number


def _read_label(residue: str, at: int, phrase: str, read: _Residue, dates: int) -> int | None:
    """Read the label item that starts at *at* (its words are *phrase*); return where it ends."""
    words = phrase.lower().split(" ")
    if words[:2] == ["distributed", "by"]:
        # "Distributed by <name> on <date>": the name runs to the next date, before "on" or "at".
        date = residue.find(_DATE, at)
        stretch = residue[at + len("distributed by ") : date].rstrip() if date > at else ""
        name = stretch[:-2].rstrip()
        if stretch[-2:].lower() not in ("on", "at") or not 0 < len(name) <= 60 or "|" in name:
            return None
        read.distributors.append(name)
        read.published.append(dates)
        return date + 1
    for count in range(min(len(words), _LABEL_WORDS), 0, -1):
        label = " ".join(words[:count])
        end = at + len(" ".join(phrase.split(" ")[:count]))
        if label in _UPDATED_LABELS or label in _PUBLISHED_LABELS:
            # "<label>: <date>", "<label> <date>".
            date = len(residue) - len(residue[end:].lstrip(_WHITE).removeprefix(":").lstrip(_WHITE))
            if residue[date : date + 1] != _DATE:
                continue
            (read.updated if label in _UPDATED_LABELS else read.published).append(dates)
            return date + 1
        if label in _RELEASE_LABELS:
            number = _reference_number(residue, end)
            if number is not None:
                read.references.append(residue[at:number])
                return number
        if label in _KIND_LABELS:
            read.labels.append(label)
            return end
    return None

# A line with nothing but bullets and bar separators, as in the nato.int header list ("  • |").
_SEPARATOR_CHARS = "".join(sorted(_SEPARATORS - frozenset(",.;:"))) + "\n\r\x0b\x0c"

# Header lines are short: the longest family ("10/22/2021 | Press release | Distributed by … on …") has
# about a dozen words. Longer lines are prose and are not handed to the date grammar at all.
_HEADER_MAX = 140
_HEADER_MAX_SPACES = 16


class HeaderLine:
    """What one header line says (dates in line order)."""

    __slots__ = ("agency", "distributor", "label", "nato_style", "place", "published", "reference", "updated")

    def __init__(
        self,
        *,
        published: HeaderDate | None = None,
        updated: HeaderDate | None = None,
        reference: str | None = None,
        label: str | None = None,
        distributor: str | None = None,
        agency: str | None = None,
        place: str | None = None,
        nato_style: bool = False,
    ) -> None:
        self.published = published
        self.updated = updated
        self.reference = reference
        self.label = label
        self.distributor = distributor
        self.agency = agency
        self.place = place
        self.nato_style = nato_style


def separator_line(line: str) -> bool:
    """Whether *line* holds nothing but bullets and bars ("  • |")."""
    return bool(line) and not line.strip(_SEPARATOR_CHARS)


def read_header_line(text: str, start: int, line: str) -> HeaderLine | None:
    """Read *line* (found at *start* in *text*) as a dateline or metadata line, or ``None``.

    >>> read_header_line("Press Release (2013) 127", 0, "Press Release (2013) 127").reference
    'Press Release (2013) 127'
    """
    if len(line) > _HEADER_MAX or line.count(" ") > _HEADER_MAX_SPACES or _DIGIT.search(line) is None:
        return None
    mentions = dates_in(text, start, start + len(line))
    if not mentions:
        # "Press Release (2013) 127": a header line that holds no date, only a numbered reference.
        low = line.lower()
        if "(" not in line and " no" not in low and not low.startswith("no"):
            return None
        bare = _read_residue(line.replace(_DATE, " "))
        if bare is None or not bare.references or bare.published:
            return None
        return HeaderLine(reference=bare.references[0].strip(), nato_style=True)
    pieces: list[str] = []
    pos = start
    for m in mentions:
        pieces.append(text[pos : m.start].replace(_DATE, " "))
        pieces.append(_DATE)
        pos = m.end
    pieces.append(text[pos : start + len(line)].replace(_DATE, " "))
    residue = "".join(pieces)
    read = _read_residue(residue)
    if read is None:
        read = _labelled_with_section(residue)
    if read is None:
        return None
    published = [mentions[k] for k in read.published]
    if len(published) > 1:
        published.sort(key=_span_start)
    first = published[0] if published else None
    if first is not None and first.time is None:
        # "10/22/2021 | … | Distributed by Public on 10/22/2021 05:41": the same day, timed later on the line.
        first = next((m for m in published[1:] if m.day == first.day and m.time is not None), first)
    return HeaderLine(
        published=first,
        updated=mentions[read.updated[0]] if read.updated else None,
        reference=read.references[0].strip() if read.references else None,
        label=read.labels[0] if read.labels else None,
        distributor=read.distributors[0].strip() if read.distributors else None,
        agency=read.agencies[0] if read.agencies else None,
        place=_place_name(read.place) if read.place else None,
        nato_style=bool(read.updated or read.references) or line.lstrip().startswith("•"),
    )


# The longest site-section name after a labelled date ("Updated: 22 October 1999 KFOR Press Releases").
_SECTION_WORDS = 5


def _labelled_with_section(residue: str) -> _Residue | None:
    """A label and its date followed by a site section's name: "Updated: 22 October 1999 KFOR Press Releases".

    A site prints when it was last updated beside the section's name; the line is a header line
    (never a title) when it opens with an update label and the words after the date are a short name
    (at most five words, no digits, no sentence punctuation).
    """
    date = residue.find(_DATE)
    if date < 0 or not residue[:1].isalpha():
        return None
    tail = residue[date + 1 :].strip(_WHITE)
    words = tail.split()
    if not 0 < len(words) <= _SECTION_WORDS or any(c.isdigit() or c in ".,;:!?" for c in tail) or not tail[0].isupper():
        return None
    read = _read_residue(residue[: date + 1])
    if read is None or not read.updated or read.published or read.labels or read.references or read.place:
        return None
    return read


def _span_start(mention: HeaderDate) -> int:
    return mention.start
