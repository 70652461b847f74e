"""Dates hard-wrapped between month and day, and years told by "since" and "upcoming"."""

from __future__ import annotations

import datetime as dt

import pytest

from nato_press import find_dates

D = dt.date
PROSE = "Number one on the agenda of the ministers was the election held on "  # a line of prose (> 40)


@pytest.mark.parametrize(
    ("text", "mention", "day"),
    [
        (PROSE + "November\n5, 2024.", "November\n5, 2024", D(2024, 11, 5)),
        (PROSE + "November\n5th, 2024.", "November\n5th, 2024", D(2024, 11, 5)),
        (PROSE + "February  \n  25, 2022 and", "February  \n  25, 2022", D(2022, 2, 25)),
        (PROSE + "25\nFebruary 2023.", "25\nFebruary 2023", D(2023, 2, 25)),
        (PROSE + "the 25th of\nFebruary 2023.", "the 25th of\nFebruary 2023", D(2023, 2, 25)),
    ],
)
def test_one_line_break_inside_a_wrapped_date(text: str, mention: str, day: dt.date) -> None:
    found = find_dates(text)
    assert [(d.text, d.start) for d in found] == [(mention, day)]


def test_yearless_wrapped_date_takes_the_reference_year() -> None:
    text = "Look, the reason is two things.  Number one, the election. November\n5th.  And tariffs."
    (found,) = find_dates(text, reference_date=D(2025, 3, 13))
    assert (found.text, found.start, found.year_inferred) == ("November\n5th", D(2024, 11, 5), True)


@pytest.mark.parametrize(
    "text",
    [
        "Agenda for November\n5, 2024",  # a short line: not a wrapped paragraph
        PROSE + "November\n\n5, 2024",  # a blank line ends the date
        PROSE + "November\n5. The next item",  # a list label starts the line
        PROSE + "November\n5) The next item",
    ],
)
def test_no_date_across_a_short_line_a_blank_line_or_a_list_label(text: str) -> None:
    assert [d.precision for d in find_dates(text) if d.precision == "day"] == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Since October 7, aid has flowed.", D(2023, 10, 7)),  # nearest would be 2024-10-07
        ("progress made since\nSeptember 12, and more", D(2023, 9, 12)),
        ("depuis le 7 octobre, l'aide", D(2023, 10, 7)),
        ("seit dem 7. Oktober hat", D(2023, 10, 7)),
        ("since 3 July the Allies", D(2024, 7, 3)),  # already past: unchanged
        ("on October 7, aid flowed", D(2024, 10, 7)),  # no tense word: the nearest year
        ("the upcoming 5 February meeting", D(2025, 2, 5)),  # nearest would be 2024-02-05
        ("the upcoming 14 October meeting", D(2024, 10, 14)),
    ],
)
def test_since_is_not_in_the_future_and_upcoming_not_in_the_past(text: str, day: dt.date) -> None:
    found = [d for d in find_dates(text, reference_date=D(2024, 7, 10)) if d.precision == "day"]
    assert [d.start for d in found] == [day]


def test_since_a_month_alone_is_past() -> None:
    (found,) = find_dates("Since October, the Allies have met", reference_date=D(2024, 7, 10))
    assert (found.precision, found.start, found.end) == ("month", D(2023, 10, 1), D(2023, 10, 31))
