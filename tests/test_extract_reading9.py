"""Issue 13, from reading the extractive briefs of news stories brief had never seen (session 48): a view
held ("is of the view that ..."), a short title before a name tagged an organisation ("Cr Heather
Marcus"), a journalist's word in apposition ("Vakho Sanaia, anchor of Formula TV"), a place's district
after a comma, quotations in „low and high“ marks, "Hon." before a name, the writer's apostrophe either
way, a monarch's regnal number. Short made-up texts; guards (they pass on the old code too) say what they
guard."""

from __future__ import annotations

from brief.extract import extract
from tests.conftest import speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(extract(text), words)


def test_a_view_held_is_the_holders_statement() -> None:
    text = (
        "Dam row grows\n\nThe plan has angered locals. Lawyer Grace Muthoni, who represents the families, "
        "is of the view that the compensation offered is far too low.\n\n“We will fight this,” she said."
    )
    found = next(s for s in extract(text).statements if "compensation offered" in s.text)
    assert found.speaker == "Grace Muthoni"
    assert found.text == "the compensation offered is far too low"
    assert found.cue == "is of the view that"


def test_guard_a_fact_commented_on_is_not_a_view_held() -> None:
    # guards the noun of the view: "commented on the fact that ..." keeps its quotation, not the fact
    text = (
        "Leaders spar\n\nTamaki commented sarcastically on the fact that the ruling party is expected to "
        "spend a huge amount on the campaign. “We can never catch up,” he said."
    )
    assert _speaker(text, "expected to spend a huge amount") is None


def test_a_short_title_before_a_full_name_makes_a_person_of_an_organisation() -> None:
    text = (
        "Council row\n\nCr Heather Marcus said she was “absolutely disgusted” by the behaviour.\n\n"
        "“I’ve been on this council for 15 years and the behaviour is disgraceful,” she said."
    )
    found = {a.name: a for a in extract(text).actors}
    assert found["Heather Marcus"].kind == "person"
    assert _speaker(text, "on this council for 15 years") == "Heather Marcus"


def test_guard_a_title_word_that_starts_a_bodys_name_keeps_the_body() -> None:
    # guards "short title": "Major" is a rank, but "Major League Baseball" is an organisation
    text = (
        "Talks end\n\nMajor League Baseball Players Association officials said on Monday that talks had "
        "ended. “We are disappointed,” Major League Baseball said in a statement."
    )
    kinds = {a.name: a.kind for a in extract(text).actors}
    assert "League Baseball" not in kinds


def test_an_anchor_named_in_apposition_is_a_person_and_speaks_as_he() -> None:
    text = (
        "Verdict\n\nThe court found three men guilty of assaulting Vakho Sanaia, anchor of Formula TV.\n\n"
        "Sanaia called the ruling “shameful.” “This is contagious, contagious for others,” he went on."
    )
    found = {a.name: a for a in extract(text).actors}
    assert found["Vakho Sanaia"].kind == "person"
    assert _speaker(text, "contagious for others") == "Vakho Sanaia"


def test_a_place_after_a_place_and_a_comma_is_no_person() -> None:
    text = (
        "Dog shot\n\nPolice Commissioner Chester Williams addressed the incident in which police shot a "
        "dog during a call in Benque Viejo del Carmen, Cayo.\n\n“We had no choice,” Williams said."
    )
    kinds = {a.name: a.kind for a in extract(text).actors}
    assert kinds.get("Cayo") != "person"


def test_low_double_marks_open_a_quotation_that_a_high_one_closes() -> None:
    text = (
        "Mayor speaks\n\nAdriana Krnáčová is the new mayor.\n\n„My aim is to have Prague without links to "
        "the dark past,“ Krnáčová said in allusion to questionable public contracts."
    )
    found = next(s for s in extract(text).statements if "dark past" in s.text)
    assert (found.speaker, found.kind) == ("Adriana Krnáčová", "quote")


def test_an_abbreviated_honorific_does_not_end_the_sentence() -> None:
    text = (
        "Tensions\n\nThe nine Nobles’ Representatives called on the Prime Minister Hon. Hu'akavameiliku to "
        "resign his defence portfolio as Minister of His Majesty's Armed Forces."
    )
    found = next(s for s in extract(text).statements if "Representatives" in s.speaker)
    assert "resign his defence portfolio" in found.text


def test_one_person_whatever_apostrophe_the_writer_types() -> None:
    text = (
        "Letter\n\nLast week in a letter signed by Lord Tu'ivakano, the nobles called on the minister to "
        "resign.\n\nLord Tu’ivakano expressed his appreciation for the Prime Minister's visit."
    )
    names = [a.name for a in extract(text).actors if "ivakano" in a.name]
    assert len(names) == 1


def test_a_monarch_with_a_regnal_number_is_a_person_called_by_his_name() -> None:
    text = (
        "Rift\n\nThe Prime Minister was told that King Tupou VI in Privy Council had withdrawn his consent "
        "to the appointments of two cabinet ministers."
    )
    found = next(a for a in extract(text).actors if "Tupou" in a.name)
    assert found.kind == "person"
    assert "VI" not in found.aliases
