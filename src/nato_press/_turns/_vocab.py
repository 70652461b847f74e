"""Word lists for transcript speaker labels: ranks and titles, roles, particles, non-name headings.

Every list is lower case and compared with ``str.casefold`` of a word stripped of a trailing
full stop ("Gen." is "gen"). The lists encode the house style of NATO and allied press
transcripts; they are vocabularies of the genre, not of any one document.
"""

from __future__ import annotations

__all__ = [
    "ACRONYMS",
    "ANONYMOUS_ROLE_NOUNS",
    "ANSWER_WORDS",
    "CONNECTORS",
    "HEADING_TAIL_WORDS",
    "HEADING_WORDS",
    "NON_TITLE_ASIDES",
    "OFFICE_WORDS",
    "OUTLET_WORDS",
    "PARTICLES",
    "QUESTION_ROLES",
    "ROLE_WORDS",
    "SENTENCE_STARTERS",
    "SURNAME_TITLES",
    "TITLE_ACRONYMS",
    "TITLE_WORDS",
    "words",
]


def words(text: str) -> frozenset[str]:
    """The set of the white-space separated words of *text*."""
    return frozenset(text.split())


_words = words

#: Ranks, honorifics, offices and the organisation words that go with them. A label or title
#: phrase is read as these words followed by the person's name ("NATO Deputy Secretary General
#: Mircea Geoana", "GENERAL PHILIP M. BREEDLOVE", "Ambassador Lute").
TITLE_WORDS = _words(
    """
    general gen lieutenant lt ltg lieutenant-general lieutenant-colonel lt-gen major maj major-general
    brigadier brig brigadier-general colonel col captain capt commander cdr cmdr admiral adm vice
    vice-admiral rear rear-admiral air marshal chief sergeant sgt corporal cpl private commodore
    wing squadron officer field flag staff warrant petty master
    secretary secretary-general deputy assistant under under-secretary undersecretary minister
    ministers prime president vice-president chancellor vice-chancellor ambassador amb permanent
    representative representatives envoy special spokesperson spokesman spokeswoman spokesperson's
    senior director director-general head chair chairman chairwoman chairperson governor senator
    sen congressman congresswoman rep mayor king queen prince princess crown his her majesty
    royal highness excellency excellencies hon honourable honorable right rt lord lady sir dame
    dr doctor prof professor mr mrs ms miss mx mister madam madame monsieur m mme herr frau
    foreign defence defense affairs interior state national security adviser advisor high
    commissioner commission supreme allied acting former designate elect executive principal
    political military civilian public diplomacy policy strategic strategy operations operational
    planning intelligence cooperation partnerships partnership emerging challenges resources
    legal information press media communications counsellor counselor attaché attache consul
    nato u.s us usa uk eu un osce nac shape saceur sact dsaceur dsg sg dgims ims
    command transformation europe european international committee council alliance
    headquarters hq ministry department government parliament parliamentary assembly federal
    united kingdom states nations union federation republic north atlantic treaty organization
    organisation mission missions force forces army navy air-force marine marines corps
    moderator interviewer presenter facilitator
    """
    # French and German ranks and offices, in any case ("GÉNÉRAL PIERRE DUPONT:", "AMIRAL ROUX:").
    """
    général générale amiral vice-amiral contre-amiral lieutenant-colonel capitaine commandant
    secrétaire secrétaire-général ministre président présidente ambassadeur ambassadrice
    porte-parole adjoint adjointe délégué déléguée représentant représentante permanente
    generalleutnant generalmajor generalinspekteur oberst botschafter botschafterin bundeskanzler
    bundeskanzlerin bundesminister bundesministerin ministerin präsident präsidentin
    generalsekretär generalsekretärin sprecher sprecherin
    """
)

#: Title words that are also common surnames or first names; a name may contain these
#: ("Julie Bishop", "John Major"), so they do not disqualify the name part of a label.
SURNAME_TITLES = _words("king major marshal prince rear chief sergeant private lord lady")

#: Acronyms kept in capitals when an ALL-CAPS title is restored to normal case.
ACRONYMS = _words("nato u.s us usa uk eu un osce nac shape saceur sact dsaceur dsg sg hq ims dgims kfor isaf rs")

#: Lower-case words that join the parts of a title ("Secretary General of NATO",
#: "Minister for Foreign Affairs"). They may appear in a title, never in a name.
CONNECTORS = _words("of the for to and on at in")

#: Lower-case name particles ("Ursula von der Leyen", "Jaap de Hoop Scheffer").
PARTICLES = _words("von van der den de du da di del della dos das la le ten ter bin ibn al el zu af av y")

#: Role labels that name no person, with the speaker they are normalised to. Keys are the
#: casefolded label head with a trailing number dropped ("Journalist 2" is "journalist").
ROLE_WORDS: dict[str, str] = {
    "moderator": "Moderator",
    "moderatrice": "Moderator",
    "moderateur": "Moderator",
    "modérateur": "Moderator",
    "moderatorin": "Moderator",
    "frage": "Q",
    "pregunta": "Q",
    "domanda": "Q",
    "host": "Host",
    "presenter": "Presenter",
    "interviewer": "Interviewer",
    "anchor": "Anchor",
    "interpreter": "Interpreter",
    "translator": "Translator",
    "narrator": "Narrator",
    "announcer": "Announcer",
    "facilitator": "Facilitator",
    "master of ceremonies": "Master of Ceremonies",
    "mc": "MC",
    "emcee": "MC",
    "q": "Q",
    "question": "Q",
    "questions": "Q",
    "questioner": "Q",
    "questionner": "Q",
    "journalist": "Q",
    "journaliste": "Q",
    "reporter": "Q",
    "correspondent": "Q",
    "audience": "Audience",
    # The role word as the label writes it (gold: a role-only label speaks under its role word).
    "audience member": "Audience Member",
    "member of the audience": "Audience Member",
    "aide": "Aide",
    "staff": "Staff",
    "staffer": "Staff",
    "participant": "Participant",
    "unidentified speaker": "Unidentified Speaker",
    "unidentified journalist": "Q",
    "unidentified reporter": "Q",
    "unidentified questioner": "Q",
    "unidentified audience member": "Audience Member",
    "unidentified participant": "Participant",
    "unidentified male": "Unidentified Speaker",
    "unidentified female": "Unidentified Speaker",
    "audience question": "Q",
    "question from the audience": "Q",
    "question from the floor": "Q",
    "question from audience": "Q",
    "unknown speaker": "Unidentified Speaker",
    "speaker": "Speaker",
    "voice": "Voice",
    "male voice": "Voice",
    "female voice": "Voice",
    "operator": "Operator",
}

#: Normalised roles whose turns are questions.
QUESTION_ROLES = frozenset({"Q", "Journalist", "Reporter", "Correspondent", "Audience", "Audience Member"})

#: The last word of an anonymous official's label ("SENIOR ADMINISTRATION OFFICIAL:", "Senior
#: State Department Official:", "NATO OFFICIAL:"): the whole label is the role, no person.
ANONYMOUS_ROLE_NOUNS = frozenset({"official", "officials"})

#: Labels that mark the answer of the conference's announced speaker ("A:", "Answer:").
ANSWER_WORDS = frozenset({"a", "answer", "réponse", "antwort", "respuesta", "risposta"})

#: Words that make a colon-ended line a heading or page chrome, not a speaker ("Note:",
#: "Source:", "READ MORE:", "Key points:", "Last updated:"), plus month and weekday names
#: (datelines) and forms of address ("Ladies and Gentlemen:").
HEADING_WORDS = _words(
    """
    note notes nb n.b ps p.s source sources read more see also related update updated updates
    photo photos picture pictures image images video videos audio credit credits caption
    copyright disclaimer tags tag keywords keyword topics topic category categories subject date
    dates time times location venue place agenda programme program schedule contact contacts
    email e-mail phone telephone tel fax web website address link links download downloads
    attachment attachments summary background highlights key points overview introduction
    conclusion conclusions references reference ref footnote footnotes annex appendix figure fig
    table chart map example warning important attention breaking exclusive opinion analysis
    editorial comment comments news release releases print share follow subscribe listen watch
    transcript full text original translation language languages posted published filed author
    authors editor editors dateline issue issues item items part chapter section
    article paragraph page step total result results remarks speech statement statements
    latest live story stories report reports press-release lead abstract keywords
    ladies gentlemen friends colleagues excellencies distinguished dear
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    """
)

#: Capitalised words that open ordinary sentences; a label never begins with one
#: ("This is what I think:", "What we decided:").
SENTENCE_STARTERS = _words(
    """
    this that these those it its there here what why how when where who whom which we i you he
    she they our my your his her their in on at for and but so or if as then now today
    yesterday tomorrow all some many one two three first second third finally also yes no please
    let here's there's it's that's what's let's thanks thank welcome dear good hello well ok okay
    another other such each every both after before during since while because although though
    however therefore meanwhile moreover furthermore again once over under with without from by
    about into through between among against following according said says say asked
    """
)

#: Bracketed asides in a label that are not titles ("Q (inaudible):", "Jens Stoltenberg (in English):").
NON_TITLE_ASIDES = (
    "inaudible",
    "off mic",
    "off-mic",
    "unclear",
    "translat",
    "interpret",
    "speaking",
    "in english",
    "in french",
    "in russian",
    "in german",
    "in ukrainian",
    "in spanish",
    "in italian",
    "via ",
    "cross",
    "laugh",
    "applause",
    "continu",
    "cont",
    "audio",
    "video",
)

#: Heading words that disqualify a label wherever they stand in it ("Key Points:", "Further
#: Information:", "Media Contacts:"); unlike :data:`HEADING_WORDS` none is a plausible surname.
HEADING_TAIL_WORDS = _words(
    """
    more also updated updates notes note points links contacts information articles news photos
    photo videos video images pictures credits caption topics tags keywords details highlights
    downloads attachments releases remarks statements stories reports results items agenda
    summary background transcript copyright disclaimer e-mail email website subscribe published
    posted filed sources source update related overview introduction conclusions references
    footnotes annex appendix excellencies ladies gentlemen colleagues
    """
)

#: Words of a bracketed aside that name a news outlet ("ROBIN EMMOTT [Reuters]:", "Q (Baltic
#: News Service):"): the speaker then asks questions for that outlet.
OUTLET_WORDS = words(
    """
    reuters afp ap bloomberg bbc cnn cnbc nbc abc cbs fox dpa ansa efe tass ria interfax ukrinform
    anadolu xinhua nhk kyodo yonhap politico euronews euractiv france24 rferl rfe/rl pap ctk bta lusa
    agerpres mti hina tanjug rtl zdf ard rai tvp lrt err lsm itar-tass sputnik aljazeera al-jazeera
    agence agency news radio tv television télévision times post journal gazette herald tribune
    telegraph guardian zeitung magazine daily weekly network channel broadcasting wire newspaper
    monde figaro spiegel welt pravda izvestia kommersant nrc volkskrant standaard soir
    """
)

#: Ranks and offices held by a person (a subset of :data:`TITLE_WORDS` without organisation
#: and place words); an aside with one of them is a title, not a news outlet.
OFFICE_WORDS = words(
    """
    general lieutenant major brigadier colonel captain commander admiral marshal chief sergeant
    secretary deputy assistant minister prime president chancellor ambassador representative envoy
    spokesperson spokesman spokeswoman director head chair chairman chairwoman chairperson governor
    senator congressman congresswoman mayor king queen prince princess commissioner adviser advisor
    officer professor doctor moderator editor correspondent
    """
)

#: Title acronyms of NATO transcripts, spelled out ("SG:" is the Secretary General).
TITLE_ACRONYMS: dict[str, str] = {
    "sg": "Secretary General",
    "dsg": "Deputy Secretary General",
    "saceur": "Supreme Allied Commander Europe",
    "dsaceur": "Deputy Supreme Allied Commander Europe",
    "sact": "Supreme Allied Commander Transformation",
    "cmc": "Chair of the Military Committee",
}
