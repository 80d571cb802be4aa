"""Speakers, kinds and names the extraction got wrong on fresh articles (issue 13), on short made-up texts.

Each text exercises one general rule of news writing; none of them is a dev-set article.
"""

from __future__ import annotations

import re

import pytest

from brief.extract import Extraction, extract, load_nlp
from tests.conftest import speaker_of


def _actor(extraction: Extraction, name: str):  # type: ignore[no-untyped-def]
    return next((a for a in extraction.actors if a.name == name), None)


def test_he_is_the_speaker_not_the_subject_of_what_he_reported() -> None:
    text = (
        "Lena Ortiz and Paul Rand were charged on Monday. Daniel Okafor, who represents Rand, said his "
        "client would fight the charges. He said Rand is a father of two and a conviction would end his "
        "career.\n\nSometimes good workers make mistakes, he said.\n"
    )
    assert speaker_of(extract(text), "Sometimes good workers make mistakes") == "Daniel Okafor"


def test_a_name_with_a_who_clause_is_a_person() -> None:
    text = (
        "Montell Figgins, who represents the driver, said his client would plead not guilty. "
        "Figgins said the crash was an accident.\n"
    )
    found = _actor(extract(text), "Montell Figgins")
    assert found is not None and found.kind == "person"


def test_a_name_titled_in_apposition_stays_a_person_when_the_body_is_described_too() -> None:
    # spaCy hangs the second apposition ("a company heavily invested in ...") on the person's name; it
    # describes the body the person heads
    text = (
        "Morwen Tulk, president of Harrow Mills North America, a company heavily invested in rye flour, said "
        "buyers take note of any hints in Washington. “Buyers ask,” Tulk said.\n"
    )
    found = _actor(extract(text), "Morwen Tulk")
    assert found is not None and found.kind == "person", found


def test_a_name_the_sentence_treats_as_a_body_is_no_person() -> None:
    # made-up text; spaCy's small model tags "Cumann Glas" a person here: "the leader of", "chief <name>"
    # and "-led" say it is a body
    text = (
        "Aoife Brannock, the leader of Cumann Glas, said the vote was lost. Cumann Glas chief Ronan Tierney "
        "backed her. The Cumann Glas-led council met on Friday.\n"
    )
    found = extract(text)
    assert not any("Cumann" in a.name and a.kind == "person" for a in found.actors), found.actors


def test_a_name_after_a_lower_case_title_of_office_is_a_person() -> None:
    # spaCy's small model labels "Ruben Tolle" an organisation here; the title before it says otherwise
    text = (
        "Job cuts will come, said the bank's new executive chair Ruben Tolle in an email to staff. "
        "He said the bank needs a leaner organisation to grow.\n"
    )
    extraction = extract(text)
    found = _actor(extraction, "Ruben Tolle")
    assert found is not None and found.kind == "person" and found.role.endswith("executive chair"), found
    assert speaker_of(extraction, "the bank needs a leaner organisation") == "Ruben Tolle"


def test_a_government_named_by_its_region_is_an_organisation() -> None:
    text = (
        "Metals company Vedanta Ltd on Tuesday challenged the Tamil Nadu government's order to shut its "
        "smelter. The Tamil Nadu government said the plant would stay closed.\n"
    )
    kinds = {a.kind for a in extract(text).actors if "government" in a.name}
    assert kinds == {"organisation"}


def test_a_section_label_before_a_colon_is_not_part_of_the_name() -> None:
    text = (
        "The utility agreed to close the plant by 2030.\n\n"
        "Ongoing Environmental Protection: Northwind Power has also agreed to establish a $5 million fund "
        "to restore the wetlands near the plant.\n"
    )
    assert speaker_of(extract(text), "establish a $5 million fund") == "Northwind Power"


def test_committing_to_act_is_a_stance_committing_a_sum_is_not() -> None:
    text = (
        "Under the terms of the settlement, Northwind Power has committed to offer plant employees new jobs "
        "at other facilities. Harbor Foods committed $2 million to the fund last year.\n"
    )
    extraction = extract(text)
    assert speaker_of(extraction, "offer plant employees new jobs") == "Northwind Power"
    assert not [s for s in extraction.statements if s.speaker == "Harbor Foods"]


def test_a_modal_opening_a_question_is_not_a_first_name() -> None:
    text = (
        "Senator Elizabeth Warren was under attack last month. Will Warren continue to face the heat, or "
        "will her rivals take more hits? Warren said she was ready.\n"
    )
    names = [a.name for a in extract(text).actors]
    assert "Will Warren" not in names and "Elizabeth Warren" in names


def test_a_word_shouted_in_a_subhead_is_not_a_name() -> None:
    text = (
        "WILL SOMEONE STAND UP FOR THE ESTABLISHMENT?\n\n"
        "Former Governor Deval Patrick said he would enter the race on Thursday.\n"
    )
    assert not [a for a in extract(text).actors if a.name.isupper()]


def test_an_adjective_before_a_name_is_not_a_title() -> None:
    text = "The even wealthier Michael Bloomberg has generated buzz. Bloomberg said he had not decided yet.\n"
    found = _actor(extract(text), "Michael Bloomberg")
    assert found is not None and found.role == "" and not any("wealthier" in a for a in found.aliases)


def test_a_hyphenated_title_is_kept_whole() -> None:
    text = (
        "Justin Bassi, who advises Attorney-General George Brandis on security, met editors. "
        "Brandis said the law would protect sources.\n"
    )
    found = _actor(extract(text), "George Brandis")
    assert found is not None and found.role == "Attorney-General"


def test_a_clause_keeps_its_subject_across_a_participle_aside() -> None:
    text = (
        "A new trade deal, once expected to be signed within weeks of the summit, could now be pushed "
        "into next year, trade experts say.\n"
    )
    said = [s.text for s in extract(text).statements]
    assert any(s.startswith("A new trade deal") and s.endswith("into next year") for s in said)


def test_a_surname_shared_in_a_family_is_the_one_never_called_by_first_name() -> None:
    text = (
        "Rupert Murdoch met his sons on Monday. James Murdoch wanted change; Lachlan Murdoch did not. "
        "James said the board should act. Lachlan said it should wait. "
        "Murdoch said he would decide by Friday.\n"
    )
    assert speaker_of(extract(text), "he would decide by Friday") == "Rupert Murdoch"


def test_a_sentence_opening_capital_is_lowered_after_says() -> None:
    from brief.verify.skeleton import stance_of

    text = "Daniel Okafor represents the driver.\n\nSometimes good workers make mistakes, Okafor said.\n"
    said = next(s for s in extract(text).statements if "good workers" in s.text)
    assert stance_of(said) == "Daniel Okafor says sometimes good workers make mistakes."


def test_what_a_group_gathered_to_do_reads_as_its_own_sentence() -> None:
    from brief.verify.skeleton import stance_of

    text = (
        "Teachers rally\n\nSeveral thousand teachers wearing red surrounded the Indiana Statehouse on "
        "Tuesday to call for better pay and more respect from the state government.\n"
    )
    said = next(s for s in extract(text).statements if "better pay" in s.text)
    assert stance_of(said).startswith("Teachers call for better pay"), stance_of(said)


def test_a_name_opening_the_reported_clause_keeps_its_capital() -> None:
    from brief.verify.skeleton import stance_of

    text = "Daniel Okafor represents the driver.\n\nHarbor Foods broke the rules, Okafor said.\n"
    said = next(s for s in extract(text).statements if "broke the rules" in s.text)
    assert stance_of(said) == "Daniel Okafor says Harbor Foods broke the rules."


def test_according_to_keeps_the_words_the_parser_hung_on_it() -> None:
    text = (
        "Local dealers sold 30,154 new cars in October, the second-highest volume of the year thus far "
        "but still down 10 percent from a year ago, according to InfoNation, a data provider. "
        "InfoNation said prices rose.\n"
    )
    said = [s.text for s in extract(text).statements if s.speaker == "InfoNation"]
    assert any(s.endswith("down 10 percent from a year ago") for s in said)


def test_a_description_in_apposition_to_a_name_is_not_another_actor() -> None:
    text = (
        "Dealers sold fewer cars in October, according to InfoNation, a Sugar Land-based provider of "
        "automobile data. InfoNation said prices rose.\n"
    )
    assert not [a for a in extract(text).actors if "provider" in a.name]


def test_a_web_domain_is_the_company_it_names() -> None:
    text = (
        "Edmunds expects 16.6 million vehicles to be sold this year. Rates averaged 5.7 percent in "
        "October, according to Edmunds.com. Edmunds said buyers were cautious.\n"
    )
    assert len([a for a in extract(text).actors if a.name.startswith("Edmunds")]) == 1


def test_a_determiner_that_stays_with_its_noun() -> None:
    text = (
        "Jeff Sanborn said the campaign buried its message. That message is that anyone using meth is a "
        "problem for everyone, Sanborn said.\n"
    )
    said = [s.text for s in extract(text).statements]
    assert any(s.startswith("That message is that anyone") for s in said)


def test_a_deed_in_a_relative_clause_has_no_object_of_its_own() -> None:
    text = (
        "Blue Origin will offer NASA its Blue Moon lander that the company unveiled in May. "
        "NASA said it would pick five companies.\n"
    )
    # Blue Origin's plan ("will offer NASA its lander ...") is its deed; "unveiled" has no object of its own
    assert not [s for s in extract(text).statements if s.cue == "unveiled"]


def test_a_name_described_as_a_person_speaks_not_the_place_beside_it() -> None:
    # the small model tags both farmers' one-word names as places, and leaves "said" without a subject
    text = (
        "Elephants raid farms\n\n"
        "Talking to reporters, Veeraswamy, a farmer from Palacode in Krishnagiri said: \u201cThe herd "
        "destroyed our whole crop.\u201d\n\n"
        "Palaniappan, 58, another farmer in the area, said the elders had written to the forest office.\n"
    )
    extraction = extract(text)
    for name in ("Veeraswamy", "Palaniappan"):
        found = _actor(extraction, name)
        assert found is not None and found.kind == "person", (name, found)
    assert speaker_of(extraction, "The herd destroyed our whole crop") == "Veeraswamy"
    assert speaker_of(extraction, "the elders had written") == "Palaniappan"


def test_party_members_are_the_party_and_a_website_is_no_person() -> None:
    text = (
        "Party under fire\n\n"
        "Britain's Conservative Party was accused of misleading voters on Wednesday. "
        '"It was an attempt to mislead," Amy Vance, editor of the fact-checking website Fair Check, said.\n\n'
        "A minister said the account was clearly linked to the Conservatives.\n"
    )
    extraction = extract(text)
    names = [a.name for a in extraction.actors]
    assert "Conservatives" not in names and "Conservative Party" in names, names
    party = _actor(extraction, "Conservative Party")
    assert party is not None and "Conservatives" in party.aliases, party
    site = _actor(extraction, "Fair Check")
    assert site is None or site.kind == "organisation", site


def test_a_one_word_name_is_found_where_the_tagger_missed_it() -> None:
    text = (
        "Platform acts\n\n"
        "Zoomly said its accounts had been misused during the debate. Critics said the company moved too "
        "slowly.\n\nZoomly pledged to take decisive action against similar strategies in the future.\n"
    )
    extraction = extract(text)
    assert speaker_of(extraction, "decisive action against similar strategies") == "Zoomly"


def test_a_name_in_the_subjects_relative_clause_is_not_the_speaker() -> None:
    text = (
        "Settlements ruling\n\n"
        "Prime Minister Ehud Barak welcomed the ruling on Tuesday.\n\n"
        "Israeli settlers, who overwhelmingly form part of Barak's constituency, said the change paved "
        "the way for annexation.\n"
    )
    assert speaker_of(extract(text), "the change paved the way for annexation") != "Ehud Barak"


def test_a_group_opening_a_sentence_is_the_group_named_in_full() -> None:
    text = (
        "Elephants destroy crops, farmers complain\n\n"
        "Farmers in the hill district of Valparai are angry after elephants destroyed their crops.\n\n"
        "Farmers complained that the elephants had come in search of water.\n"
    )
    extraction = extract(text)
    farmers = [a for a in extraction.actors if a.name.casefold().startswith("farmers")]
    assert len(farmers) == 1, [a.name for a in extraction.actors]
    assert speaker_of(extraction, "the elephants had come in search of water") == farmers[0].name


def test_a_title_run_into_a_name_gives_the_person_as_speaker() -> None:
    # parsed as two subjects of "said": "CPUC" and "Batjer"
    text = (
        "Regulators demand answers\n\n"
        "The California Public Utilities Commission called an emergency meeting. In a letter, CPUC "
        "President Marybel Batjer said that \u201clack of service is not a mere inconvenience\u2014 it "
        "endangers lives.\u201d\n"
    )
    assert speaker_of(extract(text), "it endangers lives") == "Marybel Batjer"


def test_a_whole_sentence_quoted_after_that_is_a_position() -> None:
    from brief.verify.skeleton import skeleton_positions, stance_of

    text = (
        "Airbnb sues over new law\n\n"
        "Assemblywoman Linda Rosenthal, the bill's co-sponsor, told reporters on Monday that \"the law fines "
        'the hosts and does not fine Airbnb."\n'
    )
    extraction = extract(text)
    positions = skeleton_positions(extraction, ["Linda Rosenthal"])
    assert positions and "the law fines the hosts" in positions[0].stance, positions
    said = next(s for s in extraction.statements if s.speaker == "Linda Rosenthal")
    assert stance_of(said).startswith("Linda Rosenthal says \u201cthe law fines"), stance_of(said)


def test_an_untagged_name_that_acts_and_recurs_is_an_actor() -> None:
    text = (
        "Inquiry dropped\n\n"
        "Prosecutors dropped the inquiry into the Leakbox founder on Tuesday. The files were published by "
        "Leakbox in 2010.\n\n"
        "There was no comment from the founder but Leakbox welcomed the move to drop the inquiry.\n\n"
        'Leakbox editor-in-chief Maria Olsen said: "Let us now focus on the threat he has been warning '
        'about for years."\n'
    )
    extraction = extract(text)
    site = _actor(extraction, "Leakbox")
    assert site is not None and site.kind == "organisation", [a.name for a in extraction.actors]
    assert speaker_of(extraction, "welcomed the move") == "Leakbox"
    assert speaker_of(extraction, "Let us now focus on the threat") == "Maria Olsen"


def test_a_claim_to_have_done_something_is_a_statement_and_he_is_the_one_person_named() -> None:
    text = (
        "Astronomers claim new planet\n\n"
        "Astronomers from Chile and Peru are claiming to have discovered a large planet at the edge of the "
        "solar system, according to a science website.\n\n"
        "Many peers, including Georgia Tech astronomer Lena Fry, are voicing their skepticism of the "
        'findings, a newspaper reported. "The logical leaps are astounding," he said.\n'
    )
    extraction = extract(text)
    assert speaker_of(extraction, "to have discovered a large planet") == "Astronomers from Chile and Peru"
    assert speaker_of(extraction, "The logical leaps are astounding") == "Lena Fry"
    assert _actor(extraction, "Georgia Tech") is None or _actor(extraction, "Georgia Tech").kind != "person"


def test_a_company_short_name_tagged_a_place_and_a_model_name_are_not_extra_actors() -> None:
    text = (
        "Emirates orders jets\n\n"
        "Emirates Airline finalized a deal to buy 30 jets from Boeing on Wednesday. Emirates had cut its "
        "order last year, and Emirates said it would keep flying older planes.\n\n"
        "Boeing's sales have been hit by two crashes of its popular 737 Max jet. The 737 Max remains "
        "grounded, Boeing said.\n"
    )
    names = [a.name for a in extract(text).actors]
    assert "Max" not in names, names
    assert not ("Emirates" in names and "Emirates Airline" in names), names


def test_calling_something_a_name_is_a_stance_and_an_unnamed_sources_quote_is_not_the_last_speakers() -> None:
    text = (
        "Hearing ends\n\n"
        "The Senate Ethics Committee called the inquiry a sham on Tuesday.\n\n"
        'Judge Ana Ruiz signed an order Monday stating that, "The parties are to report to the Court by '
        'Friday." A source close to the negotiations told reporters that the delay was granted "in order '
        'for the parties to reach some agreements here."\n'
    )
    extraction = extract(text)
    assert speaker_of(extraction, "called the inquiry a sham") == "Senate Ethics Committee"
    assert speaker_of(extraction, "to reach some agreements here") != "Ana Ruiz"


def test_an_untagged_full_name_after_a_lower_case_post_is_a_person() -> None:
    text = (
        "Fight brings suspensions\n\n"
        "The fight led to suspensions for Browns pass rusher Myles Garrett and Pittsburgh center Maurkice "
        "Pouncey. Pouncey said he would appeal.\n"
    )
    found = _actor(extract(text), "Maurkice Pouncey")
    assert found is not None and found.kind == "person", [a.name for a in extract(text).actors]


def test_a_quotation_closed_by_said_name_is_that_persons_not_the_groups_that_responded() -> None:
    text = (
        "Council rebukes mayor\n\n"
        'Members of the Housing Caucus also responded: "His remarks are careless and they insult every '
        'tenant in this city," said co-chair and Council Member Rosa Delgado. "This is exactly why we '
        'need the tenant protection bill now," said fellow co-chair and Councilmember Peter Lund.\n\n'
        'Harbor Foods spokeswoman Ana Pruitt sent along this comment, "We paid for every image we used '
        'and we regret the confusion in the Lisbon store."\n'
    )
    extraction = extract(text)
    assert speaker_of(extraction, "His remarks are careless") == "Rosa Delgado"
    assert speaker_of(extraction, "exactly why we need the tenant") in (
        "Peter Lund",
        "Councilmember Peter Lund",
    )
    assert speaker_of(extraction, "We paid for every image") == "Ana Pruitt"


def test_a_surname_the_tagger_took_for_an_adverb_still_speaks_and_a_centre_he_directs_does_not() -> None:
    text = (
        "Town hall row\n\n"
        "Mayor Dana Whitcombe says the charge was for legal advice about the sales tax.\n\n"
        "Whitcombe has said the town is paying its police officers far too much overtime.\n\n"
        '"We have oversold this programme for years," said Martin Oakes, director of the Institute for '
        'Water Policy, as well as its Centre for Drought Research. "It does not deliver what was promised."\n'
    )
    extraction = extract(text)
    assert speaker_of(extraction, "paying its police officers") == "Dana Whitcombe"
    assert speaker_of(extraction, "We have oversold this programme") == "Martin Oakes"


def test_the_hospital_is_the_one_whose_name_says_so_and_is_one_actor() -> None:
    text = (
        "Nurses strike\n\n"
        "Nurses went on strike at Robert Wood Mercy Hospital on Monday, said union leader Judy Marr, RN.\n\n"
        "Robert Wood Mercy Hospital is part of a larger health group. Robert Wood Mercy Hospital "
        "expressed disappointment.\n\n"
        "The hospital said it will continue to care for patients without interruption during the strike.\n"
    )
    extraction = extract(text)
    hospitals = [a for a in extraction.actors if a.name == "Robert Wood Mercy Hospital"]
    assert len(hospitals) == 1, [(a.name, a.kind) for a in extraction.actors]
    assert speaker_of(extraction, "continue to care for patients") == "Robert Wood Mercy Hospital"


def test_he_after_a_title_with_the_name_in_apposition_is_that_person() -> None:
    text = (
        "Bail plea heard\n\n"
        "Mr. Menon said that the case was a simple dispute. He alleged that it was politically sponsored.\n\n"
        "Special Public Prosecutor, Kiran Batra, submitted that the accused had tried to misuse his liberty. "
        "He also alleged that Mr. Rao's conduct in the case had been doubtful.\n"
    )
    extraction = extract(text)
    assert speaker_of(extraction, "conduct in the case had been doubtful") == "Kiran Batra"


def test_a_family_name_before_a_hyphenated_given_name_is_what_the_person_is_called_alone() -> None:
    text = (
        "Vote delayed\n\n"
        "Opposition leader Park Min-ho said the vote would go ahead. Minister Kang Su-jin resigned.\n\n"
        "Park said his party had enough votes to pass the motion on Saturday.\n"
    )
    extraction = extract(text)
    names = [a.name for a in extraction.actors]
    assert "Park" not in names, names
    assert speaker_of(extraction, "his party had enough votes") == "Park Min-ho"


def test_a_company_the_tagger_took_for_a_work_of_art_is_an_organisation() -> None:
    from spacy.tokens import Span as SpacySpan

    from brief.extract._mentions import collect_mentions

    text = "Police said they were investigating Grand Moving and Storage after several complaints."
    doc = load_nlp()(text)
    start = next(t.i for t in doc if t.text == "Grand")
    doc.ents = [SpacySpan(doc, start, start + 4, label="WORK_OF_ART")]  # as the small model tags it
    found = [(m.text, m.label) for m in collect_mentions(doc)]
    assert ("Grand Moving and Storage", "ORG") in found, found


def test_who_said_is_the_person_it_follows_and_the_authors_are_the_researchers() -> None:
    text = (
        "Minister quits\n\n"
        "The president accepted the resignation of his defence minister Kim Dae-sung, who said he took full "
        "responsibility for what happened.\n\n"
        "The researchers surveyed 500,000 people. Heavy use is linked to problems, the researchers found. "
        "Occasional use is not thought to cause serious harm, the authors said.\n"
    )
    extraction = extract(text)
    assert speaker_of(extraction, "he took full responsibility") == "Kim Dae-sung"
    assert speaker_of(extraction, "Occasional use is not thought") == "researchers"


def test_a_sentences_opening_participle_is_no_first_name() -> None:
    text = (
        "Keynote\n\n"
        "Tim Cook joined Marc Benioff on stage on Tuesday.\n\n"
        'Hosting Cook at the conference "is our dream," Benioff said.\n\n'
        '"We love the way you keep adopting new things," Cook told the audience.\n'
    )
    names = [a.name for a in extract(text).actors]
    assert "Hosting Cook" not in names, names


def test_a_dateline_with_a_colon_is_where_the_story_was_filed_not_who_spoke() -> None:
    text = (
        "Lenders lose patience with airline\n\n"
        "Nairobi: Harbour Bank, the lead lender to Skyway Airlines, on Monday warned the carrier that it "
        '"will be grounded" if it fails to raise fresh capital by March 1.\n\n'
        "Skyway said it was working on a revival plan.\n"
    )
    extraction = extract(text)
    assert speaker_of(extraction, "will be grounded") == "Harbour Bank"
    assert "Nairobi" not in [a.name for a in extraction.actors]
    # a place of two words, which the parser makes the subject by its last word
    two = extract(text.replace("Nairobi:", "New Delhi:"))
    assert speaker_of(two, "will be grounded") == "Harbour Bank"


def test_the_governor_is_the_governor_named_last_and_titles_are_no_part_of_a_name() -> None:
    text = (
        "Storm strains the budget\n\n"
        '"You have to reprioritize," Maria Lund, the governor of Ohio when the floods struck, told the '
        "paper.\n\n"
        '"Nobody knows what it means for the budget," said former state Treasurer Owen Pike.\n\n'
        "Gov. Peter Hale on Tuesday dismissed the fallout from the storm.\n\n"
        "The governor noted that if there is added cost to the state, he would cut other areas.\n"
    )
    extraction = extract(text)
    assert speaker_of(extraction, "he would cut other areas") == "Peter Hale"
    assert "Owen Pike" in [a.name for a in extraction.actors]


def test_a_first_name_in_the_headline_is_the_person_named_in_full_below() -> None:
    text = (
        "Union, Mira back the chairman while Okafor fumes\n\n"
        "The union and party veteran Mira Castellano said on Tuesday that the chairman should stay. "
        "Castellano said the charges against him were a media trial.\n"
    )
    names = [a.name for a in extract(text).actors]
    assert "Mira" not in names and "Mira Castellano" in names, names


def test_a_plural_title_still_says_what_the_person_is_not() -> None:
    text = (
        "Party chief under fire\n\n"
        "Raj Mehta faces questions over his firm's contracts. "
        "Other senior BJP party leaders Tom Reyes, Ana Ruiz and Jo Park also expressed their displeasure "
        "over Mehta remaining president. Mehta's firm has also been criticised.\n\n"
        "The BJP president said on Monday that he had done nothing wrong.\n"
    )
    assert speaker_of(extract(text), "he had done nothing wrong") == "Raj Mehta"


def test_a_participle_after_an_object_told_to_act_is_the_subjects_own_act() -> None:
    text = (
        "Leader urged to quit\n\n"
        "Kim Tae-ho addressed the nation on Saturday.\n\n"
        "Park Ji-won, the leader of the party, urged Kim to step down, telling reporters after the address "
        "that it had become impossible for him to govern.\n"
    )
    extraction = extract(text)
    speakers = {s.speaker for s in extraction.statements if "it had become impossible" in s.text}
    assert speakers == {"Park Ji-won"}, speakers


def test_a_colon_or_a_sentence_about_a_person_introduces_their_quotation() -> None:
    text = (
        "Club signs sponsor\n\n"
        "Rivals join the league next year, and one might think the club faces an uphill battle - but "
        "Ray Lind isn't worried. \"That's a few years away, so we have a few years to get ready.\"\n\n"
        'When pressed to explain, Lind offered: "We talk to the league regularly, not every week but in '
        'passing."\n'
    )
    extraction = extract(text)
    assert speaker_of(extraction, "That's a few years away") == "Ray Lind"
    offered = next(s for s in extraction.statements if "We talk to the league" in s.text)
    assert (offered.speaker, offered.present) == ("Ray Lind", "says")


def test_held_that_reports_and_a_persons_trustee_is_not_the_person() -> None:
    text = (
        "Party keeps the money\n\n"
        "Omar Vance was convicted of theft in August. Acme administrators and Vance's trustee in bankruptcy "
        "have long held that the donations amounted to illegal transfers from a company account.\n\n"
        "Vance's rep told reporters that this, too, was not the whole truth.\n"
    )
    extraction = extract(text)
    speakers = {s.speaker for s in extraction.statements if "amounted to illegal transfers" in s.text}
    assert "Omar Vance" not in speakers and any("administrators" in s for s in speakers), speakers
    assert speaker_of(extraction, "was not the whole truth") != "Omar Vance"


def test_an_inverted_attribution_reports_the_clause_before_it_not_the_speakers_description() -> None:
    text = (
        "Big truckers run bigger risk\n\n"
        "Nevertheless, the study's findings fan the flames of a sleep apnea-related controversy, says Karl "
        "Hegman, a physician who directs the University of Utah's Rocky Mountain Center for Occupational and "
        "Environmental Health in Salt Lake City and was not involved in the study.\n"
    )
    said = [s.text for s in extract(text).statements if s.speaker == "Karl Hegman"]
    assert any(s.startswith("the study's findings fan the flames") for s in said), said
    assert not any("a physician who directs" in s for s in said), said


def test_when_something_was_said_is_not_what_was_said() -> None:
    text = (
        "The boss\n\n"
        "Ailes was born in 1940. His father abused his wife and two sons. “He did like to beat us with that "
        "belt … It was a pretty routine fixture of childhood,” Ailes’s brother Robert told me when I was "
        "reporting my book. His parents divorced in 1960.\n"
    )
    said = [s.text for s in extract(text).statements]
    assert not any(s.startswith("when I was reporting") for s in said), said


def test_she_after_a_speaker_named_in_a_who_said_clause_is_that_speaker() -> None:
    text = (
        "Jane Bransby, a member of the residents' association, said: “All the residents are very "
        "disappointed.”\n\n"
        "Three out of seven councillors voted against the proposal, including Councillor Vicki Harris, who "
        "said the comments had cut their legs from underneath them.\n\n"
        "She said: “The developer did listen to people’s concerns but it’s too much for the site.”\n\n"
        "Connolly toured Syria with President Bashar al-Assad's officials, who were later deposed. "
        "She said: “It was a fact-finding trip.”\n"
    )
    ex = extract(text)
    assert speaker_of(ex, "The developer did listen") == "Vicki Harris"
    assert speaker_of(ex, "It was a fact-finding trip") != "Bashar al-Assad"


def test_a_description_inside_a_quotation_is_not_its_speaker() -> None:
    text = (
        "Plans for Red Lion pub approved\n\n"
        "Most councillors disliked the plans, but their hands were tied by the Planning Inspectorate’s "
        "comments.\n\n"
        "Jane Bransby, member of the Residents for Reasonable Development association, said: “All the "
        "residents are very disappointed. Councillors didn't have grounds to refuse it because the planning "
        "inspector’s concerns had been addressed.”\n"
    )
    ex = extract(text)
    bransby = ex.find_actor("Jane Bransby")
    assert bransby is not None
    assert "planning inspector" not in bransby.role
    assert not any("inspector" in a for a in bransby.aliases)


def test_unnamed_professions_and_crowds_speak_as_groups() -> None:
    text = (
        "Facebook defends its trending topics\n\n"
        "Facebook said its editors follow strict rules. Media scholars say human curation inevitably "
        "brings bias. Environmentalists said nothing has been done to protect the coast. Demonstrators "
        "blocked the road on Monday, and protesters said they would return.\n"
    )
    ex = extract(text)
    assert speaker_of(ex, "human curation inevitably brings bias") == "Media scholars"
    assert speaker_of(ex, "nothing has been done to protect the coast") == "Environmentalists"
    crowds = [a.name for a in ex.actors if a.name.casefold() in ("demonstrators", "protesters")]
    assert len(crowds) == 1


def test_a_quote_that_itself_says_said_still_gets_its_speaker() -> None:
    from brief.verify.skeleton import stance_of

    text = (
        "Flu shots\n\n"
        "“I’m an insider,” Dr. Mara Keyes said. “Until we started this project, I was promoting the vaccine. "
        "It was only with this study that I looked and said, ‘What are we doing?’ ”\n"
    )
    said = next(s for s in extract(text).statements if "Until we started" in s.text)
    assert stance_of(said).startswith("Mara Keyes says: “Until we started"), stance_of(said)


def test_a_reported_clause_that_ends_told_her_colon_takes_the_quotation_it_introduces() -> None:
    from brief.verify.skeleton import stance_of

    text = (
        "Mara Keyes joined the network in 1996. (During their first meeting, Keyes says, Dale Orwin filmed "
        "her in his office and told her: “I am going to keep the tape so we understand each other.”) "
        "Orwin denies it.\n"
    )
    said = next(s for s in extract(text).statements if s.speaker == "Mara Keyes" and "filmed" in s.text)
    assert stance_of(said) == (
        "Mara Keyes says Dale Orwin filmed her in his office and told her: “I am going to keep the tape so "
        "we understand each other.”"
    ), stance_of(said)


def test_a_request_keeps_its_own_verb_before_whom_it_asks() -> None:
    from brief.verify.skeleton import stance_of

    text = (
        "Flu season\n\nIt is flu season, and health officials are urging everyone over 6 months of age to "
        "get a shot.\n"
    )
    said = next(s for s in extract(text).statements if "to get a shot" in s.text)
    assert stance_of(said) == "Health officials urge everyone over 6 months of age to get a shot.", stance_of(
        said
    )


def test_a_plural_deed_told_as_a_noun_with_its_participle_becomes_a_sentence() -> None:
    from brief.verify.skeleton import stance_of

    text = "Blame\n\nMany in the region blame Veldoria for the bombings, charges denied by Kessland.\n"
    said = next(s for s in extract(text).statements if s.speaker == "Kessland")
    assert stance_of(said) == "Kessland denies the charges.", stance_of(said)


@pytest.mark.parametrize(
    ("text", "speaker", "stance"),
    [
        (
            "Budget fight\n\nLawmakers are defending the state budget approved by Republicans in April.\n",
            "Republicans",
            "Republicans approved the state budget in April.",
        ),
        (
            "Walkout\n\nThe opposition, backed by Veldoria and Kessland, walked out of parliament.\n",
            "Kessland",
            "Veldoria and Kessland backed the opposition.",
        ),
        (  # a time between the participle and its doer
            "Settlements\n\nThe Arab League condemned the unilateral move announced on Monday by "
            "Secretary of State Mike Pompeo.\n",
            "Mike Pompeo",
            "Secretary of State Mike Pompeo announced the unilateral move on Monday.",
        ),
        (  # a count of things, and what they were accused of after the time
            "Contractors\n\nThe firm was among several private security firms accused by the Kessland "
            "government last year of breaking local laws.\n",
            "Kessland government",
            "The Kessland government accused several private security firms last year of breaking local "
            "laws.",
        ),
    ],
)
def test_a_deed_told_as_a_noun_with_a_participle_and_by_is_a_sentence(
    text: str, speaker: str, stance: str
) -> None:
    from brief.verify.skeleton import stance_of

    said = next(s for s in extract(text).statements if s.speaker == speaker)
    assert stance_of(said) == stance, stance_of(said)


def test_a_doer_told_with_what_it_is_doing_is_a_sentence() -> None:
    from brief.verify.skeleton import stance_of

    text = "Policy row\n\nThe debate split Congress, with Republicans seeking to defend the Trump policy.\n"
    said = next(s for s in extract(text).statements if s.speaker == "Republicans")
    assert stance_of(said) == "Republicans seek to defend the Trump policy.", stance_of(said)


def test_a_deed_told_of_any_of_a_thing_is_not_made_a_deed_done() -> None:
    from brief.verify.skeleton import stance_of

    text = "Appeal\n\nThe athletes will appeal against any sanctions imposed by the committee.\n"
    said = [stance_of(s) for s in extract(text).statements]
    assert not any(s.startswith("The committee imposed") for s in said), said


@pytest.mark.parametrize(
    "text",
    [
        "Appeal\n\nAny sanctions imposed by the International Olympic Committee can be challenged.\n",
        "Panel\n\nRuiz lost his seat on a panel overseeing the 2030 Games, withdrawn by the International "
        "Olympic Committee.\n",
        # an irregular participle ("sought", "held", "made", "paid")
        "Primaries\n\nVoters in five states cast ballots on Tuesday. The big prizes sought by front-runners "
        "Donald Trump and Hillary Clinton were Florida and Ohio.\n",
    ],
)
def test_a_thing_and_the_participle_of_its_deed_is_no_stance(text: str) -> None:
    from brief.verify.skeleton import skeleton_positions

    extraction = extract(text)
    stances = [p.stance for p in skeleton_positions(extraction, [a.name for a in extraction.actors])]
    assert not [s for s in stances if re.search(r"\b(?:imposed|withdrawn|sought) by\b", s)], stances


def test_a_gerund_after_even_gets_its_doer_and_a_finite_verb() -> None:
    from brief.verify.skeleton import stance_of

    text = "Crisis\n\nTom Ruiz advised the chairman on the crisis, even recommending a lawyer.\n"
    said = next(s for s in extract(text).statements if "recommending" in s.text)
    assert stance_of(said) == "Tom Ruiz even recommends a lawyer.", stance_of(said)


def test_a_deed_told_by_its_gerund_alone_gets_its_doer_and_a_finite_verb() -> None:
    from brief.verify.skeleton import stance_of

    text = (
        "Bid\n\nLaunching his bid less than three months before the caucuses, Tom Ruiz is betting on a broad "
        "coalition of voters.\n"
    )
    said = next(s for s in extract(text).statements if s.text.startswith("Launching"))
    assert stance_of(said) == "Tom Ruiz launches his bid less than three months before the caucuses."
    accused = "Suit\n\nDana Reyes sued. Accusing the label of blocking her songs, she asked for damages.\n"
    said = [stance_of(s) for s in extract(accused).statements]
    assert not any("says the label of" in s for s in said), said


def test_a_passive_deed_with_a_pronoun_subject_does_not_make_its_doer_the_thing_done() -> None:
    from brief.verify.skeleton import stance_of

    text = (
        "Rezoning\n\nThe councilwoman backed the rezoning last October before it was approved by the City "
        "Council.\n"
    )
    said = [stance_of(s) for s in extract(text).statements]
    assert not any("Council was approved" in s for s in said), said


def test_a_deed_whose_pronoun_subject_has_an_adverb_before_its_verb_gets_its_doer() -> None:
    from brief.verify.skeleton import stance_of

    text = (
        "Charges\n\nDale Orwin, 52, was charged in 2019 with fraud. He has always denied the allegations, "
        "saying the payments were legal.\n"
    )
    said = [stance_of(s) for s in extract(text).statements if "denied" in s.text]
    assert said and all(s.startswith("Dale Orwin has always denied") for s in said), said


@pytest.mark.parametrize(
    "text",
    [
        "Rates\n\nBut in May 2026, about a month after Treasury officials announced a hiring freeze for most "
        "departments (up from two), the Kessland Water Board said its plan to raise rates was being "
        "“reviewed.”\n",
        "Rates\n\nBut in May, a week after city officials announced a hiring freeze for most departments, "
        "the Kessland Water Board said its plan to raise rates was being reviewed.\n",
    ],
)
def test_the_scene_set_before_a_speaker_is_not_what_they_said(text: str) -> None:
    said = [s.text for s in extract(text).statements if s.speaker == "Kessland Water Board"]
    assert said and all(s.startswith("its plan to raise rates") for s in said), said


def test_a_time_told_before_the_main_clause_keeps_its_after() -> None:
    from brief.verify.skeleton import stance_of

    text = (
        "Deal\n\nAfter talks with the union faltered, the Kessland Water Board announced in July an accord "
        "with two private firms.\n"
    )
    stances = [stance_of(s) for s in extract(text).statements]
    assert stances == [
        "After talks with the union faltered, the Kessland Water Board announced in July an accord with two "
        "private firms."
    ], stances


def test_a_quotation_that_closed_on_a_comma_ends_the_stance_with_a_full_stop_outside_it() -> None:
    from brief.extract import Statement
    from brief.verify.skeleton import stance_of

    # made up: the quotation ran on in the article (“They’re saying 'close the library,'" Ruiz said.)
    words = "They’re saying 'close the library,'"
    said = Statement("Ana Ruiz", words, 0, len(words), "said", "quote", "says")
    assert stance_of(said) == "Ana Ruiz says: “They’re saying 'close the library'.”", stance_of(said)
    # a nested quotation whose opening mark the cut left out loses its closing one too
    words = "We have been open about everything from the start,’"
    said = Statement("Ana Ruiz", words, 0, len(words), "said", "quote", "says")
    assert stance_of(said) == "Ana Ruiz says: “We have been open about everything from the start.”"


def test_a_reported_quotation_with_its_own_he_says_reads_as_the_quotation() -> None:
    from brief.extract import Statement
    from brief.verify.skeleton import stance_of

    # made up: "Hale adds another reason: “...,” he says." gave "Tom Hale adds “...,” he says."
    words = "“Short naps lower the heart rate for hours,” he says"
    said = Statement("Tom Hale", words, 0, len(words), "adds", "reported", "adds")
    assert stance_of(said) == "Tom Hale adds: “Short naps lower the heart rate for hours.”", stance_of(said)
