"""Sphinx configuration of the documentation.

Build it offline, warnings as errors, from the project root::

    sphinx-build -W --keep-going -b html docs OUTDIR

The Markdown pages are read by myst-parser as they are; ``reference.md`` documents every name
in ``nato_press.__all__`` with autodoc. There is no intersphinx (the build must not need the
network), so standard-library names are left unlinked: see ``nitpick_ignore``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

import nato_press  # noqa: E402

project = "nato_press"
author = "nato_press developers"
copyright = "nato_press developers"
version = release = nato_press.__version__

extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon", "myst_parser"]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]

html_theme = "furo"
html_title = f"nato_press {release}"

# Types in the signatures, wrapped one parameter a line when a signature is long (the records).
autodoc_typehints = "signature"
autodoc_member_order = "bysource"
autodoc_default_options = {"members": True, "undoc-members": True}
python_maximum_signature_line_length = 88
python_use_unqualified_type_names = True
# The aliases (``Precision`` …) show as the ``Literal`` they stand for, values in sight. Mapping
# them with ``autodoc_type_aliases`` breaks the evaluation of the records' other annotations.
myst_heading_anchors = 3

# Every cross-reference must resolve; without intersphinx the standard library's cannot.
nitpicky = True
nitpick_ignore = [
    ("py:class", name)
    for name in (
        "datetime.date",
        "datetime.datetime",
        "datetime.time",
        "os.PathLike",
        "pathlib.Path",
        "collections.abc.Iterable",
        "collections.abc.Iterator",
        "typing.Any",
        "Any",
        "ValueError",
        "OSError",
    )
] + [("py:exc", "TypeError"), ("py:exc", "OSError"), ("py:class", "OSError"), ("py:class", "str")]


def _public(name: str) -> Any:
    """The object a dotted ``nato_press.X.y`` name documents, or ``None``."""
    parts = name.split(".")
    if parts[0] != "nato_press":
        return None
    obj: Any = nato_press
    for part in parts[1:]:
        obj = getattr(obj, part, None)
    return obj


def _alias_doc(name: str, obj: Any) -> list[str]:
    """The ``#:`` comment above a public type alias, in the private module that defines it."""
    from sphinx.pycode import ModuleAnalyzer

    short = name.rsplit(".", 1)[-1]
    for module_name, module in sorted(sys.modules.items()):
        if module_name.startswith("nato_press._") and getattr(module, short, None) is obj:
            docs = ModuleAnalyzer.for_module(module_name).find_attr_docs().get(("", short))
            if docs:  # the defining module, not one that imports the alias
                return list(docs)
    return []


_before_napoleon: dict[str, list[str]] = {}


def _keep(app: Any, what: str, name: str, obj: Any, options: Any, lines: list[str]) -> None:
    # napoleon reads "Words: more words" on the first line of an attribute or property docstring
    # as "type: description"; this project writes no such docstrings, so keep them as written.
    if what in {"attribute", "property", "data"}:
        _before_napoleon[name] = list(lines)


def _restore(app: Any, what: str, name: str, obj: Any, options: Any, lines: list[str]) -> None:
    if name in _before_napoleon:
        lines[:] = _before_napoleon.pop(name)
    if what == "data":
        if lines and obj.__doc__ == type(obj).__doc__:
            lines[:] = []  # the docstring of ``str`` for ``__version__``: the page says what it is
        if not lines:
            lines[:] = _alias_doc(name, obj)
    if what == "attribute":
        owner = _public(name.rsplit(".", 1)[0])
        if isinstance(owner, type) and attrs.has(owner):
            field = attrs.fields_dict(owner).get(name.rsplit(".", 1)[-1])
            if field is not None and not lines:
                if field.default is attrs.NOTHING:
                    lines[:] = ["Required."]
                else:
                    lines[:] = [f"Default: ``{field.default!r}``."]


def _public_targets(app: Any, doctree: Any) -> None:
    # Annotations name the records by their defining module (``nato_press._records.Span``); point
    # the links at the public name, so that no private module shows, not even in a tooltip.
    from sphinx import addnodes

    for node in doctree.findall(addnodes.pending_xref):
        target = node.get("reftarget", "")
        if node.get("refdomain") == "py" and target.startswith("nato_press._"):
            public = target.rsplit(".", 1)[-1]
            if public in nato_press.__all__:
                node["reftarget"] = f"nato_press.{public}"


def setup(app: Any) -> dict[str, Any]:
    app.connect("doctree-read", _public_targets)
    app.connect("autodoc-process-docstring", _keep, priority=400)
    app.connect("autodoc-process-docstring", _restore, priority=600)
    return {"parallel_read_safe": True}
