"""A model's stance the article does not support is replaced by the article's own words; words the
article quotes stay a quotation there. The article and the reply are made up for these tests."""

from __future__ import annotations

from brief.extract import extract
from brief.schema import Actor, Draft, Position
from brief.verify import verify

_ARTICLE = (
    "Drillers push back on methane rule\n\n"
    "The Bureau of Land Management on Friday proposed new limits on methane leaks from wells on federal "
    "land.\n\n"
    '"The rule exceeds the bureau\'s jurisdiction," said Kathleen Sgamma, vice president of the Western '
    'Energy Alliance. "Since 1990, producers have cut methane emissions by 21 percent without federal '
    'regulation."\n'
)


def _stances(stance: str, evidence: str) -> list[str]:
    draft = Draft(
        title="Drillers push back on methane rule",
        summary="The Bureau of Land Management proposed new limits on methane leaks from federal wells.",
        actors=[
            Actor(name="Kathleen Sgamma", kind="person", role="Vice president of the Western Energy Alliance")
        ],
        positions=[Position(actor="Kathleen Sgamma", stance=stance, evidence=[evidence])],
    )
    brief, _ = verify(draft, _ARTICLE, extract(_ARTICLE))
    return [p.stance for p in brief.positions if p.actor == "Kathleen Sgamma"]


def test_a_replaced_stance_keeps_the_articles_quotation_as_a_quotation() -> None:
    # the model's figure is wrong (47 percent), so its stance goes; the article's words stand in
    quote = "Since 1990, producers have cut methane emissions by 21 percent without federal regulation."
    stances = _stances("Says producers have cut methane emissions by 47 percent since 1990", quote)
    assert f"Kathleen Sgamma says: “{quote}”" in stances
    assert not any("says Since" in s for s in stances)


def test_a_supported_stance_is_kept_in_the_models_words() -> None:
    # guard: the replacement is only for a stance that fails
    quote = "Since 1990, producers have cut methane emissions by 21 percent without federal regulation."
    stance = "Says producers have cut methane emissions by 21 percent since 1990 without federal regulation"
    assert stance in _stances(stance, quote)
