"""The order of day and month in numeric dates: ``date_order``, the document, its language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import nato_press
from nato_press import find_dates, parse, parse_date, parse_file
from nato_press._dates import scan_dates

D = dt.date
AMBIGUOUS = "Signed on 05/06/2021 in Brussels."


def _starts(document: nato_press.Document) -> list[dt.date]:
    return [d.start for d in document.dates]


def _codes(document: nato_press.Document) -> list[str]:
    return [d.code for d in document.defects]


def test_undecided_numeric_date_is_kept_month_first_with_a_defect() -> None:
    document = parse(AMBIGUOUS)
    assert _starts(document) == [D(2021, 5, 6)]
    (defect,) = document.defects
    assert defect.code == "ambiguous-numeric-date"
    assert defect.span is not None and AMBIGUOUS[defect.span.start : defect.span.end] == "05/06/2021"
    # month/day reads 6 May, day/month 5 June: each reading named the right way round
    assert "2021-05-06 (month/day" in defect.message
    assert "2021-06-05 (day/month)" in defect.message


def test_find_dates_returns_the_undecided_date() -> None:
    assert [d.start for d in find_dates(AMBIGUOUS)] == [D(2021, 5, 6)]


@pytest.mark.parametrize(("order", "day"), [("dmy", D(2021, 6, 5)), ("mdy", D(2021, 5, 6))])
def test_date_order_decides_without_a_defect(order: str, day: dt.date) -> None:
    document = parse(AMBIGUOUS, date_order=order)  # type: ignore[arg-type]
    assert _starts(document) == [day]
    assert _codes(document) == []
    assert [d.start for d in find_dates(AMBIGUOUS, date_order=order)] == [day]  # type: ignore[arg-type]


def test_date_order_outranks_the_document_and_its_language() -> None:
    text = "Les Alliés ont signé la déclaration le 05/06/2021 et le 22/10/2021 à Bruxelles."
    assert _starts(parse(text))[0] == D(2021, 6, 5)
    # the caller's order wins even over the text's own evidence; 22/10 cannot be month first
    document = parse(text, date_order="mdy")
    assert _starts(document)[0] == D(2021, 5, 6)


@pytest.mark.parametrize(
    "text",
    [
        "Les Alliés ont signé la déclaration le 05/06/2021 à Bruxelles.",
        "Die Verbündeten haben die Erklärung am 05/06/2021 in Brüssel unterzeichnet.",
    ],
)
def test_a_day_first_language_reads_the_day_first(text: str) -> None:
    document = parse(text)
    assert document.language in ("fr", "de")
    assert _starts(document) == [D(2021, 6, 5)]
    assert _codes(document) == []


@pytest.mark.parametrize("language", ["fr", "de", "it", "es", "nl", "pt", "sv", "fr-BE"])
def test_each_day_first_language(language: str) -> None:
    dates, _, defects = scan_dates("le 05/06/2021", language=language, keep_ambiguous=True)
    assert [d.start for d in dates] == [D(2021, 6, 5)]
    assert defects == []


def test_english_decides_nothing_and_the_text_outranks_the_language() -> None:
    dates, _, defects = scan_dates("on 05/06/2021", language="en", keep_ambiguous=True)
    assert [d.start for d in dates] == [D(2021, 5, 6)]
    assert [d.code for d in defects] == ["ambiguous-numeric-date"]
    dates, _, defects = scan_dates("le 05/06/2021 et le 10/22/2021", language="fr", keep_ambiguous=True)
    assert [d.start for d in dates] == [D(2021, 5, 6), D(2021, 10, 22)]
    assert defects == []


def test_the_header_stage_still_drops_a_guessed_day() -> None:
    dates, _, defects = scan_dates(AMBIGUOUS)
    assert dates == []
    assert [d.code for d in defects] == ["ambiguous-numeric-date"]


def test_parse_file_threads_date_order(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text(AMBIGUOUS, encoding="utf-8")
    assert _starts(parse_file(path, date_order="dmy")) == [D(2021, 6, 5)]
    assert _starts(parse_file(path)) == [D(2021, 5, 6)]


def test_parse_date_takes_date_order_and_dayfirst() -> None:
    assert parse_date("05/06/2020").start == D(2020, 5, 6)
    assert parse_date("05/06/2020", date_order="dmy").start == D(2020, 6, 5)
    assert parse_date("05/06/2020", dayfirst=True).start == D(2020, 6, 5)
    assert parse_date("05/06/2020", dayfirst=True, date_order="dmy").start == D(2020, 6, 5)
    assert parse_date("05.06.2020", date_order="mdy").start == D(2020, 5, 6)
    with pytest.raises(ValueError, match="contradicts"):
        parse_date("05/06/2020", dayfirst=False, date_order="dmy")


@pytest.mark.parametrize("bad", ["DMY", "ymd", "", 1])
def test_a_wrong_date_order_is_a_value_error(bad: object) -> None:
    with pytest.raises(ValueError, match="date_order"):
        parse(AMBIGUOUS, date_order=bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="date_order"):
        find_dates(AMBIGUOUS, date_order=bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="date_order"):
        parse_date("05/06/2020", date_order=bad)  # type: ignore[arg-type]
