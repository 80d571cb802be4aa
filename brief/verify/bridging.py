"""A name the article's sentences about an actor speak of by its head noun only: "Valerie Kaufman, a mother
of a student at the school" speaks of Asher Holmes Elementary School, "Board member BonnieSue Rosenwald"
of the Marlboro Township Board of Education."""

from __future__ import annotations

import re
from collections.abc import Iterable

from brief.verify.claim_names import BODIES

__all__ = ["bridged"]

_FULLER = r"((?:\s+(?:of\s+)?[A-Z][\w'’-]+){0,3})"  # "Asher Holmes" + " Elementary School"


def bridged(name: str, text: str, sentences: Iterable[str]) -> bool:
    """True when the article calls ``name`` (or a fuller name it begins) by a body's head noun ("School",
    "Board") and one of ``sentences`` says that noun alone: not inside another name ("University of
    California Davis", "Harvard University")."""
    sentences = list(sentences)  # read once per head: a generator would serve only the first head
    heads = {w.casefold() for w in name.split() if w.casefold() in BODIES}
    for found in re.finditer(re.escape(name) + _FULLER, text):
        heads |= {w.casefold() for w in found.group(1).split() if w.casefold() in BODIES}
    return any(_alone(head, sentence) for head in heads for sentence in sentences)


def _alone(head: str, sentence: str) -> bool:
    for found in re.finditer(rf"\b{head}s?\b", sentence, re.I):
        before = sentence[: found.start()].split()[-1:]
        after = sentence[found.end() :].split()[:2]
        named_before = bool(before) and before[0][:1].isupper() and not before[0].endswith((".", ":"))
        of_name = after[:1] == ["of"] and after[-1][:1].isupper()
        named_after = bool(after) and (after[0][:1].isupper() or of_name)
        if not named_before and not named_after:
            return True
    return False
