"""Issue 13: an opinion column's writer is an actor. A column, an analysis or an editorial argues in the
first or second person, and gold written for such pieces lists "The author" with those sentences as
positions; extraction had no such actor, so a column's main voice was missing from its brief. Short
made-up texts; none is a dev-set article."""

from __future__ import annotations

from brief.extract import AUTHOR, extract
from brief.schema import Actor, Draft, Position
from brief.verify import verify
from tests.test_extract import assert_grounded

_COLUMN = (
    "The council's budget is a mistake\n\n"
    "The council voted on Tuesday to cut library hours by a third.\n\n"
    "I think the cut will cost the town more than it saves.\n\n"
    "Mayor Ann Ruiz said the libraries are “a luxury we can no longer afford.”\n\n"
    "You shouldn't believe that the savings are real.\n\n"
    "Let's hope the council thinks again before the summer.\n"
)


def _draft(text: str, actor: Actor, stance: str, evidence: str) -> Draft:
    """A model's brief of ``text`` with one actor and one position."""
    title = text.splitlines()[0]
    position = Position(actor=actor.name, stance=stance, evidence=[evidence])
    return Draft(title=title, summary="A short summary.", actors=[actor], positions=[position])


def _writer(text: str) -> list[str]:
    return [s.text for s in extract(text).statements if s.speaker == AUTHOR]


def test_a_column_in_the_first_and_second_person_has_its_writer_as_an_actor() -> None:
    ex = extract(_COLUMN)
    assert_grounded(_COLUMN, ex)
    assert AUTHOR in [a.name for a in ex.actors]
    assert _writer(_COLUMN) == [
        "I think the cut will cost the town more than it saves.",
        "You shouldn't believe that the savings are real.",
        "Let's hope the council thinks again before the summer.",
    ]
    # the quoted "we" is the mayor's, not the writer's
    assert "Ann Ruiz" in [a.name for a in ex.actors]


def test_one_sentence_in_person_makes_no_writer() -> None:
    text = (
        "Storm closes coast road\n\n"
        "The coast road was closed on Monday after a storm brought down trees near Elm Bay.\n\n"
        "If you drive to the bay this week, you will need to take the inland route.\n\n"
        "Crews expect to reopen the road by Friday.\n"
    )
    assert AUTHOR not in [a.name for a in extract(text).actors]


def test_the_reporters_own_work_and_a_transcripts_speakers_are_not_the_writers_views() -> None:
    reporting = (
        "Inside the mill's last winter\n\n"
        "Over two months, I interviewed eleven workers at the mill.\n\n"
        "When I asked the owner about the closure, he declined to comment.\n\n"
        "The mill employed 300 people at its peak.\n"
    )
    assert _writer(reporting) == []
    transcript = (
        "Teachers rally at the capitol\n\n"
        "MARY LANE: We need more money for our schools, and we need it now.\n\n"
        "TOM REED: I think the bill will pass anyway.\n"
    )
    assert _writer(transcript) == []


def test_a_model_calling_the_writer_the_columnist_keeps_the_writers_words_and_one_writer() -> None:
    draft = _draft(
        _COLUMN,
        Actor(name="The columnist", kind="person"),
        "Thinks the cut will cost the town more than it saves.",
        "I think the cut will cost the town more than it saves.",
    )
    brief, grounding = verify(draft, _COLUMN, extract(_COLUMN))
    assert [d.field for d in grounding.dropped if d.field.startswith("positions")] == []
    writers = [a.name for a in brief.actors if a.name in (AUTHOR, "The columnist")]
    assert len(writers) == 1  # one writer, however named
    assert [p.actor for p in brief.positions if p.evidence[0].startswith("I think")] == writers


def test_a_quotation_nobody_is_said_to_have_spoken_is_not_the_writers() -> None:
    text = (
        "The strike is far from over\n\n"
        "“We are not going anywhere until we get a fair deal.” That was the banner on the depot gate.\n\n"
        "Management says it has made its final offer.\n\n"
        "I doubt either side will move before Christmas.\n"
    )
    assert _writer(text) == []  # one sentence in person is the writer's own, the quoted one is not


def test_the_writers_sentence_about_an_actor_may_still_be_told_as_that_actors() -> None:
    # the writer's own sentences are narration to the verifier, as before the writer was an actor: a
    # model may tell the city's sum, worked out by the writer, as the city's case
    text = (
        "City says port owes it millions\n\n"
        "Jersey City says the Port Authority owes it $400 million in unpaid taxes on its land.\n\n"
        "The city's figures put the yearly loss at $8 million. Stretch this over fifty years and you've got "
        "quite the bill.\n\n"
        "I think the port should pay up. Can you blame the city for suing?\n"
    )
    draft = _draft(
        text,
        Actor(name="Jersey City", kind="organisation"),
        "Says the yearly losses add up to a large bill over fifty years.",
        "Stretch this over fifty years and you've got quite the bill.",
    )
    assert AUTHOR in [a.name for a in extract(text).actors]
    _, grounding = verify(draft, text, extract(text))
    assert [d.reason for d in grounding.dropped if d.field.startswith("positions[0]")] == []


def test_a_dateline_is_no_part_of_the_writers_words_and_a_quotation_run_on_is_not_theirs() -> None:
    text = (
        "A love lost\n\n"
        "WASHINGTON — I loved the Senate once, until midnight Friday.\n\n"
        "The House passed the bill with 35 Republican votes.\n\n"
        "When the leader says it was “a productive week,” should we be alarmed?\n\n"
        "Coach Tom Pulis was pleased. “From that point onwards I felt we worked our way back.\n\n"
        "“In the second half, I thought we were the better team. We hit the post twice.\n"
    )
    assert _writer(text) == [
        "I loved the Senate once, until midnight Friday.",
        "When the leader says it was “a productive week,” should we be alarmed?",
    ]


def test_who_the_writer_is_is_no_view_of_theirs() -> None:
    text = (
        "Prayers won't keep my students safe\n\n"
        "I’m a Broward County teacher. Right now, I’m sad.\n\n"
        "I know we’ll come back from this, and I think the politicians aren’t doing their jobs.\n\n"
        "The district said classes would resume on Monday.\n\n"
        "We need a law that keeps guns out of schools.\n"
    )
    assert _writer(text) == [
        "I know we’ll come back from this, and I think the politicians aren’t doing their jobs.",
        "We need a law that keeps guns out of schools.",
    ]
