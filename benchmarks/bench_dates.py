"""Benchmark the dates stage against datefinder and dateparser: calendar-day accuracy and speed.

    python benchmarks/bench_dates.py            # table on the seeds and the dev set
    python benchmarks/bench_dates.py --json     # the same numbers as one JSON object
    python benchmarks/bench_dates.py --quick    # fewer repeats

Accuracy is the calendar-day P/R/F1 of the gold ``dates`` (every explicit day, ranges expanded)
in ``tests/data/{seeds,devset}/*.json``: ours with the publication date the header stage finds
(``nato_press.parse(text).published``) as reference; the peers as they are called by default
(``datefinder.find_dates(text)``, ``dateparser.search.search_dates(text, languages=["en"])``).
Times are medians of repeated runs per document; they are reported, never asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import statistics
import sys
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from bench_parse import as_date, median_seconds  # shared timing helpers, same folder

import nato_press
from nato_press._dates import scan_dates

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("seeds", "devset")


def days_of_ours(text: str, reference: dt.date | None) -> set[str]:
    days: set[str] = set()
    for mention in nato_press.find_dates(text, reference_date=reference):
        if mention.precision == "day":
            span = (mention.end - mention.start).days
            days.update((mention.start + dt.timedelta(days=k)).isoformat() for k in range(span + 1))
    return days


def days_of(values: Iterable[dt.datetime]) -> set[str]:
    return {value.date().isoformat() for value in values}


def datefinder_days(text: str) -> set[str]:
    import datefinder

    try:
        return days_of(datefinder.find_dates(text))
    except Exception:  # a peer that fails on a document finds nothing there
        return set()


def dateparser_days(text: str) -> set[str]:
    from dateparser.search import search_dates

    try:
        found = search_dates(text, languages=["en"]) or []
    except Exception:  # likewise
        return set()
    return days_of(value for _, value in found)


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp, "fp": fp, "fn": fn}


def run(quick: bool) -> dict[str, Any]:
    warnings.simplefilter("ignore")
    systems: dict[str, Callable[[str, dt.date | None], set[str]]] = {
        "nato_press": days_of_ours,
        "datefinder": lambda text, _ref: datefinder_days(text),
        "dateparser": lambda text, _ref: dateparser_days(text),
    }
    accuracy: dict[str, dict[str, dict[str, float]]] = {}
    timings: dict[str, dict[str, list[float]]] = {}
    repeat, number = (3, 3) if quick else (7, 10)
    for folder in FOLDERS:
        counts = {name: [0, 0, 0] for name in systems}
        times: dict[str, list[float]] = {"dates only": [], "full parse": [], "datefinder": [], "dateparser": []}
        for path in sorted((ROOT / "tests" / "data" / folder).glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            gold = set(json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["dates"])
            document = nato_press.parse(text)
            reference = as_date(document.published)
            for name, system in systems.items():
                found = system(text, reference)
                counts[name][0] += len(found & gold)
                counts[name][1] += len(found - gold)
                counts[name][2] += len(gold - found)
            regions = [b.span for b in document.blocks if b.kind not in ("boilerplate", "blank")]
            ours = functools.partial(scan_dates, text, regions, reference_date=reference)
            times["dates only"].append(median_seconds(ours, repeat=repeat, number=number))
            parse = functools.partial(nato_press.parse, text)
            times["full parse"].append(median_seconds(parse, repeat=repeat, number=number))
            times["datefinder"].append(
                median_seconds(functools.partial(datefinder_days, text), repeat=repeat, number=1)
            )
            times["dateparser"].append(median_seconds(functools.partial(dateparser_days, text), repeat=1, number=1))
        accuracy[folder] = {name: prf(*c) for name, c in counts.items()}
        timings[folder] = times
    return {
        "accuracy": accuracy,
        "median_us_per_document": {
            folder: {name: statistics.median(values) * 1e6 for name, values in times.items()}
            for folder, times in timings.items()
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    args = parser.parse_args(argv)
    result = run(args.quick)
    if args.json:
        json.dump(result, sys.stdout, indent=2)
        print()
        return 0
    print("Calendar-day accuracy against the gold `dates`")
    print(f"{'set':8} {'system':12} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
    for folder, systems in result["accuracy"].items():
        for name, s in systems.items():
            scores = f"{s['p']:6.3f} {s['r']:6.3f} {s['f1']:6.3f}"
            print(f"{folder:8} {name:12} {scores} {s['tp']:4} {s['fp']:4} {s['fn']:4}")
    print()
    print("Median time per document (microseconds)")
    names = ["dates only", "full parse", "datefinder", "dateparser"]
    print(f"{'set':8} " + " ".join(f"{n:>12}" for n in names))
    for folder, times in result["median_us_per_document"].items():
        print(f"{folder:8} " + " ".join(f"{times[n]:12.0f}" for n in names))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
