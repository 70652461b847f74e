"""Hostile inputs must not hang: every case of ``benchmarks/bench_hostile.py`` parses within a generous bound.

The bound (60 s for 200,000 characters, where ordinary text takes well under a second) catches
catastrophic backtracking and quadratic loops, not slowness; the ratios and growth exponents
are measured by the benchmark and reported in ``docs/performance.md``.
"""

from __future__ import annotations

import importlib.util
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from types import FrameType, ModuleType

import pytest

import nato_press

_PATH = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_hostile.py"
SIZE = 200_000
BOUND_SECONDS = 60


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_hostile", _PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_hostile", module)
    spec.loader.exec_module(module)
    return module


CASES = _bench().cases()


class _TooSlow(Exception):
    pass


@pytest.fixture
def bounded() -> Iterator[None]:
    def expire(signum: int, frame: FrameType | None) -> None:
        raise _TooSlow(f"parse took more than {BOUND_SECONDS} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(BOUND_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("name", sorted(CASES))
@pytest.mark.usefixtures("bounded")
def test_hostile_input_parses_in_bounded_time(name: str) -> None:
    text = CASES[name](SIZE)
    assert len(text) == SIZE
    document = nato_press.parse(text)
    assert not [d for d in document.defects if d.code == "internal-error"]
    assert sum(b.span.end - b.span.start for b in document.blocks) == SIZE
