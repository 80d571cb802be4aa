"""Issue 16: a hedge the article puts on a fact survives paraphrase. A "could" reaches to the end of its
clause ("could have a devastating effect on these bars"), and a claim's hedging word copied from the
article with the words after it ("stores they thought I would never see") hedges only those words, not
the fact another hedge of the article governs ("I imagine that my photos were used"); a claim that a thing
is "already" done is not what the article has only to come ("they'll be back on the campaign trail"), nor
"passed legislation" what the government only "moved to bring in" (a "reached" of another deal beside it
says nothing of the passing).
Articles and claims are made up for these tests."""

from __future__ import annotations

from tests.conftest import claim_kind

_RULING = (
    "A judge upheld the city's ban on late-night kiosks. The judge wrote that the bylaw could have a "
    "devastating effect on the business of these kiosks, and that the city admits some might close."
)


def test_will_where_the_article_has_could_a_clause_away_is_a_hedge_dropped() -> None:
    assert claim_kind(_RULING, "Found that the ban will put the kiosks out of business.", near=[1]) == "hedge"


def test_the_could_kept_is_no_hedge_dropped() -> None:
    claim = "Found that the ban could have a devastating effect on the kiosks."
    assert claim_kind(_RULING, claim, near=[1]) is None


def test_a_could_of_another_clause_does_not_reach_past_its_end() -> None:
    # guards the clause's end: "could" is about the effect, and "the kiosks will close" is another clause
    told = (
        "A judge upheld the city's ban on late-night kiosks. The owners said the rule could hurt them badly, "
        "and the kiosks close on Friday."
    )
    assert claim_kind(told, "Says the kiosks will close on Friday.", near=[1]) is None


_GUESS = (
    "The photographer found his pictures on the walls of a shop abroad. I imagine that my photos were only "
    "used in stores that they thought I would never see, he wrote."
)


def test_a_hedge_copied_with_its_words_does_not_hedge_the_article_s_other_one() -> None:
    claim = "Says the shop used his photos only in stores it thought he would never see."
    assert claim_kind(_GUESS, claim, near=[1]) == "hedge"


def test_the_claim_s_own_hedge_keeps_it() -> None:
    claim = "Guesses his photos were only used in stores it thought he would never see."
    assert claim_kind(_GUESS, claim, near=[1]) is None


_TRAIL = (
    "The two candidates meet in a special election on Tuesday. Whoever wins, both candidates say they'll be "
    "back on the campaign trail this fall, running for a full two-year term."
)


def test_already_done_where_the_article_has_it_still_to_come_is_a_hedge_dropped() -> None:
    claim = "Has already launched his campaign for a full two-year term this fall."
    assert claim_kind(_TRAIL, claim, near=[1]) == "hedge"


def test_what_is_to_come_told_as_to_come_is_kept() -> None:
    claim = "Says he will be back on the campaign trail this fall, running for a full two-year term."
    assert claim_kind(_TRAIL, claim, near=[1]) is None


def test_already_where_the_article_says_already_is_kept() -> None:
    # guards the article's own "already": what is done now and what will come after may sit side by side
    told = (
        "The two candidates meet in a special election on Tuesday. He has already launched a campaign for a "
        "full two-year term, and he will keep campaigning for that full two-year term this fall."
    )
    claim = "Has already launched his campaign for a full two-year term."
    assert claim_kind(told, claim, near=[1]) is None


_RAIL = (
    "The drivers walked out for one day last week. That strike hit freight across the country. The "
    "agreement the union reached last week came after the federal government moved to bring in "
    "legislation to end the strike."
)


def test_passed_where_the_article_has_only_moved_to_is_a_hedge_dropped() -> None:
    # the "reached" of another deal in the window does not say the legislation was passed
    claim = "Passed legislation to end the railway strike, which led to last week's agreement."
    assert claim_kind(_RAIL, claim, near=[2]) == "hedge"


def test_passed_where_the_article_says_passed_is_kept() -> None:
    told = _RAIL.replace("moved to bring in legislation", "passed legislation")
    claim = "Passed legislation to end the railway strike, which led to last week's agreement."
    assert claim_kind(told, claim, near=[2]) is None


def test_moved_without_to_is_no_attempt() -> None:
    # guards "moved to": a thing moved is no deed still sought
    told = _RAIL.replace("moved to bring in legislation", "moved the legislation through parliament")
    claim = "Passed legislation to end the railway strike, which led to last week's agreement."
    assert claim_kind(told, claim, near=[2]) is None


def test_the_claim_s_deed_told_in_another_tense_answers_it() -> None:
    # "won" is the article's "wins": the deed is told as done, however long it was discussed
    article = (
        "The city needs more buses. The transit bill, which lawmakers spent weeks discussing, wins committee "
        "approval on Tuesday."
    )
    assert claim_kind(article, "The transit bill won committee approval on Tuesday.") is None
