"""Month and weekday words of the day-first languages beyond EN/FR/DE (private to :mod:`nato_press._dates`).

Italian, Spanish, Portuguese, Dutch and Swedish, lower case, dots removed; :mod:`._vocab` merges them
into its tables, so the same grammar reads them ("il 4 aprile 1949", "el 4 de abril de 1949",
"4 de abril de 2024", "op 4 april 1949", "den 7 mars 2024", "lunedì 8 luglio 2024").

House style of these languages, and what the grammar makes of it:

* they write the day first and the month in lower case, so their month words may be lower case
  (:data:`LOWER_CASE_MONTHS_MORE`) — but a month word is only ever read beside a day number or a
  year (none of these words is a bare-month candidate: "mars", "maj", "mei", "juni" and "maart" are
  also ordinary words or names, and a month alone is no calendar day anyway);
* they never write the month first, so these words never start a month-first date ("Marco 4",
  "Set 1" are no dates): :data:`DAY_FIRST_ONLY_MONTHS`;
* the abbreviations that are common words of English or of the language itself ("set", "out",
  "ago", "mag", "gen", "dic") are months only with a year after them ("3 set. 2024", "3 out 2024"):
  :data:`YEAR_BOUND_MONTHS`;
* Spanish and Portuguese join day, month and year with "de" ("4 de abril de 2024", "del 2024"),
  read by the fragments of :mod:`._vocab`;
* their weekdays ("lunedì", "martes", "quinta", "maandag", "måndag") may head a day date, in lower
  case too, but are never read alone as a relative date.
"""

from __future__ import annotations

#: Full month names, with and without accents.
MONTH_FULL_MORE: dict[int, tuple[str, ...]] = {
    1: ("gennaio", "enero", "janeiro", "januari"),
    2: ("febbraio", "febrero", "fevereiro", "februari"),
    3: ("marzo", "março", "marco", "maart", "mars"),
    4: ("aprile", "abril", "april"),
    5: ("maggio", "mayo", "maio", "mei", "maj"),
    6: ("giugno", "junio", "junho", "juni"),
    7: ("luglio", "julio", "julho", "juli"),
    8: ("agosto", "augustus", "augusti"),
    9: ("settembre", "septiembre", "setiembre", "setembro", "september"),
    10: ("ottobre", "octubre", "outubro", "oktober"),
    11: ("novembre", "noviembre", "novembro", "november"),
    12: ("dicembre", "diciembre", "dezembro", "december"),
}
#: Abbreviations (dots removed) not already in the EN/FR/DE table.
MONTH_ABBR_MORE: dict[int, tuple[str, ...]] = {
    1: ("gen", "ene"),
    2: ("febr",),
    3: ("mrt",),
    4: ("abr",),
    5: ("mag",),
    6: ("giu",),
    7: ("lug",),
    8: ("ago", "agto"),
    9: ("set", "sett", "setem"),
    10: ("ott", "out"),
    11: (),
    12: ("dic",),
}

#: Month words that are English words too, or common words of their own language: months only
#: with a year written after them.
YEAR_BOUND_MONTHS = frozenset(("set", "out", "ago", "mag", "gen", "dic"))

#: Weekday names, Monday first (Portuguese also writes "segunda-feira": the day after the hyphen is
#: read as a word of its own, and the date still from its number).
WEEKDAY_NAMES_MORE: tuple[tuple[str, ...], ...] = (
    ("lunedì", "lunedi", "lunes", "segunda", "maandag", "måndag", "mandag"),
    ("martedì", "martedi", "martes", "terça", "terca", "dinsdag", "tisdag"),
    ("mercoledì", "mercoledi", "miércoles", "miercoles", "quarta", "woensdag", "onsdag"),
    ("giovedì", "giovedi", "jueves", "quinta", "donderdag", "torsdag"),
    ("venerdì", "venerdi", "viernes", "sexta", "vrijdag", "fredag"),
    ("sabato", "sábado", "sabado", "zaterdag", "lördag", "lordag"),
    ("domenica", "domingo", "zondag", "söndag", "sondag"),
)

_ENGLISH_LOOKALIKES = frozenset(("april", "september", "november", "december"))
#: The words above that only the day-first languages write (English, French and German write
#: "april", "september"... month first too, and keep them).
DAY_FIRST_ONLY_MONTHS = frozenset(
    name
    for names in (*MONTH_FULL_MORE.values(), *MONTH_ABBR_MORE.values())
    for name in names
    if name not in _ENGLISH_LOOKALIKES
) - frozenset(("juni", "juli", "mars", "oktober"))  # German / French spellings, read month first already
#: All the month words above may be written in lower case (their languages' house style).
LOWER_CASE_MONTHS_MORE = frozenset(
    name for names in (*MONTH_FULL_MORE.values(), *MONTH_ABBR_MORE.values()) for name in names
)
#: All the weekday words above may be written in lower case.
LOWER_CASE_WEEKDAYS_MORE = frozenset(name for names in WEEKDAY_NAMES_MORE for name in names)

#: Connector words of ranges and pairs of days: "del 4 al 6 de abril", "dal 4 al 6 aprile",
#: "dal 9 all'11 luglio", "de 4 a 6 de abril", "4 y 5 de mayo", "4 e 5 luglio", "4 en 5 mei", "4 och 5 mars",
#: "4 tot 6 mei".
CONN_WORDS_MORE = frozenset(("al", "all", "a", "y", "e", "ed", "en", "och", "tot"))
