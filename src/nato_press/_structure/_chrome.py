"""Page chrome: the lines a scraper leaves around a NATO press text.

Each recogniser here looks at ONE line (its text without the line break and
without surrounding white space) and says whether it is chrome, and why. The
vocabularies (:mod:`._chrome_vocab`) are general (English, French, German);
nothing is keyed on one page. Whole-line matches only: a phrase such as
"Share" inside an article sentence is never chrome, so no sentence of an
article is marked.

>>> chrome_reason("Like it? Share with your friends!")
'share buttons'
>>> chrome_reason("Allies agreed to share intelligence.") is None
True
"""

from __future__ import annotations

import itertools

from ._banners import menu_bar
from ._chrome_vocab import (
    _ACCOUNT_OWNERS,
    _BREADCRUMB_FIRST,
    _BREADCRUMB_HOMES,
    _BREADCRUMB_MARKS,
    _BREAKS,
    _BUTTONS,
    _CONTACT_WORDS,
    _COOKIE_ACTIONS,
    _COOKIE_FIRST,
    _COOKIE_OPENERS,
    _COOKIE_WORDS,
    _EDGE,
    _FOOTER_FIRST,
    _FOOTER_PREFIXES,
    _FORM_PAIRS,
    _FORM_STARTS,
    _FORM_WORDS,
    _PHONE,
    _POSTCODE_CITY,
    _READ_MORE_FIRST,
    _READ_MORE_MARKS,
    _READ_MORE_PREFIXES,
    _SHARE_FIRST,
    _SHARE_PREFIXES,
    _SOURCE_WORDS,
    _STARTERS,
    _STREET_ENDINGS,
    _STREET_STEMS,
    _STREET_WORDS,
    _WHOLE,
    _WORD,
    _YOU_ARE_HERE,
    FORM_REASON,
    _first_word,
    _key,
)
from ._site_chrome import site_chrome

__all__ = ["chrome_reason", "form_line", "form_start"]

# Lines longer than this are prose, never chrome (the longest form sentence is ~140 characters).
_MAX_CHROME = 240

# Copyright lines: the mark and at most 160 characters.
_MAX_COPYRIGHT = 170

# Lines longer than this are no share bar, source credit, cookie button or form heading.
_SHORT_CHROME = 120


def _prefix_tail(key: str, prefixes: tuple[tuple[str, int], ...]) -> bool:
    """Whether *key* is one of *prefixes* followed by a word boundary and at most the allowed tail."""
    for prefix, tail in prefixes:
        if key.startswith(prefix):
            rest = key[len(prefix) :]
            if not rest or (not rest[0].isalnum() and len(rest) <= tail + 1):
                return True
    return False


def _share_bar(key: str) -> bool:
    """A run of one to ten share buttons ("Facebook Twitter LinkedIn Email", "Share | Print")."""
    words = key.translate(_BREAKS).split() if len(key) <= 120 else []
    return 0 < len(words) <= 10 and all(w in _BUTTONS for w in words)


def _read_more_link(key: str) -> bool:
    """ "READ MORE: <headline>", "Lire aussi › <headline>"."""
    for prefix in _READ_MORE_PREFIXES:
        if key.startswith(prefix):
            rest = key[len(prefix) :].lstrip()
            if rest[:1] in _READ_MORE_MARKS and rest[1:].strip():
                return True
    return False


def _source_credit(key: str) -> bool:
    """ "Source: nato.int", "Quelle: NATO" (a colon and at most six words)."""
    head, colon, rest = key.partition(":")
    return bool(colon) and head.strip() in _SOURCE_WORDS and 0 < len(rest.split()) <= 6


def _cookie_button(key: str) -> bool:
    """ "Accept all cookies", "Reject non-essential cookies", "Manage preferences", "Alle akzeptieren"."""
    words = _WORD.findall(key)
    return 0 < len(words) <= 6 and _COOKIE_WORDS.issuperset(words) and not _COOKIE_ACTIONS.isdisjoint(words)


def _breadcrumb(line: str) -> bool:
    """ "Home > News > Press releases": a home word, then one to eight steps."""
    parts = _BREADCRUMB_MARKS.split(line)
    if len(parts) < 2:
        return False
    home = _key(parts[0])
    for here in _YOU_ARE_HERE:
        if home.startswith(here):
            home = home[len(here) :].strip(_EDGE)
            break
    return len(parts) <= 9 and home in _BREADCRUMB_HOMES and all(0 < len(p) <= 80 for p in parts[1:])


def _copyright(line: str) -> bool:
    """ "© NATO 2020", "(c) 2020 …", "Copyright 2020 …" (at most 160 characters after the mark)."""
    if line[0] == "©":
        return True
    low = line[:10].lower()
    return low.startswith("(c) ") or (low.startswith("copyright") and not line[9:10].isalnum())


def _cookie_sentence(line: str) -> bool:
    """ "This website uses cookies …", "Nous utilisons des cookies …", "Wir verwenden Cookies …"."""
    low = line.lower()
    if not low.startswith(_COOKIE_OPENERS):
        return False
    return any(w in ("cookie", "cookies") for w in _WORD.findall(low, 0, 400))


def _contact(line: str) -> bool:
    """ "Tel.: +32 2 707 50 41", "E-mail: press@hq.nato.int"."""
    head, _sep, rest = line.partition(" ") if ":" not in line[:12] else line.partition(":")
    word = head.lower().strip(".: ")
    if word not in _CONTACT_WORDS:
        return False
    rest = rest.strip().lstrip(":").strip()
    if _PHONE.fullmatch(rest) is not None:
        return True
    return word in ("e-mail", "email", "courriel") and "@" in rest and " " not in rest


def _street_address(line: str) -> bool:
    """A street word and a postcode with a city."""
    low = line.lower()
    if not any(map(low.__contains__, _STREET_STEMS)) or _POSTCODE_CITY.search(line) is None:
        return False
    words = _WORD.findall(low)
    return any(w in _STREET_WORDS or w.endswith(_STREET_ENDINGS) for w in words)


def chrome_reason(line: str) -> str | None:
    """Why *line* (one stripped line) is page chrome, or ``None`` when it is not.

    >>> chrome_reason("Home > News > Press releases")
    'breadcrumb'
    >>> chrome_reason("Source: nato.int")
    'source credit'
    >>> chrome_reason("Reject non-essential cookies")
    'cookie banner'
    """
    size = len(line)
    if not size or size > _MAX_CHROME:
        return None
    first = _first_word(line)
    if first in _STARTERS or first[:1].isdigit():
        if size <= _MAX_COPYRIGHT and _copyright(line):
            return "footer/archive"
        key = _key(line)
        reason = _WHOLE.get(key)
        if reason == "navigation" and line[-1] == ":":
            reason = None  # "Press:", "Media:" alone on a line are speaker labels, not menu items
        reason = reason or _starter_reason(key, line, first)
        if reason is not None:
            return reason
    elif line[0] == "©":
        return "footer/archive" if size <= _MAX_COPYRIGHT else None
    elif line[-7:].lower() == "account" and form_start(line):
        return FORM_REASON
    if "|" in line and menu_bar(line):
        return "navigation"
    if ("ookie" in line or "OOKIE" in line) and _cookie_sentence(line):
        return "cookie banner"
    if (
        size <= 160
        and line[-1] != "."
        and line.count(" ") < 20
        and ((first in _CONTACT_WORDS and _contact(line)) or _street_address(line))
    ):
        return "footer/address"
    return site_chrome(line)


def _starter_reason(key: str, line: str, first: str) -> str | None:
    """The reason of a line that opens with a chrome word (*first*) but is no whole-line phrase.

    Each family is tried only when the first word can open it, so a paragraph that merely starts
    with "All" or "As" costs a few set lookups.
    """
    if first in _READ_MORE_FIRST and _read_more_link(key):
        return "read-more link"
    if first in _BREADCRUMB_FIRST and _breadcrumb(line):
        return "breadcrumb"
    if len(key) > _SHORT_CHROME:
        return None
    if (first in _SHARE_FIRST and _prefix_tail(key, _SHARE_PREFIXES)) or (first in _BUTTONS and _share_bar(key)):
        return "share buttons"
    if first in _SOURCE_WORDS and _source_credit(key):
        return "source credit"
    if first in _FOOTER_FIRST and _prefix_tail(key, _FOOTER_PREFIXES):
        return "footer/archive"
    if first in _COOKIE_FIRST and len(key) <= 80 and _cookie_button(key):
        return "cookie banner"
    if first.isdigit():
        words = key.split()
        if len(words) == 2 and len(words[0]) <= 4 and words[1] in ("comment", "comments"):
            return "navigation"  # "12 comments"
    if form_start(line):
        return FORM_REASON
    return None


def form_start(line: str) -> bool:
    """Whether *line* alone is a form heading or button ("Register", "NATO MULTIMEDIA ACCOUNT")."""
    if len(line) > 60:
        return False
    key = _key(line)
    if key in _FORM_STARTS:
        return True
    words = key.split()
    return 2 <= len(words) <= 5 and words[-1] == "account" and words[-2] in _ACCOUNT_OWNERS


def form_line(line: str) -> bool:
    """Whether *line*, met inside a sign-up form, belongs to the form."""
    if len(line) > _MAX_CHROME:
        return False
    words = _WORD.findall(line.lower())
    return not _FORM_WORDS.isdisjoint(words) or not _FORM_PAIRS.isdisjoint(itertools.pairwise(words))
