"""Page chrome: the lines a scraper leaves around a NATO press text.

Each recogniser here looks at ONE line (its text without the line break and
without surrounding white space) and says whether it is chrome, and why. The
vocabularies are general (English, French, German); nothing is keyed on one
page. Whole-line matches only: a phrase such as "Share" inside an article
sentence is never chrome, so no sentence of an article is marked.

>>> chrome_reason("Like it? Share with your friends!")
'share buttons'
>>> chrome_reason("Allies agreed to share intelligence.") is None
True
"""

from __future__ import annotations

import regex

__all__ = [
    "FORM_REASON",
    "banner_publisher",
    "chrome_reason",
    "form_line",
    "form_start",
    "kicker",
]

#: The reason given to the lines of a sign-up / log-in form.
FORM_REASON = "account/sign-up form"

# Lines longer than this are prose, never chrome (the longest form sentence is ~140 characters).
_MAX_CHROME = 240

# The reason of each alternative is the name of its group (underscores read as described in _REASONS).
_CHROME = regex.compile(
    r"""
    (?:
      # Share bars: "Share", "Print", "Tweet", "Share this:", "Share on Facebook", "Spread the love",
      # "Like it? Share with your friends!", or several button labels in a row ("Facebook Twitter Email").
      (?P<share>
        (?i:spread\ the\ love|like\ it\?\ share\ with\ your\ friends!?|click\ to\ (?:share|print|email)\b.{0,60}
          |share\ (?:this|on)\b.{0,40}|partager\ sur\b.{0,30}|teilen\ auf\b.{0,30})
        |(?:(?i:share|print|tweet|e-?mail|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|flipboard
              |partager|imprimer|teilen|drucken|pocket|copy\ link|send)
            (?:\ ?[|·•/,:]?\ ?)){1,10}
      )
      # Read-more links: "READ MORE: …", "Lire le texte complet", "Weiterlesen", "Read the full text".
    | (?P<read_more>
        (?i:read\ more|see\ also|lire\ aussi|à\ lire\ aussi|lesen\ sie\ auch|mehr\ dazu|also\ read|related)
          \s*+[:>»›–—-]\s*+\S.{0,200}
        | (?i:read\ more|read\ the\ full\ (?:text|article|story|statement)|lire\ (?:le\ texte\ complet|la\ suite|plus)
          |en\ savoir\ plus|weiterlesen|mehr\ lesen|zum\ vollständigen\ text|continue\ reading|full\ story|more\ \.\.\.)
          \s*+[.:…>»›]*+
      )
      # Related-links headings: "Mehr zum Thema", "Related articles", "You may also like".
    | (?P<related>
        (?i:mehr\ zum\ thema|related(?:\ (?:articles?|news|posts?|stories|content|links|topics|videos?))?
          |see\ also|more\ (?:news|on\ this\ topic|stories)|you\ (?:may|might)\ also\ like|also\ in\ the\ news
          |à\ lire\ aussi|lire\ aussi|sur\ le\ même\ sujet|dans\ la\ même\ rubrique
          |das\ könnte\ sie\ auch\ interessieren
          |weitere\ (?:artikel|meldungen|nachrichten)|ähnliche\ artikel|verwandte\ themen|tags?|schlagworte)
        \s*+:?
      )
      # Source credit of a republished text: "Source: nato.int", "Quelle: NATO" (short).
    | (?P<source>(?i:source|sources|quelle|quellen|via)\s*+:\s*+\S[^\s]*+(?:\ \S++){0,5})
      # Archive and footer furniture: "ARCHIVES", copyright, legal links, "Back to top".
    | (?P<footer>
        (?i:archives?|archiv|archive\ by\ month|back\ to\ top|top\ of\ page|retour\ en\ haut|nach\ oben|go\ to\ top
          |all\ rights\ reserved\.?|tous\ droits\ réservés\.?|alle\ rechte\ vorbehalten\.?
          |privacy\ (?:policy|notice|statement)|terms\ (?:of\ (?:use|service)|and\ conditions)
          |cookie\ (?:policy|settings)
          |contact\ us|follow\ us(?:\ on\b.{0,40})?|impressum|datenschutz(?:erklärung)?|mentions\ légales|sitemap
          |site\ map|accessibility|disclaimer|subscribe|unsubscribe|newsletter|rss(?:\ feeds?)?)
        | (?:©|\(c\)\ |(?i:copyright\b)).{0,160}
      )
      # Cookie banner buttons: "Accept all cookies", "Tout accepter", "Alle akzeptieren".
    | (?P<cookie>
        (?i:(?:accept|decline|reject|manage)(?:\ all)?(?:\ cookies)?|(?:tout\ )?accepter|alle\ akzeptieren|ablehnen
          |ok,?\ i\ agree|i\ agree|got\ it)
      )
      # Breadcrumbs: "Home > News > …", "Accueil / Actualités / …".
    | (?P<breadcrumb>(?i:home|accueil|startseite|start|homepage)\s*+(?:[>»›/|]\s*+[^>»›/|\n]{1,80}?\s*+){1,8})
      # Delivery notes of speeches: "(As delivered)", "Check against delivery", "Es gilt das gesprochene Wort".
    | (?P<delivery>
        \(?(?i:as\ delivered|as\ prepared(?:\ for\ delivery)?|check\ against\ delivery
          |seul\ le\ texte\ prononcé\ fait\ foi
          |es\ gilt\ das\ gesprochene\ wort|texte\ prononcé)\)?\.?
      )
      # Navigation words left alone on a line.
    | (?P<navigation>
        (?i:previous|next|previous\ article|next\ article|« previous|next »|back|zurück|retour|menu|search|skip\ to
          \ (?:main\ )?content|print\ this\ page|download\ (?:pdf|as\ pdf)|pdf|comments?|leave\ a\ (?:comment|reply)
          |\d{1,4}\ comments?)
        \s*+[:.»›]?
      )
    )
    """,
    regex.VERBOSE,
)

_REASONS = {
    "share": "share buttons",
    "read_more": "read-more link",
    "related": "related-links heading",
    "source": "source credit",
    "footer": "footer/archive",
    "cookie": "cookie banner",
    "breadcrumb": "breadcrumb",
    "delivery": "delivery note",
    "navigation": "navigation",
}

# Street addresses in footers: a street word and a postcode with a city, on a short line
# ("Boulevard Léopold III, 1110 Brussels, Belgium"; "Rue de la Loi 200, B-1049 Bruxelles").
_POSTCODE_CITY = regex.compile(r"(?:\b[A-Z]{1,2}-)?\b\d{4,5}\ \p{Lu}\p{L}")
_STREET = regex.compile(
    r"(?i:boulevard|blvd|avenue|rue\ |chaussée|street|road|straße|strasse|allee|platz|square|place\ )"
)

# Cookie banners: "This website uses cookies …", "We use cookies …", "Ce site utilise des cookies".
_COOKIE = regex.compile(
    r"""
    (?i:this\ (?:web)?site|we|our\ (?:web)?site|by\ (?:using|continuing)|ce\ site|nous|en\ poursuivant
      |diese\ (?:web)?(?:seite|site)|wir|durch\ die\ nutzung)
    \b.{0,160}?\b(?i:cookies?)\b.{0,200}
    """,
    regex.VERBOSE,
)

# The first words that can open a line of chrome: the fast gate in front of the patterns above
# (tests check that every vocabulary example passes it).
_STARTERS = frozenset(
    {
        "ablehnen", "abmelden", "accept", "accepter", "accessibility", "accueil", "all", "alle", "also",
        "anmelden", "archiv", "archive", "archives", "as", "back", "c", "check", "click", "comment", "comments",
        "contact", "continue", "cookie", "copy", "copyright", "create", "créer", "dans", "das", "datenschutz",
        "datenschutzerklärung", "decline", "disclaimer", "download", "drucken", "e-mail", "email", "en", "es",
        "facebook", "flipboard", "follow", "forgot", "full", "go", "got", "home", "homepage", "i", "impressum",
        "imprimer", "konto", "leave", "lesen", "like", "linkedin", "lire", "log", "login", "logout", "manage",
        "mehr", "mentions", "menu", "more", "mot", "nach", "newsletter", "next", "ok", "partager", "passwort",
        "pdf", "pinterest", "pocket", "previous", "print", "privacy", "quelle", "quellen", "read", "reddit",
        "register", "registrieren", "reject", "related", "reset", "retour", "rss", "s'inscrire", "schlagworte",
        "se", "search", "see", "send", "seul", "share", "sign", "site", "sitemap", "skip", "source", "sources",
        "spread", "start", "startseite", "subscribe", "sur", "tag", "tags", "teilen", "telegram", "terms",
        "texte", "top", "tous", "tout", "tweet", "twitter", "unsubscribe", "verification", "verwandte", "via",
        "weitere", "weiterlesen", "whatsapp", "x", "you", "zum", "zurück", "©", "«", "»", "à", "ähnliche"
    }
)

# Punctuation stripped from a line's first word before the gate looks it up.
_EDGE = "()[]:.,;!?\"'“”‘’"

# Contact lines in footers: "Tel.: +32 2 707 …", "Fax: …", "E-mail: press@hq.nato.int".
_CONTACT = regex.compile(r"(?i:tel|tél|phone|telefon|fax|e-?mail|courriel)\.?\s*+:?\s*+[+(]?\d[\d ()./-]{5,30}|"
                         r"(?i:e-?mail|courriel)\s*+:\s*+\S+@\S+")

# A sign-up / log-in form of a media portal ("NATO MULTIMEDIA ACCOUNT", "Register", "Reset password", …).
# These words open a form anywhere on a page when they are the whole line.
_FORM_START = regex.compile(
    r"""
    (?i:
      (?:\p{L}+\ ){0,3}(?:multimedia|media|user|my)\ account
    | register(?:\ now)?|sign\ (?:up|in)|log\ ?in|log\ ?out|create\ an\ account|reset\ (?:your\ )?password
    | forgot\ (?:your\ )?password\??|subscribe\ to\ (?:our|the)\ newsletter|verification\ code
    | s'inscrire|se\ connecter|créer\ un\ compte|mot\ de\ passe\ oublié
    | registrieren|anmelden|abmelden|konto\ erstellen|passwort\ vergessen\??
    )
    """,
    regex.VERBOSE,
)

# Inside a form, every line that speaks of the account, the code, the password, the inbox, the
# newsletter or the portal's downloads is part of the form ("From now on you can download videos …").
_FORM_LINE = regex.compile(
    r"""
    (?i:
      \b(?:verification\ code|password|newsletter|inbox|e-?mail\ address|log\ ?in|sign\ (?:in|up)|register(?:ed)?
        |(?:create|created|your|an|new)\ account|send\ new\ code|receive\ a\ code|code\ to\ verify
        |click\ (?:on\ )?the\ button
        |download\ videos|broadcast-quality|free\ of\ charge|subscribe|latest\ updates|mot\ de\ passe|compte|courriel
        |passwort|konto|bestätigungscode|anmelden|registrieren)\b
    )
    """,
    regex.VERBOSE,
)

# Section kickers above a title on news sites ("National", "World", "Politics").
_KICKER = regex.compile(
    r"""
    (?i:national|international|world|world\ news|politics|europe|news|latest\ news|breaking\ news|top\ stories
      |defen[cs]e|security|military|opinion|analysis|business|us|u\.s\.|global|region|asia|americas|middle\ east
      |africa|press\ releases?|actualités|international|monde|politique|nachrichten|politik|ausland|welt|inland)
    """,
    regex.VERBOSE,
)

# Site banners: a domain name, alone or with a tagline ("SpaceWar.com - Your World At War").
_DOMAIN_BANNER = regex.compile(
    r"""
    (?P<site>[\p{L}\d][\p{L}\d-]{0,40}+(?:\.[\p{L}\d-]{1,40}+){0,3}\.(?i:com|net|org|int|info|news|eu|de|fr|be|uk|us|co))
    (?:\s*+[-–—|:]\s*+.{1,80})?
    """,
    regex.VERBOSE,
)

# Publisher banners: an acronym and its expansion ("NATO - North Atlantic Treaty Organisation").
_ACRONYM_BANNER = regex.compile(r"(?P<acronym>\p{Lu}{2,8})\s*+[-–—|:]\s*+(?P<expansion>\p{Lu}[\p{L}'’ -]{4,100})")

# Where the words of an expansion break: spaces and hyphens ("Allied Powers Europe", "Anti-Air").
_WORD_BREAK = regex.compile(r"[\s-]++")

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
    "nato parliamentary assembly": "NATO PA",
    "nato defense college": "NDC",
    "nato defence college": "NDC",
    "u.s. mission to nato": "U.S. Mission to NATO",
    "united states mission to nato": "U.S. Mission to NATO",
}

# Small words skipped when an expansion's initials are compared with its acronym.
_SMALL_WORDS = frozenset({"of", "the", "for", "and", "de", "la", "le", "du", "des", "et", "der", "die", "für", "und"})


def chrome_reason(line: str) -> str | None:
    """Why *line* (one stripped line) is page chrome, or ``None`` when it is not.

    >>> chrome_reason("Home > News > Press releases")
    'breadcrumb'
    >>> chrome_reason("Source: nato.int")
    'source credit'
    """
    size = len(line)
    if not size or size > _MAX_CHROME:
        return None
    first = line.split(None, 1)[0].lower().strip(_EDGE) or line[0]
    if first in _STARTERS or first[0] == "©" or first.isdigit():
        m = _CHROME.fullmatch(line)
        if m is not None and m.lastgroup is not None:
            return _REASONS[m.lastgroup]
        if form_start(line):
            return FORM_REASON
    elif line[-7:].lower() == "account" and form_start(line):
        return FORM_REASON
    if ("ookie" in line or "OOKIE" in line) and _COOKIE.fullmatch(line) is not None:
        return "cookie banner"
    if size <= 160 and line[-1] != "." and line.count(" ") < 20:
        if _STREET.search(line) is not None and _POSTCODE_CITY.search(line) is not None:
            return "footer/address"
        if _CONTACT.fullmatch(line) is not None:
            return "footer/address"
    return None


def form_start(line: str) -> bool:
    """Whether *line* alone is a form heading or button ("Register", "NATO MULTIMEDIA ACCOUNT")."""
    return len(line) <= 60 and _FORM_START.fullmatch(line) is not None


def form_line(line: str) -> bool:
    """Whether *line*, met inside a sign-up form, belongs to the form."""
    return len(line) <= _MAX_CHROME and _FORM_LINE.search(line) is not None


def kicker(line: str) -> bool:
    """Whether *line* is a news-site section kicker ("National"), read above a title only."""
    return len(line) <= 20 and _KICKER.fullmatch(line) is not None


def banner_publisher(line: str) -> str | None:
    """The publisher a site banner names, or ``None`` when *line* is not a banner.

    >>> banner_publisher("NATO - North Atlantic Treaty Organisation")
    'NATO'
    >>> banner_publisher("Allied Command Transformation")
    'ACT'
    >>> banner_publisher("SpaceWar.com - Your World At War")
    'SpaceWar.com'
    >>> banner_publisher("Q2/2020 - NATO") is None
    True
    """
    if len(line) > 120:
        return None
    body = _NATO_BODIES.get(line.lower())
    if body is not None:
        return body
    m = _DOMAIN_BANNER.fullmatch(line)
    if m is not None:
        return m.group("site")
    m = _ACRONYM_BANNER.fullmatch(line)
    if m is None:
        return None
    words = [w for w in _WORD_BREAK.split(m.group("expansion")) if w and w.lower() not in _SMALL_WORDS]
    initials = "".join(w[0] for w in words).upper()
    acronym = m.group("acronym")
    return acronym if initials == acronym else None
