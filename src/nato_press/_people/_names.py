"""Who is being talked about: names, ranks, titles, bodies and pronouns, read around a cue.

Names are read from the text, never from a list of people: a name is a run of capitalised
words, initials ("T.G. Marx", "Philip M. Breedlove"), hyphenated parts ("Hans-Werner") and
particles ("von der Leyen", "de Hoop Scheffer"), optionally after ranks and titles ("Lieutenant
General", "NATO Secretary General", "EU President", "NATO-Generalsekretär") and before an
appositive role (", Commander Maritime Air NATO,") or a bracketed acronym ("(DGIMS)"). What is
listed here are the vocabularies of the genre: ranks, titles, honorifics, the heads of body names
(Council, Committee, Akademie) and the capitalised words that are never names.

>>> toks = tokenize("said Rear Admiral T.G. Marx, Commander SNMG1.", 0, 45)
>>> subject = subject_after(toks, 1)
>>> subject.name, subject.titles
(('T.G.', 'Marx'), ['Rear Admiral', 'Commander SNMG1'])
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Literal

import regex

__all__ = [
    "Subject",
    "Tok",
    "is_org_head",
    "name_word_before",
    "sentence_start",
    "sentence_starts",
    "subject_after",
    "subject_before",
    "title_key",
    "title_may_precede",
    "tokenize",
]

# Words, initials and punctuation. Honorific and rank abbreviations keep their period
# ("Mr.", "Lt."), initials keep theirs ("T.G.", "M.", "U.S."), a word keeps inner hyphens and
# apostrophes ("Hans-Werner", "NATO’s", "won’t"); any other character is punctuation. The
# pattern takes a word with the period and initials glued to it ("Mr.", "T.G.", "said."), and
# :func:`tokenize` splits off the period where it is not an abbreviation's: one simple pattern
# is much cheaper to run than a list of abbreviations tried at every character.
_TOKEN = regex.compile(
    r"[\p{L}\p{M}\p{N}]++(?:['’\-][\p{L}\p{M}\p{N}]++)*+(?:\.(?:\p{Lu}\.){0,3}+)?+|[^\s\p{L}\p{M}\p{N}]"
)
# Abbreviations written with a period before a name.
_ABBREVIATIONS = frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Gen",
        "Lt",
        "Col",
        "Maj",
        "Capt",
        "Adm",
        "Brig",
        "Sgt",
        "Prof",
        "Cdr",
        "Cmdr",
        "Gov",
        "Sen",
        "Amb",
        "Mme",
        "Hon",
    ]
)

# Sentence ends: . ! ? … (a closing quote mark may follow), then white space. Not after a
# title or month abbreviation ("Mr. Stoltenberg", "Sept. 21") or an initial ("T.G. Marx"), nor
# the period of a German day number ("vom 14. Juni 2021"). Found with str.find, checked here.
_END_CHARS = ".!?…"
_END_MARKS = frozenset('"”’»“')
_NOT_ENDS = frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "St",
        "Gen",
        "Lt",
        "Col",
        "Maj",
        "Capt",
        "Adm",
        "Sgt",
        "Brig",
        "Prof",
        "Rev",
        "Hon",
        "No",
        "Nos",
        "Art",
        "Vol",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "vs",
        "etc",
        "approx",
        "Fig",
        "Cdr",
        "Cmdr",
        "Gov",
        "Sen",
        "Amb",
        "Mme",
    ]
)
_GERMAN_MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
    "Dezember",
)  # fmt: skip


def _ends_here(text: str, at: int) -> bool:
    """Whether a sentence may end with the punctuation at *at* (no abbreviation or initial before it)."""
    low = at
    while low > 0 and at - low < 7 and text[low - 1].isalpha():
        low -= 1
    if low < at and (low == 0 or not text[low - 1].isalpha()):
        word = text[low:at]
        if word in _NOT_ENDS or (len(word) == 1 and word.isupper()):
            return False
    if text[at] == "." and at > 0 and text[at - 1].isdigit() and text.startswith(_GERMAN_MONTHS, at + 2):
        digits = 2 if at > 1 and text[at - 2].isdigit() else 1
        if text[at + 1] == " " and not (at > digits and text[at - digits - 1].isdigit()):
            after = at + 2
            while after < len(text) and text[after].isalpha():
                after += 1
            if text[at + 2 : after] in _GERMAN_MONTHS:
                return False  # "14. Juni"
    return True


def sentence_starts(text: str, start: int, end: int) -> list[int]:
    """The offsets in ``[start, end)`` where a sentence begins after another one ends.

    >>> text = "Mr. Stoltenberg spoke. He said so! Then T.G. Marx left."
    >>> sentence_starts(text, 0, len(text))
    [22, 34]
    """
    found: list[int] = []
    find = text.find
    for char in _END_CHARS:
        at = find(char, start, end)
        while at >= 0:
            found.append(at)
            at = find(char, at + 1, end)
    if not found:
        return []
    found.sort()
    starts: list[int] = []
    i = 0
    count = len(found)
    while i < count:
        first = found[i]
        j = i + 1
        while j < count and found[j] == found[j - 1] + 1:
            j += 1
        tail = found[j - 1] + 1  # the run of end punctuation is [first, tail)
        i = j
        if tail < end and text[tail] in _END_MARKS:
            tail += 1
        if tail >= end or not text[tail].isspace():
            continue
        if any(_ends_here(text, at) for at in range(first, tail) if text[at] in _END_CHARS):
            starts.append(tail)
    return starts


def sentence_start(text: str, low: int, at: int, end: int) -> int:
    """The start of the sentence *at* is in, reading back no further than *low* (the start of
    its paragraph, which ends at *end*): the same as the last of :func:`sentence_starts` that is
    not after *at*, found by reading back from *at* only.

    >>> text = "He spoke. Mr. Stoltenberg said so."
    >>> sentence_start(text, 0, 26, len(text)), sentence_start(text, 0, 5, len(text))
    (9, 0)
    """
    rfind = text.rfind
    pos = at
    while pos > low:
        last = max(rfind(".", low, pos), rfind("!", low, pos), rfind("?", low, pos), rfind("…", low, pos))
        if last < 0:
            break
        first = last
        while first > low and text[first - 1] in _END_CHARS:
            first -= 1
        tail = last + 1
        if tail < end and text[tail] in _END_MARKS:
            tail += 1
        if (
            tail <= at
            and tail < end
            and text[tail].isspace()
            and any(_ends_here(text, i) for i in range(first, last + 1) if text[i] in _END_CHARS)
        ):
            return tail
        pos = first
    return low


#: A token: its text and its offsets in the input.
Tok = tuple[str, int, int]


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """The tokens of ``text[start:end]`` with their offsets in *text*."""
    toks: list[Tok] = []
    append = toks.append
    segment = text[start:end]
    if "  " in segment:  # runs of blanks (a masked quote): find each piece instead of counting
        find = text.find
        pos = start
        for chunk in segment.split():
            at = find(chunk, pos)
            pos = at + len(chunk)
            if chunk.isalnum():
                append((chunk, at, pos))
            else:
                toks.extend([(word, at + low, at + high) for word, low, high in _piece_tokens(chunk)])
        return toks
    pos = start
    # Split at spaces: most pieces are one plain word and need no regex; a piece's offset is
    # known from the lengths of those before it. A piece holding other white space (a line
    # break, a no-break space) is split again.
    for piece in segment.split(" "):
        at = pos
        pos += len(piece) + 1
        if not piece:
            continue
        if piece.isalnum():
            append((piece, at, pos - 1))
        elif piece.isprintable():
            toks.extend([(word, at + low, at + high) for word, low, high in _piece_tokens(piece)])
        else:
            find = text.find
            inner = at
            for chunk in piece.split():
                at = find(chunk, inner)
                inner = at + len(chunk)
                toks.extend([(word, at + low, at + high) for word, low, high in _piece_tokens(chunk)])
    return toks


def _piece_tokens(piece: str) -> tuple[Tok, ...]:
    """The tokens of a run of non-space characters; short ones ("said,", "NATO’s") are cached."""
    return _chunk_tokens(piece) if len(piece) <= 40 else _tokens_of(piece)


@lru_cache(maxsize=4096)
def _chunk_tokens(chunk: str) -> tuple[Tok, ...]:
    return _tokens_of(chunk)


def _tokens_of(chunk: str) -> tuple[Tok, ...]:
    """The tokens of a run of non-space characters, with offsets inside it ("said," -> "said", ",")."""
    toks: list[Tok] = []
    for m in _TOKEN.finditer(chunk):
        word = m.group()
        if word[-1] == "." and len(word) > 1:
            _dotted(chunk, word, m.start(), len(chunk), toks)
        else:
            toks.append((word, m.start(), m.end()))
    return tuple(toks)


def _initials_end(text: str, at: int, end: int) -> bool:
    """Whether initials may end at *at*: no letter or digit follows them."""
    return at >= end or not text[at].isalnum()


def _all_initials(word: str) -> bool:
    """``T.``, ``T.G.``, ``U.S.``: one to four capital letters, each with its period."""
    if len(word) > 8 or len(word) % 2:
        return False
    return all(word[i].isupper() and word[i + 1] == "." for i in range(0, len(word), 2))


def _dotted(text: str, word: str, start: int, end: int, toks: list[Tok]) -> None:
    """Append the tokens of *word*, a word with a period (and maybe initials) glued to it."""
    stop = start + len(word)
    if _all_initials(word) and _initials_end(text, stop, end):
        toks.append((word, start, stop))  # "T.G.", "U.S."
        return
    dot = word.index(".")
    if word[:dot] in _ABBREVIATIONS:
        toks.append((word[: dot + 1], start, start + dot + 1))  # "Mr.", "Gen."
    else:
        toks.append((word[:dot], start, start + dot))
        toks.append((".", start + dot, start + dot + 1))
    rest = word[dot + 1 :]
    if not rest:
        return
    at = start + dot + 1
    if _initials_end(text, stop, end):
        toks.append((rest, at, stop))  # "x.U.S." -> "x", ".", "U.S."
        return
    for i in range(0, len(rest), 2):  # initials glued to a following letter: each letter and period alone
        toks.append((rest[i], at + i, at + i + 1))
        toks.append((".", at + i + 1, at + i + 2))


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
    "|deputy commander|chief|top civilian|boss",
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
HONORIFICS = _words("mr|mr.|mrs|mrs.|ms|ms.|dr|dr.|sir|dame|lord|lady|herr|frau|mme|mme.")
# Titles whose acronym stands for the person holding them.
TITLE_ACRONYMS = {
    "SACEUR": "supreme allied commander europe",
    "SACT": "supreme allied commander transformation",
    "DSACEUR": "deputy supreme allied commander europe",
    "CMC": "chair of the nato military committee",
}
# Every word that can be part of a title: such a word is never part of a name.
_TITLE_WORDS = frozenset(w for t in TITLES for w in t.split()) | _wordset(
    "deputy assistant supreme allied permanent representative special senior head acting vice executive principal"
)
# First and last words of titles, to rule most tokens out before looking a phrase up.
_TITLE_FIRST = frozenset(t.split()[0] for t in TITLES)
_TITLE_LAST = frozenset(t.split()[-1] for t in TITLES)
# The first word of a role written as an appositive (", Commander Maritime Air NATO,").
_ROLE_HEADS = _wordset(
    "commander supreme director deputy assistant chief chair chairman chairwoman head minister secretary "
    "spokesperson spokesman spokeswoman president ambassador permanent special senior vice prime foreign "
    "defence defense governor mayor professor representative envoy coordinator adviser advisor officer "
    "leader executive general admiral commodore colonel captain lieutenant major brigadier marshal "
    "generalsekretär präsident botschafter sprecher sprecherin secrétaire ministre u.s. us eu nato un"
)
# Name particles, written in lower case inside a name.
_PARTICLES = _wordset("von van der den de da di du del della la le bin ibn al el ter ten zu dos das y")
# Heads of the names of bodies ("North Atlantic Council", "NATO-Cyberakademie").
_ORG_HEADS = _wordset(
    "council committee command staff agency academy alliance organisation organization ministry "
    "commission parliament assembly union government office headquarters force forces group centre center "
    "department service secretariat delegation embassy administration allies kremlin pentagon akademie "
    "rat kommission regierung ministerium bündnis agentur kommando states kingdom nations republic "
    "federation emirates"
)
# Acronyms of bodies that speak.
_ORG_ACRONYMS = _wordset("NATO NAC EU UN OSCE ACO ACT SHAPE MARCOM AIRCOM LANDCOM JFC IMS EUMS")
# Nationality and body adjectives written before a title ("Dutch Prime Minister").
_QUALIFIERS = _wordset(
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
_PLACES = _wordset(
    "russia moscow kremlin china beijing ukraine kyiv kiev washington brussels britain london paris "
    "berlin france germany turkey ankara iran tehran belarus minsk georgia tbilisi afghanistan kabul "
    "libya tripoli iraq baghdad syria damascus serbia belgrade kosovo pristina pyongyang seoul tokyo "
    "canada ottawa poland warsaw norway oslo europe america nato"
)
# Capitalised words that begin sentences or headings and are never (part of) a name.
_STOP = _wordset(
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
)
# Generation suffixes written after a name ("Lloyd J. Austin III").
_SUFFIXES = frozenset(("II", "III", "IV", "Jr.", "Sr.", "Jr"))
# Months that are also family names ("Theresa May"): a name only after another name word.
_MONTH_NAMES = _wordset("may march june august april")
_PRONOUNS = _wordset("he she they i we He She They I We")
# Pronouns of the other languages read, as their English equivalents.
_FOREIGN_PRONOUNS = {
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
_RELATIVE = _wordset("who which whose whom a an the")
# Words before a subject that are not part of it ("the", "our Secretary General", "der Rat", "le président").
_DETERMINERS = _wordset("the a an its their his her our der die das le la les l'")
_SENTENCE_PUNCT = frozenset(".!?;:")
# Words joining a title to its body ("secrétaire général de l’OTAN", "Generalsekretär der NATO").
# Plural articles: a capitalised word after one is a noun (French "les Alliés", German "den Soldaten").
_PLURAL_ARTICLES = frozenset(("les", "des", "aux", "den"))
_OF_BODY = frozenset(("de", "du", "des", "of", "der", "des"))


@lru_cache(maxsize=8192)
def title_key(words: str) -> str:
    """The comparison form of a title: lower case, hyphens as spaces, an ``ORG-`` prefix dropped.

    >>> title_key("NATO-Generalsekretär"), title_key("Secretary-General")
    ('generalsekretär', 'secretary general')
    """
    parts = words.lower().split()
    if parts:
        prefix, dash, rest = parts[0].partition("-")
        if dash and rest and prefix in _QUALIFIERS:
            parts[0] = rest  # "NATO-Generalsekretär"
    return " ".join(" ".join(parts).replace("-", " ").split())


class Subject:
    """Who a cue is about, as read from the tokens around it.

    ``kind`` is ``"name"`` (``name`` holds the name tokens), ``"title"`` (a title standing for a
    person: "the Secretary General"), ``"pronoun"``, ``"org"`` (``org`` holds the body's name),
    or ``"statement"`` (``issuer`` holds who issued it, when the text says so).
    """

    __slots__ = ("acronym", "end", "issuer", "kind", "name", "org", "start", "titles")

    def __init__(
        self,
        kind: Literal["name", "title", "pronoun", "org", "statement"],
        start: int,
        end: int,
        *,
        name: tuple[str, ...] = (),
        titles: list[str] | None = None,
        org: str | None = None,
        acronym: str | None = None,
        issuer: Subject | None = None,
    ) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.name = name
        self.titles = titles if titles is not None else []
        self.org = org
        self.acronym = acronym
        self.issuer = issuer

    def __repr__(self) -> str:
        return f"Subject({self.kind}, name={self.name}, titles={self.titles}, org={self.org})"


def _low(tok: Tok) -> str:
    return tok[0].lower()


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _is_initials(word: str) -> bool:
    return len(word) >= 2 and word.endswith(".") and word[0].isupper() and all(c.isupper() or c == "." for c in word)


@lru_cache(maxsize=4096)
def is_name_word(word: str) -> bool:
    """Whether *word* can be part of a person's name (capitalised, not a title or stop word)."""
    if _is_initials(word):
        return word.lower() not in HONORIFICS and word.upper() not in ("U.S.", "U.K.", "U.N.", "E.U.")
    apostrophe_name = word[1:2] in ("'", "’") and word[2:3].isupper()  # O'Brien, O’Neill
    shape_ok = word[:1].isupper() and (len(word) == 1 or (not word.isupper() and word[1:2].isalpha()))
    if not shape_ok and not apostrophe_name:
        return False
    low = word.lower()
    if low.endswith(("’s", "'s")):
        return False
    if "-" in low and any(part in _TITLE_WORDS or part in _STOP for part in low.split("-")):
        return False  # "Secretary-General", "Vice-President", "US-led"
    return low not in _STOP and low not in _TITLE_WORDS and low not in _ORG_HEADS and low not in _PLACES


def name_word_before(text: str, at: int) -> bool:
    """Whether the word just before *at* (one white space apart) may be part of a name that
    goes on at *at*: a name word, an initial or a particle ("Jens", "J.", "von der")."""
    if at < 2 or not text[at - 1].isspace() or text[at - 2].isspace():
        return False
    pieces = text[max(0, at - 40) : at - 1].rsplit(None, 1)
    if not pieces:
        return False
    word = pieces[-1].lstrip("([{\"'“‘„«‹")
    return is_name_word(word) or word in _PARTICLES


def title_may_precede(text: str, at: int) -> bool:
    """Whether a title, rank or role may be written just before *at* (the word before is a
    title's last word, a name word, or ends with a comma), so that reading tokens is worth it."""
    if at < 1 or not text[at - 1].isspace():
        return False
    pieces = text[max(0, at - 60) : at].rsplit(None, 1)
    if not pieces:
        return False
    word = pieces[-1]
    if word[-1] == ",":
        return True
    word = word.lstrip("([{\"'“‘„«‹")
    return word.lower().rsplit("-", 1)[-1] in _TITLE_LAST or is_name_word(word)


def _is_later_name_word(word: str) -> bool:
    """A word that is a name only after a first name: "Theresa May", "Rick March"."""
    return is_name_word(word) or (word.lower() in _MONTH_NAMES and word[:1].isupper())


def _is_acronym(word: str) -> bool:
    """An upper-case acronym naming a body or unit ("SHAPE", "MARCOM", "SNMG1")."""
    return 2 <= len(word) <= 10 and word.isupper() and word[0].isalpha() and word.isalnum()


def is_org_head(word: str) -> bool:
    """Whether *word* ends the name of a body ("Council", "NATO-Cyberakademie")."""
    low = word.lower()
    if low in _ORG_HEADS or word in _ORG_ACRONYMS:
        return True
    return any(low.endswith(head) for head in ("akademie", "kommando", "agentur"))


def _title_at_end(toks: Sequence[Tok], end: int, lowest: int) -> int:
    """Length of the longest title ending just before token *end* (0 if none)."""
    if end <= lowest or toks[end - 1][0].lower().rsplit("-", 1)[-1] not in _TITLE_LAST:
        return 0
    for length in (5, 4, 3, 2, 1):
        begin = end - length
        if begin < lowest:
            continue
        first = toks[begin][0]
        if not first[:1].isupper():
            continue
        if title_key(" ".join(t[0] for t in toks[begin:end])) in TITLES:
            return length
    return 0


def _title_at_start(toks: Sequence[Tok], begin: int, *, lower: bool = False) -> int:
    """Length of the longest title starting at token *begin* (0 if none); *lower* accepts a
    title in lower case (French and German write "le président Macron")."""
    if begin >= len(toks) or title_key(toks[begin][0]).split(" ", 1)[0] not in _TITLE_FIRST:
        return 0
    if not lower and not toks[begin][0][:1].isupper():
        return 0
    for length in (5, 4, 3, 2, 1):
        end = begin + length
        if end > len(toks):
            continue
        if title_key(" ".join(t[0] for t in toks[begin:end])) in TITLES:
            return length
    return 0


def _qualifier(word: str) -> str | None:
    """The body or nationality a word before a title names ("NATO’s" -> "NATO"), or ``None``."""
    base = word[:-2] if word.endswith(("’s", "'s")) else word
    if base.lower() in _QUALIFIERS or (base.isupper() and 2 <= len(base) <= 6 and base.isalpha()):
        return base
    return None


def _role(toks: Sequence[Tok], begin: int, limit: int) -> int:
    """End (exclusive) of an appositive role starting at *begin* ("Commander JFC Brunssum"), or *begin*."""
    if begin >= limit:
        return begin
    first = toks[begin][0]
    low = first.lower().replace("’s", "")
    if low in ("the", "a", "an") and begin + 1 < limit:
        return _role(toks, begin + 1, limit) if toks[begin + 1][0].lower() in _ROLE_HEADS else begin
    if not first[:1].isupper() or (low not in _ROLE_HEADS and _title_at_start(toks, begin) == 0):
        return begin
    k = begin + 1
    while k < limit:
        word = toks[k][0]
        if (
            word[:1].isupper()
            or word[:1].isdigit()
            or _is_initials(word)
            or (
                word in ("of", "for", "to", "the", "and", "in", "&")
                and k + 1 < limit
                and (toks[k + 1][0][:1].isupper() or toks[k + 1][0] == "the")
            )
        ):
            k += 1
        else:
            break
    return k


def _role_ending(toks: Sequence[Tok], comma: int, lowest: int) -> str | None:
    """A role written just before the comma at *comma* ("the Chair of the NATO Military Committee")."""
    k = comma
    while k > lowest and toks[k - 1][0] not in (",", ".", ";", ":", "(", ")") and comma - k < 12:
        k -= 1
    while k < comma and _low(toks[k]) in ("the", "a", "an", "in", "and"):
        k += 1
    if k < comma and _role(toks, k, comma) == comma:
        return _phrase(toks, k, comma)
    return None


def _phrase(text_toks: Sequence[Tok], begin: int, end: int) -> str:
    return " ".join(t[0] for t in text_toks[begin:end])


def subject_before(toks: Sequence[Tok], end: int, lowest: int = 0) -> Subject | None:
    """The subject written just before token *end* (a cue verb), reading backwards.

    Adverbs and auxiliaries are skipped ("he also said", "May has said"), and so are an
    appositive or relative clause between commas ("Rasmussen, who visited New York, said").
    """
    k = end
    while k > lowest and _low(toks[k - 1]) in SKIPPABLE:
        k -= 1
    if k <= lowest:
        return None
    word = toks[k - 1][0]
    if word in _PRONOUNS or word in _FOREIGN_PRONOUNS:
        pronoun = _FOREIGN_PRONOUNS.get(word, word.lower())
        return Subject("pronoun", toks[k - 1][1], toks[k - 1][2], name=(pronoun,))
    roles: list[str] = []
    acronym: str | None = None
    if word == "," and k - 2 > lowest:
        opening = k - 2
        while (
            opening > lowest
            and opening > k - 30
            and toks[opening][0] not in (",", "(")
            and (toks[opening][0] not in _SENTENCE_PUNCT)
        ):
            opening -= 1
        if opening <= lowest or toks[opening][0] != ",":
            return None
        segment_start = opening + 1
        first = _low(toks[segment_start])
        inner = subject_before(toks, k - 1, lowest=segment_start)
        if inner is not None and inner.kind == "name" and inner.start <= toks[segment_start][1] + 4:
            # ", Admiral Rob Bauer," after a role: the name is between the commas
            role = _role_ending(toks, opening, lowest)
            if role:
                inner.titles.append(role)
            return inner
        if _role(toks, segment_start, k - 1) == k - 1:
            roles.append(_phrase(toks, segment_start + (first in ("the", "a", "an")), k - 1))
        elif first not in _RELATIVE and not (first[:1].islower() and _named_before(toks, opening, lowest)):
            # "Kaja Kallas, one of the most vocal supporters of Kyiv, said": a lower-case
            # appositive after a name leaves the name the subject; anything else is not one
            return None
        k = opening
    if k - 1 > lowest and toks[k - 1][0] == ")":
        opening = k - 2
        if opening > lowest and toks[opening - 1][0] == "(" and toks[opening][0].isupper():
            acronym = toks[opening][0]
            k = opening - 1
    name_end = k
    if k - 1 > lowest and toks[k - 1][0] in _SUFFIXES and is_name_word(toks[k - 2][0]):
        k -= 1  # "Lloyd J. Austin III"
    while k > lowest:
        word = toks[k - 1][0]
        if (
            is_name_word(word)
            or (k == name_end and k - 2 >= lowest and _is_later_name_word(word) and is_name_word(toks[k - 2][0]))
            or (
                word in _PARTICLES
                and k < name_end
                and k - 2 >= lowest
                and (is_name_word(toks[k - 2][0]) or toks[k - 2][0] in _PARTICLES or _title_at_end(toks, k - 1, lowest))
            )
        ):
            k -= 1
        else:
            break
    name = tuple(t[0] for t in toks[k:name_end])
    titles: list[str] = []
    while True:
        length = _title_at_end(toks, k, lowest)
        if not length:
            break
        titles.insert(0, _phrase(toks, k - length, k))
        k -= length
    if not titles and k == name_end:
        k, titles = _nato_role(toks, k, lowest)
    org: str | None = None
    if titles and k > lowest:
        org = _qualifier(toks[k - 1][0])
        if org is not None:
            k -= 1
    start = toks[k][1] if k < len(toks) else toks[-1][2]
    stop = toks[name_end - 1][2] if name_end > k else start
    if name:
        return Subject("name", start, stop, name=name, titles=titles + roles, org=org, acronym=acronym)
    if titles:
        return Subject("title", start, stop, titles=titles + roles, org=org, acronym=acronym)
    return _org_before(toks, name_end, lowest)


def _elided(word: str) -> str:
    """*word* without an elided French article ("l’OTAN" -> "OTAN")."""
    return word.rsplit("'", 1)[-1].rsplit("’", 1)[-1]


def _nato_role(toks: Sequence[Tok], end: int, lowest: int) -> tuple[int, list[str]]:
    """A NATO role in news copy ending at token *end* ("the NATO chief", "the alliance's top
    civilian", written in lower case after the body): its first token and the role, or no role."""
    for length in (2, 1):
        begin = end - length
        if begin - 1 < lowest:
            continue
        words = " ".join(t[0] for t in toks[begin:end])
        if words in NATO_ROLES:
            body = _qualifier(toks[begin - 1][0])
            if body is not None and body.lower() in NATO_BODIES:
                return begin, [words]
    return end, []


def _named_before(toks: Sequence[Tok], comma: int, lowest: int) -> bool:
    """Whether a person's name (two words or more, or a name after a title) ends at the comma *comma*."""
    if comma <= lowest or not is_name_word(toks[comma - 1][0]):
        return False
    subject = subject_before(toks, comma, lowest)
    return subject is not None and subject.kind == "name" and (len(subject.name) > 1 or bool(subject.titles))


def _org_before(toks: Sequence[Tok], end: int, lowest: int) -> Subject | None:
    """A body's name or a statement just before token *end* ("the NATO Council", "the statement")."""
    if end <= lowest:
        return None
    word = toks[end - 1][0]
    if word.lower() in ("statement", "declaration", "communiqué", "communique", "erklärung"):
        return Subject("statement", toks[end - 1][1], toks[end - 1][2])
    if word in TITLE_ACRONYMS:
        return Subject("title", toks[end - 1][1], toks[end - 1][2], titles=[word])
    if not (_is_cap(word) and is_org_head(word)) and word not in ("Allies", "allies"):
        if (word.lower() in _PLACES and _is_cap(word)) or _is_acronym(word):
            return Subject("org", toks[end - 1][1], toks[end - 1][2], org=word)
        return None
    k = end - 1
    while k > lowest:
        prev = toks[k - 1][0]
        if _is_cap(prev) and prev.lower() not in ("the", "a", "an", "in", "on", "at", "by"):
            k -= 1
        else:
            break
    return Subject("org", toks[k][1], toks[end - 1][2], org=_phrase(toks, k, end))


def subject_after(toks: Sequence[Tok], begin: int) -> Subject | None:
    """The subject written from token *begin* on ("said the Secretary General", "according to X")."""
    k = begin
    n = len(toks)
    if k < n and (toks[k][0] in _PRONOUNS or toks[k][0] in _FOREIGN_PRONOUNS):
        word = toks[k][0]
        return Subject("pronoun", toks[k][1], toks[k][2], name=(_FOREIGN_PRONOUNS.get(word, word.lower()),))
    while k < n and _low(toks[k]) in _DETERMINERS:
        k += 1
    if k > begin:
        # "Der estnische Verteidigungsminister Kalle Laanet": adjectives between the article and a title
        for skip in (1, 2):
            if (
                k + skip < n
                and all(toks[i][0].isalpha() and toks[i][0].islower() for i in range(k, k + skip))
                and _title_at_start(toks, k + skip)
            ):
                k += skip
                break
    start_tok = k
    # a statement, possibly "by" its issuer
    j = k
    while j < n and _low(toks[j]) in ("joint", "official", "final", "written", "formal", "nato", "allied", "new"):
        j += 1
    if j < n and _low(toks[j]) in ("statement", "declaration", "communiqué", "communique", "erklärung"):
        issuer = None
        if j + 1 < n and _low(toks[j + 1]) in ("by", "of", "from", "issued"):
            after = j + 2 if _low(toks[j + 1]) != "issued" else j + 3
            issuer = subject_after(toks, after) if after < n else None
        end = issuer.end if issuer is not None else toks[j][2]
        return Subject("statement", toks[start_tok][1], end, issuer=issuer)
    org: str | None = None
    if k < n and _qualifier(toks[k][0]) is not None and (_title_at_start(toks, k + 1) or toks[k][0].endswith("s")):
        org = _qualifier(toks[k][0])
        k += 1
    titles: list[str] = []
    while k < n:
        length = _title_at_start(toks, k)
        if not length:
            break
        titles.append(_phrase(toks, k, k + length))
        k += length
    if not titles and k < n and toks[k][0][:1].islower():
        length = _title_at_start(toks, k, lower=True)
        if length and k + length < n and is_name_word(toks[k + length][0]):
            titles.append(_phrase(toks, k, k + length))  # "du président Macron"
            k += length
        elif length:
            # "le secrétaire général, Jens Stoltenberg", "le secrétaire général de l’OTAN, Jens
            # Stoltenberg": a lower-case title, its body, a comma and a name of two words or more
            end = k + length
            if end + 1 < n and toks[end][0] in _OF_BODY and _is_cap(_elided(toks[end + 1][0])):
                end += 2
            if (
                end + 2 < n
                and toks[end][0] == ","
                and is_name_word(toks[end + 1][0])
                and is_name_word(toks[end + 2][0])
            ):
                titles.append(_phrase(toks, k, end))
                k = end
    if titles and k < n and toks[k][0] == "," and k + 1 < n and is_name_word(toks[k + 1][0]):
        k += 1  # "the Secretary General, Anders Fogh Rasmussen"
    name_start = k
    while k < n:
        word = toks[k][0]
        if (
            is_name_word(word)
            or (k > name_start and _is_later_name_word(word))
            or (
                word in _PARTICLES
                and k + 1 < n
                and (is_name_word(toks[k + 1][0]) or toks[k + 1][0] in _PARTICLES)
                and (k > name_start or titles)
            )
        ):
            k += 1
        else:
            break
    if name_start < k < n and toks[k][0] in _SUFFIXES:
        k += 1
    name = tuple(t[0] for t in toks[name_start:k])
    if len(name) == 1 and not titles and name_start > begin and _low(toks[name_start - 1]) in _PLURAL_ARTICLES:
        return None  # "selon les Alliés", "den Soldaten": a plural noun, never a person's name
    if name or titles:
        acronym: str | None = None
        if k + 2 < n and toks[k][0] == "(" and toks[k + 2][0] == ")" and toks[k + 1][0].isupper():
            acronym = toks[k + 1][0]
            k += 3
        end = toks[k - 1][2]
        if k + 1 < n and toks[k][0] == ",":
            role_end = _role(toks, k + 1, n)
            if role_end > k + 1:
                skip = 1 if _low(toks[k + 1]) in ("the", "a", "an") else 0
                titles.append(_phrase(toks, k + 1 + skip, role_end))
        span_start = toks[start_tok][1]
        if name:
            return Subject("name", span_start, end, name=name, titles=titles, org=org, acronym=acronym)
        return Subject("title", span_start, end, titles=titles, org=org, acronym=acronym)
    # a body: a run of capitalised words ending with a body's head word
    k = start_tok
    while k < n and (_is_cap(toks[k][0]) or toks[k][0] in ("of", "for")) and k - start_tok < 8:
        k += 1
    while k > start_tok and not (is_org_head(toks[k - 1][0]) or toks[k - 1][0] == "Allies"):
        k -= 1
    if k > start_tok:
        return Subject("org", toks[start_tok][1], toks[k - 1][2], org=_phrase(toks, start_tok, k))
    if start_tok < n and toks[start_tok][0] in TITLE_ACRONYMS:
        return Subject("title", toks[start_tok][1], toks[start_tok][2], titles=[toks[start_tok][0]])
    return None


def name_before(toks: Sequence[Tok], end: int) -> tuple[tuple[str, ...], list[str], str | None]:
    """The name tokens ending at token *end*, the titles before them, and their qualifier."""
    subject = subject_before(toks, end)
    if subject is None or subject.kind != "name":
        return (), [], None
    return subject.name, subject.titles, subject.org
