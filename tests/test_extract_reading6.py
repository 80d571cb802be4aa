"""Issue 13, from reading the dev set's missed positions and misattributed evidence (session 45): words an
attribution opened by "as" frames ("As Sanjay Gupta noted at the time, ..."), and two kinds of people
joined by "and" who speak as one ("Businesses and residents say ..."), a state's body named by its
nationality ("The Swedish foreign office declined ..."). Short made-up texts; none is a dev-set article.
Guards (they pass on the old code too) say what they guard."""

from __future__ import annotations

from brief.extract import CandidateActor, extract
from tests.conftest import speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(extract(text), words)


def _actors(text: str) -> dict[str, CandidateActor]:
    return {a.name: a for a in extract(text).actors}


def test_words_framed_by_as_and_a_named_speaker_are_the_speakers() -> None:
    text = (
        "Minister's health\n\nThe minister was treated for a heart condition in 2019. (As the "
        "broadcaster's medical correspondent Dr. Priya Raman noted at the time, the condition meant that "
        "the minister faced a moderate risk of a stroke within five years.)"
    )
    assert _speaker(text, "faced a moderate risk of a stroke") == "Priya Raman"


def test_words_before_a_comma_and_as_are_whoever_pointed_them_out() -> None:
    text = (
        "Data law\n\nThe new law is badly drafted, as critics such as Senator Joan Pike have pointed out. "
        "Officials say it will be amended."
    )
    assert _speaker(text, "The new law is badly drafted") == "critics"


def test_guard_an_as_clause_inside_anothers_words_is_still_the_speakers() -> None:
    # guards the rule's "not inside someone's reported words": loosened, the team gets the astronomer's words
    text = (
        "Planet or not\n\nLuis Ortega, an astronomer in Madrid, disagrees. “This object should be "
        "reconsidered as a planet,” with a mass a few times that of Jupiter, as Dana Reyes’s team first "
        "proposed, he says."
    )
    said = [s.speaker for s in extract(text).statements if "reconsidered as a planet" in s.text]
    assert said and all(speaker == "Luis Ortega" for speaker in said)


def test_guard_a_time_clause_after_the_sentence_with_no_comma_frames_nothing() -> None:
    # guards the rule's comma: loosened, the ministry "says" what happened while it announced
    text = "Fuel\n\nPrices at the pumps rose again across the country as the Energy Ministry announced."
    assert _speaker(text, "Prices at the pumps rose again across the country") is None


def test_two_kinds_of_people_joined_by_and_speak_as_one_group() -> None:
    text = (
        "Power cuts\n\nThe utility cut power to 800,000 customers. Residents said they had no warning. "
        "Businesses and residents say the outages were overly broad and carried out thoughtlessly."
    )
    found = _actors(text)
    assert found["Businesses and residents"].aliases == []  # "Businesses" alone are not all of them
    assert "Businesses" not in found
    said = [s.speaker for s in extract(text).statements if "the outages were overly broad" in s.text]
    assert said == ["Businesses and residents"]  # not the residents who spoke before as well


def test_a_joined_group_defined_by_a_relative_clause_keeps_it_as_a_form() -> None:
    text = (
        "Meditation study\n\nThe study was published on Wednesday. Researchers and clinicians who treat "
        "anxiety praised the study."
    )
    group = _actors(text)["Researchers and clinicians"]
    assert "Researchers and clinicians who treat anxiety" in group.aliases


def test_people_of_a_named_body_or_with_words_between_them_joined_by_and_stay_two_groups() -> None:
    # guard: fails when the joined-group rule drops its "named" or its "right after 'and'" check
    text = (
        "Strike\n\nCity Hall officials and union leaders said they were far from a deal. Teachers in the "
        "city and parents said the plan was unfair."
    )
    found = _actors(text)
    assert not any(" and " in name for name in found)


def test_people_joined_with_things_or_in_a_longer_list_are_not_cut_into_a_pair() -> None:
    # guard: fails when the joined-group rule drops its "a noun for people" or its "right after 'and'" check
    text = (
        "Crash inquiry\n\nWitnesses and court records say the car was speeding. Parents, teachers and "
        "students said the crossing was dangerous."
    )
    found = _actors(text)
    assert not any(" and " in name or ", " in name for name in found)


def test_a_state_body_named_by_its_nationality_is_an_organisation_that_speaks() -> None:
    text = (
        "Talks stall\n\nThe Norwegian foreign office declined to give details on the invitation. A Danish "
        "police force said it had arrested two men."
    )
    found = _actors(text)
    assert found["Norwegian foreign office"].kind == "organisation"
    assert found["Danish police force"].kind == "organisation"  # a state's body, not a person
    assert _speaker(text, "declined to give details") == "Norwegian foreign office"


def test_a_chinese_or_korean_name_is_called_by_its_first_word() -> None:
    text = (
        "Summit\n\nNorth Korean leader Kim Jong Un met Chinese Premier Li Keqiang in Beijing. British MP Lee "
        "Anderson and Buffalo Bills owner Kim Pegula watched from London. Li said the talks went well."
    )
    found = _actors(text)
    assert "Kim" in found["Kim Jong Un"].aliases and "Un" not in found["Kim Jong Un"].aliases
    assert "Keqiang" not in found["Li Keqiang"].aliases
    assert "Anderson" in found["Lee Anderson"].aliases  # an English name: the last word
    assert "Pegula" in found["Kim Pegula"].aliases  # "Pegula" is no one- or two-syllable given name
    assert _speaker(text, "the talks went well") == "Li Keqiang"


def test_an_acronym_is_not_the_last_word_of_a_name() -> None:
    text = (
        "Summit\n\nNorth Korean envoy Ri Song Un met Chinese officials in Beijing. The UN said it welcomed "
        "the meeting."
    )
    assert _speaker(text, "it welcomed the meeting") == "UN"  # not the envoy whose name ends "Un"
    text = "Bail hearing\n\nO.J. Simpson appeared in court on Monday. O.J. said he had done nothing wrong."
    assert _speaker(text, "he had done nothing wrong") == "O.J. Simpson"  # initials are no acronym


def test_a_quotation_after_a_he_said_sentence_is_his() -> None:
    text = (
        "Row deepens\n\nArgentine President Javier Milei refused to apologise. But Argentina is not going to "
        "recall its ambassador, he said. “If Pedro Sánchez makes a huge mistake, I will not be stupid enough "
        "to make the same mistake.”"
    )
    assert _speaker(text, "I will not be stupid enough") == "Javier Milei"


def test_a_quotation_paragraph_after_one_ending_in_a_persons_quoted_words_is_theirs() -> None:
    text = (
        "Vaccines at work\n\nOn Thursday, Minister of Labour Jason Hayward said he wanted to “address a "
        "number of concerns about mandatory vaccinations within the workplace.”\n\n“The Ministry "
        "understands that businesses find it challenging to remain open.”"
    )
    assert _speaker(text, "businesses find it challenging") == "Jason Hayward"


def test_a_name_spelt_with_and_without_accents_is_one_person() -> None:
    text = (
        "Envoy withdrawn\n\nForeign Minister Jose Manuel Albares met the ambassador on Monday. “The "
        "situation has not changed,” José Manuel Albares told journalists on Tuesday."
    )
    people = [a for a in extract(text).actors if "Albares" in a.name]
    assert len(people) == 1


def test_a_titled_name_the_tagger_took_for_a_body_is_the_person() -> None:
    text = "Crash inquiry\n\nMinister for Civil Aviation Alfred Manase said the plane was safe."
    found = _actors(text)
    assert list(found) == ["Alfred Manase"]
    assert found["Alfred Manase"].role == "Minister for Civil Aviation"


def test_a_body_with_an_accented_name_the_tagger_also_took_for_a_person_stays_a_body() -> None:
    # guard: fails when a body's key keeps its accents while a person's key drops them
    text = (
        "Presidency race\n\nConnolly won backing from the opposition parties, most crucially the nationalist "
        "Sinn Féin, which declined to run its own candidate. Instead, Sinn Féin chief Mary Lou McDonald and "
        "First Minister Michelle O’Neill have joined Connolly on the campaign trail."
    )
    assert _actors(text)["Sinn Féin"].kind == "organisation"


def test_a_speaking_groups_noun_opening_a_sentence_before_a_name_is_a_title() -> None:
    text = (
        "Planet debate\n\nAstronomer Luis Ortega disagrees with the finding. Campaigner Mary Smith said the "
        "telescope should close."
    )
    found = _actors(text)
    assert found["Luis Ortega"].role == "Astronomer" and found["Mary Smith"].role == "Campaigner"


def test_a_place_in_the_subjects_phrase_is_not_who_refuses() -> None:
    text = (
        "Mine protest\n\nIn a show of defiance, locals in Monywa in northern Sagaing division have staged "
        "weeks of protest over alleged land grabbing.\n\nActivists said about 70 people gathered at a "
        "monastery in Monywa were refusing to leave the area, despite a deadline imposed by the authorities "
        "to relocate the protest that expired earlier on Wednesday.\n\nThree local women remain in custody "
        "after police arrested 12 villagers at a prayer ceremony in Monywa pagoda on Monday."
    )
    said = {s.speaker for s in extract(text).statements if "to leave the area" in s.text}
    assert said == {"Activists"}  # not Monywa


def test_guard_a_name_right_before_its_verb_still_speaks() -> None:
    # guards the place rule's "not right before the verb": loosened, Pakistan asks nothing
    text = (
        "Kashmir row\n\nPakistan's prime minister visited Beijing on Monday. Pakistan wants support over "
        "Kashmir. Beijing's show of neutrality comes in the midst of Pakistan asking China to take a tough "
        "stand against India on the Kashmir issue."
    )
    assert _speaker(text, "China to take a tough stand") == "Pakistan"


def test_a_transcripts_surname_labels_are_the_people_the_introduction_names() -> None:
    text = (
        "Mayor's view\n\nWe are joined now by the mayor of Lviv, Andriy Sadovyi. Mr. Mayor, thanks for being "
        "with us.\n\nSIMON: What do you see from the city?\n\nSADOVYI: I saw the whole district destroyed. "
        "Russia told us its troops would go away. I do not believe Russia.\n\nSIMON: How many people have "
        "left?\n\nSADOVYI: Half of the city has left for the west."
    )
    found = extract(text).statements
    theirs = [s for s in found if "whole district destroyed" in s.text or "Half of the city" in s.text]
    assert [s.speaker for s in theirs] == ["Andriy Sadovyi", "Andriy Sadovyi"]
    # what the speaker tells of others in a turn is the speaker's, not theirs
    assert not any(s.speaker != "Andriy Sadovyi" and "its troops would go away" in s.text for s in found)


def test_a_party_members_noun_before_an_untagged_name_makes_a_person() -> None:
    text = (
        "Districts\n\nCounty commissioners openly voiced their disapproval. Republican Barb Cross called it "
        "“lacking any common sense.”"
    )
    assert _actors(text)["Barb Cross"].kind == "person"


def test_a_clause_an_aside_splits_after_that_is_reported_whole() -> None:
    text = (
        "Strike threat\n\nThe National Nurses Union rejected the claim on Saturday. The union added that it "
        "was unfortunate that while negotiations are still being held, Mr. George will issue a statement "
        "that is untrue."
    )
    said = [s.text for s in extract(text).statements if s.text.startswith("it was unfortunate")]
    assert said and all(s.endswith("a statement that is untrue") for s in said)


def test_a_bodys_head_noun_before_of_is_that_body() -> None:
    text = (
        "Strike threat\n\nThe National Health Workers’ Union of Liberia said the strike would go ahead. The "
        "meeting ended with the understanding that the Union’s leadership should return to its members."
    )
    assert "Union" not in _actors(text)


def test_an_aged_description_by_a_gendered_noun_is_the_person_named_before() -> None:
    text = (
        "Entrepreneurs\n\nSoeng Bunna is among them. An orphan from Kampong Speu province, the 33-year-old "
        "businessman started his firm in 1999. “I made copies of my phone number and stuck them to walls,” "
        "he said."
    )
    assert _speaker(text, "I made copies of my phone number") == "Soeng Bunna"
    assert "the 33-year-old businessman" in _actors(text)["Soeng Bunna"].aliases


def test_a_name_set_after_a_title_between_commas_is_a_person() -> None:
    text = (
        "Cabinet decisions\n\nThe cabinet made several appointments. Likewise, Judge of Patan High Court, "
        "Brajesh Pyakurel, was appointed the chair of the tribunal. The president of the advocacy group Free "
        "Press, Craig Aaron, said the deal was bad."
    )
    found = _actors(text)
    assert found["Brajesh Pyakurel"].kind == "person"
    assert "Free Press" not in found or found["Free Press"].kind != "person"


def test_an_honorific_the_tagger_took_into_a_bodys_name_makes_a_person() -> None:
    text = (
        "Vote row\n\nThe association's president said the board had no need to entertain the proposals of "
        "challenger Ricky Skerritt and running mate Dr Kishore Shallow."
    )
    assert _actors(text)["Kishore Shallow"].kind == "person"


def test_a_byline_of_its_own_line_names_no_actor() -> None:
    text = (
        "Court ruling\n\nby Reuters and Morning Herald Staff\n\nAn appeal court overturned a ruling on "
        "Wednesday. “The sensitivity of the site cannot be overstated,” Judge Anna Levi said."
    )
    assert set(_actors(text)) == {"Anna Levi"}


def test_a_name_after_a_lower_case_institute_is_a_body() -> None:
    text = (
        "Sea levels\n\nA new report by independent water research institute Deltaris is warning that sea "
        "levels are rising more quickly than previously foreseen."
    )
    assert _actors(text)["Deltaris"].kind == "organisation"


def test_a_councillors_party_and_ward_in_brackets_name_no_actor() -> None:
    text = (
        "Council row\n\nCllr Phil Haseler (Con, Cox Green) was heard to say ‘shut up’. Councillor Stuart "
        "Carroll (Con, Boyn Hill) referenced a petition, and Cllr John Baldwin (Lib Dem, Belmont) raised a "
        "point of order."
    )
    assert set(_actors(text)) == {"Phil Haseler", "Stuart Carroll", "John Baldwin"}


def test_the_acronym_of_the_body_in_a_persons_role_is_the_body() -> None:
    text = (
        "Vote row\n\nBRIDGETOWN, Barbados, CMC – Barbados Cricket Association president, Conde Riley, said "
        "his board’s decision negated any need to entertain the proposals of challenger Ricky Skerritt.\n\n"
        "Last week, Skerritt claimed the BCA had rejected their written request."
    )
    found = _actors(text)
    assert "BCA" not in found["Conde Riley"].aliases and "BCA" in found
