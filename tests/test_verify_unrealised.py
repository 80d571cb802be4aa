"""A question that takes an event for granted is not borne out by an article that has the event only as
sought, hoped for, still to come or denied ("had until May 2 to appeal" for "Will the appeal succeed?").
Made-up articles."""

from __future__ import annotations

import pytest

from brief.verify.lexicon import STOP, stem, words
from brief.verify.unrealised import denied_only_as_aim, only_unrealised
from tests.conftest import claim_kind, presumes_unreported

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


SEISMIC = (
    "Seismic tests haven't been conducted off the coast for three decades. The company is applying for "
    "permits to run new tests, its spokesman said."
)


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        # what the company aims at is not what the article says has not been done
        ("Is applying to conduct seismic tests off the coast", None),
        # guard: told as done, it is what the article denies
        ("Has conducted seismic tests off the coast", "negation"),
    ],
)
def test_a_denied_deed_may_be_someones_aim(claim: str, kind: str | None) -> None:
    assert claim_kind(SEISMIC, claim) == kind


@pytest.mark.parametrize(
    ("claim", "sentence", "aimed"),
    [
        ("pleaded for the plant to be opened", "The plant will not be opened, the minister said.", True),
        # guards: the denial governs "permitted", which the claim does not say; a deed that happened
        ("have been allowed to cross the border", "They have not been permitted to cross the border.", False),
        ("went on to open the plant", "The plant will not be opened, the minister said.", False),
    ],
)
def test_what_a_denial_governs_is_only_aimed_at(claim: str, sentence: str, aimed: bool) -> None:
    said = words(claim)
    content = frozenset(stem(w) for w in said if w not in STOP)
    assert denied_only_as_aim(said, content, _sentences(sentence)) == aimed
