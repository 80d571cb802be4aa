"""Claims that contradict the article in a word of their own (issue 16), on short made-up articles: a
thing put at another place of a series, a denial the claim turns into an assertion beside a "rather than"
of its own; and faithful ones told in other words, which must stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.extract import extract
from brief.schema import Actor, Draft, Position
from brief.verify import verify
from tests.conftest import claim_kind, presumes_unreported

RULING = (
    "A judge handed the oil company a victory in only the second climate lawsuit to reach trial in the "
    "country. On the last day of the trial, the state withdrew two counts of fraud from its lawsuit. "
    '"Nothing in this opinion is intended to absolve the company from responsibility for contributing to '
    'climate change," the judge wrote. But, he added, "this is a securities fraud case, not a climate '
    'change case."'
)


def test_another_place_in_a_series_is_a_wrong_figure() -> None:
    assert claim_kind(RULING, "The company won only the third climate lawsuit to reach trial.") == "number"
    opening = "The state withdrew two fraud counts on the opening day of the trial."
    assert claim_kind(RULING, opening) == "number"
    assert claim_kind(RULING, "The company won only the second climate lawsuit to reach trial.") is None
    assert claim_kind(RULING, "The state withdrew two fraud counts on the last day of the trial.") is None


def test_a_rather_than_of_its_own_does_not_excuse_asserting_a_denied_fact() -> None:
    flipped = (
        "The judge wrote that his opinion absolves the company of responsibility for contributing to "
        "climate change, stressing that this was a securities fraud case rather than a climate change case."
    )
    kept = flipped.replace("his opinion absolves", "nothing in his opinion is meant to absolve")
    assert claim_kind(RULING, flipped) == "negation"
    assert claim_kind(RULING, kept) is None


def _drops(text: str, actor: Actor, stance: str, evidence: str) -> dict[str, str]:
    draft = Draft(
        title=text.splitlines()[0],
        summary="A short summary.",
        actors=[actor],
        positions=[Position(actor=actor.name, stance=stance, evidence=[evidence])],
    )
    _, grounding = verify(draft, text, extract(text))
    return {d.field: d.kind for d in grounding.dropped if d.field != "summary[0]"}


def test_a_ruling_told_by_the_judge_of_a_named_court_is_his_own() -> None:
    text = (
        "Oil company wins fraud case\n\n"
        "Justice Barry Ostrager of the New York State Supreme Court said that the attorney general failed "
        "to prove that the oil giant broke the law.\n"
    )
    evidence = text.splitlines()[2]
    judge = Actor(name="Barry Ostrager", kind="person")
    assert (
        _drops(
            text, judge, "Ruled that the attorney general failed to prove the company broke the law", evidence
        )
        == {}
    )


def test_look_in_the_claim_tells_the_articles_appear() -> None:
    text = (
        "State says oil company misled investors\n\n"
        "Attorney General Letitia James said doing so made the company's assets appear more secure than they "
        "really were, which in turn affected its share price.\n"
    )
    evidence = text.splitlines()[2]
    james = Actor(name="Letitia James", kind="person")
    stance = (
        "Argued that the company made its assets look more secure than they were, affecting its share price"
    )
    assert _drops(text, james, stance, evidence) == {}
    assert _drops(text, james, stance.replace("look more secure", "more secure"), evidence) == {
        "positions[0].stance": "hedge"
    }


def test_a_spokesmans_body_named_after_his_title_is_his_description() -> None:
    text = (
        "Courts brace for more border cases\n\n"
        "Devin O'Malley, a spokesman for the Justice Department, said the agency was in touch with the "
        "courts.\n"
    )
    evidence = "the agency was in touch with the courts"
    spokesman = Actor(name="Devin O'Malley", kind="person", role="Justice Department spokesman")
    assert "actors[0].role" not in _drops(
        text, spokesman, "Says the agency is in touch with the courts", evidence
    )
    spokesman = Actor(name="Devin O'Malley", kind="person", role="Defense Department spokesman")
    assert (
        _drops(text, spokesman, "Says the agency is in touch with the courts", evidence)["actors[0].role"]
        == "role"
    )


def test_words_before_a_capitalised_title_are_no_part_of_it() -> None:
    text = (
        "Cap dropped\n\n"
        '"We appreciate the thoughtful process Mayor Bill Harlow and his administration have engaged in," '
        "said Josh Mohrer. Harlow ordered a congestion study in July.\n"
    )
    mayor = Actor(name="Bill Harlow", kind="person", role="City mayor who ordered the congestion study")
    assert "actors[0].role" not in _drops(
        text, mayor, "Ordered a congestion study", "Harlow ordered a congestion study"
    )


DEBATE = (
    "Members of parliament called the senator everything from a buffoon to a bully on Monday, but stopped "
    "short of endorsing a ban, saying they didn't want to turn him into a political martyr. The members "
    "said the decision on barring his entry belonged to the home secretary, not Parliament, so the debate "
    "was symbolic. Ann Price, a campaigner, said this is nothing more than a public relations stunt. "
    "Doctors in Italy say patients are less sick. Philip Davies, a conservative member, defended the "
    "senator. Liberty Media took a stake in the firm."
)


def test_a_denial_of_one_word_or_of_a_wish_is_not_a_denial_of_the_rest() -> None:
    # "X, not Y, so ...": the "not" denies Y alone; "didn't want to turn him": the wish, not the turning
    assert (
        claim_kind(DEBATE, "The decision rests with the home secretary, so the debate was symbolic.") is None
    )
    assert claim_kind(DEBATE, "They said a ban would turn him into a political martyr.") is None
    assert claim_kind(DEBATE, "They wanted to turn him into a political martyr.") == "negation"
    # "nothing more than" measures; it denies nothing
    assert claim_kind(DEBATE, "Ann Price called it a public relations stunt.") is None


def test_a_people_a_party_word_and_initials_of_the_articles_words_are_its_names() -> None:
    assert claim_kind(DEBATE, "Italian doctors say patients are less sick.") is None
    assert claim_kind(DEBATE, "Conservative Philip Davies defended the senator.") is None
    assert claim_kind(DEBATE, "Ann Price called it a PR stunt.") is None
    assert claim_kind(DEBATE, "Liberty Global took a stake in the firm.") == "name"
    assert claim_kind(DEBATE, "Austrian doctors say patients are less sick.") == "name"


PROTEST = (
    "Members of Parliament said they had to hold the debate after pressure from the public, underscored "
    "by the more than half a million people who signed an online petition. Lewis said the evaluations "
    "could result in 6,000 teachers losing their jobs within two years. Atkins said voters in her "
    "constituency may well tell him he is a fool."
)


def test_a_round_figure_with_an_article_is_a_figure() -> None:
    assert claim_kind(PROTEST, "An online petition was signed by more than a million people.") == "number"
    assert claim_kind(PROTEST, "An online petition was signed by more than half a million people.") is None


def test_what_will_or_would_happen_where_the_article_says_it_could() -> None:
    assert claim_kind(PROTEST, "Lewis says the evaluations will cost 6,000 teachers their jobs.") == "hedge"
    assert claim_kind(PROTEST, "Lewis says the evaluations could cost 6,000 teachers their jobs.") is None
    assert (
        claim_kind(PROTEST, "Atkins says voters in her constituency would tell him he is a fool.") == "hedge"
    )
    assert claim_kind(PROTEST, "Atkins says voters in her constituency may tell him he is a fool.") is None


def test_a_role_naming_another_family_tie_is_wrong() -> None:
    text = (
        "Arrests made\n\n"
        "Two men were charged with the murder of Ahmed Lowry on Thursday. His mother could not be reached. "
        "His aunt, Thea Bowles, told reporters that there is a long way to go before the case is resolved.\n"
    )
    evidence = "there is a long way to go before the case is resolved"
    aunt = Actor(name="Thea Bowles", kind="person", role="Aunt")
    assert "actors[0].role" not in _drops(text, aunt, "Says there is a long way to go", evidence)
    mother = Actor(name="Thea Bowles", kind="person", role="Mother")
    assert _drops(text, mother, "Says there is a long way to go", evidence)["actors[0].role"] == "role"


def test_a_deed_done_where_the_article_has_it_still_to_come() -> None:
    article = (
        "Senator Bob Corker has requested a classified briefing on the killing. The agency is readying a "
        "new refugee camp in central Jordan. Rogers and her colleagues are planning a larger study now."
    )
    assert claim_kind(article, "Corker received a classified briefing on the killing.") == "hedge"
    assert claim_kind(article, "The agency has opened a new refugee camp in central Jordan.") == "hedge"
    assert claim_kind(article, "Rogers has launched a larger study.") == "hedge"
    assert claim_kind(article, "Corker requested a classified briefing on the killing.") is None
    assert claim_kind(article, "Rogers and her colleagues plan a larger study.") is None


def test_a_deed_done_where_the_article_has_it_proposed_studied_or_only_ready() -> None:
    article = (
        "The water board is reviewing stricter limits on nitrate runoff from dairy farms. The ministry said "
        "it is studying options, including a new licensing scheme for drone pilots. Parliament appears "
        "ready to take up the question of lobbying rules."
    )
    assert claim_kind(article, "The water board has adopted stricter limits on nitrate runoff.") == "hedge"
    assert (
        claim_kind(article, "The ministry has finalised a new licensing scheme for drone pilots.") == "hedge"
    )
    assert claim_kind(article, "Parliament has taken up the question of lobbying rules.") == "hedge"
    assert claim_kind(article, "The water board is reviewing stricter limits on nitrate runoff.") is None
    assert claim_kind(article, "The ministry is studying a new licensing scheme for drone pilots.") is None


def test_a_union_or_its_leaders_unnamed_speak_for_the_union_named_so() -> None:
    text = (Path(__file__).parent / "fixtures/capable/labour_harvard_grad_strike_ends.txt").read_text()
    union = Actor(name="Harvard Grad Students Union-UAW", kind="organisation")
    hailed = "a union representing the school's graduate student employees hailed the strike as a victory"
    accused = "Harvard threatened student workers instead of agreeing to protections against workplace abuse"
    assert _drops(text, union, "Hailed the strike as a victory", hailed) == {}
    assert _drops(text, union, "Accuses Harvard of threatening student workers", accused) == {}


HEARING = (
    "The foreign secretary ruled out military options on Monday, but warned of serious consequences if the "
    "tanker was not released. The opposition leader congratulated the prime minister on his victory. "
    "Dr Ellen Park, a child psychiatrist, was impressed with the results of the small trial. "
    '"I do not think this is acceptable behaviour," the speaker said.'
)


def test_declining_or_stopping_short_of_a_deed_the_article_says_was_done_is_a_flip() -> None:
    assert claim_kind(HEARING, "The foreign secretary declined to rule out military options.") == "negation"
    stopped = "The opposition leader stopped short of congratulating the prime minister on his victory."
    assert claim_kind(HEARING, stopped) == "negation"
    assert claim_kind(HEARING, "The foreign secretary ruled out military options.") is None
    assert claim_kind(HEARING, stopped.replace("stopped short of congratulating", "congratulated")) is None


def test_a_refusal_inside_what_the_claim_reports_is_no_denial_of_its_own() -> None:
    article = (
        "\"We don't subscribe to the view that you have to let everybody in that wants to, or if you don't, "
        "you don't believe in free speech,\" the chief executive said."
    )
    claim = "He rejects the idea that refusing to let everybody in means opposing free speech"
    assert claim_kind(article, claim) is None


def test_a_word_with_a_prefix_that_says_not_is_the_opposite_of_the_articles_word() -> None:
    unimpressed = "Dr Ellen Park was unimpressed by the results of the small trial."
    assert claim_kind(HEARING, unimpressed) == "negation"
    assert claim_kind(HEARING, unimpressed.replace("unimpressed", "impressed")) is None
    # the article's own denial of the word before it: "do not think this is acceptable" is "unacceptable"
    assert claim_kind(HEARING, "The speaker called the behaviour unacceptable.") is None


def test_a_deed_the_article_tells_only_as_reportedly_done_is_a_hedge_dropped() -> None:
    article = (
        "The mayor reportedly proposed that the parking fee be scrapped, arguing it should have been put to "
        "a vote, while a councillor proposed further meetings on the subject."
    )
    assert claim_kind(article, "The mayor proposed scrapping the parking fee.") == "hedge"
    assert claim_kind(article, "The mayor reportedly proposed scrapping the parking fee.") is None
    assert claim_kind(article, "A councillor proposed further meetings on the subject.") is None


def test_a_deed_the_article_has_someone_picked_asked_or_needing_to_do_is_not_done() -> None:
    article = (
        "The president picked the admiral to take over the agency after the secretary was ousted. The party "
        "chairman said the candidate needs to resolve his legal issue. The council voted to approve the plan."
    )
    assert claim_kind(article, "The admiral took over the agency.") == "hedge"
    assert claim_kind(article, "The chairman says the candidate has resolved his legal issue.") == "hedge"
    assert claim_kind(article, "The council approved the plan.") is None


def test_a_with_clause_is_a_fact_of_its_own_and_keeps_the_will_before_it() -> None:
    article = (
        "Activists have claimed that the army is using a national firewall to silence dissent. Internet "
        "speeds have slowed over the past few months, with reports indicating that speeds up to 40% slower "
        "have affected nearly half of the country's users. The club will convert the field for each home "
        "game. The grandstand and terrace levels will be closed for most matches."
    )
    fused = (
        "The army is using a national firewall to silence dissent, with speeds up to 40% slower for nearly "
        "half of the country's users."
    )
    assert claim_kind(article, fused) == "hedge"
    planned = (
        "The club will convert the field for each home game, with the grandstand and terrace levels closed "
        "for most matches."
    )
    assert claim_kind(article, planned) is None


def test_a_refusal_the_claim_itself_tells_denies_the_deed_the_article_says_was_done() -> None:
    article = (
        "The mayor signed the order on Monday, his aide said. The council, which had asked for a delay, "
        "met on Tuesday."
    )
    assert claim_kind(article, "Says the mayor refused to sign the order") == "negation"
    assert (
        claim_kind(article, "Met on Tuesday with the mayor, who had refused to sign the order") == "negation"
    )
    assert claim_kind(article, "Says the mayor signed the order") is None


def test_a_figure_of_one_clause_the_supporting_sentence_gives_as_another_is_wrong() -> None:
    # the whole sentence rests on the one about plains and dunes (17 percent); 14 percent is the hills'
    article = (
        Path(__file__).parent / "fixtures" / "capable" / "science_titan_geological_map.txt"
    ).read_text()
    claim = (
        "Plains cover 65 percent of the surface and dunes 14 percent, and Titan is the only Solar System "
        "object other than Earth boasting stable liquids on the surface."
    )
    assert claim_kind(article, claim) == "number"
    assert claim_kind(article, claim.replace("14", "17")) is None


def test_a_deed_had_done_or_thanked_for_is_done_and_not_what_the_article_has_still_to_come() -> None:
    article = (
        "The mayor said the city has sent a team to disinfect the home and the inside of her car, which will "
        'be removed this afternoon. "I thank the police department as it works to find and apprehend the '
        'gunman," the mayor said.'
    )
    assert (
        claim_kind(article, "Sent a team to disinfect the home and car, and had the car removed") == "hedge"
    )
    assert (
        claim_kind(article, "Sent a team to disinfect the home and car, and will have the car removed")
        is None
    )
    assert claim_kind(article, "Thanked the police department for apprehending the gunman") == "hedge"
    assert claim_kind(article, "Thanked the police department for working to apprehend the gunman") is None


def test_what_would_have_been_is_no_assertion_that_it_was() -> None:
    article = (
        "Her attorney, Benjamin Crump, said it was unbelievable that Marshall decided not to take the case "
        'to a grand jury.\n\n"When you look at that report, it is bias 100 percent to exonerate the police '
        'of murder," Crump said during a news conference on Tuesday.\n\n'
        "He added that \"reasonable minds would have said, 'This needs to have a trial by jury.'\""
    )
    claim = (
        "Calls the report 100 percent biased toward exonerating police and says reasonable minds would have "
        "sent the case to a jury trial"
    )
    assert claim_kind(article, claim) is None
    assert claim_kind(article, "Says Marshall took the case to a grand jury") == "negation"


def test_a_quotations_own_denial_does_not_deny_its_reporting_verb() -> None:
    article = (
        'The prime minister said he was shocked by the death. "Peaceful opposition is a fundamental right. '
        'Repression does not last," he tweeted.'
    )
    assert claim_kind(article, "Tweeted that peaceful opposition is a fundamental right") is None
    assert claim_kind(article, "Says repression lasts") == "negation"


def test_a_word_the_article_has_only_under_if_is_no_assertion_of_it() -> None:
    supposed = (
        "It would be one thing if the teacher was proselytizing to kids, but she's not doing that, the union "
        "leader insisted."
    )
    said = "The teacher was proselytizing to kids, the union leader said."
    claim = "Says the teacher is not proselytizing to kids"
    assert claim_kind(supposed, claim) is None
    assert claim_kind(said, claim) == "negation"


def test_declining_to_comment_is_a_silence_on_both_sides() -> None:
    article = (
        '"I have no illusions about the bill making it through, but I want it to be clear that the House '
        "will stand in defense of the people's right to keep and bear arms,\" Leara said. "
        "He declined further comment."
    )
    claim = (
        "Says the House will defend the people's right to keep and bear arms, and declined to comment further"
    )
    assert claim_kind(article, claim) is None


def test_two_events_told_in_the_opposite_order_flip_the_article() -> None:
    article = "The video and report were released to the media before the family was notified, Crump said."
    assert (
        claim_kind(
            article, "Says the family was notified before the video and report were released to the media"
        )
        == "negation"
    )
    assert (
        claim_kind(article, "Says the video and report were released before the family was notified") is None
    )
    assert (
        claim_kind(article, "Says the family was notified after the video and report were released") is None
    )


def test_figures_swapped_between_the_names_after_them_are_wrong() -> None:
    article = (
        "GM has about 1,500 employees at the Detroit plant, 1,600 at the Lordstown factory and 2,500 at "
        "Oshawa, the company said."
    )
    assert claim_kind(article, "Employs about 1,600 people at Detroit, 1,500 at Lordstown") == "number"
    assert claim_kind(article, "Employs about 1,500 people at Detroit, 1,600 at Lordstown") is None
    tour = (
        "The band plays Mountain View on Sept. 12, with Houston's pavilion hosting the final date, Oct. 10."
    )
    assert claim_kind(tour, "The final date of the tour is Oct. 10 in Houston.") is None


def test_a_deed_in_a_list_that_goes_on_from_will_is_still_to_come() -> None:
    article = (
        "The NTSB head added that they will investigate both maintenance and personnel records, interview "
        "the train crew in the next day or two, and they anticipate being on scene for ten days."
    )
    assert claim_kind(article, "Has interviewed the train crew") == "hedge"
    grid = "Hamilton will start on pole ahead of Sebastian Vettel, who won last time out in Malaysia."
    assert claim_kind(grid, "Vettel won last time out in Malaysia.") is None
    board = (
        "Nurses worry about what will happen to patients following the abrupt resignation of ten board "
        "members. On Monday ten board members resigned."
    )
    assert claim_kind(board, "Ten board members resigned on Monday.") is None


def test_a_summary_sentence_with_no_verb_or_no_finite_verb_and_subject_is_no_sentence() -> None:
    article = (
        "Holland beat Spain\n\nHolland beat Spain 2-0 at the Amsterdam Arena on Tuesday night. The Dutch "
        "coach said his side had played well. Sarah Watson, 34, was falsely accused of blackmailing a "
        "player.\n"
    )
    summary = (
        "Spain's 2-0 defeat to Holland at the Amsterdam Arena on Tuesday. The Dutch coach said his side had "
        "played well. Sarah Watson, 34, falsely accused of blackmailing a player."
    )
    draft = Draft(title="Holland beat Spain", summary=summary)
    _, grounding = verify(draft, article, extract(article))
    dropped = {d.field: d.kind for d in grounding.dropped}
    assert dropped.get("summary[0]") == "truncated"
    assert dropped.get("summary[2]") == "truncated"
    assert "summary[1]" not in dropped


def test_an_age_told_beside_another_persons_name_is_wrong() -> None:
    article = (
        '"I thought I lost you," the relieved father, Frank Jordan, said. Louis Jordan, 37, took his '
        "35-foot sailboat out in late January. Copeland, 31, and his wife were talking in the street."
    )
    assert claim_kind(article, "Frank Jordan, 37, took his sailboat out in late January.") == "number"
    assert claim_kind(article, "Louis Jordan, 37, took his sailboat out in late January.") is None
    assert claim_kind(article, "Chris Copeland, 31, and his wife were talking in the street.") is None


def test_a_deed_done_to_a_thing_the_article_has_only_to_come_with_another_verb() -> None:
    article = (
        "The carmaker offered buyouts to 9,000 workers last month. The carmaker is expected to make "
        "involuntary cuts in March, a spokesman said. The state's retrial of Roof is scheduled to begin on "
        "Jan. 17. "
        "The mayor told council members they would get the answers the next morning."
    )
    assert claim_kind(article, "The carmaker has begun involuntary cuts.") == "hedge"
    assert claim_kind(article, "The state has opened its retrial of Roof.") == "hedge"
    assert claim_kind(article, "The mayor sent council members the answers the next morning.") == "hedge"
    # what the article tells as done stays: the buyouts were offered, by another verb too
    assert claim_kind(article, "The carmaker has made buyout offers to 9,000 workers.") is None
    assert claim_kind(article, "The carmaker extended buyouts to 9,000 workers last month.") is None


def test_will_is_not_what_the_article_has_only_asked_for_or_planned() -> None:
    article = (
        "Dale Orwin has asked to represent himself at the sentencing hearing, which is set for Jan. 3. "
        "The band plans to tour Europe next year. The council will publish the report in May."
    )
    assert claim_kind(article, "Orwin will represent himself at the sentencing hearing.") == "hedge"
    assert claim_kind(article, "The band will tour Europe next year.") == "hedge"
    assert claim_kind(article, "Orwin wants to represent himself at the sentencing hearing.") is None
    assert claim_kind(article, "The council will publish the report in May.") is None
    plans = "The chain will never plan to offer meat on its menus, its lawyer said."
    assert claim_kind(plans, "The chain will never offer meat on its menus.") is None
    zoo = "The zoo plans to press charges against the family on Monday."
    assert claim_kind(zoo, "There is a strong chance the zoo will press charges on Monday.") is None
    assert claim_kind(zoo, "The zoo will press charges against the family on Monday.") == "hedge"


def test_a_role_that_gives_the_actor_another_age_is_a_wrong_number() -> None:
    text = (
        "Arrest made\n\nPolice arrested Dale Porter, 20, on Sunday. The victim, Ana Cruz, 21, was treated in "
        "hospital. Porter said he was not at the mall that night.\n"
    )
    evidence = "he was not at the mall that night"
    wrong = Actor(name="Dale Porter", kind="person", role="21-year-old arrested on Sunday")
    assert _drops(text, wrong, "Says he was not at the mall", evidence)["actors[0].role"] == "number"
    right = Actor(name="Dale Porter", kind="person", role="20-year-old arrested on Sunday")
    assert "actors[0].role" not in _drops(text, right, "Says he was not at the mall", evidence)


def test_a_day_told_after_the_words_the_article_gives_another_day() -> None:
    article = (
        "Shooting\n\nThe boy's father, Sam Ortiz, told reporters on Friday that his son was unarmed when the "
        "guard shot him Thursday night.\n"
    )
    assert (
        claim_kind(article, "Ortiz said his son was unarmed when the guard shot him Friday night.")
        == "number"
    )
    assert (
        claim_kind(article, "Ortiz said his son was unarmed when the guard shot him Thursday night.") is None
    )
    assert claim_kind(article, "Ortiz told reporters on Friday that his son was unarmed.") is None


def test_a_finding_according_to_a_study_is_its_authors_and_no_sentence_opener_is_a_source() -> None:
    text = (
        "Study\n\nRates of sleep loss have risen among nurses who work night shifts, according to a study. "
        "The researchers surveyed 4,000 nurses in 12 hospitals. “As we said last week, hospitals should hire "
        "more staff,” the Kessland Nurses Union said on Monday.\n"
    )
    researchers = Actor(name="researchers", kind="group")
    assert "positions[0].stance" not in _drops(
        text,
        researchers,
        "Found that sleep loss has risen among nurses who work night shifts",
        "Rates of sleep loss have risen among nurses who work night shifts",
    )
    # "“As we said last week, ...”": "As" opens the quotation, it is no one who reports it
    union = Actor(name="Kessland Nurses Union", kind="organisation", aliases=["the union"])
    kinds = _drops(text, union, "Stresses that hospitals need more staff", "hospitals should hire more staff")
    assert "positions[0].stance" not in kinds, kinds


def test_a_joined_sentence_that_no_sentence_holds_whole_is_dropped_for_the_clause_the_article_hedges() -> (
    None
):
    """Made-up article: two people far apart. The joined summary sentence has no one sentence with both
    names, but its second clause drops the article's "likely": that is what is wrong with it."""
    article = (
        "Dr. Ana Reyes, who heads the state's hospital board, said the procedure remains relatively safe. "
        "The board met on Tuesday. Its members discussed the budget. The weather was mild. "
        "Consultant Tom Berg said many infections likely are going unreported."
    )
    hedged = (
        "Ana Reyes says the procedure remains relatively safe, while consultant Tom Berg says many "
        "infections are going unreported."
    )
    kept = hedged.replace("many infections are", "many infections likely are")
    assert claim_kind(article, hedged) == "hedge"
    assert claim_kind(article, kept) is None


def test_a_presumptions_reason_names_the_questions_own_word() -> None:
    """Made-up article: the reason quotes "suspended" as the question has it, not a stem ("suspe")."""
    from brief.extract import load_nlp
    from brief.verify.article import ArticleIndex
    from brief.verify.claims import Claim
    from brief.verify.presuming import presumes

    article = "The network pledged to act against similar accounts. The account was renamed on Tuesday."
    nlp = load_nlp()
    index = ArticleIndex(article, [(s.start_char, s.end_char) for s in nlp(article).sents])
    question = "Why was the account suspended?"
    verdict = presumes(index, Claim.of(question, nlp(question)))
    assert verdict is not None and verdict.problem is not None and verdict.problem.kind == "presumption"
    assert "'suspended' happened" in verdict.problem.reason, verdict.problem.reason


@pytest.mark.parametrize(
    ("question", "presumed"),
    [
        # spaCy's small model reads the verb after a possessive subject as a noun; "did" makes it a verb
        ("Why did Marlow's campaign disavow the mailer that showed him with a rifle?", True),
        ("Why did Harlow's printing firm supply the council's posters without a contract?", True),
        ("Why did Marlow's campaign send the mailer that showed him with a rifle?", False),  # "sent"
        # "how much did" asks how far, not why: it takes no event for granted
        ("How much did the mailer weigh on the vote?", False),
    ],
)
def test_a_question_presumes_the_verb_did_makes_a_verb(question: str, presumed: bool) -> None:
    """Made-up article: the campaign sent the mailer; nothing says it disavowed it, nor that a firm
    supplied posters."""
    article = (
        "Marlow's campaign sent a mailer that showed him with a rifle. "
        "The county vote is on Tuesday, and the mailer drew complaints. Harlow's printing firm made the "
        "council's posters under a contract."
    )
    assert presumes_unreported(article, question) == presumed


@pytest.mark.parametrize(
    ("question", "presumed"),
    [
        # it takes for granted that the radiator was not repaired, which the article says: no "repair" to find
        ("Why did the landlord not repair the radiator?", False),
        # the verb it presumes done still needs the article ("repair" is nowhere in it)
        ("Why did the landlord repair the radiator?", True),
        # a "not" of a clause of its own is not the question's: the falling ill is still presumed
        ("Why did the tenant's wife, who slept in the same room, not fall ill?", True),
    ],
)
def test_a_question_that_presumes_a_thing_undone_needs_no_word_for_it(question: str, presumed: bool) -> None:
    """Made-up article: a tenant complained about the radiator; it was left as it was."""
    article = (
        "A tenant complained about the radiator last year, his landlord said. The radiator was left as it "
        "was, and the tenant's wife slept in the same room all winter."
    )
    assert presumes_unreported(article, question) == presumed
