"""The importer: title, boilerplate, date and byline lines, captions, Markdown, ids; on the seeds and other pages."""

from __future__ import annotations

import pytest

from article_helpers import NEW_ARAB, PRESS_TV
from reader.articles.errors import CorpusError
from reader.articles.importer import import_file, import_text, make_id, slugify
from reader.articles.model import Caption
from reader.articles.schema import read_article
from reader.articles.store import save_article
from reader.paths import bundled_corpus
from reader.text.sanitize import clean

STORY = "turkey-russia-joint-ops-2016-08"


def rules(article) -> list[tuple[str, str]]:
    return [(r.rule, r.text) for r in article.removed]


# ---- the two seeds, as bundled ---------------------------------------------


def test_press_tv_seed():
    article = import_file(PRESS_TV, outlet="Press TV", date="2016-08-11", story=STORY)
    assert article.title == "Turkey calls for joint anti-Daesh operations with Russia"
    assert article.id == "press-tv-2016-08-11-turkey-calls-for-joint-anti-daesh-operations-with-russia"
    assert (article.outlet, article.date, article.story, article.language) == ("Press TV", "2016-08-11", STORY, "en")
    assert len(article.body) == 14  # one paragraph per source line
    assert article.body[0].startswith("has urged to conduct joint operations")  # as the page has it
    assert article.body[-1].startswith("Moscow, however, dismissed Ankara’s claims")
    assert article.captions == (
        Caption("Turkish Foreign Minister Mevlut Cavusoglu", "AP"),
        Caption(
            "Russian President Vladimir Putin (R) shakes hands with his Turkish counterpart, Recep Tayyip Erdogan, "
            "during their press conference in Konstantinovsky Palace outside Saint Petersburg, Russia, August 9, 2016.",
            "AFP",
        ),
    )
    assert rules(article) == [("title", article.title), ("comment-form", "Leave a Reply")]
    assert not any("©" in p or "Leave a Reply" in p for p in article.body)
    assert all(p == p.strip() for p in article.body)  # trailing no-break spaces gone
    assert article.original == clean(PRESS_TV.read_text(encoding="utf-8"))


def test_new_arab_seed():
    article = import_file(NEW_ARAB, outlet="The New Arab", date="2016-08-11", story=STORY)
    assert article.title == "Turkey offers Russia joint operations against IS in Syria"
    # The standfirst stays as the first paragraph; the repeated title does not.
    assert article.body[0] == (
        "Turkey's foreign minister says his country has called on Russia to carry out joint operations "
        "against the Islamic State group in Syria."
    )
    assert article.body.count(article.title) == 0
    assert "against Islamic State [IS] in Syria" in article.body[1]  # editorial [IS] stays literal
    assert any("anti-Daesh [IS] operations" in p for p in article.body)
    assert article.captions == (
        Caption("Vladimir Putin and Recep Tayyip Erdogan held crucial talks to end tensed relations", "Getty"),
    )
    assert rules(article) == [
        ("title", article.title),
        ("repeated-title", article.title),
        ("reading-time", "2 min read"),
        ("date", "11 August, 2016"),
        ("click-to-enlarge", "[Click to enlarge]"),
    ]
    assert [r.line for r in article.removed] == [1, 3, 5, 6, 22]
    assert len(article.body) == 16


def test_date_line_becomes_the_date_when_none_is_given():
    article = import_file(NEW_ARAB, outlet="The New Arab")
    assert article.date == "2016-08-11"
    assert article.story == article.id  # the default story: a story of one


def test_no_date_anywhere_asks_for_one():
    with pytest.raises(CorpusError, match="no date line found: give --date YYYY-MM-DD"):
        import_file(PRESS_TV, outlet="Press TV")


# ---- other pages -------------------------------------------------------------

WORDPRESS = """\
Harbour strike enters second week
Posted on March 3, 2021
By Maria Lopez
5 min read

Dock workers in Valparaíso extended their strike on Tuesday, halting container traffic.

Port authority photo of idle cranes (Photo: Reuters)

“We will stay out until the contract is signed,” union leader Jorge Pérez said.
Advertisement
Talks resume on Friday, officials said.

Share this:
Click to share on Twitter (Opens in new window)
Click to share on Facebook (Opens in new window)
Like this:
Like Loading...

Related
Port strike spreads to Antofagasta
Union calls for national day of action

Leave a Reply
Your email address will not be published. Required fields are marked *
Comment
Name *
"""


def test_wordpress_page():
    article = import_text(WORDPRESS, outlet="Coast Times")
    assert article.title == "Harbour strike enters second week"
    assert article.date == "2021-03-03"
    assert article.byline == "Maria Lopez"
    assert article.body == (
        "Dock workers in Valparaíso extended their strike on Tuesday, halting container traffic.",
        "“We will stay out until the contract is signed,” union leader Jorge Pérez said.",
        "Talks resume on Friday, officials said.",
    )
    assert article.captions == (Caption("Port authority photo of idle cranes", "Reuters"),)
    removed = rules(article)
    assert ("date", "Posted on March 3, 2021") in removed
    assert ("reading-time", "5 min read") in removed
    assert ("advertisement", "Advertisement") in removed
    assert ("share", "Click to share on Facebook (Opens in new window)") in removed
    assert ("related", "Port strike spreads to Antofagasta") in removed  # the rest of the related block
    assert ("comment-form", "Name *") in removed  # everything after "Leave a Reply"
    assert len(article.removed) == 17
    assert article.id == "coast-times-2021-03-03-harbour-strike-enters-second-week"


MARKDOWN = """\
---
title: "Floods close *schools* in Porto Alegre"
date: 2024-05-06
author: Ana Souza
url: https://example.org/floods
---

# Floods close *schools* in Porto Alegre

**Schools** across the city stay shut, the [mayor](https://example.org/mayor) said on _Monday_.
The river rose by two metres overnight and
kept rising.

![Flooded street](https://example.org/street.jpg)
Flooded street in the centre [AFP/Getty]

## What happens next

- Classes move online
- Shelters open in gyms

Read more: [Rains return](https://example.org/rains)
"""


def test_markdown_with_front_matter():
    article = import_text(MARKDOWN, outlet="Sul News")
    assert article.title == "Floods close schools in Porto Alegre"  # the front matter title, Markdown removed
    assert (article.date, article.byline, article.source_url) == ("2024-05-06", "Ana Souza", "https://example.org/floods")
    assert article.body == (
        "Schools across the city stay shut, the mayor said on Monday. The river rose by two metres overnight and kept rising.",
        "What happens next",
        "Classes move online",
        "Shelters open in gyms",
    )
    assert article.captions == (Caption("Flooded street in the centre", "AFP/Getty"),)
    assert ("image", "![Flooded street](https://example.org/street.jpg)") in rules(article)
    assert ("related", "Read more: [Rains return](https://example.org/rains)") in rules(article)
    assert [r.line for r in article.removed if r.rule == "front-matter"] == [1, 2, 3, 4, 5, 6]


def test_markdown_heading_is_the_title_without_front_matter():
    article = import_text("Some intro line\n\n# The *real* title\n\nBody text here.\n", date="2020-01-01", markdown=True)
    assert article.title == "The real title"
    assert article.body == ("Some intro line", "Body text here.")


HARD_WRAPPED = """\
Council approves budget

12 Jan 2023

The city council approved the budget late on Wednesday after a debate that
lasted more than nine hours and ended with a narrow vote of seven to six in
favour.

Opponents said the plan cut too deeply into library funding.
Supporters said it kept taxes flat.
"""


def test_hard_wrapped_plain_text_joins_lines():
    article = import_text(HARD_WRAPPED)
    assert article.date == "2023-01-12"
    assert article.body == (
        "The city council approved the budget late on Wednesday after a debate that lasted more than nine hours "
        "and ended with a narrow vote of seven to six in favour.",
        "Opponents said the plan cut too deeply into library funding.",
        "Supporters said it kept taxes flat.",
    )


@pytest.mark.parametrize(
    "line, caption",
    [
        ("Rescue teams search the rubble ©AFP", Caption("Rescue teams search the rubble", "AFP")),
        ("Rescue teams search the rubble © Anadolu Agency", Caption("Rescue teams search the rubble", "Anadolu Agency")),
        ("Rescue teams search the rubble [Getty Images]", Caption("Rescue teams search the rubble", "Getty Images")),
        ("Rescue teams search the rubble (Photo: Reuters)", Caption("Rescue teams search the rubble", "Reuters")),
        ("Rescue teams search the rubble. Photo credit: Jane Roe/AP", Caption("Rescue teams search the rubble.", "Jane Roe/AP")),
        ("Rescue teams search the rubble | EPA-EFE", Caption("Rescue teams search the rubble", "EPA-EFE")),
        ("Rescue teams search the rubble [file photo]", Caption("Rescue teams search the rubble", "file photo")),
    ],
)
def test_caption_credits(line, caption):
    article = import_text(f"Quake hits coast\n\n{line}\n\nThe quake struck at dawn.\n", date="2023-02-06")
    assert article.captions == (caption,)
    assert article.body == ("The quake struck at dawn.",)


def test_credit_alone_names_the_caption_above():
    article = import_text("Quake hits coast\n\nRescue teams at work\nPhoto: AP\n\nThe quake struck at dawn.\n", date="2023-02-06")
    assert article.captions == (Caption("Rescue teams at work", "AP"),)
    assert article.body == ("The quake struck at dawn.",)


@pytest.mark.parametrize(
    "line",
    [
        "Fighting against [IS] continued.",
        "He said the group [IS] had withdrawn [from the town]",
        "The minister (R) spoke first",
        "Share prices fell sharply on Monday.",
        "By Tuesday, the talks had collapsed.",
        "Related talks will be held in Geneva next month, the envoy said.",
        "Email is the main channel, he said.",
        "March 3, 2021 was the day the strike began.",
        "Print media lost readers.",
        "Copyright law was changed last year, the minister said.",
        "Reporting by the BBC showed that the ferry was overloaded.",
        "Home prices rose again in May.",
    ],
)
def test_prose_is_not_mistaken_for_boilerplate(line):
    article = import_text(f"A title\n\n{line}\n", date="2023-02-06")
    assert article.body == (line,) and article.captions == () and rules(article) == [("title", "A title")]


def test_title_option_and_repeated_title():
    article = import_text("Site name\n\nBig News Today\n\nBody.\n", title="Big news today", date="2020-01-01")
    assert article.title == "Big news today"
    assert article.body == ("Site name", "Body.")
    assert ("repeated-title", "Big News Today") in rules(article)


def test_control_characters_are_cleaned():
    article = import_text("Title\x1b[2J\n\nBody \x1b]52;c;aGk=\x07 with \u202e flip\r\nand CRLF\r\n", date="2020-01-01")
    assert article.title == "Title␛[2J"
    assert article.body == ("Body ␛]52;c;aGk=␇ with \ufffd flip and CRLF",)


def test_nothing_left_is_an_error():
    with pytest.raises(CorpusError, match="no article text found"):
        import_text("Advertisement\n\nShare this:\n", date="2020-01-01")
    with pytest.raises(CorpusError, match="no article text found after removing boilerplate"):
        import_text("Just a title\n\nAdvertisement\n", date="2020-01-01")


def test_bad_options():
    with pytest.raises(CorpusError, match="--date: expected an ISO 8601 date"):
        import_text("T\n\nBody.\n", date="11/08/2016")
    with pytest.raises(CorpusError, match="language: expected a language tag"):
        import_text("T\n\nBody.\n", date="2016-08-11", language="english please")


def test_ids_are_bounded_ascii_slugs():
    assert slugify("Çavuşoğlu: ‘We’ll talk’ — in São Paulo!") == "cavusoglu-well-talk-in-sao-paulo"
    long_id = make_id("The New Arab", "2016-08-11", "word " * 60)
    assert len(long_id) <= 96 and not long_id.endswith("-") and long_id.startswith("the-new-arab-2016-08-11-word")
    assert make_id("", "", "日本語") == "article"


def test_byline_first_is_not_the_title():
    article = import_text("By Jane Doe\nMarkets rally on rate cut\n\nStocks rose on Friday.\n", date="2020-01-01")
    assert article.title == "Markets rally on rate cut" and article.byline == "Jane Doe"


@pytest.mark.parametrize(
    "text, options",
    [
        (WORDPRESS, {"outlet": "Coast Times"}),
        (MARKDOWN, {}),
        (HARD_WRAPPED, {}),
        ("---\ntitle: T\n\ndate: 2020-01-01\n---\nBody with \x1b escape.\n", {"markdown": True}),
    ],
)
def test_imported_articles_store_and_load_unchanged(tmp_path, text, options):
    article = import_text(text, **options)
    saved = save_article(article, tmp_path)
    assert read_article(saved.path) == saved


@pytest.mark.parametrize("seed, outlet", [(PRESS_TV, "Press TV"), (NEW_ARAB, "The New Arab")])
def test_bundled_corpus_is_the_importer_output(tmp_path, seed, outlet):
    """corpus/*.yaml are exactly what `reader import SEED --outlet ... --date 2016-08-11 --story ...` writes."""
    saved = save_article(import_file(seed, outlet=outlet, date="2016-08-11", story=STORY), tmp_path)
    bundled = bundled_corpus() / saved.path.name
    assert bundled.read_text(encoding="utf-8") == saved.path.read_text(encoding="utf-8")


AGENCY_PAGE = """\
Skip to main content
Menu
Oil prices climb as supply talks stall

By Ahmad Ghaddar and Noah Browning
4 minute read
Updated June 5, 2023 10:42 AM GMT+1

LONDON, June 5 (Reuters) - Oil prices rose on Monday after producers failed to agree on output cuts.

Brent crude futures gained 2% to $77.10 a barrel by 0930 GMT.

Reporting by Ahmad Ghaddar in London; Editing by Jason Neely
Our Standards: The Thomson Reuters Trust Principles.
© 2023 Reuters. All rights reserved
Back to top
"""


def test_agency_page():
    article = import_text(AGENCY_PAGE, outlet="Reuters")
    assert article.title == "Oil prices climb as supply talks stall"
    assert (article.date, article.byline) == ("2023-06-05", "Ahmad Ghaddar and Noah Browning")
    assert article.body == (
        "LONDON, June 5 (Reuters) - Oil prices rose on Monday after producers failed to agree on output cuts.",
        "Brent crude futures gained 2% to $77.10 a barrel by 0930 GMT.",
        "Our Standards: The Thomson Reuters Trust Principles.",
    )
    assert [rule for rule, _ in rules(article)] == [
        "navigation", "navigation", "title", "byline", "reading-time", "date", "agency-credits", "copyright", "navigation",
    ]


NEWSPAPER_PAGE = """\
Turkey and Russia agree to restore ties after jet row
Leaders meet in St Petersburg for first talks since the downing of a Russian bomber
Recep Tayyip Erdoğan and Vladimir Putin at the Konstantinovsky Palace. Photograph: Sergei Karpukhin/Reuters
Thu 11 Aug 2016 09.12 BST
Share on Facebook
Share on Twitter

Turkey and Russia have agreed to restore economic ties, Turkey’s president said.

“Our relations are entering a new phase,” Erdoğan told reporters.

Source: agencies
Most viewed
"""


def test_newspaper_page():
    article = import_text(NEWSPAPER_PAGE, outlet="Daily Paper")
    assert article.title == "Turkey and Russia agree to restore ties after jet row"
    assert article.date == "2016-08-11"
    assert article.body == (
        "Leaders meet in St Petersburg for first talks since the downing of a Russian bomber",  # the standfirst
        "Turkey and Russia have agreed to restore economic ties, Turkey’s president said.",
        "“Our relations are entering a new phase,” Erdoğan told reporters.",
    )
    assert article.captions == (
        Caption("Recep Tayyip Erdoğan and Vladimir Putin at the Konstantinovsky Palace.", "Sergei Karpukhin/Reuters"),
    )
    assert [rule for rule, _ in rules(article)] == ["title", "date", "share", "share", "source", "related"]
