"""Compiled patterns of the date forms (private to :mod:`nato_press._dates`).

The day dates, read piece by piece (day first, month first), the numeric dates, the months,
seasons, quarters, halves and years, and the relative words, each tried anchored at a
candidate position by its reader (:mod:`._day_first`, :mod:`._month_first`, :mod:`._numeric`,
:mod:`._periods`, :mod:`._years`, :mod:`._relative`). The shared fragments (``H``, ``DASH``,
``YEAR``, ``MONTH_TOKEN``, ``DAY``, ``CONN``...) come from :mod:`._vocab`; the word sets a few
patterns leave to the reader (``PERIOD_ORDINALS``, ``CONTEXT_WORDS``, ``EVENT_NOUNS``...) stand
beside them here.
"""

from __future__ import annotations

import regex

from ._vocab import (
    _VERBOSE,
    CONN,
    DASH,
    DAY,
    DAY_OF,
    MONTH_TOKEN,
    ORD,
    ORD_NO_DOT,
    SEASON,
    WRAP_GAP,
    YEAR,
    YEAR_AFTER,
    H,
)

# --------------------------------------------------------------------------- explicit day dates

# Guard before a number that starts a date: not inside a word, a decimal, a version, a phone
# number or a hyphenated code ("COVID-19 June" is not 19 June; "BELGIUM–(ENEWSPF)–12 February" is).
_NUM_GUARD = r"(?<![\w.,:/+#§]|[\w.][\-\u2010\u2011\u2212])"

# Day dates are read piece by piece (the readers in _day_first and _month_first try the pieces in
# the order a single pattern would backtrack through them), so that a month or weekday slot is any
# word, looked up in MONTH_WORDS / WEEKDAY_WORDS: compiling the spelled-out names into every form
# cost milliseconds.
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
    (?:(?:{H}+{DAY_OF})?{WRAP_GAP}(?P<m1>{MONTH_TOKEN})(?:{YEAR_AFTER}(?P<y1>{YEAR}))?)?
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
    (?:{H}+{DAY_OF})?{H}+(?P<m>{MONTH_TOKEN})(?:{YEAR_AFTER}(?P<y>{YEAR}))?
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
MONTH_DAY = regex.compile(rf"(?P<m>{MONTH_TOKEN}){WRAP_GAP}(?P<d>{DAY}){ORD_NO_DOT}")
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
    (?:{H}*,{H}*|{H}+(?:(?i:of|de|del){H}+)?)
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

# A count of days, weeks, months or years before or after the reference date: "two weeks ago",
# "a year ago", "3 days ago", "in three days", "in two weeks' time". "in N units" only where the
# phrase ends there (a mark or the line's end after it): "in three days of talks" is a duration.
COUNTED = regex.compile(
    rf"""
    (?:(?P<in>(?i:in)){H}+)?
    (?P<n>\d{{1,2}}(?!\d)|\p{{L}}{{1,6}}+)
    {H}+(?P<u>(?i:day|week|month|year))(?i:s)?+(?!\w)
    (?(in)(?:['’]?+{H}*+(?i:time)(?!\w))?+(?![ \t\u00a0]*+\w)|{H}+(?i:ago)(?!\w))
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

# A month alone, for parse_date only ("June" with a reference date).
LONE_MONTH = regex.compile(r"(?P<m1>\p{L}{3,10}+\.?)\Z")
