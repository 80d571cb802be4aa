"""Who said it (issue 13): datelines in capitals, a pronoun's antecedent when the parser missed the
subject, an attribution set inside its clause, a quotation running on into new paragraphs. Short
made-up texts; none is a dev-set article.
"""

from __future__ import annotations

from pathlib import Path

from brief.extract import extract
from brief.extract._syntax import DATELINE
from tests.conftest import speaker_of


def test_a_capitals_dateline_is_no_speaker_and_she_is_the_owner_of_the_subject_before() -> None:
    text = (
        "Reformer poised to win\n\n"
        "Independent Mary Keane’s coolness to Brussels put her at odds with the government.\n\n"
        "DUBLIN — She’s slammed NATO, voted against EU treaties, been accused of naivety — and now she "
        "is on track to win.\n"
    )
    assert speaker_of(extract(text), "voted against EU treaties") == "Mary Keane"


def test_she_is_the_owner_of_the_last_sentences_subject_before_a_headlines_noun() -> None:
    text = (
        "Socialist critic of NATO poised to win\n\n"
        "Independent socialist Mary Keane’s coolness to Brussels put her at odds with the government.\n\n"
        "DUBLIN — She’s slammed NATO, voted against EU treaties, been accused of offering propaganda boosts "
        "for dictators — and now she’s on track to win.\n"
    )
    assert speaker_of(extract(text), "voted against EU treaties") == "Mary Keane"


def test_an_attribution_set_inside_its_clause_reports_the_whole_clause() -> None:
    text = (
        "Screening questioned\n\n"
        "Dr. Lena Marsh said the study raises questions about the screening tool. Some of the tumours found "
        "in older patients, she noted, may never have harmed them during their lifetime.\n"
    )
    assert speaker_of(extract(text), "Some of the tumours found in older patients") == "Lena Marsh"


def test_a_quotation_running_on_into_new_paragraphs_stays_with_its_speaker() -> None:
    text = (
        "Retailer liable\n\n"
        "“Most courts have said the site is not a seller at all,” noted product liability lawyer Tom Reyes "
        "in an interview. “That makes this ruling interesting.\n\n"
        "“If it holds up, the company will have to check every product it lists, which is a huge "
        "commitment.\n\n"
        "“But remember, the company has a lot of fight in it, so it will appeal.”\n"
    )
    extraction = extract(text)
    assert speaker_of(extraction, "If it holds up") == "Tom Reyes"
    assert speaker_of(extraction, "a lot of fight in it") == "Tom Reyes"


def test_she_may_be_a_name_the_parser_took_for_an_adverb() -> None:
    text = (
        "Candidate under fire\n\n"
        "Mary Connolly in 2018 joined Daly and Walsh in a tour of Syria back when all three were opposition "
        "lawmakers. Daly and Walsh subsequently were elected MEPs, but lost their Brussels seats in 2024.\n\n"
        "In media interviews and televised debates, Connolly has repeatedly batted away questions about "
        "the trip. She has dismissed media questions about her links with Daly and Walsh as attempts at "
        "“guilt by association.”\n"
    )
    # the parser makes "Connolly" an adverb here (not "Keane" or "Brennan"): the rule is for such a misparse
    assert speaker_of(extract(text), "She has dismissed media questions") == "Mary Connolly"


def test_a_pair_named_in_a_plural_subject_both_say_its_quotation() -> None:
    text = (
        "Union attacks ruling\n\n"
        "Joint general secretaries of Unite, Tony Woodley and Derek Simpson, said: “This judgment is an "
        "absolute disgrace and an attack on free trade unionism.”\n"
    )
    quoted = {s.speaker for s in extract(text).statements if s.kind == "quote"}
    assert quoted == {"Tony Woodley", "Derek Simpson"}


def test_every_name_of_a_listed_subject_says_its_words() -> None:
    # made up; the parser sets the second name beside the first (appos) and the third as its conjunct
    text = (
        "Farm bill stalls\n\n"
        "Committee members Robert Ashgrove of Alabama, Maria Lopez of Arkansas and Tim Oakes of Florida "
        "said Thursday no plan to rescue the bill has been presented to the rank and file.\n"
    )
    said = {s.speaker for s in extract(text).statements if "no plan to rescue" in s.text}
    assert said == {"Robert Ashgrove", "Maria Lopez", "Tim Oakes"}

    # a description set beside the name is no second speaker
    text = "Farm bill stalls\n\nRobert Ashgrove, a farmer and a senator, said the bill has no chance.\n"
    said = {s.speaker for s in extract(text).statements if "no chance" in s.text}
    assert said == {"Robert Ashgrove"}


def test_the_group_named_by_its_bare_head_speaks_when_another_shares_the_head() -> None:
    text = (
        "Carmakers defend pact\n\n"
        "Four automakers agreed on the rules with the state in July. The probe has echoes of a 1969 case "
        "brought by the Justice Department against a U.S. automakers’ trade association.\n\n"
        "In a joint statement in July, the automakers said the pact “will provide our companies much-needed "
        "regulatory certainty.”\n"
    )
    assert speaker_of(extract(text), "the pact") == "automakers"


def test_a_surname_that_is_a_common_word_speaks_after_said() -> None:
    text = (
        "Probe questioned\n\n"
        "Harry First teaches antitrust law at New York University.\n\n"
        "“Is there anything anticompetitive here or is it procompetitive?” said First. “The timing makes "
        "me concerned.”\n"
    )
    quoted = [s.speaker for s in extract(text).statements if s.kind == "quote"]
    assert quoted and set(quoted) == {"Harry First"}


def test_he_goes_back_to_a_name_whose_verb_the_parser_took_for_a_relative_clause() -> None:
    text = (
        "Race tightens\n\n"
        "Dana Ortiz tells the Herald, \u201cPeople are feeling squeezed.\u201d\n\n"
        "Kelly, who in the 2010 race called Social Security a ponzi scheme, has backed away from that "
        "comment.\n\n"
        "He declined to be interviewed by the Herald, but last week on MSNBC, he said retirees should be "
        "given choices between government and private programs.\n\n"
        "Republican Jesse Kelly is running against Ortiz.\n"
    )
    assert speaker_of(extract(text), "retirees should be given choices") == "Jesse Kelly"


def test_according_to_reports_the_whole_coordinated_clause_with_its_subject() -> None:
    text = (
        "Anchor tried to warn network\n\n"
        "Dana Ortiz became so worried that she went to Hale’s then–press chief, Tom Lee, and attempted "
        "an intervention, according to a person close to Ortiz.\n"
    )
    said = next(s for s in extract(text).statements if "attempted an intervention" in s.text)
    assert said.text.startswith("Dana Ortiz became so worried")


def test_a_quotation_closed_by_two_single_marks_and_a_letter_named_long_before_are_its_writers() -> None:
    filler = " ".join(
        f"“Point {n} of our case is that the league has not shared the figures we asked for.’’"
        for n in range(12)
    )
    text = (
        "Players end talks\n\n"
        "“We will not take a pay cut,’’ lawyer Dan Ruiz said in a letter obtained by the Herald.\n\n"
        f"{filler}\n\n"
        "“Your refusal to play in October is a pretext,’’ the letter continues. “We demand an answer.\n"
    )
    extraction = extract(text)
    assert speaker_of(extraction, "Your refusal to play in October") == "Dan Ruiz"


def test_a_letter_signed_by_others_is_not_an_earlier_letter_writers() -> None:
    text = (
        "Doctors warn on camps\n\n"
        "Mayor Ana Ruiz sent a letter to the agency last month asking for flu shots.\n\n"
        "“This mortality rate constitutes an emergency,” says the letter signed by seven physicians.\n"
    )
    assert speaker_of(extract(text), "This mortality rate constitutes an emergency") != "Ana Ruiz"


def test_a_person_quoted_as_saying_something_says_it() -> None:
    text = (
        "Rivals clash\n\n"
        "Senator Ann Ruiz was quoted as saying the reform was realised only when Governor Tom Hale signed "
        "the act in 1999.\n"
    )
    extraction = extract(text)
    assert speaker_of(extraction, "the reform was realised") == "Ann Ruiz"
    assert speaker_of(extraction, "Tom Hale signed") in (None, "Ann Ruiz")


def test_an_outlets_bracketed_dateline_is_a_dateline() -> None:
    # CNN's copy opens "(CNN) President ...": a statement cut from that line began "CNN) President ..."
    text = "Headline\n\n(CNN) Governor Ana Ruiz made an unscheduled visit to the prison on Friday."
    found = DATELINE.search(text)
    assert found is not None and text[found.end() :].startswith("Governor Ana Ruiz")
    assert DATELINE.search("Governor Ana Ruiz (Democrat) made a visit.") is None


def test_words_quoted_inside_a_reported_clause_do_not_end_it() -> None:
    # the parser finds no clause after "warned", so the words run to the sentence's end: past a phrase
    # quoted in the middle, and past one whose closing mark the parser left after the sentence's end
    text = (
        'OSLO — Norway\'s Fisheries Minister Kari Lund warned Denmark of "serious consequences" if it does '
        "not release a Norwegian trawler it seized in the disputed Skagerrak waters on Friday, although she "
        'ruled out "military options."\n\nLund said later in a tweet that she had spoken with the Danish '
        "foreign minister."
    )
    warned = [s.text for s in extract(text).statements if s.cue == "warned"]
    assert len(warned) == 1 and warned[0].startswith('Denmark of "serious consequences" if it does not')
    assert warned[0].endswith('although she ruled out "military options."')


def test_a_reported_clause_the_parser_split_in_two_is_one() -> None:
    # the parser made "Dane's last-minute push ..." and "last year angered her ..." two clauses of "said"
    text = "Resident Mara Quill said Dane's last-minute push to approve the tower last year angered her.\n"
    said = [s.text for s in extract(text).statements if s.speaker == "Mara Quill"]
    assert said == ["Dane's last-minute push to approve the tower last year angered her"]
    # not a clause after a comma, nor one with a subject of its own (the parser hung it on the auxiliary)
    for text, joined in (
        ("Lena Ward said the river had flooded the villages, had been drained by Friday.\n", "villages, had"),
        ("Reporters said that the mayor had left the town hall Dane was gone.\n", "hall Dane"),
    ):
        assert not [s for s in extract(text).statements if joined in s.text]


def test_according_to_keeps_the_subject_the_parser_hung_on_its_speaker() -> None:
    # the parser made "the Cypress City Council in closed session" an apposition of the attorney
    text = (
        "According to a report by City Attorney Fred Galante, the Cypress City Council in closed session "
        "voted 4-1 against moving to district-based elections.\n"
    )
    said = [s.text for s in extract(text).statements if s.speaker == "Fred Galante"]
    assert said == [
        "the Cypress City Council in closed session voted 4-1 against moving to district-based elections"
    ]
    # (a guard) an apposition of a common noun ("a survey of 750 U.S. Internet users, Facebook and
    # Instagram") is not the subject taken back: the capable-article fixture where it was
    text = (Path(__file__).parent / "fixtures" / "capable" / "tech_wozniak_leaves_facebook.txt").read_text()
    assert not [s for s in extract(text).statements if s.text.startswith("Facebook and Instagram are")]


def test_a_reported_clause_that_opens_on_its_own_verb_is_no_statement() -> None:
    # "I/B/E/S." did not end the sentence for the parser: "Profit ... totaled" became what was reported,
    # without its subject
    text = (
        "Canada's Northgate Ltd reported first-quarter sales that missed forecasts. The company reported "
        "revenue on adjusted basis of $244 million for the quarter ending May 31, missing analysts' "
        "estimates of $264.5 million, according to Thomson Reuters I/B/E/S. Profit in the same period "
        "totaled $671 million, or $1.23 per share, compared with a loss of $670 million a year earlier.\n"
    )
    assert not [s for s in extract(text).statements if s.text.startswith("totaled")]
