"""The top of the page (the *preamble*): chrome, site banners, kickers, menus, the title and header lines.

:func:`_read_preamble` gives a kind to each line from the top until the body begins, and collects
what the header lines and the title say in :class:`_HeaderFields`: site banners and kickers, the
title (one line, or two when the second starts in lower case), datelines and metadata lines,
short bylines.
"""

from __future__ import annotations

from ._banners import banner_publisher, kicker, menu_like, organisation_name
from ._chrome import chrome_reason, form_line
from ._chrome_vocab import FORM_REASON
from ._datelines import body_dateline
from ._front_matter import read_front_matter
from ._header_dates import HeaderDate
from ._header_lines import HeaderLine, separator_line
from ._header_zone import (
    bare_reference,
    credit_caption,
    genre_label,
    label_line,
    metric_count,
    person_byline,
    split_date,
    time_line,
)
from ._lines import _BODY, _CAPTION_KIND, _HEADER, _TITLE, _Kind, _Lines
from ._titles import byline_like, continuation_like, digest_period, leading_date_token, prose_like, title_like

# How many non-chrome lines the header may take before the body must have begun.
_PREAMBLE_LINES = 12
# The longest navigation menu read as one run of lines.
_MENU_LINES = 30
# A title followed directly by prose, with no blank line, must be at most this long.
_SHORT_TITLE = 160
# The most lines a title is printed over ("Statement" / "by the Secretary General" / "in reaction to …").
_TITLE_LINES = 5
# How many byline lines may stand between a title and its dateline ("Ambassador …", "U.S. Permanent …").
_BYLINE_LOOKAHEAD = 4


class _HeaderFields:
    """The header as it is being read, line by line."""

    def __init__(self) -> None:
        self.title_lines: list[int] = []
        self.front_title: str | None = None  # the unescaped "title:" of YAML front matter
        self.published: HeaderDate | None = None
        self.updated: HeaderDate | None = None
        self.reference: str | None = None
        self.label: str | None = None
        self.distributor: str | None = None
        self.publisher: str | None = None
        self.agency: str | None = None
        self.place: str | None = None
        self.nato_style = False
        self.digest = False
        self.wire = False

    def add(self, line: HeaderLine) -> None:
        if self.published is None and line.published is not None:
            self.published = line.published
        if self.updated is None and line.updated is not None:
            self.updated = line.updated
        self.reference = self.reference or line.reference
        self.label = self.label or line.label
        self.distributor = self.distributor or line.distributor
        self.agency = self.agency or line.agency
        self.place = self.place or line.place
        self.nato_style = self.nato_style or line.nato_style


def _read_preamble(text: str, lines: _Lines, kinds: list[_Kind | None], fields: _HeaderFields) -> int:
    """Mark the chrome, title and header lines at the top; return the index of the first body line."""
    texts = lines.texts
    i = lines.next_content(-1)
    if i == 0:
        i = _front_matter(text, lines, kinds, fields)
    counted = 0
    in_form = False
    while i < lines.n and counted < _PREAMBLE_LINES:
        line = texts[i]
        if in_form and form_line(line):
            kinds[i] = ("boilerplate", FORM_REASON)
            i = lines.next_content(i)
            continue
        in_form = False
        reason = lines.chrome(i)
        if reason is not None:
            kinds[i] = ("boilerplate", reason)
            in_form = reason == FORM_REASON
            i = lines.next_content(i)
            continue
        counted += 1
        untitled = not fields.title_lines and fields.front_title is None
        if untitled and not fields.published:
            publisher = banner_publisher(line)
            if publisher is not None:
                kinds[i] = ("boilerplate", "site banner")
                fields.publisher = fields.publisher or publisher
                if _tagline(text, lines, i + 1):
                    kinds[i + 1] = ("boilerplate", "site banner")
                    i += 1
                i = lines.next_content(i)
                continue
            nxt = lines.next_content(i)
            if kicker(line) and nxt < lines.n and title_like(texts[nxt]):
                kinds[i] = ("boilerplate", "section kicker")
                i = nxt
                continue
            if (
                organisation_name(line)
                and nxt > i + 1
                and nxt < lines.n
                and title_like(texts[nxt])
                and lines.header(nxt) is None
                and not organisation_name(texts[nxt])
            ):
                # "Atlantic Council" / (blank) / the headline: a publisher's name is its banner, not the title.
                kinds[i] = ("boilerplate", "site banner")
                fields.publisher = fields.publisher or line
                i = nxt
                continue
        if untitled and digest_period(line):
            kinds[i] = _TITLE
            fields.title_lines.append(i)
            fields.digest = True
            return lines.next_content(i)
        if separator_line(line):
            kinds[i] = _HEADER
            i = lines.next_content(i)
            continue
        zone = _zone_line(lines, kinds, fields, i, untitled)
        if zone is not None:
            i = zone
            continue
        read = lines.header(i)
        if read is not None:
            kinds[i] = _HEADER
            fields.add(read)
            i = lines.next_content(i)
            continue
        if untitled and menu_like(line):
            last = _menu_end(lines, kinds, i)
            if last is not None:
                for k in range(i, last + 1):
                    kinds[k] = kinds[k] or ("boilerplate", "navigation")
                i = lines.next_content(last)
                continue
        if untitled and title_like(line):
            last = _headline_run(lines, i)
            if last is not None:
                for k in range(i, last + 1):
                    kinds[k] = _TITLE
                    fields.title_lines.append(k)
                i = lines.next_content(last)
                continue
        if (
            not untitled
            and fields.title_lines
            and lines.next_content(fields.title_lines[-1]) == i
            and len(fields.title_lines) < _TITLE_LINES
            and title_like(line)
            and not byline_like(line)
            and _header_next(lines, i)
        ):
            # A long subtitle between the heading and its dateline is headline too.
            kinds[i] = _TITLE
            fields.title_lines.append(i)
            i = lines.next_content(i)
            continue
        if (
            untitled
            and fields.published is not None
            and continuation_like(line)
            and _title_may_end(text, lines, i)
        ):
            # "19 Feb. 1999" / "by the NATO Secretary General …": the only title line left when the
            # first was lost is the headline still (every non-chrome line of the header zone is).
            i = _take_title(text, lines, kinds, fields, i)
            continue
        if (
            untitled
            and (title_like(line) or _token_title(text, lines, i))
            and (_title_may_end(text, lines, i) or _continued_title(text, lines, i))
        ):
            i = _take_title(text, lines, kinds, fields, i)
            continue
        if not untitled and byline_like(line) and _dateline_follows(text, lines, i):
            kinds[i] = _HEADER
            i = lines.next_content(i)
            continue
        break
    return i


def _token_title(text: str, lines: _Lines, i: int) -> bool:
    """Whether line *i* is a headline behind a metadata token ("date 2025-09-12 Allies open …")."""
    token = leading_date_token(text, lines.starts[i], lines.texts[i])
    return token is not None and title_like(lines.texts[i][token[0] - lines.starts[i] :])


def _header_next(lines: _Lines, i: int) -> bool:
    """Whether the next non-blank line after line *i* is a dateline or header line ("• 16 May. 2018 -")."""
    j = lines.next_content(i)
    return j < lines.n and (lines.header(j) is not None or separator_line(lines.texts[j]))


def _headline_run(lines: _Lines, i: int) -> int | None:
    """The last line of a headline printed over several lines right above its dateline, or ``None``.

    House rule: the header zone ends at the dateline; every non-chrome line above it is headline.
    So a run of title-like lines with no blank line between them ("Allies open the exercise" /
    "A subtitle naming the Command …"), followed by a dateline, is one title.
    """
    texts = lines.texts
    j = i
    while (
        j + 1 < lines.n
        and j + 1 - i < _TITLE_LINES
        and texts[j + 1]
        and (title_like(texts[j + 1]) or continuation_like(texts[j + 1]))
        and not person_byline(texts[j + 1])  # "Ambassador Douglas Lute" under a title is a byline
        and lines.chrome(j + 1) is None
        and lines.header(j + 1) is None
        and not separator_line(texts[j + 1])
    ):
        j += 1
    return j if j > i and _header_next(lines, j) else None


def _zone_line(lines: _Lines, kinds: list[_Kind | None], fields: _HeaderFields, i: int, untitled: bool) -> int | None:
    """Mark line *i* when it is a header-zone line that is neither title nor dateline; return the next line.

    A genre label above the title ("NATO Press Release"), a bare reference number ("(2008)021") and
    a day split from its month ("17" / "February 2008") are header lines; a photo caption under the
    title is a caption when a dateline follows it. ``None`` when line *i* is none of these.
    """
    line = lines.texts[i]
    before = lines.texts[i - 1] if i > 0 else ""
    if untitled and (genre_label(line) is not None or (before and genre_label(before + " " + line) is not None)):
        # "NATO Press Release"; "Press" / "Release" printed over two lines.
        kinds[i] = _HEADER
        fields.label = fields.label or "press release"
        return lines.next_content(i)
    token = leading_date_token(lines.text, lines.starts[i], line)
    if token is not None and chrome_reason(lines.text[token[0] : lines.ends[i]]) is not None:
        # " date 2025-04-04  Skip to main content": a metadata token before chrome is header.
        kinds[i] = _HEADER
        fields.published = fields.published or token[1]
        return lines.next_content(i)
    if bare_reference(line):
        kinds[i] = _HEADER
        fields.reference = fields.reference or line
        fields.nato_style = True
        return lines.next_content(i)
    if time_line(line):
        kinds[i] = _HEADER
        return lines.next_content(i)
    if i + 1 < lines.n and metric_count(line, lines.texts[i + 1]):
        kinds[i] = ("boilerplate", "article metrics")
        return i + 1
    if i + 1 < lines.n and split_date(line, lines.texts[i + 1]):
        kinds[i] = kinds[i + 1] = _HEADER
        return lines.next_content(i + 1)
    if not untitled and credit_caption(line):
        j = lines.next_content(i)
        if j < lines.n and lines.header(j) is not None:
            kinds[i] = _CAPTION_KIND
            return j
    return None


def _front_matter(text: str, lines: _Lines, kinds: list[_Kind | None], fields: _HeaderFields) -> int:
    """Mark YAML front matter opening the page as header lines; return the next line to read.

    House rule: front matter is the header, never body (no quote or turn is read from it); its
    ``title:`` is the title and its ``date:`` the publication date.
    """
    front = read_front_matter(text, lines.starts, lines.texts)
    if front is None:
        return 0
    for k in range(front.last + 1):
        if lines.texts[k]:
            kinds[k] = _HEADER
    fields.front_title = front.title
    fields.published = front.published
    return lines.next_content(front.last)


def _menu_end(lines: _Lines, kinds: list[_Kind | None], i: int) -> int | None:
    """The last line of the navigation menu that line *i* belongs to, or ``None`` when it is in none.

    A menu is a run of at least three lines with no blank line between them, each a chrome line or
    a short menu item ("Home" / "About NSPA" / "Business Opportunities" / "Contact"), at least one
    of them chrome, with the headline still to come (no paragraph of prose right after the run).
    """
    texts = lines.texts
    first = i
    while first > 0 and texts[first - 1] and (kinds[first - 1] or _BODY)[0] == "boilerplate":
        first -= 1
    chrome = i - first
    last = i
    while last + 1 < lines.n and texts[last + 1] and last - first < _MENU_LINES:
        if lines.chrome(last + 1) is not None:
            chrome += 1
        elif not menu_like(texts[last + 1]):
            return None
        last += 1
    if last - first < 2 or chrome == 0 or last - first >= _MENU_LINES:
        return None
    after = lines.next_content(last)
    if after < lines.n and prose_like(texts[after]):
        return None
    for k in range(i, last + 1):
        if kinds[k] is None:
            kinds[k] = ("boilerplate", lines.chrome(k) or "navigation")
    return last


def _tagline(text: str, lines: _Lines, i: int) -> bool:
    """Whether line *i*, glued under a site banner, is the banner's tagline, not the headline.

    It is when a separate headline follows it: "NATO Review" / "Opinion, analysis and debate on
    security issues", a blank line, then the title. A line followed directly by a dateline is the
    headline itself ("SpaceWar.com - …" / "NATO urges Russia …" / "Brussels, March 14 (AFP) …").
    """
    texts = lines.texts
    if i + 1 >= lines.n or not texts[i] or texts[i + 1] or not title_like(texts[i]) or lines.header(i) is not None:
        return False
    j = lines.next_content(i)
    return (
        j < lines.n
        and lines.chrome(j) is None
        and lines.header(j) is None
        and title_like(texts[j])
        and (_title_may_end(text, lines, j) or _continued_title(text, lines, j))
    )


def _title_may_end(text: str, lines: _Lines, i: int) -> bool:
    """Whether a title may end at line *i*.

    It may when a blank line, the end, a dateline or chrome comes next, or (pages scraped without
    blank lines) when a short title is followed directly by a paragraph of prose.
    """
    j = i + 1
    if j >= lines.n or not lines.texts[j]:
        return True
    line = lines.texts[j]
    return (
        lines.chrome(j) is not None
        or separator_line(line)
        or lines.header(j) is not None
        or (j + 1 < lines.n and split_date(line, lines.texts[j + 1]))
        or time_line(line)
        or label_line(line)  # a transcript's first label: "Allison Hart:"
        or (byline_like(line) and _dateline_follows(text, lines, i))  # venue lines, then "4:50 P.M. BST"
        or (len(lines.texts[i]) <= _SHORT_TITLE and prose_like(line))
    )


def _continued_title(text: str, lines: _Lines, i: int) -> bool:
    """Whether line *i* is the first line of a title continued on the very next line ("Keynote speech" / "by …")."""
    j = i + 1
    for _ in range(_TITLE_LINES - 1):
        # "Statement" / "on the elections held in the" / "region": each lower-case line continues it.
        if j >= lines.n or not continuation_like(lines.texts[j]):
            return False
        if _title_may_end(text, lines, j):
            return True
        j += 1
    return False


def _take_title(text: str, lines: _Lines, kinds: list[_Kind | None], fields: _HeaderFields, i: int) -> int:
    """Mark line *i* and its lower-case continuation lines as the title; return the next line."""
    kinds[i] = _TITLE
    fields.title_lines.append(i)
    j = lines.next_content(i)
    while (
        j < lines.n
        and len(fields.title_lines) < _TITLE_LINES
        and j - i <= 2  # at most one blank line inside a title
        and continuation_like(lines.texts[j])
        and (_title_may_end(text, lines, j) or _continued_title(text, lines, j))
    ):
        kinds[j] = _TITLE
        fields.title_lines.append(j)
        i, j = j, lines.next_content(j)
    return j


def _dateline_follows(text: str, lines: _Lines, i: int) -> bool:
    """Whether a dateline comes within a few short lines after line *i* (a byline block)."""
    j = lines.next_content(i)
    for _ in range(_BYLINE_LOOKAHEAD):
        if j >= lines.n:
            return False
        line = lines.texts[j]
        if lines.header(j) is not None or time_line(line) or body_dateline(text, lines.starts[j], line) is not None:
            return True
        if not byline_like(line):
            return False
        j = lines.next_content(j)
    return False

