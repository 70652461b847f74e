"""Split a gold folder in two fixed halves, so that rules are made on one and measured on the other.

The rule is fixed and blind to content: a text belongs to half A when the CRC-32 of its id
(the file stem) is even, to half B when it is odd. Each half is written as a folder of
symbolic links that ``score.py`` reads like any gold folder::

    python scripts/devset_halves.py ../shared/devset /tmp/halves
    python ../shared/eval/score.py /tmp/halves/A
    python ../shared/eval/score.py /tmp/halves/B
"""

from __future__ import annotations

import sys
import zlib
from pathlib import Path


def half(stem: str) -> str:
    """``"A"`` or ``"B"``: the half the text *stem* belongs to."""
    return "A" if zlib.crc32(stem.encode("utf-8")) % 2 == 0 else "B"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: devset_halves.py GOLD_DIR OUT_DIR", file=sys.stderr)
        return 2
    source, out = Path(argv[0]).resolve(), Path(argv[1])
    for name in ("A", "B"):
        (out / name).mkdir(parents=True, exist_ok=True)
        for old in (out / name).iterdir():
            old.unlink()
    counts = {"A": 0, "B": 0}
    for text in sorted(source.glob("*.txt")):
        side = half(text.stem)
        counts[side] += 1
        for path in (text, text.with_suffix(".json")):
            if path.exists():
                (out / side / path.name).symlink_to(path)
    print(f"A: {counts['A']} texts, B: {counts['B']} texts")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
