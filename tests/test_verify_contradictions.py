"""Claims that contradict the article in a word of their own (issue 16), on short made-up articles: a
thing put at another place of a series, a denial the claim turns into an assertion beside a "rather than"
of its own."""

from __future__ import annotations

from brief.extract import load_nlp
from brief.verify.article import ArticleIndex
from brief.verify.claims import Claim


def _kind(article: str, claim: str) -> str | None:
    nlp = load_nlp()
    spans = [(s.start_char, s.end_char) for s in nlp(article).sents]
    problem = ArticleIndex(article, spans).check(Claim.of(claim, nlp(claim))).problem
    return problem.kind if problem else None


RULING = (
    "A judge handed the oil company a victory in only the second climate lawsuit to reach trial in the "
    "country. On the last day of the trial, the state withdrew two counts of fraud from its lawsuit. "
    '"Nothing in this opinion is intended to absolve the company from responsibility for contributing to '
    'climate change," the judge wrote. But, he added, "this is a securities fraud case, not a climate '
    'change case."'
)


def test_another_place_in_a_series_is_a_wrong_figure() -> None:
    assert _kind(RULING, "The company won only the third climate lawsuit to reach trial.") == "number"
    assert _kind(RULING, "The state withdrew two fraud counts on the opening day of the trial.") == "number"
    assert _kind(RULING, "The company won only the second climate lawsuit to reach trial.") is None
    assert _kind(RULING, "The state withdrew two fraud counts on the last day of the trial.") is None


def test_a_rather_than_of_its_own_does_not_excuse_asserting_a_denied_fact() -> None:
    flipped = (
        "The judge wrote that his opinion absolves the company of responsibility for contributing to "
        "climate change, stressing that this was a securities fraud case rather than a climate change case."
    )
    kept = flipped.replace("his opinion absolves", "nothing in his opinion is meant to absolve")
    assert _kind(RULING, flipped) == "negation"
    assert _kind(RULING, kept) is None
