"""Doctest namespace for the Markdown docs: the public API is available by its bare names."""

from __future__ import annotations

from typing import Any

import pytest

import nato_press


@pytest.fixture(autouse=True)
def _public_names(doctest_namespace: dict[str, Any]) -> None:
    doctest_namespace["nato_press"] = nato_press
    doctest_namespace.update({name: getattr(nato_press, name) for name in nato_press.__all__})
