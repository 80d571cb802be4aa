"""A stance the article has from a reporter is told as fact only at a cost: it is replaced by the
article's words, unless the stance itself tells the actor's words ("Testified that ..."). The article
and the reply are made up for these tests."""

from __future__ import annotations

import pytest

from brief.extract import extract
from brief.schema import Actor, Draft, Position
from brief.verify import verify

_ARTICLE = (
    "Survivor tells of church shooting\n\n"
    "The trial of the gunman went into its second week on Wednesday.\n\n"
    "Felicia Sanders testified Wednesday that she hid under a table with her granddaughter, according to "
    "NPR's Debbie Elliott.\n"
)
_EVIDENCE = "she hid under a table with her granddaughter"


def _kept(stance: str) -> bool:
    draft = Draft(
        title="Survivor tells of church shooting",
        summary="The trial of the gunman went into its second week on Wednesday.",
        actors=[Actor(name="Felicia Sanders", kind="person", role="")],
        positions=[Position(actor="Felicia Sanders", stance=stance, evidence=[_EVIDENCE])],
    )
    brief, _ = verify(draft, _ARTICLE, extract(_ARTICLE))
    return stance in [p.stance for p in brief.positions]


@pytest.mark.parametrize(
    ("stance", "kept"),
    [
        ("Testified that she hid under a table with her granddaughter", True),
        # guard: told as fact, what the article has from its reporter is replaced
        ("Hid under a table with her granddaughter", False),
    ],
)
def test_a_stance_that_tells_the_actors_words_may_rest_on_a_reporter(stance: str, kept: bool) -> None:
    assert _kept(stance) == kept
