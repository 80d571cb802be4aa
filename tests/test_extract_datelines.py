"""Datelines in capitals and a pronoun whose antecedent owns the sentence's subject (issue 13), on short
made-up texts; none is a dev-set article.
"""

from __future__ import annotations

from brief.extract import extract
from tests.conftest import speaker_of


def test_a_capitals_dateline_is_no_speaker_and_she_is_the_owner_of_the_subject_before() -> None:
    text = (
        "Reformer poised to win\n\n"
        "Independent Mary Keane’s coolness to Brussels put her at odds with the government.\n\n"
        "DUBLIN — She’s slammed NATO, voted against EU treaties, been accused of naivety — and now she "
        "is on track to win.\n"
    )
    assert speaker_of(extract(text), "voted against EU treaties") == "Mary Keane"


def test_she_is_the_owner_of_the_last_sentences_subject_before_a_headlines_noun() -> None:
    text = (
        "Socialist critic of NATO poised to win\n\n"
        "Independent socialist Mary Keane’s coolness to Brussels put her at odds with the government.\n\n"
        "DUBLIN — She’s slammed NATO, voted against EU treaties, been accused of offering propaganda boosts "
        "for dictators — and now she’s on track to win.\n"
    )
    assert speaker_of(extract(text), "voted against EU treaties") == "Mary Keane"
