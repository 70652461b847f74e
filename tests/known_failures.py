"""Parser bugs the generated-document and metamorphic properties found (issue 11), not fixed yet.

Each entry is a minimal input with what a correct parse gives and what the parser gives today.
`test_known_failures.py` runs each as a strict xfail: when a stage fixes the bug the test turns
XPASS and fails, and the entry (and the generator's avoidance of that shape, which names the
entry) is removed. The properties carry the same input as an ``@example``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

import nato_press


@attrs.frozen
class KnownFailure:
    id: str
    stage: str
    text: str
    what: str  # the field compared, for the report
    expected: Any
    got: Any  # what the parser gave when the entry was recorded
    read: Callable[[nato_press.Document], Any]


def _quote_speakers(document: nato_press.Document) -> list[str | None]:
    return [q.speaker for q in document.quotes]


KNOWN_FAILURES: tuple[KnownFailure, ...] = (
    KnownFailure(
        id="acronym-after-role-loses-speaker",
        stage="_people (cue subject)",
        text="Mama Mamama, Chair (CMC), said: “We will strengthen deterrence and defence.”",
        what="quote speakers",
        expected=["Mama Mamama"],
        got=[None],
        read=_quote_speakers,
    ),
)


def by_id(name: str) -> KnownFailure:
    return next(f for f in KNOWN_FAILURES if f.id == name)
