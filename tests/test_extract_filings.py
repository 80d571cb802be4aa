"""A suit's words are its filer's; the parties of a suit speak (made-up texts)."""

from __future__ import annotations

from brief.extract import extract


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in extract(text).statements]


def test_the_complaint_speaks_for_the_one_party_that_sued() -> None:
    text = (
        "Suit\n\nAcme Corp sued Beta Inc in federal court on Monday. The complaint says the smaller firm "
        "copied its designs for three years. Beta denied the claims.\n"
    )
    assert ("Acme Corp", "the smaller firm copied its designs for three years") in _said(text)


def test_according_to_the_lawsuit_is_its_filer_and_a_complaint_filed_by_a_party_is_the_partys() -> None:
    text = (
        "Suit\n\nA complaint filed by Acme Corp on Monday accuses Beta Inc of fraud. According to the "
        "lawsuit, the smaller firm copied its designs for three years.\n"
    )
    assert ("Acme Corp", "the smaller firm copied its designs for three years") in _said(text)


def test_a_partys_own_lawsuit_makes_it_the_filer() -> None:
    text = (
        "Rules\n\nAcme Corp is fighting a new state rule. Acme Corp's lawsuit argues the rule is vague. The "
        "suit says the rule would break federal law.\n"
    )
    assert ("Acme Corp", "the rule would break federal law") in _said(text)


def test_a_suit_two_parties_brought_is_no_ones_and_no_actor_of_its_own() -> None:
    text = (
        "Suit\n\nAcme Corp and Delta Ltd sued Beta Inc separately on Monday. The complaint says the smaller "
        "firm copied its designs for three years.\n"
    )
    ex = extract(text)
    assert not [s for s in ex.statements if "copied its designs" in s.text]
    assert not [a for a in ex.actors if "complaint" in a.name.lower()]


def test_the_party_the_article_calls_the_plaintiff_files_the_complaint() -> None:
    text = (
        "Suit\n\nPlaintiff, the Harbor Anglers Association, calls the rule unfair. According to the "
        "complaint, the rule, passed in May, bans fishing from the pier at night.\n"
    )
    said = _said(text)
    assert (
        "Harbor Anglers Association",
        "the rule, passed in May, bans fishing from the pier at night",
    ) in said


def test_plaintiffs_who_filed_a_class_action_are_a_group_that_speaks() -> None:
    text = (
        "Class action\n\nOn Monday, plaintiffs filed a class action against Beta Inc over its fees. The "
        "lawsuit alleges that Beta hides its fees from buyers. Plaintiffs contend in their suit that the "
        "fees break state law.\n"
    )
    said = _said(text)
    assert [a.kind for a in extract(text).actors if a.name.lower() == "plaintiffs"] == ["group"]
    assert ("Plaintiffs", "the fees break state law") in said or (
        "plaintiffs",
        "the fees break state law",
    ) in said
    assert [who for who, words in said if words == "Beta hides its fees from buyers"] in (
        ["plaintiffs"],
        ["Plaintiffs"],
    )
