"""Quotes: every mark style, apostrophes, split and multi-paragraph quotes, what is not speech."""

from __future__ import annotations

import pytest
import regex

from nato_press._people import find_people
from nato_press._records import Block, BlockKind, Defect, Footnote, Header, Quote, Span, Speaker

_BLANK_RUN = regex.compile(r"\n[ \t]*+(?:\n[ \t]*+)++")


def blocks_of(text: str, title_lines: int = 0) -> list[Block]:
    """Body blocks split at blank lines; the first *title_lines* blocks are titles."""
    blocks: list[Block] = []
    pos = 0
    paragraphs = 0
    for m in _BLANK_RUN.finditer(text):
        if m.start() > pos:
            kind: BlockKind = "title" if paragraphs < title_lines else "body"
            blocks.append(Block(kind=kind, span=Span(start=pos, end=m.start())))
            paragraphs += 1
        blocks.append(Block(kind="blank", span=Span(start=m.start(), end=m.end())))
        pos = m.end()
    if pos < len(text):
        last: BlockKind = "title" if paragraphs < title_lines else "body"
        blocks.append(Block(kind=last, span=Span(start=pos, end=len(text))))
    return blocks


def people(
    text: str, *, title_lines: int = 0, footnotes: tuple[Footnote, ...] = ()
) -> tuple[list[Speaker], list[Quote], list[Defect]]:
    header = Header()
    if title_lines:
        end = text.find("\n")
        end = len(text) if end < 0 else end
        header = Header(title=text[:end], title_span=Span(start=0, end=end))
    return find_people(text, blocks_of(text, title_lines), header, [], list(footnotes))


def quotes_of(text: str, **kwargs: int) -> list[tuple[str, str | None]]:
    _, quotes, _ = people(text, **kwargs)  # type: ignore[arg-type]
    for q in quotes:
        assert text[q.span.start : q.span.end] == q.text
    return [(q.text, q.speaker) for q in quotes]


def persons_of(text: str) -> list[str]:
    speakers, _, _ = people(text)
    return [s.name for s in speakers if s.kind == "person"]


SPEAKER = "NATO Secretary General Jens Stoltenberg said on Monday that Allies were ready. "


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("“", "”"),
        ('"', '"'),
        ("„", "“"),
        ("«", "»"),
        ("« ", " »"),
        ("“ ", " ”"),
        ("‘", "’"),
        ("“", "“"),
        ('"', "”"),
        ("„", "”"),
        ("“", '"'),
        ("‚", "‘"),
        ("”", "”"),
    ],
)
def test_every_mark_style_pairs(opening: str, closing: str) -> None:
    text = f"{SPEAKER}He added: {opening}We will defend every inch of Allied territory{closing}, he said."
    assert quotes_of(text) == [("We will defend every inch of Allied territory", "Jens Stoltenberg")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Alliance’s plans and the Allies’ forces won’t change since the ’90s, rock ’n’ roll.",
        "The Alliance's plans and the Allies' forces won't change since the '90s, rock 'n' roll.",
        "It is NATO’s job; the ‘90s are over and the Allies’ view is clear.",
    ],
)
def test_apostrophes_are_not_quote_marks(sentence: str) -> None:
    text = f"{SPEAKER}{sentence} “We stand together, all of us,” he said."
    assert quotes_of(text) == [("We stand together, all of us,", "Jens Stoltenberg")]


def test_quote_split_around_its_attribution_gives_two_quotes() -> None:
    text = f'{SPEAKER}"We will start the work today", he said, "and we will finish it together."'
    assert quotes_of(text) == [
        ("We will start the work today", "Jens Stoltenberg"),
        ("and we will finish it together.", "Jens Stoltenberg"),
    ]


def test_british_multi_paragraph_quote_is_one_quote() -> None:
    text = (
        f"{SPEAKER}Mr Stoltenberg said: “The first paragraph runs on.\n\n"
        "“The second paragraph reopens.\n\n"
        "“The last one closes”, Mr Stoltenberg said."
    )
    _, quotes, defects = people(text)
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.text.startswith("The first paragraph runs on.")
    assert quote.text.endswith("The last one closes")
    assert "\n\n“The second paragraph reopens." in quote.text
    assert quote.speaker == "Jens Stoltenberg"
    assert defects == []


def test_continuation_paragraph_keeps_the_previous_speaker() -> None:
    text = (
        "General Tod D. Wolters, Supreme Allied Commander Europe, spoke to troops.\n\n"
        "“We are ready to act at any time,” General Wolters said.\n\n"
        "“Our forces are trained, equipped and ready for the mission.”"
    )
    assert quotes_of(text) == [
        ("We are ready to act at any time,", "Tod D. Wolters"),
        ("Our forces are trained, equipped and ready for the mission.", "Tod D. Wolters"),
    ]


def test_unclosed_quote_recovers_at_the_end_of_its_paragraph() -> None:
    text = f"{SPEAKER}He said: “We will never give up on this.\n\nThe meeting ended. “We are united,” he added."
    _, quotes, defects = people(text)
    assert [q.text for q in quotes] == ["We will never give up on this.", "We are united,"]
    assert quotes[0].close_mark is None
    assert [d.code for d in defects] == ["unclosed-quote"]
    assert defects[0].span is not None and text[defects[0].span.start] == "“"


def test_truncated_text_inside_a_quote_gives_only_a_defect() -> None:
    text = f"{SPEAKER}“We are determined to continue,” he said. “We will be there for as long as necessary, bu"
    _, quotes, defects = people(text)
    assert [q.text for q in quotes] == ["We are determined to continue,"]
    assert [d.code for d in defects] == ["unclosed-quote"]


@pytest.mark.parametrize(
    "sentence",
    [
        "It is the Alliance’s “backbone” for the years ahead.",
        "Allies named the project “DIANA” last year.",
        "Envoys attended a “Friends of Libya” summit in Paris.",
        "He talked about the ‘speed of relevance’ of the Alliance.",
        "The command provides ‘out-of-theatre’ support.",
        "Russia relies on so-called “hybrid warfare tactics” in the region.",
        "Mr. Stoltenberg said the “Readiness Action Plan” was working.",
    ],
)
def test_names_terms_and_scare_quotes_are_not_speech(sentence: str) -> None:
    assert quotes_of(f"The ministers met in Brussels. {sentence}") == []


def test_a_capitalised_quote_after_a_colon_is_speech() -> None:
    assert quotes_of(f"{SPEAKER}He said: “Welcome to Brussels”.") == [("Welcome to Brussels", "Jens Stoltenberg")]


def test_short_double_quote_in_a_paragraph_about_a_speaker_is_kept() -> None:
    text = f"{SPEAKER}Allies want to send a “very clear message” to Moscow."
    assert quotes_of(text) == [("very clear message", "Jens Stoltenberg")]


def test_nested_quotes_give_the_outer_one() -> None:
    text = f"{SPEAKER}“He told me ‘we are ready to go’ and I believed him,” said Mr Stoltenberg."
    assert quotes_of(text) == [("He told me ‘we are ready to go’ and I believed him,", "Jens Stoltenberg")]


def test_ellipsis_and_translation_notes_stay_in_the_quote() -> None:
    text = (
        "General Lanata, Supreme Allied Commander Transformation, mentioned the “important contribution of ACT "
        "[…] and support (translated from French) for the work.”"
    )
    assert quotes_of(text) == [
        ("important contribution of ACT […] and support (translated from French) for the work.", "Lanata")
    ]


def test_headline_quotes_go_to_the_main_speaker() -> None:
    text = (
        "NATO issues warning over ‘dangerous threat’ to Allies\n\n"
        "NATO Secretary General Jens Stoltenberg warned of new risks. "
        "“We must invest more in defence,” Mr Stoltenberg said."
    )
    assert quotes_of(text, title_lines=1) == [
        ("dangerous threat", "Jens Stoltenberg"),
        ("We must invest more in defence,", "Jens Stoltenberg"),
    ]


def test_quotes_in_a_footnote_go_to_the_statement_author() -> None:
    body = "In a statement, the NATO Council condemned the attacks.[1]\n\n"
    note = "[1] Statement by the North Atlantic Council, Brussels, 3 June 2020: „We stand united as Allies.“"
    text = body + note
    footnote = Footnote(label="1", text=note, span=Span(start=len(body), end=len(text)))
    _, quotes, _ = people(text, footnotes=(footnote,))
    assert [(q.text, q.speaker) for q in quotes] == [("We stand united as Allies.", "North Atlantic Council")]


def test_quote_records_carry_marks_cue_and_partial() -> None:
    text = f"{SPEAKER}Mr. Stoltenberg praised the “bravery and determination” of the troops."
    _, quotes, _ = people(text)
    (quote,) = quotes
    assert (quote.open_mark, quote.close_mark, quote.cue, quote.partial) == ("“", "”", "praised", True)
    assert quote.cue_span is not None and text[quote.cue_span.start : quote.cue_span.end] == "praised"


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n\t", '"', "“" * 50, '"' * 1001, "‘’" * 30, "«»" * 40, "\x00\x01“a b”\r\n\r\n\ud7ff", "“a\n\n“b\n\n“c"],
)
def test_odd_inputs_never_raise(text: str) -> None:
    _, quotes, defects = people(text)
    for q in quotes:
        assert text[q.span.start : q.span.end] == q.text
    for d in defects:
        assert d.span is None or 0 <= d.span.start <= d.span.end <= len(text)


def test_a_title_among_header_lines_is_still_read() -> None:
    title = "Stoltenberg warns of ‘dangerous threat’ to Allies"
    body = "NATO Secretary General Jens Stoltenberg spoke. “We must invest more in defence,” he said."
    text = f"{title}\n\n{body}"
    blocks = [
        Block(kind="header", span=Span(start=0, end=len(title))),
        Block(kind="blank", span=Span(start=len(title), end=len(title) + 2)),
        Block(kind="body", span=Span(start=len(title) + 2, end=len(text))),
    ]
    header = Header(title=title, title_span=Span(start=0, end=len(title)))
    _, quotes, _ = find_people(text, blocks, header, [], [])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("dangerous threat", "Jens Stoltenberg"),
        ("We must invest more in defence,", "Jens Stoltenberg"),
    ]


def test_headline_words_quoted_in_the_body_go_to_who_said_them() -> None:
    text = (
        "Allies warn of ‘new era of danger’ for Europe\n\n"
        "NATO Secretary General Jens Stoltenberg spoke first. “We must invest more in defence,” he said. "
        "“And we will,” he added. “This is a new era of danger for all of us,” said Admiral Rob Bauer."
    )
    assert quotes_of(text, title_lines=1)[0] == ("new era of danger", "Rob Bauer")


def test_a_cited_title_in_a_note_is_not_a_quote() -> None:
    body = "Allies adapt their posture.[1]\n\n"
    note = '[1] See "How the Alliance adapts to a more dangerous world", NATO Review, 2021.'
    text = body + note
    blocks = [
        Block(kind="body", span=Span(start=0, end=len(body) - 2)),
        Block(kind="blank", span=Span(start=len(body) - 2, end=len(body))),
        Block(kind="notes", span=Span(start=len(body), end=len(text))),
    ]
    footnote = Footnote(label="1", text=note, span=Span(start=len(body), end=len(text)))
    _, quotes, _ = find_people(text, blocks, Header(), [], [footnote])
    assert quotes == []


def test_a_quote_left_open_before_a_new_one_is_cut_there() -> None:
    text = f'{SPEAKER}He said "we are ready for this. "We will act now," he added.'
    _, quotes, defects = people(text)
    assert [(q.text, q.close_mark) for q in quotes] == [("we are ready for this.", None), ("We will act now,", '"')]
    assert [d.code for d in defects] == ["unclosed-quote"]


def test_balanced_quotes_inside_a_quote_stay_nested() -> None:
    text = f"{SPEAKER}“It is a “new” era. “Really” new,” he said."
    assert quotes_of(text) == [("It is a “new” era. “Really” new,", "Jens Stoltenberg")]


def test_narrative_in_between_ends_a_continuation() -> None:
    text = (
        f"{SPEAKER}“We are ready to act at any time,” he said.\n\n"
        "The ministers then discussed the budget for the coming year.\n\n"
        "“The budget will grow by two percent in real terms next year.”"
    )
    assert quotes_of(text) == [
        ("We are ready to act at any time,", "Jens Stoltenberg"),
        ("The budget will grow by two percent in real terms next year.", None),
    ]


def notes_document(body: str, notes: list[str]) -> tuple[str, list[Block], list[Footnote]]:
    """*body*, then a "Notes" block holding one numbered line per note; the footnotes of it."""
    text = body + "\n\nNotes\n"
    blocks = [
        Block(kind="body", span=Span(start=0, end=len(body))),
        Block(kind="blank", span=Span(start=len(body), end=len(body) + 2)),
    ]
    notes_start = len(body) + 2
    footnotes: list[Footnote] = []
    for number, note in enumerate(notes, 1):
        line = f"{number}. {note}"
        footnotes.append(Footnote(label=str(number), text=line, span=Span(start=len(text), end=len(text) + len(line))))
        text += line + "\n"
    blocks.append(Block(kind="notes", span=Span(start=notes_start, end=len(text))))
    return text, blocks, footnotes


@pytest.mark.parametrize(
    ("closing", "after"),
    [
        ('."', "2"),
        ('."', "3 It commits Allies to more."),
        ('."', "14\n\nNew paragraph."),
        (".’", "2 Then he left."),
        (".”", "¹ Then he left."),
        ("”", "²³, and more."),
    ],
)
def test_a_flattened_note_number_after_a_closing_mark_closes_the_quote(closing: str, after: str) -> None:
    opening = {'."': '"', ".’": "‘", ".”": "“", "”": "“"}[closing]
    text = (
        f"{SPEAKER}He called it {opening}a blueprint for a more dangerous world{closing}{after} "
        f"Mr Stoltenberg also said {opening}we are ready for every threat{closing[-1]}."
    )
    _, quotes, defects = people(text)
    assert [q.text for q in quotes] == [
        "a blueprint for a more dangerous world" + closing[:-1],
        "we are ready for every threat",
    ]
    assert defects == []


@pytest.mark.parametrize("quote", ['"20 nations will join," he said.', '"3 brigades are ready," he said.'])
def test_a_quote_opening_with_a_number_still_opens(quote: str) -> None:
    assert [t for t, _ in quotes_of(SPEAKER + quote)] == [quote.split('"')[1]]


def test_cited_titles_in_notes_are_not_quotes_but_quoted_statements_are() -> None:
    body = "Allies agreed a new concept.1 Mr Stoltenberg welcomed it.2 The Council condemned the attacks.3"
    text, blocks, footnotes = notes_document(
        body,
        [
            'NATO, "Strategic Concept for the Defence and Security of the Members of the Alliance," adopted '
            "at the Lisbon Summit, 19 November 2010 (https://www.nato.int/cps/en/natohq/official_texts_68580.htm).",
            'The White House, "Remarks by President Biden and NATO Secretary General Jens Stoltenberg Before '
            'Bilateral Meeting," 28 June 2022 (https://www.whitehouse.gov/briefing-room/).',
            "Statement by the North Atlantic Council on the attacks, 19 July 2021: “Allies stand in solidarity "
            "with those affected by the attacks.” https://www.nato.int/cps/en/natohq/news_185863.htm",
        ],
    )
    _, quotes, _ = find_people(text, blocks, Header(), [], footnotes)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Allies stand in solidarity with those affected by the attacks.", "North Atlantic Council")
    ]


@pytest.mark.parametrize(
    "introduction",
    [
        "President Sauli Niinistö put it well this morning:",
        "President Sauli Niinistö was very clear this morning:",
        "Our President, Sauli Niinistö, summed up the day in Helsinki last week:",
        "President Sauli Niinistö wrote on Monday:",
        "President Sauli Niinistö tweeted:",
        "President Sauli Niinistö concluded:",
        "President Sauli Niinistö added in a tweet:",
    ],
)
def test_the_subject_of_a_sentence_ending_in_a_colon_says_the_quote(introduction: str) -> None:
    text = f"Finland joined the Alliance today. {introduction} “The era of non-alignment has come to an end.”"
    speakers, quotes, _ = people(text)
    assert [(q.text, q.speaker) for q in quotes] == [("The era of non-alignment has come to an end.", "Sauli Niinistö")]
    assert [s.name for s in speakers] == ["Sauli Niinistö"]


def test_a_colon_after_a_sentence_without_a_person_gives_no_speaker() -> None:
    text = "The meeting ended late. The conclusions were clear this morning: “Allies will do more, and faster.”"
    assert quotes_of(text) == [("Allies will do more, and faster.", None)]


@pytest.mark.parametrize(
    "appositive",
    ["one of the most vocal supporters of Kyiv", "a former defence minister", "who chairs the meeting"],
)
def test_name_before_a_lower_case_appositive_is_the_subject(appositive: str) -> None:
    text = f'Prime Minister Kaja Kallas, {appositive}, said European countries had "wasted precious time" in 2023.'
    assert quotes_of(text) == [("wasted precious time", "Kaja Kallas")]
    assert persons_of(text) == ["Kaja Kallas"]


@pytest.mark.parametrize("words", ["European countries had", "Allied nations must", "German officials were"])
def test_capitalised_words_after_said_begin_its_clause_not_its_subject(words: str) -> None:
    text = f'In Brussels, officials said {words} "wasted precious time" on the matter.'
    assert persons_of(text) == []


@pytest.mark.parametrize(
    "role",
    ["the NATO chief said that", "NATO's chief said", "the alliance's top civilian said", "the NATO boss said"],
)
def test_news_descriptions_of_the_secretary_general_stand_for_him(role: str) -> None:
    text = (
        "NATO Secretary-General Jens Stoltenberg on Wednesday urged Allies to act.\n\n"
        f'Asked about the comments, {role} any such suggestion "undermines all of our security."'
    )
    assert quotes_of(text) == [("undermines all of our security.", "Jens Stoltenberg")]


def test_nato_chief_in_a_headline_is_the_secretary_general_named_below() -> None:
    text = (
        "NATO chief says allies must 'step up' ammunition production\n\n"
        "NATO Secretary-General Jens Stoltenberg on Wednesday urged the members to act."
    )
    assert quotes_of(text, title_lines=1) == [("step up", "Jens Stoltenberg")]


def test_a_chief_of_another_body_is_not_the_secretary_general() -> None:
    text = (
        "NATO Secretary-General Jens Stoltenberg on Wednesday urged Allies to act.\n\n"
        'The army chief said the troops were "ready for anything that comes."'
    )
    assert [s for _, s in quotes_of(text)] == [None]


def test_a_headline_wholly_in_quote_marks_is_the_title_not_a_quote() -> None:
    text = '"Statement from the Minister on the elections held in the region"\n\nThe Minister welcomed the vote.'
    _, quotes, _ = people(text, title_lines=1)
    assert quotes == []


def test_markdown_link_title_and_a_titled_report_are_no_quotes() -> None:
    text = (
        'The centre published a report titled "Why small states matter more than ever today".\n\n'
        '[Read the report - Centre](/reports/2024/small-states/ "Why small states matter more than ever")'
    )
    _, quotes, _ = people(text)
    assert quotes == []
