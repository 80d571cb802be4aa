"""The model's attribute ruler (tag -> part of speech, morphology and lemma exceptions), applied by
dictionary lookup instead of spaCy's ``Matcher``: the same rules in the same order with the same
result, in a tenth of the time (the ruler was a sixth of the parse of a long article).

``FastAttributes(ruler)`` reads the rules of the pipeline's ``AttributeRuler``; ``load_nlp`` puts it
in the ruler's place (``use_fast_attributes``). Every rule of ``en_core_web_sm`` is one or two tokens
whose attributes are compared for equality, set membership (``IN``/``NOT_IN``) or a regular
expression; a rule of any other shape makes ``FastAttributes`` refuse the ruler (``ValueError``), and
``use_fast_attributes`` then leaves the ruler in place.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs  # the ruler's own setter

__all__ = ["FastAttributes", "use_fast_attributes"]

_ATTRS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}  # places in a token's ``_View``
_View = tuple[str, str, str, bool]
_Test = Callable[[_View], bool]


def _test(value: Any) -> Callable[[Any], bool]:
    if not isinstance(value, dict):
        return lambda got: got == value
    ((op, arg),) = value.items()
    if op == "IN":
        members = frozenset(arg)
        return members.__contains__
    if op == "NOT_IN":
        outside = frozenset(arg)
        return lambda got: got not in outside
    if op == "REGEX":
        pattern = re.compile(arg)
        return lambda got: pattern.search(got) is not None
    raise ValueError(f"attribute ruler operator {op!r} is not supported")


def _predicate(token_pattern: dict[str, Any]) -> _Test:
    unknown = set(token_pattern) - set(_ATTRS)
    if unknown:
        raise ValueError(f"attribute ruler attribute {sorted(unknown)[0]!r} is not supported")
    checks = [(_ATTRS[attr], _test(value)) for attr, value in token_pattern.items()]
    if len(checks) == 1:
        ((at, only),) = checks
        return lambda view: only(view[at])
    return lambda view: all(test(view[at]) for at, test in checks)


class FastAttributes:
    """Applies an ``AttributeRuler``'s rules to a parsed ``Doc``, as the ruler would."""

    def __init__(self, ruler: Any) -> None:
        self._attrs = list(ruler.attrs)
        self._indices = list(ruler.indices)
        # one-token rules are found through a word or a tag they require; the rest are tried everywhere
        self._by_lower: dict[str, list[tuple[int, _Test]]] = defaultdict(list)
        self._by_tag: dict[str, list[tuple[int, _Test]]] = defaultdict(list)
        self._anywhere: list[tuple[int, _Test]] = []
        self._longer: list[tuple[int, list[_Test]]] = []
        for rule in range(len(self._attrs)):
            _, patterns = ruler.matcher.get(str(rule))
            for pattern in patterns:
                tests = [_predicate(token_pattern) for token_pattern in pattern]
                if len(pattern) > 1:
                    self._longer.append((rule, tests))
                elif isinstance(pattern[0].get("LOWER"), str):
                    self._by_lower[pattern[0]["LOWER"]].append((rule, tests[0]))
                elif isinstance(pattern[0].get("TAG"), str):
                    self._by_tag[pattern[0]["TAG"]].append((rule, tests[0]))
                else:
                    self._anywhere.append((rule, tests[0]))

    def __call__(self, doc: Doc) -> Doc:
        views: list[_View] = [(t.tag_, t.lower_, t.dep_, t.is_space) for t in doc]
        matches: set[tuple[int, int, int]] = set()  # (rule, start, end): the ruler's matches, deduplicated
        for i, view in enumerate(views):
            found = (*self._by_lower.get(view[1], ()), *self._by_tag.get(view[0], ()), *self._anywhere)
            for rule, test in found:
                if test(view):
                    matches.add((rule, i, i + 1))
        for rule, tests in self._longer:
            first = tests[0]
            for start in range(len(views) - len(tests) + 1):
                if first(views[start]) and all(test(views[start + k]) for k, test in enumerate(tests)):
                    matches.add((rule, start, start + len(tests)))
        # later rules take precedence: applied in rule order, as the ruler sorts its matches
        for rule, start, end in sorted(matches):
            index = self._indices[rule]
            set_token_attrs(doc[start + index if index >= 0 else end + index], self._attrs[rule])
        return doc


@Language.factory("brief_attributes")
def _make(nlp: Language, name: str) -> FastAttributes:
    return FastAttributes(nlp.get_pipe("attribute_ruler"))


def use_fast_attributes(nlp: Language) -> bool:
    """Put ``FastAttributes`` in the place of ``nlp``'s attribute ruler (kept, disabled); False, and the
    pipeline as it was, when the ruler has a rule of a shape ``FastAttributes`` does not apply."""
    try:
        nlp.add_pipe("brief_attributes", after="attribute_ruler")  # reads the rules once, or refuses
    except ValueError:
        return False
    nlp.disable_pipe("attribute_ruler")
    return True
