"""The library's exceptions: everything it raises derives from :class:`NatoPressError`."""

from __future__ import annotations

__all__ = ["DateParseError", "FileReadError", "NatoPressError"]


class NatoPressError(ValueError):
    """Base class of every error the library raises on purpose."""


class DateParseError(NatoPressError):
    """A string given to :func:`nato_press.parse_date` cannot be read as a date.

    ``source`` is the string and ``position`` the offset where reading failed;
    the message ends with ``(at column C)``.

    >>> err = DateParseError("no date found", "next Tuesday-ish", 0)
    >>> str(err)
    "no date found in 'next Tuesday-ish' (at column 1)"
    """

    def __init__(self, reason: str, source: str, position: int) -> None:
        self.reason = reason
        self.source = source
        self.position = position
        super().__init__(f"{reason} in {source!r} (at column {position + 1})")

    def __reduce__(self) -> tuple[type[DateParseError], tuple[str, str, int]]:
        return (type(self), (self.reason, self.source, self.position))


class FileReadError(NatoPressError, OSError):
    """A file given to :func:`nato_press.parse_file` could not be read as text.

    ``path`` (also ``filename``, as on any :class:`OSError`) names the file; the message says
    why; ``kind`` is a short stable code for the reason: ``"not-found"``, ``"is-a-directory"``,
    ``"permission-denied"``, ``"not-text"``, ``"not-utf8"`` or ``"os-error"``. It is both a
    :class:`NatoPressError` and an :class:`OSError`, so ``except OSError`` around file handling
    catches it too.

    >>> err = FileReadError("page.txt", "no such file", "not-found")
    >>> str(err), err.kind, isinstance(err, OSError), err.filename
    ('page.txt: no such file', 'not-found', True, 'page.txt')
    """

    def __init__(self, path: str, reason: str, kind: str = "os-error") -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.kind = kind
        self.filename = path

    def __str__(self) -> str:
        # OSError would print "[Errno None] None: 'path'" once ``filename`` is set.
        return f"{self.path}: {self.reason}"

    def __reduce__(self) -> tuple[type[FileReadError], tuple[str, str, str]]:
        return (type(self), (self.path, self.reason, self.kind))


# The errors are documented and caught as ``nato_press.X``; say so in tracebacks and reprs.
for _error in (NatoPressError, DateParseError, FileReadError):
    _error.__module__ = "nato_press"
del _error
