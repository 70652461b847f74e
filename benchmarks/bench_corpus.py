"""Benchmark corpus parsing: parse_many speed-up with worker processes, cost per byte, peak memory.

    python benchmarks/bench_corpus.py                 # 2,000 documents, 1 MB and 10 MB inputs
    python benchmarks/bench_corpus.py --docs 500 --sizes 1   # a quicker run
    python benchmarks/bench_corpus.py --json

The documents are the seeds and dev set texts of ``tests/data`` repeated. Large inputs are
those texts joined by blank lines up to the size. Times are single runs of
``time.perf_counter`` (the large inputs take seconds each); peak memory is measured in a
separate run with ``tracemalloc`` (which slows parsing, so it is not timed). Numbers are
reported, never asserted: the machine may be shared.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

import nato_press

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted((ROOT / "tests" / "data" / "seeds").glob("*.txt")) + sorted(
    (ROOT / "tests" / "data" / "devset").glob("*.txt")
)
MB = 1_000_000


def texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in CORPUS]


def speedup(count: int, jobs: int) -> dict[str, float]:
    """Seconds for parse_many over *count* documents with 1 and with *jobs* processes."""
    base = texts()
    pairs = [(str(i), base[i % len(base)]) for i in range(count)]
    result: dict[str, float] = {}
    for n in (1, jobs):
        start = time.perf_counter()
        done = sum(1 for _ in nato_press.parse_many(pairs, jobs=n))
        result[f"jobs={n} s"] = time.perf_counter() - start
        assert done == count
    result["speed-up"] = result["jobs=1 s"] / result[f"jobs={jobs} s"]
    result["cores available"] = float(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 0)
    return result


def big_text(size: int) -> str:
    base = texts()
    parts: list[str] = []
    length = 0
    index = 0
    while length < size:
        piece = base[index % len(base)]
        parts.append(piece)
        length += len(piece) + 2
        index += 1
    return "\n\n".join(parts)


def per_byte(sizes: list[int]) -> dict[str, float]:
    """Microseconds per 1,000 characters: single documents, and one input of each size."""
    base = texts()
    start = time.perf_counter()
    for text in base:
        nato_press.parse(text)
    single = (time.perf_counter() - start) * 1e9 / sum(len(t) for t in base)
    result = {"single documents us/kchar": single}
    for size in sizes:
        text = big_text(size * MB)
        start = time.perf_counter()
        nato_press.parse(text)
        cost = (time.perf_counter() - start) * 1e9 / len(text)
        result[f"{size} MB us/kchar"] = cost
        result[f"{size} MB / single"] = cost / single
    return result


def peak_memory(sizes: list[int]) -> dict[str, float]:
    """Peak traced memory of one parse, in MB and in bytes per input character."""
    result: dict[str, float] = {}
    for size in sizes:
        text = big_text(size * MB)
        tracemalloc.start()
        document = nato_press.parse(text)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        del document
        result[f"{size} MB peak MB"] = peak / MB
        result[f"{size} MB peak bytes/char"] = peak / len(text)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000, help="documents for the speed-up (default 2000)")
    parser.add_argument("--jobs", type=int, default=2, help="processes to compare with one (default 2)")
    parser.add_argument("--sizes", default="1,10", help="large input sizes in MB (default 1,10)")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc runs")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    report: dict[str, Any] = {
        f"parse_many over {args.docs} documents": speedup(args.docs, args.jobs),
        "cost per character": per_byte(sizes),
    }
    if not args.no_memory:
        report["peak memory (tracemalloc)"] = peak_memory(sizes)
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    for section, numbers in report.items():
        print(section)
        for name, value in numbers.items():
            print(f"  {name:<28} {value:10.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
