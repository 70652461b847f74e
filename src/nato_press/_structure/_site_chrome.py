"""Site chrome scraped above a headline: official-site notices, search prompts, adverts, glyph rows.

House rule: the header zone ends at the dateline and every NON-CHROME line above it is headline,
so every kind of line a site prints above its headline must be recognisable as chrome on its own:

- official-site notices: "An official website of the United States government", "Here's how you
  know", "Official websites use .gov", "Secure .gov websites use HTTPS" (reason ``site banner``);
- archive notices: "This is historical material “frozen in time”…", "This page has been archived"
  (``archive notice``);
- search prompts: "Search our content", "What are you looking for?" (``navigation``);
- font-size rows and homepage link rows: "A A A", "A- A A+", "Font size", "Go to Homepage Go to
  Index" (``navigation``);
- the items of a language switcher written as a list: "- French" / "- English" (``navigation``);
- rows of arrow glyphs: "↑", "›" (``navigation``); a journal's section word ("Articles");
- article metrics: "Views", "CrossRef citations to date", "Altmetric" (``article metrics``; the
  count above each is chrome too, see :func:`._header_zone.metric_count`);
- adverts and job adverts: "Advertisement", "Anzeige", "We're hiring" (``advertisement``).

Each rule looks at one whole stripped line, after a cheap first-word gate.

>>> site_chrome("An official website of the United States government")
'site banner'
>>> site_chrome("Search our content"), site_chrome("A- A A+"), site_chrome("Advertisement")
('navigation', 'navigation', 'advertisement')
>>> site_chrome("Search teams found the wreck.") is None
True
"""

from __future__ import annotations

from ._chrome_vocab import _key, _phrases

__all__ = ["site_chrome"]

# Whole lines, by reason (the key of a line: case folded, edge punctuation dropped, ’ read as ').
_WHOLE = {
    "site banner": _phrases(
        "an official website of the united states government|an official website of the european union",
        "an official website of the united kingdom government|here's how you know|here is how you know",
        "official websites use .gov|secure .gov websites use https|official website of the u.s. government",
    ),
    "archive notice": _phrases(
        "this page has been archived|this is an archived page|archived content|archived page|archive notice",
        "this content is archived|this page is archived|this website is archived|archived website",
        "this is an archive page|page archivée|archivierte seite",
    ),
    "navigation": _phrases(
        "search our content|search our site|search the site|search the website|search this website",
        "search nato|search news|search the archive|type to search|enter search term|enter search terms",
        "search for|what are you looking for|search keywords|keyword search|site search|recherche sur le site",
        "suche nach|suchbegriff eingeben|font size|text size|change font size|increase font size",
        "decrease font size|reset font size|taille du texte|schriftgröße|go to homepage|back to homepage",
        "return to homepage|go to index|back to index|go to home page|back to home page|to the homepage",
        "articles|research article|original article|original articles|header|footer|main content",
    ),
    "article metrics": _phrases(
        "views|article views|downloads|citations|crossref citations to date|citations to date|altmetric",
        "altmetric score|metrics|article metrics|readers|shares",
    ),
    "advertisement": _phrases(
        "advertisement|advertisements|advertising|ad|ads|sponsored|sponsored content|paid content|anzeige",
        "werbung|publicité|story continues below advertisement|article continues below advertisement",
        "continue reading below|article continues below|we're hiring|we are hiring|join our team",
        "job vacancies|current vacancies|vacancies|jobs at nato|apply now",
    ),
}
_REASONS = {phrase: reason for reason, family in _WHOLE.items() for phrase in family}

# Sentences of the official-site notices, read by their opening words.
_NOTICE_PREFIXES = (
    "official websites use .gov", "secure .gov websites use https", "a .gov website belongs to",
    "a lock (", "a lock or https://", "this is historical material", "this page is no longer updated",
    "this page is no longer being updated", "this is an archived", "this website is an archive",
    "you are viewing an archived",
)
_NOTICE_REASONS = {"this is historical material": "archive notice", "this page is no longer": "archive notice",
                   "this is an archived": "archive notice", "this website is an archive": "archive notice",
                   "you are viewing an archived": "archive notice"}
_LONGEST_NOTICE = 240

# Font-size buttons: "A A A", "A- A A+", "A– A A+", "AA", "+ -".
_FONT_BUTTONS = frozenset({"a", "a+", "a-", "a–", "a−", "aa", "aaa", "+", "-", "–", "a++", "a--"})
# Homepage link rows: "Go to Homepage Go to Index", "Back to top Go to Homepage".
_LINK_VERBS = frozenset({"go", "back", "return"})
_LINK_TARGETS = frozenset({"homepage", "home", "index", "top", "page", "home page", "start", "main"})
# Arrow and chevron glyphs a scraper leaves as a line of their own.
_ARROWS = frozenset("↑↓←→↖↗↘↙⇧⇩⇦⇨▲▼◀▶△▽◁▷›‹»«^⌃⌄˄˅❯❮➜➔➤")

# The first words that can open one of these lines (the gate in front of the rules).
_FIRST = frozenset(p.split()[0] for p in (*_REASONS, *_NOTICE_PREFIXES)) | _FONT_BUTTONS | _LINK_VERBS


# Language names of a language switcher written as a list ("- French" / "- English").
_LANGUAGES = _phrases(
    "english|french|german|italian|spanish|dutch|portuguese|swedish|russian|ukrainian|polish|français|anglais",
    "deutsch|englisch|französisch|italiano|español|nederlands|português|svenska|русский|українська|polski",
)


def site_chrome(line: str) -> str | None:
    """Why *line* is site chrome of the kinds above a headline, or ``None``."""
    if not line or len(line) > _LONGEST_NOTICE:
        return None
    if line[0] in "-•*" and line[1:].strip().lower() in _LANGUAGES:
        return "navigation"  # a language switcher's item: "- French"
    if line[0] in _ARROWS and all(c in _ARROWS or c.isspace() for c in line):
        return "navigation"
    head = line[:40].split(None, 1)[0].lower().replace("’", "'").strip("()[]:.,;!?\"'“”")
    if head not in _FIRST:
        return None
    key = _key(line.replace("’", "'"))
    reason = _REASONS.get(key)
    if reason is not None:
        return reason
    for prefix in _NOTICE_PREFIXES:
        if key.startswith(prefix):
            return next((r for p, r in _NOTICE_REASONS.items() if prefix.startswith(p)), "site banner")
    words = key.split()
    if len(words) <= 8 and all(w in _FONT_BUTTONS for w in words) and any(w[0] == "a" for w in words):
        return "navigation"  # "A A A", "A- A A+"
    if 2 <= len(words) <= 12 and _link_row(words):
        return "navigation"  # "Go to Homepage Go to Index"
    return None


def _link_row(words: list[str]) -> bool:
    """Whether *words* are one or more "go/back/return to <target>" links and nothing else."""
    at = 0
    while at < len(words):
        if words[at] not in _LINK_VERBS or words[at + 1 : at + 2] != ["to"]:
            return False
        at += 2
        if words[at : at + 1] == ["the"]:
            at += 1
        two = " ".join(words[at : at + 2])
        if two in _LINK_TARGETS:
            at += 2
        elif words[at : at + 1] and words[at] in _LINK_TARGETS:
            at += 1
        else:
            return False
    return True
