"""Issue 13, from reading the extractive briefs of news stories brief had never seen (session 47): an
office named before its holder ("..., Saskatoon Transit's director says. Jim McDonald told ..."), a
transit authority's name. Short made-up texts; none is a dev-set article. Guards (they pass on the old
code too) say what they guard."""

from __future__ import annotations

from brief.extract import CandidateActor, extract
from tests.conftest import speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(extract(text), words)


def _actors(text: str) -> dict[str, CandidateActor]:
    return {a.name: a for a in extract(text).actors}


_DIRECTOR = (
    "Union action slows buses\n\nJob action by transit union members is mainly affecting extra buses used "
    "at peak hours, Riverton Transit’s director says.\n\n{next} told a special meeting of city council on "
    "Monday that the campaign should result mainly in crowded buses.\n\n“There might be more crowded buses "
    "for the next week,” Marsh said."
)


def test_an_office_that_speaks_is_the_person_named_first_in_the_next_sentence() -> None:
    text = _DIRECTOR.format(next="Alan Marsh")
    found = _actors(text)
    assert "Riverton Transit’s director" not in found
    assert _speaker(text, "mainly affecting extra buses") == "Alan Marsh"


def test_guard_a_person_with_a_title_of_their_own_is_not_the_office_before() -> None:
    # guards "given no title of their own": the councillor is not the transit director
    text = _DIRECTOR.format(next="Councillor Alan Marsh")
    assert _speaker(text, "mainly affecting extra buses") != "Alan Marsh"


def test_guard_an_office_whose_own_sentence_names_a_person_is_not_the_next_ones() -> None:
    # guards "no one named in the office's own sentence"
    text = _DIRECTOR.format(next="Alan Marsh").replace(
        "Job action by transit", "Job action led by driver Tom Kell and other transit"
    )
    assert _speaker(text, "mainly affecting extra buses") != "Alan Marsh"


def test_a_transit_authority_is_an_organisation() -> None:
    found = _actors(_DIRECTOR.format(next="Alan Marsh"))
    assert found["Riverton Transit"].kind == "organisation"
