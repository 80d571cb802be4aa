"""``FastAttributes`` sets what the model's own attribute ruler sets, token for token."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from brief.extract import load_nlp
from brief.extract._attributes import FastAttributes, use_fast_attributes

FIXTURES = Path(__file__).parent / "fixtures"
TEXTS = [*sorted(FIXTURES.glob("eval/*.txt"))[::4], FIXTURES / "eval" / "feature_fox_news_ailes.txt"]
# the ruler's rare rules: contractions, "y'all", "gon na", "nothin'", "there is", auxiliaries
ODD = (
    "Y'all ain't seen nothin' yet, he said. We're gonna win, c'mon! Let's go. I gotta say there's "
    "no doubt. Did he do it? He does. They have had enough, and that was that.\n\n  Next line."
)


def _parsed(text: str, *, fast: bool) -> list[tuple[str, ...]]:
    nlp = load_nlp()
    doc = nlp.make_doc(text)
    skip = {"senter", "attribute_ruler" if fast else "brief_attributes"}
    for name, pipe in nlp.components:
        if name not in skip:
            doc = pipe(doc)
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.ent_type_) for t in doc]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_the_same_attributes_as_the_ruler(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _parsed(text, fast=True) == _parsed(text, fast=False)


def test_the_rare_rules_too() -> None:
    fast, ruler = _parsed(ODD, fast=True), _parsed(ODD, fast=False)
    assert fast == ruler
    assert ("ai", "VBP", "AUX") in {t[:3] for t in fast}  # a rule did fire: "ai" of "ain't" is an auxiliary


def test_the_pipeline_uses_it() -> None:
    nlp = load_nlp()
    assert "brief_attributes" in nlp.pipe_names and "attribute_ruler" in nlp.disabled


def test_a_rule_of_another_shape_is_refused() -> None:
    class Matcher:
        def get(self, key: str) -> tuple[None, list[list[dict[str, Any]]]]:
            return None, [[{"SHAPE": "Xxxx"}]]

    class Ruler:
        def __init__(self) -> None:
            self.attrs: list[dict[str, Any]] = [{}]
            self.indices = [0]
            self.matcher = Matcher()

    with pytest.raises(ValueError, match="'SHAPE' is not supported"):
        FastAttributes(Ruler())


def test_a_pipeline_whose_ruler_has_another_shape_keeps_its_ruler() -> None:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add(patterns=[[{"SHAPE": "Xxxx"}]], attrs={"POS": "PROPN"})
    assert use_fast_attributes(nlp) is False
    assert nlp.pipe_names == ["attribute_ruler"] and not nlp.disabled  # the ruler stays and runs
