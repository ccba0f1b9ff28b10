"""Boilerplate rules of the importer: share/like/print and follow lines go, the outlet's masthead goes,
and sentences that merely start like them stay."""

from __future__ import annotations

import pytest

from reader.articles.boilerplate import line_rule, masthead
from reader.articles.importer import import_text


def rules(article) -> list[tuple[str, str]]:
    return [(r.rule, r.text) for r in article.removed]


@pytest.mark.parametrize(
    "line",
    [
        "Like", "Like:", "Share", "Share:", "Tweet", "Print", "Email", "E-mail", "Save", "Pin it", "Copy link",
        "Like us on Facebook", "Like us on Facebook!", "Find us on Instagram", "Join us on Telegram",
        "Connect with us on LinkedIn", "Share on Facebook", "Share on Facebook (Opens in new window)",
        "Share via Email", "Post to Reddit", "Share this article", "Share this story:", "Print this page",
        "Print this article", "Print this", "Printer-friendly version", "Print version", "Email this story",
        "Email this article to a friend", "Send to a friend", "Tweet this", "Like this:", "Like Loading...",
        "Facebook Twitter WhatsApp Email", "Share: Facebook | Twitter | LinkedIn", "Facebook", "WhatsApp",
        "1,204 shares", "Shares 12", "Click to print (Opens in new window)", "Click to email a link to a friend",
    ],
)
def test_share_like_and_print_lines_are_share_boilerplate(line):
    assert line_rule(line) == "share"


@pytest.mark.parametrize(
    "line",
    [
        "Follow us", "Follow us on Twitter", "Follow us on Twitter and Instagram", "Follow us on X: @ledger",
        "Follow me @janedoe", "Follow Al Jazeera on X", "Follow the BBC on Facebook", "Follow us for more news",
        "Subscribe now", "Subscribe to our newsletter", "Sign up for our daily newsletter",
        "Sign up to our newsletter here.", "Join our Telegram channel",
        "Join our WhatsApp group for the latest updates", "Join our mailing list",
    ],
)
def test_follow_and_subscribe_lines_are_follow_boilerplate(line):
    assert line_rule(line) == "follow"


@pytest.mark.parametrize(
    "line",
    [
        # They start like a share, like or print button and go on as sentences.
        "Like many other towns on the river, Millbrook grew around its plant.",
        "Like us, the neighbours had no warning.",
        "Like father, like son.",
        "Like it or not, the plant will reopen.",
        "Print media lost readers.",
        "Print this page and bring it to the polling station, officials said.",
        "Printing presses ran all night to meet the demand.",
        "The council voted to print this page of the budget in every newspaper.",
        "Share prices fell sharply on Monday.",
        "Share prices",
        "Shares in Teller Chemicals fell 12%.",
        "Email is the main channel, he said.",
        "Emails show the managers knew.",
        "Tweet by tweet, the campaign grew.",
        "Facebook said it would appeal the fine.",
        "Twitter and Facebook removed the posts.",
        "Save the Children sent a team.",
        "Follow the money, the investigator said.",
        "Follow me to the door, he told the inspector.",
        "Follow us into the forest, the guide said.",
        "Follow-up inspections are due in May.",
        "Send in the troops, the senator demanded.",
        "Share on the open market fell to 20%.",
        "Send to prison by a military court, he appealed.",
        "Like us on Facebook, the company urged its customers in a letter.",
        "Join our reporters on the channel crossing to Calais.",
        "Sign up for the newsletter rose 40% last year.",
        "Join us, the rebels told the villagers on Telegram.",
        "Follow me for more details on the plan, she said.",
    ],
)
def test_sentences_that_start_like_boilerplate_stay(line):
    assert line_rule(line) is None
    article = import_text(f"A title\n\n{line}\n", date="2023-02-06", outlet="Daily Ledger")
    assert article.body == (line,) and rules(article) == [("title", "A title")]


def test_the_reviewers_page_loses_every_share_like_follow_and_print_line():
    page = ("Test title here\n2026-01-01\nBody sentence one is here.\nLike us on Facebook\nShare on Facebook\n"
            "Follow us on Twitter\nPrint this page\nShare this article\nLike\nBody sentence two.\n")
    article = import_text(page, outlet="X")
    assert article.body == ("Body sentence one is here.", "Body sentence two.")
    assert rules(article)[2:] == [
        ("share", "Like us on Facebook"), ("share", "Share on Facebook"), ("follow", "Follow us on Twitter"),
        ("share", "Print this page"), ("share", "Share this article"), ("share", "Like"),
    ]


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("The Daily Ledger", "The Daily Ledger"),
        ("The Daily Ledger", "Daily Ledger"),
        ("DAILY LEDGER", "The Daily Ledger"),
        ("the daily ledger", "Daily Ledger"),
        ("Press TV", "Press TV"),
    ],
)
def test_masthead_matches_the_outlet_ignoring_case_and_a_leading_the(line, outlet):
    assert masthead(line, outlet)


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("The Daily Ledger reported the fire first.", "The Daily Ledger"),
        ("Daily Ledger staff", "Daily Ledger"),
        ("The Ledger", "The Daily Ledger"),
        ("The", "The Daily Ledger"),
        ("Anything", ""),
    ],
)
def test_masthead_is_only_the_outlet_name(line, outlet):
    assert not masthead(line, outlet)


LEDGER = """\
Chemical fire exposes safety lapses at Teller plant, workers say
The Daily Ledger
Published: March 16, 2026
Workers at the Teller plant warned managers for months, according to employees who spoke to The Daily Ledger.
Fire Chief Daniel Ruiz said crews faced "a very dangerous situation".
"""


def test_the_outlets_masthead_near_the_top_is_dropped_and_recorded():
    article = import_text(LEDGER, outlet="Daily Ledger")
    assert article.body[0].startswith("Workers at the Teller plant") and len(article.body) == 2
    assert ("masthead", "The Daily Ledger", 2) in [(r.rule, r.text, r.line) for r in article.removed]


def test_a_masthead_above_the_headline_is_not_the_title():
    page = "THE DAILY LEDGER\nChemical fire exposes safety lapses\n\nWorkers walked out.\n"
    article = import_text(page, outlet="Daily Ledger", date="2026-03-16")
    assert article.title == "Chemical fire exposes safety lapses"
    assert rules(article) == [("masthead", "THE DAILY LEDGER"), ("title", "Chemical fire exposes safety lapses")]


def test_front_matter_outlet_names_the_masthead():
    page = "---\ntitle: Fire at plant\noutlet: Daily Ledger\n---\n\nThe Daily Ledger\n\nWorkers walked out.\n"
    article = import_text(page, date="2026-03-16", markdown=True)
    assert article.body == ("Workers walked out.",) and ("masthead", "The Daily Ledger") in rules(article)


def test_the_outlet_name_stays_without_an_outlet_or_far_down_the_page():
    page = "Fire at plant\n\nUnknown\n\nWorkers walked out.\n"
    assert import_text(page, date="2026-03-16").body == ("Unknown", "Workers walked out.")  # the default outlet
    body = [f"Paragraph number {n} of the story." for n in range(1, 13)]
    page = "Fire at plant\n\n" + "\n".join(body) + "\nThe Daily Ledger\n"
    article = import_text(page, outlet="The Daily Ledger", date="2026-03-16")
    assert article.body[-1] == "The Daily Ledger"  # past the top of the page: a paragraph of the article
