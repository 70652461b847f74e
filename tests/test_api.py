"""The public surface: what is exported, how records behave, what is raised."""

from __future__ import annotations

import codecs
import datetime as dt
import inspect
import os
import pickle
import typing
from pathlib import Path

import attrs
import pytest

import nato_press

SNAPSHOT = Path(__file__).parent / "data" / "api_surface.txt"


def surface() -> str:
    """One line per public name: functions with their signatures, records with their fields."""
    lines = [f"__version__ major {nato_press.__version__.split('.')[0]}"]
    for name in sorted(nato_press.__all__):
        if name == "__version__":
            continue
        value = getattr(nato_press, name)
        if typing.get_origin(value) is typing.Literal:
            lines.append(f"alias {name} = Literal{list(typing.get_args(value))}")
        elif attrs.has(value):
            fields = ", ".join(
                f"{f.name}: {f.type}" + ("" if f.default is attrs.NOTHING else " = …") for f in attrs.fields(value)
            )
            lines.append(f"record {name}({fields})")
        elif inspect.isclass(value):
            bases = ", ".join(b.__name__ for b in value.__mro__[1:-1])
            lines.append(f"class {name}({bases})")
        elif callable(value):
            lines.append(f"def {name}{inspect.signature(value)}")
        else:
            lines.append(f"alias {name} = {value}")
    return "\n".join(lines) + "\n"


def test_public_api_matches_snapshot() -> None:
    """Changing the public API means updating the snapshot, the CHANGELOG and the version.

    Regenerate with ``NATO_PRESS_UPDATE_API=1 pytest tests/test_api.py``.
    """
    current = surface()
    if os.environ.get("NATO_PRESS_UPDATE_API"):
        SNAPSHOT.write_text(current, encoding="utf-8")
    assert current == SNAPSHOT.read_text(encoding="utf-8")


def test_dir_lists_only_the_public_api() -> None:
    assert sorted(dir(nato_press)) == sorted(nato_press.__all__)
    for name in nato_press.__all__:
        assert hasattr(nato_press, name)


RECORDS = [n for n in nato_press.__all__ if inspect.isclass(value := getattr(nato_press, n)) and attrs.has(value)]


@pytest.mark.parametrize("name", RECORDS)
def test_records_are_frozen_slotted_keyword_only(name: str) -> None:
    cls = getattr(nato_press, name)
    assert "__slots__" in cls.__dict__
    assert all(f.kw_only for f in attrs.fields(cls))
    assert attrs.has(cls) and cls.__setattr__ is not object.__setattr__


def test_records_cannot_be_changed() -> None:
    span = nato_press.Span(start=1, end=3)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 2  # type: ignore[misc]


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (3, 2)])
def test_span_validates(start: int, end: int) -> None:
    with pytest.raises(ValueError, match=r"span|start|end"):
        nato_press.Span(start=start, end=end)


@pytest.mark.parametrize("bad", [None, b"bytes", 3, ["list"]])
def test_parse_rejects_non_strings(bad: object) -> None:
    with pytest.raises(TypeError, match="str"):
        nato_press.parse(bad)  # type: ignore[arg-type]


def test_parse_rejects_a_non_date_reference() -> None:
    with pytest.raises(TypeError, match="reference_date"):
        nato_press.parse("text", reference_date="2020-01-01")  # type: ignore[arg-type]


def test_parse_of_empty_text() -> None:
    document = nato_press.parse("")
    assert document.blocks == () and document.quotes == () and document.title is None
    assert document.defects == ()


def test_parse_file_tolerates_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"Brussels, 3 June 2020\n")
    document = nato_press.parse_file(path)
    assert document.text == "Brussels, 3 June 2020\n"


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"\xff\xfe\x00a\x00b", "not a text file"), (b"caf\xe9 au lait", "not UTF-8 text")],
)
def test_parse_file_names_a_file_that_is_not_text(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "data.bin"
    path.write_bytes(content)
    with pytest.raises(nato_press.FileReadError) as raised:
        nato_press.parse_file(path)
    assert raised.value.path == str(path)
    assert reason in str(raised.value) and str(path) in str(raised.value)
    assert isinstance(raised.value, nato_press.NatoPressError) and isinstance(raised.value, ValueError)


def test_parse_file_names_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(nato_press.FileReadError, match="no such file"):
        nato_press.parse_file(tmp_path / "absent.txt")


def test_file_read_error_is_an_os_error(tmp_path: Path) -> None:
    missing = tmp_path / "absent.txt"
    with pytest.raises(OSError, match="no such file") as raised:
        nato_press.parse_file(missing)
    assert isinstance(raised.value, nato_press.FileReadError)
    assert raised.value.filename == str(missing)


@pytest.mark.parametrize("name", ["NatoPressError", "DateParseError", "FileReadError"])
def test_errors_are_named_from_the_public_module(name: str) -> None:
    error = getattr(nato_press, name)
    assert error.__module__ == "nato_press"
    assert f"nato_press.{name}" in repr(error)


def test_errors_pickle() -> None:
    for error in (nato_press.FileReadError("a.txt", "no such file"), nato_press.DateParseError("bad", "x y", 2)):
        again = pickle.loads(pickle.dumps(error))
        assert type(again) is type(error) and str(again) == str(error)


def test_to_dict_is_plain_json_data() -> None:
    import json

    document = nato_press.parse("Brussels, 3 June 2020\n\n“We stand united,” said Jens Stoltenberg.")
    data = document.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert isinstance(data["published"], str | None)


def test_document_properties() -> None:
    document = nato_press.parse("Title line\n\n07 Nov. 2017 - | Last updated: 07 Nov. 2017 11:17\n\nBody text.\n")
    assert document.published == dt.date(2017, 11, 7)
    assert document.title == document.header.title
    assert all(b.kind == "boilerplate" for b in document.boilerplate)
