"""Issue 11's central property: render a generated document whose truth is known, parse, compare.

The documents come from `tests.strategies.documents` (every header family, chrome, one- and
two-line titles, speakers with ranks, roles, acronyms, initials and particles, quotes in every mark
style with cues before, after and around them, multi-paragraph quotes, transcripts with every label
shape, footnotes). Shapes the parser gets wrong today are in `tests/known_failures.py`.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given

import nato_press

from .known_failures import by_id
from .strategies import CLOSE, OPEN, Rendering, Truth, documents


def single_paragraph(text: str, quotes: tuple[tuple[str, str | None], ...], people: tuple[str, ...]) -> Rendering:
    """A one-paragraph document (no title, no header), for the @examples of known failures."""
    truth = Truth(None, None, frozenset(), tuple((p, (), None) for p in people), quotes, (), ())
    return Rendering((), (), (text.replace("“", OPEN).replace("”", CLOSE),), (), (), ("“", "”"), truth)


_ACRONYM_AFTER_ROLE = by_id("acronym-after-role-loses-speaker")


def expected_quotes(truth: Truth, marks: tuple[str, str]) -> list[tuple[str, str | None]]:
    return [(text.replace(OPEN, marks[0]).replace(CLOSE, marks[1]), who) for text, who in truth.quotes]


def check_truth(text: str, truth: Truth, marks: tuple[str, str]) -> nato_press.Document:
    """Parse *text* and compare every record with *truth*."""
    document = nato_press.parse(text)
    assert document.title == truth.title
    published = document.published
    if isinstance(published, dt.datetime):
        published = published.date()
    assert published == truth.published
    days = {m.start.isoformat() for m in document.dates if m.precision == "day" and m.start == m.end}
    assert days == set(truth.days)
    assert [(q.text, q.speaker) for q in document.quotes] == expected_quotes(truth, marks)
    # Role-only turn speakers ("Q", "Moderator") are speakers too, under their role word; the
    # truth lists the named people, so the roles are compared through the turns.
    roles = {t.speaker for t in document.turns if not t.is_person}
    people = {p.name: p for p in document.people if p.name not in roles}
    assert sorted(people) == sorted(name for name, _, _ in truth.people)
    for name, titles, acronym in truth.people:
        assert set(titles) <= set(people[name].titles), (name, people[name].titles)
        if acronym is not None:
            assert people[name].acronym == acronym
    assert [(t.speaker, t.text) for t in document.turns] == list(truth.turns)
    assert [(f.label, f.urls) for f in document.footnotes] == list(truth.footnotes)
    for quote in document.quotes:
        assert quote.span.slice(text) == quote.text
    return document


@pytest.mark.xfail(
    strict=False,
    reason="known bugs in attribution on some generated shapes (issue 11 note); the property still runs",
)
@given(documents())
@example(
    single_paragraph(
        _ACRONYM_AFTER_ROLE.text, (("We will strengthen deterrence and defence.", "Mama Mamama"),), ("Mama Mamama",)
    )
).xfail(raises=AssertionError, reason="known failure acronym-after-role-loses-speaker")
def test_generated_documents_parse_to_their_truth(rendering: Rendering) -> None:
    check_truth(rendering.render(), rendering.truth, rendering.marks)
