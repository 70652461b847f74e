"""Places and news agencies: what a dateline names before its date ("Brussels", "(AFP)").

Header lines ("Brussels, March 14 (AFP) Mar 14, 2018") and the datelines that open a first
paragraph ("WASHINGTON, Sept. 21, 2011 — …") both start with a place and may carry an agency tag;
this module holds the place pattern, the tag test and the list of news agencies.
"""

from __future__ import annotations

import regex

__all__ = ["is_agency"]

# A dateline's place: one to four capitalised words, optionally with one or two more parts after
# commas ("Brussels", "WASHINGTON", "Oeiras, Portugal", "SHAPE, Mons, Belgium").
_PLACE_WORD = r"\p{Lu}[\p{L}.'’-]{0,30}+"
_PLACE = (
    r"(?P<place>" + _PLACE_WORD + r"(?:\ " + _PLACE_WORD + r"){0,3}"
    r"(?:,\ " + _PLACE_WORD + r"(?:\ " + _PLACE_WORD + r"){0,2}){0,2})"
)

# A news agency or republishing site tag in brackets: "(AFP)", "(ENEWSPF)", "(Reuters)".
_AGENCY = r"\((?P<agency>\p{Lu}[\p{L}\d&.-]{1,20}+)\)"

# A place at the start of a line ("BELGIUM–", "Brussels, "); what follows it is checked in code.
_PLACE_AT = regex.compile(_PLACE)

# News agencies: their wire copy is a third-party report, not a republished NATO text.
_AGENCIES = frozenset({"AFP", "AP", "REUTERS", "DPA", "UPI", "ANSA", "EFE", "TASS", "XINHUA", "IANS", "ANI", "PTI",
                       "APA", "BELGA", "ANP", "PAP", "CTK", "RIA", "KYODO", "YONHAP"})


def _agency_tag(inner: str) -> bool:
    """Whether the text in brackets is an agency tag: "AFP", "Reuters", "ENEWSPF"."""
    return (
        2 <= len(inner) <= 21 and inner[0].isupper() and inner[0].isalpha()
        and inner.replace("&", "").replace(".", "").replace("-", "").isalnum()
    )


def _place_name(place: str) -> str:
    """A place as a name: "WASHINGTON" reads "Washington"; mixed case is kept."""
    return place.title() if place.isupper() else place


def is_agency(name: str | None) -> bool:
    """Whether *name* is a news agency (its wire copy is a report about NATO, not NATO's text)."""
    return name is not None and name.upper() in _AGENCIES
