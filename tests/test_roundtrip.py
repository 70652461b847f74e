"""The core property: render a press release whose truth is known, parse it, compare."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings

import nato_press

from .strategies import press_releases


@given(press_releases())
@settings(max_examples=150)
def test_generated_press_release_round_trips(case: tuple[str, dict[str, Any]]) -> None:
    text, truth = case
    document = nato_press.parse(text)
    assert document.title == truth["title"]
    assert document.published is not None
    published = document.published.date() if isinstance(document.published, dt.datetime) else document.published
    assert published == truth["published"]
    days = {m.start.isoformat() for m in document.dates if m.precision == "day" and m.start == m.end}
    assert days == set(truth["dates"])
    assert [(q.text, q.speaker) for q in document.quotes] == [(q["text"], q["speaker"]) for q in truth["quotes"]]
    assert sorted(s.name for s in document.people) == truth["speakers"]
    for quote in document.quotes:
        assert quote.span.slice(text) == quote.text
