"""Issue 13, from reading briefs of 24 unseen stories (session 40: a dockworkers' walkout, Philippine
senators answering their president, an opinion column by a doctor, a coffee study, a school closing, a
primary night, a murdered teenager's mother, a central bank, a concert's refunds, a Kenyan court, a
university's regents): a body's name with "and" in it cut in two, who issued "a statement from" a
body, a description made of its members ("the employers group") taken for another body, a second object
read as a title, a quoted phrase inside someone's reported words given to the person it is about,
"part of" as a role, a writer who speaks as "me" and "those of us", a city tagged as a person, a clause
before a semicolon read as reported, a gerund opening a question with its capital, a single quotation
mark left open, "the mother of X" taken for X, a clause ending on the "as" of a clause it left out, a
month, a capitalised common noun and a weekday as actors, and a title's abbreviation as an alias. Short
made-up texts; none is a dev-set article."""

from __future__ import annotations

from brief.extract import AUTHOR, extract
from brief.verify.stance_text import mend
from tests.conftest import speaker_of, spoken_by
from tests.test_extract import assert_grounded


def _actors(text: str) -> dict[str, list[str]]:
    return {a.name: a.aliases for a in extract(text).actors}


def test_a_bodys_name_with_and_in_it_is_one_name() -> None:
    text = (
        "“We are not bound by any agreement,” said Ann Lee, chief spokeswoman for the International "
        "Dockers and Warehouse Union.\n\nThe International Dockers and Warehouse Union said on Sunday that "
        "members of the Union would vote on Tuesday."
    )
    names = _actors(text)
    assert "International Dockers and Warehouse Union" in names
    assert not [n for n in names if n.endswith(" and") or n == "Warehouse Union"]


def test_a_statement_from_a_body_is_its_words_and_the_employers_group_is_no_union() -> None:
    text = (
        "The Dock Workers Union walked out of contract talks on Sunday.\n\n"
        "The employers group is bracing for slowdowns at the ports, according to a statement from the "
        "Harbour Carriers Association."
    )
    ex = extract(text)
    assert_grounded(text, ex)
    assert spoken_by(ex, "is bracing for slowdowns at the ports") == "Harbour Carriers Association"
    assert not [s for s in ex.statements if s.speaker == "Dock Workers Union" and "bracing" in s.text]


def test_a_second_object_is_no_title() -> None:
    text = (
        "Senate President Ana Cruz said she would send Mr. Reyes the Senate committee's report on the "
        "inquiry.\n\nReyes said the inquiry had found nothing."
    )
    actors = {a.name: a for a in extract(text).actors}
    assert "the Senate committee" not in actors["Reyes"].aliases
    assert "committee" not in actors["Reyes"].role.casefold()


def test_a_quoted_phrase_inside_reported_words_is_the_reporters() -> None:
    text = (
        "Sen. Ana Cruz said President Luis Reyes should read up on the separation of powers “before he "
        "interferes with the Senate.”\n\nReyes said the Senate had wasted its time."
    )
    ex = extract(text)
    assert spoken_by(ex, "should read up on the separation of powers") == "Ana Cruz"
    assert not [s for s in ex.statements if s.speaker == "Luis Reyes" and "interferes" in s.text]


def test_part_of_a_group_is_no_role() -> None:
    text = (
        "“It is a very big decision,” said parent Mary Doe, part of a parents’ group that met twice. "
        "Doe said the board should wait."
    )
    actors = {a.name: a for a in extract(text).actors}
    assert actors["Mary Doe"].role == "parent"
    assert "part" not in actors["Mary Doe"].aliases


def test_a_writer_moved_by_what_they_see_and_among_those_of_us_is_the_author() -> None:
    text = (
        "Care should not be a luxury\n\n"
        "Increasingly in my practice, the number of patients who cannot pay for their pills alarms me.\n\n"
        "The state decided last year to make the poorest patients pay for their visits.\n\n"
        "It amazes me that the state is trying to balance its budget on their backs.\n\n"
        "Those of us in family medicine see this every day.\n"
    )
    ex = extract(text)
    assert AUTHOR in [a.name for a in ex.actors]
    assert spoken_by(ex, "It amazes me") == AUTHOR
    assert spoken_by(ex, "Those of us in family medicine") == AUTHOR


def test_a_city_named_after_a_person_is_no_person() -> None:
    text = (
        "Tam Vo was eight when her family fled Saigon, later renamed Ho Chi Minh City. "
        "Vo said she was afraid."
    )
    ex = extract(text)
    kinds = {a.name: a.kind for a in ex.actors}
    assert kinds.get("Ho Chi Minh City") != "person"
    assert all("City" not in a.aliases for a in ex.actors)


def test_a_clause_before_a_semicolon_is_not_reported() -> None:
    text = (
        "Lee wins primary; Park does not concede\n\n"
        "Mark Lee won the nomination by 5,000 votes. Jane Park said she was optimistic."
    )
    assert speaker_of(extract(text), "Lee wins primary") is None


def test_a_gerund_opening_a_question_is_no_name() -> None:
    text = (
        "The board may close Elm Street School in June.\n\n"
        "Closing Elm Street would save the district about $623,000 a year, according to the budget sheet."
    )
    asked = [q.question for q in extract(text).open_questions]
    assert asked and not [q for q in asked if "Closing" in q]


def test_a_single_quotation_mark_left_open_is_closed() -> None:
    assert mend("calls its probes mere ‘posturing") == "calls its probes mere ‘posturing’"
    assert mend("says the ‘reform’ is Duterte’s") == "says the ‘reform’ is Duterte’s"


def test_the_mother_of_someone_speaks_for_herself() -> None:
    text = (
        "The mother of 13-year-old Tom Hale, who police say was killed in 1998, says she's relieved police "
        "have arrested a suspect.\n\nTom Hale died weeks later in hospital."
    )
    ex = extract(text)
    assert not [s for s in ex.statements if s.speaker == "Tom Hale" and "relieved" in s.text]


def test_a_clause_ends_on_no_dangling_as() -> None:
    text = (
        "The Northern Bank cut rates again last week.\n\n"
        "The Northern Bank, however, has been loosening its policy and softening its messaging as "
        "price pressures dissipate."
    )
    texts = [s.text for s in extract(text).statements]
    assert texts and not [t for t in texts if t.endswith(" as")]


def test_a_month_a_capitalised_noun_and_a_day_are_no_actors() -> None:
    text = (
        "SINGAPORE: Refunds for tickets to the concert will begin on Aug 1, organiser Loud Events said.\n\n"
        "All tickets will be refunded between Aug 1 and Aug 14.\n\n"
        "Refunds will be given through the original mode of payment, said Loud Events.\n\n"
        "Protests began after the decision. Anger remained.\n\n"
        "Central bank chief Anna Berg said Monday eurozone policymakers would cut rates further."
    )
    names = _actors(text)
    assert not {"Aug", "Refunds", "Anger"} & set(names)
    assert not [n for n in names if n.startswith("Monday")]


def test_a_titles_abbreviation_cut_off_by_a_sentence_break_is_no_alias() -> None:
    text = (
        "Regents Gov. Jerry Brown, Lt. Gov. Gavin Newsom and Speaker Toni Atkins voted against the plan.\n\n"
        "Newsom said the increase was unfair."
    )
    assert "Lt." not in _actors(text).get("Gavin Newsom", [])
