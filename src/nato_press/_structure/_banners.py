"""Site banners, section kickers and navigation menus at the top of a page.

:func:`banner_publisher` reads the publisher a site banner names ("NATO - North Atlantic Treaty
Organisation", "SpaceWar.com - Your World At War", "Allied Air Command | Newsroom");
:func:`kicker` recognises a section kicker above a title ("National"); :func:`menu_like` and
:func:`menu_bar` recognise the items and bars of a site's navigation menu. Their vocabularies (NATO
bodies, top-level domains, section names) stand beside them.
"""

from __future__ import annotations

import regex

from ._chrome_vocab import _NAVIGATION, _WHOLE, _key, _phrases

__all__ = ["banner_publisher", "kicker", "menu_bar", "menu_like", "organisation_name"]

# --------------------------------------------------------------------------- kickers and banners

# Section kickers above a title on news sites ("National", "World", "Politics").
_KICKERS = _phrases(
    "national|international|world|world news|politics|europe|news|latest news|breaking news|top stories",
    "defence|defense|security|military|opinion|analysis|business|us|u.s.|global|region|asia|americas",
    "middle east|africa|press release|press releases|actualités|monde|politique|nachrichten|politik|ausland",
    "welt|inland",
)

# Site banners: a domain name, alone or with a tagline ("SpaceWar.com - Your World At War");
# publisher banners: an acronym and its expansion ("NATO - North Atlantic Treaty Organisation").
_BANNER = regex.compile(r"(?P<head>[\w.-]{2,120}+)(?:\s*+[-–—|:]\s*+(?P<tail>\S.{0,99}))?")
_TOP_LEVEL = frozenset({"com", "net", "org", "int", "info", "news", "eu", "de", "fr", "be", "uk", "us", "co"})

# NATO bodies whose name alone, at the top of a page, is the site's banner; and the short name
# the header gives as publisher.
_NATO_BODIES = {
    "north atlantic treaty organization": "NATO",
    "north atlantic treaty organisation": "NATO",
    "nato multimedia": "NATO",
    "nato newsroom": "NATO",
    "nato review": "NATO",
    "allied command transformation": "ACT",
    "allied command operations": "ACO",
    "supreme headquarters allied powers europe": "SHAPE",
    "allied maritime command": "MARCOM",
    "allied air command": "AIRCOM",
    "allied land command": "LANDCOM",
    "joint force command brunssum": "JFC Brunssum",
    "joint force command naples": "JFC Naples",
    "joint force command norfolk": "JFC Norfolk",
    "nato communications and information agency": "NCIA",
    "nato support and procurement agency": "NSPA",
    "nato parliamentary assembly": "NATO PA",
    "nato defense college": "NDC",
    "nato defence college": "NDC",
    "u.s. mission to nato": "U.S. Mission to NATO",
    "united states mission to nato": "U.S. Mission to NATO",
}

# The written-out name of the Alliance inside a body's name, and the acronyms a banner may use.
_NATO_LONG_NAMES = ("the north atlantic treaty organization", "the north atlantic treaty organisation",
                    "north atlantic treaty organization", "north atlantic treaty organisation")
_NATO_ACRONYMS = {short: short for short in _NATO_BODIES.values()} | {"OTAN": "NATO", "NATO": "NATO"}
# What separates a banner's name from its section: "Allied Air Command | Newsroom", "OTAN - Actualités".
_BANNER_PARTS = regex.compile(r"\s++[|–—-]\s++|\s*+\|\s*+")
# Section names after a banner.
_SECTIONS = _KICKERS | _NAVIGATION | _phrases(
    "newsroom|news room|press releases|news releases|communiqués|communiqués de presse|actualités|nachrichten",
    "aktuelles|meldungen|pressemitteilungen|official texts|speeches|speeches & transcripts|opinion|review",
)

# Small words skipped when an expansion's initials are compared with its acronym.
_SMALL_WORDS = frozenset({"of", "the", "for", "and", "de", "la", "le", "du", "des", "et", "der", "die", "für", "und"})

# Menu items: short, no sentence punctuation, no digits.
_MENU_WORDS = 4
_MENU_CHARS = 40


def _domain_label(label: str) -> bool:
    """One label of a domain name: letters, digits and inner hyphens, at most 41 characters."""
    return 0 < len(label) <= 41 and label[0].isalnum() and label.replace("-", "").isalnum()



# The last word of an organisation's name printed alone above a headline ("Atlantic Council",
# "Royal United Services Institute", "Ministry of Defence"): such a line is the site's banner.
_ORGANISATION_WORDS = frozenset(
    {"council", "institute", "institution", "centre", "center", "foundation", "ministry", "agency", "office",
     "mission", "university", "forum", "association", "society", "fund", "organisation", "organization",
     "parliament", "assembly", "commission", "department", "service", "services", "college", "academy",
     "bureau", "group", "network", "initiative", "programme", "program", "tank"}
)
_ORGANISATION_FIRST = frozenset({"ministry", "department", "office", "embassy", "permanent", "delegation"})
_NAME_SMALL_WORDS = frozenset({"of", "the", "for", "and", "on", "to", "de", "la", "du", "des", "für", "der"})
_ORGANISATION_MOST_WORDS = 6


def organisation_name(line: str) -> bool:
    """Whether *line* is only an organisation's name ("Atlantic Council", "Ministry of Defence").

    >>> organisation_name("Atlantic Council"), organisation_name("NATO allies meet the Council")
    (True, False)
    """
    words = line.split()
    if not 2 <= len(words) <= _ORGANISATION_MOST_WORDS or any(not w[0].isalpha() for w in words):
        return False
    if not all(w[0].isupper() or w in _NAME_SMALL_WORDS for w in words):
        return False
    return words[-1].lower() in _ORGANISATION_WORDS or words[0].lower() in _ORGANISATION_FIRST


def kicker(line: str) -> bool:
    """Whether *line* is a news-site section kicker ("National"), read above a title only."""
    return len(line) <= 20 and line.lower() in _KICKERS


def menu_like(line: str) -> bool:
    """Whether *line* could be one item of a site's navigation menu ("Media Centre", "About NSPA").

    >>> menu_like("Business Opportunities"), menu_like("Allies met today."), menu_like("Q2 2020")
    (True, False, False)
    """
    return (
        len(line) <= _MENU_CHARS
        and line.count(" ") < _MENU_WORDS
        and not line[0].islower()
        and line[-1] not in ".,;:!?"
        and not any(c.isdigit() for c in line)
    )


def _nato_body(name: str) -> str | None:
    """The short name of a NATO body written out ("U.S. Mission to the North Atlantic Treaty Organization")."""
    key = " ".join(name.lower().split())
    for long_name in _NATO_LONG_NAMES:
        key = key.replace(long_name, "nato")
    return _NATO_BODIES.get(key) or _NATO_ACRONYMS.get(name.strip())


def _sectioned_banner(line: str) -> str | None:
    """The publisher of a banner that names a NATO body and a section ("Allied Air Command | Newsroom")."""
    parts = _BANNER_PARTS.split(line)
    if len(parts) < 2:
        return None
    bodies = [body for body in map(_nato_body, parts) if body is not None]
    sections = [p for p in parts if _key(p) in _SECTIONS]
    return bodies[0] if len(bodies) == 1 and len(sections) == len(parts) - 1 else None


def menu_bar(line: str) -> bool:
    """Whether *line* is a bar of menu items ("World | Europe | Security", "Sign in | Subscribe").

    >>> menu_bar("Home | Our Relationship | Policy & History"), menu_bar("10/22/2021 | Press release | Statement")
    (True, False)
    """
    parts = [part.strip() for part in line.split("|")]
    if len(parts) < 2 or not all(parts):
        return False
    if len(parts) >= 3 and all(map(menu_like, parts)):
        return True
    return all(_key(part) in _WHOLE for part in parts)


def banner_publisher(line: str) -> str | None:
    """The publisher a site banner names, or ``None`` when *line* is not a banner.

    >>> banner_publisher("NATO - North Atlantic Treaty Organisation")
    'NATO'
    >>> banner_publisher("Allied Command Transformation")
    'ACT'
    >>> banner_publisher("SpaceWar.com - Your World At War")
    'SpaceWar.com'
    >>> banner_publisher("Allied Air Command | Newsroom")
    'AIRCOM'
    >>> banner_publisher("OTAN - Actualités")
    'NATO'
    >>> banner_publisher("Q2/2020 - NATO") is None
    True
    """
    if len(line) > 120:
        return None
    body = _nato_body(line)
    if body is not None:
        return body
    sectioned = _sectioned_banner(line)
    if sectioned is not None:
        return sectioned
    m = _BANNER.fullmatch(line)
    if m is None:
        return None
    head, tail = m.group("head"), m.group("tail")
    labels = head.split(".")
    if 2 <= len(labels) <= 5 and labels[-1].lower() in _TOP_LEVEL and all(map(_domain_label, labels[:-1])):
        return head
    if tail is None or not 2 <= len(head) <= 8 or not head.isalpha() or not head.isupper():
        return None
    # "NATO - North Atlantic Treaty Organisation": the initials of the expansion spell the acronym.
    if not tail[0].isupper() or len(tail) < 5 or any(not (c.isalpha() or c in "'’ -") for c in tail):
        return None
    words = [w for w in tail.replace("-", " ").split() if w.lower() not in _SMALL_WORDS]
    initials = "".join(w[0] for w in words).upper()
    return head if initials == head else None
