"""Reader comments below an article (issue 13): each is its signed writer's words, filed under a reader
actor, never under one of the article's actors. Short made-up pages, one comment system each."""

from __future__ import annotations

from brief.extract import Extraction, extract

STORY = (
    "Council delays depot vote\n\n"
    "Councillor Ann Reid said the depot plan needed another year of study. "
    "Mayor Tom Hale said the town could not wait that long.\n\n"
    "The vote is now expected in March, Reid said.\n\n"
)


def _readers(extraction: Extraction) -> dict[str, list[str]]:
    roles = {a.name for a in extraction.actors if a.role == "reader comment"}
    return {name: [s.text for s in extraction.statements if s.speaker == name] for name in roles}


def test_signed_comments_are_filed_under_their_writers() -> None:
    text = STORY + (
        "Posted by: Dunmore Dad, Hillside on 9:35am Wed 9 Jan 08\n\n"
        "Another year of study is a waste of money. The mayor is right.\n\n"
        "Posted by: ratepayer42 on 10:02am Wed 9 Jan 08\n\n"
        "Mayor Hale said the same about the pool. Nah.\n\n"
        "I would rather see the depot built next to the school.\n"
    )
    extraction = extract(text)
    readers = _readers(extraction)
    assert set(readers) == {"Dunmore Dad", "ratepayer42"}
    assert readers["Dunmore Dad"] == ["Another year of study is a waste of money.", "The mayor is right."]
    assert readers["ratepayer42"] == [
        "Mayor Hale said the same about the pool.",
        "I would rather see the depot built next to the school.",
    ]
    first = text.index("Posted by:")
    hale = extraction.find_actor("Tom Hale")
    assert hale is not None
    assert all(s.start < first for s in extraction.statements if s.speaker == hale.name)
    assert all(text[s.start : s.end] == s.text for s in extraction.statements)


def test_blog_comments_signed_said_are_their_writers_and_a_reporters_said_is_not_a_signature() -> None:
    text = STORY + (
        "A council spokesman said:\n\n"
        "\u201cThe depot will be built.\u201d\n\n"
        "2 comments:\n\n"
        "Anonymous said...\n\n"
        "Leave it to the council to delay another project that is needed.\n\n"
        "Jo Marsh said...\n\n"
        "The depot belongs by the river.\n"
    )
    extraction = extract(text)
    assert _readers(extraction) == {
        "Anonymous": ["Leave it to the council to delay another project that is needed."],
        "Jo Marsh": ["The depot belongs by the river."],
    }
    assert "The depot will be built." in {s.text.strip("\u201c\u201d") for s in extraction.statements}


def test_a_writer_signed_as_one_of_the_articles_actors_is_not_that_actor() -> None:
    text = STORY + "Posted by: Ann Reid on 9:35am Wed 9 Jan 08\n\nI never said a year, only a season.\n"
    extraction = extract(text)
    reid = extraction.find_actor("Ann Reid")
    assert reid is not None
    assert not _readers(extraction)
    assert all(s.start < text.index("Posted by:") for s in extraction.statements)
