"""Vocabulary and compiled patterns of the date grammar (private to :mod:`nato_press._dates`).

Every pattern is compiled once, here, at import time. The scanner never runs a
pattern over the whole text except :data:`DIGIT` (and :data:`URL` when the
text contains one): every other pattern is tried anchored at a candidate
position, so the cost grows linearly with the input.

Month, weekday, season, zone and connector words are read by the patterns as any
word and looked up in the word sets here by the reader in :mod:`nato_press._dates`;
the day forms are read piece by piece. Spelling the vocabulary into every pattern
made importing the package cost tens of milliseconds.
"""

from __future__ import annotations

import datetime as dt

import regex

# --------------------------------------------------------------------------- vocabulary

#: Month names and abbreviations (English, French, German), lower case, dots removed.
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
    for _name in (*_names, *_MONTH_ABBR[_number]):
        MONTHS[_name] = _number

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
)

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
    for _name in _names:
        WEEKDAYS[_name] = _number
FRENCH_WEEKDAYS = frozenset(("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"))
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
    if not label:
        return dt.timezone(dt.timedelta(minutes=offset))
    return dt.timezone(dt.timedelta(minutes=offset), label)


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


_FULL_MONTHS = {n for names in _MONTH_FULL.values() for n in names}
_ABBR_MONTHS = {n for names in _MONTH_ABBR.values() for n in names} - _FULL_MONTHS
_FULL_WEEKDAYS = (
    {names[0] for names in _WEEKDAY_NAMES}
    | {names[1] for names in _WEEKDAY_NAMES}
    | {names[2] for names in _WEEKDAY_NAMES}
    | {"sonnabend"}
)
_ABBR_WEEKDAYS = {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}

# Horizontal white space (dates never run across a line break), dashes of every kind
# (hyphen, U+2010 hyphen, U+2011 non-breaking hyphen, figure dash, en dash, em dash, bar, minus).
H = "[ \t\u00a0\u2009\u202f]"  # the characters themselves: escapes cost time to compile
DASH = "[\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]"

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
ORD = r"(?:(?i:st|nd|rd|th|er|re)(?!\w)|\.(?=" + H + r"))?"
ORD_NO_DOT = r"(?:(?i:st|nd|rd|th)(?!\w))?"
# Between the two ends of a range or a pair of days: any dash, or "to", "and", "until", "till",
# "through", "thru", French "au", "et", German "bis", "und" (the word "cw" is looked up in CONN_WORDS by
# the reader; another word is no connector).
CONN = rf"(?P<conn>{H}*{DASH}{H}*|{H}+(?P<cw>\p{{L}}++|&){H}+)"
CONN_WORDS = frozenset(("to", "and", "until", "till", "through", "thru", "au", "et", "bis", "und", "&"))
# The year after a day and month: "17 June 2020", "Nov. 7, 2017", "June 17 2020".
YEAR_AFTER = rf"(?:{H}*,{H}*|{H}+)"

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

# --------------------------------------------------------------------------- candidate finder

# Candidates are found without trying a pattern at every position:
# - every number that starts a token (DIGIT): dates with a number are found from it, and what
#   stands before the number ("the", a weekday, a month, "mid-", "Spring", "second quarter of",
#   "Q2/") is found by matching LEAD backwards from it;
# - the words that make a date without a number ("in June", "on Thursday", "today", "last week")
#   are found by set membership of the text's tokens (WORD_ENDINGS), then located with str.find.
DIGIT = regex.compile(r"(?<![\w])\d++")

_MODIFIER_WORDS = (
    r"(?i:early|mid|late|anfang|mitte|ende|début|debut|mi|fin"
    r"|(?:the" + H + r"+)?(?:end|beginning|start|middle|turn)" + H + r"+of)"
)

# A word whose meaning the forward pattern checks (a month, a season).
_WORD = r"\p{L}{2,12}+\.?"

# What may stand before a number in a date, matched backwards from the number (the "(?r)" flag):
# "the 31st", "Wednesday, 17 June", "Wednesday, June 17", "Sept. 4", "avril 2019", "mid-2020",
# "late July 2018", "Spring 2020", "second quarter of 2020", "Q2/2020", "H1 2020". The reader tries,
# in this order: "the" and modifiers (LEAD_FIRST); a weekday two words back, then one word back
# (LEAD_WEEKDAY_WORD, LEAD_WEEKDAY); a month (LEAD_MONTH); a season (LEAD_SEASON); ordinals and Q/H
# (LEAD_LAST).
# The weekday and month slots are any word, looked up in WEEKDAY_WORDS / MONTH_WORDS by the reader.
LEAD_FIRST = regex.compile(
    rf"""(?r)
    (?<![\w])
    (?:
        (?P<the>(?i:the){H}+)
      | (?P<mod>{_MODIFIER_WORDS}(?:{H}+|{DASH})(?:(?i:the){H}+(?i:year){H}+)?
                (?:{_WORD}(?:{H}+(?i:of))?(?:{H}*,{H}*|{H}+))?)
    )
    \G
    """,
    _VERBOSE,
)
_WEEKDAY_SEP = rf"(?:{H}*,{H}*|{H}+|{H}*\({H}*)"
LEAD_WEEKDAY_WORD = regex.compile(rf"(?r)(?<![\w])(?P<w>\p{{L}}++\.?){_WEEKDAY_SEP}{_WORD}{H}+\G")
LEAD_WEEKDAY = regex.compile(rf"(?r)(?<![\w])(?P<w>\p{{L}}++\.?){_WEEKDAY_SEP}\G")
LEAD_MONTH = regex.compile(rf"(?r)(?<![\w])(?:{_WORD}{CONN})?(?P<w>{MONTH_TOKEN})(?:{H}*,{H}*|{H}+(?:(?i:of){H}+)?)\G")
LEAD_SEASON = regex.compile(rf"(?r)(?<![\w])(?P<w>\p{{L}}++(?!\w))(?:{H}+(?i:of))?{H}+\G")
LEAD_LAST = regex.compile(
    rf"""(?r)
    (?<![\w])
    (?:
        (?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th){H}+(?i:quarter|half){H}+
                (?:(?i:of){H}+)?(?:(?i:the|fiscal){H}+(?i:year){H}+)?)
      | (?P<qh>[QH][1-4]{H}*(?:[/\-]|{H}){H}*'?)
    )
    \G
    """,
    _VERBOSE,
)

#: The last word before a number that may start a date with it (LEAD is tried only after these).
LEAD_WORDS = frozenset(
    {"the", "of", "year", "quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2"}
    | set(MONTHS)
    | set(WEEKDAYS)
    | set(SEASONS)
    | {"early", "mid", "late", "anfang", "mitte", "ende", "début", "debut", "mi", "fin"}
)
#: Characters right before a number that may join it to what precedes: "Q2/2020", "mid-2020", "(9 June".
LEAD_MARKS = frozenset("/-\u2010\u2011\u2013\u2014('’")

# What may stand before a month or weekday word: "mid-June", "late July", "last October", "next Thursday".
WORD_LEAD = regex.compile(
    rf"""(?r)
    (?<![\w])
    (?:
        (?P<mod>{_MODIFIER_WORDS}(?:{H}+|{DASH}))
      | (?P<rq>(?i:last|next|this|coming|past){H}+)
    )
    \G
    """,
    _VERBOSE,
)


def _word_endings() -> dict[str, tuple[str, str]]:
    """Token spellings without a prefix ("June", "June,", "today.") -> (word to find, kind)."""
    words: list[tuple[str, str]] = []
    for names in _MONTH_FULL.values():
        for name in names:
            words.append((name.capitalize(), "mon"))
            words.append((name.upper(), "mon"))
    for names in _WEEKDAY_NAMES:
        for name in names[:3]:
            words.append((name.capitalize(), "wd"))
            words.append((name.upper(), "wd"))
        words.append((names[1], "wd"))  # French weekdays are written in lower case
    for name in (
        "today",
        "tomorrow",
        "tonight",
        "yesterday",
        "heute",
        "gestern",
        "demain",
        "aujourd'hui",
        "aujourd’hui",
    ):
        words.append((name, "rel"))
        words.append((name.capitalize(), "rel"))
        words.append((name.upper(), "rel"))
    for name in ("week", "month", "year", "spring", "summer", "autumn", "fall", "winter"):
        words.append((name, "unit"))
    suffixes = ("", ",", ".", ";", ":", ")", ").", "),", "’s", "'s", "!", "?", "”", '"')
    return {word + suffix: (word, kind) for word, kind in words for suffix in suffixes}


#: A token (white space apart) that is one of WORD_ENDINGS, or one of them after one of
#: WORD_PREFIXES ("(Thursday", "mid-June"), names a word to find. The prefixed spellings are
#: looked for from the prefixes (str.find) rather than listed: listing them cost milliseconds.
WORD_ENDINGS = _word_endings()
WORD_ENDING_SET = frozenset(WORD_ENDINGS)
WORD_PREFIXES = ("(", "“", '"', "mid-", "Mid-", "mi-")
WORD_INITIALS = frozenset(spelling[0] for spelling in WORD_ENDINGS)

# URLs are skipped entirely: no dates out of "/2013/02/12/" or "official_texts_176136.htm".
URL = regex.compile(r"(?:https?://|www\.)[^\s<>\"“”]++")

# --------------------------------------------------------------------------- explicit day dates

# Guard before a number that starts a date: not inside a word, a decimal, a version, a phone
# number or a hyphenated code ("COVID-19 June" is not 19 June; "BELGIUM–(ENEWSPF)–12 February" is).
_NUM_GUARD = r"(?<![\w.,:/+#§]|[\w.][\-\u2010\u2011\u2212])"

# Day dates are read piece by piece (the reader in _dates tries the pieces in the order a single
# pattern would backtrack through them), so that a month or weekday slot is any word, looked up in
# MONTH_WORDS / WEEKDAY_WORDS: compiling the spelled-out names into every form cost milliseconds.
#
# Day-first dates: "17 June 2020", "07 Nov. 2017 11:17", "the 31st of October", "1er mai 2020",
# "26. Mai 2021", "17-18 June 2020", "17 to 18 June", "19 Sep. 2014 - 21 Sep. 2014",
# "Wednesday, 17 June and Thursday, 18 June 2020", "Thursday (9 June 2016)".
# Month-first dates: "Nov. 7, 2017", "November 7th, 2017", "Mar 14, 2018", "SEPT. 21", "Sept. 4-5",
# "September 4‑5, 2014", "June 30 - July 2, 2020", "Wednesday, June 17".
#
# Guard before a number that starts a date (a zero-width match): not inside a word, a decimal, a
# version, a phone number or a hyphenated code ("COVID-19 June" is not 19 June;
# "BELGIUM–(ENEWSPF)–12 February" is).
NUM_GUARD = regex.compile(_NUM_GUARD)
# The first part of a day-first date: a weekday ("Wednesday, ", "Thursday (") or "the", the day with its
# ordinal ("17", "31st", "1er", "26."), then its month ("June", "of October", "Nov.") and year if written.
# "the" is never read as the weekday word; "he" marks where the day ends (NUM_GUARD is checked by the
# reader before). The groups of the second part and of the time are there too, never taking part, so
# that a date of one part is this very match.
DAY_FIRST_PART = regex.compile(
    rf"""
    (?P<p1>
    (?:(?!(?i:the)(?!\w))(?P<wd1>\p{{L}}++\.?)(?:(?P<wp>{H}*\({H}*)|{H}*,{H}*|{H}+))?
    (?P<the>(?i:the){H}+(?={DAY}(?:(?i:st|nd|rd|th)|{H}+(?i:of){H})))?
    (?P<d1>{DAY}){ORD}(?P<he>)
    (?:(?:{H}+(?i:of))?{H}+(?P<m1>{MONTH_TOKEN})(?:{YEAR_AFTER}(?P<y1>{YEAR}))?)?
    )
    (?:(?P<conn>)(?P<cw>)(?P<p2>)(?P<wd2>)(?P<d2>)(?P<m2>)(?P<y2>)(?P<time>)(?!))?
    """,
    _VERBOSE,
)
# The second part of a day-first date, with what joins it: " and Thursday, 18 June 2020", "-18 June".
DAY_SECOND_PART = regex.compile(
    rf"""
    {CONN}
    (?:(?P<wd>\p{{L}}++\.?)(?:{H}*,{H}*|{H}+))?
    (?P<d>{DAY}){ORD}
    (?:{H}+(?i:of))?{H}+(?P<m>{MONTH_TOKEN})(?:{YEAR_AFTER}(?P<y>{YEAR}))?
    """,
    _VERBOSE,
)
# The year after a day and month: "17 June 2020", "Nov. 7, 2017", "June 17 2020".
DAY_YEAR = regex.compile(rf"{YEAR_AFTER}(?P<y>{YEAR})")
# Between the two ends of a range or a pair of days (see CONN).
CONNECTOR = regex.compile(CONN)
# A weekday before a month-first date: "Wednesday, June 17", "Thursday (June 9, 2016)".
WEEKDAY_HEAD = regex.compile(rf"(?P<wd>\p{{L}}++\.?)(?:(?P<wp>{H}*\({H}*)|{H}*,{H}*|{H}+)")
# A month and its day: "Nov. 7", "November 7th", "SEPT. 21".
MONTH_DAY = regex.compile(rf"(?P<m>{MONTH_TOKEN}){H}+(?P<d>{DAY}){ORD_NO_DOT}")
# A day alone, as the second part of a month-first range: "Sept. 4-5".
DAY_ONLY = regex.compile(rf"(?P<d>{DAY}){ORD_NO_DOT}")
# What may not follow a day date: a letter or digit, or a decimal part ("17 June 2020.5").
DAY_FIRST_END = regex.compile(r"(?![\w]|[.,:/]\d)")
MONTH_FIRST_END = regex.compile(r"(?![\w%]|[.,:/]\d)")
# The bracket that closes "Thursday (9 June 2016)".
CLOSE = regex.compile(rf"{H}*\)")

# Numeric dates: ISO "2020-06-18", dotted "18.06.2020", slashed "10/22/2021", dashed "22-10-2021",
# and "25-May-2017"; each may carry a time ("10/22/2021 05:41", "2020-06-18T10:00Z": TIME, read after it).
NUMERIC = regex.compile(
    rf"""
    {_NUM_GUARD}
    (?:
        (?P<iy>{YEAR})-(?P<im>0?[1-9]|1[0-2])-(?P<id>0?[1-9]|[12]\d|3[01])(?!\d)
      | (?P<a>\d{{1,2}})(?P<sep>[./\-])(?P<b>\d{{1,2}})(?P=sep)(?P<ny>{YEAR})
      | (?P<d1>{DAY})(?P<sep>[\-/])(?P<m1>\p{{L}}{{3,9}}\.?)(?P=sep)(?P<y1>{YEAR})
    )
    (?!(?!T\d)\w|[./\-]\d)
    """,
    _VERBOSE,
)

# --------------------------------------------------------------------------- months, seasons, quarters, years

# A month with its year: "June 2020", "December 2016", "Juni 2021", "June-July 2020", "June of 2020".
MONTH_YEAR = regex.compile(
    rf"""
    (?P<m1>{MONTH_TOKEN})
    (?:{CONN}(?P<m2>{MONTH_TOKEN}))?
    (?:{H}*,{H}*|{H}+(?:(?i:of){H}+)?)
    (?P<y1>{YEAR})
    (?![\w]|[.,/\-]\d)
    """,
    _VERBOSE,
)

# A month without a year, where it reads as a time: "in June", "since March", "the June meeting";
# the year comes from context. The reader asks for a word of CONTEXT_WORDS before it (WORD_BEFORE),
# or "the" before a capitalised word and a lower-case one (not "the May", "the March": verbs and names).
WORD_BEFORE = regex.compile(rf"(?<=(?<![\w])(?P<w>\p{{L}}++){H}+)")
THE_MONTH_AHEAD = regex.compile(rf"\p{{Lu}}\p{{L}}++\.?{H}+\p{{Ll}}")
BARE_MONTH = regex.compile(rf"(?P<m1>{MONTH_TOKEN})")
# What may not follow a month read alone: a word character, "'s", a number or a bracket ("in June 2020").
BARE_MONTH_END = regex.compile(rf"(?!\w|['’]s|{H}*[\d(])")

# Modified periods: "mid-2020", "early 2021", "late 2019", "the end of 2014", "mid-June",
# "late July 2018", "early spring 2020", "Anfang 2021", "fin 2019". (A month's dot: see MONTH_TOKEN.)
MODIFIED_END = regex.compile(r"(?![\w]|[.,/\-]\d)")
MODIFIED = regex.compile(
    rf"""
    (?P<mod>(?i:early|mid|late|anfang|mitte|ende|début|debut|mi|fin)(?!\w)
          | (?i:(?:the{H}+)?(?:end|beginning|start|middle|turn){H}+of))
    (?:{H}+|{DASH})
    (?:(?i:the{H}+year){H}+)?
    (?:
        (?P<s>{SEASON})(?:{H}+(?:(?i:of){H}+)?(?P<y1>{YEAR}))?
      | (?P<m1>{MONTH_TOKEN})(?:{YEAR_AFTER}(?P<y1>{YEAR}))?
      | (?P<y1>{YEAR})
    )
    (?![\w]|[.,/\-]\d)
    """,
    _VERBOSE,
)

# Seasons with a year: "Spring 2020", "summer of 2019", "winter 2019/2020", "Frühjahr 2021" (the word is
# looked up in SEASON_WORDS by the reader).
SEASON_YEAR = regex.compile(
    rf"""
    (?P<s>\p{{L}}++(?!\w))(?:{H}+(?i:of))?{H}+(?P<y1>{YEAR})(?:/(?P<y2>{YEAR}|\d\d(?!\d)))?
    (?![\w]|[.,/\-]\d)
    """,
    _VERBOSE,
)

# Quarters and halves: "Q2/2020", "Q2 2020", "Q2-21", "H1 2020", "second quarter of 2020",
# "the first half of 2011", "2020 Q2", "2. Quartal 2020". The reader tries PERIOD_QH, then PERIOD_ORD
# (its ordinal and unit are any word, looked up in PERIOD_ORDINALS and PERIOD_UNITS), then PERIOD_YQ.
_PERIOD_END = r"(?![\w]|[.,/\-]\d)"
PERIOD_QH = regex.compile(
    rf"""
    (?:
        Q(?P<q>[1-4]){H}*(?:[/\-]|{H}){H}*(?:(?P<y1>{YEAR})|'?(?P<yy>\d\d)(?!\d))
      | H(?P<h>[12]){H}*(?:[/\-]|{H}){H}*(?P<y1>{YEAR})
    )
    {_PERIOD_END}
    """,
    _VERBOSE,
)
PERIOD_ORD = regex.compile(
    rf"""
    (?P<ord>[1-4]?\p{{L}}++){H}+(?P<unit>\p{{L}}++)
    {H}+(?:(?i:of){H}+)?(?:(?i:the|fiscal){H}+(?i:year){H}+)?(?P<y1>{YEAR})
    {_PERIOD_END}
    """,
    _VERBOSE,
)
PERIOD_ORDINALS = frozenset(("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"))
PERIOD_UNITS = frozenset(("quarter", "half"))
PERIOD_YQ = regex.compile(
    rf"""
    (?:
        (?P<y1>{YEAR}){H}*[/\-]?{H}*Q(?P<q>[1-4])
      | (?P<q>[1-4])\.{H}*(?i:Quartal){H}+(?P<y1>{YEAR})
    )
    {_PERIOD_END}
    """,
    _VERBOSE,
)

# Years: ranges "2013-18", "2016-2017", "2019/20", "2014 to 2020"; a lone year only where it reads as
# one: after "in", "since", "by"... ("in 2020"), in brackets "(2015)", before an event ("2018 NATO Summit"),
# or after another year ("in 2016 and 2017"). Never after "Resolution"/"UNSCR" or before a count noun.
# YEARS reads the year and a range after it; for a lone year (no "rc" group) the reader checks what
# stands around it with the small patterns and word sets below.
YEARS = regex.compile(
    rf"""
    (?P<y1>{YEAR})
    (?:
        (?P<rc>{H}*{DASH}{H}*|/|{H}+(?i:to|until|till|through|and|bis){H}+)
        (?:(?P<y2>{YEAR})|(?P<yy>\d\d)(?!\d))
    )?
    (?![\w%]|[.,/\-:]\d)
    """,
    _VERBOSE,
)
#: Words after which a lone year or month reads as a time ("in 2020", "since March", "jusqu'en 2020").
CONTEXT_WORDS = frozenset(
    [
        "in",
        "since",
        "by",
        "until",
        "till",
        "from",
        "during",
        "before",
        "after",
        "through",
        "throughout",
        "of",
        "between",
        "around",
        "circa",
        "im",
        "seit",
        "bis",
        "ab",
        "vor",
        "nach",
        "zwischen",
        "en",
        "depuis",
        "avant",
        "après",
        "dès",
    ]
)
# The word before a year, and "the year" between them: "in 2020", "in the year 2020".
WORD_BEFORE_YEAR = regex.compile(rf"(?<=(?<![\w])(?P<w>\p{{L}}++){H}+(?:(?i:the){H}+(?i:year){H}+)?)")
# A year in brackets: "(2015)".
OPEN_BEFORE = regex.compile(rf"(?<=\({H}*)")
CLOSE_AFTER = regex.compile(rf"{H}*\)")
# Another year just before, joined by a comma or a conjunction: "in 2016 and 2017", "2014, 2015".
YEAR_BEFORE = regex.compile(rf"(?<=(?:1[89]|20)\d\d{H}*(?:,|(?i:and|or|&)){H}*)")
# Nouns that make a preceding year read as a year, after up to three capitalised words:
# "the 2018 NATO Summit", "2018 Brussels summit", "the 2010 Strategic Concept".
EVENT_NOUNS = frozenset(
    [
        "summit",
        "conference",
        "ministerial",
        "meeting",
        "meetings",
        "budget",
        "budgets",
        "election",
        "elections",
        "report",
        "declaration",
        "communique",
        "communiqué",
        "exercise",
        "campaign",
        "review",
        "session",
        "agenda",
        "guidelines",
        "pledge",
        "games",
        "olympics",
        "forum",
        "gipfel",
        "sommet",
    ]
)
EVENT_PAIRS = frozenset((("strategic", "concept"), ("defence", "expenditure"), ("defense", "expenditure")))
H_RUN = regex.compile(rf"{H}+")
NOUN_AHEAD = regex.compile(rf"(?P<a>\p{{L}}++)(?:{H}+(?P<b>\p{{L}}++))?")
CAPITALISED_WORD = regex.compile(rf"[\p{{Lu}}][\w'’\-]*{H}+")
# Words before a number that make it a reference, not a year: "Resolution 2240", "No. 2020", "§ 2020".
REFERENCE_BEFORE = regex.compile(rf"(?<=(?<![\w])(?P<w>\p{{L}}++\.?|[§\#]){H}*)")
REFERENCE_WORDS = frozenset(
    [
        "resolution",
        "resolutions",
        "unscr",
        "res.",
        "no.",
        "nr.",
        "number",
        "article",
        "art.",
        "paragraph",
        "para.",
        "chapter",
        "section",
        "item",
        "rule",
        "code",
        "annex",
        "page",
        "p.",
        "§",
        "#",
    ]
)
# Words after a number that make it a count: "2000 troops", "2020 per cent", "1900 km".
COUNT_AFTER = regex.compile(rf"{H}*(?:(?P<pct>%)|(?P<w>\p{{L}}++)(?:{H}*(?P<w2>\p{{L}}++))?)")
COUNT_WORDS = frozenset(
    ["percent", "troops", "soldiers", "people", "personnel", "euro", "euros", "dollar", "dollars", "km"]
)
WORD_CHAR = regex.compile(r"\w")

# A lone year, for parse_date only (a whole string that is just "2020").
LONE_YEAR = regex.compile(rf"(?P<y1>{YEAR})")

# --------------------------------------------------------------------------- relative words

# Relative words, resolved against the reference date only: "today", "tomorrow", "yesterday",
# "last week", "next month", "this year", "last October", "next Thursday", "last spring".
RELATIVE = regex.compile(
    rf"""
    (?:
        (?P<w>(?i:today|tonight|tomorrow|yesterday|heute|gestern|aujourd['’]hui|demain))(?!\w)
      | (?P<q>(?i:last|next|this|coming|past)){H}+
        (?:(?P<u>(?i:week|month|year))(?!\w)|(?P<x>\p{{L}}++(?!\w)))
    )
    """,
    _VERBOSE,
)

# A weekday alone, relative: "on Thursday", "urged Russia Wednesday"; not "Good Friday", "Black Friday".
BARE_WEEKDAY = regex.compile(
    rf"""
    (?<!(?i:good|black|ash|holy|maundy|cyber|super|bloody|easter|great){H}+)
    (?P<wd1>\p{{L}}++)
    (?!\w|{H}+(?i:Agreement|Accord))
    """,
    _VERBOSE,
)

# --------------------------------------------------------------------------- years from context

# What stands between two dates coordinated in one expression, so that they share a year:
# "17 June, 18 June and 19 June 2020", "3 or 4 March 2021", "17 June - 18 June 2020". The reader
# checks the gap in Python: a comma (and a conjunction after it), a dash, or a connector word alone.
H_CHARS = " \t\u00a0\u2009\u202f"  # the characters of H
DASH_CHARS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")  # the characters of DASH
COMMA_CONJUNCTIONS = frozenset(("and", "or", "et", "ou", "und", "oder", "&"))
CONNECTOR_WORDS = COMMA_CONJUNCTIONS | {"to", "until", "till", "through", "au", "bis"}

# A year named relative to the publication right after a day: "24 February last year",
# "on 3 March this year", "le 24 février de l'année dernière", "am 24. Februar letzten Jahres".
# Up to three words are read here; YEAR_PHRASES says which sequences name a year.
_YEAR_WORD = r"(?:[lL]['’])?\p{L}++"  # a word, with the French article elided: "l'année"
YEAR_WORDS = regex.compile(rf"{H}*,?{H}+(?P<w1>{_YEAR_WORD})(?:{H}+(?P<w2>{_YEAR_WORD}))?(?:{H}+(?P<w3>{_YEAR_WORD}))?")
_THIS_YEAR: tuple[tuple[str, str], ...] = (("this", "year"), ("cette", "année"), ("dieses", "jahres"))
_LAST_YEAR: tuple[tuple[str, str], ...] = (
    ("last", "year"),
    ("l'an", "dernier"),
    ("l'année", "dernière"),
    ("l'an", "passé"),
    ("l'année", "passée"),
)
_LAST_YEAR += (("letzten", "jahres"), ("vergangenen", "jahres"), ("vorigen", "jahres"))
_NEXT_YEAR: tuple[tuple[str, str], ...] = (("next", "year"), ("l'an", "prochain"), ("l'année", "prochaine"))
_NEXT_YEAR += (("nächsten", "jahres"), ("kommenden", "jahres"))
#: Word sequences (folded, apostrophes straight) naming a year relative to the reference: -1, 0 or +1.
YEAR_PHRASES: dict[tuple[str, ...], int] = {}
for _shift, _phrases in ((-1, _LAST_YEAR), (0, _THIS_YEAR), (1, _NEXT_YEAR)):
    for _phrase in _phrases:
        YEAR_PHRASES[_phrase] = _shift
        YEAR_PHRASES[("de" if _phrase[0] in ("cette", "l'an", "l'année") else "of", *_phrase)] = _shift

# --------------------------------------------------------------------------- context

# Sentence ends, searched backwards from a mention to find its sentence.
SENTENCE_END = regex.compile(r"(?r)[.!?][\"'”’)]*+[ \t]++(?=[\"'“‘(]?+[\p{Lu}\d])|\n")

# Numeric dates anywhere in the text, to learn the document's convention (day or month first).
NUMERIC_ANY = regex.compile(rf"{_NUM_GUARD}(\d{{1,2}})([/\-])(\d{{1,2}})\2{YEAR}")
# A US aggregator header: "Distributed by Public on 10/22/2021 05:41" writes month/day/year.
US_HEADER = regex.compile(r"(?i)Distributed by Public on|\bPress release\s*\|")
SENTENCE_END_FORWARD = regex.compile(r"[.!?][\"'”’)]*+[ \t]++(?=[\"'“‘(]?+[\p{Lu}\d])|\n")

# A month alone, for parse_date only ("June" with a reference date).
LONE_MONTH = regex.compile(r"(?P<m1>\p{L}{3,10}+\.?)\Z")
