"""Issue 16: a question that calls a thing "approved", "signed" or "ratified" in passing ("When will
ESA's approved hibernation trials begin?") takes for granted that it came about; the article must tell
that outcome in its own word, not merely a word with its first letters ("approach"). Made-up articles."""

from __future__ import annotations

from tests.conftest import presumes_unreported

_AIMED = (
    "The European Space Agency is studying hibernation for long flights. Its new approach is to research the "
    "brain pathways of hibernating animals. The agency aims to build on this work with hibernation trials "
    "on animals in future, starting with mice."
)


def test_an_outcome_the_article_never_tells_is_presumed() -> None:
    assert presumes_unreported(_AIMED, "When will ESA's approved hibernation trials on animals begin?")


def test_an_outcome_the_article_tells_is_not_presumed() -> None:
    told = _AIMED + " Last week the agency approved the hibernation trials on animals."
    assert not presumes_unreported(told, "When will ESA's approved hibernation trials on animals begin?")


def test_a_participle_that_only_says_which_thing_still_may_be_a_paraphrase() -> None:
    # guards the outcome list: "planned" is no outcome, and the article's "plan" is enough
    assert not presumes_unreported(_AIMED, "When will the planned hibernation trials on animals begin?")


_SOUGHT = (
    "The retailer, which has 1.3 million workers, is asking the National Labor Relations Board (NLRB) for an "
    "injunction against the pickets that have sprung up at its stores. The union says the pickets will go on."
)


def test_an_injunction_only_asked_for_however_long_the_name_of_whom_is_presumed() -> None:
    assert presumes_unreported(_SOUGHT, "Will the NLRB's injunction against the pickets survive a challenge?")


def test_an_injunction_granted_is_not_presumed() -> None:
    granted = _SOUGHT + " On Friday the NLRB granted an injunction against the pickets."
    assert not presumes_unreported(
        granted, "Will the NLRB's injunction against the pickets survive a challenge?"
    )


_HOPED = (
    "Oil fell on Tuesday. Hopes of a trade truce between the U.S. and China earlier in the day faded, and "
    "uncertainty lingered over whether the two sides could agree at all."
)


def test_an_outcome_told_in_passing_without_that_is_presumed() -> None:
    # "the trade truce the U.S. and China reached": the parser misses the relative clause
    assert presumes_unreported(
        _HOPED, "Will the trade truce the U.S. and China reached earlier in the day hold?"
    )


def test_an_outcome_the_article_tells_in_passing_is_not_presumed() -> None:
    told = _HOPED.replace("Hopes of a trade truce", "A trade truce the U.S. and China reached")
    assert not presumes_unreported(
        told, "Will the trade truce the U.S. and China reached earlier in the day hold?"
    )


def test_a_question_of_what_was_takes_no_past_outcome_in_passing() -> None:
    # guards the questions of what will be: a question of what was asks whether the outcome came about
    assert not presumes_unreported(_HOPED, "Did the U.S. and China say the two sides reached any deal?")
