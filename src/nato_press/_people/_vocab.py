"""The vocabularies names and subjects are read with: ranks, titles, honorifics, particles,
the heads of body names, nationality qualifiers, places, pronouns and the capitalised words
that are never names. Data only; the rules that use them are in ``_names`` and ``_subjects``.
"""

from __future__ import annotations

import unicodedata

__all__ = [
    "DETERMINERS",
    "FOREIGN_PRONOUNS",
    "HONORIFICS",
    "MONTH_NAMES",
    "NATO_BODIES",
    "NATO_ROLES",
    "OF_BODY",
    "ORG_ACRONYMS",
    "ORG_HEADS",
    "PARTICLES",
    "PLACES",
    "PLURAL_ARTICLES",
    "PRONOUNS",
    "QUALIFIERS",
    "RELATIVE",
    "ROLE_HEADS",
    "SENTENCE_PUNCT",
    "SKIPPABLE",
    "STOP_WORDS",
    "SUFFIXES",
    "TITLES",
    "TITLE_ACRONYMS",
    "TITLE_FIRST",
    "TITLE_LAST",
    "TITLE_WORDS",
]


def _words(*phrases: str) -> frozenset[str]:
    """The |-separated phrases of *phrases*."""
    return frozenset(w for phrase in phrases for w in phrase.split("|"))


def _wordset(words: str) -> frozenset[str]:
    """The white-space separated words of *words*."""
    return frozenset(words.split())


# Ranks and titles, lower case, hyphens read as spaces ("Secretary-General" is
# "secretary general"). A title is written before a name or stands for it.
TITLES = _words(
    # military ranks (English, with the usual abbreviations)
    "general|lieutenant general|major general|brigadier general|brigadier|colonel|lieutenant colonel"
    "|captain|lieutenant|lieutenant commander|commander|admiral|vice admiral|rear admiral|commodore"
    "|air marshal|air chief marshal|air vice marshal|air commodore|field marshal|marshal|wing commander"
    "|group captain|squadron leader|major|sergeant|staff sergeant|master sergeant|sergeant major"
    "|command sergeant major|chief petty officer|petty officer|corporal|gen.|lt.|lt. gen.|col.|capt."
    "|adm.|brig.|brig. gen.|sgt.|cdr.|cmdr.|maj.|maj. gen.|vice adm.|rear adm.|lt. col.",
    # civilian titles
    "secretary general|deputy secretary general|assistant secretary general|secretary|deputy secretary"
    "|under secretary|secretary of state|secretary of defense|secretary of defence|defense secretary"
    "|defence secretary|foreign secretary|prime minister|deputy prime minister|minister|foreign minister"
    "|defence minister|defense minister|president|vice president|ambassador"
    "|permanent representative|chancellor|king|queen|prince|princess|crown prince|senator|governor"
    "|mayor|commissioner|high representative|spokesperson|spokesman|spokeswoman"
    "|press secretary|chair|chairman|chairwoman|director|director general|deputy director"
    "|chief of staff|chief of defence|supreme allied commander europe|supreme allied commander"
    "|supreme allied commander transformation|special representative|envoy|professor|prof."
    "|deputy commander|chief|top civilian|boss|rep.|representative|congressman|congresswoman|sen.|gov.|amb.",
    # honorifics (a title before a name, never reported among the titles)
    "mr|mr.|mrs|mrs.|ms|ms.|dr|dr.|sir|dame|lord|lady|herr|frau|mme|mme.",
    # German and French
    "generalsekretär|stellvertretender generalsekretär|bundeskanzlerin|bundeskanzler|kanzlerin|kanzler"
    "|ministerin|verteidigungsministerin|verteidigungsminister|außenministerin|außenminister"
    "|ministerpräsident|ministerpräsidentin|präsident|präsidentin|botschafter|botschafterin|sprecherin"
    "|sprecher|generalleutnant|generalmajor|vizeadmiral|konteradmiral|oberst|oberstleutnant|brigadegeneral"
    "|hauptmann|leutnant|fregattenkapitän|kapitän zur see|admiral|generalinspekteur|inspekteur|minister"
    "|bundeskanzler|bundeskanzlerin|korvettenkapitän|oberleutnant|stabsfeldwebel"
    "|secrétaire général|secrétaire d'état|secrétaire d’état|président|présidente|ministre|général|amiral"
    "|ambassadeur|porte-parole",
)
# Titles compare accent-insensitively: each is also listed without its accents.
TITLES = TITLES | frozenset(
    "".join(c for c in unicodedata.normalize("NFD", t) if not unicodedata.combining(c)) for t in TITLES
)
HONORIFICS = _words("mr|mr.|mrs|mrs.|ms|ms.|dr|dr.|sir|dame|lord|lady|herr|frau|mme|mme.")
# Titles whose acronym stands for the person holding them.
TITLE_ACRONYMS = {
    "SACEUR": "supreme allied commander europe",
    "SACT": "supreme allied commander transformation",
    "DSACEUR": "deputy supreme allied commander europe",
    "CMC": "chair of the nato military committee",
}
# Every word that can be part of a title: such a word is never part of a name.
TITLE_WORDS = frozenset(w for t in TITLES for w in t.split()) | _wordset(
    "deputy assistant supreme allied permanent representative special senior head acting vice executive principal"
)
# First and last words of titles, to rule most tokens out before looking a phrase up.
TITLE_FIRST = frozenset(t.split()[0] for t in TITLES)
TITLE_LAST = frozenset(t.split()[-1] for t in TITLES)
# The first word of a role written as an appositive (", Commander Maritime Air NATO,").
ROLE_HEADS = _wordset(
    "commander supreme director deputy assistant chief chair chairman chairwoman head minister secretary "
    "spokesperson spokesman spokeswoman president ambassador permanent special senior vice prime foreign "
    "defence defense governor mayor professor representative envoy coordinator adviser advisor officer "
    "leader executive general admiral commodore colonel captain lieutenant major brigadier marshal "
    "generalsekretär präsident botschafter sprecher sprecherin secrétaire ministre u.s. us eu nato un"
)
# Name particles, written in lower case inside a name.
PARTICLES = _wordset("von van der den de da di du del della la le bin ibn al el ter ten zu dos das y")
# Heads of the names of bodies ("North Atlantic Council", "NATO-Cyberakademie").
ORG_HEADS = _wordset(
    "council committee command staff agency academy alliance organisation organization ministry "
    "commission parliament assembly union government office headquarters force forces group centre center "
    "department service secretariat delegation embassy administration allies kremlin pentagon akademie "
    "rat kommission regierung ministerium bündnis agentur kommando states kingdom nations republic "
    "federation emirates"
)
# Acronyms of bodies that speak.
ORG_ACRONYMS = _wordset("NATO NAC EU UN OSCE ACO ACT SHAPE MARCOM AIRCOM LANDCOM JFC IMS EUMS")
# Nationality and body adjectives written before a title ("Dutch Prime Minister").
QUALIFIERS = _wordset(
    "nato eu un us u.s. uk u.k. us-led british dutch german french italian spanish polish turkish "
    "norwegian danish canadian american russian ukrainian finnish swedish estonian latvian lithuanian "
    "portuguese greek belgian romanian bulgarian hungarian czech slovak slovenian croatian albanian "
    "georgian icelandic luxembourg montenegrin macedonian afghan iraqi libyan israeli japanese chinese "
    "korean australian austrian swiss irish allied european alliance"
)
# News-copy descriptions of NATO's top official: "the NATO chief", "the alliance's top
# civilian", "NATO boss" stand for the NATO Secretary General.
NATO_ROLES = {"chief": "secretary general", "top civilian": "secretary general", "boss": "secretary general"}
NATO_BODIES = frozenset(("nato", "alliance", "otan"))
# Places that "say" things in news copy; they are bodies, not people.
PLACES = _wordset(
    "russia moscow kremlin china beijing ukraine kyiv kiev washington brussels britain london paris "
    "berlin france germany turkey ankara iran tehran belarus minsk georgia tbilisi afghanistan kabul "
    "libya tripoli iraq baghdad syria damascus serbia belgrade kosovo pristina pyongyang seoul tokyo "
    "canada ottawa poland warsaw norway oslo europe america nato"
)
# Capitalised words that begin sentences or headings and are never (part of) a name.
STOP_WORDS = _wordset(
    "the a an in on at for by with from to of and but or as after before during since while when where "
    "this that these those it its his her their our we i he she they you there here today yesterday "
    "tomorrow meanwhile however also then now thus speaking addressing according press conference "
    "statement release news summit meeting ministers allies leaders officials members nations countries "
    "partners defence defense foreign read more share monday tuesday wednesday thursday friday saturday "
    "sunday january february march april may june july august september october november december jan feb "
    "mar apr jun jul aug sep sept oct nov dec mehr zum thema der die das den dem des ein eine und le la "
    "les un une et photo video source good thank thanks question answer q a moderator operation exercise "
    "mission strategic concept nuclear cyber security north south east west northern southern eastern "
    "western central sea air land maritime military national international joint new next first last all "
    "every each both many some other such il elle ils elles er sie je ich wir nous on"
    " selon pour mais après lors avec dans sur par chez laut nach bei mit für auch aber zum zur im am vom beim"
    # German sentence adverbs that put the verb second ("Zugleich betonte er", "Außerdem sagte sie")
    " zugleich außerdem dabei ferner darüber hinaus zudem weiter weiterhin abschließend anschließend"
    " gleichzeitig dann so hier dort heute gestern morgen daher deshalb jedoch später damals nun bereits"
    " insbesondere vielmehr trotzdem dennoch allerdings schließlich zunächst zuvor danach darin ebenso"
    # Heads of the names of documents, programmes and events, which say things in news copy ("the
    # National Security Strategy underscores", "the Treaty stipulates") but are never persons;
    # and NATO's capitalised common noun for a member state ("every Ally pledged").
    " strategy treaty programme program plan report charter initiative agreement communiqué resolution"
    " doctrine roadmap forum ally"
)
# Generation suffixes written after a name ("Lloyd J. Austin III").
SUFFIXES = frozenset(("II", "III", "IV", "Jr.", "Sr.", "Jr"))
# Months that are also family names ("Theresa May"): a name only after another name word.
MONTH_NAMES = _wordset("may march june august april")
PRONOUNS = _wordset("he she they i we He She They I We")
# Pronouns of the other languages read, as their English equivalents.
FOREIGN_PRONOUNS = {
    "il": "he",
    "Il": "he",
    "elle": "she",
    "Elle": "she",
    "ils": "they",
    "Ils": "they",
    "elles": "they",
    "Elles": "they",
    "er": "he",
    "Er": "he",
    "je": "i",
    "Je": "i",
    "ich": "i",
    "Ich": "i",
}
# Adverbs, auxiliaries and time words between a subject and its verb ("he also said",
# "May has said", "Rasmussen said today", "said earlier Wednesday").
SKIPPABLE = _wordset(
    "also has have had will would then further once again later earlier today yesterday recently "
    "previously repeatedly clearly strongly firmly specifically subsequently just already has did does is "
    "was were be been being not however personally publicly again monday tuesday wednesday thursday "
    "friday saturday sunday this week morning evening afternoon night on"
)
RELATIVE = _wordset("who which whose whom a an the")
# Words before a subject that are not part of it ("the", "our Secretary General", "der Rat", "le président").
DETERMINERS = _wordset("the a an its their his her our der die das le la les l'")
SENTENCE_PUNCT = frozenset(".!?;:")
# Plural articles: a capitalised word after one is a noun (French "les Alliés", German "den Soldaten").
PLURAL_ARTICLES = frozenset(("les", "des", "aux", "den"))
# Words joining a title to its body ("secrétaire général de l’OTAN", "Generalsekretär der NATO").
OF_BODY = frozenset(("de", "du", "des", "of", "der", "des"))
