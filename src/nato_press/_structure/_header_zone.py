"""Lines of the header zone that are neither title nor dateline: genre labels, bare references,
dates split over two lines, photo captions between a title and its dateline.

House rule: the header zone ends at the dateline; every non-chrome line above it is headline. So
the lines that are NOT headline must be known for what they are:

- a genre label, alone or after its publisher ("Press Release", "NATO Press Release",
  "Communiqué de presse"): a header line, never the title (:func:`genre_label`);
- a reference number alone on its line ("(2008)021", "(2013) 127"), under such a label: a header
  line (:func:`bare_reference`);
- a day alone on a line with its month and year on the next ("17" / "February 2008"), as a
  flattened page prints a dateline: two header lines (:func:`split_date`);
- the time of a briefing alone on its line ("4:50 P.M. BST", "11:33 A.M. EDT"), under the
  venue lines of a transcript: a header line (:func:`time_line`);
- a count above an article-metrics word ("856" / "Views"): chrome (:func:`metric_count`);
- a labelled date ("Date: Wednesday, September 4, 2014") in a transcript's metadata block after
  its participant list, before the first paragraph of prose: the publication date
  (:func:`late_metadata_date`);
- a photo caption between the title and the dateline (a line that ends in a bracketed credit,
  "… (NATO photo by Anna Verhoef)"): a caption (:func:`credit_caption`).

>>> genre_label("NATO Press Release"), genre_label("Press release"), genre_label("Statement")
('press release', 'press release', None)
>>> bare_reference("(2008)021"), bare_reference("(2008) 21 allies")
(True, False)
>>> split_date("17", "February 2008"), split_date("17", "Allies met")
(True, False)
"""

from __future__ import annotations

import regex

from .._dates import _vocab as V
from ._lines import _Lines
from ._site_chrome import site_chrome
from ._titles import prose_like

__all__ = [
    "bare_reference",
    "credit_caption",
    "genre_label",
    "label_line",
    "late_metadata_date",
    "metric_count",
    "person_byline",
    "split_date",
    "time_line",
]

# Genre labels that a page prints above its title (the kind of text, not its headline). "Statement"
# alone is not one: it is often the first line of a title ("Statement" / "by the Secretary General").
_GENRES = frozenset(
    {"press release", "news release", "press statement", "media advisory", "communiqué de presse",
     "pressemitteilung", "presseerklärung", "comunicato stampa", "nota de prensa",
     "comunicado de prensa", "persbericht", "pressmeddelande", "press releases", "news releases"}
)
# The publisher before a genre label: at most three capitalised words ("NATO", "KFOR", "U.S. Mission").
_PUBLISHER_WORDS = 3
# "(2008)021", "(2013) 127": a reference number without its label.
_BARE_REFERENCE = regex.compile(r"\(\d{4}\)\ ?\d{1,4}")
# "February 2008", "feb. 2008": the month and year of a split date.
_MONTH_YEAR = regex.compile(r"(?P<month>\p{L}{3,9}+)\.?\ (?:19|20)\d\d")
# The credit that ends a photo caption: "(NATO photo by …)", "(Photo: …)", "(Photo credit …)".
_CREDIT_WORDS = ("photo", "foto", "image", "picture")
_LONGEST_CREDIT = 80


# "4:50 P.M. BST", "11:33 A.M. EDT", "14:05 CET", "3:51 p.m.".
_TIME_LINE = regex.compile(r"\d{1,2}[:.]\d\d(?:\ ?[AaPp]\.?[Mm]\.?)?(?:\ \p{Lu}{2,5})?")
# A speaker label alone on its line ("Partie 3 Allison Hart:", "MODERATOR:"): short, ending in a colon.
_LABEL_CHARS = 60
_LABEL_WORDS = 6


# Rank and office words that make a short line under a title a byline ("Ambassador Douglas Lute",
# "U.S. Permanent Representative to NATO", "By Anna Verhoef"), not a subtitle.
_BYLINE_WORDS = frozenset(
    {"by", "ambassador", "general", "admiral", "secretary", "minister", "president", "representative",
     "commander", "spokesperson", "spokesman", "spokeswoman", "director", "chairman", "chair", "mr.", "ms.",
     "mrs.", "dr.", "lieutenant", "colonel", "captain", "envoy", "ministre", "ambassadeur", "botschafter",
     "général", "amiral", "sprecher", "sprecherin", "professor", "prof."}
)
_BYLINE_MOST_WORDS = 8


def person_byline(line: str) -> bool:
    """Whether *line* is a short name-or-role line under a title ("Ambassador Douglas Lute")."""
    words = line.lower().split()
    return len(words) <= _BYLINE_MOST_WORDS and not _BYLINE_WORDS.isdisjoint(w.strip(",;()") for w in words)


def time_line(line: str) -> bool:
    """Whether *line* is a time of day alone ("4:50 P.M. BST")."""
    return _TIME_LINE.fullmatch(line) is not None


def label_line(line: str) -> bool:
    """Whether *line* is a speaker label alone on its line ("Allison Hart:"), as a transcript opens."""
    return 2 < len(line) <= _LABEL_CHARS and line[-1] == ":" and line.count(" ") < _LABEL_WORDS and line[0].isupper()


def metric_count(line: str, following: str) -> bool:
    """Whether *line* is a number alone above an article-metrics word ("856" / "Views")."""
    return line.replace(",", "").isdecimal() and site_chrome(following) == "article metrics"


def genre_label(line: str) -> str | None:
    """The genre label *line* is, with an optional publisher before it ("NATO Press Release"), or ``None``."""
    if len(line) > 60:
        return None
    words = line.rstrip(":").split()
    low = [w.lower() for w in words]
    for cut in range(min(len(words) - 1, _PUBLISHER_WORDS) + 1):
        label = " ".join(low[cut:])
        if label in _GENRES and all(w[:1].isupper() for w in words[:cut]):
            return "press release"  # every genre listed is a release of some kind
    return None


def bare_reference(line: str) -> bool:
    """Whether *line* is a press-release number alone ("(2008)021")."""
    return _BARE_REFERENCE.fullmatch(line) is not None


def split_date(line: str, following: str) -> bool:
    """Whether *line* is a day alone whose month and year open the *following* line ("17" / "February 2008")."""
    if not (line.isdecimal() and len(line) <= 2 and 1 <= int(line) <= 31):
        return False
    m = _MONTH_YEAR.match(following)
    return m is not None and m.group("month").lower() in V.MONTHS and len(following) <= m.end() + 2


def credit_caption(line: str) -> bool:
    """Whether *line* ends in a bracketed photo credit ("… Europe, Nov. 9, 2017. (NATO photo by …)")."""
    if not line.endswith(")"):
        return False
    open_at = line.rfind("(", max(0, len(line) - _LONGEST_CREDIT))
    if open_at < 0:
        return False
    credit = line[open_at + 1 : -1].lower()
    return any(word in credit for word in _CREDIT_WORDS) and (" by " in credit or ":" in credit or "credit" in credit)


# How far past the preamble a transcript's metadata block ("Location: …", "Time: …", "Date: …") is looked for.
_METADATA_REACH = 30
# The labels that open such a date line.
_METADATA_LABELS = ("date", "published", "posted", "issued", "datum", "fecha")


def late_metadata_date(lines: _Lines, start: int) -> int | None:
    """The line of a labelled date after a participant list ("Date: Wednesday, September 4, 2014"), or ``None``.

    Looked for from line *start* on, over short non-prose lines only (names, roles, "Location: …").
    """
    end = min(lines.n, start + _METADATA_REACH)
    for i in range(start, end):
        line = lines.texts[i]
        if not line:
            continue
        if prose_like(line):
            return None
        head = line[:12].lower()
        if head.startswith(_METADATA_LABELS) and ":" in head:
            read = lines.header(i)
            if read is not None and read.published is not None:
                return i
    return None
