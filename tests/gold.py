"""Read the gold fixtures in ``tests/data/`` and score a parse against them.

The scoring rules mirror ``../shared/eval/score.py`` (normalised texts, greedy matching,
calendar-day dates) so the suite checks the same thing as the shared scorer without
needing the shared folder.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"
PUNCT = " \t\n.,;:!?…—–-\"'“”„‟«»‹›‘’‚`()[]"


def cases(folder: str) -> list[Path]:
    """The ``.txt`` files of ``tests/data/<folder>`` that have a gold ``.json`` beside them."""
    return sorted(p for p in (DATA / folder).glob("*.txt") if p.with_suffix(".json").exists())


def gold_of(path: Path) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    return result


def norm(text: object) -> str:
    if not isinstance(text, str):
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'")
    return " ".join(text.split()).lower().strip(PUNCT)


def similar(a: str, b: str) -> bool:
    if a == b:
        return True
    if not a or not b:
        return False
    ta, tb = set(a.split()), set(b.split())
    return len(ta & tb) / len(ta | tb) >= 0.85


def days_of(mention: dict[str, Any]) -> list[str]:
    if mention.get("precision") != "day":
        return []
    d0 = dt.date.fromisoformat(mention["start"])
    d1 = dt.date.fromisoformat(mention["end"])
    return [(d0 + dt.timedelta(days=k)).isoformat() for k in range((d1 - d0).days + 1)]


def quote_pairs(gold: list[str], pred: list[str]) -> list[tuple[int, int]]:
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for exact in (True, False):
        for i, g in enumerate(gold):
            if i in used_g:
                continue
            for j, p in enumerate(pred):
                if j not in used_p and ((g == p) if exact else similar(g, p)):
                    pairs.append((i, j))
                    used_g.add(i)
                    used_p.add(j)
                    break
    return pairs


def differences(gold: dict[str, Any], got: dict[str, Any]) -> list[str]:
    """Every way *got* (``Document.to_dict()``) differs from *gold*, as readable lines."""
    errors: list[str] = []
    if norm(gold["title"]) != norm(got["title"]):
        errors.append(f"title {got['title']!r} != {gold['title']!r}")
    published = got["published"][:10] if got["published"] else None
    if gold["published"] != published:
        errors.append(f"published {published!r} != {gold['published']!r}")
    gs = {norm(s["name"]) for s in gold["speakers"]}
    ps = {norm(s["name"]) for s in got["speakers"]}
    errors += [f"speaker missed {s!r}" for s in sorted(gs - ps)]
    errors += [f"speaker extra {s!r}" for s in sorted(ps - gs)]
    gq = [norm(q["text"]) for q in gold["quotes"]]
    pq = [norm(q["text"]) for q in got["quotes"]]
    pairs = quote_pairs(gq, pq)
    errors += [f"quote missed {gq[i][:60]!r}" for i in range(len(gq)) if i not in {a for a, _ in pairs}]
    errors += [f"quote extra {pq[j][:60]!r}" for j in range(len(pq)) if j not in {b for _, b in pairs}]
    for i, j in pairs:
        want, have = norm(gold["quotes"][i]["speaker"]), norm(got["quotes"][j]["speaker"])
        if want and want != have:
            errors.append(f"quote speaker {have!r} != {want!r} for {gq[i][:40]!r}")
    gd = set(gold["dates"])
    pd = {d for m in got["dates"] for d in days_of(m)}
    errors += [f"date missed {d}" for d in sorted(gd - pd)]
    errors += [f"date extra {d}" for d in sorted(pd - gd)]
    gf = {(f["label"], tuple(sorted(f["urls"]))) for f in gold["footnotes"]}
    pf = {(f["label"], tuple(sorted(f["urls"]))) for f in got["footnotes"]}
    errors += [f"footnote missed {f}" for f in sorted(gf - pf)]
    errors += [f"footnote extra {f}" for f in sorted(pf - gf)]
    gt = [norm(t["speaker"]) + " | " + norm(t["starts"])[:25] for t in gold["turns"]]
    pt = [norm(t["speaker"]) + " | " + norm(t["text"])[:25] for t in got["turns"]]
    if gt != pt:
        errors.append(f"turns {pt} != {gt}")
    return errors
