"""Turning parsed clauses back into question text: words, subjects, pronoun antecedents."""

from __future__ import annotations

import re

from brief.extract._lexicon import PERSON_TITLES
from brief.extract._syntax import SUBJECT_DEPS, Doc, Token, is_aside

__all__ = ["MAX_WORDS", "phrase_subject", "subject_words", "words"]

MAX_WORDS = 20
_UNRESOLVED_TAIL = re.compile(
    r"\s+(?:remains?|is|are) (?:still )?(?:to be seen|unclear|uncertain|not (?:yet )?clear)$"
)
_QUOTES = re.compile(r"[“”\"„«»]")


def words(doc: Doc, toks: list[Token]) -> str:
    while toks and (toks[-1].is_punct or toks[-1].is_space or toks[-1].dep_ == "cc"):
        toks = toks[:-1]
    text = "".join(t.text_with_ws for t in toks)
    text = re.sub(r"\s+", " ", _QUOTES.sub("", text)).strip(" ,;:.–—-")
    text = _UNRESOLVED_TAIL.sub("", text)  # "whether X can Y remains to be seen" parsed as one clause
    words = text.split()
    if len(words) > MAX_WORDS:  # keep the main clause: cut at a comma when the question runs long
        cut = text.find(",", len(" ".join(words[:10])))
        text = text[:cut] if cut > 0 else " ".join(words[:MAX_WORDS])
    return text


def _agrees(pronoun: Token, noun: Token) -> bool:
    plural = noun.tag_ in ("NNS", "NNPS")
    if pronoun.lower_ == "they":
        return plural
    person = noun.ent_type_ == "PERSON" or noun.lemma_.lower() in PERSON_TITLES
    return not plural and (person if pronoun.lower_ in ("he", "she") else not person)


def _antecedent(tok: Token) -> Token | None:
    """The nearest earlier subject in the sentence that agrees with a pronoun ("it" -> "the ban")."""
    earlier = [t for t in tok.sent if t.i < tok.i and t.dep_ in SUBJECT_DEPS and t.pos_ != "PRON"]
    return next((t for t in reversed(earlier) if _agrees(tok, t)), None)


def subject_words(tok: Token) -> list[Token] | None:
    """The subject's words, with "it"/"he"/"she"/"they" replaced by their antecedent."""
    if tok.lower_ in ("it", "he", "she", "they"):
        subj = _antecedent(tok)
        if subj is None:
            return None
        return [t for t in subj.doc[subj.left_edge.i : subj.i + 1] if t.dep_ != "punct"]
    if (tok.pos_ == "PRON" or tok.tag_ in ("WDT", "WP", "DT")) and tok.lower_ != "there":
        return None  # "we", "I", "you": the speaker's own voice
    return [t for t in tok.subtree if not is_aside(t) and t.dep_ != "relcl"]


def phrase_subject(toks: list[Token]) -> str:
    text = words(toks[0].doc, toks)
    first = toks[0]
    if first.lower_ == "no":
        text = "any" + text[2:]
    elif first.is_sent_start and (first.pos_ == "DET" or (first.pos_ != "PROPN" and not first.ent_type_)):
        text = text[:1].lower() + text[1:]  # only the sentence's own capital goes
    return text
