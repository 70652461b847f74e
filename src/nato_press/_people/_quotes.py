"""Quotation marks: paragraphs, the marks in them, and how the marks pair into quotes.

Every style met in NATO press texts and their republications is read: English “…” and ‘…’,
German „…“ and ‚…‘, French « … » (with or without the inner spaces), ASCII "…" and '…',
Swedish ”…”, and the mismatched pairs scrapers produce (“…“, "…”, „…”, “…"). A mark's role
(opening or closing) comes from what stands on either side of it, so apostrophes (Alliance’s,
Allies’, won’t, ’90s, rock ’n’ roll) are never taken for quote marks, and a German closing “ is
not read as an English opening one. Marks are found with one regex pass and paired with a
small state machine per paragraph; nothing is quadratic.

>>> text = 'He said: “We will start,” and then „wir bleiben“.'
>>> paragraphs = split_paragraphs(text, [(0, len(text), "body")])
>>> [text[q.start : q.end] for q in pair_quotes(text, paragraphs)[0]]
['We will start,', 'wir bleiben']
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from .._records import Defect, Span

__all__ = ["Paragraph", "RawQuote", "find_marks", "mask_quotes", "pair_quotes", "split_paragraphs"]

# Paragraphs are non-blank lines, except that a line wrapped inside a sentence (it ends
# without closing punctuation and the next line starts in lower case) continues the previous
# one, as in "… achieve our objectives\nstep by step …". Lines are found with str.find.

# Hard-wrapped text (markdown scrapes wrap at about 72 columns) also breaks a sentence before a
# capitalised word: a line at least this wide that ends with a lower-case word goes on in the
# next line ("… shared goals,” **said\nVice President Doe.**"), and a line of hard-wrapped
# text followed by one in lower case goes on whatever it ends with ("… how the U.S.’\nrole of").
_WRAP_WIDTH = 60

# Every character that can be a quotation mark. A straight or curly apostrophe between two
# letters or digits (won’t, NATO's) is left out, so the state machine never sees it. Marks
# are found with one str.find loop per character (much cheaper than a regex pass).
_MARK_CHARS = "\"“”„‟«»‹›‘‚'’"
_APOSTROPHES = frozenset("'’")

DOUBLE = frozenset('"“”„‟«»')
SINGLE = frozenset("'‘’‚‹›")
# Marks that may begin a quote, and the marks that may end a quote each one began.
_CLOSERS: dict[str, frozenset[str]] = {
    "“": frozenset('”“"'),
    "„": frozenset('“”"‟'),
    "‟": frozenset('”“"'),
    '"': frozenset('"”“'),
    "«": frozenset('»"”“'),
    "»": frozenset("«"),
    "”": frozenset("”"),
    "‘": frozenset("’‘'"),
    "‚": frozenset("‘’'"),
    "'": frozenset("'’"),
    "‹": frozenset("›"),
    "›": frozenset("‹"),
}
# Marks that open a quote inside another one (nesting), or restart a single-quoted one.
_OPENERS = frozenset("“„«\"‘‚'‹")
# Characters before an opening mark that still leave it "at the start of a word".
_OPEN_BEFORE = frozenset("([{—–-/:;,.\u00a0") | DOUBLE | SINGLE
# Punctuation that ends a sentence or line, so that the next line is a new paragraph.
_LINE_END = frozenset('.!?:;"”’»“)]…')
# A note call glued to a closing mark: 1-3 digits (or superscript digits), then white
# space, punctuation or the end ("…area."2", "…world."3 It commits", "values."4 U.S.").
_NOTE_CALL = regex.compile(r"(?:[0-9]{1,3}|[¹²³⁰⁴-⁹]{1,3})(?=[\s\p{P}]|\Z)")
# What stands before a closing mark that a note call follows: a word or closing punctuation.
_NOTE_BEFORE = frozenset(".!?,;…)]’'")
# A reopening mark may follow list bullets at the start of a paragraph.
_BULLETS = frozenset("-•*–— \t\u00a0")


class Paragraph:
    """A paragraph: its span (edge white space excluded) and the kind of block it is in."""

    __slots__ = ("end", "kind", "region", "start")

    def __init__(self, *, start: int, end: int, kind: str, region: int) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.region = region

    def __repr__(self) -> str:
        return f"Paragraph(start={self.start}, end={self.end}, kind={self.kind!r}, region={self.region})"


def find_marks(text: str, start: int, end: int) -> list[int]:
    """The offsets of the quotation marks in ``text[start:end]``, in order (apostrophes out).

    >>> find_marks("NATO’s “plan” isn't 'new'", 0, 25)
    [7, 12, 20, 24]
    """
    marks: list[int] = []
    find = text.find
    for char in _MARK_CHARS:
        at = find(char, start, end)
        if at < 0:
            continue
        if char in _APOSTROPHES:
            last = len(text) - 1
            while at >= 0:
                if not (0 < at < last and text[at - 1].isalnum() and text[at + 1].isalnum()):
                    marks.append(at)
                at = find(char, at + 1, end)
        else:
            while at >= 0:
                marks.append(at)
                at = find(char, at + 1, end)
    marks.sort()
    return marks


@attrs.frozen(kw_only=True)
class RawQuote:
    """A pair of marks and the text between them, before filtering and attribution.

    ``start``/``end`` cover the text between the marks with edge white space trimmed;
    ``open_at`` is the offset of the opening mark, ``close_at`` of the closing one (``None``
    when the quote was never closed and was cut at the end of its paragraph). ``first`` and
    ``last`` are the indexes of the paragraphs the quote begins and ends in.
    """

    start: int
    end: int
    open_at: int
    open_mark: str
    close_at: int | None
    close_mark: str | None
    first: int
    last: int

    @property
    def single(self) -> bool:
        """Whether the quote is in single marks (‘…’, '…')."""
        return self.open_mark in SINGLE


def split_paragraphs(text: str, regions: Sequence[tuple[int, int, str]]) -> list[Paragraph]:
    """Split each ``(start, end, kind)`` region of *text* into paragraphs, in order."""
    paragraphs: list[Paragraph] = []
    find = text.find
    for index, (start, end, kind) in enumerate(regions):
        current_start = current_end = -1
        last_width = 0
        pos = start
        while pos < end:
            stop = find("\n", pos, end)
            if stop < 0:
                stop = end
            line = text[pos:stop]
            stripped = line.strip()
            if stripped:
                s = pos + len(line) - len(line.lstrip())
                e = s + len(stripped)
                line_width, last_width = last_width, len(stripped)
                wrapped = line_width >= _WRAP_WIDTH
                if current_end >= 0 and (
                    (wrapped and stripped[0].islower())
                    or (
                        text[current_end - 1] not in _LINE_END
                        and (stripped[0].islower() or (wrapped and _lower_word_ends(text, current_end)))
                    )
                ):
                    current_end = e
                else:
                    if current_end >= 0:
                        paragraphs.append(Paragraph(start=current_start, end=current_end, kind=kind, region=index))
                    current_start, current_end = s, e
            else:
                last_width = 0  # a blank line: the next line starts a paragraph of its own
            pos = stop + 1
        if current_end >= 0:
            paragraphs.append(Paragraph(start=current_start, end=current_end, kind=kind, region=index))
    return paragraphs


def _lower_word_ends(text: str, end: int) -> bool:
    """Whether the line ending at *end* ends with a word written in lower case (``**said``)."""
    start = max(text.rfind(" ", max(0, end - 40), end), text.rfind("\n", max(0, end - 40), end)) + 1
    word = text[start:end].lstrip("*_")
    return word[:1].islower() and word[-1:].isalpha()


def _footnote_after(text: str, at: int, before: str) -> bool:
    """Whether the mark at *at* closes a quote and a flattened note number follows it.

    Scraped articles lose the superscript of a note call, so it is glued to the closing
    mark: ``…Euro-Atlantic area."2``, ``…world."3 It commits``, ``.’2``, ``”¹``. One to three
    digits right after the mark, then white space, punctuation or the end of the text.
    """
    if not (before.isalnum() or before in _NOTE_BEFORE):
        return False
    return _NOTE_CALL.match(text, at + 1) is not None


def _flanks(text: str, at: int) -> tuple[bool, bool]:
    """(can open, can close) for the mark at *at*, from the characters around it."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if after.isdigit() and _footnote_after(text, at, before):
        return False, True
    space_before = before.isspace()
    space_after = after.isspace()
    can_open = not space_after and (space_before or before in _OPEN_BEFORE)
    can_close = not space_before and not after.isalnum()
    if space_before and space_after:  # « like this » or a stray mark: either role
        return True, True
    if not space_before and not space_after and not can_close and not can_open:
        return True, True  # glued on both sides: either role
    return can_open, can_close


class _Open:
    __slots__ = ("at", "depth", "first", "mark")

    def __init__(self, mark: str, at: int, first: int) -> None:
        self.mark = mark
        self.at = at
        self.first = first
        self.depth = 0


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _reopens(text: str, paragraph: Paragraph, family: frozenset[str]) -> int | None:
    """The offset of a mark of *family* that opens *paragraph* (after bullets), or ``None``."""
    at = paragraph.start
    limit = min(paragraph.end, at + 4)
    while at < limit and text[at] in _BULLETS:
        at += 1
    if at < paragraph.end and text[at] in family and text[at] not in "”»’›":
        return at
    return None


def pair_quotes(text: str, paragraphs: Sequence[Paragraph]) -> tuple[list[RawQuote], list[Defect]]:
    """Pair the quotation marks of *paragraphs* into quotes; report unclosed ones.

    Quotes nest (a single-quoted passage inside a double-quoted one, « … “…” … »): only the
    outer one is returned. A paragraph that ends inside a quote continues it when the next
    paragraph reopens with a mark of the same family (the British style for quotes running
    over several paragraphs); otherwise the quote is cut at the end of its paragraph with a
    ``unclosed-quote`` defect, and dropped when the text ends there (a truncated text).
    """
    quotes: list[RawQuote] = []
    defects: list[Defect] = []
    if not paragraphs:
        return quotes, defects
    marks = find_marks(text, paragraphs[0].start, paragraphs[-1].end)
    last_text = len(text.rstrip())
    cursor = 0
    carried: _Open | None = None
    skip_at = -1
    for index, paragraph in enumerate(paragraphs):
        while cursor < len(marks) and marks[cursor] < paragraph.start:
            cursor += 1
        current = carried
        carried = None
        while cursor < len(marks) and marks[cursor] < paragraph.end:
            at = marks[cursor]
            cursor += 1
            if at == skip_at:
                continue
            mark = text[at]
            can_open, can_close = _flanks(text, at)
            if current is None:
                if _starts(mark, can_open, can_close, text, at):
                    current = _Open(mark, at, index)
                continue
            outer_double = current.mark in DOUBLE
            if (mark in DOUBLE) != outer_double:
                # A mark of the other family inside the quote: nested, tracked only so that
                # a double mark inside single quotes does not close anything.
                continue
            if current.depth:
                if can_close:
                    current.depth -= 1
                elif can_open:
                    current.depth += 1
                continue
            if mark in "»”" and mark in _CLOSERS[current.mark] and text[at - 1 : at].isspace():
                can_close = True  # « comme ça », “ like this ”: a space inside the closing mark
            if can_close and mark in _CLOSERS[current.mark]:
                closed = _quote_of(text, current, at, index, close_at=at, close_mark=mark)
                if closed is not None:  # "" is no quote
                    quotes.append(closed)
                current = None
            elif can_open and mark in _OPENERS:
                if (
                    outer_double
                    and mark == current.mark
                    and text[max(0, at - 3) : at].rstrip()[-1:] in ".!?"
                    and _closers_left(text, marks, cursor, paragraph.end) < 2
                ):
                    # the same mark again after a finished sentence: the quote before was never
                    # closed ("We are ready. "We will act," he said): cut it here, start anew
                    defects.append(_unclosed(current))
                    cut = _quote_of(text, current, at, index) if current.first == index else None
                    if cut is not None:
                        quotes.append(cut)
                    current = _Open(mark, at, index)
                elif outer_double:
                    current.depth += 1  # a quote inside the quote: only the outer one counts
                else:  # single quotes do not nest in single quotes: the first was an apostrophe
                    current = _Open(mark, at, index)
        if current is None:
            continue
        family = DOUBLE if current.mark in DOUBLE else SINGLE
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        reopen = None if following is None else _reopens(text, following, family)
        if following is not None and reopen is not None and current.mark != "'":
            carried = current
            carried.depth = 0
            skip_at = reopen
            continue
        if following is not None and current.mark != "'" and _wrapped(text, paragraph, following, current.mark):
            carried = current  # a hard line break inside the quote: it closes on the next line
            continue
        if current.mark == "'" or (current.mark in SINGLE and paragraph.end - current.at > 400):
            continue  # a lone straight or curly apostrophe at a word start: nothing to report
        defects.append(_unclosed(current))
        if paragraph.end >= last_text or current.mark in SINGLE:
            continue  # the text ends inside the quote (truncated): no quote for the tail
        cut = _quote_of(text, current, paragraph.end, index)
        if cut is not None:
            quotes.append(cut)
    return quotes, defects


def _quote_of(
    text: str, opened: _Open, until: int, index: int, *, close_at: int | None = None, close_mark: str | None = None
) -> RawQuote | None:
    """The quote from *opened* up to *until* (edge white space trimmed), or ``None`` when empty.

    ``close_at``/``close_mark`` are ``None`` for a quote cut at a paragraph end or at a new opening.
    """
    start, end = _trimmed(text, opened.at + 1, until)
    if end <= start:
        return None
    return RawQuote(
        start=start,
        end=end,
        open_at=opened.at,
        open_mark=opened.mark,
        close_at=close_at,
        close_mark=close_mark,
        first=opened.first,
        last=index,
    )


def _closers_left(text: str, marks: Sequence[int], cursor: int, end: int) -> int:
    """How many double marks that can close follow in the paragraph (at most 2, among the next 40 marks)."""
    count = 0
    limit = min(len(marks), cursor + 40)  # a bounded look ahead keeps the pairing linear
    while cursor < limit and marks[cursor] < end and count < 2:
        at = marks[cursor]
        if text[at] in DOUBLE and _flanks(text, at)[1]:
            count += 1
        cursor += 1
    return count


def _unclosed(current: _Open) -> Defect:
    return Defect(
        code="unclosed-quote",
        message=f"quotation mark {current.mark} is never closed",
        span=Span(start=current.at, end=current.at + 1),
    )


def _wrapped(text: str, paragraph: Paragraph, following: Paragraph, opener: str) -> bool:
    """Whether *following* is the next line of the same block and closes the quote *opener* began."""
    if following.region != paragraph.region or text.count("\n", paragraph.end, following.start) != 1:
        return False
    marks = find_marks(text, following.start, following.end)
    if not marks:
        return False
    at = marks[0]
    can_open, can_close = _flanks(text, at)
    return text[at] in _CLOSERS[opener] and can_close and not can_open


def _starts(mark: str, can_open: bool, can_close: bool, text: str, at: int) -> bool:
    """Whether *mark*, met outside any quote, opens one."""
    if mark in "„‚«‹":
        return True
    if mark in "“‘‟":
        after = text[at + 1] if at + 1 < len(text) else " "
        return (can_open or not can_close) and not (mark == "‘" and after.isdigit())
    if mark == '"':
        return can_open
    if mark in "”»›":  # Swedish ”…” and Danish »…«: only at the start of a word
        return can_open and not can_close
    if mark == "'":  # a straight single quote opens only before a letter, after a space
        before = text[at - 1] if at > 0 else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        return (before.isspace() or before in "([—–") and after.isalpha()
    return False  # ’ never opens: ’90s, ’n’


def mask_quotes(text: str, quotes: Sequence[RawQuote]) -> str:
    """*text* with the inside of every quote blanked (same length), a final . ! ? kept.

    Cues and names are then read only outside quotes, and sentence ends inside a quote do not
    split the sentence it stands in.
    """
    pieces: list[str] = []
    pos = 0
    for q in quotes:
        inner_start = q.open_at + 1
        inner_end = q.close_at if q.close_at is not None else q.end
        if inner_start < pos or inner_end <= inner_start:
            continue
        pieces.append(text[pos:inner_start])
        inner = text[inner_start:inner_end]
        stripped = inner.rstrip()
        if stripped and stripped[-1] in ".!?…":
            cut = len(stripped) - 1
            pieces.append(" " * cut + stripped[-1] + " " * (len(inner) - cut - 1))
        else:
            pieces.append(" " * len(inner))
        pos = inner_end
    pieces.append(text[pos:])
    return "".join(pieces)
