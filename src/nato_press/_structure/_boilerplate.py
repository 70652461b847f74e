"""Page chrome: the lines a scraper leaves around a NATO press text.

Each recogniser here looks at ONE line (its text without the line break and
without surrounding white space) and says whether it is chrome, and why. The
vocabularies are general (English, French, German); nothing is keyed on one
page. Whole-line matches only: a phrase such as "Share" inside an article
sentence is never chrome, so no sentence of an article is marked.

The vocabularies are sets of lower-case phrases looked up in Python after a
line is normalised (case folded, white space collapsed, edge punctuation
dropped); only a few small patterns are compiled, so importing costs little.

>>> chrome_reason("Like it? Share with your friends!")
'share buttons'
>>> chrome_reason("Allies agreed to share intelligence.") is None
True
"""

from __future__ import annotations

import itertools

import regex

__all__ = [
    "FORM_REASON",
    "banner_publisher",
    "chrome_reason",
    "form_line",
    "form_start",
    "kicker",
    "menu_bar",
    "menu_like",
]

#: The reason given to the lines of a sign-up / log-in form.
FORM_REASON = "account/sign-up form"

# Lines longer than this are prose, never chrome (the longest form sentence is ~140 characters).
_MAX_CHROME = 240

#: Words: letters and digits, with inner hyphens, apostrophes and ampersands ("e-mail", "s'inscrire", "q&a").
WORD = regex.compile(r"\w++(?:[-'’&]\w++)*+")
_WORD = WORD


def _phrases(*groups: str) -> frozenset[str]:
    """A set of phrases written one per "|"-separated item, white space collapsed."""
    return frozenset(" ".join(item.split()) for group in groups for item in group.split("|") if item.strip())


# --------------------------------------------------------------------------- whole-line phrases

# Share bars: "Share", "Print", "Spread the love", "Like it? Share with your friends!".
_SHARE = _phrases("spread the love|like it? share with your friends|share this page|share this article|share this")
# The buttons of a share bar, alone or several in a row ("Facebook Twitter Email", "Share | Print").
_BUTTONS = _phrases(
    "share|print|tweet|e-mail|email|mail|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|flipboard",
    "partager|imprimer|teilen|drucken|pocket|send|copy|link|copy link|bluesky|threads|instagram|youtube|messenger",
)
# Share lines with a tail: "Share on Facebook", "Click to share on X (Opens in new window)".
_SHARE_PREFIXES = (("click to share", 60), ("click to print", 60), ("click to email", 60), ("share this", 40),
                   ("share on", 40), ("partager sur", 30), ("teilen auf", 30), ("teilen per", 30))

# Read-more links: "Read more", "Lire le texte complet", "Weiterlesen", "Read the full text".
_READ_MORE = _phrases(
    "read more|read the full text|read the full article|read the full story|read the full statement",
    "lire le texte complet|lire la suite|lire plus|en savoir plus|weiterlesen|mehr lesen|zum vollständigen text",
    "continue reading|full story|more|more ...|more …",
)
# Read-more links with a headline after a colon or an arrow: "READ MORE: NATO issues …".
_READ_MORE_PREFIXES = ("read more", "see also", "lire aussi", "à lire aussi", "lesen sie auch", "mehr dazu",
                       "also read", "related", "read also", "voir aussi", "siehe auch")
_READ_MORE_MARKS = frozenset(":>»›–—-")

# Related-links headings: "Mehr zum Thema", "Related articles", "You may also like".
_RELATED = _phrases(
    "mehr zum thema|related|related article|related articles|related news|related post|related posts",
    "related stories|related content|related links|related topics|related video|related videos|related pages",
    "see also|more news|more on this topic|more stories|you may also like|you might also like|also in the news",
    "read also|voir aussi|siehe auch|latest news|latest|most read|most popular|trending|recommended",
    "à lire aussi|lire aussi|sur le même sujet|dans la même rubrique|articles liés|articles similaires",
    "das könnte sie auch interessieren|weitere artikel|weitere meldungen|weitere nachrichten|ähnliche artikel",
    "verwandte themen|tag|tags|schlagworte|themen|mots-clés|mots clés",
)

# Source credit of a republished text: "Source: nato.int", "Quelle: NATO" (short).
_SOURCE_WORDS = frozenset({"source", "sources", "quelle", "quellen", "via"})

# Archive and footer furniture: "ARCHIVES", legal links, "Back to top", "Follow us".
_FOOTER = _phrases(
    "archive|archives|archiv|archive by month|back to top|top of page|retour en haut|nach oben|go to top|to top",
    "all rights reserved|tous droits réservés|alle rechte vorbehalten|privacy|privacy policy|privacy notice",
    "privacy statement|terms of use|terms of service|terms and conditions|cookie policy|cookies policy",
    "politique de confidentialité|conditions d'utilisation|nutzungsbedingungen|rechtliche hinweise",
    "contact us|contact|kontakt|nous contacter|follow us|suivez-nous|folgen sie uns|impressum|datenschutz",
    "datenschutzerklärung|mentions légales|sitemap|site map|plan du site|accessibility|accessibilité",
    "barrierefreiheit|disclaimer|subscribe|unsubscribe|newsletter|rss|rss feed|rss feeds|legal notice|legal",
)
# "Follow us on X, Facebook and Instagram".
_FOOTER_PREFIXES = (("follow us on", 40), ("suivez-nous sur", 40), ("folgen sie uns auf", 40))

# Cookie banners: "Accept all cookies", "Reject non-essential cookies", "Manage preferences",
# "Tout accepter", "Alle akzeptieren", "Nur notwendige Cookies". A short line made only of these
# words, with at least one that acts or names cookies, is a banner button.
_COOKIE_ACTIONS = _phrases(
    "accept|decline|reject|manage|allow|deny|refuse|agree|customise|customize|consent|save|confirm|dismiss",
    "accepter|accepte|j'accepte|refuser|personnaliser|paramétrer|gérer|autoriser|enregistrer|continuer",
    "akzeptieren|akzeptiere|ablehnen|zulassen|erlauben|verwalten|zustimmen|speichern|bestätigen|anpassen",
    "cookie|cookies|cookie-einstellungen|cookie-präferenzen|cookie-richtlinie|got|agree",
)
_COOKIE_FILLERS = _phrases(
    "all|only|necessary|essential|non-essential|nonessential|required|optional|strictly|functional|analytics",
    "marketing|preferences|preference|settings|options|choices|selection|my|and|or|close|without|accepting",
    "i|ok|it|the|use|of|your|privacy|consent|cookie|cookies|tout|tous|les|des|mes|choix|préférences",
    "paramètres|sans|accepter|nécessaires|uniquement|seulement|et|alle|nur|notwendige|erforderliche",
    "essenzielle|essentielle|einstellungen|auswahl|und|schließen|ich|stimme|zu|details|more|information",
)

_COOKIE_WORDS = _COOKIE_ACTIONS | _COOKIE_FILLERS

# Breadcrumbs: "Home > News > …", "Accueil / Actualités / …".
_BREADCRUMB_HOMES = frozenset({"home", "accueil", "startseite", "start", "homepage"})
_YOU_ARE_HERE = ("you are here", "vous êtes ici", "sie sind hier")
_BREADCRUMB_MARKS = regex.compile(r"\s*+[>»›/|]\s*+")

# Delivery notes of speeches: "(As delivered)", "Check against delivery", "Es gilt das gesprochene Wort".
_DELIVERY = _phrases(
    "as delivered|as prepared|as prepared for delivery|check against delivery|seul le texte prononcé fait foi",
    "es gilt das gesprochene wort|texte prononcé|speech as delivered|as written",
)

# Navigation words and menu items left alone on a line ("Skip to main content", "Menu", "Search",
# "Previous article", "Home", "About us", "Media Centre", "English").
_NAVIGATION = _phrases(
    "previous|next|previous article|next article|« previous|next »|previous post|next post|back|zurück|retour",
    "menu|main menu|open menu|close menu|menü|hauptmenü|toggle navigation|navigation|skip navigation",
    "skip to content|skip to main content|skip to navigation|skip to search|jump to content|jump to navigation",
    "aller au contenu|aller au contenu principal|passer au contenu|zum inhalt springen|zur navigation",
    "direkt zum inhalt|search|search this site|rechercher|recherche|suche|suchen|close|fermer|schließen",
    "print this page|download pdf|download as pdf|pdf|comment|comments|leave a comment|leave a reply",
    "home|homepage|accueil|startseite|about|about us|à propos|qui sommes-nous|über uns|wir über uns",
    "news|newsroom|media|media centre|media center|press|press room|press centre|press center|presse",
    "multimedia|photos|videos|events|publications|careers|jobs|topics|actualités|aktuelles|nachrichten",
    "language|languages|select language|choose language|english|français|deutsch|en|fr|de|en fr|fr en",
    "en | fr|fr | en|en | fr | de|de | en|show more|load more|view all|see all|all news|more news",
)

# --------------------------------------------------------------------------- sign-up forms

# A sign-up / log-in form of a media portal ("NATO MULTIMEDIA ACCOUNT", "Register", "Reset password", …).
# These words open a form anywhere on a page when they are the whole line.
_FORM_STARTS = _phrases(
    "register|register now|sign up|sign in|log in|login|log out|logout|create an account|reset password",
    "reset your password|forgot password|forgot your password|subscribe to our newsletter",
    "subscribe to the newsletter|verification code|s'inscrire|se connecter|créer un compte",
    "mot de passe oublié|registrieren|anmelden|abmelden|konto erstellen|passwort vergessen",
)
# "<up to three words> multimedia/media/user/my account".
_ACCOUNT_OWNERS = frozenset({"multimedia", "media", "user", "my"})

# Inside a form, every line that speaks of the account, the code, the password, the inbox, the
# newsletter or the portal's downloads is part of the form ("From now on you can download videos …").
_FORM_WORDS = frozenset(
    {"password", "newsletter", "inbox", "login", "register", "registered", "broadcast-quality", "subscribe",
     "compte", "courriel", "passwort", "konto", "bestätigungscode", "anmelden", "registrieren"}
)
_FORM_PAIRS = frozenset(
    {("verification", "code"), ("e-mail", "address"), ("email", "address"), ("log", "in"), ("sign", "in"),
     ("sign", "up"), ("create", "account"), ("created", "account"), ("your", "account"), ("an", "account"),
     ("new", "account"), ("new", "code"), ("a", "code"), ("to", "verify"), ("the", "button"),
     ("download", "videos"), ("of", "charge"), ("latest", "updates"), ("de", "passe")}
)

# --------------------------------------------------------------------------- kickers, banners, footers

# Section kickers above a title on news sites ("National", "World", "Politics").
_KICKERS = _phrases(
    "national|international|world|world news|politics|europe|news|latest news|breaking news|top stories",
    "defence|defense|security|military|opinion|analysis|business|us|u.s.|global|region|asia|americas",
    "middle east|africa|press release|press releases|actualités|monde|politique|nachrichten|politik|ausland",
    "welt|inland",
)

# Cookie banners written as sentences: "This website uses cookies …", "We use cookies …",
# "Ce site utilise des cookies", "Diese Website verwendet Cookies", "By clicking “Accept”, you agree …".
_COOKIE_OPENERS = (
    "this website", "this site", "we ", "our website", "our site", "by using", "by continuing", "by clicking",
    "by browsing", "if you continue", "cookies ", "ce site", "nous ", "en poursuivant", "en continuant",
    "en naviguant", "diese website", "diese webseite", "diese seite", "diese site", "wir ", "durch die nutzung",
    "wenn sie", "um unsere",
)

# Street addresses in footers: a street word and a postcode with a city, on a short line
# ("Boulevard Léopold III, 1110 Brussels, Belgium"; "Rue de la Loi 200, B-1049 Bruxelles").
_POSTCODE_CITY = regex.compile(r"(?<![\w])\d{4,5}\ \p{Lu}\p{L}")
_STREET_WORDS = frozenset({"boulevard", "blvd", "avenue", "chaussée", "street", "road", "square", "rue", "place"})
_STREET_ENDINGS = ("straße", "strasse", "allee", "platz")
_STREET_STEMS = (*_STREET_WORDS, *_STREET_ENDINGS)

# Contact lines in footers: "Tel.: +32 2 707 …", "Fax: …", "E-mail: press@hq.nato.int".
_CONTACT_WORDS = frozenset({"tel", "tél", "phone", "telefon", "fax", "e-mail", "email", "courriel"})
_PHONE = regex.compile(r"[+(]?\d[\d ()./-]{5,30}")

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

# Punctuation around a whole line that does not change what it is ("Share:", "(As delivered)", "Next »").
_EDGE = " \t()[]:.,;!?…>»›\"'“”‘’*•|"

# Menu items: short, no sentence punctuation, no digits.
_MENU_WORDS = 4
_MENU_CHARS = 40


# Separators between the words of a share bar or a breadcrumb ("Share | Print", "Home > News").
_BREAKS = str.maketrans({c: " " for c in "|·•/,:>»›"})

# Copyright lines: the mark and at most 160 characters.
_MAX_COPYRIGHT = 170


def _domain_label(label: str) -> bool:
    """One label of a domain name: letters, digits and inner hyphens, at most 41 characters."""
    return 0 < len(label) <= 41 and label[0].isalnum() and label.replace("-", "").isalnum()


def _key(line: str) -> str:
    """*line* case-folded, with white space collapsed and edge punctuation dropped."""
    return " ".join(line.lower().split()).strip(_EDGE)


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
    return None


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


def _first_word(line: str) -> str:
    """The first word of a line in lower case, separators ("Home > …", "Share|Print") counting as spaces."""
    words = line[:40].split(None, 1)
    if not words:
        return ""
    word = words[0]
    if not word.isalnum():
        words = word.translate(_BREAKS).split(None, 1)
        word = words[0].strip(_EDGE) if words else ""
    return word.lower()


# Every whole-line phrase and its reason (first family wins, as listed in the module doc).
_WHOLE: dict[str, str] = {}
for _reason, _family in (
    ("share buttons", _SHARE),
    ("read-more link", _READ_MORE),
    ("related-links heading", _RELATED),
    ("footer/archive", _FOOTER),
    ("cookie banner", _phrases("ok, i agree|ok i agree|i agree|got it|cookie settings|cookie preferences")),
    ("delivery note", _DELIVERY),
    ("navigation", _NAVIGATION),
    (FORM_REASON, _FORM_STARTS),
):
    for _phrase in _family:
        _WHOLE.setdefault(_phrase, _reason)
for _button in _BUTTONS:
    _WHOLE.setdefault(_button, "share buttons")


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


# The first words of each family with a tail, for the gate in _starter_reason.
_READ_MORE_FIRST = frozenset(_first_word(p) for p in _READ_MORE_PREFIXES)
_BREADCRUMB_FIRST = _BREADCRUMB_HOMES | {_first_word(p) for p in _YOU_ARE_HERE}
_SHARE_FIRST = frozenset(_first_word(p) for p, _tail in _SHARE_PREFIXES)
_FOOTER_FIRST = frozenset(_first_word(p) for p, _tail in _FOOTER_PREFIXES)
# Cookie buttons open with an action ("Accept", "Reject", "Manage") or a few other words
# ("Only necessary cookies", "All cookies", "Tout accepter", "Alle akzeptieren", "Nur notwendige").
_COOKIE_FIRST = _COOKIE_ACTIONS | {"only", "all", "necessary", "essential", "strictly", "ok", "i", "tout", "alle",
                                   "nur", "use", "mes", "save", "paramètres", "préférences", "einstellungen"}
# Lines longer than this are no share bar, source credit, cookie button or form heading.
_SHORT_CHROME = 120

# The first words that can open a line of chrome: the fast gate in front of the readers above
# (tests check that every vocabulary example passes it).
_STARTERS = frozenset(
    {_first_word(p) for p in _WHOLE}
    | {_first_word(p) for p, _tail in _SHARE_PREFIXES + _FOOTER_PREFIXES}
    | _READ_MORE_FIRST
    | _SOURCE_WORDS
    | _COOKIE_FIRST
    | _BREADCRUMB_FIRST
    | _BUTTONS
    | {"c", "copyright"}
)
