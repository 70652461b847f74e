"""The header: title, dateline families, publisher, reference, kind."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from nato_press import find_dates
from nato_press._records import Header
from nato_press._structure._segment import segment
from nato_press._structure._title_kind import title_kind
from nato_press._structure._titles import byline_like, continuation_like, digest_period, title_like

BODY = "\n\nAllies agreed on a new plan for the defence of the Alliance, the spokesperson said.\n"


def header_of(text: str) -> Header:
    return segment(text)[1]


def fields(header: Header, *names: str) -> dict[str, Any]:
    return {name: getattr(header, name) for name in names}


@pytest.mark.parametrize(
    ("head", "published", "updated"),
    [
        # nato.int, one line
        ("07 Nov. 2017 - | Last updated: 07 Nov. 2017 11:17", dt.date(2017, 11, 7), dt.datetime(2017, 11, 7, 11, 17)),
        # nato.int, bullet list
        (
            "  • 24 Jun. 2017 -\n  • |\n  • Last updated: 25 Jun. 2017 09:01",
            dt.date(2017, 6, 24),
            dt.datetime(2017, 6, 25, 9, 1),
        ),
        # nato.int, a date range: published is the range start
        (
            "  • 19 Sep. 2014 - 21 Sep. 2014\n  • |\n  • Last updated: 22 Sep. 2014 18:12",
            dt.date(2014, 9, 19),
            dt.datetime(2014, 9, 22, 18, 12),
        ),
        # French nato.int header
        (
            "  • 12 juin 2020 -\n  • |\n  • Mis à jour le: 12 juin 2020 10:00",
            dt.date(2020, 6, 12),
            dt.datetime(2020, 6, 12, 10, 0),
        ),
        # only "Last updated": the page is dated by it
        ("Last updated 25-May-2017 09:01", dt.datetime(2017, 5, 25, 9, 1), dt.datetime(2017, 5, 25, 9, 1)),
        # place and date
        ("Brussels, 3 June 2020", dt.date(2020, 6, 3), None),
        # bare date line under the title
        ("December 13, 2018", dt.date(2018, 12, 13), None),
        # aggregator: "Posted:"
        ("Posted: 11/16/2010", dt.date(2010, 11, 16), None),
    ],
)
def test_dateline_families_give_published_and_updated(
    head: str, published: dt.date | None, updated: dt.datetime | None
) -> None:
    header = header_of("Allies agree a new plan\n\n" + head + BODY)
    assert header.title == "Allies agree a new plan"
    assert _stamp(header.published, header.published_time) == published
    assert _stamp(header.updated, header.updated_time) == updated
    # The day is always a plain date, whether or not a time of day was written.
    assert type(header.published) is dt.date


def _stamp(day: dt.date | None, time: dt.time | None) -> dt.date | None:
    """The header's day, as a datetime when the header also states a time of day."""
    return day if day is None or time is None else dt.datetime.combine(day, time)


@pytest.mark.skipif(not find_dates("24 May. 2017"), reason="the date grammar does not read 'May.' yet")
def test_nato_int_writes_may_with_a_period() -> None:
    header = header_of(
        "Allies agree a new plan\n\n  • 24 May. 2017 -\n  • |\n  • Last updated: 25 May. 2017 09:01" + BODY
    )
    assert header.published == dt.date(2017, 5, 24)
    assert (header.updated, header.updated_time) == (dt.date(2017, 5, 25), dt.time(9, 1))


def test_published_and_updated_spans_slice_to_their_dates() -> None:
    text = "Allies agree a new plan\n\n07 Nov. 2017 - | Last updated: 08 Nov. 2017 11:17" + BODY
    header = header_of(text)
    assert header.published_span is not None and header.updated_span is not None
    assert header.published_span.slice(text) == "07 Nov. 2017"
    assert header.updated_span.slice(text).startswith("08 Nov. 2017")
    assert header.title_span is not None and header.title_span.slice(text) == "Allies agree a new plan"


def test_nato_press_release_reference_and_issue_date() -> None:
    text = (
        "Secretary General announces dates for the next Summit\n\n  • 15 Nov. 2013 -\n  • |\n"
        "  • Press Release (2013) 127\n  • Issued on 15 Nov. 2013\n  • |\n  • Last updated: 15 Nov. 2013 14:48" + BODY
    )
    header = header_of(text)
    assert fields(header, "kind", "reference", "publisher", "published") == {
        "kind": "press_release",
        "reference": "Press Release (2013) 127",
        "publisher": "NATO",
        "published": dt.date(2013, 11, 15),
    }


def test_aggregator_header_before_the_title() -> None:
    text = (
        "NATO - North Atlantic Treaty Organisation\n\n"
        "10/22/2021 | Press release | Distributed by Public on 10/22/2021 05:41\n\n"
        "Allies sign the Innovation Fund agreement" + BODY
    )
    header = header_of(text)
    assert header.title == "Allies sign the Innovation Fund agreement"
    assert header.published is not None and header.published.isoformat()[:10] == "2021-10-22"
    assert fields(header, "publisher", "distributor", "kind") == {
        "publisher": "NATO",
        "distributor": "Public",
        "kind": "press_release",
    }


def test_title_words_outrank_the_aggregator_label() -> None:
    text = (
        "10/22/2021 | Press release | Distributed by Public on 10/22/2021 05:41\n\n"
        "Press conference by the Secretary General" + BODY
    )
    assert header_of(text).kind == "transcript"


def test_republished_wire_line() -> None:
    text = "National\n\nCouncil condemns the test\n\n\nBELGIUM–(ENEWSPF)–12 February 2013." + BODY
    header = header_of(text)
    assert fields(header, "title", "published", "place", "publisher", "distributor", "kind") == {
        "title": "Council condemns the test",
        "published": dt.date(2013, 2, 12),
        "place": "Belgium",
        "publisher": "ENEWSPF",
        "distributor": "ENEWSPF",
        "kind": "republished",
    }


def test_agency_dateline_under_a_site_banner() -> None:
    text = (
        "SpaceWar.com - Your World At War\nNATO urges Russia to answer\nBrussels, March 14 (AFP) Mar 14, 2018\n"
        "All 29 allies urged Russia on Wednesday to answer."
    )
    header = header_of(text)
    assert fields(header, "title", "published", "place", "publisher", "distributor") == {
        "title": "NATO urges Russia to answer",
        "published": dt.date(2018, 3, 14),
        "place": "Brussels",
        "publisher": "AFP",
        "distributor": "SpaceWar.com",
    }


def test_wire_dateline_opening_the_first_paragraph() -> None:
    text = (
        "NATO Extends Operations\n\n"
        "WASHINGTON, Sept. 21, 2011 — NATO will extend its mission, the Secretary General said.\n"
    )
    header = header_of(text)
    assert fields(header, "published", "place", "kind") == {
        "published": dt.date(2011, 9, 21),
        "place": "Washington",
        "kind": "republished",
    }
    assert header.published_span is not None and header.published_span.slice(text) == "Sept. 21, 2011"


def test_bylines_between_title_and_wire_dateline_are_header() -> None:
    text = (
        "NATO Extends Operations\n\nBy Karen Parrish\nAmerican Forces Press Service\n\n"
        "WASHINGTON, Sept. 21, 2011 — NATO will extend its mission, the Secretary General said.\n"
    )
    blocks, header, _ = segment(text)
    assert header.published == dt.date(2011, 9, 21)
    assert [b.kind for b in blocks if b.kind != "blank"] == ["title", "header", "body"]


def test_title_continued_on_the_very_next_line() -> None:
    text = "Keynote speech\nby NATO Deputy Secretary General at the GLOBSEC Forum\n\n  • 12 Jun. 2022 -" + BODY
    header = header_of(text)
    assert header.title == "Keynote speech by NATO Deputy Secretary General at the GLOBSEC Forum"
    assert header.kind == "speech"


def test_nato_body_banner_above_the_title() -> None:
    text = "Allied Command Transformation\n\nPosted on: 12 May 2020\n\nACT hosts innovation challenge" + BODY
    header = header_of(text)
    assert (header.title, header.publisher, header.published) == (
        "ACT hosts innovation challenge",
        "ACT",
        dt.date(2020, 5, 12),
    )


def test_short_title_directly_above_a_paragraph() -> None:
    text = "NATO urges Russia to answer\nAll 29 NATO countries urged Russia on Wednesday to answer the questions."
    assert header_of(text).title == "NATO urges Russia to answer"
    # Two short lines in a row are not a title and a paragraph.
    assert header_of("NATO urges Russia\nAllies agree on a plan\n\nThe Council met.").title is None


def test_a_date_inside_the_first_sentence_is_not_a_dateline() -> None:
    text = "Brunssum, Netherlands - On Monday 28 November 2016, the Council visited the Command.\nGeneral Farina spoke."
    header = header_of(text)
    assert header.published is None
    assert header.title is None


def test_title_with_a_leading_date_and_a_byline_block() -> None:
    text = (
        "May 18, 2016: Ambassador’s Pre-Ministerial Telephonic Press Briefing\n\nAmbassador Douglas Lute\n\n"
        "U.S. Permanent Representative to NATO\n\nTelephone Press Briefing\n\nMay 18, 2016\n\n\n"
        " Moderator:  Thank you very much, and greetings to everyone.\n"
    )
    blocks, header, _ = segment(text)
    assert header.title == "May 18, 2016: Ambassador’s Pre-Ministerial Telephonic Press Briefing"
    assert header.published == dt.date(2016, 5, 18)
    assert header.kind == "transcript"
    assert [b.kind for b in blocks if b.kind != "blank"] == ["title", "header", "header", "header", "header", "body"]


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            "Monthly press briefing\n\nby NATO Secretary General Anders Fogh Rasmussen",
            "Monthly press briefing by NATO Secretary General Anders Fogh Rasmussen",
        ),
        (
            "Press Conference by the Supreme Allied Commander Europe\n\nfollowing the meeting in Vilnius, Lithuania",
            "Press Conference by the Supreme Allied Commander Europe following the meeting in Vilnius, Lithuania",
        ),
    ],
)
def test_title_on_two_lines_is_joined(head: str, title: str) -> None:
    text = head + "\n\n  • 03 Nov. 2011\n  • |\n  • Last updated: 03 Nov. 2011 19:26" + BODY
    header = header_of(text)
    assert header.title == title
    assert header.kind == "transcript"
    assert header.title_span is not None and header.title_span.slice(text) == head


def test_digest_period_header_is_the_title_and_gives_no_date() -> None:
    text = (
        "Q2/2020 - NATO\n\nStatement concerning malicious cyber activities, 3 June 2020\n\n"
        "In a statement the Council spoke."
    )
    header = header_of(text)
    assert fields(header, "title", "kind", "published") == {
        "title": "Q2/2020 - NATO",
        "kind": "digest",
        "published": None,
    }


@pytest.mark.parametrize(
    "text",
    [
        "NATO Defence Ministers met by secure video conference on 17 June 2020, making decisions.\n\nMore text.",
        "NATO MULTIMEDIA ACCOUNT\n\nRegister\n\nThe Director General met his counterpart on 3 June 2020.\n",
        "Allies met today.\nNATO MARITIME ASSETS PLAY KEY ROLE\nThe ships exercise on 3 June 2020.",
    ],
)
def test_article_that_starts_with_a_paragraph_has_no_title_and_no_date(text: str) -> None:
    header = header_of(text)
    assert header.title is None
    assert header.published is None
    assert header.kind == "news"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Press conference by NATO Secretary General Jens Stoltenberg", "transcript"),
        ("Doorstep statement by the Secretary General", "transcript"),
        ("Joint press point with the Prime Minister of Norway", "transcript"),
        ("Transcript of the press briefing", "transcript"),
        ("Speech by NATO Deputy Secretary General at the Munich Conference", "speech"),
        ("Remarks by the Chair of the Military Committee", "speech"),
        ("Keynote address at the Riga Conference", "speech"),
        ("Statement by the North Atlantic Council on Syria", "statement"),
        ("NAC statement on the nuclear test", "statement"),
        ("Secretary General previews preparations for Lisbon Summit", None),
        ("NATO and the EU sign joint declaration", None),
        ("Minister's remarks spark debate in parliament", None),
        ("Joint declaration on EU-NATO cooperation", "statement"),
        ("Opening remarks", "speech"),
        ("Conférence de presse du secrétaire général", "transcript"),
        ("Discours du secrétaire général de l'OTAN", "speech"),
    ],
)
def test_title_words_give_the_kind(title: str, kind: str | None) -> None:
    assert title_kind(title) == kind


def test_kind_defaults() -> None:
    assert header_of("").kind == "other"
    assert header_of("Share\n\nPrint").kind == "other"
    assert header_of("Allies met today in Brussels.").kind == "news"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Q2/2020 - NATO", True),
        ("H1 2021 – Cyber policy", True),
        ("2. Quartal 2020", True),
        ("Q2 results were good.", False),
    ],
)
def test_digest_period(line: str, expected: bool) -> None:
    assert digest_period(line) is expected


def test_line_shape_predicates() -> None:
    assert title_like("NATO urges restraint")
    assert not title_like("Allies met today.")
    assert not title_like("MODERATOR:")
    assert not title_like("lower-case start is a continuation")
    assert continuation_like("by NATO Secretary General Anders Fogh Rasmussen")
    assert not continuation_like("By the end of the year the plan was ready.")
    assert byline_like("U.S. Permanent Representative to NATO")
    assert not byline_like("This is a full sentence of the article that goes on and on and on and on.")


def test_header_date_never_comes_from_the_body() -> None:
    text = "Allies agree a new plan\n\nThe plan was agreed on 17 June 2020 in Brussels, the ministers said.\n"
    assert header_of(text).published is None


def test_updated_before_published_is_a_defect() -> None:
    text = "Allies agree a new plan\n\n07 Nov. 2017 - | Last updated: 05 Nov. 2017 11:17" + BODY
    _blocks, header, defects = segment(text)
    assert header.published == dt.date(2017, 11, 7)
    assert [d.code for d in defects] == ["updated-before-published"]


# ---------------------------------------------------------------- datelines opening the first paragraph


@pytest.mark.parametrize(
    ("first_paragraph", "place", "published", "dated"),
    [
        # an organisation's own release: the date in brackets after a dash
        ("SHAPE, Mons, Belgium – (Mar. 14, 2024) Supreme Allied Commander Europe visited Poland.",
         "SHAPE, Mons, Belgium", dt.date(2024, 3, 14), "Mar. 14, 2024"),
        # the date between dashes
        ("Capellen, Luxembourg – 21 September 2023 – The Agency has signed framework contracts.",
         "Capellen, Luxembourg", dt.date(2023, 9, 21), "21 September 2023"),
        # the date in brackets after the place, then a dash
        ("NAPLES, Italy (Nov. 3, 2023) – The Joint Force Command hosted a conference.",
         "NAPLES, Italy", dt.date(2023, 11, 3), "Nov. 3, 2023"),
        # place, comma, date, dash
        ("Brussels, 3 June 2020 – The Council met by video conference.", "Brussels", dt.date(2020, 6, 3),
         "3 June 2020"),
        # a double hyphen for the dash
        ("MONS, Belgium, 12 May 2021 -- Allied commanders met.", "MONS, Belgium", dt.date(2021, 5, 12),
         "12 May 2021"),
    ],
)
def test_dated_dateline_opening_the_first_paragraph(
    first_paragraph: str, place: str, published: dt.date, dated: str
) -> None:
    text = "Allied commanders meet in Europe\n\n" + first_paragraph + "\n\nMore text followed."
    header = header_of(text)
    assert (header.place, header.published) == (place, published)
    assert header.published_span is not None and header.published_span.slice(text) == dated


@pytest.mark.parametrize(
    ("first_paragraph", "place", "publisher"),
    [
        # a wire date without its year: the place and the agency, no publication date
        ("BRUSSELS, Feb 12 (Reuters) - NATO allies agreed on a new plan.", "Brussels", "Reuters"),
        ("BRUSSELS (Reuters) - NATO allies agreed on a new plan.", "Brussels", "Reuters"),
        # a place alone, in the capitals of a dateline, with a country or a double dash
        ("MONS, Belgium -- Allied commanders met on a new plan.", "MONS, Belgium", None),
        ("BRUSSELS -- Allied commanders met on a new plan.", "Brussels", None),
    ],
)
def test_undated_dateline_gives_the_place(first_paragraph: str, place: str, publisher: str | None) -> None:
    header = header_of("Allies agree a new plan\n\n" + first_paragraph)
    assert (header.place, header.publisher, header.published) == (place, publisher, None)


@pytest.mark.parametrize(
    "first_paragraph",
    [
        "NATO - Allies agree on a new plan for the defence of the Alliance.",
        "NATO Headquarters - a busy day for the Council.",
        "Brunssum, Netherlands - On Monday 28 November 2016, the Council visited the Command.",
        "The Council met on 3 June 2020 – a Wednesday – to agree the plan.",
    ],
)
def test_openings_that_are_no_dateline(first_paragraph: str) -> None:
    header = header_of("Allies agree a new plan\n\n" + first_paragraph)
    assert (header.place, header.published) == (None, None)


def test_an_organisations_own_dateline_is_not_wire_copy() -> None:
    own = header_of("Agency signs contract\n\nCapellen, Luxembourg – 21 September 2023 – The Agency signed.")
    wire = header_of("Agency signs contract\n\nWASHINGTON, Sept. 21, 2023 — The Agency signed.")
    assert (own.kind, wire.kind) == ("news", "republished")


# ------------------------------------------------------------------------ front matter, headings, header zone


def test_yaml_front_matter_is_a_header_block_with_an_unescaped_title() -> None:
    text = (
        '---\ndate: \'2024-07-05\'\ntags: press-briefings\ntitle: "Call on the Alliance\\_Summit \\"Now\\"\\u2019s\\\n'
        '  \\ Agenda at\\_NATO"\n---\n \nMODERATOR:  Good afternoon.\n'
    )
    blocks, header, _ = segment(text)
    assert header.title == "Call on the Alliance Summit \"Now\"’s Agenda at NATO"
    assert header.published == dt.date(2024, 7, 5)
    assert header.published_span is not None and header.published_span.slice(text) == "2024-07-05"
    assert header.title_span is None  # an escaped title has no span that reads as it
    kinds = [(b.kind, b.span.slice(text)[:3]) for b in blocks if b.kind != "blank"]
    assert kinds[0] == ("header", "---") and kinds[-1] == ("body", "MOD")
    assert all(b.kind != "body" for b in blocks if b.span.start < text.index("MODERATOR"))


def test_a_rule_opening_prose_is_no_front_matter() -> None:
    text = "---\nAllies met today and agreed on a plan.\n---\n\nMore text follows here."
    assert header_of(text).title is None


def test_markdown_heading_title_drops_its_marks() -> None:
    text = "## Sverige i Nato – året som gått\n\nDen 7 mars 2024 inträdde Sverige."
    header = header_of(text)
    assert header.title == "Sverige i Nato – året som gått"
    assert header.title_span is not None and header.title_span.slice(text) == header.title


@pytest.mark.parametrize(
    "chrome",
    [
        "An official website of the United States government\nHere’s how you know",
        "Search our content",
        "Advertisement",
        "A- A A+",
        "↑",
        "856\nViews\n2\nCrossRef citations to date\nArticles",
    ],
)
def test_site_chrome_above_the_headline_is_never_the_title(chrome: str) -> None:
    header = header_of(chrome + "\n\nAllies open the northern exercise" + BODY)
    assert header.title == "Allies open the northern exercise"


def test_headline_run_above_a_dateline_is_one_title_but_bylines_stay_header() -> None:
    text = (
        "Allies open the northern exercise\nThe Joint Force Command leads the opening in the north\n\n"
        "  • 16 May. 2018 -\n  • |\n  • Last updated: 16 May. 2018 11:17" + BODY
    )
    header = header_of(text)
    assert header.title == "Allies open the northern exercise The Joint Force Command leads the opening in the north"
    assert header.published == dt.date(2018, 5, 16)
    byline = "Remarks at the Press Briefing\nAmbassador Anna Verhoef\nPermanent Representative\n\nDecember 13, 2018"
    assert header_of(byline + BODY).title == "Remarks at the Press Briefing"


@pytest.mark.parametrize(
    ("head", "title", "published"),
    [
        ("Allies open the exercise, 05 APR 2023", "Allies open the exercise", dt.date(2023, 4, 5)),
        (" date 2025-09-12 Allies open the exercise", "Allies open the exercise", dt.date(2025, 9, 12)),
        ("Updated: 22 October 1999 KFOR Press Releases\n\n21 Oct. 1999\n\nVisit of the Council", "Visit of the Council",
         dt.date(1999, 10, 21)),
        ("NATO Press Release\n(2008)021\n17 feb. 2008\nStatement\non the vote held in the\nregion\n17\nFebruary 2008",
         "Statement on the vote held in the region", dt.date(2008, 2, 17)),
        ("Remarks by the Envoy at the Forum\nHarbour Hotel\nPortmoor, Wales\n4:50 P.M. BST",
         "Remarks by the Envoy at the Forum", None),
        ("New Commander visits the Command\n\nThe Commander speaks at the base, Nov. 9, 2017. (NATO photo by A. Bee)\n"
         "NOV 9, 2017", "New Commander visits the Command", dt.date(2017, 11, 9)),
    ],
)
def test_header_zone_shapes(head: str, title: str, published: dt.date | None) -> None:
    header = header_of(head + BODY)
    assert (header.title, header.published) == (title, published)


def test_bracketed_dateline_glued_to_its_dash() -> None:
    header = header_of("Exercise begins\n\nLANDCOM (March 3, 2020)—The exercise began today in the north.")
    assert header.published == dt.date(2020, 3, 3)


@pytest.mark.parametrize(
    ("head", "title", "published"),
    [
        ("Conférence de presse conjointe\ndu ministre et du secrétaire général – Observations\n- French\n- English",
         "Conférence de presse conjointe du ministre et du secrétaire général – Observations", None),
        ("Northern Policy Institute\n\nFuture of the Alliance", "Future of the Alliance", None),
        ("19 Feb. 1999\n\n\nby the Council on the northern region", "by the Council on the northern region",
         dt.date(1999, 2, 19)),
        ("Press\nRelease\n(1999) 099\n\n18 June 1999\n\nStatement to the Press\n\nby the Chairman\n"
         "following the meeting",
         "Statement to the Press by the Chairman following the meeting", dt.date(1999, 6, 18)),
        (" date 2025-04-04  Skip to main content\nAllies agree a plan", "Allies agree a plan", dt.date(2025, 4, 4)),
        ("Harbour Summit Communiqué\n\nIssued by the Heads of State and Government in Portmoor 12 June 2025\n\n"
         "  • 12 Jun. 2025 -", "Harbour Summit Communiqué Issued by the Heads of State and Government in Portmoor "
         "12 June 2025", dt.date(2025, 6, 12)),
    ],
)
def test_more_header_zone_shapes(head: str, title: str, published: dt.date | None) -> None:
    header = header_of(head + BODY)
    assert (header.title, header.published) == (title, published)


@pytest.mark.parametrize(
    ("lede", "published"),
    [
        ("(04.04.2024) 75 años de su fundación, con una ceremonia.", dt.date(2024, 4, 4)),
        ("Anna Verhoef, Portmoor, den 19 november 2025. Talet hölls på engelska.", dt.date(2025, 11, 19)),
        ("On 8 January 2023 the Minister spoke at the conference.", None),  # an event's date, not the page's
        ("Allies met on 8 January 2023, the spokesperson said.", None),
    ],
)
def test_lede_datelines_without_a_place(lede: str, published: dt.date | None) -> None:
    assert header_of("Allies agree a plan\n\n" + lede).published == published


def test_labelled_date_after_a_participant_list() -> None:
    text = (
        "Future of the Alliance Panel\n\nAnna Verhoef,\nDirector of\nNorthern Policy Institute\n\n"
        "Location: Harbour Forum\nDate: Wednesday, September 3, 2014\n\n"
        "The panel discussed the readiness of the forces."
    )
    blocks, header, _ = segment(text)
    assert header.published == dt.date(2014, 9, 3)
    assert [b.kind for b in blocks if b.span.slice(text).startswith("Date:")] == ["header"]
