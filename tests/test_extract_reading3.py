"""Issue 13, from reading briefs of unseen stories (session 42: a New Zealand council meeting, a rail
takeover fight, a Nairobi bail hearing, fossils in dispute, a long media feature): a surname the article
kept calling one person by given to his son once the son is named, a title run back over a dash, a
quotation paragraph after what a person did, "it" in a board's words given to the company named before,
words reported beside a request given to the one asked, a title and surname tagged as a body, and
"disputed claims" read as the disputer's claim.
Short made-up texts; none is a dev-set article."""

from __future__ import annotations

from brief.extract import extract
from tests.conftest import speaker_of, spoken_by


def test_a_surname_the_article_kept_calling_one_person_by_stays_his_after_his_son_is_named() -> None:
    story = " ".join(f"On day {n} Murdoch met the editors again and asked for changes." for n in range(1, 5))
    text = (
        "Media empire in turmoil\n\nWhen the cameras caught James Murdoch smoking outside the office, the "
        "staff laughed.\n\nHis father, the media mogul Rupert Murdoch, was at a conference in Idaho.\n\n"
        f"{story}\n\nLater James Murdoch flew to Europe. The staff waited. The board met on Friday. Nobody "
        "spoke for an hour.\n\n“This has gone on long enough,” Murdoch said at the meeting."
    )
    assert spoken_by(extract(text), "This has gone on long enough") == "Rupert Murdoch"


def test_a_title_does_not_run_back_over_a_dash() -> None:
    text = (
        "Rates rise\n\nJane Tamaki - a former candidate for the Kiwi Freedom Party - praised councillor "
        "Max Brough for bringing the rates hikes to public attention."
    )
    brough = next(a for a in extract(text).actors if a.name == "Max Brough")
    assert brough.role == "councillor"
    assert not [n for n in brough.aliases if "Party" in n]


def test_a_quotation_paragraph_after_what_a_person_did_is_theirs() -> None:
    text = (
        "Rates rise\n\nThe council voted for the rise on Tuesday.\n\nHeather Pantin-Lewis burst out of the "
        "public gallery to condemn the councillors.\n\n"
        "\"It's illegal. You can't give us three days' notice and then tell us it's going through.\"\n\n"
        "Chairman Wayne Walden had not seen that as an option.\n\n"
        '"The guts of the offer is the price, isn\'t it?"'
    )
    ex = extract(text)
    assert spoken_by(ex, "You can't give us three days") == "Heather Pantin-Lewis"
    assert spoken_by(ex, "The guts of the offer") == "Wayne Walden"


def test_it_in_the_words_of_an_unnamed_board_is_not_the_company_named_before() -> None:
    text = (
        "Takeover fight\n\nToll Holdings has bid for Tranz Rail.\n\nHe would not speculate on the price "
        "Toll needed to offer to win the board's backing.\n\nThe board said it agreed with a Grant Samuel "
        "report that the Toll offer was not fair to shareholders."
    )
    assert speaker_of(extract(text), "the Toll offer was not fair") != "Toll Holdings"


def test_words_reported_beside_a_request_are_the_one_who_asked() -> None:
    text = (
        "Bail hearing\n\nThe Director of Public Prosecutions (DPP) asked the court to deny bail.\n\n"
        "Defence lawyer Duncan Okello, however, urged the court to release his client on bail saying the "
        "prosecution itself is perpetrating the denial of bail."
    )
    ex = extract(text)
    said = [s for s in ex.statements if "perpetrating the denial" in s.text]
    assert said and {s.speaker for s in said} == {"Duncan Okello"}


def test_a_title_and_surname_tagged_as_a_body_is_the_titled_person() -> None:
    text = (
        "Bail hearing\n\nThe student was presented before Milimani Senior Principal Magistrate Ben Mark "
        "Ekhubi and charged with robbery.\n\nThe prosecution asked for him to be held.\n\n"
        "Magistrate Ekhubi requested for a pre-bail report before granting bail."
    )
    ex = extract(text)
    assert [a.name for a in ex.actors if "Ekhubi" in a.name] == ["Ben Mark Ekhubi"]
    assert spoken_by(ex, "requested for a pre-bail report") == "Ben Mark Ekhubi"


def test_disputed_claims_are_what_the_speaker_disputes_not_what_he_claims() -> None:
    text = (
        "New fossils\n\nScientists say the fossils could belong to a human ancestor.\n\n"
        "But University of Sydney evolution specialist Darren Curnoe, who was not involved in the research, "
        "disputed claims the new fossils represented an ancestor of living humans."
    )
    ex = extract(text)
    said = [s for s in ex.statements if s.speaker == "Darren Curnoe"]
    assert said and all(s.cue.startswith("disputed") for s in said)
    assert all(s.text.startswith("claims") for s in said)


def test_a_clause_joined_on_with_a_named_subject_is_not_the_speakers_words() -> None:
    text = (
        "Teachers strike\n\nPoliticians have urged teachers not to strike today.\n\nEducation secretary "
        "Michael Gove said the action would cause “massive inconvenience to families” and his boss David "
        'Cameron described the strike as “wrong”.\n\nCoach Dave Rennie admitted the dismissal "seemed '
        'pretty harsh" and Kirwan has challenged referees boss Lyndon Bray to take action.'
    )
    ex = extract(text)
    gove = [s.text for s in ex.statements if s.speaker == "Michael Gove"]
    rennie = [s.text for s in ex.statements if s.speaker == "Dave Rennie"]
    assert gove and not [t for t in gove if "Cameron" in t]
    assert rennie and not [t for t in rennie if "Kirwan" in t]


def test_he_in_the_words_of_someone_described_is_not_the_person_named_before() -> None:
    text = (
        "Red card row\n\nFlanker Kane Barrett was sent off for stamping on Craig Clarke, although the big "
        "Chiefs lock said he thought the boot only grazed his shoulder."
    )
    assert speaker_of(extract(text), "the boot only grazed his shoulder") != "Kane Barrett"


def test_a_clause_that_opens_with_more_than_its_subject_stays_in_the_words() -> None:
    text = (
        "Debate\n\nSenator Amy Klobuchar said the answers could be relevant if and when the Senate holds a "
        "trial.\n\nAn Exxon lawyer, Mark Stern, said this was appropriate and that Exxon had no incentive "
        "to underestimate costs."
    )
    ex = extract(text)
    assert spoken_by(ex, "the answers could be relevant") == "Amy Klobuchar"
    assert next(s.text for s in ex.statements if "the answers" in s.text).endswith("holds a trial")
    assert next(s.text for s in ex.statements if "appropriate" in s.text).endswith("underestimate costs")


def test_two_titles_joined_before_a_name_are_one_persons() -> None:
    text = (
        'Budget day\n\nFormer Finance Minister and veteran Congress leader P Chidambaram said: "The Finance '
        'Minister has failed the fiscal consolidation test."\n\nKarnataka Chief Minister and party leader '
        "Basavaraj Bommai conceded defeat on Saturday.\n\nThe president and Vice President Mike Pence "
        "spoke on Monday."
    )
    ex = extract(text)
    assert spoken_by(ex, "has failed the fiscal consolidation test") == "P Chidambaram"
    chidambaram = next(a for a in ex.actors if a.name == "P Chidambaram")
    bommai = next(a for a in ex.actors if a.name == "Basavaraj Bommai")
    assert "Former Finance Minister" in chidambaram.aliases
    assert "Karnataka Chief Minister" in bommai.aliases
    assert not [a for a in ex.actors if a.name in ("Finance Minister", "Karnataka Chief Minister")]
    pence = [a for a in ex.actors if a.name == "Mike Pence"]
    assert not pence or not [n for n in pence[0].aliases if n.casefold().startswith("the president")]


def test_a_party_leader_description_is_not_a_leader_of_another_party() -> None:
    text = (
        "Budget day\n\nPiyush Goyal, BJP leader and Railway Minister, retaliated to this criticism.\n\n"
        "Former Prime Minister HD Deve Gowda's reaction was welcoming but apprehensive. Praising the budget, "
        'the Janata Dal leader said, "...the problems of farmers and rural people are enormous."'
    )
    ex = extract(text)
    goyal = next(a for a in ex.actors if a.name == "Piyush Goyal")
    assert not [n for n in goyal.aliases if "Janata" in n]
    assert speaker_of(ex, "the problems of farmers") != "Piyush Goyal"


def test_a_title_and_surname_in_a_quotation_is_the_person_named_in_full() -> None:
    text = (
        "Palace backs withdrawal\n\nMANILA - The Palace supports Speaker Gloria Macapagal Arroyo's push for "
        'the Senate to leave the union.\n\n"I support the call of Speaker Arroyo," said presidential '
        "spokesman Salvador Panelo on Tuesday."
    )
    ex = extract(text)
    assert [a.name for a in ex.actors if "Arroyo" in a.name] == ["Gloria Macapagal Arroyo"]


def test_two_names_the_tagger_ran_across_a_comma_are_two_people_and_i_is_no_name() -> None:
    text = (
        "House row\n\nLeader of Government Business Karl Samuda accused the Opposition of plotting.\n\n"
        "Turning to the Speaker of the House, Pearnel Charles, Samuda said: “Mr Speaker I’m asking you to "
        "make a determination on this careless behaviour.”"
    )
    ex = extract(text)
    names = [n for a in ex.actors for n in (a.name, *a.aliases)]
    assert spoken_by(ex, "I’m asking you to make a determination") == "Karl Samuda"
    assert "Pearnel Charles" in names
    assert not [n for n in names if "," in n or n == "I" or n.endswith(" I")]


def test_the_statement_said_is_whoever_the_statement_was_from_not_whoever_obtained_it() -> None:
    text = "\n\n".join(
        [
            "Presenter disputes contract claim",
            "Ryan Tubridy is disputing a statement from RTE that his contract has come to an end.",
            "“Ryan Tubridy stood down from the show in May. RTE has written to his agent about it,” "
            "the statement said.",
            "“Negotiations regarding his radio work have been paused as with all negotiations.”",
            "The union's lawyer Bruce Meyer wrote to the league in a letter obtained by USA TODAY Sports.",
            "“We believe this is a pretext for cutting pay,” the letter continues.",
        ]
    )
    ex = extract(text)
    assert spoken_by(ex, "stood down from the show in May") == "RTE"
    assert spoken_by(ex, "Negotiations regarding his radio work") == "RTE"
    assert speaker_of(ex, "We believe this is a pretext") != "USA TODAY Sports"


def test_a_body_named_in_part_described_or_cut_at_and_is_one_actor() -> None:
    text = (
        "Watchdog blocks merger\n\nSYDNEY (Reuters) - Australia’s competition regulator blocked a proposed "
        "merger between two telecoms groups on Wednesday.\n\nThe Australian Competition and Consumer "
        "Commission (ACCC), which in December flagged concerns, said it opposed the deal because it would "
        "reduce competition.\n\nUS network specialist Cisco Systems last night reported higher revenue.\n\n"
        "Cisco’s shares rose 6.7 per cent to $17.98 in after-hours trading."
    )
    names = {a.name: a for a in extract(text).actors}
    accc = names["Australian Competition and Consumer Commission"]
    assert "Australia’s competition regulator" in accc.aliases and "ACCC" in accc.aliases
    assert "Cisco" in names["Cisco Systems"].aliases
    assert not {"Consumer Commission", "Australia’s competition regulator", "Cisco"} & set(names)


def test_a_name_after_a_bodys_possessive_is_its_person_and_after_a_persons_his_company() -> None:
    text = (
        "Budget reaction\n\nThe Ai Group’s Innes Willox told the ABC that the tax changes were a compliance "
        "burden.\n\nWillox was similarly concerned about the deficit.\n\nThe upstarts - Amazon founder Jeff "
        "Bezos’s Blue Origin among them - will bid. Origin said it was ready to fly."
    )
    names = {a.name: a for a in extract(text).actors}
    assert names["Innes Willox"].kind == "person"
    assert names["Jeff Bezos"].kind == "person" and names["Blue Origin"].kind == "organisation"
    assert not [n for n in names if "’s" in n]


def test_what_a_place_is_is_no_title_of_the_name_hung_on_it() -> None:
    text = (
        "Start-up raises funds\n\nThe new funding will go into expanding the company’s operations. Ghana is "
        "the first landing pod, Shola Akinlade, Paystack’s CEO tells me."
    )
    akinlade = next(a for a in extract(text).actors if a.name == "Shola Akinlade")
    assert "landing" not in akinlade.role and not [n for n in akinlade.aliases if "landing" in n]


def test_an_acronym_given_in_brackets_is_a_name_and_a_pronoun_is_no_alias() -> None:
    text = (
        "Meat dispute\n\nThe Irish Farmers Association (IFA) and processors are to meet informally.\n\n"
        "The IFA, which backed the action, said farmers could not afford to sell animals at current prices."
        "\n\nPresident Xi Jinping's top economic adviser Liu He held talks in Washington."
    )
    ex = extract(text)
    assert spoken_by(ex, "could not afford to sell animals") == "Irish Farmers Association"
    liu = next(a for a in ex.actors if a.name == "Liu He")
    assert "He" not in liu.aliases


def test_an_occupation_opening_a_tagged_name_is_a_role() -> None:
    text = (
        "Vaccine doubts\n\nThe team published its results in the Lancet.\n\nVirologist John Moore said the "
        'paper was "a hotchpotch of factoids".'
    )
    moore = next(a for a in extract(text).actors if a.name.endswith("Moore"))
    assert moore.name == "John Moore" and moore.role == "Virologist"


def test_this_jury_in_a_quotation_is_the_jury_named_at_the_start() -> None:
    filler = " ".join(f"Witness {n} told the court about the weed killer and its label." for n in range(8))
    text = (
        "Weed killer verdict\n\nSAN FRANCISCO -- A San Francisco jury has ordered Monsanto to pay $289 "
        f'million to a former groundskeeper.\n\n{filler}\n\n"This jury found Monsanto acted with malice," '
        "said Robert F. Kennedy Jr., a member of the legal team."
    )
    juries = [a for a in extract(text).actors if "jury" in a.name.casefold()]
    assert [a.name for a in juries] == ["San Francisco jury"]


def test_a_party_named_by_its_plural_speaks() -> None:
    text = (
        "Shark cull\n\nThe acting premier said the government would press ahead with the plan.\n\n"
        "Meanwhile, the Greens said their lawyers were investigating the legality of killing sharks."
    )
    assert spoken_by(extract(text), "their lawyers were investigating") == "Greens"


def test_a_ministry_told_by_its_work_is_no_organisation_of_another_kind() -> None:
    text = "\n\n".join(
        [
            "Yellow fever outbreak",
            "The World Health Organisation (WHO) said the results show a yellow fever outbreak.",
            "Majdi Saleh, who heads the health ministry's epidemics department, said jabs would start.",
            "The WHO has sent experts to the region.",
        ]
    )
    who = next(a for a in extract(text).actors if a.name == "World Health Organisation")
    assert not [n for n in who.aliases if "ministry" in n]


def test_a_transcripts_paragraphs_are_the_words_of_the_speaker_each_label_names() -> None:
    text = "\n\n".join(
        [
            "Challenging times ahead, says new treasurer",
            "CHARLES ABEL: John, we're going through the usual motions after the election.",
            "JOHNNY BLADES: You've got a tall task though, haven't you?",
            "CA: Yes. Look we've got to be realistic about the deficit.",
            "BLADES: Will there be more cuts?",
            "UPDATE: This interview was edited for length.",
        ]
    )
    ex = extract(text)
    assert spoken_by(ex, "we've got to be realistic about the deficit") == "CHARLES ABEL"
    assert spoken_by(ex, "Will there be more cuts") == "JOHNNY BLADES"
    assert speaker_of(ex, "This interview was edited") is None


def test_one_capitalised_label_is_no_transcript() -> None:
    text = "Storm warning\n\nBREAKING NEWS: The storm has moved east, the weather service said."
    ex = extract(text)
    assert speaker_of(ex, "The storm has moved east") != "BREAKING NEWS"
    assert not [a for a in ex.actors if a.name == "BREAKING NEWS"]


def test_the_speaker_is_the_titled_speaker_and_honourable_is_no_name() -> None:
    text = (
        "MPs to attend Parliament\n\nOpposition MPs are likely to attend Parliament today following an "
        "assurance given by Speaker Mahinda Yapa Abeywardana.\n\n“It is my responsibility, therefore I shall "
        "make a statement,” the Speaker told Daily Mirror.\n\nOn behalf of The Honourable Rona Ambrose, "
        "Minister of the Environment, an MP announced a project."
    )
    ex = extract(text)
    assert spoken_by(ex, "It is my responsibility") == "Mahinda Yapa Abeywardana"
    assert not [a for a in ex.actors if a.name in ("Speaker", "Honourable Rona Ambrose")]


def test_an_ambassador_to_a_body_is_not_the_body_and_urging_that_stays_urging() -> None:
    text = (
        "Ceasefire fragile\n\nRussia and China urged that more be done to secure compliance.\n\n"
        "The UN said the truce was holding. The ambassador to the UN said the government pulling its troops "
        "out of towns was as important as the ceasefire."
    )
    ex = extract(text)
    assert speaker_of(ex, "pulling its troops out of towns") != "UN"
    urged = [s for s in ex.statements if s.speaker == "Russia"]
    assert urged and urged[0].present == "urges"


def test_a_closing_bracket_does_not_cut_a_reported_clause_in_two() -> None:
    text = (
        "Stray elephants\n\nJohnstone Lowei, one of the affected farmers, said the elephants have been in "
        "the area for the last three days and Kenya Wildlife Service (KWS) had not responded to their pleas "
        "to drive them away."
    )
    said = [s.text for s in extract(text).statements if s.speaker == "Johnstone Lowei"]
    assert [t for t in said if t.endswith("drive them away") and "(KWS) had not responded" in t]


def test_a_joint_statement_is_both_authors_or_no_one_alone() -> None:
    text = "\n\n".join(
        [
            "League statement",
            "Owners met players on Tuesday, according to a statement by Acme Corp and Globex Inc.",
            "“We are coming together to find common ground,” the statement said.",
            "Later the owners met again, according to a statement by the NFL and the players’ union.",
            "“We will keep talking about positive change,” the statement said.",
        ]
    )
    ex = extract(text)
    both = {s.speaker for s in ex.statements if "find common ground" in s.text}
    assert both == {"Acme Corp", "Globex Inc."}
    assert speaker_of(ex, "keep talking about positive change") is None


def test_a_name_with_a_particle_the_tagger_split_in_two_is_one_person() -> None:
    text = (
        "Elephants destroy crops\n\nBaringo KWS Warden Kenneth ole Nashuu said rangers were sent to drive "
        "the elephants back."
    )
    names = [a.name for a in extract(text).actors if a.kind == "person"]
    assert names == ["Kenneth ole Nashuu"]


def test_a_platform_the_tagger_calls_a_person_is_no_one() -> None:
    text = (
        "Soldiers killed\n\nIn an update on Twitter, Director General of Pakistan’s Inter Service Public "
        "Relations (ISPR) wrote that the Indian bunkers were destroyed."
    )
    assert not [a for a in extract(text).actors if a.name == "Twitter" and a.kind == "person"]


def test_a_common_noun_opening_a_quotation_is_no_name() -> None:
    text = (
        "Congress wins\n\nCongress leader Siddaramaiah spoke on Saturday. “People were also not happy with "
        "the saffron party,” he said. “People wanted change, and they have given their verdict.”"
    )
    assert not [a for a in extract(text).actors if a.name == "People"]


def test_counsel_by_ordinal_post_nominals_irish_surnames_and_bare_title_stops() -> None:
    text = "\n\n".join(
        [
            "Fraud trial adjourned",
            "Earlier, defence counsel Olalekan Ojo (SAN) had informed the court of new evidence.",
            "The second defence counsel, Mr. Adeyinka Kotoye (SAN), also aligned himself with the submission "
            "of the first defence counsel.",
            "Upon hearing this, Judge Eugene O’Kelly adjourned the case briefly.",
            "However, Sgt Donal Cronin, said he would find it “incredible” if the garda gave such advice.",
            "“I have no doubt he is mistaken,” said Sgt Cronin.",
        ]
    )
    names = {a.name: a for a in extract(text).actors}
    assert not [n for n in names["Adeyinka Kotoye"].aliases if "first" in n]
    assert not [n for a in names.values() for n in (a.name, *a.aliases) if n == "SAN"]
    assert "Eugene O’Kelly" in names and "Donal Cronin" in names


def test_a_filing_is_whoever_filed_it() -> None:
    # a guard for the "from"/"by" authors: what was "filed by" someone stays theirs
    text = (
        "Union sues\n\nA complaint filed by the National Labor Relations Board accuses Acme Corp of unfair "
        "practices.\n\n“The company broke the law when it locked out its drivers,” the complaint said."
    )
    assert spoken_by(extract(text), "The company broke the law") == "National Labor Relations Board"
