"""Parser bugs the generated-document and metamorphic properties found (issue 11), not fixed yet.

Each entry is a minimal input with what a correct parse gives and what the parser gives today.
`test_known_failures.py` runs each as a strict xfail: when a stage fixes the bug the test turns
XPASS and fails, and the entry (and the generator's avoidance of that shape, which names the
entry) is removed. The properties carry the same input as an ``@example``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

import nato_press


@attrs.frozen
class KnownFailure:
    id: str
    stage: str
    text: str
    what: str  # the field compared, for the report
    expected: Any
    got: Any  # what the parser gave when the entry was recorded
    read: Callable[[nato_press.Document], Any]


def _quote_speakers(document: nato_press.Document) -> list[str | None]:
    return [q.speaker for q in document.quotes]


def _language(document: nato_press.Document) -> str | None:
    return document.language


def _title(document: nato_press.Document) -> str | None:
    return document.title


KNOWN_FAILURES: tuple[KnownFailure, ...] = (
    KnownFailure(
        # Found by test_wrapping_long_paragraphs_changes_nothing after the people rules of this
        # release: two people of one first name and one title, each quote wrapped after its
        # first word, are merged into the first name alone (on one line both are found).
        id="wrapped-quotes-merge-namesakes",
        stage="_people (name matching)",
        text=(
            "Title here\n\nGeneral Mama Mamama, Supreme Allied Commander Transformation, said: “We\n"
            "will strengthen deterrence.”\n\nGeneral Mama Rorororo, Supreme Allied Commander "
            "Transformation, said: “We\nwill strengthen deterrence.”"
        ),
        what="quote speakers",
        expected=["Mama Mamama", "Mama Rorororo"],
        got=["Mama", "Mama"],
        read=_quote_speakers,
    ),
    KnownFailure(
        id="acronym-after-role-loses-speaker",
        stage="_people (cue subject)",
        text="Mama Mamama, Chair (CMC), said: “We will strengthen deterrence and defence.”",
        what="quote speakers",
        expected=["Mama Mamama"],
        got=[None],
        read=_quote_speakers,
    ),
    KnownFailure(
        # Found by test_wrapping_long_paragraphs_changes_nothing; on one line the speaker is found.
        id="line-break-in-role-loses-speaker",
        stage="_people (cue subject)",
        text="Mama Mamama, Chair of the\nCommittee, said: “We will strengthen deterrence.”",
        what="quote speakers",
        expected=["Mama Mamama"],
        got=[None],
        read=_quote_speakers,
    ),
    KnownFailure(
        # Found by test_wrapping_long_paragraphs_changes_nothing; with a four-word quote the quote is lost
        # altogether (read as a scare quote with no cue): "“We will strengthen deterrence,”\nsaid X."
        id="line-break-before-trailing-cue-loses-speaker",
        stage="_people (cue after the quote)",
        text="“We will strengthen cyber defence,”\nsaid Mama Mamama.",
        what="quote speakers",
        expected=["Mama Mamama"],
        got=[None],
        read=_quote_speakers,
    ),
    KnownFailure(
        # Found by test_wrapping_long_paragraphs_changes_nothing: a line break inside the first paragraph
        # of a multi-paragraph quote ends the quote there (unclosed-quote); unwrapped it is one quote.
        id="line-break-in-multi-paragraph-quote-splits-it",
        stage="_people (quote marks)",
        text="Mama Mamama said: “We will strengthen\ndeterrence.\n\n“We will do it now.”",
        what="quotes (text, speaker)",
        expected=[("We will strengthen\ndeterrence.\n\n“We will do it now.", "Mama Mamama")],
        got=[("We will strengthen", "Mama Mamama"), ("We will do it now.", None)],
        read=lambda document: [(q.text, q.speaker) for q in document.quotes],
    ),
    KnownFailure(
        # Found by test_wrapping_long_paragraphs_changes_nothing: a line inside a quote that starts with a
        # capitalised word ends the quote before it; "He said: “We will do\nit now.”" is read.
        id="line-break-before-capitalised-word-in-quote-loses-it",
        stage="_people (quote marks)",
        text="He said: “Our\nAlliance will do it now.”",
        what="quotes (text, speaker)",
        expected=[("Our\nAlliance will do it now.", None)],
        got=[],
        read=lambda document: [(q.text, q.speaker) for q in document.quotes],
    ),
    KnownFailure(
        # Found by test_quote_mark_style_changes_only_the_marks: "He said: « We will do it. »" is "en";
        # a mark glued to the word ("“We", "«We") hides the word from the function-word count.
        id="glued-quote-mark-hides-language-word",
        stage="_structure (language)",
        text="He said: “We will do it.”",
        what="language",
        expected="en",
        got=None,
        read=_language,
    ),
    KnownFailure(
        # Found by test_a_leading_bom_changes_nothing: parse_file drops the BOM, parse of a str keeps it
        # in the title (and in the first block).
        id="leading-bom-in-str-kept-in-title",
        stage="_structure (header/title) or _pipeline",
        text="\ufeffTitle here\n\nAllies met today.",
        what="title",
        expected="Title here",
        got="\ufeffTitle here",
        read=_title,
    ),
    KnownFailure(
        id="leading-bom-in-str-hides-chrome",
        stage="_structure (chrome)",
        text="\ufeffRegister\n\nTitle here\n\nAllies met today.",
        what="title",
        expected="Title here",
        got="\ufeffRegister",
        read=_title,
    ),
)


def by_id(name: str) -> KnownFailure:
    return next(f for f in KNOWN_FAILURES if f.id == name)
