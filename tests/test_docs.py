"""The documentation builds with Sphinx, warnings as errors, and documents every public name.

``.ci/run`` builds it too (``sphinx-build -W --keep-going -b html docs OUTDIR``); this test gives
the same check to a plain ``pytest`` run and skips when Sphinx is not installed
(``pip install -e '.[docs]'``).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import nato_press

DOCS = Path(__file__).parent.parent / "docs"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("sphinx")
    pytest.importorskip("myst_parser")
    pytest.importorskip("furo")
    out = tmp_path_factory.mktemp("html")
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-b", "html", str(DOCS), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return out


def test_docs_build_without_warnings(built: Path) -> None:
    for page in ("index", "reference", "cli", "json", "compatibility", "changelog"):
        assert (built / f"{page}.html").is_file(), page


def test_reference_documents_every_public_name(built: Path) -> None:
    page = (built / "reference.html").read_text(encoding="utf-8")
    missing = [name for name in nato_press.__all__ if f'id="nato_press.{name}"' not in page]
    assert not missing, f"add to docs/reference.md: {missing}"


def test_reference_shows_no_private_names(built: Path) -> None:
    page = (built / "reference.html").read_text(encoding="utf-8")
    private = re.findall(r"_dt\.\w+|nato_press\._[a-z]\w*|TypeAliasForwardRef", page)
    assert not private, private
