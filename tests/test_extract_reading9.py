"""Issue 13, from reading the extractive briefs of 24 news stories brief had never seen (session 48): a
view held ("is of the view that ..."), titles and names the tagger misread ("Cr Heather Marcus", "Klang MP
Charles Santiago", "King Tupou VI", "al-Badry Farghaly", a surname taken for a people), a journalist's word
in apposition, places that are no one ("..., Cayo.", "St Gabriel hospital", "Seychelles", not "United
Nations"), quotations in „low and high“ marks and after "questioned", "Hon." before a name, the writer's
apostrophe either way, a name opening its sentence before the parser's subject, an unnamed resident, a
capitalised side of a case ("Prosecution has requested"), "they" after two people, a "while" clause that
is the speaker's. Short made-up texts (one guard reads the dev-set sentence it guards); guards (they pass
on the old code too) say what they guard."""

from __future__ import annotations

from pathlib import Path

from brief.extract import extract
from tests.conftest import speaker_of

FIXTURES = Path(__file__).parent / "fixtures"


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(extract(text), words)


def test_a_view_held_is_the_holders_statement() -> None:
    text = (
        "Dam row grows\n\nThe plan has angered locals. Lawyer Grace Muthoni, who represents the families, "
        "is of the view that the compensation offered is far too low.\n\n“We will fight this,” she said."
    )
    found = next(s for s in extract(text).statements if "compensation offered" in s.text)
    assert found.speaker == "Grace Muthoni"
    assert found.text == "the compensation offered is far too low"
    assert found.cue == "is of the view that"


def test_guard_a_fact_commented_on_is_not_a_view_held() -> None:
    # guards the noun of the view: "commented on the fact that ..." keeps its quotation, not the fact
    text = (
        "Leaders spar\n\nTamaki commented sarcastically on the fact that the ruling party is expected to "
        "spend a huge amount on the campaign. “We can never catch up,” he said."
    )
    assert _speaker(text, "expected to spend a huge amount") is None


def test_a_short_title_before_a_full_name_makes_a_person_of_an_organisation() -> None:
    text = (
        "Council row\n\nCr Heather Marcus said she was “absolutely disgusted” by the behaviour.\n\n"
        "“I’ve been on this council for 15 years and the behaviour is disgraceful,” she said."
    )
    found = {a.name: a for a in extract(text).actors}
    assert found["Heather Marcus"].kind == "person"
    assert _speaker(text, "on this council for 15 years") == "Heather Marcus"


def test_guard_a_title_word_that_starts_a_bodys_name_keeps_the_body() -> None:
    # guards "short title": "Major" is a rank, but "Major League Baseball" is an organisation
    text = (
        "Talks end\n\nMajor League Baseball Players Association officials said on Monday that talks had "
        "ended. “We are disappointed,” Major League Baseball said in a statement."
    )
    kinds = {a.name: a.kind for a in extract(text).actors}
    assert "League Baseball" not in kinds


def test_an_anchor_named_in_apposition_is_a_person_and_speaks_as_he() -> None:
    text = (
        "Verdict\n\nThe court found three men guilty of assaulting Vakho Sanaia, anchor of Formula TV.\n\n"
        "Sanaia called the ruling “shameful.” “This is contagious, contagious for others,” he went on."
    )
    found = {a.name: a for a in extract(text).actors}
    assert found["Vakho Sanaia"].kind == "person"
    assert _speaker(text, "contagious for others") == "Vakho Sanaia"


def test_a_place_after_a_place_and_a_comma_is_no_person() -> None:
    text = (
        "Dog shot\n\nPolice Commissioner Chester Williams addressed the incident in which police shot a "
        "dog during a call in Benque Viejo del Carmen, Cayo.\n\n“We had no choice,” Williams said."
    )
    kinds = {a.name: a.kind for a in extract(text).actors}
    assert kinds.get("Cayo") != "person"


def test_low_double_marks_open_a_quotation_that_a_high_one_closes() -> None:
    text = (
        "Mayor speaks\n\nAdriana Krnáčová is the new mayor.\n\n„My aim is to have Prague without links to "
        "the dark past,“ Krnáčová said in allusion to questionable public contracts."
    )
    found = next(s for s in extract(text).statements if "dark past" in s.text)
    assert (found.speaker, found.kind) == ("Adriana Krnáčová", "quote")


def test_an_abbreviated_honorific_does_not_end_the_sentence() -> None:
    text = (
        "Tensions\n\nThe nine Nobles’ Representatives called on the Prime Minister Hon. Hu'akavameiliku to "
        "resign his defence portfolio as Minister of His Majesty's Armed Forces."
    )
    found = next(s for s in extract(text).statements if "Representatives" in s.speaker)
    assert "resign his defence portfolio" in found.text


def test_one_person_whatever_apostrophe_the_writer_types() -> None:
    text = (
        "Letter\n\nLast week in a letter signed by Lord Tu'ivakano, the nobles called on the minister to "
        "resign.\n\nLord Tu’ivakano expressed his appreciation for the Prime Minister's visit."
    )
    names = [a.name for a in extract(text).actors if "ivakano" in a.name]
    assert len(names) == 1


def test_a_monarch_with_a_regnal_number_is_a_person_called_by_his_name() -> None:
    text = (
        "Rift\n\nThe Prime Minister was told that King Tupou VI in Privy Council had withdrawn his consent "
        "to the appointments of two cabinet ministers."
    )
    found = next(a for a in extract(text).actors if "Tupou" in a.name)
    assert found.kind == "person"
    assert "VI" not in found.aliases


def test_a_name_opening_the_sentence_owns_the_deed_the_parser_gave_its_description() -> None:
    text = (
        "Opposition\n\nBoth Erna Solberg, head of the Conservative Party, and Siv Jensen, head of the "
        "Progress Party, went on national radio Tuesday.\n\n"
        "Jensen of the Progress Party, Norway’s most conservative party in Parliament, also criticized the "
        "Norwegian government’s decision to meet with what she called a “terrorist organization.”"
    )
    assert _speaker(text, "government’s decision to meet") == "Siv Jensen"


def test_worries_expressed_are_a_stance() -> None:
    text = (
        "Opposition\n\nBoth Erna Solberg, head of the Conservative Party, and Siv Jensen, head of the "
        "Progress Party, went on national radio Tuesday, expressing worries about chillier relations."
    )
    speakers = {s.speaker for s in extract(text).statements if "chillier relations" in s.text}
    assert speakers == {"Erna Solberg", "Siv Jensen"}


def test_a_surname_the_tagger_took_for_a_people_is_the_persons() -> None:
    text = (
        "Plans rejected\n\nOkinawa Governor Inamine Keiichi met the official on Monday. Later in the day, "
        "Inamine issued a statement that Okinawa can never accept these plans."
    )
    assert _speaker(text, "Okinawa can never accept these plans") == "Inamine Keiichi"


def test_guard_a_people_word_after_a_capital_is_part_of_a_name() -> None:
    # guards "alone": "Young Indian" is a company, though "Indian" ends a name tagged a person before
    text = (
        "Herald case\n\nThe paper was sold to Young Indian, a firm run by the family. Young Indian, he said, "
        "acquired Associated Journals and became owner of the National Herald."
    )
    assert "Indian" not in {a.name for a in extract(text).actors}


def test_an_unnamed_resident_is_one_source_and_why_unnamed_is_no_stance() -> None:
    text = (
        "Shooting\n\nA resident of the area who spoke to the paper said there was heavy gunfire at around "
        "midnight.\n\nAccording to the resident who doesn't want to be quoted by name, there was a "
        "confrontation between the police and a group of people. “The police ordered them to clear the "
        "area,” the resident said."
    )
    found = extract(text)
    said = [s for s in found.statements if s.speaker == "resident"]
    assert {a.name for a in found.actors if "resident" in a.name.lower()} == {"resident"}
    assert any("heavy gunfire" in s.text for s in said)
    assert any("ordered them to clear" in s.text for s in said)
    assert not any("quoted by name" in s.text for s in found.statements)


def test_a_place_named_for_a_saint_is_no_person() -> None:
    text = (
        "Shooting\n\nTwo civilians were killed at an area behind St Gabriel hospital. Police Commissioner "
        "Ann Lee said officers had been attacked."
    )
    assert not any("Gabriel" in a.name for a in extract(text).actors)


def test_a_country_tagged_an_organisation_is_a_country_but_not_the_united_nations() -> None:
    text = (
        "Appeal\n\nHe added that the court will deprive the accused of a right observed in most "
        "jurisdictions, which Seychelles is no exception. The United Nations said it was watching."
    )
    kinds = {a.name: a.kind for a in extract(text).actors}
    assert kinds["Seychelles"] == "country"
    assert kinds["United Nations"] == "organisation"


def test_a_firm_before_its_lawyers_honorific_is_the_firm() -> None:
    text = (
        "Appeal\n\nKobre & Kim’s Mr Zaiwalla addressed the Court via zoom, arguing that the application "
        "is in line with the convention."
    )
    names = {a.name for a in extract(text).actors}
    assert "Kobre & Kim" in names
    assert "Kobre & Kim’s Mr" not in names


def test_the_office_a_named_person_represents_is_not_his_name() -> None:
    text = (
        "Appeal\n\nReplying to the representations, the Attorney General’s representative, Steven Powles, "
        "refuted the argument. “There is no petition,” Powles said."
    )
    powles = next(a for a in extract(text).actors if a.name == "Steven Powles")
    assert "the Attorney General" not in powles.aliases


def test_a_title_after_a_name_and_and_is_the_next_persons() -> None:
    text = (
        "Case\n\nProsecutor Garekane Rukaka represented the state while Rujugiro and his attorney Pierre "
        "Claver Zitoni, both attended."
    )
    zitoni = next(a for a in extract(text).actors if a.name == "Pierre Claver Zitoni")
    assert zitoni.role == "attorney"


def test_guard_a_second_title_after_a_first_is_still_the_same_persons() -> None:
    # guards "not after a title": "the Minister of Justice and the head of a working group" are one man's
    text = (
        "Dispute\n\nKh.Nyambaatar, the Minister of Justice and Domestic Affair and the head of a working "
        "group, called a press meeting on Friday."
    )
    person = next(a for a in extract(text).actors if a.name == "Kh.Nyambaatar")
    assert person.role == "Minister"


def test_a_capitalised_side_of_a_case_acts_without_an_article() -> None:
    text = (
        "Editors\n\nProsecution has requested the court to jail two editors for a year on defamation "
        "charges.\n\nThe request comes weeks after the prosecution announced it had withdrawn from the case."
    )
    found = extract(text)
    names = [a.name for a in found.actors if a.name.lower() == "prosecution"]
    assert len(names) == 1
    assert _speaker(text, "to jail two editors") == names[0]


def test_guard_they_after_two_people_named_together_is_not_a_group_named_before() -> None:
    # guards "both, not a group named before": once "Prosecution" is a side that acts, "they" must not be it
    text = (
        "Editors\n\nProsecution has requested the court to jail two editors for a year.\n\nCharles "
        "Kabonero and Didace Gasana are charged with defamation after publishing an article in which they "
        "alleged that businessman Tribert Rujugiro had evaded taxes."
    )
    assert _speaker(text, "had evaded taxes") != "Prosecution"


def test_an_arabic_names_lowercase_article_is_still_a_name() -> None:
    text = (
        "Protest\n\nMP al-Badry Farghaly, head of Pensioners Union, contended that the bill is part of a "
        "plan to privatize health insurance."
    )
    assert _speaker(text, "plan to privatize health insurance") == "al-Badry Farghaly"


def test_a_while_clause_inside_the_reported_clause_is_the_speakers() -> None:
    text = (
        "Protest\n\nMohamed el-Beltagy, a Brotherhood MP, noted that while Egypt is moving toward "
        "privatizing health insurance, other countries are doing the opposite. El-Beltagy said that the "
        "demonstration came while the parliament is on holiday."
    )
    said = [s.text for s in extract(text).statements]
    assert any(t.startswith("while Egypt is moving") for t in said)
    assert any(t.endswith("while the parliament is on holiday") for t in said)


def test_guard_a_while_clause_with_anothers_words_stays_out() -> None:
    # guards "another's words", read from the dev-set sentence it guards: "... even though ..., Mr. Avnev
    # Krohn stated, ..., that ..." is Krohn's, not Sherwood's
    text = (FIXTURES / "eval" / "comments_local_council_police_station.txt").read_text()
    said = [s.text for s in extract(text).statements if "Greenfield site would be appropriate" in s.text]
    assert said
    assert not any("Krohn" in t for t in said)


def test_questioned_after_a_quotation_names_its_speaker() -> None:
    text = (
        "Wage\n\n“RM1,050 is just RM50 more than the current rate. Is that even enough for them to get "
        "by?” questioned MTUC president Datuk Abdul Halim Mansor."
    )
    assert _speaker(text, "Is that even enough") == "Abdul Halim Mansor"


def test_a_seat_and_its_title_before_a_name_are_the_role() -> None:
    text = (
        "Wage\n\nKlang MP Charles Santiago of the ruling Pakatan Harapan wants the government to review the "
        "rate, describing the increase as an insult to labourers."
    )
    person = next(a for a in extract(text).actors if "Santiago" in a.name)
    assert (person.name, person.role) == ("Charles Santiago", "Klang MP")


def test_a_country_is_not_the_short_name_of_its_airline() -> None:
    text = (
        "Outbreak\n\nThe Vietnam Airlines flight VN54 landed on March 2 in Hanoi, getting at least 16 people "
        "infected.\n\nVietnam “has done a good job” with outbreaks, the Deputy PM said."
    )
    kinds = {a.name: a.kind for a in extract(text).actors}
    assert kinds.get("Vietnam") == "country"


def test_a_title_before_a_comma_and_a_name_is_the_role_without_article_or_comma() -> None:
    text = (
        "Media\n\nLet me first thank the Minister of Municipality and Urban Planning, Abdurrahman bin "
        "Khalifa Al Thani, for his statement published in Al Sharq newspaper on May 14.\n\nIn this "
        "statement, the minister said his ministry deals "
        "with all issues transparently."
    )
    person = next(a for a in extract(text).actors if "Al Thani" in a.name)
    assert person.role == "Minister of Municipality and Urban Planning"
    assert _speaker(text, "deals with all issues transparently") == person.name


_FANS = (
    "Fans angry\n\nAll the hopes of the fans were ended by a ruthless Australia on Tuesday.\n\n"
    "Talib Hilal coach of the national beach soccer team said that Oman had lost its first match.\n\n"
    "'Oman losing to Australia by 0-4 is sad. Our team didn't play well. This built pressure from the very "
    "beginning.'\n\nHilal said there was hope for the team. 'We need to play more international matches to "
    "get better results' he suggested.\n\nHamoud al Touqi, a former footballer, said Oman kicked off on the "
    "wrong foot. 'The defence was really bad. I think it's time for the coach to go.'"
)


def test_straight_single_marks_opening_a_paragraph_quote_and_are_no_writers_words() -> None:
    found = extract(_FANS)
    assert "The author" not in {a.name for a in found.actors}
    assert _speaker(_FANS, "Our team didn't play well") == "Talib Hilal"
    assert _speaker(_FANS, "get better results") == "Talib Hilal"
    assert _speaker(_FANS, "time for the coach to go") == "Hamoud al Touqi"


def test_a_name_before_a_title_of_something_is_one_person() -> None:
    names = [a.name for a in extract(_FANS).actors if "Hilal" in a.name]
    assert names == ["Talib Hilal"]


def test_according_to_a_title_and_a_name_is_the_named_persons_and_so_is_adding() -> None:
    text = (
        "Commotion\n\nAccording to the committee’s Chairperson, MP Roua Al Hayki, “the committee’s report "
        "was scheduled without consulting the committee”, adding that “the work is planned to be completed "
        "on March 29.”"
    )
    found = extract(text)
    assert "Chairperson" not in {a.name for a in found.actors}
    assert _speaker(text, "without consulting the committee") == "Roua Al Hayki"
    assert _speaker(text, "planned to be completed") == "Roua Al Hayki"


def test_the_word_someone_was_named_with_is_that_person_later() -> None:
    text = (
        "Sit-in cleared\n\nPolice cleared protesters from the ministry on Tuesday.\n\n“They started beating "
        "us with batons,” activist Mohammad Mogharbel told The Daily Star.\n\nThe activist claimed that "
        "protesters were struck around the head."
    )
    assert _speaker(text, "struck around the head") == "Mohammad Mogharbel"


def test_a_gerund_the_parser_hung_elsewhere_stays_in_the_clause() -> None:
    text = (
        "Montana\n\nGianforte then apologized by name to reporter Ben Jacobs, who accused him of body "
        "slamming him, saying it was a mistake."
    )
    said = next(s.text for s in extract(text).statements if s.speaker == "Ben Jacobs")
    assert said.endswith("body slamming him")


def test_guard_adding_to_a_series_cites_no_one() -> None:
    # guards "not adding to a series", read from the capable-set article it guards: "... according to two
    # people familiar with the matter, adding to a mounting series of problems" is no one's words
    text = (FIXTURES / "capable" / "legal_wework_ny_attorney_general.txt").read_text()
    found = extract(text).statements
    assert not any("mounting series" in s.text and "familiar" in s.speaker for s in found)


def test_guard_a_bodys_spokesman_stays_an_unnamed_source() -> None:
    # guards "not A Gamaleya spokesman", read from the dev-set article it guards: a spokesman named by his
    # institute (which the tagger took for a person) is still found, the institute's voice
    text = (FIXTURES / "eval" / "health_sputnik_vaccine_doubts.txt").read_text()
    assert any("Gamaleya spokesman" in [a.name, *a.aliases] for a in extract(text).actors)


def test_a_crowds_shouts_are_not_the_words_of_the_one_they_greet() -> None:
    text = (
        "Protest\n\nMore than four hours after the protest began, commune chief Yu Phat and villager Lieng "
        "Leng emerged from the court to shouts of: “Justice for our commune chief!”\n\nSpeaking outside "
        "the court, Mr. Phat said: “The accusations are not true.”"
    )
    assert not any(s.kind == "quote" and "Justice for our" in s.text for s in extract(text).statements)


def test_an_occupation_before_a_full_name_makes_a_person_of_an_organisation() -> None:
    text = "Dam row\n\nThe plan has angered locals.\n\nFarmer John Kamau said he would lose his land."
    found = {a.name: a for a in extract(text).actors}
    assert found["John Kamau"].kind == "person"


def test_a_circumstance_set_off_with_with_is_left_out_of_a_question() -> None:
    text = (
        "Wage\n\nThe Prime Minister’s Office said the uniformed minimum wage will be implemented from "
        "January 1, with the decision based on recommendations by the National Wage Consultative Council."
    )
    questions = [q.question for q in extract(text).open_questions]
    assert "Will the uniformed minimum wage be implemented from January 1?" in questions


def test_a_title_the_tagger_made_a_person_before_a_name_is_no_second_person() -> None:
    text = (
        "Shoot me\n\nMbabane Magistrate Lenhle Zulu was yesterday taken aback when an accused person told "
        "her to shoot him.\n\nBanele Gumedze told Zulu that shooting him could be the best way."
    )
    names = [a.name for a in extract(text).actors]
    assert "Mbabane Magistrate" not in names
    assert "Lenhle Zulu" in names


def test_a_first_name_spelt_with_and_without_its_final_h_is_one_person() -> None:
    text = (
        "Attack\n\nMagistrate Hannah Bonnie’s office was burgled over the weekend, the judiciary said.\n\n"
        "“Court number one in Freetown is presided over by Magistrate Hanna Bonnie,” Moses Kamara said."
    )
    assert len([a for a in extract(text).actors if "Bonnie" in a.name]) == 1


def test_no_question_whose_subject_is_a_condition() -> None:
    text = (
        "Shooting\n\n“Mi scared, yes, 'cause if mi never scared mi son would be out here a play wid him "
        "friend dem,” she said."
    )
    assert not any(q.question.startswith("Will if") for q in extract(text).open_questions)


def test_a_quotation_left_open_at_its_paragraph_is_the_next_ones_speakers() -> None:
    text = (
        "Dispute\n\nThe Post's lawyer, Todung Mulya Lubis, said the firm had asked the daily to pay. The "
        "request was made during an informal meeting just hours before the final meeting.\n\n"
        "“The problem is not whether the Post is capable of paying the compensation or not, but we think the "
        "demand is a form of punishment.\n\n“Since the beginning of our talks, we have rejected the demand,” "
        "Todung said."
    )
    assert _speaker(text, "a form of punishment") == "Todung Mulya Lubis"


def test_an_untagged_given_name_between_a_title_and_a_surname_is_the_names() -> None:
    text = (
        "Killings\n\nSenior Superintendent Mpiti Mopeli said it is suspected that the killers were still "
        "hunting the musician."
    )
    person = next(a for a in extract(text).actors if "Mopeli" in a.name)
    assert (person.name, person.role) == ("Mpiti Mopeli", "Senior Superintendent")


def test_a_councillor_by_surname_alone_is_a_person() -> None:
    text = (
        "Row\n\nIn the course of the March debate, Cllr Feeley made the point there was no funding "
        "available. “I have no difficulty with hard and fair political debate,” Cllr Feeley said."
    )
    kinds = {a.name: a.kind for a in extract(text).actors}
    assert kinds.get("Feeley") == "person"


def test_a_name_with_a_number_is_no_person() -> None:
    text = (
        "Offices\n\nMichèle LaRose said 180 Kent is currently assigned to another department, while the "
        "agency looks for space. 180 Kent said nothing."
    )
    assert not any("180" in a.name and a.kind == "person" for a in extract(text).actors)


def test_a_dashed_aside_inside_the_subject_keeps_the_subject() -> None:
    text = (
        "Reactions\n\nFlemish socialist party president Bruno Tobback spoke on the radio. He said that the "
        "government’s new tax break – an increase of €250 in the amount that can be claimed for expenses – "
        "was outweighed by increased expenses that families would have to pay."
    )
    said = next(s.text for s in extract(text).statements if "outweighed" in s.text)
    assert said.startswith("the government’s new tax break")


def test_extrapolates_that_reports() -> None:
    text = (
        "Bears\n\nProfessor Klemen Jerina of the Biotechnical Faculty, using data on bear removals, "
        "extrapolates that the Slovenian bear population ranges from 880 to 1,050 this spring."
    )
    assert _speaker(text, "ranges from 880 to 1,050") == "Klemen Jerina"


def test_a_disease_the_tagger_made_a_person_is_no_one() -> None:
    text = (
        "Title\n\nThe 2019-20 Caps had the best record, but the season was cancelled just before the start "
        "of the playoffs because of COVID-19.\n\nThe Caps felt they were peaking at the right time last "
        "year, when COVID-19 again resulted in the cancellation of the playoffs."
    )
    assert not any("COVID" in a.name for a in extract(text).actors)
