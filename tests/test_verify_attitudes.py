"""Issue 16: a stance towards a clause told as its opposite: "expect it to blunt the threat" where the
article has analysts who "doubted that the merger would blunt the threats", "shares concerns" where the
coach "dismissed concerns". The verb reaches over its whole clause. Articles and claims are made up."""

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
