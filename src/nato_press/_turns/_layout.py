"""The body blocks of a transcript: runs of body text, turn text ranges, the opening statement.

Body blocks are numbered into runs that page chrome interrupts; reading stops at the end of
the article ("###", "- ENDS -", a "Related" heading). A turn's text is cut into one range per
run, white space trimmed, and the unlabelled opening statement begins at the first paragraph
somebody speaks.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from .._records import Block
from ._vocab import words

__all__ = ["SENTENCE_END", "SPACE", "Layout"]

# White space after a label or before a turn's text: spaces, no-break and zero-width spaces, line breaks.
SPACE = regex.compile(r"[\s\u200b\ufeff]*+")

# Zero-width spaces, which ``str.strip`` keeps: a turn's text never begins with them.
_ZERO_WIDTH = ("\u200b", "\ufeff")


# The words of someone speaking, not of a caption or a header line: a first- or second-person
# pronoun ("I", "we", "our", "you", with their contractions; "US" in capitals is the country)
# or a greeting. Compared with the white-space separated words, punctuation stripped.
def _spoken_variants(base: frozenset[str]) -> frozenset[str]:
    """*base* with sentence-initial capitals and typographic apostrophes ("We're", "we’re")."""
    cased = base | {w[:1].upper() + w[1:] for w in base if w != "us"}
    return frozenset(cased | {w.replace("'", "’") for w in cased})


_SPOKEN_WORDS = _spoken_variants(
    words(
        "I we our ours us my me you your yours thank thanks welcome hello gentlemen excellencies excellency dear "
        "I'm I've I'll I'd we're we've we'll we'd you're you've you'll you'd let's"
    )
)
_GREETINGS = ("good morning", "good afternoon", "good evening", "good day")
_WORD_PUNCTUATION = ',.;:!?"“”„«»()[]—–…‘/'

# A photo caption opening a transcript: capitalised words then a participle, "NATO Secretary
# General Anders Fogh Rasmussen briefing the press on …".
_CAPTION = regex.compile(r"[ \t\u00a0]*+(?:\p{Lu}[\p{L}\p{M}.'’\-]*+[ \u00a0]++){2,10}+\p{Ll}++ing\b")

# Characters that end a sentence (a paragraph ending otherwise is a heading or a header line).
SENTENCE_END = frozenset('.!?…"”’)»')

# How much of a paragraph is read to decide whether it is spoken.
_SNIFF = 300

# A paragraph that ends a release or a speech: "###", "- ENDS -", "-30-". Nothing after it is spoken.
_END_MARK = regex.compile(r"[ \t]*+(?:\#{3,}+|[-–—]{1,3}+[ \t]*+(?i:ends?|30)[ \t]*+[-–—]{1,3}+|ENDS?+)[ \t]*+")

# Page chrome that follows the end of the article (reasons of the structure stage): a
# "Related" heading and its links. Nothing after it is spoken.
_ARTICLE_END = frozenset({"related-links heading", "related links"})


class Layout:
    """The body blocks of a document, numbered into runs that page chrome interrupts."""

    def __init__(self, text: str, blocks: Sequence[Block]) -> None:
        self.text = text
        starts: list[int] = []
        ends: list[int] = []
        runs: list[int] = []
        run = 0
        broken = False
        last_end = 0
        size = len(text)
        for block in blocks:
            span = block.span
            start, end = span.start, span.end
            if end > size:
                end = size
            if start < last_end or start >= end:
                continue
            last_end = end
            kind = block.kind
            if kind == "boilerplate" and block.reason in _ARTICLE_END:
                break
            if kind != "blank" and end - start <= 16 and _END_MARK.fullmatch(text, start, end) is not None:
                break
            if kind == "boilerplate" and _wrapped_tail(text, start, end, ends[-1] if starts else -1):
                continue
            if kind == "body":
                if broken and starts:
                    run += 1
                broken = False
                starts.append(start)
                ends.append(end)
                runs.append(run)
            elif kind != "blank" and kind != "caption":
                broken = True
        self.starts = starts
        self.ends = ends
        self.runs = runs
        # The index of the last body block of each block's run.
        run_last = list(range(len(runs)))
        for index in range(len(runs) - 2, -1, -1):
            if runs[index] == runs[index + 1]:
                run_last[index] = run_last[index + 1]
        self.run_last = run_last

    def index_at(self, pos: int) -> int:
        """The body block containing *pos*, or -1."""
        index = bisect.bisect_right(self.starts, pos) - 1
        return index if index >= 0 and pos < self.ends[index] else -1

    def segments(self, start: int, limit: int) -> list[tuple[int, int]]:
        """The text ranges of body blocks in ``[start, limit)``, one per run, white space trimmed."""
        text = self.text
        count = len(self.starts)
        index = bisect.bisect_right(self.starts, start) - 1
        if index < 0 or start >= self.ends[index]:
            index += 1
            if index >= count or self.starts[index] >= limit:
                return []
            start = self.starts[index]
        starts, ends, run_last = self.starts, self.ends, self.run_last
        last = bisect.bisect_left(starts, limit, index) - 1  # the last block that starts before the limit
        if last < index or start >= limit:
            return []
        pieces: list[tuple[int, int]] = []
        while True:
            end_index = run_last[index] if run_last[index] < last else last
            piece_end = ends[end_index]
            pieces.append((start, piece_end if piece_end < limit else limit))
            index = end_index + 1
            if index > last:
                break
            start = starts[index]
        out: list[tuple[int, int]] = []
        for begin, end in pieces:
            piece = text[begin:end]
            stripped = piece.lstrip()
            if stripped[:1] in _ZERO_WIDTH:
                space = SPACE.match(text, begin, end)
                begin = space.end() if space is not None else begin
                stripped = text[begin:end]
            else:
                begin += len(piece) - len(stripped)
            end = begin + len(stripped.rstrip())
            if end > begin and self.index_at(begin) < 0:
                # Only white space was left of the first block: the text starts in the next body
                # block of the run, never in a caption between them.
                following = bisect.bisect_left(starts, begin)
                if following >= count or starts[following] >= end:
                    continue
                space = SPACE.match(text, starts[following], end)
                begin = space.end() if space is not None else starts[following]
            if end > begin:
                out.append((begin, end))
        return out

    def opening_start(self, limit: int, labelled: bool) -> int | None:
        """Where the unlabelled opening statement begins, before *limit* (the first label).

        Leading paragraphs that nobody speaks are skipped: lines without a sentence end
        (titles, datelines, names), photo captions, and, when a label follows directly, any
        paragraph without a first- or second-person word or a greeting.
        """
        text = self.text
        count = len(self.starts)
        for index in range(count):
            start = self.starts[index]
            if start >= limit:
                break
            end = self.ends[index] if self.ends[index] < limit else limit
            paragraph = text[start : min(end, start + _SNIFF)]
            if not paragraph.strip():
                continue
            if _spoken(paragraph):
                return start
            label_next = labelled and (index + 1 >= count or self.starts[index + 1] >= limit)
            whole = text[start:end].strip()
            aside = whole[:1] in "([" and whole[-1:] in ")]"  # "(As delivered)", "[Check against delivery]"
            if (
                label_next
                or aside
                or whole[-1:] not in SENTENCE_END
                or _CAPTION.match(paragraph) is not None
                or _place_lines(whole)
            ):
                continue
            return start
        return None


# How long a chrome block may be and still be the last line of a wrapped sentence.
_TAIL_LENGTH = 40


def _wrapped_tail(text: str, start: int, end: int, body_end: int) -> bool:
    """Whether a chrome block is the last line of the body paragraph above, misread as chrome.

    A hard-wrapped paragraph whose last line is a short word ("back.", "here.") can be taken
    for a navigation link; when it follows the body text after a single line break (no blank
    line) and opens in lower case, it continues the sentence: it does not end the turn.
    """
    if body_end < 0 or end - start > _TAIL_LENGTH or not text[start : start + 1].islower():
        return False
    gap = text[body_end:start]
    return gap.count("\n") == 1 and not gap.strip()


# The most words of a venue or dateline paragraph ("Walter E. Washington Convention Center /
# Washington, D.C.").
_PLACE_WORDS = 12


def _place_lines(paragraph: str) -> bool:
    """Whether *paragraph* is a venue or dateline: a few words, every one capitalised or a
    connector ("Vilnius University / Vilnius, Lithuania", "Washington, D.C."). Nobody speaks it."""
    tokens = paragraph.split()
    return 0 < len(tokens) <= _PLACE_WORDS and all(
        t[:1].isupper() or t.strip(",.").casefold() in _PLACE_CONNECTORS for t in tokens
    )


_PLACE_CONNECTORS = words("of the and de du la")


def _spoken(paragraph: str) -> bool:
    """Whether *paragraph* has a first- or second-person word or a greeting."""
    tokens = paragraph.split()
    if not _SPOKEN_WORDS.isdisjoint(tokens):
        return True
    if not _SPOKEN_WORDS.isdisjoint([t.strip(_WORD_PUNCTUATION) for t in tokens]):
        return True
    lowered = paragraph.lower()
    return any(greeting in lowered for greeting in _GREETINGS)
