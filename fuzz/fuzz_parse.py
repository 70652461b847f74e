"""A coverage-guided fuzzer over `nato_press.parse` and `nato_press.parse_date` (issue 11).

Outside the main suite: run it by hand or on a schedule (docs/fuzzing.md). With atheris installed
(``pip install atheris``) it runs libFuzzer-style; otherwise it falls back to hypothesis with the
"nightly" profile of tests/conftest.py. Either way a failure is an exception other than the
documented ones (`parse` never raises for a str; `parse_date` raises only `DateParseError`), an
``internal-error`` defect, a span that does not slice to its record's text, or blocks that do not
partition the input.

    PYTHONPATH=src python fuzz/fuzz_parse.py -max_total_time=600 fuzz/corpus
    PYTHONPATH=src python fuzz/fuzz_parse.py --hypothesis   # the fallback, 5,000 examples
"""

from __future__ import annotations

import json
import sys

import nato_press


def check_parse(text: str) -> None:
    document = nato_press.parse(text)
    if any(d.code == "internal-error" for d in document.defects):
        raise AssertionError(f"internal-error defect on {text!r}")
    position = 0
    for block in document.blocks:
        if block.span.start != position or block.span.end <= block.span.start:
            raise AssertionError(f"blocks do not partition {text!r}")
        position = block.span.end
    if position != len(text):
        raise AssertionError(f"blocks do not cover {text!r}")
    spanned: list[nato_press.DateMention | nato_press.Quote | nato_press.Turn]
    spanned = [*document.dates, *document.relative_dates, *document.quotes, *document.turns]
    for record in spanned:
        if record.span.slice(text) != record.text:
            raise AssertionError(f"{record!r} does not slice to its text in {text!r}")
    json.dumps(document.to_dict())


def check_parse_date(text: str) -> None:
    try:
        mention = nato_press.parse_date(text)
    except nato_press.DateParseError:
        return
    if mention.span.slice(text) != mention.text or mention.start > mention.end:
        raise AssertionError(f"bad mention {mention!r} from {text!r}")


def one_input(data: bytes) -> None:
    """The atheris entry point: the first byte picks the function, the rest is the text."""
    if not data:
        return
    text = data[1:].decode("utf-8", "surrogateescape" if data[0] & 2 else "replace")
    if data[0] & 1:
        check_parse_date(text[:200])
    else:
        check_parse(text)


def run_hypothesis() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    sys.path.insert(0, ".")
    from tests import conftest  # noqa: F401  (registers the profiles)
    from tests.test_invariants import genre_text

    texts = st.one_of(st.text(), genre_text)

    @settings(settings.get_profile("nightly"))
    @given(texts)
    def fuzz_parse(text: str) -> None:
        check_parse(text)

    @settings(settings.get_profile("nightly"))
    @given(texts)
    def fuzz_parse_date(text: str) -> None:
        check_parse_date(text)

    fuzz_parse()
    fuzz_parse_date()
    print("hypothesis fuzzing: no failure")


def main() -> None:
    if "--hypothesis" in sys.argv:
        run_hypothesis()
        return
    try:
        import atheris  # type: ignore[import-untyped]
    except ImportError:
        run_hypothesis()
        return
    with atheris.instrument_imports():
        import nato_press._dates
        import nato_press._pipeline  # noqa: F401  (the stages, instrumented for coverage)
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
