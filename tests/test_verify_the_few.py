""" "The two CEOs", "the four members": a few the story has told of, named by how many they are, are no
count the article must give beside the same noun. Made-up article."""

from __future__ import annotations

import pytest

from tests.conftest import claim_kind

ARTICLE = (
    "Apple's Tim Cook and Salesforce's Marc Benioff shared the stage on Tuesday. Both chief executives "
    "recalled Steve Jobs, who died two years after stepping down. The band's four original members will "
    "tour in June."
)


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        ("The two CEOs shared the stage on Tuesday and recalled Steve Jobs.", None),
        # guard: a figure is always a count
        ("The 2 CEOs shared the stage on Tuesday and recalled Steve Jobs.", "number"),
    ],
)
def test_the_few_named_by_their_number(claim: str, kind: str | None) -> None:
    assert claim_kind(ARTICLE, claim) == kind
