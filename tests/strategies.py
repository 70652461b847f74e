"""Hypothesis strategies that build NATO-style press releases whose truth is known.

Each strategy returns a rendered text together with what a correct parse must find in it,
so tests can render, parse and compare.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
from hypothesis import strategies as st

SYLLABLES = ["ma", "ri", "ko", "len", "dar", "vis", "ten", "sol", "bran", "del", "ru", "na", "tor", "ves", "gal"]
RANKS = [
    "General", "Lieutenant General", "Vice Admiral", "Rear Admiral", "Air Marshal", "Brigadier General", "Ambassador",
]
ROLES = [
    "Supreme Allied Commander Transformation",
    "Chair of the NATO Military Committee",
    "Commander Allied Joint Force Command Naples",
    "NATO Spokesperson",
]
MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May.", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."]
MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]
TOPICS = ["deterrence and defence", "military mobility", "cyber defence", "resilience", "maritime security"]
QUOTE_STYLES = [("“", "”"), ('"', '"'), ("«\u00a0", "\u00a0»")]


@attrs.frozen
class Person:
    first: str
    last: str
    rank: str
    role: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@st.composite
def words(draw: st.DrawFn, low: int = 2, high: int = 3) -> str:
    return "".join(draw(st.lists(st.sampled_from(SYLLABLES), min_size=low, max_size=high))).capitalize()


@st.composite
def people(draw: st.DrawFn) -> Person:
    return Person(draw(words()), draw(words(3, 4)), draw(st.sampled_from(RANKS)), draw(st.sampled_from(ROLES)))


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """A plain sentence of speech: no quote marks, no digits, no names."""
    subject = draw(st.sampled_from(["We", "Our Alliance", "Allies", "This decision", "Our forces"]))
    verb = draw(st.sampled_from(["will strengthen", "continue to improve", "must invest in", "remain committed to"]))
    return f"{subject} {verb} {draw(st.sampled_from(TOPICS))}"


@st.composite
def press_releases(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """A nato.int-style news release and the truth about it."""
    published = draw(st.dates(min_value=dt.date(2005, 1, 1), max_value=dt.date(2030, 12, 31)))
    event = published + dt.timedelta(days=draw(st.integers(0, 20)))
    speakers = draw(st.lists(people(), min_size=1, max_size=3, unique_by=lambda p: p.last))
    title = f"NATO {draw(st.sampled_from(['discusses', 'reviews', 'strengthens']))} {draw(st.sampled_from(TOPICS))}"
    stamp = f"{published.day:02d} {MONTHS[published.month - 1]} {published.year}"
    lines = [title, "", f"{stamp} - | Last updated: {stamp} 11:17", ""]
    dates = {published.isoformat(), event.isoformat()}
    lines.append(
        f"Allied representatives met in Brussels on {event.day} {MONTH_NAMES[event.month - 1]} {event.year} "
        f"to discuss {draw(st.sampled_from(TOPICS))}."
    )
    lines.append("")
    quotes = []
    for person in speakers:
        opening, closing = draw(st.sampled_from(QUOTE_STYLES))
        said = draw(st.sampled_from(["said", "stressed", "added", "emphasised"]))
        sentence = draw(sentences())
        form = draw(st.integers(0, 2))
        if form == 0:
            quote = sentence + ","
            paragraph = f"{opening}{quote}{closing} {said} {person.rank} {person.name}, {person.role}."
        elif form == 1:
            quote = sentence + "."
            paragraph = f"{person.rank} {person.name}, {person.role}, {said}: {opening}{quote}{closing}"
        else:
            quote = sentence + "."
            paragraph = f"{person.rank} {person.name} {said} that {opening}{quote}{closing}"
        quotes.append({"text": quote, "speaker": person.name})
        lines += [paragraph, ""]
    truth = {
        "title": title,
        "published": published,
        "dates": sorted(dates),
        "quotes": quotes,
        "speakers": sorted(p.name for p in speakers),
    }
    return "\n".join(lines), truth
