"""What a claim's words reach: a "not" set off by a comma denies the words after it ("a mistake, not an
attempt to mislead"), and a decade ("the 1960s model") is a time, not a count. Articles and claims are
made up for these tests."""

from __future__ import annotations

from tests.conftest import claim_kind

_LOYALTY = (
    "The former aide told the court he had lied to investigators. He said he lied not to obstruct the "
    "inquiry but to protect his employer, a choice he now regrets."
)


def test_a_not_after_a_comma_denies_the_words_after_it() -> None:
    claim = "Calls his lie a choice made to protect his employer, not an attempt to obstruct the inquiry."
    assert claim_kind(_LOYALTY, claim) is None


def test_a_not_after_a_comma_still_catches_a_denied_fact_the_article_asserts() -> None:
    # the words after the "not" are what the article must deny, and here it asserts them (missed before:
    # the parse had the "not" deny "employer", which the article does not deny either)
    claim = "Calls his lie an attempt to obstruct the inquiry, not a choice made to protect his employer."
    assert claim_kind(_LOYALTY, claim) == "negation"


_STUDY = (
    "The researchers said the rise was due to changes in how patients were treated, rather than changes "
    "in the virus itself."
)


def test_rather_than_in_the_article_answers_the_claims_not() -> None:
    assert (
        claim_kind(_STUDY, "The researchers put the rise down to changes in treatment, not to the virus.")
        is None
    )
    # guard (fails when the article's asserted words may stand after its "rather than"): the claim that
    # denies the treatment's part is still the opposite of the article
    assert claim_kind(
        _STUDY, "The researchers put the rise down to the virus, not to changes in treatment."
    ) == ("negation")


_OFFICE = (
    "Most office buildings set their temperature by a formula developed in the 1960s for a 40-year-old "
    "man. Dr Ruiz says this model may overestimate a woman's metabolic rate by up to 35 percent."
)


def test_a_decade_counts_nothing() -> None:
    # the 1960s are not "1960 models": the claim's only flaw is the hedge it drops
    assert (
        claim_kind(_OFFICE, "Dr Ruiz says the 1960s model overestimates a woman's metabolic rate.") == "hedge"
    )
    assert (
        claim_kind(_OFFICE, "Dr Ruiz says the 1960s model may overestimate a woman's metabolic rate.") is None
    )
    # and a decade the article does not have is still caught (as before: it holds with or without the rule)
    assert claim_kind(_OFFICE, "Dr Ruiz says the 1970s model may overestimate a woman's metabolic rate.") == (
        "number"
    )


_WINGER = (
    "Jack Grealish, 19, was handed his first Premier League start on Tuesday. The winger hopes to keep his "
    "place for the semi-final at Wembley."
)


def test_the_age_of_the_one_a_claim_is_about_counts_nothing() -> None:
    assert claim_kind(_WINGER, "The 19-year-old hopes to keep his place for the semi-final.") is None
    # and an age the article does not have is still caught (as before)
    assert claim_kind(_WINGER, "The 20-year-old hopes to keep his place for the semi-final.") == "number"


_RESOLUTIONS = (
    "Tybee's city council passed the resolution against offshore drilling unanimously, joining more than 30 "
    "others on the Eastern Seaboard since last year."
)


def test_a_count_told_as_others_takes_its_noun_from_the_sentence() -> None:
    claim = (
        "More than 30 coastal communities along the Eastern Seaboard have passed resolutions "
        "against drilling."
    )
    assert claim_kind(_RESOLUTIONS, claim) is None
    # and a count the article does not have is still caught (as before)
    assert claim_kind(_RESOLUTIONS, claim.replace("30", "40")) == "number"


_LAWSUIT = (
    "Newly elected mayor Steven Fulop announced plans to sue the Port Authority over missed tax payments."
)


def test_a_deed_the_article_has_only_as_a_plan_is_not_done() -> None:
    assert claim_kind(_LAWSUIT, "Steven Fulop sued the Port Authority over missed tax payments.") == "hedge"
    # guard: the plan told as a plan
    assert (
        claim_kind(_LAWSUIT, "Steven Fulop plans to sue the Port Authority over missed tax payments.") is None
    )
