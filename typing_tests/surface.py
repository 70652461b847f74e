"""The typed surface of nato_press, pinned for the type checker.

``mypy --strict`` reads this file (``.ci/run`` runs it) and nobody runs it: a change of a public
signature or record field type that breaks these lines is a breaking change of the API.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any, assert_type

import nato_press
from nato_press import DateMention, Document, Footnote, Header, Quote, Span, Speaker, Turn


def parsed(text: str) -> None:
    document = nato_press.parse(text, reference_date=dt.date(2020, 6, 17))
    assert_type(document, Document)
    assert_type(document.header, Header)
    assert_type(document.title, str | None)
    assert_type(document.language, str | None)
    assert_type(document.dates, tuple[DateMention, ...])
    assert_type(document.speakers, tuple[Speaker, ...])
    assert_type(document.quotes, tuple[Quote, ...])
    assert_type(document.turns, tuple[Turn, ...])
    assert_type(document.footnotes, tuple[Footnote, ...])
    assert_type(document.to_dict(), dict[str, Any])


def spans(document: Document) -> Iterator[str]:
    for quote in document.quotes:
        assert_type(quote.span, Span)
        assert_type(quote.speaker, str | None)
        yield document.text[quote.span.start : quote.span.end]


def dates(text: str) -> None:
    mentions = nato_press.find_dates(text)
    assert_type(mentions, tuple[DateMention, ...])
    one = nato_press.parse_date("17 June 2020", dayfirst=True)
    assert_type(one.start, dt.date)
    assert_type(one.end, dt.date)
    assert_type(one.time, dt.time | None)


def errors(path: str) -> None:
    try:
        nato_press.parse_file(path)
    except nato_press.FileReadError as error:
        assert_type(error.path, str)
    except nato_press.NatoPressError:
        pass
