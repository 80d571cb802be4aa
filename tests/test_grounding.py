from __future__ import annotations

import pytest

from brief.verify.grounding import SourceText, normalise, split_sentences

ARTICLE = "Moscow said: “No Western forces.”\nThe EU  has set a target of 2027.\n\nMacron’s plan won €1.1bn."


def test_normalise_folds_quotes_dashes_and_space() -> None:
    assert normalise("“a”  —  ‘b’\n c") == "\"a\" - 'b' c"


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ('"No Western forces."', "“No Western forces.”"),  # straight quotes match curly ones
        ("The EU has set a target", "The EU  has set a target"),  # whitespace folded, original returned
        ("Macron's plan", "Macron’s plan"),
        ("forces. The EU won", None),  # words not adjacent in the article
        ("No Eastern forces", None),
    ],
)
def test_find_returns_the_articles_own_characters(span: str, expected: str | None) -> None:
    assert SourceText(ARTICLE).find(span) == expected


def test_find_returns_verbatim_substring_even_across_lines() -> None:
    source = SourceText(ARTICLE)
    found = source.find("forces.” The EU has")
    assert found is not None and found in ARTICLE


def test_mentions_is_case_insensitive_on_word_boundaries() -> None:
    source = SourceText(ARTICLE)
    assert source.mentions("moscow") and source.mentions("the EU")
    assert not source.mentions("Mosc") and not source.mentions("Kyiv")


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        ("Moscow rejected Western forces.", None),
        ("Poroshenko rejected Western forces.", "name Poroshenko"),
        ("The EU set a target of 2030.", "number 2030"),
        ("The EU set a target of 2027.", None),
        ("and bananas grow quickly everywhere in tropical rainforest.", "content words"),
    ],
)
def test_unsupported_names_numbers_and_content(sentence: str, problem: str | None) -> None:
    reason = SourceText(ARTICLE).unsupported(sentence)
    assert (reason is None) if problem is None else (reason is not None and problem in reason)


def test_split_sentences() -> None:
    assert split_sentences("One thing. Two things! “Three” things?") == [
        "One thing.",
        "Two things!",
        "“Three” things?",
    ]
    # a title, a month or an initial ends no sentence; a digit can begin one
    text = 'Mr. Smith paid $2.5m. He left. "Why?" she asked. Then U.S. Steel rose. 2019 was worse.'
    assert split_sentences(text) == [
        "Mr. Smith paid $2.5m.",
        "He left.",
        '"Why?" she asked.',
        "Then U.S. Steel rose.",
        "2019 was worse.",
    ]
    text = "Amber Vinson cared for Duncan, who died Oct. 8. Officials warned of more cases."
    assert split_sentences(text) == [
        "Amber Vinson cared for Duncan, who died Oct. 8.",
        "Officials warned of more cases.",
    ]


def test_names_and_numbers_must_be_supported_together_by_nearby_sentences() -> None:
    source = SourceText(ARTICLE.replace("2027.", "2027. Talks went on. Officials met."))
    assert source.unsupported("The EU has set a target of 2027.") is None
    # both names are in the article, but four sentences apart
    assert "together" in (source.unsupported("Moscow backed Macron’s plan.") or "")
    # €1.1bn is in the article, but not in or next to the sentence about Moscow
    assert "number" in (source.unsupported("Moscow said Western forces cost €1.1bn.") or "")


def test_the_articles_negation_and_hedges_are_kept() -> None:
    source = SourceText(
        "The deal may grow if Trump agrees to roll back tariffs on Chinese goods.\n\n"
        "Beijing did not commit to farm purchases. The ministry said the talks were constructive."
    )
    assert "possible" in (source.unsupported("Trump agrees to roll back tariffs on Chinese goods.") or "")
    assert source.unsupported("The deal may grow if Trump agrees to roll back tariffs.") is None
    assert "denies" in (source.unsupported("Beijing committed to farm purchases.") or "")
    assert source.unsupported("Beijing did not commit to farm purchases.") is None
    assert source.unsupported("Beijing refused to commit to farm purchases.") is None
    assert source.unsupported("The ministry said the talks were constructive.") is None


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        ("Argues that Macron’s plan won €1.1bn.", None),  # a capitalised verb is not a name
        ("Says Moscow rejected Western forces.", None),
        ("How will the EU meet its 2027 target?", None),
        ("Argentina's plan won €1.1bn.", "name Argentina"),  # a possessive of an invented name
        ("The European Union has set a target of 2027.", None),  # the name the article abbreviates
        ("Emmanuel Macron’s plan won €1.1bn.", None),  # a fuller form of the article's "Macron"
        ("Macron’s plan won 1.1 billion euros.", None),  # the same figure spelt out
        ("Macron’s plan won €1.2bn.", "number"),
    ],
)
def test_claims_are_read_linguistically(sentence: str, problem: str | None) -> None:
    reason = SourceText(ARTICLE).unsupported(sentence)
    assert (reason is None) if problem is None else (reason is not None and problem in reason), reason


def test_a_dotted_initialism_stands_for_the_name_it_abbreviates() -> None:
    source = SourceText("Aid groups fear the U.S. will launch strikes on Syria this week.")
    assert source.unsupported("Aid groups fear the United States will launch strikes on Syria.") is None
    assert source.unsupported("Aid groups fear the US will launch strikes on Syria.") is None
    # and a name with other initials is still unknown
    assert "name" in (
        source.unsupported("Aid groups fear the United Kingdom will launch strikes on Syria.") or ""
    )
