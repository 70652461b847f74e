"""Patterns of the scan driver and of year inference (private to :mod:`nato_press._dates`).

The candidate finder (numbers, what may lead a date before its number, the words that make a
date without one, URLs to skip), read by :mod:`._candidates`; the gap words of coordinated dates,
the "last year" phrases, sentence ends and the document's numeric convention, read by
:mod:`._inference` and by the context of :mod:`._raw`.
"""

from __future__ import annotations

import regex

from ._form_patterns import _NUM_GUARD
from ._vocab import _MONTH_FULL, _VERBOSE, _WEEKDAY_NAMES, CONN, DASH, MONTH_TOKEN, MONTHS, SEASONS, WEEKDAYS, YEAR, H

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
# "avril 2019", "June of 2020", Spanish/Portuguese "abril de 2024", "abril del 2024".
LEAD_MONTH = regex.compile(
    rf"(?r)(?<![\w])(?:{_WORD}{CONN})?(?P<w>{MONTH_TOKEN})(?:{H}*,{H}*|{H}+(?:(?i:of|de|del){H}+)?)\G"
)
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
    {"the", "of", "de", "del", "year", "quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2"}
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
      | (?P<rn>(?:(?i:in){H}+)?(?:\d{{1,2}}|\p{{L}}{{1,6}}){H}+)
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
    for name in ("week", "month", "year", "spring", "summer", "autumn", "fall", "winter", "day", "days", "weeks"):
        words.append((name, "unit"))
    for name in ("months", "years", "days'", "days’", "weeks'", "weeks’", "months'", "months’", "years'", "years’"):
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

# --------------------------------------------------------------------------- years from context

# What stands between two dates coordinated in one expression, so that they share a year:
# "17 June, 18 June and 19 June 2020", "3 or 4 March 2021", "17 June - 18 June 2020". The reader
# checks the gap in Python: a comma (and a conjunction after it), a dash, or a connector word alone.
# Italian, Spanish, Portuguese, Dutch and Swedish "e", "y", "o", "en", "och", "eller"; "al"/"a"/"tot" end a range.
COMMA_CONJUNCTIONS = frozenset(
    ("and", "or", "et", "ou", "und", "oder", "&", "e", "ed", "y", "o", "en", "och", "eller")
)
CONNECTOR_WORDS = COMMA_CONJUNCTIONS | {"to", "until", "till", "through", "au", "bis", "al", "a", "tot"}

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

# The word right before a day or month written without its year that says which side of the
# reference date it lies on (one line break allowed between them: "Since\nOctober 7").
# "since October 7" counts from a day already past: never later than the reference date
# (English, French, German, Swedish, Dutch, Spanish/Portuguese). "the upcoming 5 May" is one to
# come: never before it.
PAST_LEADS = frozenset({"since", "depuis", "seit", "sedan", "sinds", "desde"})
FUTURE_LEADS = frozenset({"upcoming", "forthcoming", "next"})
# An article between that word and the day: "depuis le 7 octobre", "seit dem 7. Oktober", "desde el 7".
LEAD_ARTICLES = frozenset({"the", "le", "dem", "den", "el", "o"})
