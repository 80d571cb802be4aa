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


def _kept_actors(article: str, actors: list[Actor]) -> list[str]:
    draft = Draft(title=article.splitlines()[0], summary="A short summary.", actors=actors)
    brief, _ = verify(draft, article, extract(article))
    return [a.name for a in brief.actors]


def test_two_people_of_one_family_are_two_actors_even_when_one_goes_by_the_surname() -> None:
    article = (
        "Special election nears\n\n"
        "Dan Kelly is once again the Republican candidate. Kelly says he would repeal the law.\n\n"
        "The rally drew a crowd. A large banner thanked his rival's wife, former senator Rosa Kelly.\n"
    )
    actors = [
        Actor(name="Dan Kelly", aliases=["Kelly"], kind="person", role="Republican candidate"),
        Actor(name="Rosa Kelly", kind="person", role="Former senator, wife of his rival"),
    ]
    assert _kept_actors(article, actors) == ["Dan Kelly", "Rosa Kelly"]


def test_a_title_the_article_gives_a_relative_in_apposition_is_not_the_actors() -> None:
    article = (
        "Prisoners freed in swap\n\n"
        "Omar Nadiri, the younger brother of the army's deputy commander, Karim Nadiri, was freed on "
        "Tuesday. Omar Nadiri said he would return to his village.\n"
    )
    for role, kept in [
        ("The army's deputy commander", False),
        ("Younger brother of a commander", True),
    ]:
        draft = Draft(
            title="Prisoners freed", summary="A swap.", actors=[Actor(name="Omar Nadiri", role=role)]
        )
        _, grounding = verify(draft, article, extract(article))
        dropped = {d.field: d.reason for d in grounding.dropped}
        assert ("actors[0].role" not in dropped) is kept, dropped


def test_an_unnamed_source_close_to_someone_is_not_that_someone() -> None:
    article = (
        "Anchor tried to warn network\n\n"
        "Dana Ortiz went to the press chief and attempted an intervention, according to a person close to "
        "Ortiz. Ortiz said on Monday she had no comment.\n"
    )
    actors = [
        Actor(name="Dana Ortiz", aliases=["Ortiz"], kind="person", role="Anchor"),
        Actor(name="person close to Ortiz", kind="person"),
    ]
    assert _kept_actors(article, actors) == ["Dana Ortiz", "person close to Ortiz"]


def test_a_verb_before_a_name_is_not_the_title_the_article_gives_it() -> None:
    # made-up text: "Calloway hit Reyne" names what Calloway did, not Reyne's title
    article = (
        "Helmet fight leads to suspension\n\n"
        "Calloway shoved Dover quarterback Tomas Reyne on Thursday. Calloway hit Reyne in the head with "
        "Reyne's helmet. Reyne said he did not start the fight.\n"
    )
    role = "Dover quarterback hit with his own helmet in the fight"
    draft = Draft(
        title="Helmet fight", summary="A fight.", actors=[Actor(name="Tomas Reyne", kind="person", role=role)]
    )
    _, grounding = verify(draft, article, extract(article))
    assert "actors[0].role" not in {d.field for d in grounding.dropped}, grounding.dropped
