"""What a speech verb reports: where the reported words start and end (made-up texts)."""

from __future__ import annotations

from brief.extract import extract


def _said(text: str, speaker_word: str) -> list[str]:
    return [s.text for s in extract(text).statements if speaker_word in s.speaker]


def test_a_condition_told_without_its_subject_stays_in_the_words() -> None:
    # "if adopted" is the speaker's condition, not a complementiser to strip: without it the words read
    # "adopted the council would need ..."
    text = (
        "Council\n\nCity lawyer Carla Denton spoke on Monday. Denton said if adopted the council would need "
        "to tell the staff how to proceed.\n"
    )
    assert _said(text, "Denton") == ["if adopted the council would need to tell the staff how to proceed"]


def test_clauses_a_speech_verb_reports_a_comma_apart_are_one_statement() -> None:
    text = (
        "Council\n\nCity lawyer Carla Denton spoke on Monday. She said each time there is a flooded road "
        "that "
        "has to be closed, the works department won't be able to do anything until a council meeting takes "
        "place, a hearing is held and the council approves a budget on two readings.\n"
    )
    said = _said(text, "Denton")
    assert len(said) == 1 and said[0].startswith("each time there is a flooded road"), said
    assert said[0].endswith("approves a budget on two readings"), said


def test_a_clause_that_goes_on_without_a_subject_shares_the_first_ones() -> None:
    text = (
        "Ruling\n\nJudge Mary Olsen wrote the ruling. Olsen said the lamp had been listed on the site, was "
        "stored in its warehouse, and was shipped in its boxes.\n"
    )
    assert _said(text, "Olsen") == [
        "the lamp had been listed on the site, was stored in its warehouse, and was shipped in its boxes"
    ]


def test_a_subjectless_clause_outside_a_series_is_not_joined_to_the_first() -> None:
    # the parser runs "police said he sailed Sunday" on into the sentence's own verb "were seized"
    text = (
        "Raid\n\nJan Kovac was detained in May. Four of Kovac's boats, including the skiff police said he "
        "sailed Sunday, were seized after he was arrested by the coast guard in July 2019 on charges that he "
        "fished in a closed zone.\n"
    )
    assert not [s for s in _said(text, "Kovac") if "sailed Sunday, were seized" in s]


def test_another_speakers_report_run_on_after_a_comma_is_not_the_first_speakers() -> None:
    text = (
        "Buses\n\nResident Ana Ruiz spoke at the meeting. Ruiz asked how the buses will cross 40 road "
        "junctions on the route, Tom Chen, head of transit for the county, explained that buses would not "
        "stop for cars.\n"
    )
    assert _said(text, "Ruiz") == ["how the buses will cross 40 road junctions on the route"]
    assert _said(text, "Chen") == ["buses would not stop for cars"]


def test_as_written_describes_the_thing_and_is_no_reporting_aside() -> None:
    # "as written" has no one who wrote: the words go on past it ("but was open to ...")
    text = (
        "Council\n\nCouncilman Tim Brand voted no. Brand said he was concerned about the ordinance as "
        "written "
        "but was open to a compromise in the future.\n"
    )
    assert _said(text, "Brand") == [
        "he was concerned about the ordinance as written but was open to a compromise in the future"
    ]


def test_the_main_clause_after_a_subordinate_speech_verb_is_not_its_report() -> None:
    # the parser hangs the sentence's own clause ("Marsh was gone") on the speech verb of its time clause
    text = (
        "Exit\n\nThe Daily Herald covered the studio for years. Two days after the Daily Herald reported "
        "that Dale had told her story to the lawyers, Marsh was gone.\n"
    )
    said = _said(text, "Herald")
    assert not [s for s in said if "Marsh was gone" in s], said


def test_a_surname_the_tagger_took_for_an_adverb_of_said_is_the_speaker() -> None:
    # made up: the tagger reads "Tubaily" as an adverb of "said", which then has no subject
    text = (
        "Budget vote\n\nThe council voted on Monday. Tubaily said he was voting yes with the understanding "
        "that the plan would be amended. When asked about the cost, the mayor said nothing.\n"
    )
    ex = extract(text)
    assert _said(text, "Tubaily") == [
        "he was voting yes with the understanding that the plan would be amended"
    ]
    assert [a.kind for a in ex.actors if a.name == "Tubaily"] == ["person"]
    assert not [a for a in ex.actors if a.name == "When"]  # "When asked": no name


def test_according_to_him_or_them_is_the_person_or_body_before() -> None:
    text = (
        "Whip\n\nKwame Boateng, the party's chief whip, has rejected claims of a secret deal. According to "
        "him, those accusations are unfounded and hurtful.\n"
    )
    assert "those accusations are unfounded and hurtful" in _said(text, "Boateng")
    text = (
        "Pier\n\nThe Harbor Council voted on Monday to close the pier. According to them, the pier is no "
        "longer safe for visitors.\n"
    )
    assert "the pier is no longer safe for visitors" in _said(text, "Harbor Council")


def test_a_title_a_comma_before_the_name_is_not_a_second_subject() -> None:
    # the parser gives the verb two subjects: "The Minority Chief Whip" and "Alhaji Musa Ibrahim"
    said = (
        "Whip\n\nThe Minority Chief Whip, Alhaji Musa Ibrahim said the pier is not safe for visitors at "
        "night.\n"
    )
    assert _said(said, "Ibrahim") == ["the pier is not safe for visitors at night"]
    did = (
        "Whip\n\nThe Minority Chief Whip, Alhaji Musa Ibrahim has refuted claims that the minority is in "
        "bed with the government.\n"
    )
    assert [s for s in _said(did, "Ibrahim") if "refuted claims" in s]


def test_a_dateline_closed_by_a_colon_names_no_actor() -> None:
    text = "Assembly\n\nISLAMABAD, June 7 (APP): The National Assembly on Wednesday held a heated debate.\n"
    names = [a.name for a in extract(text).actors]
    assert "APP" not in names and "ISLAMABAD" not in names, names


def test_a_finite_verb_the_parser_hung_on_the_words_without_its_subject_is_no_aside() -> None:
    # "believed" lost its subject "PML-N" to "as"; the words do not stop before it
    text = (
        "Assembly\n\nMinister Ana Cruz spoke on Monday. Responding to the speech of the opposition leader, "
        "she said the government was still ready to listen to the opposition leaders as PML-N believed in "
        "democracy.\n"
    )
    assert _said(text, "Cruz") == [
        "the government was still ready to listen to the opposition leaders as PML-N believed in democracy"
    ]


def test_words_told_before_a_titled_speaker_are_all_his_and_none_of_them_anothers_stance() -> None:
    # the parser makes "said" a parataxis of the words (Saman Silva), or the words its clause (Tom Reyes)
    # with the speaker lost to the title before him
    for name in ("Saman Silva", "Tom Reyes"):
        text = (
            "Budget\n\nThe Opposition walked out of the chamber on Friday. The Opposition had conspired "
            "against the government by calling for a surprise vote on the budget, in violation of an "
            "agreement reached at the Party Leaders' Meeting, Leader of the House and Minister "
            f"{name} said, yesterday.\n"
        )
        said = [(s.speaker, s.text) for s in extract(text).statements]
        words = (
            "The Opposition had conspired against the government by calling for a surprise vote on the "
            "budget, in violation of an agreement reached at the Party Leaders' Meeting"
        )
        assert said == [(name, words)], said


def test_a_clause_the_writer_sets_before_a_quotation_stays_its_doers() -> None:
    # the parser makes the quotation the sentence's root and "he said" its parataxis
    text = (
        "Cuts\n\nCarmaker spokesman Tom Reyes spoke on Monday. While Reyes declined to specify how many "
        'workers agreed to take the buyout offer, he said, "We did not get all 500 of that reduction through '
        'voluntary buyouts."\n'
    )
    assert [s for s in _said(text, "Reyes") if s.startswith("Reyes declined to specify")]


def test_a_titled_name_the_parser_took_out_of_its_subject_is_the_doer_and_the_next_he() -> None:
    # the parser makes "Order" the subject of "described" and "Tom Reyes" the object of "of"
    text = (
        "Fire\n\nChief Ana Cruz said the fire began at noon. Fraternal Order of Firefighters President Tom "
        "Reyes described the blaze as unprovoked and unprecedented. He remembered the victim as someone "
        "with an infectious smile.\n"
    )
    said = [(s.speaker, s.text) for s in extract(text).statements]
    assert ("Tom Reyes", "He remembered the victim as someone with an infectious smile") in said, said
    assert [who for who, words in said if "described the blaze" in words] == ["Tom Reyes"], said


def test_the_that_after_a_long_phrase_opens_the_words() -> None:
    # the parser hangs "that ..." on "close", leaving "said" without a clause
    text = (
        "Results\n\nChief executive Tom Reyes spoke on Monday. Reyes said on a conference call after the "
        "market close that the company is amid a mobile transition.\n"
    )
    assert _said(text, "Reyes") == ["the company is amid a mobile transition"]


def test_where_a_quotation_was_said_is_not_more_of_it() -> None:
    text = (
        'Bail\n\nTom Reyes was in court on Friday. "I\'m tired of this," Reyes is quoted as saying in a '
        "transcript that was included in the prosecutor's motion, filed Friday.\n"
    )
    assert _said(text, "Reyes") == ["I'm tired of this"]
