"""A claim that states as fact what the article has only as someone's allegation is a hedge dropped,
however far the allegation runs from its verb; the deed an allegation rests on, and the claimant's own
next deed, are the article's facts. Made-up articles: the words right after each alleging verb are
none of the claims', so only the whole allegation can tell."""

from __future__ import annotations

import pytest

from tests.conftest import claim_kind

COMPLAINT = (
    "The retailer filed a complaint on Friday, claiming the transport union, one of the country's largest, "
    "has unlawfully blocked deliveries by staging pickets at its depots. The retailer claims the pickets "
    "cost it sales, and is now suing the transport union for damages."
)
RENAMED = (
    "Critics accused the city's mayor, a former banker, of misleading voters after he renamed the agency."
)


@pytest.mark.parametrize(
    ("article", "claim", "kind"),
    [
        (COMPLAINT, "Has unlawfully blocked deliveries at the depots by staging pickets", "hedge"),
        (RENAMED, "Has been misleading voters.", "hedge"),
        # guards: the claim tells the allegation as one
        (COMPLAINT, "Claims it has unlawfully blocked deliveries", None),
        # the deed the allegation rests on ("by staging pickets") is not in doubt
        (COMPLAINT, "Staged pickets at the depots.", None),
        # the claimant's own next deed ("and is now suing")
        (COMPLAINT, "Is suing for damages.", None),
        # a clause the article tells as its own ("after he renamed")
        (RENAMED, "Renamed the agency.", None),
    ],
)
def test_what_only_is_alleged(article: str, claim: str, kind: str | None) -> None:
    assert claim_kind(article, claim) == kind
