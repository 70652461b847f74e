"""The Dask recipe of docs/corpus.md runs on a local cluster and gives the rows of table()."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import nato_press

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("dask.distributed")

DATA = Path(__file__).parent / "data"
PATHS = sorted((DATA / "devset").glob("*.txt")) + sorted((DATA / "seeds").glob("*.txt"))


def quote_rows(path: Path) -> list[dict[str, Any]]:
    result = next(nato_press.parse_many([path]))  # a Document or a ParseFailure
    return nato_press.table([result], "quotes")


def test_dask_bag_over_files_gives_the_same_rows(tmp_path: Path) -> None:
    paths = [*PATHS, tmp_path / "missing.txt"]
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster),
    ):
        bag = db.from_sequence(paths, partition_size=4)
        rows = nato_press.link_speakers(bag.map(quote_rows).flatten().compute())
        documents = bag.map(lambda p: next(nato_press.parse_many([p]))).compute()
    expected = nato_press.table(nato_press.parse_many(paths), "quotes")
    assert rows == expected and len(rows) > 0
    assert documents[:-1] == [nato_press.parse_file(p) for p in PATHS]
    assert isinstance(documents[-1], nato_press.ParseFailure) and documents[-1].kind == "not-found"
