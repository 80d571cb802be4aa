"""Questions not to ask: one in a quote's own voice or a pronoun the question cannot resolve ("Will he
...?", "Will the swap pave the way for talks between his government and the Taliban?"), one that points
back at a sentence the reader does not have, ends inside a split word, or leaves a quotation or a bracket
open."""

from __future__ import annotations

import re
from typing import Any

from brief.extract._quotes import left_open, single_open

__all__ = ["unfit"]

_PERSONAL = {"I", "me", "my", "we", "us", "our", "you", "your"}  # a quote's own voice
_PERSONAL |= {"he", "she", "they", "him", "them"}  # whose? the question cannot say
_POSSESSIVE = {"his", "her"}
_OBJECTS = ("dobj", "pobj", "dative")  # an "it" or "them" that points back from a question's predicate
_POINTING = frozenset("this that these those".split())
_NOTHING = frozenset("nothing nobody no-one".split())
# words no question ends on: "... against those who opposed the country's development and those?"
_CUT_ENDS = frozenset("those these the a an of and or to with for by from".split())


def unfit(sent: Any, question: str) -> bool:
    """True for a question made from ``sent`` that a reader could not follow or that reads cut open."""
    if _PERSONAL & {w.strip(",;:") for w in question.rstrip("?").split()[1:]}:
        return True
    if _dangling(sent, question) or _vague(question) or _cut_word(sent, question):
        return True
    if question.rstrip("?").split()[-1:] and question.rstrip("?").split()[-1].casefold() in _CUT_ENDS:
        return True  # cut short
    # a quotation or brackets cut open ("have ‘spat in the face of everyone?", "(a new landfill?") or run
    # in after a colon
    opened = left_open(question) or single_open(question) or question.count("(") != question.count(")")
    return opened or ": " in question


def _dangling(sent: Any, question: str) -> bool:
    """ "his"/"her" with no person named before it in the question ("Will the swap pave the way for talks
    between his government and the Taliban?"): whose, the question cannot say. So too an object "it" or
    "them" with no noun of its number before it ("Will lawmakers come back to it?"), and "do so"."""
    words = [re.sub(r"['’]s$", "", w.strip(",;:?")) for w in question.split()]  # "Trump's" names Trump
    people = {t.text for t in sent if t.ent_type_ == "PERSON"}
    if any(w.lower() in _POSSESSIVE and not people & set(words[:i]) for i, w in enumerate(words)):
        return True
    if re.search(r"\b(?:do|does|did|done|doing) so\b", question, re.I):
        return True
    for low, tags in (("it", ("NN", "NNP")), ("them", ("NNS", "NNPS"))):
        at = words.index(low) if low in words else 0
        if at and words[at - 1] != "at" and any(t.lower_ == low and t.dep_ in _OBJECTS for t in sent):
            before = set(words[1:at])  # (not the idiom "at it again")
            if not any(t.tag_ in tags and t.text in before for t in sent):
                return True
    return False


def _cut_word(sent: Any, question: str) -> bool:
    """True for a question that ends inside a hyphenated word the parser split ("Will he re?" of "he
    wouldn't re-offend")."""
    last = question.rstrip("?").split()[-1:]
    return bool(last) and re.search(rf"(?<![\w-]){re.escape(last[0])}-\w", sent.text) is not None


def _vague(question: str) -> bool:
    """A question whose subject points back at a sentence the reader does not have ("Should this verdict
    be seen in a broader view?", "Is the answer yes?"), or that asks about a comment, not the story
    ("Could the director comment on the investigation?"), or that asks of nothing ("Will the crew do
    nothing?")."""
    words = [w.strip(",;:?“”\"'").casefold() for w in question.split()]
    answer = words[1:3] in (["the", "answer"], ["the", "question"])  # "Is the answer yes?": to what?
    # "Will Trump's crew do nothing?", "Did Sarkozy have nothing to say?": what is done or said, the question
    # cannot ask of nothing
    empty = bool(_NOTHING & set(words))
    return len(words) < 2 or words[1] in _POINTING or "comment" in words or answer or empty
