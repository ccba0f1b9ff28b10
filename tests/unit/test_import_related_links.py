"""Links headings ("Read more", "Related", "You may also like"): the heading and the link lines under it
go, and the article's prose after them stays, also in text with one paragraph per line and no blank
lines (review 3, finding B)."""

from __future__ import annotations

import pytest

from reader.articles.boilerplate import heads_links, line_rule, reads_as_prose
from reader.articles.importer import import_text

HEAD = "Port strike enters second week in Dalmar\n2026-06-02\n"
FIRST = "Dock workers in Dalmar extended their strike into a second week on Monday."
QUOTE = '"We will stay out until our demands are met," union leader Ivo Maric said.'
REST = (
    "The port handles about a third of the country's exports, officials said.",
    "Economists warned that fuel shortages could follow within days.",
)


def rules(article) -> list[tuple[str, str]]:
    return [(r.rule, r.text) for r in article.removed if r.rule not in ("title", "date")]


def one_per_line(*lines: str) -> str:
    return HEAD + "\n".join(lines) + "\n"


def test_read_more_with_a_headline_is_one_line_and_the_quote_after_it_stays():
    article = import_text(one_per_line(FIRST, "Read more: Dalmar port strike explained", QUOTE, *REST))
    assert article.body == (FIRST, QUOTE, *REST)
    assert rules(article) == [("related", "Read more: Dalmar port strike explained")]


def test_related_heading_drops_its_links_and_stops_at_the_quote():
    links = ("Port authority warns of losses", "Union leader arrested in Dalmar")
    article = import_text(one_per_line(FIRST, "Related:", *links, QUOTE, *REST))
    assert article.body == (FIRST, QUOTE, *REST)
    assert rules(article) == [("related", "Related:"), *(("related", link) for link in links)]


@pytest.mark.parametrize(
    "heading",
    ["Related", "Related:", "READ MORE", "Read more", "Related Articles", "You may also like", "Related stories:",
     "Related: Port authority warns of losses", "READ MORE: Dalmar port strike explained",
     "Read more | Dalmar port strike explained", "See also \u2013 Dalmar port strike explained"],
)
def test_prose_after_a_links_heading_stays(heading):
    article = import_text(one_per_line(FIRST, heading, QUOTE, *REST))
    assert article.body == (FIRST, QUOTE, *REST)
    assert rules(article) == [("related", heading)]


def test_reviewers_page_keeps_every_sentence_after_related_and_read_more():
    text = one_per_line(
        FIRST, "Tweet", "Related", "The ban follows similar measures in 2024.",
        "Critics said the government would lose", "Read more", "Email", "Veldia Times",
        "The interior ministry said the ban was temporary.",
        "Share your thoughts", "Reply", "Comments", "12 comments", 'The opposition called the ban "a digital curfew."',
    )
    article = import_text(text)
    assert article.body == (
        FIRST, "The ban follows similar measures in 2024.", "Critics said the government would lose",
        "The interior ministry said the ban was temporary.", 'The opposition called the ban "a digital curfew."',
    )
    assert [rule for rule, _ in rules(article)] == [
        "share", "related", "related", "share", "related", "comments", "comments", "comments", "comments",
    ]


def test_related_links_at_the_end_of_an_article_still_go():
    links = ("Port authority warns of losses", "Union leader arrested in Dalmar", "Fuel queues grow in the capital",
             "Why Dalmar's port matters")
    article = import_text(one_per_line(FIRST, QUOTE, "You may also like", *links))
    assert article.body == (FIRST, QUOTE)
    assert rules(article) == [("related", "You may also like"), *(("related", link) for link in links)]


def test_links_run_on_over_other_boilerplate_and_end_at_a_blank_line():
    text = HEAD + "\n".join([FIRST, "Related Articles", "Port authority warns of losses", "Advertisement",
                             "Union leader arrested in Dalmar", "", "What happens next", QUOTE]) + "\n"
    article = import_text(text)
    assert article.body == (FIRST, "What happens next", QUOTE)
    assert [rule for rule, _ in rules(article)] == ["related", "related", "advertisement", "related"]


def test_a_hard_wrapped_sentence_after_a_heading_is_not_a_link():
    text = one_per_line(FIRST, "Related", "The council approved the budget late on Wednesday after a debate",
                        "that lasted more than nine hours.")
    article = import_text(text)
    assert article.body[-1] == ("The council approved the budget late on Wednesday after a debate "
                                "that lasted more than nine hours.")


@pytest.mark.parametrize(
    "line",
    [
        # A headline never ends with a full stop: after the label this is a sentence, and it stays.
        "Related news: the minister resigned on Monday.",
        "Read more: The minister resigned on Monday. The vote is next week",
        "Related: union leader Ivo Maric said the strike would go on",
        "Related talks will be held in Geneva next month, the envoy said.",
        "More from the minister, who spoke on Monday, is expected.",
    ],
)
def test_a_label_before_a_sentence_is_prose(line):
    assert line_rule(line) is None
    article = import_text(one_per_line(FIRST, line, QUOTE))
    assert " ".join(article.body) == " ".join((FIRST, line, QUOTE)) and rules(article) == []


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Is the port strike over?",  # headlines may ask
        "READ MORE: 'Nowhere is safe': Dalmar's dock workers dig in",  # and quote
        "Related: Port authority warns of losses",
        "Read more: [Dalmar port strike explained](https://example.org/x)",
    ],
)
def test_a_label_before_a_headline_is_one_line_of_boilerplate(line):
    assert line_rule(line) == "related"
    article = import_text(one_per_line(FIRST, line, *REST))
    assert article.body == (FIRST, *REST)


def test_only_a_heading_alone_heads_a_list_of_links():
    assert heads_links("Related") and heads_links("READ MORE:") and heads_links("You might also like")
    assert not heads_links("Read more: Dalmar port strike explained")
    assert not heads_links("Related talks will be held in Geneva")


@pytest.mark.parametrize(
    "line, prose",
    [
        ("Port authority warns of losses", False),
        ("Union says strike will go on", False),
        ("Why Russia’s navy wants a Turkish port", False),  # an apostrophe is no quotation
        ("U.S. Army moves to the border", False),
        ("The ban follows similar measures in 2024.", True),
        ("Is the port strike over?", True),
        ("Critics said the government would lose", True),
        ('The opposition called the ban "a digital curfew"', True),
        ("‘We stay out’: the union digs in", True),
        ("that lasted more than nine hours", True),
        ("Officials met. Talks failed", True),
        ("A headline " + "very " * 20 + "long", True),
    ],
)
def test_what_reads_as_prose(line, prose):
    assert reads_as_prose(line) is prose
