"""The parse multiplies with numpy's BLAS (faster than blis here) and gets what blis gets, token for token."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from thinc.api import NumpyOps

from brief.extract import load_nlp
from brief.extract._nlp import split_pieces

FIXTURES = Path(__file__).parent / "fixtures"
SEED = FIXTURES.parent.parent / "examples" / "seed_coalition.txt"
TEXTS = [*sorted(FIXTURES.glob("eval/*.txt"))[1::5], SEED]


def _nodes() -> Iterator[Any]:
    for _, component in load_nlp().pipeline:
        model = getattr(component, "model", None)
        yield from model.walk() if model is not None else ()


@contextmanager
def _blis() -> Iterator[None]:
    """The loaded pipeline as spaCy ships it: every layer multiplying with blis."""
    before = {id(node): node.ops for node in _nodes()}
    blis = NumpyOps(use_blis=True)
    for node in _nodes():
        node.ops = blis
    try:
        yield
    finally:
        for node in _nodes():
            node.ops = before[id(node)]


def _parsed(text: str) -> list[tuple[Any, ...]]:
    docs = load_nlp().pipe(split_pieces(text))
    return [(t.text, t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for d in docs for t in d]


def test_every_layer_multiplies_with_numpy() -> None:
    assert {getattr(node.ops, "use_blis", None) for node in _nodes()} == {False}


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_the_same_parse_as_blis(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    with _blis():
        shipped = _parsed(text)
    assert _parsed(text) == shipped
