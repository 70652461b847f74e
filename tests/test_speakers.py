"""Speakers: names, ranks, titles, appositives, bodies, pronouns, and who is merely mentioned."""

from __future__ import annotations

import pytest

from nato_press._people import find_people
from nato_press._records import Header, Span, Speaker, Turn

from .test_quotes import blocks_of, people


def persons(text: str, **kwargs: int) -> list[str]:
    speakers, _, _ = people(text, **kwargs)  # type: ignore[arg-type]
    return [s.name for s in speakers if s.kind == "person"]


def speaker(text: str, name: str) -> Speaker:
    speakers, _, _ = people(text)
    (found,) = [s for s in speakers if s.name == name]
    return found


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (
            "“We are ready to act,” said Commodore Ilias Raptis, Commander Maritime Air NATO.",
            "Ilias Raptis",
            ("Commodore", "Commander Maritime Air NATO"),
        ),
        (
            "“The force posture is balanced,” said Rear Admiral T.G. Marx, Commander SNMG1.",
            "T.G. Marx",
            ("Rear Admiral", "Commander SNMG1"),
        ),
        (
            "General Lanata, Supreme Allied Commander Transformation, declared: “We adapt to every shock.”",
            "Lanata",
            ("General", "Supreme Allied Commander Transformation"),
        ),
        (
            "General Philip M. Breedlove said: “We had a great summit in Wales this year.”",
            "Philip M. Breedlove",
            ("General",),
        ),
        (
            "Ursula von der Leyen, President of the European Commission, said: “Europe stands with you.”",
            "Ursula von der Leyen",
            ("President of the European Commission",),
        ),
        (
            "In his speech, the Chair of the NATO Military Committee, Admiral Rob Bauer, stressed that "
            "“our militaries must adapt to the new environment”.",
            "Rob Bauer",
            ("Admiral", "Chair of the NATO Military Committee"),
        ),
        (
            "NATO-Generalsekretär Jens Stoltenberg sagte bei der Eröffnung, dass die NATO stark sei.",
            "Jens Stoltenberg",
            ("NATO-Generalsekretär",),
        ),
    ],
)
def test_names_ranks_titles_and_roles(text: str, name: str, titles: tuple[str, ...]) -> None:
    found = speaker(text, name)
    assert found.kind == "person"
    assert found.titles == titles


def test_role_before_the_name_and_bracketed_acronym() -> None:
    text = (
        "The Director General of the NATO International Military Staff (IMS), Lieutenant General "
        "Hans-Werner Wiermann (DGIMS) chaired the meeting. “We have a coordinated approach to security,” "
        "underscored Lieutenant General Wiermann."
    )
    found = speaker(text, "Hans-Werner Wiermann")
    assert found.titles == ("Lieutenant General", "Director General of the NATO International Military Staff")
    assert found.acronym == "DGIMS"


@pytest.mark.parametrize(
    "later",
    [
        "“We will do more together,” Mr Stoltenberg said.",
        "“We will do more together,” said Secretary-General Stoltenberg.",
        "“We will do more together,” the Secretary General said.",
        "“We will do more together,” he said.",
        "“We will do more together,” Stoltenberg added today.",
    ],
)
def test_mentions_join_into_the_fullest_name(later: str) -> None:
    text = f"NATO Secretary General Jens Stoltenberg met the ministers in Brussels on Monday. {later}"
    _, quotes, _ = people(text)
    assert [q.speaker for q in quotes] == ["Jens Stoltenberg"]


def test_he_is_the_subject_of_the_sentence_before_not_the_last_name() -> None:
    text = (
        "NATO Secretary General Jens Stoltenberg met with Dutch Prime Minister Mark Rutte in The Hague. "
        "“We agree on the next steps for the Alliance,” he said."
    )
    assert persons(text) == ["Jens Stoltenberg"]


def test_mr_with_a_compound_family_name() -> None:
    text = (
        "NATO Secretary General Anders Fogh Rasmussen visited Lisbon. "
        "“The transition will begin next year,” said Mr Fogh Rasmussen."
    )
    assert persons(text) == ["Anders Fogh Rasmussen"]


@pytest.mark.parametrize(
    "text",
    [
        "NATO Secretary General Jens Stoltenberg met with Dutch Prime Minister Mark Rutte in The Hague. "
        "Mr. Stoltenberg said the Netherlands were a committed Ally.",
        "US Secretary of Defense James Mattis will chair a meeting. Secretary General Jens Stoltenberg said Allies "
        "would meet again.",
        "The Council, chaired by NATO Deputy Secretary General Rose Gottemoeller, visited the command. "
        "According to Secretary General Jens Stoltenberg, cyber-attacks increased by 60 percent.",
    ],
)
def test_people_merely_mentioned_are_not_speakers(text: str) -> None:
    assert persons(text) == ["Jens Stoltenberg"]


def test_speech_verb_without_quotes_makes_a_speaker() -> None:
    text = "EU President Donald Tusk said earlier on Wednesday that Russia was behind the attack."
    found = speaker(text, "Donald Tusk")
    assert found.titles == ("President",)
    assert found.organisation == "EU"


def test_organisations_speak_but_are_kept_apart_from_persons() -> None:
    text = (
        "All NATO countries urged Russia to answer questions.\n\n"
        '"Allies expressed deep concern at the attack," said the statement by the North Atlantic Council, '
        "which groups NATO allies.\n\n"
        '"Allies offered their support in the investigation", they added.\n\n'
        '"Allies agreed that the attack was a clear breach of norms," the statement said.'
    )
    speakers, quotes, _ = people(text)
    assert {q.speaker for q in quotes} == {"North Atlantic Council"}
    assert [(s.name, s.kind) for s in speakers] == [("North Atlantic Council", "organisation")]


@pytest.mark.parametrize("alias", ["the NATO Council", "the Council", "the North Atlantic Council", "NAC"])
def test_council_aliases_join(alias: str) -> None:
    text = f"“We condemn these malicious cyber activities,” {alias} said in a statement."
    _, quotes, _ = people(text)
    assert [q.speaker for q in quotes] == ["North Atlantic Council"]


def test_motto_of_a_body_is_its_quote() -> None:
    text = (
        "Am 26. Mai 2021 eröffnete der Generalsekretär die neue NATO-Cyberakademie in Oeiras.\n\n"
        "Das Motto der Akademie lautet „Smart Training for Smart Defence“. Die Vision der NATO-Cyberakademie "
        "ist „to develop and deliver world-class training across the enterprise“."
    )
    _, quotes, _ = people(text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Smart Training for Smart Defence", "NATO-Cyberakademie"),
        ("to develop and deliver world-class training across the enterprise", "NATO-Cyberakademie"),
    ]


def test_first_person_text_is_spoken_by_the_person_its_title_names() -> None:
    text = (
        "NATO Secretary General announces dates for the Summit\n\n"
        "I am pleased to announce that the next NATO Summit will take place in September.\n\n"
        "Press Conference NATO Secretary General Anders Fogh Rasmussen"
    )
    assert persons(text, title_lines=1) == ["Anders Fogh Rasmussen"]


def test_statement_in_the_first_person_plural_has_no_person() -> None:
    text = (
        "North Atlantic Council Strongly Condemns Nuclear Test\n\n"
        "We condemn in the strongest terms the test of a nuclear weapon."
    )
    assert persons(text, title_lines=1) == []


def test_turn_speakers_are_speakers_and_quotes_in_turns_attribute_normally() -> None:
    first = "Good morning. Thank you for coming."
    second = 'Good morning. A young man called Ibrahim told me: "We are one people, we are Libyans."'
    text = f"Oana Lungescu (NATO Spokesperson): {first}\n\nAnders Fogh Rasmussen: {second}"
    s1 = text.index(first)
    s2 = text.index(second)
    turns = [
        Turn(
            speaker="Oana Lungescu", text=first, span=Span(start=s1, end=s1 + len(first)), titles=("NATO Spokesperson",)
        ),
        Turn(speaker="Anders Fogh Rasmussen", text=second, span=Span(start=s2, end=s2 + len(second))),
    ]
    speakers, quotes, _ = find_people(text, blocks_of(text), Header(), turns, [])
    assert [(q.text, q.speaker) for q in quotes] == [("We are one people, we are Libyans.", "Ibrahim")]
    assert [s.name for s in speakers] == ["Oana Lungescu", "Anders Fogh Rasmussen", "Ibrahim"]
    assert speakers[0].titles == ("NATO Spokesperson",)


def test_i_in_a_labelled_turn_is_its_speaker() -> None:
    said = "It means what I said. I told the ministers: “We stand united as Allies.”"
    text = f"Q: What does it mean?\n\nJENS STOLTENBERG (NATO Secretary General): {said}"
    start = text.index(said)
    turns = [
        Turn(speaker="Q", text="What does it mean?", span=Span(start=3, end=21), is_person=False, is_question=True),
        Turn(speaker="Jens Stoltenberg", text=said, span=Span(start=start, end=len(text))),
    ]
    speakers, quotes, _ = find_people(text, blocks_of(text), Header(), turns, [])
    assert [(q.text, q.speaker) for q in quotes] == [("We stand united as Allies.", "Jens Stoltenberg")]
    assert [s.name for s in speakers] == ["Q", "Jens Stoltenberg"]


def test_role_only_turn_speakers_are_speakers_under_their_role() -> None:
    # GOLD-RULES: a role-only label ("Moderator", "Q") is a speaker under that role word.
    text = "MODERATOR: Baltic News, please."
    turn = Turn(speaker="Moderator", text="Baltic News, please.", span=Span(start=11, end=len(text)), is_person=False)
    speakers, _, _ = find_people(text, blocks_of(text), Header(), [turn], [])
    assert [s.name for s in speakers] == ["Moderator"]


def test_mentions_record_where_a_speaker_is_named() -> None:
    text = "NATO Secretary General Jens Stoltenberg spoke. “We are ready,” Mr. Stoltenberg said."
    found = speaker(text, "Jens Stoltenberg")
    assert all(text[m.span.start : m.span.end] == m.text for m in found.mentions)
    assert "Mr. Stoltenberg" in [m.text for m in found.mentions]


@pytest.mark.parametrize(
    "text",
    [
        "NATO-Generalsekretär Jens Stoltenberg war in Berlin. In seiner Rede betonte Stoltenberg: "
        "„Wir stehen zusammen und bleiben stark.“",
        "NATO-Generalsekretär Jens Stoltenberg war in Berlin. „Wir stehen zusammen und bleiben stark“, sagte er.",
        "NATO-Generalsekretär Jens Stoltenberg war in Berlin. „Wir stehen zusammen und bleiben stark“, so Stoltenberg.",
        "Le Secrétaire général Jens Stoltenberg était à Paris. Selon M. Stoltenberg, « nous restons unis et forts ».",
        "Le Secrétaire général Jens Stoltenberg était à Paris. « Nous restons unis », a déclaré M. Stoltenberg.",
    ],
)
def test_german_and_french_cues(text: str) -> None:
    speakers, quotes, _ = people(text)
    assert [q.speaker for q in quotes] == ["Jens Stoltenberg"]
    assert [s.name for s in speakers] == ["Jens Stoltenberg"]


@pytest.mark.parametrize(
    ("inverted", "verb"),
    [
        ("a-t-il affirmé", "a pour sa part estimé"),
        ("déclare-t-il", "a également déclaré"),
        ("a-t-elle ajouté", "a dit"),
    ],
)
def test_french_inverted_pronoun_is_the_last_person_subject(inverted: str, verb: str) -> None:
    text = (
        "Le secrétaire général Jens Stoltenberg a rencontré le président Emmanuel Macron. "
        "« La France est un Allié engagé », a déclaré M. Stoltenberg.\n\n"
        f"Le président Macron {verb} que l'Alliance devait clarifier ses objectifs. "
        f"« Notre ennemi commun, ce sont les groupes terroristes », {inverted}."
    )
    speakers, quotes, _ = people(text)
    assert [q.speaker for q in quotes] == ["Jens Stoltenberg", "Emmanuel Macron"]
    assert quotes[1].cue is not None and quotes[1].cue.startswith(inverted.split()[0])
    assert sorted(s.name for s in speakers) == ["Emmanuel Macron", "Jens Stoltenberg"]


@pytest.mark.parametrize(
    "phrase",
    [
        "les propos du président Macron sur la",
        "les paroles du président Macron sur la",
        "the comments by President Macron on the",
    ],
)
def test_the_words_of_a_person_about_a_term_are_theirs(phrase: str) -> None:
    text = f"Le président Emmanuel Macron était à Londres. Le sommet vient après {phrase} « mort cérébrale » de l'OTAN."
    assert [(q.text, q.speaker) for q in people(text)[1]] == [("mort cérébrale", "Emmanuel Macron")]


@pytest.mark.parametrize("adverb", ["Zugleich", "Außerdem", "Dabei", "Zudem", "Abschließend", "Gleichzeitig", "Dann"])
@pytest.mark.parametrize("verb", ["betonte", "sagte", "meinte", "warnte"])
def test_german_sentence_adverb_before_the_verb_is_no_name(adverb: str, verb: str) -> None:
    text = (
        "NATO-Generalsekretär Jens Stoltenberg erklärte im Anschluss an die Sitzung, die Lage sei ernst. "
        f"{adverb} {verb} er: „Wir müssen die Lehren aus dem Einsatz ziehen.“"
    )
    speakers, quotes, _ = people(text)
    assert [q.speaker for q in quotes] == ["Jens Stoltenberg"]
    assert [s.name for s in speakers] == ["Jens Stoltenberg"]


def test_the_council_of_a_text_naming_the_north_atlantic_council_is_it() -> None:
    text = (
        "Am 19. Juli 2021 veröffentlichte der North Atlantic Council (NAC) eine Erklärung. Der Rat bekräftigte "
        "darin die Beschlüsse des Gipfeltreffens vom 14. Juni 2021 und erklärte, die Bündnispartner seien "
        "entschlossen, „das gesamte Spektrum an Fähigkeiten aktiv einzusetzen“."
    )
    speakers, quotes, _ = people(text)
    assert [q.speaker for q in quotes] == ["North Atlantic Council"]
    assert [(s.name, s.kind) for s in speakers] == [("North Atlantic Council", "organisation")]


def test_a_council_is_not_the_north_atlantic_council_in_a_text_that_does_not_name_it() -> None:
    text = (
        "Der Rat der Stadt tagte am Montag. Der Rat bekräftigte die Beschlüsse und erklärte, "
        "„wir bauen die Brücke neu“."
    )
    _, quotes, _ = people(text)
    assert [q.speaker for q in quotes] == ["Rat"]


@pytest.mark.parametrize("verb", ["continued his visit to Kyiv", "concluded the meeting", "went on to Warsaw"])
def test_verbs_that_give_words_only_with_quote_marks_make_no_speaker_alone(verb: str) -> None:
    assert persons(f"NATO Secretary General Jens Stoltenberg {verb} on Monday.") == []
    text = f"NATO Secretary General Jens Stoltenberg {verb.split()[0]}: “We stand with Ukraine.”"
    assert persons(text) == ["Jens Stoltenberg"]


@pytest.mark.parametrize(
    "title",
    ["le secrétaire général, Jens Stoltenberg", "le secrétaire général de l’OTAN, Jens Stoltenberg"],
)
def test_french_name_after_a_lower_case_title_and_a_comma_follows_the_verb(title: str) -> None:
    text = f"« L’OTAN garantit la liberté de près d’un milliard de personnes », a déclaré {title}, hier."
    _, quotes, _ = people(text)
    assert [q.speaker for q in quotes] == ["Jens Stoltenberg"]


@pytest.mark.parametrize(
    ("opening", "pronoun"),
    [
        (
            "Le secrétaire d’État des États-Unis, Mike Pompeo, qui présidait la réunion, a salué les Alliés.",
            "a-t-il affirmé",
        ),
        ("Generalleutnant Mike Pompeo, Inspekteur der Luftwaffe, besuchte das Kontingent am 21. Mai.", "betonte er"),
    ],
)
def test_pronoun_after_a_quote_is_the_subject_the_sentence_before_opens_with(opening: str, pronoun: str) -> None:
    text = (
        "« Nous sommes la plus longue alliance de l’histoire », a déclaré Jens Stoltenberg.\n\n"
        f"{opening} « Dans quelques mois, nous serons trente autour de cette table », {pronoun}."
    )
    _, quotes, _ = people(text)
    assert [q.speaker for q in quotes] == ["Jens Stoltenberg", "Mike Pompeo"]


def test_pronoun_stays_with_the_speaker_when_the_sentence_before_opens_otherwise() -> None:
    text = (
        "“We will act,” Secretary General Jens Stoltenberg said. "
        "Asked about recent comments by former President Donald Trump, he paused. "
        "“We stand together,” he added."
    )
    _, quotes, _ = people(text)
    assert [q.speaker for q in quotes] == ["Jens Stoltenberg", "Jens Stoltenberg"]
    assert persons(text) == ["Jens Stoltenberg"]


@pytest.mark.parametrize("rank", ["Oberstleutnant", "Generalleutnant", "Hauptmann", "Fregattenkapitän", "Oberst"])
def test_german_ranks_are_titles_not_part_of_the_name(rank: str) -> None:
    text = f"„Unsere Alarmrotte steht rund um die Uhr bereit“, sagte {rank} Jens Brinkmann, Kommandeur des Kontingents."
    found = speaker(text, "Jens Brinkmann")
    assert found.titles[0] == rank


@pytest.mark.parametrize("obj", ["den deutschen Soldaten", "den Soldaten", "der Truppe"])
def test_german_noun_object_before_a_colon_is_not_the_speaker(obj: str) -> None:
    text = f"Der estnische Verteidigungsminister Kalle Laanet dankte {obj}: „Ihre Anwesenheit macht uns sicherer.“"
    _, quotes, _ = people(text)
    assert [q.speaker for q in quotes] == ["Kalle Laanet"]
    assert persons(text) == ["Kalle Laanet"]


@pytest.mark.parametrize("verb", ["has called", "called", "described", "dubbed", "termed"])
def test_a_person_whose_one_word_is_quoted_is_a_speaker(verb: str) -> None:
    text = f'President Joe Biden {verb} our commitment to Article 5 "sacred," and it is as strong as ever.'
    speakers, quotes, _ = people(text)
    assert quotes == []
    assert [s.name for s in speakers] == ["Joe Biden"]


def test_a_person_merely_mentioned_near_a_one_word_term_is_no_speaker() -> None:
    text = 'President Joe Biden visited the "backbone" of the Alliance in Poland.'
    speakers, _, _ = people(text)
    assert speakers == []


def test_byline_in_a_header_of_several_lines_names_the_speaker() -> None:
    text = (
        "NATO Press Release\n(2009)014\n12 May 2009\nStatement\nby the Secretary General\n"
        "on the elections in the region\n\n"
        "The Alliance welcomes the peaceful conduct of the elections.\n\n"
        "NATO calls on all parties to respect the outcome."
    )
    assert persons(text) == ["Secretary General"]


def test_byline_takes_the_named_person_and_a_genre_without_by_names_nobody() -> None:
    text = (
        "Remarks by Minister Ana Lobo at the Defence Forum\n\n"
        "The forum brought together experts from the region.\n\n"
        "Minister Ana Lobo thanked the organisers."
    )
    assert persons(text, title_lines=1) == ["Ana Lobo"]
    assert persons("Statement on the elections in the region\n\nThe Alliance welcomes the vote.") == []


def test_title_case_headline_name_is_cut_to_the_name_the_body_writes() -> None:
    text = (
        "Minister Lobo Praises Soldiers and Opens New Training Range\n\n"
        "“This range will serve us well,” the Minister said.\n\nMinister Ana Lobo opened the range on Monday."
    )
    assert persons(text, title_lines=1) == ["Ana Lobo"]


@pytest.mark.parametrize(
    "text",
    [
        "NATO Secretary General Mark Lind visited Riga.\n\n“We are ready to act,” the secretary general said.",
        "NATO Secretary General Mark Lind visited Riga.\n\n“We are ready to act,” said the secretary-general.",
        "Le secrétaire général de l'OTAN, Mark Lind, était à Riga.\n\n« Nous sommes prêts à agir », a déclaré "
        "le secrétaire général.",
        "Le Secrétaire général de l'OTAN Mark Lind était à Riga.\n\n« Nous sommes prêts à agir », a déclaré "
        "le secretaire general.",
    ],
)
def test_role_noun_in_lower_case_or_without_accents_is_the_person(text: str) -> None:
    _, quotes, _ = people(text)
    assert [q.speaker for q in quotes] == ["Mark Lind"]


def test_elided_article_before_a_capital_is_no_name() -> None:
    text = "La ministre Anna Berg a rappelé que l'Europe du Nord « reste une priorité absolue pour nous »."
    _, quotes, _ = people(text)
    assert [q.speaker for q in quotes] == ["Anna Berg"]
    assert persons("« La sécurité reste une priorité absolue pour nous », a rappelé l'Europe du Nord.") == []


def test_bare_initials_before_a_surname_are_part_of_the_name() -> None:
    assert persons("Spokesman PJ Crowe said the talks were useful. Crowe added that more would follow.") == [
        "PJ Crowe"
    ]
    assert persons("US President Ann Lee said the talks were useful.") == ["Ann Lee"]
