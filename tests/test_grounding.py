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


def test_strict_wants_one_sentence_to_carry_the_claim() -> None:
    source = SourceText(ARTICLE, strict=True)
    assert source.unsupported("The EU has set a target of 2027.") is None
    mixed = "The EU won Western forces plan target."
    assert SourceText(ARTICLE).unsupported(mixed) is None
    assert "single article sentence" in (source.unsupported(mixed) or "")


def test_strict_keeps_the_articles_negation_and_hedges() -> None:
    source = SourceText(
        "The deal may grow if Trump agrees to roll back tariffs on Chinese goods.\n\n"
        "Beijing did not commit to farm purchases. The ministry said the talks were constructive.",
        strict=True,
    )
    assert "hedge" in (source.unsupported("Trump agrees to roll back tariffs on Chinese goods.") or "")
    assert source.unsupported("The deal may grow if Trump agrees to roll back tariffs.") is None
    assert "negation" in (source.unsupported("Beijing committed to farm purchases.") or "")
    assert source.unsupported("Beijing did not commit to farm purchases.") is None
    assert source.unsupported("The ministry said the talks were constructive.") is None
