"""A speaker named on the line before a quote and ended with a colon, as roundups write them.

House style of "what they are saying" pages and digests: each quote opens its own paragraph
under a line that names who said it and ends with a colon, often a markdown link to the post
("[Rep. Jane Doe](https://x.com/…):" / "Senator Jane Doe:"). The quote is that person's. The
link target is skipped (read back with bounded searches), the name is read from the link text.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._quotes import Paragraph
from ._subjects import Subject, subject_before
from ._tokens import tokenize

__all__ = ["label_subject", "link_label", "link_text"]

# How far back the opening bracket of a link target and of a link text are looked for.
_URL_BACK = 2000
_TEXT_BACK = 200
# A label line is short: longer lines before a colon are sentences, read by the other rules.
_LABEL_WORDS = 12


def label_subject(text: str, paragraphs: Sequence[Paragraph], index: int) -> Subject | None:
    """The person or body the paragraph before paragraph *index* names as a label with a colon."""
    if index == 0:
        return None
    before = paragraphs[index - 1]
    here = paragraphs[index]
    if before.region != here.region or text.count("\n", before.end, here.start) != 1:
        return None  # a blank line between: no label of this quote
    end = before.end
    if text[end - 1] != ":":
        return None
    end -= 1
    start = before.start
    if text[end - 1] == ")":
        link = link_text(text, end)
        if link is None:
            return None
        start, end = link
    return _label(text, start, end)


def link_text(text: str, end: int) -> tuple[int, int] | None:
    """The span of the text of the markdown link ``[text](target)`` whose ``)`` ends at *end*."""
    url = text.rfind("](", max(0, end - _URL_BACK), end)
    if url < 0 or any(c.isspace() for c in text[url:end]):
        return None
    opening = text.rfind("[", max(0, url - _TEXT_BACK), url)  # link text may wrap a line
    if opening < 0 or "\n\n" in text[opening:url]:
        return None
    return opening + 1, url


def link_label(text: str, colon: int) -> Subject | None:
    """The person or body a markdown link right before the colon at *colon* names:
    ``[Sen. Jane Doe](https://…): “…”`` on one line."""
    if colon < 1 or text[colon - 1] != ")":
        return None
    link = link_text(text, colon)
    return None if link is None else _label(text, *link)


def _label(text: str, start: int, end: int) -> Subject | None:
    toks = tokenize(text, start, end)
    if not toks or len(toks) > _LABEL_WORDS:
        return None
    subject = subject_before(toks, len(toks))
    if subject is None or subject.kind not in ("name", "title", "org"):
        return None
    if subject.kind == "name" and len(subject.name) < 2 and not subject.titles:
        return None
    return subject
