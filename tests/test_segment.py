"""Segmentation: the lossless partition into blocks, and the chrome vocabulary."""

from __future__ import annotations

import pytest

from nato_press._records import Block
from nato_press._structure._banners import banner_publisher, menu_like
from nato_press._structure._chrome import chrome_reason
from nato_press._structure._chrome_vocab import _STARTERS, _first_word
from nato_press._structure._segment import segment


def kinds(text: str) -> list[tuple[str, str | None, str]]:
    """(kind, reason, text) of every non-blank block."""
    blocks, _header, _defects = segment(text)
    return [(b.kind, b.reason, b.span.slice(text)) for b in blocks if b.kind != "blank"]


def assert_partition(text: str, blocks: list[Block]) -> None:
    position = 0
    for block in blocks:
        assert block.span.start == position
        assert block.span.end > block.span.start
        position = block.span.end
    assert position == len(text)
    assert "".join(b.span.slice(text) for b in blocks) == text


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Spread the love", "share buttons"),
        ("Like it? Share with your friends!", "share buttons"),
        ("Share", "share buttons"),
        ("Print", "share buttons"),
        ("Tweet", "share buttons"),
        ("Facebook Twitter LinkedIn Email", "share buttons"),
        ("Share on Facebook", "share buttons"),
        ("READ MORE: NATO issues dire warning over ‘dangerous threat’ from Russia", "read-more link"),
        ("Lire le texte complet", "read-more link"),
        ("Weiterlesen", "read-more link"),
        ("Mehr zum Thema", "related-links heading"),
        ("Related articles", "related-links heading"),
        ("Source: nato.int", "source credit"),
        ("Quelle: NATO", "source credit"),
        ("ARCHIVES", "footer/archive"),
        ("© NATO 2020. All rights reserved.", "footer/archive"),
        ("Privacy policy", "footer/archive"),
        ("Home > News > Press releases", "breadcrumb"),
        ("Accueil / Actualités / Communiqués", "breadcrumb"),
        ("This website uses cookies to improve your experience.", "cookie banner"),
        ("Diese Website verwendet Cookies.", "cookie banner"),
        ("Accept all cookies", "cookie banner"),
        ("(As delivered)", "delivery note"),
        ("Check against delivery", "delivery note"),
        ("Boulevard Léopold III, 1110 Brussels, Belgium", "footer/address"),
        ("Register", "account/sign-up form"),
        ("Reset password", "account/sign-up form"),
        ("NATO MULTIMEDIA ACCOUNT", "account/sign-up form"),
        ("Subscribe to our newsletter", "account/sign-up form"),
    ],
)
def test_chrome_line_has_its_reason(line: str, reason: str) -> None:
    assert chrome_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Allies agreed to share intelligence and to print new maps.",
        "NATO will continue to support Ukraine.",
        "Read the statement in full, he said, and you will see the point.",
        "Home is where the Alliance stands together.",
        "We face global challenges, so we must take a global approach.",
        "The Council registered its concern about the password leaks in 2019, the spokesperson said.",
        "Source code is not the issue, the minister said.",
    ],
)
def test_article_sentences_are_not_chrome(line: str) -> None:
    assert chrome_reason(line) is None
    assert kinds(line) == [("body", None, line)]


@pytest.mark.parametrize(
    "line",
    [
        "Spread the love",
        "Like it? Share with your friends!",
        "READ MORE: x",
        "Lire le texte complet",
        "Mehr zum Thema",
        "Source: nato.int",
        "ARCHIVES",
        "Home > News",
        "(As delivered)",
        "Register",
        "Reset password",
        "Subscribe to our newsletter",
        "Print",
        "Tweet",
        "Weiterlesen",
        "Related articles",
    ],
)
def test_every_vocabulary_example_passes_the_fast_gate(line: str) -> None:
    assert _first_word(line) in _STARTERS


def test_form_zone_marks_every_form_line_and_no_article_line() -> None:
    text = (
        "NATO MULTIMEDIA ACCOUNT\n\nAccess NATO’s broadcast-quality video content free of charge\n\nRegister\n\n"
        "Create an account\n\nCheck your inbox and enter verification code\n\n"
        "From now on you can download videos from our website\n\nReset password\n\n"
        "The password must be at least 12 characters long, no spaces.\n\n"
        "The Director General of the International Military Staff met his EU counterpart in Brussels.\n\n"
        "They discussed military mobility.\n"
    )
    found = kinds(text)
    assert [k for k, _r, _t in found] == ["boilerplate"] * 8 + ["body", "body"]
    assert {r for k, r, _t in found if k == "boilerplate"} == {"account/sign-up form"}


def test_chrome_around_an_article() -> None:
    text = (
        "National\n\nAllies condemn the test\n\n\nBELGIUM–(ENEWSPF)–12 February 2013.\n\n"
        "We condemn in the strongest terms the test.\n\nSource: nato.int\n\n \n\n\nARCHIVES"
    )
    found = kinds(text)
    assert found[0] == ("boilerplate", "section kicker", "National")
    assert found[1] == ("title", None, "Allies condemn the test")
    assert ("body", None, "We condemn in the strongest terms the test.") in found
    assert found[-2:] == [
        ("boilerplate", "source credit", "Source: nato.int"),
        ("boilerplate", "footer/archive", "ARCHIVES"),
    ]


def test_footer_lines_after_archive_heading_are_footer() -> None:
    text = "Allies met today in Brussels.\n\nARCHIVES\nJanuary 2013\nFebruary 2013\n"
    found = kinds(text)
    assert found[0] == ("body", None, "Allies met today in Brussels.")
    assert found[1] == ("boilerplate", "footer/archive", "ARCHIVES\nJanuary 2013\nFebruary 2013")


def test_headlines_under_a_related_links_heading_are_chrome() -> None:
    text = (
        "Allies met today in Brussels.\n\nRelated articles\n\nNATO Secretary General visits Norway\n"
        "12 Jun. 2020\n\nAllies agree on a new plan\n\nThe meeting ended in the evening, the spokesperson said."
    )
    found = kinds(text)
    assert found[1] == ("boilerplate", "related-links heading", "Related articles")
    assert found[2] == ("boilerplate", "related links", "NATO Secretary General visits Norway\n12 Jun. 2020")
    assert found[3] == ("boilerplate", "related links", "Allies agree on a new plan")
    assert found[4] == ("body", None, "The meeting ended in the evening, the spokesperson said.")


def test_photo_caption_is_a_caption_block() -> None:
    text = "Allies met today.\n\nPhoto: NATO\n\nThey agreed a plan."
    assert ("caption", None, "Photo: NATO") in kinds(text)


def test_read_more_line_is_boilerplate_with_its_reason() -> None:
    text = (
        "Allies met today.\n\nREAD MORE: NATO issues ‘very clear message’ to Putin\n\nLike it? Share with your friends!"
    )
    found = kinds(text)
    assert found[1] == ("boilerplate", "read-more link", "READ MORE: NATO issues ‘very clear message’ to Putin")
    assert found[2][1] == "share buttons"


def test_notes_section_is_one_notes_block() -> None:
    text = "Allies met.[1]\n\nMehr zum Thema\n  1. [1] Statement, https://www.nato.int/a.htm\n  2. [2] Press conference"
    found = kinds(text)
    assert found[0] == ("body", None, "Allies met.[1]")
    assert found[1][0] == "notes"
    assert found[1][2].startswith("Mehr zum Thema") and found[1][2].endswith("Press conference")


def test_mehr_zum_thema_without_a_list_is_a_related_links_heading() -> None:
    assert kinds("Allies met.\n\nMehr zum Thema\nNATO summit in Vilnius")[1] == (
        "boilerplate",
        "related-links heading",
        "Mehr zum Thema",
    )


def test_notes_without_heading_need_a_body_marker() -> None:
    with_marker = kinds("Allies met.[1]\n\n[1] See the communiqué.")
    assert with_marker[1] == ("notes", None, "[1] See the communiqué.")
    without_marker = kinds("Allies met.\n\n[1] See the communiqué.")
    assert without_marker[1][0] == "body"


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("NATO - North Atlantic Treaty Organisation", "NATO"),
        ("SHAPE - Supreme Headquarters Allied Powers Europe", "SHAPE"),
        ("SpaceWar.com - Your World At War", "SpaceWar.com"),
        ("Q2/2020 - NATO", None),
        ("NATO - Allies agree new plan", None),
    ],
)
def test_site_banners_name_their_publisher(line: str, publisher: str | None) -> None:
    assert banner_publisher(line) == publisher


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n",
        "\r\n\r\n",
        "a\rb\r\nc\u2028d\u2029e\x85f\x0bg\x0ch\x1ci",
        "Title\n\nBody.",
        "  • |\n  • |",
        '"' * 500,
        "[1]" * 100,
        "\n\n\nText\n\n\n",
        "Share\nShare\n\nShare",
    ],
)
def test_blocks_partition_the_text(text: str) -> None:
    blocks, _header, _defects = segment(text)
    assert_partition(text, blocks)


def test_content_blocks_are_stripped_and_blank_blocks_are_white_space() -> None:
    text = "  Title line  \n\n   Allies met today.   \n"
    blocks, _header, _defects = segment(text)
    for block in blocks:
        piece = block.span.slice(text)
        if block.kind == "blank":
            assert piece.strip() == ""
        else:
            assert piece == piece.strip()


def test_lines_of_one_kind_without_blank_between_form_one_block() -> None:
    text = "Defence ministers met today.\nOur security environment continues to deteriorate.\n\nNext paragraph."
    blocks, _header, _defects = segment(text)
    assert [b.kind for b in blocks] == ["body", "blank", "body"]
    assert blocks[0].span.slice(text).count("\n") == 1


def test_boilerplate_blocks_always_have_a_reason() -> None:
    text = "Share\n\nTitle of the page\n\nText of the article.\n\nPrint\nTweet\n\n© NATO"
    blocks, _header, _defects = segment(text)
    assert all(b.reason for b in blocks if b.kind == "boilerplate")
    assert all(b.reason is None for b in blocks if b.kind != "boilerplate")


@pytest.mark.parametrize(
    "line",
    [
        "Accept all cookies",
        "Reject non-essential cookies",
        "Manage preferences",
        "Cookie settings",
        "Only necessary cookies",
        "Allow all",
        "Save preferences",
        "I accept",
        "Tout accepter",
        "Continuer sans accepter",
        "Paramètres des cookies",
        "Alle akzeptieren",
        "Nur notwendige Cookies",
        "Cookie-Einstellungen",
        "We use cookies on this website",
        "Nous utilisons des cookies pour améliorer votre expérience.",
        "Wir verwenden Cookies, um unsere Website zu verbessern.",
        "By clicking “Accept all cookies”, you agree to the storing of cookies on your device.",
    ],
)
def test_cookie_banner_lines_in_three_languages(line: str) -> None:
    assert chrome_reason(line) == "cookie banner"


@pytest.mark.parametrize(
    "line",
    [
        "Skip to main content",
        "Zum Inhalt springen",
        "Aller au contenu principal",
        "Toggle navigation",
        "Menu",
        "Search",
        "Home",
        "About us",
        "Media Centre",
        "English",
        "Previous article",
    ],
)
def test_navigation_lines(line: str) -> None:
    assert chrome_reason(line) == "navigation"


@pytest.mark.parametrize(
    "line",
    ["Allow us to explain the plan.", "Use of force was discussed.", "All Allies agreed.", "Save the date for Vilnius"],
)
def test_sentences_with_cookie_button_words_are_not_chrome(line: str) -> None:
    assert chrome_reason(line) is None


def test_a_menu_word_as_a_speaker_label_is_not_chrome() -> None:
    assert chrome_reason("Press:") is None
    assert chrome_reason("Press") == "navigation"


NSPA_LIKE = (
    "We use cookies on this website\n\nWe use cookies to ensure that we give you the best experience.\n\n"
    "Accept all cookies\nReject non-essential cookies\nCookie settings\n\nSkip to main content\n\n"
    "NSPA - NATO Support and Procurement Agency\nHome\nAbout NSPA\nBusiness Opportunities\nMedia Centre\nContact\n\n"
    "Home > Media Centre > News\n\n{title}\n\n"
    "Capellen, Luxembourg – 21 September 2023 – The Agency signed two framework contracts.\n"
)


def test_cookie_banner_and_menu_before_the_headline_are_chrome() -> None:
    title = "Agency awards multinational contract for artillery ammunition"
    text = NSPA_LIKE.format(title=title)
    blocks, header, _defects = segment(text)
    assert header.title == title
    assert header.publisher == "NSPA"
    assert [b.kind for b in blocks if b.kind != "blank"][-2:] == ["title", "body"]
    assert all(b.kind == "boilerplate" for b in blocks[: -4] if b.kind != "blank")
    menu = [b.span.slice(text) for b in blocks if b.reason == "navigation"]
    assert "Home\nAbout NSPA\nBusiness Opportunities\nMedia Centre" in menu


def test_short_lines_without_chrome_are_no_menu() -> None:
    # Three short lines with no chrome word among them stay text (read as before, not hidden as a menu).
    text = "Cyber defence\nAmbassador Jane Doe\nU.S. Mission to NATO\n\nAllies met today and agreed a plan."
    blocks, _header, _defects = segment(text)
    assert [b.kind for b in blocks] == ["body", "blank", "body"]


def test_menu_items() -> None:
    assert menu_like("Business Opportunities")
    assert not menu_like("Allies met today.")
    assert not menu_like("• 15 Nov. 2013 -")


@pytest.mark.parametrize(
    ("top", "publisher"),
    [
        ("Allied Air Command | Newsroom", "AIRCOM"),
        ("OTAN - Actualités", "NATO"),
        ("SHAPE | News", "SHAPE"),
        ("U.S. Mission to the North Atlantic Treaty Organization", "U.S. Mission to NATO"),
        ("NATO Review\nOpinion, analysis and debate on security issues", "NATO"),
    ],
)
def test_site_banners_with_a_section_or_a_tagline_are_no_title(top: str, publisher: str) -> None:
    text = top + "\n\nAllies agree a new plan for the Baltic\n\n21 September 2022\n\nThe Council met today."
    blocks, header, _defects = segment(text)
    assert (header.title, header.publisher) == ("Allies agree a new plan for the Baltic", publisher)
    assert [b.reason for b in blocks if b.kind == "boilerplate"] == ["site banner"]


def test_the_line_under_a_banner_is_the_title_when_a_dateline_follows_it() -> None:
    text = "SpaceWar.com - Your World At War\nNATO urges Russia to answer\nBrussels, March 14 (AFP) Mar 14, 2018\nText."
    assert segment(text)[1].title == "NATO urges Russia to answer"


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("World | Europe | Security | Opinion | Podcasts", True),
        ("Home | Our Relationship | Policy & History | News & Events", True),
        ("Sign in | Subscribe", True),
        ("10/22/2021 | Press release | Distributed by Public on 10/22/2021 05:41", False),
        ("NATO | Allies agree a new plan", False),
    ],
)
def test_menu_bars(line: str, chrome: bool) -> None:
    assert (chrome_reason(line) is not None) is chrome


def test_site_name_inside_a_menu_run_is_chrome() -> None:
    text = (
        "Skip to main content\nDefence Matters Weekly\nWorld | Europe | Security | Opinion\nSign in | Subscribe\n\n"
        "We use cookies to improve your experience. Accept all | Manage preferences\n\n"
        "‘We must be ready’, says NATO’s top military officer\n\n"
        "Published 18 Sep 2023, 07:00 | Updated 18 Sep 2023, 11:45\n\nThe Admiral spoke to us in Oslo."
    )
    header = segment(text)[1]
    assert header.title == "‘We must be ready’, says NATO’s top military officer"
    assert header.published is not None and header.published.isoformat()[:10] == "2023-09-18"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("An official website of the United States government", "site banner"),
        ("Here's how you know", "site banner"),
        ("Official websites use .gov A .gov website belongs to an official government organization", "site banner"),
        ("This is historical material “frozen in time”. The website is no longer updated.", "archive notice"),
        ("Search our content", "navigation"),
        ("Go to Homepage Go to Index", "navigation"),
        ("A A A", "navigation"),
        ("→", "navigation"),
        ("Advertisement", "advertisement"),
        ("We're hiring", "advertisement"),
        ("CrossRef citations to date", "article metrics"),
    ],
)
def test_site_chrome_lines_have_their_reason(line: str, reason: str) -> None:
    assert chrome_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    ["Search teams found the wreck.", "A plan was agreed", "Go to the summit with a plan", "Views differ on the plan."],
)
def test_sentences_like_site_chrome_are_not_chrome(line: str) -> None:
    assert chrome_reason(line) is None
