"""Years from context (private to :mod:`nato_press._dates`).

A mention written without its year takes one: from "last year", "this year", "next year" after
it (:func:`_year_word`); from a dated mention coordinated with it ("17 June, 18 June and 19 June
2020", :func:`_coordinated`); else from the reference date or the nearest dated neighbour in the
sentence, paragraph or text before (:func:`_infer_year`, with :class:`_Anchors`).
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt

from . import _scan_patterns as S
from . import _vocab as V
from ._raw import _date, _month_end, _Raw


def _year_word(text: str, at: int, end: int, raws: list[_Raw]) -> None:
    """Mark yearless *raws* followed by "last year", "this year", "next year" (and the French and German)."""
    m = S.YEAR_WORDS.match(text, at, end)
    if m is None:
        return
    words = [V.fold(word).replace("’", "'") for word in m.groups() if word is not None]
    for size, stop in ((2, m.end(2) if m.group(2) else -1), (3, m.end(3) if m.group(3) else -1)):
        if stop < 0 or (stop < end and (text[stop].isalnum() or text[stop] == "_")):
            continue  # the phrase must end a word: "year", not "yearly"
        shift = S.YEAR_PHRASES.get(tuple(words[:size]))
        if shift is not None:
            for raw in raws:
                if raw.parts is not None:
                    raw.shift = shift
            return


class _Anchors:
    """The explicit mentions whose year is written, to lend it to those without."""

    __slots__ = ("days", "fine", "positions")

    def __init__(self, raws: list[_Raw]) -> None:
        self.positions: list[int] = []
        self.days: list[dt.date] = []
        self.fine: list[bool] = []  # day or month precision: the year is lent by nearness, not as is
        for raw in raws:
            if raw.lo is not None and raw.relative is None and not raw.inferred and raw.defect is None:
                fine = raw.precision in ("day", "month")
                self.positions.append(raw.start)
                self.days.append(raw.lo if raw.precision == "day" else raw.lo.replace(day=15))
                self.fine.append(fine)

    def nearest(self, lo: int, hi: int, at: int, fine_only: bool) -> tuple[dt.date, bool] | None:
        """The anchor in [lo, hi) nearest to *at* (only day or month ones if *fine_only*)."""
        index = bisect.bisect_left(self.positions, at)
        before, after = index - 1, index
        while before >= 0 or after < len(self.positions):
            left = at - self.positions[before] if before >= 0 and self.positions[before] >= lo else None
            right = self.positions[after] - at if after < len(self.positions) and self.positions[after] < hi else None
            if left is None and right is None:
                return None
            if right is None or (left is not None and left <= right):
                chosen, before = before, before - 1
            else:
                chosen, after = after, after + 1
            if self.fine[chosen] or not fine_only:
                return self.days[chosen], self.fine[chosen]
        return None

    def earlier(self, at: int) -> tuple[dt.date, bool] | None:
        """The last anchor before *at*."""
        index = bisect.bisect_left(self.positions, at) - 1
        return None if index < 0 else (self.days[index], self.fine[index])


def _nearest_year(month: int, day: int, anchor: dt.date) -> int:
    """The year that puts (month, day) nearest to *anchor* (within about six months)."""
    best_year, best_distance = anchor.year, None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        if day > calendar.monthrange(year, month)[1]:
            continue
        distance = abs((dt.date(year, month, day) - anchor).days)
        if best_distance is None or distance < best_distance:
            best_year, best_distance = year, distance
    return best_year


_WINDOW = 2000  # how far a paragraph is looked for, in characters


_SENTENCE = 400  # how far a sentence is looked for


def _coordination(gap: str) -> bool:
    """Whether *gap* joins two dates in one expression: ", ", ", and ", " - ", " and ", " to "."""
    core = gap.strip(V.H_CHARS)
    if len(core) == 1 and core in V.DASH_CHARS:
        return True
    if core.startswith(","):
        rest = core[1:].lstrip(V.H_CHARS)
        return not rest or (V.fold(rest) in S.COMMA_CONJUNCTIONS and gap[-1] in V.H_CHARS)
    return bool(gap) and gap[0] in V.H_CHARS and gap[-1] in V.H_CHARS and V.fold(core) in S.CONNECTOR_WORDS


def _coordinated(raws: list[_Raw], text: str) -> list[int | None]:
    """For each mention without a year, the year of a dated mention coordinated with it, if any.

    "17 June, 18 June and 19 June 2020": only commas, dashes and conjunctions stand between the
    mentions, so they share the year as within one range or pair: the next dated one in the run
    lends its year, else the last dated one before (one pass each way: linear).
    """
    years: list[int | None] = [None] * len(raws)

    def joined(first: _Raw, second: _Raw) -> bool:
        return (
            second.relative is None
            and second.defect is None
            and first.relative is None
            and first.defect is None
            and second.start - first.end <= 16
            and _coordination(text[first.end : second.start])
        )

    following: dt.date | None = None  # the first day of the next dated mention in the run
    for index in range(len(raws) - 1, -1, -1):
        raw = raws[index]
        if index + 1 < len(raws) and not joined(raw, raws[index + 1]):
            following = None
        if raw.parts is not None and following is not None:
            month, day = raw.parts[0], raw.parts[1] or 1
            years[index] = following.year if (month, day) <= (following.month, following.day) else following.year - 1
        elif raw.lo is not None:
            following = raw.lo
    preceding: dt.date | None = None  # the last day of the previous dated mention in the run
    for index, raw in enumerate(raws):
        if index and not joined(raws[index - 1], raw):
            preceding = None
        if raw.parts is not None and preceding is not None and years[index] is None:
            month, day = raw.parts[0], raw.parts[1] or 31
            years[index] = preceding.year if (month, day) >= (preceding.month, preceding.day) else preceding.year + 1
        elif raw.hi is not None:
            preceding = raw.hi
    return years


def _infer_year(raw: _Raw, text: str, anchors: _Anchors, reference: dt.date | None) -> int | None:
    """The year of a mention written without one.

    With a reference date (the publication date), the year that puts the mention nearest to it,
    unless the same month and day stand dated in the same sentence ("March 14 (AFP) Mar 14, 2018").
    Without one, the nearest dated neighbour: a day or month date in the sentence, then a year in
    the sentence, then in the paragraph, then the last date earlier in the text.
    """
    assert raw.parts is not None
    month, day = raw.parts[0], raw.parts[1] or 15
    # The paragraph and the sentence around the mention, looked for within a bounded window
    # so that a text of many yearless dates costs linear time.
    window_start, window_end = max(0, raw.start - _WINDOW), min(len(text), raw.end + _WINDOW)
    para_start = text.rfind("\n", window_start, raw.start) + 1 or window_start
    para_end = text.find("\n", raw.end, window_end)
    para_end = window_end if para_end < 0 else para_end
    back = S.SENTENCE_END.search(text, max(para_start, raw.start - _SENTENCE), raw.start)
    sent_start = max(para_start, raw.start - _SENTENCE) if back is None else back.end()
    ahead = S.SENTENCE_END_FORWARD.search(text, raw.end, min(para_end, raw.end + _SENTENCE))
    sent_end = min(para_end, raw.end + _SENTENCE) if ahead is None else ahead.start()

    found = anchors.nearest(sent_start, sent_end, raw.start, True)
    if reference is not None:
        if found is not None and raw.parts[1] and (found[0].month, found[0].day) == (month, day):
            return found[0].year  # the same day restated with its year
        return _tensed_year(raw, text, reference, _nearest_year(month, day, reference))
    if found is None:
        found = anchors.nearest(sent_start, sent_end, raw.start, False)
    if found is None:
        found = anchors.nearest(para_start, para_end, raw.start, False)
    if found is None:
        found = anchors.earlier(raw.start)
    if found is None:
        return None
    anchor, fine = found
    return _nearest_year(month, day, anchor) if fine else anchor.year


def _lead_word(text: str, at: int) -> tuple[str, int]:
    """The word right before *at* (folded, brackets and quotes left out) and where it starts.

    Across one line break at most; ``("", at)`` when a mark or a blank line stands between.
    """
    floor = max(0, at - 24)
    before = text[floor:at]
    head = before.rstrip()
    if head == before or before[len(head) :].count("\n") > 1:
        return "", at  # no space between (part of a word or a mark), or a blank line: another paragraph
    words = head.rsplit(None, 1)
    if not words:
        return "", at
    return V.fold(words[-1].lstrip("([“\"'‘«„")), floor + len(head) - len(words[-1])


def _tensed_year(raw: _Raw, text: str, reference: dt.date, year: int) -> int:
    """*year* (the nearest one), moved by a year when the word before says the other side of *reference*.

    "Since October 7" in a text of July 2024 is October 2023: what "since" counts from is past, so
    a nearest day later than the reference is taken a year earlier; "the upcoming 5 May" is to
    come, so a nearest day before it is taken a year later (see PAST_LEADS, FUTURE_LEADS).
    """
    assert raw.parts is not None
    word, at = _lead_word(text, raw.start)
    if word in S.LEAD_ARTICLES:
        word, at = _lead_word(text, at)
    if not word:
        return year
    month, day = raw.parts[0], raw.parts[1]
    if word in S.PAST_LEADS:
        first = dt.date(year, month, day or 1) if day <= calendar.monthrange(year, month)[1] else None
        return year - 1 if first is not None and first > reference else year
    if word in S.FUTURE_LEADS:
        last = _month_end(year, month) if day == 0 else None
        if day and day <= calendar.monthrange(year, month)[1]:
            last = dt.date(year, month, day)
        return year + 1 if last is not None and last < reference else year
    return year


def _resolve(raw: _Raw, year: int) -> None:
    assert raw.parts is not None
    mo1, d1, mo2, d2 = raw.parts
    if d1 == 0:
        raw.lo, raw.hi = dt.date(year, mo1, 1), _month_end(year, mo1)
    else:
        end_year = year if (mo2, d2) >= (mo1, d1) else year + 1
        raw.lo = _date(year, mo1, d1, raw.start)
        raw.hi = _date(end_year, mo2, d2, raw.start)
    raw.inferred = True
    raw.parts = None
