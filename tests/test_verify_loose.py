"""Loose words a claim may use, and what they still must hold: a count told by its size ("hundreds of
samples"), the story's subject left as "the company" where the claim names it, and a short sentence
after the one a claim rests on that says something of its own rather than answering it. Articles and
claims are made up for these tests."""

from __future__ import annotations

from tests.conftest import claim_kind

_SAMPLES = (
    "Inspectors have tested thousands of samples from farms and seed companies. None of them held the "
    "modified gene. The scare has cost growers hundreds of millions of dollars."
)


def test_a_size_the_article_does_not_give_is_a_wrong_number() -> None:
    # "hundreds" is in the article only as "hundreds of millions" (of dollars), a size a hundred
    # thousand times larger: the samples were thousands
    assert claim_kind(_SAMPLES, "Inspectors have tested hundreds of samples from farms.") == "number"


def test_a_size_the_sentence_gives_as_another_for_the_same_thing_is_a_wrong_number() -> None:
    # "hundreds" is in the article (of farms), but the sentence about the samples has "thousands" of them
    article = "Inspectors tested thousands of samples last year. Hundreds of farms were visited."
    assert claim_kind(article, "Inspectors tested hundreds of samples last year.") == "number"


def test_a_size_holds_the_figures_it_reaches() -> None:
    assert claim_kind(_SAMPLES, "Inspectors have tested thousands of samples from farms.") is None
    # (these two hold on the code before sizes, where "thousands" was no number; they fail if a size
    # held only its own value)
    told = "Inspectors have tested 3,500 samples from farms and seed companies."
    assert claim_kind(told, "Inspectors have tested thousands of samples from farms.") is None
    # guard (holds with or without sizes; fails if a size lent its figures to the claim): the article's
    # "thousands" does not give the claim an exact figure
    assert claim_kind(_SAMPLES, "Inspectors have tested 2,000 samples from farms.") == "number"


def test_a_size_need_not_stand_by_the_noun_it_counts() -> None:
    # guard (fails if a size must count the claim's own noun, as an exact figure must): the claim names
    # the workers by their jobs
    article = (
        "Hundreds of workers walked off the job at the airport on Tuesday. Janitors, baggage handlers and "
        "cabin cleaners are demanding a $15 hourly wage."
    )
    claim = "Hundreds of janitors, baggage handlers and cabin cleaners walked off the job at the airport."
    assert claim_kind(article, claim) is None


def test_a_size_need_not_stand_where_the_claims_names_do() -> None:
    # the customers' "hundreds" is six sentences before the agency and the firm are named
    article = (
        "Hundreds of customers say they were overcharged on moving day by a firm in Fairfield. The firm "
        "did not answer calls. Its owner was seen leaving the office. She declined to comment. Her lawyer "
        "said the claims were false. The Federal Motor Carrier Safety Administration confirmed that Noble "
        "Moving is under investigation for overcharging customers."
    )
    claim = (
        "Noble Moving, which hundreds of customers say overcharged them, is under investigation by the "
        "Federal Motor Carrier Safety Administration."
    )
    assert claim_kind(article, claim) is None


_RECALL = (
    "Acme recalls 40,000 heaters\n\n"
    "Acme said on Monday it would recall 40,000 heaters sold since March. Acme has not said how many "
    "fires were reported. Regulators had warned Acme in May about the heaters. Bolt, a rival maker, "
    "said its own heaters were safe.\n\n"
    "Customers were told to unplug the heaters at once. Shops have taken them off their shelves. Refunds "
    "will be paid within a month.\n\n"
    "The company said the fault lay in a batch of cables bought from a new supplier last spring."
)


def test_the_storys_subject_need_not_be_named_where_the_claim_rests() -> None:
    # Acme is in the headline and in three sentences; where the article gives its reason it is
    # "the company", three sentences from its name
    claim = "Acme blames a batch of cables bought from a new supplier last spring."
    assert claim_kind(_RECALL, claim) is None


def test_another_name_must_still_stand_where_the_claim_rests() -> None:
    # guard (fails if no name of a claim had to stand with its words): Bolt is named once, far from the
    # cables, and said nothing of them
    claim = "Bolt blames a batch of cables bought from a new supplier last spring."
    assert claim_kind(_RECALL, claim) == "support"


_KEEPER = (
    "Coach Dana Hill defended her goalkeeper after the red card on Saturday. “She was protecting "
    "herself. I don’t blame her.” The league will review the incident."
)


def test_a_short_sentence_of_its_own_does_not_deny_the_one_before() -> None:
    # "I don't blame her" blames no one; it does not deny that the goalkeeper was protecting herself
    claim = "Dana Hill says her goalkeeper was protecting herself."
    assert claim_kind(_KEEPER, claim) is None


def test_a_short_answer_still_denies_the_sentence_before() -> None:
    # guard (holds with or without the rule; fails if a short sentence never answered the one before)
    article = (
        "Coach Dana Hill spoke after the red card on Saturday. “Was she protecting herself? Definitely "
        "not.” The league will review the incident."
    )
    assert claim_kind(article, "Dana Hill says her goalkeeper was protecting herself.") == "negation"
