"""Statements told as deeds or with a subject the parser loses (issue 13), on short made-up texts.

Each text exercises one general rule of news writing; none of them is a dev-set article.
"""

from __future__ import annotations

from brief.extract import Extraction, extract
from tests.conftest import spoken_by


def _said(extraction: Extraction, speaker_word: str) -> list[str]:
    return [s.text for s in extraction.statements if speaker_word in s.speaker]


def test_an_infinitive_of_purpose_is_its_doers_stance() -> None:
    text = (
        "Hundreds of nurses marched through Leeds on Saturday to call for safer staffing on hospital "
        "wards. The nurses chanted outside the town hall.\n"
    )
    said = _said(extract(text), "nurses")
    assert any(s.startswith("to call for safer staffing") for s in said)


def test_a_dateline_is_not_the_subject_of_the_sentence_it_opens() -> None:
    text = (
        "Protest over pay\n\nBirmingham – Several hundred nurses gathered outside the hospital on Monday to "
        "call for better pay and safer wards. The nurses chanted for two hours.\n"
    )
    extraction = extract(text)
    assert any("call for better pay" in s.text for s in extraction.statements if "nurses" in s.speaker)
    assert not [s for s in extraction.statements if s.speaker == "Birmingham"]


def test_deciding_to_act_is_a_stance() -> None:
    text = (
        "The Dorset County Council decided to close the Swanage library after a review of its budget. "
        "Residents were not consulted.\n"
    )
    said = _said(extract(text), "Council")
    assert any("close the Swanage library" in s for s in said)


def test_a_denial_with_a_pronoun_object_is_a_stance() -> None:
    text = (
        "According to two former employees, Maria Lopez, the firm's general counsel, hired an investigator "
        "to follow a reporter. (Through a spokesperson, Lopez denied this.) The reporter had written about "
        "the firm for years.\n"
    )
    said = _said(extract(text), "Lopez")
    assert any("Lopez denied this" in s for s in said)


def test_both_men_are_the_pair_named_before() -> None:
    text = (
        "American engineer Paul Hart and Canadian pilot Simon Greaves were kidnapped in Mali in 2019. "
        "The group released a video of them a year later.\n\n"
        "Both men claimed at the time that they were being treated well by their captors.\n"
    )
    extraction = extract(text)
    said = [s for s in extraction.statements if "treated well" in s.text]
    assert [s.speaker for s in said] == ["Paul Hart"]  # the pair's words once, under the first named
    assert said[0].text.startswith("they were being treated well")  # not "at the time that they ..."


def test_both_men_are_filed_under_the_first_of_the_pair() -> None:
    text = (
        "American engineer Paul Hart and Australian teacher Simon Weeks were kidnapped in Mali in 2019. "
        "Hart and Weeks were held for three years.\n\n"
        "Both men said that they were being treated well by their captors.\n"
    )
    said = [s for s in extract(text).statements if "treated well" in s.text]
    assert [s.speaker for s in said] == ["Paul Hart"]


def test_a_surname_the_parser_takes_for_a_date_is_the_person_named_in_full() -> None:
    text = (
        "American Kevin King and Australian Timothy Weeks were freed on Tuesday.\n\n"
        "In a statement, Weeks said they had been treated well by their captors.\n"
    )
    said = [s for s in extract(text).statements if "treated well" in s.text]
    assert [s.speaker for s in said] == ["Timothy Weeks"]


def test_what_a_named_actor_will_do_is_its_plan_but_not_what_it_might_do() -> None:
    text = (
        "Car show opens\n\n"
        "Fordham Motors will display its first electric van at the show. Fordham Motors has built vans "
        "for decades.\n\n"
        "Kestrel Cars might display a new sedan, an analyst said. Kestrel Cars sells few sedans.\n"
    )
    extraction = extract(text)
    assert any("display its first electric van" in s for s in _said(extraction, "Fordham"))
    assert not any("display a new sedan" in s for s in _said(extraction, "Kestrel"))


def test_the_state_of_new_york_is_new_york_state() -> None:
    text = (
        "Plant to close\n\n"
        "New York State agreed to end its lawsuit against Entergy. New York State had sued twice.\n\n"
        "The State of New York will work with workers to find other jobs, officials said.\n"
    )
    names = [a.name for a in extract(text).actors]
    assert not ("New York State" in names and "State of New York" in names), names


def test_a_country_acts_but_a_town_is_a_setting() -> None:
    text = (
        "Kenya leaves Somalia\n\n"
        "Kenya said on Monday that it would reopen the border. "
        "Kenya pulled its troops out of Somalia in 2015 after a long presence in the region. "
        "Kisumu produces most of the region's sugar.\n"
    )
    extraction = extract(text)
    assert any(s.startswith("Kenya pulled its troops out of Somalia") for s in _said(extraction, "Kenya"))
    assert not any("produces" in s.text for s in extraction.statements)


def test_an_abbreviated_title_does_not_end_the_sentence_before_the_name() -> None:
    text = (
        "Raids expected\n\n"
        "Ald. Nora Quintero (12th) and Ald. Victor Osei (14th) handed out leaflets at the station on Friday "
        "evening. Det. Sgt. Lena Marsh said the police would not take part in the raids.\n"
    )
    extraction = extract(text)
    assert any(
        s.startswith("Ald. Nora Quintero") and "handed out leaflets" in s
        for s in _said(extraction, "Quintero")
    )
    assert not _said(extraction, "Osei")  # a pair's deed once, under the first named
    assert any("would not take part" in s for s in _said(extraction, "Lena Marsh"))


def test_a_verb_with_its_particle_is_a_deed() -> None:
    text = "Talks collapse\n\nMartin Brody pulled out last week, ending ten years of talks.\n"
    assert any(s.startswith("Martin Brody pulled out") for s in _said(extract(text), "Brody"))


def test_names_joined_across_a_comma_are_no_pair_of_doers() -> None:
    text = (
        "In an interview about his friendship with the banker Jeffrey Hollis, BBC's Emma Waite did an "
        "excellent job pressing the prince. The prince said little.\n"
    )
    assert not _said(extract(text), "Hollis")


def test_confirming_or_admitting_something_is_a_stance() -> None:
    text = (
        "Missile strike\n\nThe Harlow Defence Board on Sunday confirmed the weapon’s use in the overnight "
        "strike. Marden Foods admitted the recall error in 2014.\n"
    )
    extraction = extract(text)
    assert any("confirmed the weapon’s use" in s for s in _said(extraction, "Harlow Defence Board"))
    assert any("admitted the recall error" in s for s in _said(extraction, "Marden Foods"))


def test_not_answering_a_request_for_comment_is_a_deed_after_the_actors_words() -> None:
    text = (
        "Raids expected\n\nMarden Foods did not respond to requests for comment. Marden Foods said in May "
        "that it would keep the plant open.\n"
    )
    said = [s for s in extract(text).statements if s.speaker == "Marden Foods"]
    assert [s.kind for s in said if "did not respond to requests for comment" in s.text] == ["deed"]
    assert any("keep the plant open" in s.text for s in said)


def test_expressing_concern_is_a_position() -> None:
    ex = extract('The Mexican government expressed "concern about a possible increase in violence".')
    assert spoken_by(ex, "possible increase in violence") == "Mexican government"


def test_a_deed_of_a_description_the_extraction_resolved_is_the_named_actors() -> None:
    text = (
        "Driver jailed\n\n"
        "Ontario Superior Court Justice Alan Rusk sentenced Tom Pell to four years. Yesterday, the judge "
        "stayed one of the counts at the request of both sides.\n\n"
        "The chairman of the Harlow Party described the ruling as fair. Last year, the report criticised "
        "the court.\n"
    )
    extraction = extract(text)
    assert any("the judge stayed one of the counts" in s for s in _said(extraction, "Rusk"))
    # not a description with words of its own ("of the Harlow Party") or a document
    assert not any("described the ruling" in s.text for s in extraction.statements if "Rusk" in s.speaker)
    assert not any("criticised the court" in s.text for s in extraction.statements if "Rusk" in s.speaker)


def test_a_clause_joined_by_and_is_its_own_subjects_deed_but_and_that_is_reported() -> None:
    # the parser hangs "Yatsenyuk rejected the plan" on "complained" as a complement: "and" says it is a
    # clause of its own; after "said ... and that" it is still what the allies said
    joined = "Vote\n\nHer allies complained of technical problems and Serhiy Yatsenyuk rejected the plan.\n"
    assert "Serhiy Yatsenyuk rejected the plan" in _said(extract(joined), "Yatsenyuk")
    reported = "Vote\n\nHer allies said prices rose and that Tom Ruiz called for a vote on the motion.\n"
    assert _said(extract(reported), "Ruiz") == []


def test_a_next_clauses_subject_the_parser_joined_to_the_object_is_left_out() -> None:
    # "Ruiz refused" is a clause of its own; the parser makes "Ruiz" a second object of "with"
    text = (
        "Recount\n\nAfter the votes were counted, officials in Kessland wanted to speak with Tom Ruiz but "
        "Ruiz refused.\n"
    )
    said = [s.text for s in extract(text).statements]
    assert said and not [s for s in said if s.endswith("but Ruiz")], said


def test_the_headline_is_no_deed_of_the_actor_it_names() -> None:
    """Made-up article: the title tells the story in short; the body's own sentence is the deed."""
    text = (
        "Harbor Rail resumes talks with union after threatening a Monday lockout\n\n"
        "Harbor Rail said on Sunday it would resume talks with the union. Harbor Rail has 4,000 workers.\n"
    )
    said = _said(extract(text), "Harbor Rail")
    assert said == ["it would resume talks with the union"], said


def test_a_name_the_parser_joined_to_the_object_before_it_opens_a_clause_of_its_own() -> None:
    # made up; the parser hangs "Treasurer Ann Kessler" on "expectations" as a conjunct, leaving "blamed"
    # without a subject; the quotation's full stop sits inside its closing mark
    text = (
        "Budget gap\n\nWhen the storm hit Kessland last winter, sales tax receipts fell below expectations "
        'and State Treasurer Ann Kessler blamed it on the "severe weather."\n'
    )
    said = _said(extract(text), "Kessler")
    assert said == ['State Treasurer Ann Kessler blamed it on the "severe weather."'], said


def test_warning_against_a_plan_is_a_position() -> None:
    text = (
        "Pipeline\n\nEnvironment Minister Tom Ruiz warned against a proposed pipeline across the delta. "
        "Mayor Ann Kessler spoke out against the new toll on Monday. Dr. Lee spoke at the conference.\n"
    )
    ex = extract(text)
    assert [s.endswith("against a proposed pipeline across the delta") for s in _said(ex, "Ruiz")] == [True]
    assert [s.endswith("spoke out against the new toll on Monday") for s in _said(ex, "Kessler")] == [True]
    assert _said(ex, "Lee") == []


def test_warning_or_telling_someone_to_act_is_a_request() -> None:
    from brief.verify.skeleton import stance_of

    # made up: "warned X to ...", "told X to ..." ask for an act, like "urged X to ..."
    text = (
        "Curfew\n\nHours before the march, Councillor Ann Kessler warned protesters camped outside the "
        "depot to clear the square by nightfall. Police Chief Tom Ruiz told residents to stay indoors "
        "after dark.\n"
    )
    ex = extract(text)
    stances = {s.speaker: stance_of(s) for s in ex.statements}
    assert stances.get("Ann Kessler") == (
        "Ann Kessler warns protesters camped outside the depot to clear the square by nightfall."
    ), stances
    assert stances.get("Tom Ruiz") == "Tom Ruiz tells residents to stay indoors after dark.", stances


def test_a_request_inside_anothers_claim_or_the_writers_guess_is_nobodys_request() -> None:
    # made up: what the prosecutor alleges Orwin told Pell is the prosecutor's claim; what the writer
    # guesses ("Perhaps ...") nobody said
    text = (
        "Bail\n\nThe prosecutor, Ann Kessler, alleges that in a voice message Dale Orwin urged Tom Pell to "
        "contact a witness and change his testimony. Tom Pell wanted to fly to Paris. Perhaps Dale Orwin "
        "urged him not to bother, because the trip never happened.\n"
    )
    ex = extract(text)
    assert [s.text for s in ex.statements if s.speaker == "Dale Orwin"] == [], ex.statements


def test_a_subject_the_parser_hung_on_the_auxiliary_still_speaks() -> None:
    # made up; the parser makes "Kessler" the subject of "had", not of "alleged"
    text = (
        "Deal\n\nSenator Ann Kessler spoke on Monday. Kessler had earlier this week alleged that Tom Ruiz "
        "and Lena Vedrin formed a private company named Young Kessland and acquired a public limited "
        "company.\n"
    )
    assert any("formed a private company named Young Kessland" in s for s in _said(extract(text), "Kessler"))


def test_the_holder_a_title_names_in_its_of_phrase_is_the_speaker() -> None:
    # made up; "Vedrin" hangs on "of", inside the title "Chief", which has "Kessland's" for its possessor
    text = (
        "Warning\n\nKessland's Chief of Army Staff General Tomas Vedrin has over the past few months "
        "repeatedly warned that digital platforms are being exploited to spread rumours.\n"
    )
    said = {s.speaker for s in extract(text).statements if "digital platforms" in s.text}
    assert said == {"Tomas Vedrin"}, said


def test_a_reported_clauses_subject_the_parser_made_the_speech_verbs_object_is_kept() -> None:
    # made up; the parser makes "the two leaders" the object of "replied", leaving "would ..." subjectless
    text = (
        "Talks\n\nKessland envoy Tom Ruiz spoke in Oslo. Ruiz replied the two leaders would “resolutely "
        "protect the harbour and the fishing fleet of the region.”\n"
    )
    said = _said(extract(text), "Ruiz")
    assert [s for s in said if s.startswith("the two leaders would")], said


def test_what_a_relative_clause_says_someone_said_is_not_their_statement() -> None:
    # made up: the noun the clause hangs on fills a gap in the words ("a bill some lawmakers say they knew
    # nothing about"), so the words alone are no statement; "in which police say ..." has a relative word
    text = (
        "Council row\n\nSome of the fighting was over a bill some lawmakers say they knew nothing about. "
        "It was an attack in which police say two men beat a homeless man.\n"
    )
    said = [s.text for s in extract(text).statements]
    assert not [s for s in said if s == "they knew nothing about"], said
    assert "two men beat a homeless man" in said, said


def test_the_writers_question_is_no_deed_of_the_actor_it_names() -> None:
    # made up: a subhead asking a question tells nothing the actor did; the answer after it does
    text = (
        "Extradition\n\nTom Ruiz is in jail in Kessland.\n\nWhat charges does Ruiz face in Vedria?\n\n"
        "Tom Ruiz faces a charge of computer intrusion in Vedria.\n"
    )
    said = _said(extract(text), "Ruiz")
    assert not [s for s in said if s.startswith("What charges")], said
    assert any("faces a charge of computer intrusion" in s for s in said), said


def test_a_deed_in_a_relative_clause_with_a_gap_is_no_deed_on_its_own() -> None:
    # made up: "the plan Tom Ruiz unveiled in May" leaves out what he unveiled
    text = (
        "Plan dropped\n\nTom Ruiz met officials on Monday. The plan Tom Ruiz unveiled in May was withdrawn.\n"
    )
    said = [s.text for s in extract(text).statements]
    assert "Tom Ruiz unveiled in May" not in said, said
    assert "Tom Ruiz met officials on Monday" in said, said


def test_a_verb_followed_by_nothing_but_a_time_is_no_deed() -> None:
    # made up; the parser leaves "reports" with only "in 2017", the figures hung elsewhere
    text = (
        "Exports\n\nKessland's exports fell last year. The Daily Courier reports in 2017, Kessland's overall "
        "exports to Vedria were about 5 billion crowns. The Daily Courier reported record sales in May.\n"
    )
    said = _said(extract(text), "Daily Courier")
    assert "The Daily Courier reports in 2017" not in said, said
    assert any("record sales in May" in s for s in said), said


def test_what_the_writer_only_alleges_is_nobodys_deed() -> None:
    # made up
    text = (
        "Race\n\nCandidate Greg Halvorsen won the seat on Thursday. On Wednesday Halvorsen allegedly "
        "body-slammed a reporter from the Ledger. Halvorsen said he was sorry.\n"
    )
    assert not any("reporter from the Ledger" in s for s in _said(extract(text), "Halvorsen"))


def test_a_deed_in_a_subordinate_clause_is_told_without_its_conjunction() -> None:
    # made up
    text = (
        "Photos\n\nNeil Varden, a photographer, sued the retailer in May. Even though Varden declined the "
        "offer, the company has been using his photos anyway.\n"
    )
    assert "Varden declined the offer" in _said(extract(text), "Varden")


def test_a_passive_verb_without_its_own_subject_is_nobodys_deed() -> None:
    # made up; "is estimated" is a conjunct of "has fluctuated", whose subject it does not share as a doer
    text = (
        "Camp\n\nThe Harran camp sits near the border. Russia says Harran is run by militants. The "
        "population in the Harran camp has fluctuated and currently is estimated at around 40,000.\n"
    )
    assert not any("estimated at around 40,000" in s.text for s in extract(text).statements)


def test_what_an_actor_tries_or_plans_to_do_is_its_deed_unless_the_writer_remarks_on_it() -> None:
    # made up: "Beijing" is China's capital, standing for it
    text = (
        "Solar\n\nChina is the biggest market for solar panels. Beijing attempted to rein in solar subsidies "
        "last May. The Ledger covered the meeting. Amazingly the Ledger chose only to print the mayor's "
        "speech. Vermont, no one's going to take your slogan.\n"
    )
    ex = extract(text)
    assert any("attempted to rein in solar subsidies" in t for t in _said(ex, "China"))
    assert not any("chose only to print" in t for t in _said(ex, "Ledger"))  # the writer's remark
    assert not any("take your slogan" in s.text for s in ex.statements)  # a greeting, not a subject


def test_calling_on_someone_to_act_is_a_stance_and_the_act_is_theirs() -> None:
    text = (
        "Tenant leader Carla Voss called on Microsoft to drop the plan. "
        "Councillor Amir Dane called for the mayor to publish the inspection reports.\n"
    )
    extraction = extract(text)
    said = {s.speaker: s for s in extraction.statements}
    assert [said[name].cue for name in ("Carla Voss", "Amir Dane")] == ["called"] * 2
    assert said["Carla Voss"].text.endswith("called on Microsoft to drop the plan")
    assert said["Carla Voss"].kind == "reported"  # a stance, not a deed told after the actor's words
    assert said["Amir Dane"].text.endswith("to publish the inspection reports")
    assert not [s for s in extraction.statements if s.cue in ("drop", "publish")]  # not done by anyone


def test_what_someone_is_asked_to_do_is_no_purpose_of_the_asker() -> None:
    from brief.extract._nlp import parse
    from brief.extract._subjects import is_purpose

    asked = parse("Tenant leader Carla Voss called on Microsoft to drop the plan.")
    marched = parse("Hundreds of nurses marched through Leeds on Saturday to call for safer staffing.")
    assert [is_purpose(t) for t in asked if t.dep_ == "advcl"] == [False]
    assert [is_purpose(t) for t in marched if t.dep_ == "advcl"] == [True]


def test_a_link_to_the_sentence_before_set_off_inside_a_deed_is_left_out_of_its_stance() -> None:
    from brief.verify.skeleton import stance_of

    # made up: ", however," ties the deed to the sentence before; the stance stands alone
    text = (
        "Airline grounded\n\nThe airline hoped to fly again by spring. The Civil Aviation Authority, "
        "however, suspended the flying licence of Kestrel Air on Monday.\n\nBanks wanted their money "
        "back. Later that week, however, Lord Ashby broke ranks with the board over the loans.\n"
    )
    stances = {stance_of(s) for s in extract(text).statements}
    assert "The Civil Aviation Authority suspended the flying licence of Kestrel Air on Monday." in stances
    assert "Later that week, Lord Ashby broke ranks with the board over the loans." in stances
