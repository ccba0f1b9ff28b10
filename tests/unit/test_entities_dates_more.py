"""Date expressions added by engineer B5: day ranges, seasons of a year, quarters and halves,
"the 2020 rerun", "for 2024", fiscal years, and a month's full stop left outside. Texts invented."""

from __future__ import annotations

import pytest

from reader.annotate.dates import find_dates


def dates(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The board meets on April 7-8 in Quito.", ["April 7-8"]),
        ("The board meets on 7-8 April in Quito.", ["7-8 April"]),
        ("She opened the shop in the spring of 2011 with a loan.", ["the spring of 2011"]),
        ("Growth should pick up in the second half of the year, it said.", ["the second half of the year"]),
        ("Profits fell in the third quarter, the bank said.", ["the third quarter"]),
        ("The 2018 rerun was won by the opposition.", ["2018"]),
        ("The target is 2% for 2026 and 2027.", ["2026", "2027"]),
        ("The council set the 2023/24 budget.", ["2023/24"]),
        ("Voting ends on 3rd November.", ["3rd November"]),
        ("Voting ends on 3 Nov. 2025 at noon.", ["3 Nov. 2025"]),
    ],
)
def test_new_date_expressions(text, expected):
    assert [d for d in dates(text) if d != "noon"] == expected


@pytest.mark.parametrize(
    "text",
    ["The plant will add the 2000 jobs it promised.", "Tickets for 2000 people were sold.",
     "A quarter of voters stayed home.", "In the first half, Ruiz scored twice."],
)
def test_counts_and_match_halves_are_not_dates(text):
    assert dates(text) == []
