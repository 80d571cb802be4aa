"""Who stands on which side of a claim: one person on both sides ("Gullit was assistant to ... Ruud
Gullit"), and a deed the claim's sentences give another person ("created by actor Robert Hardy" where the
article has artist Laura Rendall create it). Articles and claims are made up for these tests."""

from __future__ import annotations

from tests.conftest import extracted_claim_kind

_CARVER = (
    "John Carver was assistant to former Newcastle manager Ruud Gullit, who managed the club between 1998 "
    "and 1999. Gullit left out Alan Shearer and Duncan Ferguson for the derby."
)


def test_one_person_on_both_sides_of_a_claim_is_caught() -> None:
    assert (
        extracted_claim_kind(_CARVER, "Gullit was assistant to former Newcastle manager Ruud Gullit.")
        == "attribution"
    )
    assert (
        extracted_claim_kind(_CARVER, "Carver was assistant to former Newcastle manager Ruud Gullit.") is None
    )


def test_the_same_name_as_object_of_a_verb_is_caught() -> None:
    article = "Myleene Klass made a swipe at Ed Miliband over his mansion tax plan on Thursday."
    assert extracted_claim_kind(
        article, "Myleene Klass made a swipe at Myleene Klass over the mansion tax plan."
    ) == ("attribution")


def test_two_people_of_one_surname_are_not_one_person() -> None:
    # guard: "Lane" may be Peter Lane, so "Lane thanked Chris Lane" is no self-relation; and Serena and
    # Venus Williams share only a surname
    article = (
        "Peter Lane thanked his son Chris Lane for his help on the farm. Serena Williams beat Venus Williams "
        "in the final on Saturday."
    )
    assert extracted_claim_kind(article, "Lane thanked Chris Lane for his help on the farm.") is None
    assert extracted_claim_kind(article, "Serena Williams beat Venus Williams in the final.") is None


_DIORAMA = (
    "The diorama of the Battle of Agincourt was created by artist Laura Rendall in 1988. Actor Robert "
    "Hardy, 89, bought it at auction and is now selling his collection."
)


def test_a_deed_given_to_another_person_than_the_article_gives_it_is_caught() -> None:
    assert extracted_claim_kind(_DIORAMA, "The diorama was created by actor Robert Hardy.") == "attribution"
    assert extracted_claim_kind(_DIORAMA, "The diorama was created by artist Laura Rendall.") is None


def test_a_deed_told_of_a_description_of_the_same_one_is_kept() -> None:
    # guard: "The Togo international" is no person's name, so it does not stand against Adebayor
    article = (
        "Emmanuel Adebayor has one year left on his contract at Tottenham. The Togo international posted a "
        "video of himself dancing in front of the Arc de Triomphe on Sunday."
    )
    assert (
        extracted_claim_kind(
            article, "Emmanuel Adebayor posted a video of himself dancing in front of the Arc."
        )
        is None
    )


def test_a_denial_comes_from_a_sentence_about_the_claim() -> None:
    # "not" in a sentence about the witnesses does not deny what the lawyer did with the charge
    article = (
        "Mr. Bharti tried to strangle his wife and egged on his dog, the prosecutor said. Several witnesses "
        "were not coming out to testify because of his influence, the prosecutor argued. But his lawyer, "
        "alluding to recorded phone calls, rebutted the allegation that his client had incited the dog, "
        "stating that it was fed by her."
    )
    assert (
        extracted_claim_kind(article, "Did not dispute the charge that Bharti set his dog on his wife.")
        == "negation"
    )
    assert (
        extracted_claim_kind(
            article, "Said witnesses were not coming out to testify because of his influence."
        )
        is None
    )


def test_a_short_denied_clause_may_take_its_denial_from_its_sentence() -> None:
    # guard: "that they have not recovered" is one word besides its "not"; the sentence's "have not been
    # able to find" is its denial
    article = (
        "Police have the rifle and a second gun, but they have not been able to find the two others, which "
        "police described as a shotgun and a handgun."
    )
    claim = "Police believe he could be armed with a shotgun and a handgun, that they have not recovered."
    assert extracted_claim_kind(article, claim) is None


def test_a_deed_the_article_tells_of_he_or_she_is_that_persons() -> None:
    article = (
        "Phillip Pama covered his face as he left the court where he was granted conditional bail on Friday. "
        "Leon Yeaman, 55, died in hospital after the fight."
    )
    assert extracted_claim_kind(article, "Mr Yeaman was granted conditional bail on Friday.") == "attribution"
    assert extracted_claim_kind(article, "Pama was granted conditional bail on Friday.") is None


def test_a_pronoun_in_reported_words_or_after_a_name_in_passing_names_no_one() -> None:
    # guards: "saying he always finds a way" may be anyone's way; "with new chairman Jim Mann since he
    # replaced ..." is not Mann's deed
    winger = (
        "Hours before the game, coach Bruce Boudreau expressed confidence in the veteran winger Zach Parise, "
        "saying he always finds a way to start scoring. Zach Parise scored twice on Tuesday."
    )
    assert extracted_claim_kind(winger, "Zach Parise always finds a way to start scoring.") is None
    manager = (
        "Gary Locke will be confirmed as manager on Friday. The 39-year-old paid tribute to the players who "
        "helped him win favour with new chairman Jim Mann since he replaced Allan Johnston in February."
    )
    assert extracted_claim_kind(manager, "Locke replaced Allan Johnston in February.") is None


def test_a_name_the_tagger_reads_as_a_common_noun_still_does_the_deed() -> None:
    # spaCy's small model tags the claim's "McCoy" a noun (an organisation's name); it is still the doer
    article = (
        "Jonjo O'Neill hosted a media visit on Thursday and said he could not be happier with his favourite, "
        "Shutthefrontdoor. He trains Shutthefrontdoor for his principal patron J P McManus, who retains AP "
        "McCoy, the record-breaking jockey."
    )
    claim = "McCoy trains Shutthefrontdoor for his principal patron J P McManus."
    assert extracted_claim_kind(article, claim) == "attribution"
    assert (
        extracted_claim_kind(article, "O'Neill trains Shutthefrontdoor for his principal patron J P McManus.")
        is None
    )


def test_a_summary_sentence_copied_from_the_middle_of_one_is_cut_off() -> None:
    from brief.verify.context import cut_off

    cut = cut_off("Tolkien and is now an expert on the longbow.", sentence=True)
    assert cut is not None and cut.kind == "truncated"
    # guard: a name with "and" in it, or two subjects, is a whole sentence
    for whole in ("Johnson and Johnson has agreed to pay.", "Smith and Jones were arrested on Friday."):
        assert cut_off(whole, sentence=True) is None


def test_a_part_of_a_whole_told_with_another_count_is_a_wrong_number() -> None:
    article = (
        "Four people were killed at the restaurant on Sunday. Eight people were hospitalized after the "
        "shooting, six of them with gunshot wounds."
    )
    assert (
        extracted_claim_kind(article, "Eight people were hospitalized, four of them with gunshot wounds.")
        == "number"
    )
    assert (
        extracted_claim_kind(article, "Eight people were hospitalized, six of them with gunshot wounds.")
        is None
    )
    # guard: where the article gives the part two counts, the claim's own is one of them
    both = (
        "Twelve pupils at the first school were hurt, four of them with minor injuries. At the second "
        "school, five pupils were hurt, two of them with minor injuries."
    )
    assert (
        extracted_claim_kind(
            both, "At the second school, five pupils were hurt, two of them with minor injuries."
        )
        is None
    )


_WHEAT = (
    "Korea has been testing shipments of U.S. wheat, and farmers there say they want proof it is clean. "
    "The rogue plants were found on a farm in eastern Oregon last spring. The head of the wheat commission "
    "expects Japan, which has "
    "suspended its purchases of U.S. wheat, to resume buying when it is sure the wheat is clean."
)


def test_a_deed_the_article_gives_another_country_anywhere_is_caught() -> None:
    # issue 16: "Korea has suspended" where only "Japan, which has suspended" does, two sentences on
    claim = "Korea has suspended its purchases of U.S. wheat."
    assert extracted_claim_kind(_WHEAT, claim) == "attribution"
    assert extracted_claim_kind(_WHEAT, "Japan has suspended its purchases of U.S. wheat.") is None


def test_the_same_body_under_its_initials_is_no_other_one() -> None:
    # guards the names compared: "The U.N." is "The United Nations"; and a deed done to something else
    # ("a new refugee camp", not "grain") gives no other body the claim's deed
    article = (
        "The U.N. has sent the Red Cross tents to Jordan. The UNHCR is readying a new refugee camp in "
        "Jordan. The World Food Program feeds four million people. Now the agency is readying grain."
    )
    assert extracted_claim_kind(article, "The United Nations has sent the Red Cross tents to Jordan.") is None
    assert extracted_claim_kind(article, "The World Food Program is readying grain.") is None
