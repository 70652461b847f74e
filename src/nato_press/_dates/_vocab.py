"""Vocabulary and shared pattern fragments of the date grammar (private to :mod:`nato_press._dates`).

The word tables (months, weekdays, seasons, ordinals, modifiers, zones, count nouns), the folded
word sets the readers look words up in, the fragments every form is built of (``H``, ``DASH``,
``YEAR``, ``MONTH_TOKEN``, ``DAY``, ``CONN``...), the time of day and the header labels. The forms
themselves are compiled in :mod:`._form_patterns`, the candidate finder in :mod:`._scan_patterns`.

Every pattern is compiled once, at import time. The scanner never runs a
pattern over the whole text except :data:`~._scan_patterns.DIGIT` (and
:data:`~._scan_patterns.URL` when the text contains one): every other pattern
is tried anchored at a candidate position, so the cost grows linearly with the input.

Month, weekday, season, zone and connector words are read by the patterns as any
word and looked up in the word sets here by the readers (:mod:`._words` and the form modules);
the day forms are read piece by piece. Spelling the vocabulary into every pattern
made importing the package cost tens of milliseconds.
"""

from __future__ import annotations

import datetime as dt

import regex
from dateutil import tz

from ._vocab_langs import (
    CONN_WORDS_MORE,
    LOWER_CASE_MONTHS_MORE,
    LOWER_CASE_WEEKDAYS_MORE,
    MONTH_ABBR_MORE,
    MONTH_FULL_MORE,
    WEEKDAY_NAMES_MORE,
)
from ._vocab_langs import DAY_FIRST_ONLY_MONTHS as DAY_FIRST_ONLY_MONTHS  # read by _month_first
from ._vocab_langs import YEAR_BOUND_MONTHS as YEAR_BOUND_MONTHS  # read by _words

# --------------------------------------------------------------------------- vocabulary

#: Month names and abbreviations (English, French, German here; Italian, Spanish, Portuguese, Dutch and
#: Swedish from :mod:`._vocab_langs`), lower case, dots removed.
MONTHS: dict[str, int] = {}
_MONTH_FULL = {
    1: ("january", "janvier", "januar", "jänner"),
    2: ("february", "février", "fevrier", "februar"),
    3: ("march", "mars", "märz", "maerz"),
    4: ("april", "avril"),
    5: ("may", "mai"),
    6: ("june", "juin", "juni"),
    7: ("july", "juillet", "juli"),
    8: ("august", "août", "aout"),
    9: ("september", "septembre"),
    10: ("october", "octobre", "oktober"),
    11: ("november", "novembre"),
    12: ("december", "décembre", "decembre", "dezember"),
}
_MONTH_ABBR = {
    1: ("jan", "janv"),
    2: ("feb", "févr", "fevr", "fév", "fev"),
    3: ("mar", "mär"),
    4: ("apr", "avr"),
    5: (),
    6: ("jun",),
    7: ("jul", "juil"),
    8: ("aug",),
    9: ("sep", "sept"),
    10: ("oct", "okt"),
    11: ("nov",),
    12: ("dec", "déc", "dez"),
}
for _number, _names in _MONTH_FULL.items():
    for _name in (*_names, *_MONTH_ABBR[_number], *MONTH_FULL_MORE[_number], *MONTH_ABBR_MORE[_number]):
        MONTHS.setdefault(_name, _number)

#: Month words that are not English words too: these may be written in lower case
#: ("3 avril 2019", "1er mai 2020"); English month names must be capitalised
#: unless a day and a year stand around them ("22 oct. 2011").
LOWER_CASE_MONTHS = frozenset(
    (
        "janvier",
        "février",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
        "decembre",
        "janv",
        "févr",
        "fevr",
        "fév",
        "fev",
        "avr",
        "juil",
        "sept",
        "oct",
        "nov",
        "déc",
    )
) | LOWER_CASE_MONTHS_MORE

#: Weekday names (English, French, German) and the English abbreviations; Monday is 0.
WEEKDAYS: dict[str, int] = {}
_WEEKDAY_NAMES = (
    ("monday", "lundi", "montag", "mon", "mo"),
    ("tuesday", "mardi", "dienstag", "tue", "tues", "di"),
    ("wednesday", "mercredi", "mittwoch", "wed", "mi"),
    ("thursday", "jeudi", "donnerstag", "thu", "thur", "thurs", "do"),
    ("friday", "vendredi", "freitag", "fri", "fr"),
    ("saturday", "samedi", "samstag", "sonnabend", "sat", "sa"),
    ("sunday", "dimanche", "sonntag", "sun", "so"),
)
for _number, _names in enumerate(_WEEKDAY_NAMES):
    for _name in (*_names, *WEEKDAY_NAMES_MORE[_number]):
        WEEKDAYS.setdefault(_name, _number)
#: The weekdays that may be written in lower case (French, and the languages of :mod:`._vocab_langs`).
FRENCH_WEEKDAYS = (
    frozenset(("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")) | LOWER_CASE_WEEKDAYS_MORE
)
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Seasons (northern hemisphere, meteorological): first and last month; winter runs into the next year.
SEASONS: dict[str, tuple[int, int]] = {}
for _name in ("spring", "frühjahr", "frühling", "printemps"):
    SEASONS[_name] = (3, 5)
for _name in ("summer", "sommer", "été"):
    SEASONS[_name] = (6, 8)
for _name in ("autumn", "fall", "herbst", "automne"):
    SEASONS[_name] = (9, 11)
for _name in ("winter", "hiver"):
    SEASONS[_name] = (12, 2)

#: Ordinal words for quarters and halves.
ORDINALS: dict[str, int] = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "erstes": 1,
    "ersten": 1,
    "zweites": 2,
    "zweiten": 2,
    "drittes": 3,
    "dritten": 3,
    "viertes": 4,
    "vierten": 4,
    "premier": 1,
    "deuxième": 2,
    "second semestre": 2,
    "troisième": 3,
    "quatrième": 4,
}

#: Modifiers of a year, season or month, normalised to "early", "mid" or "late".
MODIFIERS: dict[str, str] = {
    "early": "early",
    "beginning of": "early",
    "start of": "early",
    "the beginning of": "early",
    "the start of": "early",
    "anfang": "early",
    "début": "early",
    "debut": "early",
    "turn of": "early",
    "mid": "mid",
    "middle of": "mid",
    "the middle of": "mid",
    "mitte": "mid",
    "mi": "mid",
    "late": "late",
    "end of": "late",
    "the end of": "late",
    "ende": "late",
    "fin": "late",
}

#: Stated time zones as fixed offsets from UTC, in hours (summer-time names carry their own offset).
ZONES: dict[str, float] = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "WET": 0,
    "WEST": 1,
    "BST": 1,
    "CET": 1,
    "MEZ": 1,
    "CEST": 2,
    "MESZ": 2,
    "EET": 2,
    "EEST": 3,
    "MSK": 3,
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
}

#: Words that, right after a number, make it a count rather than a day ("March 29 Allies met").
COUNT_NOUNS = frozenset(
    (
        "allies",
        "nations",
        "countries",
        "members",
        "member",
        "states",
        "soldiers",
        "troops",
        "people",
        "percent",
        "per",
        "million",
        "billion",
        "thousand",
        "hundred",
        "personnel",
        "ships",
        "aircraft",
        "days",
        "years",
        "months",
        "weeks",
        "hours",
        "minutes",
        "km",
        "kilometres",
        "kilometers",
        "miles",
        "euros",
        "dollars",
        "partners",
        "participants",
        "nato",
        "of",
    )
)


def zone(name: str, sign: str | None, hours: str | None, minutes: str | None) -> dt.tzinfo | None:
    """The fixed-offset zone for *name* ("CET") plus an optional stated offset ("GMT+1"); ``None`` past ±24 h."""
    offset = ZONES.get(name, 0.0) * 60
    if hours:
        extra = int(hours) * 60 + (int(minutes) if minutes else 0)
        offset += -extra if sign in ("-", "−") else extra
    if abs(offset) >= 24 * 60:
        return None  # "GMT+99" is no zone
    label = name + (f"{sign}{hours}" + (f":{minutes}" if minutes else "") if hours else "")
    if label in UTC_NAMES:
        return tz.tzutc()  # "UTC", "Z": universal time itself
    # A stated zone is a fixed offset (the house table's, or the one written), named as written:
    # "CET" is +01:00 even in summer, since the text says CET; dateutil caches the instances.
    return tz.tzoffset(label or None, int(offset * 60))


#: The names of universal time itself (a :func:`dateutil.tz.tzutc`); "GMT" keeps its own name.
UTC_NAMES = frozenset({"UTC", "Z"})


# --------------------------------------------------------------------------- pattern fragments


def _trie(words: object) -> str:
    """A case-insensitive regex for *words* shaped as a trie, so that a failing try costs one test.

    A flat alternation of seventy month names tries every name at every position; the trie
    tries one character class per letter. Longer words are preferred ("Sept" before "Sep").
    """
    assert isinstance(words, (set, frozenset, list, tuple))
    tree: dict[str, object] = {}
    for word in words:
        node: dict[str, object] = tree
        for char in word.lower():
            node = node.setdefault(char, {})  # type: ignore[assignment]
        node[""] = {}

    def build(node: dict[str, object]) -> str:
        branches = [regex.escape(char) + build(child) for char, child in sorted(node.items()) if char]  # type: ignore[arg-type]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return f"(?i:{build(tree)})"


_FULL_MONTHS = {n for names in (*_MONTH_FULL.values(), *MONTH_FULL_MORE.values()) for n in names}
_ABBR_MONTHS = {n for names in (*_MONTH_ABBR.values(), *MONTH_ABBR_MORE.values()) for n in names} - _FULL_MONTHS
_FULL_WEEKDAYS = (
    {names[0] for names in _WEEKDAY_NAMES}
    | {names[1] for names in _WEEKDAY_NAMES}
    | {names[2] for names in _WEEKDAY_NAMES}
    | {"sonnabend"}
    | LOWER_CASE_WEEKDAYS_MORE
)
_ABBR_WEEKDAYS = {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}

# Horizontal white space (dates never run across a line break), dashes of every kind
# (hyphen, U+2010 hyphen, U+2011 non-breaking hyphen, figure dash, en dash, em dash, bar, minus).
H = "[ \t\u00a0\u2009\u202f]"  # the characters themselves: escapes cost time to compile
DASH = "[\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]"
H_CHARS = " \t\u00a0\u2009\u202f"  # the characters of H
DASH_CHARS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")  # the characters of DASH

SEASON = rf"{_trie(set(SEASONS))}(?!\w)"

# A four-digit year, 1800-2099.
YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"

#: Exactly the month, weekday and season words the grammar accepts, folded as the regex module's (?i)
#: folds them (it also matches "ſ" for "s" and "İ" for "i", where str.lower differs).
MONTH_WORDS = frozenset(MONTHS)
WEEKDAY_WORDS = frozenset(_FULL_WEEKDAYS | _ABBR_WEEKDAYS)
#: The weekday words that may take a dot ("Wed.", "Thurs."); full names never do.
ABBR_WEEKDAY_WORDS = frozenset(_ABBR_WEEKDAYS)
FULL_WEEKDAY_WORDS = frozenset(_FULL_WEEKDAYS)
FULL_MONTH_WORDS = frozenset(_FULL_MONTHS)
#: The weekdays BARE_WEEKDAY reads alone ("on Thursday"): full names in English, German and French.
BARE_WEEKDAY_WORDS = frozenset(names[i] for names in _WEEKDAY_NAMES for i in range(3))
SEASON_WORDS = frozenset(SEASONS)
_FOLD = str.maketrans({"ſ": "s", "İ": "i"})


def fold(word: str) -> str:
    """*word* as the grammar's case-insensitive match sees it (for a set lookup)."""
    return word.lower() if word.isascii() else word.translate(_FOLD).lower()


# A month word, read as any word and looked up in MONTH_WORDS by the reader (compiling the seventy
# spellings into every pattern cost milliseconds at import), with any dot: the reader keeps the dot
# after an abbreviation ("Sept.", ABBR_MONTH_WORDS) and after a full name only before a year
# ("01 May. 2005", YEAR_AHEAD); elsewhere the word ends before it ("im Mai." ends a sentence).
MONTH_TOKEN = r"\p{L}++(?!\w)\.?"
# What lets a full month name take a dot: a year after it ("01 May. 2005").
YEAR_AHEAD = regex.compile(rf"{H}+{YEAR}")
#: The month abbreviations, which take a dot anywhere ("Sept."); full names take one only before a year.
ABBR_MONTH_WORDS = frozenset(_ABBR_MONTHS)
# A day of the month, 1-31, with an optional leading zero ("07 Nov. 2017").
DAY = r"(?:0?[1-9]|[12]\d|3[01])(?!\d)"
# Ordinal suffixes: "7th", "1st", "1er" (French), and the German day dot "26. Mai".
# Italian, Spanish and Portuguese write the first of the month "1°", "1º", "1.º" ("1° luglio", "1º de mayo").
ORD = r"(?:(?i:st|nd|rd|th|er|re)(?!\w)|\.?[º°](?!\w)|\.(?=" + H + r"))?"
ORD_NO_DOT = r"(?:(?i:st|nd|rd|th)(?!\w))?"
# Between the two ends of a range or a pair of days: any dash, or "to", "and", "until", "till",
# "through", "thru", French "au", "et", German "bis", "und" (the word "cw" is looked up in CONN_WORDS by
# the reader; another word is no connector).
# Italian elides the article of its range words before a vowel: "dal 9 all'11 luglio", "dall'8 al 9".
CONN = rf"(?P<conn>{H}*{DASH}{H}*|{H}+(?P<cw>\p{{L}}++|&)(?:{H}+|(?<=(?i:all))['’]))"
CONN_WORDS = (
    frozenset(("to", "and", "until", "till", "through", "thru", "au", "et", "bis", "und", "&")) | CONN_WORDS_MORE
)
# The year after a day and month: "17 June 2020", "Nov. 7, 2017", "June 17 2020".
# Spanish and Portuguese put "de" (or "del") before the year: "4 de abril de 2024", "abril del 2024".
# A hard-wrapped paragraph may break the line after the comma ("on April 4,\n1949"): one line break there.
YEAR_AFTER = rf"(?:{H}*,{H}*(?:\n{H}*)?|{H}+(?:(?i:de|del){H}+)?)"
# A hard-wrapped paragraph may also break the line between a month and its day ("held on February\n25, 2022",
# "the election. November\n5th.", "the meeting of 25\nFebruary 2023"): one line break, after a line of
# prose wrapped at its width (40 characters or more before the break). A short line ("Agenda for June\n1.
# Opening"), a blank line, or a list label starting the next line ("1.", "2)") ends the date there.
WRAP_GAP = rf"(?:{H}++|{H}*+(?<=[^\n]{{40}})\r?+\n{H}*+(?!\d{{1,2}}[.)](?!\S)))"
#: The words between a day and its month: "the 31st of October", Spanish/Portuguese "4 de abril".
DAY_OF = r"(?i:of|de)"

# A zone name: up to four capitals, looked up in ZONES by the reader (a word that is not a zone ends the time
# before it, as the spelled-out names would have).
_ZONE_CORE = rf"(?P<tz>[A-Z]{{1,4}}+)(?!\w)(?:{H}*(?P<tzs>[+\-−]){H}*(?P<tzh>\d{{1,2}})(?::?(?P<tzm>\d\d))?(?!\d))?"
# A time of day after a date: "11:17", "05:41", "14h05", "11:17 CET", "10:00 a.m. (GMT+1)", "T10:00:00Z";
# or before it ("1:32 PM GMT+1, February 14, 2024"), where the reader finds no lead.
TIME = regex.compile(
    rf"""
    (?P<time>
      (?P<lead>T|{H}*,{H}*|{H}+(?:(?i:at|à|um|-){H}+)?)?
      (?P<hh>[01]?\d|2[0-3])(?::|h)(?P<mi>[0-5]\d)(?::(?P<ss>[0-5]\d))?(?!\d)
      (?:{H}*(?P<ap>[aApP])\.?[mM]\.?(?!\w))?
      (?:{H}*(?i:hrs|Uhr|h)(?!\w))?
      (?P<zs>)
      (?:
         {H}*(?P<zp>\({H}*)?{_ZONE_CORE}(?(zp){H}*\))
       | (?P<tzs>[+\-])(?P<tzh>\d\d):?(?P<tzm>\d\d)(?!\d)
      )?
    )
    """,
    regex.VERBOSE,
)
# What joins a time written first to its date: "1:32 PM GMT+1, February 14", "10:32 CET - 14 February".
TIME_JOIN = regex.compile(rf"{H}*[,|]{H}*|{H}*{DASH}{H}*|{H}+")

#: Labels that headers put before a date ("Updated 1:32 PM GMT+1, February 14, 2024", "Published 18 Sep 2023,
#: 07:00", "Mis à jour le: 03 avr. 2019 17:05"); parse_date reads the date after one (and a colon).
HEADER_LABELS = tuple(
    sorted(
        (
            "last updated",
            "last updated on",
            "updated",
            "updated on",
            "published",
            "published on",
            "posted",
            "posted on",
            "issued",
            "issued on",
            "released",
            "released on",
            "date",
            "dated",
            "first published",
            "mis à jour le",
            "mis à jour",
            "mise à jour",
            "mise à jour le",
            "dernière mise à jour",
            "dernière mise à jour le",
            "publié le",
            "publié",
            "date de publication",
            "stand",
            "aktualisiert",
            "aktualisiert am",
            "zuletzt aktualisiert",
            "zuletzt aktualisiert am",
            "veröffentlicht",
            "veröffentlicht am",
            "datum",
        ),
        key=len,
        reverse=True,
    )
)
#: What may trail a header date: "03 avr. 2019 - ", "10 Jan. 2023 |", "• 09 Jun. 2016 •".
TRAILING_MARKS = frozenset("-\u2013\u2014|\u2022\u00b7")

_VERBOSE = regex.VERBOSE
