"""Whose words a position's evidence is (issue 16), on short made-up articles: a quotation the article
gives one named speaker is not another's, even when the other speaks in the same sentence."""

from __future__ import annotations

from brief.extract import extract
from brief.schema import Actor, ActorKind, Draft, Position
from brief.verify import verify


def _drop_of(
    text: str, actor: str, evidence: str, aliases: tuple[str, ...] = (), kind: ActorKind = "person"
) -> str | None:
    draft = Draft(
        title=text.splitlines()[0],
        summary="A short summary.",
        actors=[Actor(name=actor, aliases=list(aliases), kind=kind)],
        positions=[Position(actor=actor, stance="Keeps every option open.", evidence=[evidence])],
    )
    _, grounding = verify(draft, text, extract(text))
    return next((d.kind for d in grounding.dropped if d.field == "positions[0]"), None)


def test_a_quotation_given_to_one_speaker_is_not_anothers_who_speaks_in_the_same_sentence() -> None:
    text = (
        "Council split on manager\n\n"
        "Tom Hale said firing the town manager “will be strongly considered,” according to the newspaper, "
        "while Rita Cole told the Weekly, “In my mind, nothing is off the table.”\n"
    )
    quote = "In my mind, nothing is off the table."
    assert _drop_of(text, "Tom Hale", quote) == "attribution"
    assert _drop_of(text, "Rita Cole", quote) is None


def test_a_group_named_two_ways_keeps_its_own_quotation() -> None:
    text = (
        "Doctors offer flu shots\n\n"
        "The doctors, members of a recently formed group Doctors for Camp Closure, have offered to run a "
        "mobile flu clinic at no cost.\n\n"
        '"Flu season has already begun in many parts of the country, so we write with urgency," the '
        "doctors stated.\n"
    )
    quote = "Flu season has already begun in many parts of the country, so we write with urgency"
    assert _drop_of(text, "Doctors for Camp Closure", quote, ("the doctors",)) is None


def test_what_only_seems_so_is_not_a_fact_whatever_else_the_claim_hedges() -> None:
    from brief.extract import load_nlp
    from brief.verify.article import ArticleIndex
    from brief.verify.claims import Claim
    from brief.verify.lexicon import stem

    assert stem("agreement") == stem("agrees")  # one stem for a verb and its "-ment" noun
    article = (
        "By changing its position, the ministry seems to be in agreement with the union's stand that there "
        "should be no outside mediation in the dispute."
    )
    nlp = load_nlp()
    index = ArticleIndex(article, [(s.start_char, s.end_char) for s in nlp(article).sents])

    def kind(claim: str) -> str | None:
        problem = index.check(Claim.of(claim, nlp(claim))).problem
        return problem.kind if problem else None

    assert kind("The ministry agrees with the union that there should be no outside mediation.") == "hedge"
    hedged = "The ministry seems to agree with the union that there should be no outside mediation."
    assert kind(hedged) is None


def test_an_unnamed_spokesman_or_union_described_by_the_bodys_name_speaks_for_it() -> None:
    text = (
        "Nurses fault clinic\n\n"
        "Nurses at Lakeside Valley Clinic said they were given flimsy gowns. "
        "The largest U.S. nurses' union, Care Nurses Alliance, charged that waste piled up for days.\n\n"
        "A clinic spokesman told reporters that the facility had not received similar complaints.\n\n"
        "Mayor Ann Dole said the city would review the claims.\n"
    )
    clinic = "the facility had not received similar complaints"
    assert _drop_of(text, "Lakeside Valley Clinic", clinic) is None
    assert _drop_of(text, "Ann Dole", clinic) == "attribution"


def test_words_that_name_their_own_speaker_are_his_as_another_relays_them() -> None:
    text = (
        "Council drops the pledge\n\n"
        "Council Member Tim Brausen said the change would make the meetings more welcoming.\n\n"
        "Party chairperson Jennifer Carnahan said she attended the meeting.\n\n"
        '"One of the gentlemen, Tim Brausen, said evidently Minnesotans are upset because we are playing '
        'with their traditions. It was very disturbing," she recalled.\n'
    )
    relayed = "One of the gentlemen, Tim Brausen, said evidently Minnesotans are upset"
    assert _drop_of(text, "Tim Brausen", relayed) is None
    assert _drop_of(text, "Tim Brausen", "It was very disturbing") == "attribution"


def test_he_after_a_sentence_naming_the_actor_may_be_the_actor_whoever_the_extraction_guessed() -> None:
    text = (
        "Umpire under fire\n\n"
        "She argued with chair umpire Carlos Ramos.\n\n"
        "The drama started when Ramos handed Williams a coaching violation because of gestures made by "
        "her coach Patrick Mouratoglou. He later admitted to coaching, which is an offence in the sport.\n\n"
        "Ramos spoke to reporters after the final. He said he had followed the rules to the letter.\n"
    )
    assert _drop_of(text, "Patrick Mouratoglou", "He later admitted to coaching") is None
    assert _drop_of(text, "Patrick Mouratoglou", "He said he had followed the rules") == "attribution"


def test_she_pointing_to_what_police_said_is_hers_after_a_sentence_naming_her() -> None:
    text = (
        "MPs debate ban\n\n"
        "But Tulip Siddiq, a Labour Party member, said his rhetoric has spurred racist violence. She pointed "
        "to a report from Boston last year where police said two white thugs beat a homeless man. Later, "
        "police said the two men were charged.\n"
    )
    pointed = (
        "She pointed to a report from Boston last year where police said two white thugs beat a homeless man"
    )
    assert _drop_of(text, "Tulip Siddiq", pointed) is None
    assert _drop_of(text, "Tulip Siddiq", "Later, police said the two men were charged.") == "attribution"


def test_a_bare_group_speaks_for_the_body_named_just_before_it() -> None:
    text = (
        "Students end strike\n\n"
        "Graduate students at the college ended their strike on Wednesday. The strike was called by the "
        "Riverside Graduate Workers Union, which has bargained with the college for a year. College "
        "president Ann Lee said the strike was over.\n\n"
        "Leaders said the strike resulted in six tentative agreements on parts of the contract.\n\n"
        "The nurses also alleged that hazardous waste was allowed to pile up, the Riverside Nurses "
        "Association said in a statement.\n"
    )
    words = "the strike resulted in six tentative agreements on parts of the contract"
    assert _drop_of(text, "Riverside Graduate Workers Union", words) is None
    assert _drop_of(text, "Riverside Nurses Association", "hazardous waste was allowed to pile up") is None
    # not a person's: bare "Leaders" are no one named
    assert _drop_of(text, "Ann Lee", words) == "attribution"


def test_a_bare_document_is_the_words_of_whoever_the_sentences_before_it_name_as_its_author() -> None:
    text = (
        "Sleeping to Mars\n\n"
        "The Harbour Institute first proposed sleeping crews in 1990. Few took it up. Money was short. "
        "The idea was shelved.\n\n"
        "Engineers at the Riverside Design Facility spent a year on the idea. Ann Lee, who leads the team, "
        "said the work was hard.\n\n"
        "The study found the spacecraft mass could be cut by a third by removing the crew quarters.\n"
    )
    words = "the spacecraft mass could be cut by a third by removing the crew quarters"
    assert _drop_of(text, "Riverside Design Facility", words) is None
    assert _drop_of(text, "Harbour Institute", words) == "attribution"  # named, but long before


def test_a_spokesman_named_without_his_body_speaks_for_the_body_just_named() -> None:
    text = (
        "Saudi Arabia cuts ties with Iran\n\n"
        "The U.S. State Department called on Tehran to protect the embassy. "
        "Spokesman John Kirby later said the administration was aware of the break.\n\n"
        "Human Rights Watch has documented executions in the kingdom for years. "
        "Its researchers visited Riyadh in March. They met officials there. The visit was brief. "
        "The officials gave no answers.\n"
    )
    words = "Spokesman John Kirby later said the administration was aware of the break."
    assert _drop_of(text, "U.S. State Department", words, kind="organisation") is None
    assert _drop_of(text, "Human Rights Watch", words, kind="organisation") == "attribution"
