"""A denial that governs two coordinated verbs denies both, in the article as in the claim: "no reason
to believe he can't sustain that ... and help us make a push". Made-up article."""

from __future__ import annotations

import pytest

from tests.conftest import claim_kind

ARTICLE = (
    "The coach spoke after the game. “There’s no reason to believe he can’t sustain that for the rest of "
    "the season and help us make a real strong playoff push,” the coach said. The forward scored 30 "
    "points. He did not play in the fourth quarter, but rested on the bench."
)


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        ("Sees no reason he can’t sustain that for the rest of the season and help the team make a playoff "
         "push", None),
        # guard: a "but" ends the denial; what follows it is asserted
        ("Did not play in the fourth quarter and did not rest on the bench", "negation"),
    ],
)  # fmt: skip
def test_a_denial_shared_by_coordinated_verbs(claim: str, kind: str | None) -> None:
    assert claim_kind(ARTICLE, claim) == kind
