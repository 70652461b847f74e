"""The vocabulary of page chrome: the phrases, words and shapes a scraper leaves around a text.

Data only, read by the rules of :mod:`._chrome` and :mod:`._banners`. The vocabularies are general
(English, French, German); nothing is keyed on one page. They are sets of lower-case phrases looked
up in Python after a line is normalised by :func:`_key` (case folded, white space collapsed, edge
punctuation dropped); only a few small patterns are compiled, so importing costs little. At the end
are the tables built from them: every whole-line phrase with its reason, and the first words that
can open a line of chrome (the fast gate in front of the rules).
"""

from __future__ import annotations

import regex

__all__ = ["FORM_REASON", "WORD"]

#: The reason given to the lines of a sign-up / log-in form.
FORM_REASON = "account/sign-up form"

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

# --------------------------------------------------------------------------- footers

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

# --------------------------------------------------------------------------- normalising a line

# Punctuation around a whole line that does not change what it is ("Share:", "(As delivered)", "Next »").
_EDGE = " \t()[]:.,;!?…>»›\"'“”‘’*•|"


# Separators between the words of a share bar or a breadcrumb ("Share | Print", "Home > News").
_BREAKS = str.maketrans({c: " " for c in "|·•/,:>»›"})


def _key(line: str) -> str:
    """*line* case-folded, with white space collapsed and edge punctuation dropped."""
    return " ".join(line.lower().split()).strip(_EDGE)


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


# --------------------------------------------------------------------------- tables built from the phrases

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

# The first words of each family with a tail, for the gate in _chrome._starter_reason.
_READ_MORE_FIRST = frozenset(_first_word(p) for p in _READ_MORE_PREFIXES)
_BREADCRUMB_FIRST = _BREADCRUMB_HOMES | {_first_word(p) for p in _YOU_ARE_HERE}
_SHARE_FIRST = frozenset(_first_word(p) for p, _tail in _SHARE_PREFIXES)
_FOOTER_FIRST = frozenset(_first_word(p) for p, _tail in _FOOTER_PREFIXES)
# Cookie buttons open with an action ("Accept", "Reject", "Manage") or a few other words
# ("Only necessary cookies", "All cookies", "Tout accepter", "Alle akzeptieren", "Nur notwendige").
_COOKIE_FIRST = _COOKIE_ACTIONS | {"only", "all", "necessary", "essential", "strictly", "ok", "i", "tout", "alle",
                                   "nur", "use", "mes", "save", "paramètres", "préférences", "einstellungen"}

# The first words that can open a line of chrome: the fast gate in front of the readers of _chrome
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
