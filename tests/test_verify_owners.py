"""Whose post or thing it is (issue 16), on a short made-up article: a role the article gives as another
occupation, and something the article says of one company told of another."""

from __future__ import annotations

import pytest

from brief.extract import extract
from brief.schema import Actor, Draft
from brief.verify import verify

_ARTICLE = (
    "Retailer's stake deal lifts shares\n\n"
    "Matt Dale, equity strategist at Harbor Tabak, says the stock could be a risky bet with a worthy "
    "reward.\n\n"
    "John Petri, portfolio manager at Harbor Tabak, said the deal could start a trend.\n\n"
    "Striking baggage handlers and cabin cleaners walked out at the airport on Monday. Kia Rowe, who works "
    "as a cabin cleaner at the airport, said she has coworkers who sleep there.\n\n"
    "Coty took a 51% stake in Jenner's company on Monday.\n\n"
    "Jenner still has a partnership with Ulta Beauty to sell her products. The relationship began last "
    "November and led to several quarters of revenue growth for Ulta.\n"
)


@pytest.mark.parametrize(
    ("name", "role", "kept"),
    [
        ("Matt Dale", "Portfolio manager at Harbor Tabak", False),  # an equity strategist there
        ("Matt Dale", "Equity strategist at Harbor Tabak", True),
        ("Kia Rowe", "Striking baggage handler at the airport", False),  # a cabin cleaner
        ("Kia Rowe", "Striking cabin cleaner at the airport", True),
    ],
)
def test_a_role_the_article_gives_as_another_occupation_is_dropped(name: str, role: str, kept: bool) -> None:
    draft = Draft(
        title="Stake deal", summary="A stake deal.", actors=[Actor(name=name, kind="person", role=role)]
    )
    _, grounding = verify(draft, _ARTICLE, extract(_ARTICLE))
    dropped = {d.field for d in grounding.dropped}
    assert ("actors[0].role" not in dropped) is kept, grounding.dropped
    assert kept or "another office" in str(grounding.dropped)


@pytest.mark.parametrize(
    ("summary", "kept"),
    [
        ("The partnership with Ulta Beauty has driven several quarters of revenue growth for Ulta.", True),
        ("The partnership with Ulta Beauty has driven several quarters of revenue growth for Coty.", False),
    ],
)
def test_what_the_article_says_of_one_company_is_not_told_of_another(summary: str, kept: bool) -> None:
    draft = Draft(
        title="Stake deal", summary=summary + " Jenner still sells her products through Ulta Beauty."
    )
    _, grounding = verify(draft, _ARTICLE, extract(_ARTICLE))
    dropped = {d.field: d.kind for d in grounding.dropped}
    assert ("summary[0]" not in dropped) is kept, grounding.dropped
