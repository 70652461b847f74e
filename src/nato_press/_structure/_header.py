"""The header of a NATO press text: datelines, reference numbers, titles and the document kind.

Each function looks at one line (stripped, with its offset in the input) and
recognises one family of header forms. Dates inside the lines are read by
:func:`dates_in`: the plain forms every header uses ("07 Nov. 2017 11:17",
"December 13, 2018", "10/22/2021 05:41") are read here directly, and any
line with another form is handed to the date grammar of
:mod:`nato_press._dates`, so both always agree (a test checks it). The
vocabularies (labels, kind cues) are sets looked up in Python; the few
patterns only describe the shapes around them.

>>> title_kind("Press conference by NATO Secretary General Jens Stoltenberg")
'transcript'
>>> digest_period("Q2/2020 - NATO")
True
"""

from __future__ import annotations

import datetime as dt
import itertools

import regex

from .._dates import _vocab as V
from .._dates import scan_dates
from .._records import DocumentKind, Span
from ._boilerplate import WORD

__all__ = [
    "HeaderDate",
    "HeaderLine",
    "WireDateline",
    "body_dateline",
    "byline_like",
    "dates_in",
    "digest_period",
    "moment",
    "prose_like",
    "read_header_line",
    "separator_line",
    "title_kind",
    "title_leading_date",
    "title_like",
]

# A placeholder for a date mention in the residue of a header line (a character that input lines
# are scrubbed of first, so it only ever stands for a date read by the date grammar).
_DATE = "\x00"

# ------------------------------------------------------------------------ plain header dates

# The plain day forms of page headers, with an optional time of day:
#   day first     "07 Nov. 2017", "12 February 2013", "12 juin 2020 10:00"
#   month first   "Nov. 7, 2017", "December 13, 2018", "Mar 14, 2018"
#   US numeric    "10/22/2021", "11/16/2010 05:41"
# Anything else (ranges, weekdays, ordinals, zones, ambiguous numbers) goes to the date grammar.
_PLAIN_DATE = regex.compile(
    r"""
    (?:
      (?P<d>\d{1,2})\ (?P<m>\w{3,9}+)\.?\ (?P<y>\d{4})
    | (?P<m2>\p{Lu}\w{2,8}+)(?P<dot>\.)?\ (?P<d2>\d{1,2}),\ (?P<y2>\d{4})
    | (?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y3>\d{4})
    )
    (?:\ (?P<hh>\d{1,2}):(?P<mi>\d\d))?
    (?!\w)
    # any other number that can be a day of the month: every day date has one ("7", "07", the "11"
    # of "2017-11-07"); the grammar reads the region when one of them may belong to a date
    | (?<!\w)(?P<day>\d{1,2})(?!\d)
    """,
    regex.VERBOSE,
)
# The cheap test in front of _PLAIN_DATE: a number of one or two digits.
_ONE_OR_TWO_DIGITS = regex.compile(r"(?<!\d)\d{1,2}(?!\d)")
# Words that may belong to a date that starts before a plain one.
_WEEKDAYS_AND_MONTHS = frozenset(V.WEEKDAYS) | frozenset(V.MONTHS)
# What may not stand just before a plain date: a word, a decimal, a code ("COVID-19 June", "v2.07 Nov").
_NOT_BEFORE_NUMBER = frozenset(".,:/+#§-")


# Month abbreviations that take a dot before the day ("Sept. 21, 2011").
_DOTTED_BEFORE_DAY = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})

# How far a month name may stand from the day it dates ("17 to 18 June", "June 30 - July 2").
_MONTH_REACH = 32
# What joins the parts of a numeric date, and what is stripped from a word before it is looked up.
_NUMERIC_JOINERS = frozenset("-/.:\u2010\u2011\u2013")
_WORD_BREAKS = str.maketrans({c: " " for c in ".,;:!?()[]{}\"'“”‘’«»–—-/\u2010\u2011\u2212"})

# How far around a plain date no other number may stand (ranges, counts and times the grammar reads).
_QUIET = 16

# ------------------------------------------------------------------------ header lines

# A dateline's place: one to four capitalised words, optionally with one or two more parts after
# commas ("Brussels", "WASHINGTON", "Oeiras, Portugal", "SHAPE, Mons, Belgium").
_PLACE_WORD = r"\p{Lu}[\p{L}.'’-]{0,30}+"
_PLACE = (
    r"(?P<place>" + _PLACE_WORD + r"(?:\ " + _PLACE_WORD + r"){0,3}"
    r"(?:,\ " + _PLACE_WORD + r"(?:\ " + _PLACE_WORD + r"){0,2}){0,2})"
)

# A news agency or republishing site tag in brackets: "(AFP)", "(ENEWSPF)", "(Reuters)".
_AGENCY = r"\((?P<agency>\p{Lu}[\p{L}\d&.-]{1,20}+)\)"

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
# A place at the start of a line ("BELGIUM–", "Brussels, "); what follows it is checked in code.
_PLACE_AT = regex.compile(_PLACE)
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


def _skip_white(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def _digits(text: str, at: int, fewest: int, most: int) -> int | None:
    """The end of a run of *fewest* to *most* digits at *at* (the longest such run), or ``None``."""
    end = at
    while end < len(text) and end - at < most and text[end].isdecimal():
        end += 1
    return end if end - at >= fewest else None


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


def _agency_tag(inner: str) -> bool:
    """Whether the text in brackets is an agency tag: "AFP", "Reuters", "ENEWSPF"."""
    return (
        2 <= len(inner) <= 21 and inner[0].isupper() and inner[0].isalpha()
        and inner.replace("&", "").replace(".", "").replace("-", "").isalnum()
    )


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
_DIGIT = regex.compile(r"\d")

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

# ------------------------------------------------------------------------ digest periods and kinds

# Digest period headers: "Q2/2020 - NATO", "H1 2021 – Cyber", "2. Quartal 2020", "T3/2019", "2020/Q2"
# (read by digest_period), and the words of a spelt-out period.
_PERIOD_WORDS = frozenset({"quarter", "quartal", "trimestre", "semester", "halbjahr"})

# Title words, lower case: letters and digits with inner hyphens, apostrophes and ampersands ("q&a").
_TITLE_WORD = WORD


def _cues(*phrases: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(p.split()) for group in phrases for p in group.split("|"))


# Kind cues in titles, strongest first.
# Transcripts: press conferences, briefings, doorsteps, press points, Q&A, transcripts.
_TRANSCRIPT = _cues(
    "press conference|press briefing|news briefing|media briefing|doorstep|joint press point|press point",
    "press availability|media availability|transcript|q&a|questions and answers|conférence de presse",
    "point de presse|pressekonferenz|pressebriefing|presseunterrichtung",
)
# Speeches: the title names the speech and who gives it or where ("Speech by …", "Remarks at …",
# "Keynote address …", "Lecture by …", "Discours de …", "Rede von …"), or opens with the word.
_SPEECH_NOUNS = frozenset({"speech", "remarks", "address", "lecture", "discours", "allocution", "rede", "ansprache"})
_SPEECH_AFTER = frozenset(
    {"by", "of", "at", "to", "from", "delivered", "given", "before", "du", "de", "des", "par", "à", "von", "bei",
     "vor", "der"}
)
_SPEECH_OPENERS = frozenset({"opening", "closing", "welcome", "welcoming", "introductory", "video", "pre-recorded"})
# Statements: the title names the statement ("Statement by …", "NAC statement on …", "Joint
# declaration of …", "Déclaration du …"), or opens or ends with the word ("… : statement").
_STATEMENT_NOUNS = frozenset(
    {"statement", "declaration", "communiqué", "communique", "déclaration", "erklärung", "stellungnahme"}
)
_STATEMENT_AFTER = frozenset(
    {"by", "of", "on", "from", "following", "after", "at", "concerning", "regarding", "issued", "du", "de", "des",
     "sur", "par", "zu", "von", "der"}
)
_STATEMENT_OPENERS = frozenset(
    {"joint", "press", "final", "chair's", "chairman's", "chairperson's", "gemeinsame"}
)
_STATEMENT_ENDS = frozenset({"statement", "communiqué", "communique"})
# Every cue above contains one of these (the gate in front of the word-by-word reading).
_KIND_STEMS = ("press", "briefing", "doorstep", "transcript", "&", "questions", "conférence", "speech", "remarks",
               "address", "lecture", "discours", "allocution", "rede", "ansprache", "keynote", "statement",
               "declaration", "communiq", "déclaration", "erklärung", "stellungnahme", "point", "availability")

# ------------------------------------------------------------------------ titles

# Titles never end like a sentence or a speaker label ...
_SENTENCE_END = frozenset(".,;:")
# ... even behind closing quotes and a footnote marker ("… he said.”", "… in 2017.[1]").
# A list item is no title ("- Das Motto der Akademie …", "• …").
_BULLETS = frozenset("-–—•·*▪●◦‣∙")
_PROSE_END = frozenset(".!?…")
_CLOSERS = "”’\"'»)"

# News agencies: their wire copy is a third-party report, not a republished NATO text.
_AGENCIES = frozenset({"AFP", "AP", "REUTERS", "DPA", "UPI", "ANSA", "EFE", "TASS", "XINHUA", "IANS", "ANI", "PTI",
                       "APA", "BELGA", "ANP", "PAP", "CTK", "RIA", "KYODO", "YONHAP"})


class HeaderDate:
    """A day date read in a header: its offsets, the (first) day, and the time of day when written."""

    __slots__ = ("day", "end", "start", "time")

    def __init__(self, start: int, end: int, day: dt.date, time: dt.time | None = None) -> None:
        self.start = start
        self.end = end
        self.day = day
        self.time = time

    def __repr__(self) -> str:
        return f"HeaderDate({self.start}, {self.end}, {self.day!r}, {self.time!r})"

    @property
    def span(self) -> Span:
        """Where the date is, as a :class:`Span`."""
        return Span(start=self.start, end=self.end)


def _plain_dates(text: str, start: int, end: int) -> list[HeaderDate] | None:
    """The day mentions of ``text[start:end]`` when every date in it is plain; ``None`` otherwise.

    A region without a number that can be a day has no day date at all. Each plain date must stand
    clear of other numbers, weekdays and month names (a range, a count, a weekday or a time zone is
    the grammar's to read), and every other day number of the region must be one that no date form
    can use: no month name near it, not part of a numeric date ("the 21st Century", "29 Allies").
    """
    if _ONE_OR_TWO_DIGITS.search(text, start, end) is None:
        return []  # no number that can be a day: no day date
    matches = _PLAIN_DATE.finditer(text, start, end)
    first = next(matches, None)
    if first is None:
        return []
    if text.find("://", start, end) >= 0 or text.find("www.", start, end) >= 0:
        return None  # the grammar skips URLs
    found: list[HeaderDate] = []
    for m in itertools.chain((first,), matches):
        if m.group("day") is not None:
            if not _dateless(text, m, start, end):
                return None
            continue
        mention = _plain_mention(text, m, start, end)
        if mention is None:
            return None
        found.append(mention)
    return found


def _dateless(text: str, day: regex.Match[str], start: int, end: int) -> bool:
    """Whether the day number *day* can be part of no date: no month name near it, no numeric date."""
    s, e = day.span()
    if s - 1 > start and text[s - 1] in _NUMERIC_JOINERS and text[s - 2].isdecimal():
        return False  # "2017-11-07", "18.06.2020", "10/22"
    if text[e : e + 1] in _NUMERIC_JOINERS and text[e + 1 : e + 2].isdecimal() and e + 1 < end:
        return False
    window = text[max(start, s - _MONTH_REACH) : min(end, e + _MONTH_REACH)].lower().translate(_WORD_BREAKS)
    return not any(word in V.MONTHS for word in window.split())


def _plain_mention(text: str, m: regex.Match[str], start: int, end: int) -> HeaderDate | None:
    """The mention a plain date match stands for, or ``None`` when the grammar must read it."""
    s, e = m.span()
    d, month_word, y, m2, dot, d2, y2, a, b, y3, hh, mi, _day = m.groups()
    previous = text[s - 1] if s > start else ""
    if previous and (previous.isalnum() or previous == "_" or previous in _NOT_BEFORE_NUMBER):
        return None
    if m2 is not None and previous and not (previous.isspace() or previous == "("):
        return None
    if _DIGIT.search(text, max(start, s - _QUIET), s) or _DIGIT.search(text, e, min(end, e + _QUIET)):
        return None
    before = text[max(start, s - 14) : s].rstrip(" ,(\t").rsplit(None, 1) if previous else ()
    if before and before[-1].lower().rstrip(".") in _WEEKDAYS_AND_MONTHS:
        return None  # "Monday 28 November", "June 30 Nov. …": the grammar reads what the word before adds
    try:
        if d is not None:
            if not (month_word.istitle() or month_word.isupper() or month_word.islower()):
                return None
            day, month, year = int(d), V.MONTHS.get(month_word.lower(), 0), int(y)
        elif d2 is not None:
            key = m2.lower()
            if not (m2.istitle() or m2.isupper()) or (dot and key not in _DOTTED_BEFORE_DAY):
                return None
            day, month, year = int(d2), V.MONTHS.get(key, 0), int(y2)
        else:
            first, second, year = int(a), int(b), int(y3)
            if first > 12 and 0 < second <= 12:
                day, month = first, second
            elif second > 12 and 0 < first <= 12:
                day, month = second, first
            else:
                return None
        if not month or not 1800 <= year <= 2099:
            return None
        value = dt.date(year, month, day)
        time = None
        if hh is not None:
            time = dt.time(int(hh), int(mi))
            follows = text[e:end].lstrip(" \t\u00a0")
            if follows[:1].isalpha() or follows[:1] in ("(", "+", "-", "−"):
                return None  # "11:17 CET", "10:00 a.m.", "11:17 Uhr": the grammar reads the zone
    except ValueError:
        return None  # "31 June 2020", "25:00": the grammar records what is wrong
    return HeaderDate(s, e, value, time)


def dates_in(text: str, start: int, end: int) -> list[HeaderDate]:
    """The day dates inside ``text[start:end]``, in order, as the date grammar reads them.

    Plain header dates are read here; any other form is read by :func:`nato_press._dates.scan_dates`,
    whose failure reads as "no date".

    >>> [(m.start, m.end, m.day.isoformat()) for m in dates_in("• 09 Jun. 2016 -", 0, 16)]
    [(2, 14, '2016-06-09')]
    """
    plain = _plain_dates(text, start, end)
    if plain is not None:
        return plain
    try:
        found, _relative, _defects = scan_dates(text, [Span(start=start, end=end)])
    except Exception:
        return []
    # Headers date a page to the day; a year or month inside a reference ("Press Release (2013) 127") is no date.
    return [
        HeaderDate(m.span.start, m.span.end, m.start, m.time)
        for m in found
        if m.precision == "day" and start <= m.span.start and m.span.end <= end
    ]


def moment(mention: HeaderDate) -> dt.date | dt.datetime:
    """The value of a header date: a datetime when a time of day was written, else the (first) date."""
    if mention.time is not None:
        return dt.datetime.combine(mention.day, mention.time)
    return mention.day


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
    read = _read_residue("".join(pieces))
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


def _span_start(mention: HeaderDate) -> int:
    return mention.start


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
    if not (after == "" or after.isspace() or head[tail.end - 1].isspace()):
        return None  # the dateline must end at white space: "– The …", not "–The"
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


def _place_name(place: str) -> str:
    """A place as a name: "WASHINGTON" reads "Washington"; mixed case is kept."""
    return place.title() if place.isupper() else place


def is_agency(name: str | None) -> bool:
    """Whether *name* is a news agency (its wire copy is a report about NATO, not NATO's text)."""
    return name is not None and name.upper() in _AGENCIES


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


def title_kind(title: str) -> DocumentKind | None:
    """The document kind a title announces, or ``None`` when it announces none.

    >>> title_kind("Speech by NATO Deputy Secretary General Rose Gottemoeller")
    'speech'
    >>> title_kind("NATO Secretary General announces dates for 2014 Summit") is None
    True
    """
    low = title.lower()
    if not any(map(low.__contains__, _KIND_STEMS)):
        return None  # most titles name no kind: a few substring tests settle it
    low = low.replace("’", "'").replace(" & ", "&").replace(" &", "&").replace("& ", "&")
    found = list(_TITLE_WORD.finditer(low))
    words = [m.group() for m in found]
    # Words with only white space between them follow each other ("Speech by", not "Speech, by").
    spaced = [low[a.end() : b.start()].isspace() for a, b in itertools.pairwise(found)]
    for size in (1, 2, 3, 4):
        for k in range(len(words) - size + 1):
            if tuple(words[k : k + size]) in _TRANSCRIPT and all(spaced[k : k + size - 1]):
                return "transcript"
    if _announces(found, words, spaced, _SPEECH_NOUNS, _SPEECH_AFTER, _SPEECH_OPENERS) or "keynote" in words:
        return "speech"
    if _announces(found, words, spaced, _STATEMENT_NOUNS, _STATEMENT_AFTER, _STATEMENT_OPENERS):
        return "statement"
    if words and words[-1] in _STATEMENT_ENDS and not any(c.isalnum() for c in low[found[-1].end() :]):
        return "statement"
    return None


def _announces(
    found: list[regex.Match[str]],
    words: list[str],
    spaced: list[bool],
    nouns: frozenset[str],
    after: frozenset[str],
    openers: frozenset[str],
) -> bool:
    """Whether a kind noun opens the title (after an opener) or is followed by one of its linking words."""
    if not words:
        return False
    if found[0].start() == 0:
        if words[0] in nouns:
            return True
        if words[0] in openers and len(words) > 1 and spaced[0] and words[1] in nouns:
            return True
    return any(
        words[k] in nouns and words[k + 1] in after and spaced[k] for k in range(len(words) - 1)
    )

