"""Every known failure (tests/known_failures.py) as a strict xfail: fixing the bug makes it XPASS."""

from __future__ import annotations

import pytest

import nato_press

from .known_failures import KNOWN_FAILURES, KnownFailure


@pytest.mark.parametrize("failure", KNOWN_FAILURES, ids=[f.id for f in KNOWN_FAILURES])
@pytest.mark.xfail(strict=True, reason="a known parser bug, see tests/known_failures.py")
def test_known_failure(failure: KnownFailure) -> None:
    assert failure.read(nato_press.parse(failure.text)) == failure.expected


@pytest.mark.parametrize("failure", KNOWN_FAILURES, ids=[f.id for f in KNOWN_FAILURES])
def test_known_failure_still_gives_what_was_recorded(failure: KnownFailure) -> None:
    # Keeps the record honest: a change in what the parser gets wrong shows up here.
    assert failure.read(nato_press.parse(failure.text)) == failure.got
