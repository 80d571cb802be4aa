"""Issue 16: an actor the article never mentions is dropped: one word that shares a stem with the
article's ("Oceana", "ocean") is not the article's own word for a group ("researchers"). Articles and
actors are made up."""

from __future__ import annotations

from brief.extract import extract
from brief.schema import Actor, Draft
from brief.verify import verify

_PLEDGE = (
    "Pledge pits parents against board\n\n"
    "MARLBORO, N.J. -- New Jersey will review school pledges across the state, its education department "
    "said. Parent Valerie Kaufman told the board in June that the pledge was unconstitutional. Critics said "
    "the pledge asked too much of young children, and some researchers said the ocean of paperwork was to "
    "blame."
)


def _dropped(actor: Actor) -> bool:
    """Whether the brief drops the actor as not in the article (recorded, not merged into another)."""
    draft = Draft(title="Pledge pits parents against board", summary="A school dropped its pledge.",
                  actors=[Actor(name="Valerie Kaufman", kind="person"), actor])  # fmt: skip
    _, grounding = verify(draft, _PLEDGE, extract(_PLEDGE))
    return any(d.field == "actors[1]" and d.kind == "name" for d in grounding.dropped)


def test_one_word_that_only_shares_a_stem_is_not_the_article_s() -> None:
    assert _dropped(Actor(name="Oceana", kind="organisation"))


def test_one_word_the_article_has_for_a_group_is_kept() -> None:
    assert not _dropped(Actor(name="Researcher", kind="group"))  # the article has "researchers"
