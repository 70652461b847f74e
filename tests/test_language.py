"""Language detection from function words in the body."""

from __future__ import annotations

import pytest

from nato_press._structure._language import detect_language
from nato_press._structure._segment import segment


def language_of(text: str) -> str | None:
    return detect_language(text, segment(text)[0])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("NATO Defence Ministers met today and agreed to strengthen the deterrence of the Alliance.", "en"),
        ("Les ministres de la Défense de l'OTAN se sont réunis et ont adopté un plan pour la dissuasion.", "fr"),
        (
            "Die Verteidigungsminister der NATO haben sich getroffen und einen Plan für die Abschreckung beschlossen.",
            "de",
        ),
    ],
)
def test_each_language(text: str, language: str) -> None:
    assert language_of(text) == language


def test_english_article_with_german_and_french_chrome_is_english() -> None:
    text = (
        "Mehr zum Thema\n\nLire le texte complet\n\nTeilen\n\n"
        "The Council condemned the attacks and called on Russia to stop them. It is the first time that the "
        "Allies have used this wording.\n\nPartager\n\nWeiterlesen"
    )
    assert language_of(text) == "en"


def test_german_digest_with_english_quotes_is_german() -> None:
    text = (
        "Q2/2021 - NATO\nAm 26. Mai 2021 eröffnete der Generalsekretär die neue Akademie in Oeiras. Die Mission der "
        "Akademie ist „to manage and deliver education and training services to NATO and the nations“. Sie hat über "
        "100 Angestellte und wird Außenstellen in Den Haag haben. Die Einrichtung war bereits 2017 beschlossen worden."
    )
    assert language_of(text) == "de"


@pytest.mark.parametrize("text", ["", "   ", "NATO", "12345 67890", "“”«»"])
def test_undecidable_texts_give_none(text: str) -> None:
    assert language_of(text) is None


def test_only_the_first_characters_of_a_long_body_are_read() -> None:
    # A French opening and a long English tail: the opening decides, so the cost stays bounded.
    text = "Les Alliés ont adopté la déclaration et le plan de la défense. " * 30 + "The Allies met. " * 2000
    assert language_of(text) == "fr"
