"""Issue 16: a stance towards a clause told as its opposite: "expect it to blunt the threat" where the
article has analysts who "doubted that the merger would blunt the threats", "shares concerns" where the
coach "dismissed concerns", "the Arab League welcomed the move" where it "criticised the move" (a deed told as
done counts its doer, right before it, as what it is about). The verb of a stance reaches over its whole
clause. Articles and claims are made up."""

from __future__ import annotations

from tests.conftest import claim_kind

_MERGER = (
    "The cable giant agreed to buy its rival on Thursday. Consumer advocates such as Free Press are "
    "mobilizing against the merger. Although Mr. Rivera now takes the title of “King of Cable,” some "
    "analysts doubted that the merger would blunt the threats to the cable industry's basic business "
    "model from streaming services."
)


def test_expecting_what_the_article_has_doubted_is_a_flip() -> None:
    claim = (
        "Consumer advocates such as Free Press are mobilizing against the merger, and some analysts expect "
        "it to blunt the threat that streaming services pose to cable's business model."
    )
    assert claim_kind(_MERGER, claim) == "negation"


def test_doubting_it_as_the_article_does_is_kept() -> None:
    claim = (
        "Consumer advocates such as Free Press are mobilizing against the merger, and some analysts doubt it "
        "will blunt the threat that streaming services pose to cable's business model."
    )
    assert claim_kind(_MERGER, claim) is None


_PITCH = (
    "The new club will play at the baseball stadium next season. Coach Sam Reyes dismissed concerns that "
    "the dimensions would impact his team's desire to play free-flowing possession soccer."
)


def test_sharing_concerns_the_article_has_dismissed_is_a_flip() -> None:
    claim = "Shares concerns that the narrow field could cramp his team's free-flowing possession game."
    assert claim_kind(_PITCH, claim, near=[1]) == "negation"


def test_a_word_of_the_pair_far_from_the_claim_s_words_is_no_flip() -> None:
    # guards the reach: only a verb of a stance towards a clause reaches over it; "opposed the plan" is
    # about the plan, not the bike lanes the council approved after it
    article = "The mayor opposed the plan, and the council approved new bike lanes downtown on Monday."
    assert claim_kind(article, "Supports new bike lanes downtown.", near=[0]) is None


_REACTIONS = (
    "Israel approved new settlements on Monday. The UN said the settlements remain illegal. The Arab League "
    "criticised the move as a blow to peace talks, and Egypt called for restraint."
)


def test_welcoming_what_the_article_has_criticised_is_a_flip() -> None:
    # the weakness session 55 left: a clause checked alone passed on half its words
    claim = "The UN said the settlements remain illegal, and the Arab League welcomed the move."
    assert claim_kind(_REACTIONS, claim) == "negation"
    assert (
        claim_kind(
            _REACTIONS, "The UN said the settlements remain illegal, and the Arab League criticised the move."
        )
        is None
    )


def test_a_noun_of_the_pair_takes_no_doer_from_before_it() -> None:
    # guards the doer: only a deed told as done ("criticised") has one in the words right before it
    article = (
        "The party's press office renamed its account on Tuesday. It tweeted messages praising the prime "
        "minister during his debate with opposition leader Sam Cole."
    )
    claim = "The press office tweeted in support of the prime minister during his debate with Sam Cole."
    assert claim_kind(article, claim) is None
