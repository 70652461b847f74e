"""Dates in Italian, Spanish, Portuguese, Dutch and Swedish, hard-wrapped years and the head date."""

from __future__ import annotations

import datetime as dt

import pytest

from nato_press import find_dates
from nato_press._dates import scan_dates

D = dt.date
REF = D(2024, 7, 1)

# (text, the mention's text, start, end)
DAY_FIRST = [
    ("den 7 mars 2024", "7 mars 2024", D(2024, 3, 7), D(2024, 3, 7)),
    ("11 mars 2024", "11 mars 2024", D(2024, 3, 11), D(2024, 3, 11)),
    ("Toppmötet 9–11 juli 2024.", "9–11 juli 2024", D(2024, 7, 9), D(2024, 7, 11)),
    ("el 4 de abril de 1949", "4 de abril de 1949", D(1949, 4, 4), D(1949, 4, 4)),
    ("il 4 aprile 1949", "4 aprile 1949", D(1949, 4, 4), D(1949, 4, 4)),
    ("em 4 de abril de 2024", "4 de abril de 2024", D(2024, 4, 4), D(2024, 4, 4)),
    ("op 4 april 1949", "4 april 1949", D(1949, 4, 4), D(1949, 4, 4)),
    ("lunedì 8 luglio 2024", "lunedì 8 luglio 2024", D(2024, 7, 8), D(2024, 7, 8)),
    ("Lunedì 8 Luglio 2024", "Lunedì 8 Luglio 2024", D(2024, 7, 8), D(2024, 7, 8)),
    ("martes, 4 de abril de 2023", "martes, 4 de abril de 2023", D(2023, 4, 4), D(2023, 4, 4)),
    ("del 4 al 6 de abril de 2024", "4 al 6 de abril de 2024", D(2024, 4, 4), D(2024, 4, 6)),
    ("dal 9 all'11 luglio 2024", "9 all'11 luglio 2024", D(2024, 7, 9), D(2024, 7, 11)),
    ("il 1° luglio 2024", "1° luglio 2024", D(2024, 7, 1), D(2024, 7, 1)),
    ("el 1º de mayo de 2024", "1º de mayo de 2024", D(2024, 5, 1), D(2024, 5, 1)),
    ("zaterdag 4 mei 2024", "zaterdag 4 mei 2024", D(2024, 5, 4), D(2024, 5, 4)),
    ("van 24 tot 25 juni 2025", "24 tot 25 juni 2025", D(2025, 6, 24), D(2025, 6, 25)),
    ("em 4 de março de 2024", "4 de março de 2024", D(2024, 3, 4), D(2024, 3, 4)),
    ("em 4 de marco de 2024", "4 de marco de 2024", D(2024, 3, 4), D(2024, 3, 4)),
    ("quinta-feira, 4 de julho de 2024", "4 de julho de 2024", D(2024, 7, 4), D(2024, 7, 4)),
    ("torsdag den 4 juli 2024", "4 juli 2024", D(2024, 7, 4), D(2024, 7, 4)),
    ("söndag 7 juli 2024", "söndag 7 juli 2024", D(2024, 7, 7), D(2024, 7, 7)),
    ("3 set. 2024", "3 set. 2024", D(2024, 9, 3), D(2024, 9, 3)),
    ("3 out 2024", "3 out 2024", D(2024, 10, 3), D(2024, 10, 3)),
    ("12 dic 2023", "12 dic 2023", D(2023, 12, 12), D(2023, 12, 12)),
    ("4 maart", "4 maart", D(2024, 3, 4), D(2024, 3, 4)),
]


@pytest.mark.parametrize(("text", "span_text", "start", "end"), DAY_FIRST)
def test_day_first_languages(text: str, span_text: str, start: dt.date, end: dt.date) -> None:
    found = [d for d in find_dates(text, reference_date=REF) if d.precision == "day"]
    assert [(d.text, d.start, d.end) for d in found] == [(span_text, start, end)]


@pytest.mark.parametrize(
    "text",
    [
        "Mars var kall. Maj kommer. Mei en juni, maart.",  # month words with no day next to them
        "Set 1 of the drills; 3 out of 4 Allies agreed.",  # abbreviations that are English words
        "Marco 4 ha detto; Domingo 7 said so.",  # a month or weekday written first is a name here
        "We spoke 2 ago and met at 3 mag.",  # year-bound abbreviations without a year
    ],
)
def test_no_day_from_ordinary_words(text: str) -> None:
    assert [d for d in find_dates(text, reference_date=REF) if d.precision == "day"] == []


def test_pairs_in_other_languages() -> None:
    found = find_dates("el 4 y 5 de mayo de 2024; 7 och 8 mars 2024", reference_date=REF)
    assert [(d.text, d.start) for d in found] == [
        ("4", D(2024, 5, 4)),
        ("5 de mayo de 2024", D(2024, 5, 5)),
        ("7", D(2024, 3, 7)),
        ("8 mars 2024", D(2024, 3, 8)),
    ]


def test_spanish_month_year_is_a_month() -> None:
    (mention,) = find_dates("en abril de 2024")
    assert (mention.text, mention.precision, mention.start, mention.end) == (
        "abril de 2024",
        "month",
        D(2024, 4, 1),
        D(2024, 4, 30),
    )


def test_year_on_the_next_line_of_a_wrapped_paragraph() -> None:
    (mention,) = find_dates("established NATO on April 4,\n1949.  It is")
    assert (mention.text, mention.start) == ("April 4,\n1949", D(1949, 4, 4))
    # A blank line ends the paragraph: the year there is not the day's.
    (mention,) = find_dates("on June 4,\n\n2020 was", reference_date=REF)
    assert (mention.text, mention.start) == ("June 4", D(2024, 6, 4))


HEADED = "---\ndate: '2024-07-05'\ntitle: Call\n---\n\nIn 2020 we met.  Rutte takes over on October 1st.\n"


def test_head_date_anchors_years_without_a_reference() -> None:
    dates, _relative, _defects = scan_dates(HEADED)
    days = [(d.text, d.start, d.year_inferred) for d in dates if d.precision == "day"]
    assert days == [("2024-07-05", D(2024, 7, 5), False), ("October 1st", D(2024, 10, 1), True)]


def test_a_date_in_prose_is_no_head_date() -> None:
    text = (
        "The Treaty was signed in Washington, the capital of the United States, on 4 April 1949.  In 2020 we met."
        "\n\nRutte takes over on October 1st.\n"
    )
    dates, _relative, _defects = scan_dates(text)
    assert [(d.text, d.start) for d in dates if d.precision == "day"][-1] == ("October 1st", D(2020, 10, 1))
