"""Benchmark the full parse: time per document, per stage, and how cost grows with input size.

    python benchmarks/bench_parse.py            # table on the seeds and the dev set
    python benchmarks/bench_parse.py --json     # the same numbers as one JSON object

Timings are medians of repeated runs with ``time.perf_counter``; they are measured here and
reported in docs, never asserted by tests (a loaded CI machine would make them flaky).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import nato_press
from nato_press import _dates, _people, _structure, _turns

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted((ROOT / "tests" / "data" / "seeds").glob("*.txt")) + sorted(
    (ROOT / "tests" / "data" / "devset").glob("*.txt")
)


def median_seconds(run: Callable[[], object], *, repeat: int = 7, number: int = 20) -> float:
    """Median over *repeat* rounds of the mean time of *number* calls."""
    rounds = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            run()
        rounds.append((time.perf_counter() - start) / number)
    return statistics.median(rounds)


def as_date(value: dt.date | None) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


def stage_times(text: str) -> dict[str, float]:
    """Seconds spent in each stage of the pipeline for *text*."""
    blocks, header, _ = _structure.segment(text)
    regions = [b.span for b in blocks if b.kind not in ("boilerplate", "blank")]
    published = header.published
    turns, _ = _turns.find_turns(text, blocks, header)
    notes, _ = _structure.find_footnotes(text, blocks)
    return {
        "segment": median_seconds(lambda: _structure.segment(text)),
        "language": median_seconds(lambda: _structure.detect_language(text, blocks)),
        "dates": median_seconds(lambda: _dates.scan_dates(text, regions, reference_date=as_date(published))),
        "footnotes": median_seconds(lambda: _structure.find_footnotes(text, blocks)),
        "turns": median_seconds(lambda: _turns.find_turns(text, blocks, header)),
        "people": median_seconds(lambda: _people.find_people(text, blocks, header, turns, notes)),
    }


def scaling() -> dict[str, list[tuple[int, float]]]:
    """Microseconds per 1,000 characters as inputs grow, for the corpus and for hostile inputs."""
    corpus = "\n\n".join(p.read_text(encoding="utf-8") for p in CORPUS)
    hostile = {
        "corpus": corpus,
        "straight quotes": '"' * 4000,
        "open curly quotes": "“ " * 4000,
        "brackets": "[1" * 4000,
        "digits": "1 2 " * 4000,
        "labels": "A B C D E F G H I J K L M N O P Q:\n" * 200,
        "one long line": ("Secretary General Jens Stoltenberg said " * 200),
    }
    result: dict[str, list[tuple[int, float]]] = {}
    for name, unit in hostile.items():
        rows = []
        for factor in (1, 4, 16):
            text = unit * factor
            seconds = median_seconds(lambda text=text: nato_press.parse(text), repeat=3, number=1)  # type: ignore[misc]
            rows.append((len(text), seconds * 1e6 / max(1, len(text)) * 1000))
        result[name] = rows
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--no-scaling", action="store_true", help="skip the input-size scaling runs")
    args = parser.parse_args(argv)

    per_doc = {}
    stages: dict[str, list[float]] = {}
    for path in CORPUS:
        text = path.read_text(encoding="utf-8")
        per_doc[path.stem] = (len(text), median_seconds(lambda text=text: nato_press.parse(text)))  # type: ignore[misc]
        for stage, seconds in stage_times(text).items():
            stages.setdefault(stage, []).append(seconds)
    total_chars = sum(n for n, _ in per_doc.values())
    total_seconds = sum(s for _, s in per_doc.values())
    summary = {
        "documents": len(per_doc),
        "median_ms_per_document": statistics.median(s for _, s in per_doc.values()) * 1e3,
        "ms_per_3kb": total_seconds / total_chars * 3000 * 1e3,
        "stage_median_ms": {k: statistics.median(v) * 1e3 for k, v in stages.items()},
        "import_ms": import_time_ms(),
    }
    scale = {} if args.no_scaling else scaling()
    if args.json:
        print(json.dumps({"summary": summary, "documents": per_doc, "scaling": scale}))
        return 0
    print(f"{'document':<24} {'chars':>6} {'ms':>7}")
    for name, (chars, seconds) in per_doc.items():
        print(f"{name:<24} {chars:>6} {seconds * 1e3:7.3f}")
    print(f"\nmedian per document: {summary['median_ms_per_document']:.3f} ms", end="; ")
    print(f"per 3 KB: {summary['ms_per_3kb']:.3f} ms")
    print("median per stage (ms): " + ", ".join(f"{k} {v:.3f}" for k, v in summary["stage_median_ms"].items()))  # type: ignore[attr-defined]
    print(f"import nato_press: {summary['import_ms']:.1f} ms")
    if scale:
        print("\nmicroseconds per 1,000 characters as the input grows (flat = linear):")
        for name, rows in scale.items():
            print(f"  {name:<18} " + "  ".join(f"{n:>7} ch: {us:8.1f}" for n, us in rows))
    return 0


def import_time_ms() -> float:
    """Wall time of ``import nato_press`` in a fresh interpreter, minus the interpreter's own start."""
    import subprocess

    def run(code: str) -> float:
        best = float("inf")
        for _ in range(5):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            best = min(best, time.perf_counter() - start)
        return best

    return (run("import nato_press") - run("pass")) * 1e3


if __name__ == "__main__":
    sys.exit(main())
