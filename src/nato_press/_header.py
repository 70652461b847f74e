"""The header of a NATO press text: datelines, reference numbers, titles and the document kind.

Each function looks at one line (stripped, with its offset in the input) and
recognises one family of header forms. Dates inside the lines are read by
:mod:`nato_press._dates` through :func:`dates_in`, the one place this module
calls it; the patterns here only describe what surrounds a date.

>>> title_kind("Press conference by NATO Secretary General Jens Stoltenberg")
'transcript'
>>> digest_period("Q2/2020 - NATO")
True
"""

from __future__ import annotations

import datetime as dt

import attrs
import regex

from ._dates import scan_dates
from ._records import DateMention, DocumentKind, Span

__all__ = [
    "HeaderLine",
    "WireDateline",
    "body_dateline",
    "byline_like",
    "dates_in",
    "digest_period",
    "moment",
    "prose_like",
    "read_header_line",
    "separator_line",
    "title_kind",
    "title_leading_date",
    "title_like",
]

# A placeholder for a date mention in the residue of a header line (a character that input lines
# are scrubbed of first, so it only ever stands for a date read by the date grammar).
_DATE = "\x00"

# A dateline's place: one to four capitalised words, optionally with a country after a comma
# ("Brussels", "WASHINGTON", "Oeiras, Portugal", "BELGIUM").
_PLACE_WORD = r"\p{Lu}[\p{L}.'’-]{0,30}+"
_PLACE = (
    r"(?P<place>" + _PLACE_WORD + r"(?:\ " + _PLACE_WORD + r"){0,3}"
    r"(?:,\ " + _PLACE_WORD + r"(?:\ " + _PLACE_WORD + r"){0,2})?)"
)

# A news agency or republishing site tag in brackets: "(AFP)", "(ENEWSPF)", "(Reuters)".
_AGENCY = r"\((?P<agency>\p{Lu}[\p{L}\d&.-]{1,20}+)\)"

# A header line with its dates replaced by the placeholder: only labels, dates, reference numbers
# and separators may remain. The families it reads:
#   nato.int       "07 Nov. 2017 - | Last updated: 07 Nov. 2017 11:17", "• Last updated: 09 Jun. 2016 16:58",
#                  "• Press Release (2013) 127", "• Issued on 15 Nov. 2013", "Mis à jour le: 12 juin 2020"
#   aggregators    "10/22/2021 | Press release | Distributed by Public on 10/22/2021 05:41", "Posted: 11/16/2010"
#   wires          "BELGIUM–(ENEWSPF)–12 February 2013.", "Brussels, March 14 (AFP) Mar 14, 2018"
#   bare dates     "December 13, 2018", "19 Sep. 2014 - 21 Sep. 2014"
_HEADER_RESIDUE = regex.compile(
    r"""
    [\s•·▪●◦‣∙*|–—-]*+
    (?:""" + _PLACE + r"""\s*+(?:,|[–—-]{1,2})\s*+)??
    (?>
      (?:
        # "Last updated: <date>", "Mis à jour le: <date>", "Zuletzt aktualisiert am <date>"
        (?i:last\ updated|updated|mis\ à\ jour\ le|dernière\ mise\ à\ jour|mise\ à\ jour|zuletzt\ aktualisiert(?:\ am)?
          |letzte\ aktualisierung|aktualisiert(?:\ am)?|stand)
        \s*+:?\s*+(?P<upd>\x00)
        # "Issued on <date>", "Posted: <date>", "Publié le <date>", "Veröffentlicht am <date>"
      | (?i:issued(?:\ on)?|posted(?:\ on)?|published(?:\ on)?|dated?|publié\ le|diffusé\ le|veröffentlicht(?:\ am)?
          |datum|erschienen\ am)
        \s*+:?\s*+(?P<pub>\x00)
        # "Distributed by Public on <date>"
      | (?i:distributed\ by)\ (?P<distributor>[^|\x00]{1,60}?)\s*+(?i:on|at)\s*+(?P<dst>\x00)
        # "Press Release (2013) 127", "Press release PR/CP(2013)127", "Communiqué de presse (2013) 127"
      | (?P<reference>(?i:press\ release|communiqué\ de\ presse|pressemitteilung|news\ release)
          \s*+(?:\(\d{4}\)\s*+\d{1,4}|PR/CP\s*+\(\d{4}\)\s*+\d{1,4}|(?i:no\.?)\s*+\d{1,4}(?:/\d{2,4})?))
        # Kind labels of aggregators: "Press release", "Statement", "Transcript"
      | (?P<label>(?i:press\ release|news\ release|communiqué\ de\ presse|pressemitteilung|statement|transcript
          |speech|news|press\ briefing))
        # A wire tag: "(AFP)", "(ENEWSPF)"
      | """ + _AGENCY + r"""
        # The "(As delivered)" note of a speech
      | \((?i:as\ delivered|check\ against\ delivery)\)
        # A bare date, with a time the date grammar left over: "07 Nov. 2017 11:17"
      | (?P<pub>\x00)(?:\s*+(?:at\s*+)?\d{1,2}[:h.]\d{2}(?:\s*+(?:CET|CEST|GMT|UTC|[AaPp]\.?[Mm]\.?))?)?
      )
      [\s•·▪●◦‣∙*|,.;:–—-]*+
    )++
    """,
    regex.VERBOSE,
)

# A line with nothing but bullets and bar separators, as in the nato.int header list ("  • |").
_SEPARATOR_LINE = regex.compile(r"[\s•·▪●◦‣∙*|–—-]++")

# A wire dateline that opens the first paragraph: "WASHINGTON, Sept. 21, 2011 — NATO will …",
# "BRUSSELS (Reuters) - …". The date (when there is one) must follow the place directly.
_BODY_DATELINE_PLACE = regex.compile(_PLACE + r"\s*+(?:,\s*+|(?=\s*+\())")
_BODY_DATELINE_TAIL = regex.compile(r"\s*+(?:" + _AGENCY + r"\s*+)?(?:[–—]|--?)\s")

# Digest period headers: "Q2/2020 - NATO", "H1 2021 – Cyber", "2. Quartal 2020", "T3/2019".
_DIGEST_PERIOD = regex.compile(
    r"""
    (?:
      (?:[QHST][1-4]|[1-4][QH])\s*+[/.-]?\s*+(?:19|20)\d{2}
    | (?:19|20)\d{2}\s*+[/.-]\s*+(?:[QHST][1-4]|[1-4][QH])
    | [1-4]\.?\s*+(?i:quarter|quartal|trimestre|semester|halbjahr)\s*+(?:19|20)\d{2}
    )
    (?:\s*+[–—:|-]\s*+.{1,80})?
    """,
    regex.VERBOSE,
)

# Kind cues in titles, strongest first.
# Transcripts: press conferences, briefings, doorsteps, press points, Q&A, transcripts.
_TRANSCRIPT = regex.compile(
    r"""
    \b(?i:press\ conference|press\ briefing|news\ briefing|media\ briefing|telephonic\ press\ briefing
      |telephone\ press\ briefing|doorstep(?:\ statement)?|joint\ press\ point|press\ point|press\ availability
      |media\ availability|transcript|q\ ?&\ ?a|questions\ and\ answers|conférence\ de\ presse|point\ de\ presse
      |pressekonferenz|pressebriefing|presseunterrichtung)\b
    """,
    regex.VERBOSE,
)
# Speeches: the title names the speech and who gives it or where ("Speech by …", "Remarks at …",
# "Keynote address …", "Lecture by …", "Discours de …", "Rede von …"), or opens with the word.
_SPEECH = regex.compile(
    r"""
    \b(?i:keynote)\b
    | \b(?i:speech|remarks|address|lecture|discours|allocution|rede|ansprache|vortrag)
      \s++(?i:by|of|at|to|from|delivered|given|before|du|de|des|par|à|von|bei|vor|des|der)\b
    | ^(?:(?i:opening|closing|welcome|welcoming|introductory|video|pre-recorded)\s++)?
      (?i:speech|remarks|address|lecture|discours|allocution|rede|ansprache)\b
    """,
    regex.VERBOSE,
)
# Statements: the title names the statement ("Statement by …", "NAC statement on …", "Joint
# declaration of …", "Déclaration du …"), or opens or ends with the word ("… : statement").
_STATEMENT = regex.compile(
    r"""
    \b(?i:statement|declaration|communiqué|communique|déclaration|erklärung|stellungnahme)
      \s++(?i:by|of|on|from|following|after|at|concerning|regarding|issued|du|de|des|sur|par|zu|von|der)\b
    | ^(?:(?i:joint|press|final|chair's|chairman's|chairperson's|gemeinsame)\s++)?
      (?i:statement|declaration|communiqué|communique|déclaration|erklärung|stellungnahme)\b
    | \b(?i:statement|communiqué|communique)\W*+$
    """,
    regex.VERBOSE,
)

# A number standing alone (a day, a year, "10/22/2021", "09:01"), which every header date has; lines
# without one ("… for the 21st Century") are not handed to the date grammar.
_NUMBER = regex.compile(r"(?<![\p{L}\d])\d{1,4}(?![\p{L}\d])")

# Header lines are short: the longest family ("10/22/2021 | Press release | Distributed by … on …") has
# about a dozen words. Longer lines are prose and are not handed to the date grammar at all.
_HEADER_MAX = 140
_HEADER_MAX_SPACES = 16
_LETTER = regex.compile(r"\p{L}")

# Titles never end like a sentence or a speaker label ...
_SENTENCE_END = frozenset(".,;:")
# ... even behind closing quotes and a footnote marker ("… he said.”", "… in 2017.[1]").
# A list item is no title ("- Das Motto der Akademie …", "• …").
_BULLETS = frozenset("-–—•·*▪●◦‣∙")
_PROSE_END = frozenset(".!?…")
_CLOSERS = "”’\"'»)"
_END_MARKER = regex.compile(r"\[\d{1,3}\]")

# News agencies: their wire copy is a third-party report, not a republished NATO text.
_AGENCIES = frozenset({"AFP", "AP", "REUTERS", "DPA", "UPI", "ANSA", "EFE", "TASS", "XINHUA", "IANS", "ANI", "PTI",
                       "APA", "BELGA", "ANP", "PAP", "CTK", "RIA", "KYODO", "YONHAP"})


def dates_in(text: str, start: int, end: int) -> list[DateMention]:
    """The explicit day mentions inside ``text[start:end]``, in order, from the date grammar.

    The single call into :mod:`nato_press._dates`; any failure there reads as "no date".
    """
    try:
        found, _relative, _defects = scan_dates(text, [Span(start=start, end=end)])
    except Exception:
        return []
    # Headers date a page to the day; a year or month inside a reference ("Press Release (2013) 127") is no date.
    return [m for m in found if m.precision == "day" and start <= m.span.start and m.span.end <= end]


def moment(mention: DateMention) -> dt.date | dt.datetime:
    """The value of a header date: a datetime when a time of day was written, else the (first) date."""
    if mention.time is not None:
        return dt.datetime.combine(mention.start, mention.time)
    return mention.start


@attrs.frozen(kw_only=True)
class HeaderLine:
    """What one header line says (mentions are the date grammar's, in line order)."""

    published: DateMention | None = None
    updated: DateMention | None = None
    reference: str | None = None
    label: str | None = None
    distributor: str | None = None
    agency: str | None = None
    place: str | None = None
    nato_style: bool = False


def separator_line(line: str) -> bool:
    """Whether *line* holds nothing but bullets and bars ("  • |")."""
    return _SEPARATOR_LINE.fullmatch(line) is not None


def read_header_line(text: str, start: int, line: str) -> HeaderLine | None:
    """Read *line* (found at *start* in *text*) as a dateline or metadata line, or ``None``.

    >>> read_header_line("Press Release (2013) 127", 0, "Press Release (2013) 127").reference
    'Press Release (2013) 127'
    """
    if len(line) > _HEADER_MAX or line.count(" ") > _HEADER_MAX_SPACES or _NUMBER.search(line) is None:
        return None
    bare = _HEADER_RESIDUE.fullmatch(line)
    if bare is not None and bare.captures("reference") and not bare.captures("pub"):
        # "Press Release (2013) 127": a header line that holds no date; the date grammar is not asked.
        return HeaderLine(reference=bare.captures("reference")[0].strip(), nato_style=True)
    mentions = dates_in(text, start, start + len(line))
    pieces: list[str] = []
    pos = start
    for m in mentions:
        pieces.append(text[pos : m.span.start].replace(_DATE, " "))
        pieces.append(_DATE)
        pos = m.span.end
    pieces.append(text[pos : start + len(line)].replace(_DATE, " "))
    residue = "".join(pieces)
    match = _HEADER_RESIDUE.fullmatch(residue)
    if match is None:
        return None
    if not mentions and match.captures("reference") == []:
        return None

    def mention_at(group: str) -> list[DateMention]:
        return [mentions[residue.count(_DATE, 0, p)] for p in match.starts(group)]

    published = mention_at("pub") + mention_at("dst")
    published.sort(key=lambda m: m.span.start)
    updated = mention_at("upd")
    references = match.captures("reference")
    labels = match.captures("label")
    distributors = match.captures("distributor")
    agencies = match.captures("agency")
    place = match.group("place")
    first = published[0] if published else None
    if first is not None and first.time is None:
        # "10/22/2021 | … | Distributed by Public on 10/22/2021 05:41": the same day, timed later on the line.
        first = next((m for m in published[1:] if m.start == first.start and m.time is not None), first)
    return HeaderLine(
        published=first,
        updated=updated[0] if updated else None,
        reference=references[0].strip() if references else None,
        label=labels[0].lower() if labels else None,
        distributor=distributors[0].strip() if distributors else None,
        agency=agencies[0] if agencies else None,
        place=_place_name(place) if place else None,
        nato_style=bool(updated or references) or line.lstrip().startswith("•"),
    )


@attrs.frozen(kw_only=True)
class WireDateline:
    """A dateline opening the first paragraph ("WASHINGTON, Sept. 21, 2011 — …")."""

    place: str
    published: DateMention | None = None
    agency: str | None = None


def body_dateline(text: str, start: int, line: str) -> WireDateline | None:
    """Read the wire dateline that opens *line*, the first paragraph of the body, or ``None``.

    >>> body_dateline("BRUSSELS (Reuters) - Allies met.", 0, "BRUSSELS (Reuters) - Allies met.").agency
    'Reuters'
    """
    place = _BODY_DATELINE_PLACE.match(line)
    if place is None:
        return None
    at = place.end()
    published: DateMention | None = None
    if line[at : at + 1] != "(":
        head_end = start + min(len(line), at + 40)
        mentions = dates_in(text, start + at, head_end)
        if not mentions or mentions[0].span.start != start + at:
            return None
        published = mentions[0]
        at = published.span.end - start
    tail = _BODY_DATELINE_TAIL.match(line, at)
    if tail is None:
        return None
    if published is None and tail.group("agency") is None:
        return None
    return WireDateline(place=_place_name(place.group("place")), published=published, agency=tail.group("agency"))


def _place_name(place: str) -> str:
    """A place as a name: "WASHINGTON" reads "Washington"; mixed case is kept."""
    return place.title() if place.isupper() else place


def is_agency(name: str | None) -> bool:
    """Whether *name* is a news agency (its wire copy is a report about NATO, not NATO's text)."""
    return name is not None and name.upper() in _AGENCIES


def digest_period(line: str) -> bool:
    """Whether *line* is a digest's period header ("Q2/2020 - NATO")."""
    return len(line) <= 100 and _DIGEST_PERIOD.fullmatch(line) is not None


def title_like(line: str) -> bool:
    """Whether *line* can be (the start of) a title: short, not a sentence, not a speaker label.

    >>> title_like("NATO Defence Ministers meet to continue the Alliance's adaptation")
    True
    >>> title_like("Ministers met today in the Nuclear Planning Group.")
    False
    """
    if not 2 <= len(line) <= 250 or line[0].islower() or line[0] in _BULLETS:
        return False
    if _last_sign(line) in _SENTENCE_END:
        return False  # "… met.", "… met.[1]", "… he said.”"
    words = line.count(" ") + 1
    return words <= 40 and _LETTER.search(line, 0, 40) is not None


def _last_sign(line: str) -> str:
    """The last character of *line* before closing quotes and a trailing footnote marker."""
    end = len(line)
    for _ in range(4):
        if end and line[end - 1] == "]":
            start = line.rfind("[", max(0, end - 5), end)
            if start < 0 or _END_MARKER.fullmatch(line, start, end) is None:
                break
            end = start
        elif end and line[end - 1] in _CLOSERS:
            end -= 1
        else:
            break
    return line[end - 1 : end]


def prose_like(line: str) -> bool:
    """Whether *line* reads as a paragraph of prose: it ends a sentence, or it is long."""
    return len(line) > 200 or _last_sign(line) in _PROSE_END


def continuation_like(line: str) -> bool:
    """Whether *line* continues a title on the next line ("by NATO Secretary General …")."""
    return line[:1].islower() and len(line) <= 200 and line[-1] not in _SENTENCE_END and line.count(" ") < 30


def byline_like(line: str) -> bool:
    """Whether *line* is a short byline or role line under a title ("Ambassador Douglas Lute")."""
    return len(line) <= 90 and line[-1] not in _SENTENCE_END and line.count(" ") < 12 and not line[0].islower()


def title_leading_date(text: str, start: int, line: str) -> DateMention | None:
    """The date that opens a title written "May 18, 2016: Ambassador Lute's …", or ``None``."""
    if not line[:1].isalnum():
        return None
    mentions = dates_in(text, start, start + min(len(line), 40))
    if not mentions or mentions[0].span.start != start:
        return None
    after = line[mentions[0].span.end - start :].lstrip()
    return mentions[0] if after[:1] in (":", "–", "—", "-", "|") else None


def title_kind(title: str) -> DocumentKind | None:
    """The document kind a title announces, or ``None`` when it announces none.

    >>> title_kind("Speech by NATO Deputy Secretary General Rose Gottemoeller")
    'speech'
    >>> title_kind("NATO Secretary General announces dates for 2014 Summit") is None
    True
    """
    if _TRANSCRIPT.search(title) is not None:
        return "transcript"
    if _SPEECH.search(title) is not None:
        return "speech"
    if _STATEMENT.search(title) is not None:
        return "statement"
    return None
