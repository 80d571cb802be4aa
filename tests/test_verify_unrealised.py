"""A question that takes an event for granted is not borne out by an article that has the event only as
sought, hoped for, still to come or denied ("had until May 2 to appeal" for "Will the appeal succeed?").
Made-up articles."""

from __future__ import annotations

import pytest

from brief.verify.lexicon import stem, words
from brief.verify.unrealised import only_unrealised
from tests.conftest import presumes_unreported

ARTICLE = (
    "The board fired Dana Whitlock in March. The letter said Whitlock had until May 2 to appeal the "
    "decision. The mayor could cancel the contract, aides said. The mayor signed the budget on Monday."
)


@pytest.mark.parametrize(
    ("question", "presumed"),
    [
        ("Will Whitlock's appeal succeed?", True),  # only "had until May 2 to appeal"
        ("Why did the mayor cancel the contract?", True),  # only "could cancel"
        ("Why did the mayor sign the budget?", False),  # guard: "signed"
    ],
)
def test_an_event_told_only_as_to_come_is_presumed(question: str, presumed: bool) -> None:
    assert presumes_unreported(ARTICLE, question) == presumed


def test_one_use_told_as_done_is_enough() -> None:
    """Guard: once the article tells the appeal as made, the question presumes nothing it lacks."""
    article = ARTICLE + " Whitlock lodged an appeal on Friday."
    assert not presumes_unreported(article, "Will Whitlock's appeal succeed?")


def _sentences(*texts: str) -> list[tuple[list[str], list[str]]]:
    return [(words(t), [stem(w) for w in words(t)]) for t in texts]


@pytest.mark.parametrize(
    ("sentence", "word", "unrealised"),
    [
        ("Workers are asking the council for a pay rise.", "rise", True),
        ("Hopes of a settlement grew on Friday.", "settlement", True),
        ("There was no truce, officials said.", "truce", True),
        ("If the union strikes, flights will stop.", "strike", True),
        ("The two sides signed a settlement on Friday.", "settlement", False),
        ("The union strikes every spring and wins.", "strike", False),
        ("The council approved a rise, and workers asked for more.", "rise", False),
        ("She went on to win the seat in May.", "win", False),  # an infinitive whose deed happened
    ],
)
def test_what_only_is_sought_hoped_or_denied(sentence: str, word: str, unrealised: bool) -> None:
    assert only_unrealised(_sentences(sentence), word) == unrealised


def test_a_word_the_article_never_uses_is_not_unrealised() -> None:
    assert not only_unrealised(_sentences("The council met on Friday."), "truce")
