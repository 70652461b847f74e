"""Property tests of the date grammar: rendered dates are read back exactly, non-dates are not read.

Every test generates text whose truth is known: a date value rendered in one of the supported
forms, embedded in prose; or a number that is not a date, embedded the same way.
"""

from __future__ import annotations

import calendar
import datetime as dt
import time
from collections.abc import Callable

from hypothesis import example, given, settings
from hypothesis import strategies as st

from nato_press import DateMention, DateParseError, Span, find_dates, parse_date
from nato_press._dates import scan_dates
from nato_press._dates._vocab import HEADER_LABELS, TRAILING_MARKS

MONTHS = [calendar.month_name[m] for m in range(1, 13)]
ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
ABBR_NO_DOT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FRENCH = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
GERMAN = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
WEEKDAYS = list(calendar.day_name)
DASHES = ["-", "\u2011", "\u2013", "\u2014", " - ", " \u2013 ", " to ", " until ", " through "]

# Words of the genre that are never part of a date.
PROSE = [
    "NATO",
    "Allies",
    "agreed",
    "Council",
    "Ministers",
    "met",
    "Brussels",
    "discussed",
    "security",
    "defence",
    "statement",
    "said",
    "Alliance",
    "partners",
    "meeting",
    "press",
    "conference",
    "cooperation",
    "Secretary",
    "General",
    "will",
    "continue",
    "support",
    "Ukraine",
    "deterrence",
]
BEFORE = [" ", " (", " “", "\n", ": "]
AFTER = ["", ".", ",", ";", ":", ")", "”", "\n", " and NATO", ". The"]

dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31))
prose = st.lists(st.sampled_from(PROSE), min_size=0, max_size=8).map(" ".join)

Rendered = tuple[str, dt.date, dt.date, str]  # text, start, end, precision


def ordinal(day: int) -> str:
    return str(day) + ("th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th"))


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


# Renderers of one day: each takes a date and returns the text.
DAY_FORMS: dict[str, Callable[[dt.date], str]] = {
    "d Month yyyy": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    "dd Mon. yyyy": lambda d: f"{d.day:02d} {ABBR[d.month - 1]} {d.year}",
    "Mon. d, yyyy": lambda d: f"{ABBR[d.month - 1]} {d.day}, {d.year}",
    "Mon d yyyy": lambda d: f"{ABBR_NO_DOT[d.month - 1]} {d.day} {d.year}",
    "MONTH d, yyyy": lambda d: f"{MONTHS[d.month - 1].upper()} {d.day}, {d.year}",
    "Month dth, yyyy": lambda d: f"{MONTHS[d.month - 1]} {ordinal(d.day)}, {d.year}",
    "dth Month yyyy": lambda d: f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}",
    "the dth of Month yyyy": lambda d: f"the {ordinal(d.day)} of {MONTHS[d.month - 1]} {d.year}",
    "Weekday, d Month yyyy": lambda d: f"{WEEKDAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}",
    "Weekday d Month yyyy": lambda d: f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}",
    "Weekday, Month d, yyyy": lambda d: f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}",
    "yyyy-mm-dd": lambda d: d.isoformat(),
    "dd.mm.yyyy": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "d. Monat yyyy": lambda d: f"{d.day}. {GERMAN[d.month - 1]} {d.year}",
    "d mois yyyy": lambda d: f"{'1er' if d.day == 1 else d.day} {FRENCH[d.month - 1]} {d.year}",
    "dd-Mon-yyyy": lambda d: f"{d.day:02d}-{ABBR_NO_DOT[d.month - 1]}-{d.year}",
}


@st.composite
def rendered_dates(draw: st.DrawFn) -> Rendered:
    """One date in one of the supported forms, with its value."""
    kind = draw(st.sampled_from(["day", "us", "range", "month", "season", "quarter", "half", "year"]))
    d = draw(dates)
    if kind == "day":
        form = draw(st.sampled_from(sorted(DAY_FORMS)))
        return DAY_FORMS[form](d), d, d, "day"
    if kind == "us":  # month/day/year, unambiguous: the day is past 12 (or equals the month)
        d = d.replace(day=draw(st.integers(13, calendar.monthrange(d.year, d.month)[1])))
        return f"{d.month:02d}/{d.day:02d}/{d.year}", d, d, "day"
    if kind == "range":
        length = draw(st.integers(1, 40))
        end = d + dt.timedelta(days=length)
        dash = draw(st.sampled_from(DASHES))
        if end.month == d.month and end.year == d.year:
            style = draw(st.sampled_from(["dd-dd Month", "Month dd-dd,"]))
            if style == "dd-dd Month":
                return f"{d.day}{dash}{end.day} {MONTHS[d.month - 1]} {d.year}", d, end, "day"
            return f"{MONTHS[d.month - 1]} {d.day}{dash}{end.day}, {d.year}", d, end, "day"
        return (
            f"{d.day} {ABBR[d.month - 1]} {d.year}{dash}{end.day} {ABBR[end.month - 1]} {end.year}",
            d,
            end,
            "day",
        )
    if kind == "month":
        name = draw(st.sampled_from([MONTHS, GERMAN, ABBR]))[d.month - 1]
        return f"{name} {d.year}", d.replace(day=1), month_end(d.year, d.month), "month"
    if kind == "season":
        name, first = draw(st.sampled_from([("Spring", 3), ("summer", 6), ("autumn", 9)]))
        return f"{name} {d.year}", dt.date(d.year, first, 1), month_end(d.year, first + 2), "season"
    if kind == "quarter":
        q = draw(st.integers(1, 4))
        words = ["first", "second", "third", "fourth"]
        text = draw(st.sampled_from([f"Q{q}/{d.year}", f"Q{q} {d.year}", f"{words[q - 1]} quarter of {d.year}"]))
        return text, dt.date(d.year, 3 * q - 2, 1), month_end(d.year, 3 * q), "quarter"
    if kind == "half":
        h = draw(st.integers(1, 2))
        text = draw(st.sampled_from([f"H{h} {d.year}", f"{['first', 'second'][h - 1]} half of {d.year}"]))
        return text, dt.date(d.year, 6 * h - 5, 1), month_end(d.year, 6 * h), "half"
    return f"{d.year}", dt.date(d.year, 1, 1), dt.date(d.year, 12, 31), "year"


@settings(max_examples=400)
@given(rendered_dates(), prose, st.sampled_from(BEFORE), st.sampled_from(AFTER), prose)
def test_a_rendered_date_in_prose_is_read_exactly(
    rendered: Rendered, before: str, opening: str, closing: str, after: str
) -> None:
    written, start, end, precision = rendered
    if precision == "year":
        opening = " in "  # a year alone reads as a year only where the text says so
    text = f"{before}{opening}{written}{closing} {after}"
    dates, relative, defects = scan_dates(text)
    assert relative == []
    assert defects == []
    assert len(dates) == 1, (text, dates)
    (mention,) = dates
    assert mention.text == written
    assert text[mention.span.start : mention.span.end] == written
    assert mention.span.start == len(before) + len(opening)
    assert (mention.start, mention.end, mention.precision) == (start, end, precision)
    assert not mention.year_inferred


@settings(max_examples=300)
@given(rendered_dates())
def test_parse_date_round_trips(rendered: Rendered) -> None:
    written, start, end, precision = rendered
    expected = DateMention(
        text=written,
        span=Span(start=0, end=len(written)),
        start=start,
        end=end,
        precision=precision,  # type: ignore[arg-type]
    )
    assert parse_date(written) == expected


@settings(max_examples=200)
@given(dates, st.sampled_from(sorted(DAY_FORMS)), st.integers(0, 23), st.integers(0, 59))
def test_parse_date_reads_the_time_of_day(day: dt.date, form: str, hour: int, minute: int) -> None:
    written = f"{DAY_FORMS[form](day)} {hour:02d}:{minute:02d}"
    mention = parse_date(written)
    assert (mention.start, mention.time) == (day, dt.time(hour, minute))


@settings(max_examples=200)
@given(dates, st.integers(-180, 180), st.sampled_from(["d Month", "Month d"]))
def test_year_is_inferred_nearest_to_the_reference(reference: dt.date, shift: int, style: str) -> None:
    day = reference + dt.timedelta(days=shift)
    if (day.month, day.day) == (2, 29):
        day -= dt.timedelta(days=1)
    written = f"{day.day} {MONTHS[day.month - 1]}" if style == "d Month" else f"{MONTHS[day.month - 1]} {day.day}"
    (mention,) = find_dates(f"Ministers will meet on {written}.", reference_date=reference)
    assert (mention.text, mention.start, mention.year_inferred) == (written, day, True)


# Numbers that are not dates, as the genre writes them.
NON_DATES: list[Callable[[int, int], str]] = [
    lambda a, b: f"COVID-{a % 100}",
    lambda a, b: f"{a % 100}%",
    lambda a, b: f"{a % 100} action items",
    lambda a, b: f"{a % 31 + 1} nations",
    lambda a, b: f"{a % 9 + 1} billion euros",
    lambda a, b: f"[{a % 31 + 1}]",
    lambda a, b: f"{a % 31 + 1}/{b % 12 + 1}",
    lambda a, b: f"{a % 24}:{b % 60:02d}",
    lambda a, b: f"Resolution {1990 + a % 40}",
    lambda a, b: f"UNSCR {1000 + a % 1500}",
    lambda a, b: f"+32 2 {a % 900 + 100} {b % 90 + 10} {a % 90 + 10}",
    lambda a, b: f"v{a % 9}.{b % 9}.{a % 7}",
    lambda a, b: f"MILEX{a % 100:02d}",
    lambda a, b: f"F-{a % 99 + 1}",
    lambda a, b: f"Article {a % 14 + 1}",
    lambda a, b: f"up to {a % 300 + 1} days",
    lambda a, b: f"{a % 120 + 1} minutes",
    lambda a, b: f"the {a % 29 + 1} NATO Allies",
    lambda a, b: f"the {ordinal(a % 30 + 2)} Joint Declaration",
    lambda a, b: f"the {ordinal(a % 21 + 1)} century",
    lambda a, b: f"https://www.nato.int/{1990 + a % 40}/{b % 12 + 1:02d}/{a % 28 + 1:02d}/news_{a}.htm",
]


@settings(max_examples=300)
@given(st.sampled_from(NON_DATES), st.integers(0, 10_000), st.integers(0, 10_000), prose, prose)
def test_non_dates_in_prose_are_not_read(
    render: Callable[[int, int], str], a: int, b: int, before: str, after: str
) -> None:
    text = f"{before} {render(a, b)} {after}."
    dates, relative, _ = scan_dates(text, reference_date=dt.date(2020, 6, 1))
    assert dates == [], (text, dates)
    assert relative == []


def check_spans(text: str, found: list[DateMention]) -> None:
    for mention in found:
        assert text[mention.span.start : mention.span.end] == mention.text
        assert mention.start <= mention.end


FRAGMENTS = [
    "17 June 2020",
    "Sept. 4-5",
    "Q2/2020",
    "10/22/2021",
    "05/06/2021",
    "tomorrow",
    "Thursday",
    "the 31st of",
    "mid-",
    "2013-18",
    "(",
    ")",
    " - ",
    "\u2011",
    "–",
    " and ",
    " to ",
    ", ",
    ". ",
    "\n",
    "\r\n",
    "Last updated: ",
    "in ",
    "June",
    "May",
    "2020",
    "1",
    "31",
    ":",
    "11:17",
    " CET",
    "https://x.org/2013/02/12/",
    "Wednesday, ",
    "spring",
    "quarter of ",
    "first half of ",
    "\U0001f600",
    "\x00",
    "\u2028",
]


@settings(max_examples=300)
@given(
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=30).map("".join), st.none() | dates
)
@example("", None)
@example("1" * 5000, None)
@example("June " * 500, dt.date(2020, 1, 1))
def test_scan_never_raises_and_spans_slice_exactly(text: str, reference: dt.date | None) -> None:
    dates_found, relative, defects = scan_dates(text, reference_date=reference)
    check_spans(text, dates_found)
    check_spans(text, relative)
    for defect in defects:
        assert defect.span is None or 0 <= defect.span.start <= defect.span.end <= len(text)
    assert [m.span.start for m in dates_found] == sorted(m.span.start for m in dates_found)


@settings(max_examples=200)
@given(st.text(max_size=40), st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50)), max_size=4))
def test_scan_with_any_regions(text: str, pairs: list[tuple[int, int]]) -> None:
    regions = [Span(start=min(a, b), end=max(a, b)) for a, b in pairs]
    found, relative, _ = scan_dates(text, regions, reference_date=dt.date(2020, 1, 1))
    check_spans(text, found)
    check_spans(text, relative)


@settings(max_examples=300)
@given(st.one_of(st.text(max_size=30), st.lists(st.sampled_from(FRAGMENTS), max_size=4).map("".join)))
def test_parse_date_returns_or_raises_date_parse_error(text: str) -> None:
    failure: DateParseError | None = None
    try:
        mention = parse_date(text)
    except DateParseError as error:
        failure = error
    if failure is not None:
        assert 0 <= failure.position <= len(text)
        assert failure.source == text
    else:
        assert text[mention.span.start : mention.span.end] == mention.text
        # Around the date: nothing, or a header label before it and a separator after it.
        before = " ".join(text[: mention.span.start].split()).rstrip(":").strip().lower()
        after = text[mention.span.end :].strip()
        assert before == "" or before in HEADER_LABELS
        assert all(char in TRAILING_MARKS or char.isspace() for char in after)


def test_cost_grows_linearly_on_adversarial_input() -> None:
    units: tuple[str, ...] = (
        "1 ",
        "17 June ",
        "June 17, ",
        "1-1-",
        "mid-",
        "the 1st of ",
        "Q2/",
        "2013-",
        "Wednesday, ",
        "(1",
    )
    units += ("in 2020 ", "Resolution 2020 ", "(2020 ", "10:32 CET, ", "17 June, ", "June of ", "2020 NATO ")
    for unit in units:
        small, large = unit * 2_000, unit * 8_000
        started = time.perf_counter()
        scan_dates(small, reference_date=dt.date(2020, 1, 1))
        middle = time.perf_counter()
        scan_dates(large, reference_date=dt.date(2020, 1, 1))
        finished = time.perf_counter()
        # Four times the input may cost at most about four times as much (generous slack for noise).
        assert finished - middle < 10 * (middle - started) + 0.05, unit


@settings(max_examples=200)
@given(dates, st.integers(-170, 170), st.integers(1, 6), st.sampled_from(["d Month", "Month d"]))
def test_reference_wins_over_a_dated_date_in_another_clause(
    reference: dt.date, shift: int, years_back: int, style: str
) -> None:
    day = reference + dt.timedelta(days=shift)
    if (day.month, day.day) == (2, 29):
        day -= dt.timedelta(days=1)
    other = dt.date(reference.year - years_back, day.month % 12 + 1, 10)  # never the same day restated
    written = f"{day.day} {MONTHS[day.month - 1]}" if style == "d Month" else f"{MONTHS[day.month - 1]} {day.day}"
    text = f"Ministers met on {written}, following Allies on {other.day} {MONTHS[other.month - 1]} {other.year}."
    found = find_dates(text, reference_date=reference)
    assert (found[0].text, found[0].start) == (written, day)
