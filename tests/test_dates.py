"""Examples of every date form nato_press reads, the false positives it must not read, and its defects."""

from __future__ import annotations

import datetime as dt

import pytest

from nato_press import DateMention, DateParseError, Span, find_dates, parse_date
from nato_press._dates import scan_dates

D = dt.date
REF = D(2017, 11, 7)  # a Tuesday


def only(text: str, reference: dt.date | None = None) -> DateMention:
    found = find_dates(text, reference_date=reference)
    assert len(found) == 1, found
    return found[0]


# (text, the mention's text, start, end, precision)
EXPLICIT = [
    ("Ministers met on 17 June 2020.", "17 June 2020", D(2020, 6, 17), D(2020, 6, 17), "day"),
    ("07 Nov. 2017 - | Last updated", "07 Nov. 2017", D(2017, 11, 7), D(2017, 11, 7), "day"),
    ("01 May. 2005 - | Last updated", "01 May. 2005", D(2005, 5, 1), D(2005, 5, 1), "day"),
    ("WASHINGTON, Nov. 7, 2017 — NATO", "Nov. 7, 2017", D(2017, 11, 7), D(2017, 11, 7), "day"),
    ("on November 7th, 2017, the", "November 7th, 2017", D(2017, 11, 7), D(2017, 11, 7), "day"),
    ("signed on 23rd March 2023 in", "23rd March 2023", D(2023, 3, 23), D(2023, 3, 23), "day"),
    ("the 31st of October 2019", "the 31st of October 2019", D(2019, 10, 31), D(2019, 10, 31), "day"),
    ("Published 2020-06-18 by", "2020-06-18", D(2020, 6, 18), D(2020, 6, 18), "day"),
    ("Stand: 18.06.2020", "18.06.2020", D(2020, 6, 18), D(2020, 6, 18), "day"),
    ("10/22/2021 | Press release", "10/22/2021", D(2021, 10, 22), D(2021, 10, 22), "day"),
    ("met on 17-18 June 2020 in", "17-18 June 2020", D(2020, 6, 17), D(2020, 6, 18), "day"),
    ("from 17 to 18 June 2020", "17 to 18 June 2020", D(2020, 6, 17), D(2020, 6, 18), "day"),
    ("on September 4\u20115, 2014.", "September 4\u20115, 2014", D(2014, 9, 4), D(2014, 9, 5), "day"),
    ("on September 4\u20135, 2014.", "September 4\u20135, 2014", D(2014, 9, 4), D(2014, 9, 5), "day"),
    ("on September 4\u20145, 2014.", "September 4\u20145, 2014", D(2014, 9, 4), D(2014, 9, 5), "day"),
    ("from 4 until 6 May 2019", "4 until 6 May 2019", D(2019, 5, 4), D(2019, 5, 6), "day"),
    ("4 through 6 May 2019", "4 through 6 May 2019", D(2019, 5, 4), D(2019, 5, 6), "day"),
    ("19 Sep. 2014 - 21 Sep. 2014", "19 Sep. 2014 - 21 Sep. 2014", D(2014, 9, 19), D(2014, 9, 21), "day"),
    ("30 December 2019 - 2 January 2020", "30 December 2019 - 2 January 2020", D(2019, 12, 30), D(2020, 1, 2), "day"),
    ("30 December - 2 January 2020", "30 December - 2 January 2020", D(2019, 12, 30), D(2020, 1, 2), "day"),
    ("June 30 - July 2, 2020", "June 30 - July 2, 2020", D(2020, 6, 30), D(2020, 7, 2), "day"),
    ("May 18, 2016: Ambassador", "May 18, 2016", D(2016, 5, 18), D(2016, 5, 18), "day"),
    ("(AFP) Mar 14, 2018", "Mar 14, 2018", D(2018, 3, 14), D(2018, 3, 14), "day"),
    ("On Monday 28 November 2016, the", "Monday 28 November 2016", D(2016, 11, 28), D(2016, 11, 28), "day"),
    ("on Thursday (9 June 2016) to", "Thursday (9 June 2016)", D(2016, 6, 9), D(2016, 6, 9), "day"),
    ("SEPT. 21, 2011", "SEPT. 21, 2011", D(2011, 9, 21), D(2011, 9, 21), "day"),
    ("Sep 21 2011", "Sep 21 2011", D(2011, 9, 21), D(2011, 9, 21), "day"),
    ("25-May-2017 09:01", "25-May-2017 09:01", D(2017, 5, 25), D(2017, 5, 25), "day"),
    ("Mis à jour le: 22 oct. 2011 14:05", "22 oct. 2011 14:05", D(2011, 10, 22), D(2011, 10, 22), "day"),
    ("le 3 avril 2019", "3 avril 2019", D(2019, 4, 3), D(2019, 4, 3), "day"),
    ("le 1er mai 2020", "1er mai 2020", D(2020, 5, 1), D(2020, 5, 1), "day"),
    ("Oeiras, 26. Mai 2021", "26. Mai 2021", D(2021, 5, 26), D(2021, 5, 26), "day"),
    ("Brüssel, 15. Juni 2021", "15. Juni 2021", D(2021, 6, 15), D(2021, 6, 15), "day"),
    ("Zuletzt aktualisiert: 26.05.2021", "26.05.2021", D(2021, 5, 26), D(2021, 5, 26), "day"),
    ("in June 2020,", "June 2020", D(2020, 6, 1), D(2020, 6, 30), "month"),
    ("signed in December 2016 and", "December 2016", D(2016, 12, 1), D(2016, 12, 31), "month"),
    ("im Juni 2021", "Juni 2021", D(2021, 6, 1), D(2021, 6, 30), "month"),
    ("from June-July 2020", "June-July 2020", D(2020, 6, 1), D(2020, 7, 31), "month"),
    ("the Spring 2020 Innovation Challenge", "Spring 2020", D(2020, 3, 1), D(2020, 5, 31), "season"),
    ("in the summer of 2019", "summer of 2019", D(2019, 6, 1), D(2019, 8, 31), "season"),
    ("in winter 2019/2020", "winter 2019/2020", D(2019, 12, 1), D(2020, 2, 29), "season"),
    ("Q2/2020 - NATO", "Q2/2020", D(2020, 4, 1), D(2020, 6, 30), "quarter"),
    ("in Q2 2020,", "Q2 2020", D(2020, 4, 1), D(2020, 6, 30), "quarter"),
    ("in the second quarter of 2020", "second quarter of 2020", D(2020, 4, 1), D(2020, 6, 30), "quarter"),
    ("im 2. Quartal 2020", "2. Quartal 2020", D(2020, 4, 1), D(2020, 6, 30), "quarter"),
    ("in the first half of 2011:", "first half of 2011", D(2011, 1, 1), D(2011, 6, 30), "half"),
    ("H2 2021 results", "H2 2021", D(2021, 7, 1), D(2021, 12, 31), "half"),
    ("in 2020,", "2020", D(2020, 1, 1), D(2020, 12, 31), "year"),
    ("Since 2013, the DGs", "2013", D(2013, 1, 1), D(2013, 12, 31), "year"),
    ("adopted at the 2018 NATO Summit", "2018", D(2018, 1, 1), D(2018, 12, 31), "year"),
    ("complete it by 2014,", "2014", D(2014, 1, 1), D(2014, 12, 31), "year"),
    ("the 2013-18 budget period", "2013-18", D(2013, 1, 1), D(2018, 12, 31), "year"),
    ("between 2016 and 2017.", "2016 and 2017", D(2016, 1, 1), D(2017, 12, 31), "year"),
    ("Press Release (2013) 127", "2013", D(2013, 1, 1), D(2013, 12, 31), "year"),
]


@pytest.mark.parametrize(("text", "written", "start", "end", "precision"), EXPLICIT)
def test_explicit_forms(text: str, written: str, start: dt.date, end: dt.date, precision: str) -> None:
    mention = only(text)
    assert mention.text == written
    assert text[mention.span.start : mention.span.end] == written
    assert (mention.start, mention.end, mention.precision) == (start, end, precision)
    assert not mention.year_inferred


# (text, start, end, modifier)
MODIFIED = [
    ("by mid-2020 the", D(2020, 1, 1), D(2020, 12, 31), "mid"),
    ("in early 2021,", D(2021, 1, 1), D(2021, 12, 31), "early"),
    ("since late 2019", D(2019, 1, 1), D(2019, 12, 31), "late"),
    ("at the end of 2014, of", D(2014, 1, 1), D(2014, 12, 31), "late"),
    ("in late July 2018", D(2018, 7, 1), D(2018, 7, 31), "late"),
    ("Anfang 2021", D(2021, 1, 1), D(2021, 12, 31), "early"),
]


@pytest.mark.parametrize(("text", "start", "end", "modifier"), MODIFIED)
def test_modified_periods(text: str, start: dt.date, end: dt.date, modifier: str) -> None:
    mention = only(text)
    assert (mention.start, mention.end, mention.modifier) == (start, end, modifier)


def test_year_is_shared_back_across_a_conjunction() -> None:
    text = "met on Wednesday, 17 June and Thursday, 18 June 2020, making"
    first, second = find_dates(text)
    assert (first.text, first.start, first.year_inferred) == ("Wednesday, 17 June", D(2020, 6, 17), True)
    assert (second.text, second.start, second.year_inferred) == ("Thursday, 18 June 2020", D(2020, 6, 18), False)


def test_pair_of_days_sharing_a_month_is_two_mentions() -> None:
    first, second = find_dates("on 3 and 5 June 2020")
    assert (first.text, first.start, second.text, second.start) == ("3", D(2020, 6, 3), "5 June 2020", D(2020, 6, 5))


@pytest.mark.parametrize(
    ("text", "reference", "start", "written"),
    [
        ("On 15 September, NATO", D(2010, 9, 15), D(2010, 9, 15), "15 September"),
        ("ministers on 14 October.", D(2010, 9, 15), D(2010, 10, 14), "14 October"),
        ("a summit in Paris on Sept. 1 to", D(2011, 9, 21), D(2011, 9, 1), "Sept. 1"),
        ("the March 4 incident", D(2018, 3, 14), D(2018, 3, 4), "March 4"),
        ("on 3 January,", D(2017, 12, 20), D(2018, 1, 3), "3 January"),  # across the new year
        ("on 20 December,", D(2018, 1, 3), D(2017, 12, 20), "20 December"),
    ],
)
def test_year_inferred_from_reference(text: str, reference: dt.date, start: dt.date, written: str) -> None:
    mention = only(text, reference)
    assert (mention.text, mention.start, mention.year_inferred) == (written, start, True)


def test_year_inferred_from_the_same_sentence_before_the_reference() -> None:
    mention = find_dates("Brussels, March 14 (AFP) Mar 14, 2018", reference_date=D(2019, 1, 1))[0]
    assert (mention.start, mention.year_inferred) == (D(2018, 3, 14), True)


def test_year_inferred_from_earlier_text() -> None:
    text = "WASHINGTON, Sept. 21, 2011 — NATO.\n\nA summit in Paris on Sept. 1 discussed it."
    assert [m.start for m in find_dates(text)] == [D(2011, 9, 21), D(2011, 9, 1)]


def test_no_year_anywhere_is_a_defect_not_a_guess() -> None:
    dates, relative, defects = scan_dates("Ministers meet on 14 October.")
    assert dates == [] and relative == []
    assert [d.code for d in defects] == ["year-unknown"]
    assert defects[0].span is not None and "14 October" in "Ministers meet on 14 October."[defects[0].span.start :]


def test_month_without_year_takes_it_from_context() -> None:
    mention = only("Defence ministers meet in mid-June.", D(2016, 5, 18))
    assert (mention.text, mention.start, mention.precision, mention.modifier) == (
        "mid-June",
        D(2016, 6, 1),
        "month",
        "mid",
    )


# Relative words: (text, written, start, end, relative)
RELATIVE = [
    ("At a meeting tomorrow, the", "tomorrow", REF + dt.timedelta(days=1), REF + dt.timedelta(days=1), "tomorrow"),
    ("Today, Allies signed", "Today", REF, REF, "today"),
    ("said yesterday that", "yesterday", REF - dt.timedelta(days=1), REF - dt.timedelta(days=1), "yesterday"),
    ("Finally, on Thursday, Defence", "Thursday", D(2017, 11, 9), D(2017, 11, 9), "Thursday"),
    ("urged Russia Sunday to", "Sunday", D(2017, 11, 5), D(2017, 11, 5), "Sunday"),
    ("met last Thursday in", "last Thursday", D(2017, 11, 2), D(2017, 11, 2), "last Thursday"),
    ("visited New York this week for", "this week", D(2017, 11, 6), D(2017, 11, 12), "this week"),
    ("will begin next year, with", "next year", D(2018, 1, 1), D(2018, 12, 31), "next year"),
    ("Since last October, besides", "last October", D(2016, 10, 1), D(2016, 10, 31), "last October"),
]


@pytest.mark.parametrize(("text", "written", "start", "end", "relative"), RELATIVE)
def test_relative_words(text: str, written: str, start: dt.date, end: dt.date, relative: str) -> None:
    reference = D(2017, 4, 7) if "October" in text else REF
    if "October" in text:
        start, end = D(2016, 10, 1), D(2016, 10, 31)
    dates, resolved, defects = scan_dates(text, reference_date=reference)
    assert dates == [] and defects == []
    (mention,) = resolved
    assert (mention.text, mention.start, mention.end, mention.relative) == (written, start, end, relative)


def test_relative_words_need_a_reference() -> None:
    assert scan_dates("Ministers meet tomorrow and on Thursday.") == ([], [], [])


def test_tomorrow_with_a_bracketed_date() -> None:
    text = "At a meeting of NATO Defence Ministers tomorrow (8 November 2017), the Alliance"
    dates, relative, _ = scan_dates(text, reference_date=REF)
    assert [(d.text, d.start) for d in dates] == [("8 November 2017", D(2017, 11, 8))]
    assert [(d.text, d.start, d.relative) for d in relative] == [("tomorrow", D(2017, 11, 8), "tomorrow")]


def test_weekday_before_a_date_is_part_of_it_not_relative() -> None:
    dates, relative, defects = scan_dates("on Wednesday, 17 June 2020 the", reference_date=D(2020, 6, 20))
    assert [d.text for d in dates] == ["Wednesday, 17 June 2020"] and relative == [] and defects == []


@pytest.mark.parametrize(
    ("text", "hour", "minute", "offset"),
    [
        ("Last updated: 07 Nov. 2017 11:17", 11, 17, None),
        ("Distributed by Public on 10/22/2021 05:41", 5, 41, None),
        ("07 Nov. 2017 11:17 CET", 11, 17, 60),
        ("3 June 2020 at 14:00 (GMT+1)", 14, 0, 60),
        ("3 June 2020, 10:30 a.m. UTC", 10, 30, 0),
        ("3 June 2020 2:30 pm EST", 14, 30, -300),
        ("2020-06-18T10:00:00Z", 10, 0, 0),
        ("2020-06-18T10:00+02:00", 10, 0, 120),
    ],
)
def test_times_and_zones(text: str, hour: int, minute: int, offset: int | None) -> None:
    mention = find_dates(text)[-1]
    assert mention.time is not None
    assert (mention.time.hour, mention.time.minute) == (hour, minute)
    if offset is None:
        assert mention.time.tzinfo is None
    else:
        assert mention.time.utcoffset() == dt.timedelta(minutes=offset)


FALSE_POSITIVES = [
    "a possible second wave of COVID-19,",
    "spends more than 2% of GDP",
    "the 74 common military related action items",
    "Representatives of 30 nations attended",
    "invest 1 billion euros",
    "the pandemic[1]. The statement",
    "  1. [1] Statement by the Council",
    "the attacks of 9/11 changed",
    "ready 24/7 to respond",
    "the 21st century challenges",
    "release of the 5th Joint Declaration Progress Report",
    "clock at 11:17 and 05:41",
    "U.N. Security Council Resolution 2009, and at",
    "implementing UNSCR 1325 on women",
    "Tel. +32 2 707 50 41",
    "version v2.1.3 of the software",
    "invited to observe MILEX21.",
    "the F-35 fighter",
    "under Article 5 of the Treaty",
    "the rollover is for up to 90 days,",
    "we are exactly 50 days out",
    "which is about 45 minutes.",
    "must be at least 12 characters long",
    "the 29 NATO Allies have agreed",
    "https://www.nato.int/cps/en/natohq/official_texts_176136.htm?selectedLocale=en",
    "see https://www.example.org/2013/02/12/nato-summit.html for details",
    "Theresa May said",
    "the UK may 18 times",
    "In March 29 Allies met",
    "the 2000 troops deployed",
    "NATO 2030 initiative",
    "Good Friday Agreement",
]


@pytest.mark.parametrize("text", FALSE_POSITIVES)
def test_false_positives_give_no_day(text: str) -> None:
    dates, relative, _ = scan_dates(text, reference_date=REF)
    assert [d for d in dates if d.precision == "day"] == []
    assert [d for d in relative if d.relative not in ("today", "tomorrow")] == []


@pytest.mark.parametrize(
    ("text", "allowed"),
    [
        ("resolution 2240 (2015) on", ["2015"]),
        ("Press Release (2013) 127", ["2013"]),
        ("the 2013-18 budget", ["2013-18"]),
    ],
)
def test_numbers_that_may_be_years_are_never_days(text: str, allowed: list[str]) -> None:
    found = find_dates(text)
    assert [d.text for d in found] == allowed
    assert all(d.precision == "year" for d in found)


def test_weekday_mismatch_is_a_defect_and_the_date_stays() -> None:
    dates, _, defects = scan_dates("on Friday, 17 June 2020")  # 17 June 2020 was a Wednesday
    assert [d.start for d in dates] == [D(2020, 6, 17)]
    assert [d.code for d in defects] == ["weekday-mismatch"]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("05/06/2021 statement. Updated 10/22/2021", D(2021, 5, 6)),  # another slash date is month first
        ("05/06/2021 statement. Updated 22/10/2021", D(2021, 6, 5)),  # another slash date is day first
        ("05/06/2021 | Press release | Distributed by Public on 05/06/2021 05:41", D(2021, 5, 6)),  # US aggregator
        ("Stand: 05.06.2021", D(2021, 6, 5)),  # dots are European
    ],
)
def test_ambiguous_numeric_dates_follow_the_document(text: str, start: dt.date) -> None:
    dates, _, defects = scan_dates(text)
    assert dates[0].start == start
    assert [d for d in defects if d.code == "ambiguous-numeric-date"] == []


def test_undecidable_numeric_date_is_a_defect() -> None:
    dates, _, defects = scan_dates("Signed on 05/06/2021 in Brussels.")
    assert dates == []
    assert [d.code for d in defects] == ["ambiguous-numeric-date"]


def test_impossible_day_is_a_defect_not_a_month() -> None:
    dates, _, defects = scan_dates("on 31 June 2020")
    assert dates == []
    assert [(d.code, d.span) for d in defects] == [("invalid-date", Span(start=3, end=15))]


def test_regions_limit_the_scan() -> None:
    text = "Chrome 1 May 2020.\n\nBody 3 June 2020."
    dates, _, _ = scan_dates(text, [Span(start=20, end=len(text))])
    assert [d.text for d in dates] == ["3 June 2020"]


# ------------------------------------------------------------------ parse_date

HEADER_STRINGS = [
    ("07 Nov. 2017 11:17", D(2017, 11, 7), D(2017, 11, 7), dt.time(11, 17)),
    ("10/22/2021 05:41", D(2021, 10, 22), D(2021, 10, 22), dt.time(5, 41)),
    ("25-May-2017 09:01", D(2017, 5, 25), D(2017, 5, 25), dt.time(9, 1)),
    ("15 Nov. 2013", D(2013, 11, 15), D(2013, 11, 15), None),
    ("22 oct. 2011", D(2011, 10, 22), D(2011, 10, 22), None),
    ("Sept. 21, 2011", D(2011, 9, 21), D(2011, 9, 21), None),
    ("December 13, 2018", D(2018, 12, 13), D(2018, 12, 13), None),
    ("  May 18, 2016\n", D(2016, 5, 18), D(2016, 5, 18), None),
    ("19 Sep. 2014 - 21 Sep. 2014", D(2014, 9, 19), D(2014, 9, 21), None),
]


@pytest.mark.parametrize(("text", "start", "end", "time"), HEADER_STRINGS)
def test_parse_date_reads_header_strings(text: str, start: dt.date, end: dt.date, time: dt.time | None) -> None:
    mention = parse_date(text)
    assert (mention.start, mention.end, mention.time) == (start, end, time)
    assert mention.text == text.strip() and text[mention.span.start : mention.span.end] == mention.text


@pytest.mark.parametrize(
    ("text", "dayfirst", "start"),
    [
        ("10/22/2021", None, D(2021, 10, 22)),
        ("22/10/2021", None, D(2021, 10, 22)),
        ("05/06/2020", None, D(2020, 5, 6)),
        ("05/06/2020", True, D(2020, 6, 5)),
        ("05/06/2020", False, D(2020, 5, 6)),
        ("05.06.2020", None, D(2020, 6, 5)),
        ("05.06.2020", False, D(2020, 5, 6)),
    ],
)
def test_parse_date_numeric_order(text: str, dayfirst: bool | None, start: dt.date) -> None:
    assert parse_date(text, dayfirst=dayfirst).start == start


@pytest.mark.parametrize(
    ("text", "reason", "position"),
    [
        ("", "no date found", 0),
        ("   ", "no date found", 0),
        ("next Tuesday-ish", "unexpected text after the date", 12),
        ("Tuesday-ish", "unexpected text after the date", 7),
        ("ish", "no date found", 0),
        ("  hello 2020", "no date found", 2),
        ("17 June 2020 and more", "unexpected text after the date", 12),
        ("Sept. 31, 2011", "day 31 is past the end of September 2011", 6),
        ("March 14", "no year (give a reference_date)", 8),
        ("tomorrow", "a relative date needs a reference date", 0),
        ("3 and 5 June 2020", "two dates, not one", 6),
    ],
)
def test_parse_date_errors_say_where(text: str, reason: str, position: int) -> None:
    with pytest.raises(DateParseError) as raised:
        parse_date(text)
    assert raised.value.reason == reason
    assert raised.value.position == position
    assert raised.value.source == text


def test_parse_date_with_reference() -> None:
    assert parse_date("March 14", reference_date=D(2018, 3, 20)).start == D(2018, 3, 14)
    assert parse_date("tomorrow", reference_date=REF).start == D(2017, 11, 8)


def test_parse_date_type_errors() -> None:
    with pytest.raises(TypeError):
        parse_date(20200618)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        find_dates(b"17 June 2020")  # type: ignore[arg-type]


# A date without a year next to a dated one it is not tied to takes its year from the publication:
# (text, reference, the yearless mention, its expected day).
UNTIED_NEIGHBOURS = [
    ("the war began on Feb. 24, 2022. Ministers meet on Feb. 15.", D(2024, 2, 14), "Feb. 15", D(2024, 2, 15)),
    ("On March 7, Sweden joined, following Finland on April 4, 2023.", D(2024, 4, 4), "March 7", D(2024, 3, 7)),
    ("signé le 5 juin 2017, puis les 26 et 27 juin à Bruxelles", D(2019, 4, 3), "26", D(2019, 6, 26)),
    ("Since 2014, and on 12 July, leaders met.", D(2023, 7, 20), "12 July", D(2023, 7, 12)),
]


@pytest.mark.parametrize(("text", "reference", "written", "day"), UNTIED_NEIGHBOURS)
def test_reference_wins_over_an_untied_dated_neighbour(
    text: str, reference: dt.date, written: str, day: dt.date
) -> None:
    found = {m.text: m for m in find_dates(text, reference_date=reference)}
    assert (found[written].start, found[written].year_inferred) == (day, True)


# Dates coordinated in one expression share the written year, whatever the reference says.
COORDINATED = [
    ("Wednesday, 17 June and Thursday, 18 June 2020", ["2020-06-17", "2020-06-18"]),
    ("17 June to 18 June 2020", ["2020-06-17"]),
    ("from 5 to 7 June 2020", ["2020-06-05"]),
    ("on 17 June, 18 June and 19 June 2020", ["2020-06-17", "2020-06-18", "2020-06-19"]),
    ("on 30 December, 31 December or 2 January 2021", ["2020-12-30", "2020-12-31", "2021-01-02"]),
    ("on 8 July 2016, 10 July and 12 July", ["2016-07-08", "2016-07-10", "2016-07-12"]),
]


@pytest.mark.parametrize(("text", "starts"), COORDINATED)
def test_coordinated_dates_share_the_written_year(text: str, starts: list[str]) -> None:
    found = find_dates(text, reference_date=D(2024, 3, 1))
    assert [m.start.isoformat() for m in found] == starts


def test_without_a_reference_a_neighbour_lends_its_year() -> None:
    found = find_dates("the war began on Feb. 24, 2022, on the eve of Feb. 15.")
    assert [m.start for m in found] == [D(2022, 2, 24), D(2022, 2, 15)]


# A year named relative to the publication right after the day: (text, reference, day).
YEAR_WORDS = [
    ("Since 24 February last year, Russia", D(2023, 1, 10), D(2022, 2, 24)),
    ("on 3 March this year", D(2023, 11, 10), D(2023, 3, 3)),
    ("by 1 December of next year", D(2023, 1, 10), D(2024, 12, 1)),
    ("depuis le 24 février de l'année dernière", D(2023, 1, 10), D(2022, 2, 24)),
    ("depuis le 24 février l’an dernier", D(2023, 1, 10), D(2022, 2, 24)),
    ("seit dem 24. Februar letzten Jahres", D(2023, 1, 10), D(2022, 2, 24)),
    ("from 5 to 7 June last year", D(2021, 1, 5), D(2020, 6, 5)),
]


@pytest.mark.parametrize(("text", "reference", "day"), YEAR_WORDS)
def test_last_this_next_year_after_a_day(text: str, reference: dt.date, day: dt.date) -> None:
    found = find_dates(text, reference_date=reference)
    assert (found[0].start, found[0].year_inferred) == (day, True)


def test_last_year_is_ignored_without_a_reference_or_apart_from_the_day() -> None:
    assert find_dates("in 2016, since 24 February last year")[1].start == D(2016, 2, 24)
    found = find_dates("On 24 February, sanctions. Last year was hard.", reference_date=D(2023, 1, 10))
    assert found[0].start == D(2023, 2, 24)


CET, GMT1 = dt.timezone(dt.timedelta(hours=1), "CET"), dt.timezone(dt.timedelta(hours=1), "GMT+1")

# Header strings as the structure stage passes them: (text, the date's text, day, time).
LABELLED_HEADERS = [
    (
        "Updated 1:32 PM GMT+1, February 14, 2024",
        "1:32 PM GMT+1, February 14, 2024",
        D(2024, 2, 14),
        dt.time(13, 32, tzinfo=GMT1),
    ),
    ("Published 18 Sep 2023, 07:00", "18 Sep 2023, 07:00", D(2023, 9, 18), dt.time(7, 0)),
    ("03 avr. 2019 - ", "03 avr. 2019", D(2019, 4, 3), None),
    ("10 Jan. 2023 |", "10 Jan. 2023", D(2023, 1, 10), None),
    ("Mis à jour le: 03 avr. 2019 17:05", "03 avr. 2019 17:05", D(2019, 4, 3), dt.time(17, 5)),
    ("14 February 2024 10:32 CET", "14 February 2024 10:32 CET", D(2024, 2, 14), dt.time(10, 32, tzinfo=CET)),
    ("2024-02-14T10:32:00Z", "2024-02-14T10:32:00Z", D(2024, 2, 14), dt.time(10, 32, tzinfo=dt.UTC)),
    ("Last updated: 10 Jan. 2023 13:41", "10 Jan. 2023 13:41", D(2023, 1, 10), dt.time(13, 41)),
    ("Zuletzt aktualisiert: 26.05.2021", "26.05.2021", D(2021, 5, 26), None),
    (
        "9:05 a.m. EST, March 3, 2024",
        "9:05 a.m. EST, March 3, 2024",
        D(2024, 3, 3),
        dt.time(9, 5, tzinfo=dt.timezone(dt.timedelta(hours=-5), "EST")),
    ),
]


@pytest.mark.parametrize(("text", "written", "day", "time"), LABELLED_HEADERS)
def test_header_strings_with_labels_and_times(text: str, written: str, day: dt.date, time: dt.time | None) -> None:
    mention = parse_date(text)
    assert (mention.text, mention.start, mention.time) == (written, day, time)
    assert text[mention.span.start : mention.span.end] == written
    if time is not None:
        assert mention.time is not None and mention.time.utcoffset() == time.utcoffset()
    (found,) = find_dates(text)
    assert (found.text, found.start, found.time) == (written, day, time)


def test_a_clock_time_alone_does_not_start_a_date() -> None:
    (found,) = find_dates("doors open at 10:32, 14 February 2024 in Brussels")
    assert (found.text, found.time) == ("14 February 2024", None)
    with pytest.raises(DateParseError):
        parse_date("Updated")


def test_a_time_first_keeps_its_zone_before_a_dash() -> None:
    (found,) = find_dates("10:32 CET - 14 February 2024")
    assert (found.text, found.start) == ("10:32 CET - 14 February 2024", D(2024, 2, 14))
    assert found.time == dt.time(10, 32, tzinfo=CET)


def test_an_offset_past_a_day_is_no_zone_and_no_error() -> None:
    (found,) = find_dates("17 June 2020 10:00 GMT+99")
    assert found.time == dt.time(10, 0)


# The grammar reads a month, weekday or connector slot only with a word that is one, and otherwise the
# text as if the word were not there: (text, reference, the mentions' texts).
SLOT_WORDS = [
    ("in June.", D(2019, 3, 1), ["June"]),  # a full name takes no dot but before a year
    ("in Sept. 2019", None, ["Sept. 2019"]),
    ("since 01 May. 2005", None, ["01 May. 2005"]),
    ("June or July 2020", None, ["July 2020"]),  # "or" is no range
    ("on 1er Sept./2 x", D(2019, 3, 1), ["1er Sept"]),
    ("mid-June. Then", D(2019, 3, 1), ["mid-June"]),
    ("29 Allies met in 2020", None, ["2020"]),
    ("17 and 18 June 2020", None, ["17", "18 June 2020"]),
    ("on Thursday (9 June 2016 10:00 CET) the", None, ["Thursday (9 June 2016 10:00 CET)"]),
    ("Wednesday the 17th of June 2020", None, ["Wednesday the 17th of June 2020"]),
    ("Wednesdays the 17th of June 2020", None, ["the 17th of June 2020"]),
    ("in the ſecond quarter of 2020", None, ["ſecond quarter of 2020"]),
    ("10:00 NATO, 17 June 2020", None, ["17 June 2020"]),  # NATO is no time zone
]


@pytest.mark.parametrize(("text", "reference", "written"), SLOT_WORDS)
def test_slots_take_only_their_words(text: str, reference: dt.date | None, written: list[str]) -> None:
    found = find_dates(text, reference_date=reference)
    assert [m.text for m in found] == written
    assert all(text[m.span.start : m.span.end] == m.text for m in found)
