"""Hostile inputs against ordinary text of the same size: the cost ratio and the growth exponent.

    python benchmarks/bench_hostile.py                 # 10 KB, 100 KB, 600 KB
    python benchmarks/bench_hostile.py --max 10000000  # up to 10 MB (slow)
    python benchmarks/bench_hostile.py --case quotes   # only the cases whose name contains "quotes"

For each case, a unit string is repeated (or cut) to each size and parsed once per round; the
median of the rounds is kept. ``ratio`` is the case's time over ordinary text's time at the
largest size; ``exponent`` is the least-squares slope of log(time) against log(size) (1.0 is
linear). The targets are ratio <= 2 and exponent <= 1.1. Timings are reported, never asserted:
`tests/test_hostile.py` only guards the same inputs with a generous bound.
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import nato_press

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted((ROOT / "tests" / "data" / "seeds").glob("*.txt")) + sorted(
    (ROOT / "tests" / "data" / "devset").glob("*.txt")
)


def _random_mixed(size: int) -> str:
    rng = random.Random(7)
    alphabet = "aB1 .,:;\n\"'“”„«»‘’[]()-–—/•|Mr" + "\u00a0\u2028\x00\x1f"
    return "".join(rng.choice(alphabet) for _ in range(size))


def _names(size: int) -> str:
    rng = random.Random(3)
    first = ["Jens", "Anna", "Mark", "Hans-Werner", "Ursula", "Jean-Pierre", "Mircea", "Rob"]
    last = ["Stoltenberg", "Doe", "Rutte", "Wiermann", "von der Leyen", "Geoană", "Bauer"]
    out: list[str] = []
    n = 0
    while n < size:
        word = f"{rng.choice(first)} {rng.choice(last)}, "
        out.append(word)
        n += len(word)
    return "".join(out)[:size]


def _ordinary() -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in CORPUS)


def cases() -> dict[str, Callable[[int], str]]:
    """Each case as a function of the wanted size in characters."""

    def repeat(unit: str) -> Callable[[int], str]:
        return lambda size: (unit * (size // len(unit) + 1))[:size]

    ordinary = _ordinary()
    lone_surrogates = "".join(chr(0xD800 + (i % 0x800)) for i in range(97)) + " text "
    return {
        "ordinary": repeat(ordinary),
        "date ranges": repeat("17 June and 18 "),
        "quote marks": repeat("„“«‘"),
        "straight quotes": repeat('"'),
        "footnote markers": repeat("[1]"),
        "numeric slashes": repeat("1/"),
        "label lines": repeat("A B C:\n"),
        "label-like lines": repeat("MR. JOHN DOE (NATO):\n"),
        "capitalised words": repeat("Secretary General North Atlantic Council Brussels Summit "),
        "blank lines": repeat("\n"),
        "one long line": repeat("Ministers met in Brussels on 17 June 2020 and said they agreed. "),
        "random mixed": _random_mixed,
        "nul and controls": repeat("\x00\x01\x02\x1b[0m\x7f\x85 word "),
        "lone surrogates": repeat(lone_surrogates),
        "urls": repeat("https://www.nato.int/cps/en/natohq/news_12345.htm?selectedLocale=en "),
        "Mr. repeated": repeat("Mr. "),
        "he said repeated": repeat("he said, "),
        "names": _names,
    }


def seconds_for(text: str, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        nato_press.parse(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def exponent(points: list[tuple[int, float]]) -> float:
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(max(s, 1e-9)) for _, s in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--max", type=int, default=600_000, help="largest input size in characters")
    parser.add_argument("--case", default="", help="only cases whose name contains this")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    sizes = [s for s in (10_000, 100_000, 600_000, 1_000_000, 10_000_000) if s <= args.max]
    table = cases()
    wanted = ["ordinary"] + [n for n in table if n != "ordinary" and args.case in n]
    base: dict[int, float] = {}
    print(f"{'case':<20} " + " ".join(f"{s:>11,}" for s in sizes) + "   ratio  exponent")
    for name in wanted:
        points = []
        for size in sizes:
            text = table[name](size)
            points.append((size, seconds_for(text, args.rounds)))
        if name == "ordinary":
            base = dict(points)
        ratio = points[-1][1] / base[points[-1][0]]
        cells = " ".join(f"{s * 1e3:9.1f}ms" for _, s in points)
        print(f"{name:<20} {cells}  {ratio:6.2f}  {exponent(points):8.2f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
