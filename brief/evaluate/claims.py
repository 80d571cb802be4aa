"""Flag brief sentences that appear to assert a ``must_not_claim`` item.

This is a lexical check that puts candidates in front of a person, not a verdict:

- sentences come from the title, the summary (split on . ! ?), actor roles, position stances and
  open questions; a sentence phrased as a question (ends with "?" or opens with an interrogative
  such as "Will" or "Whether") asserts nothing and is skipped;
- content words are lower-case tokens minus stop words (quantifiers such as "all" and "only"
  count as content), with a possessive or plural "s" dropped;
- a position's stance and an actor's role are read with the actor's name in front ("Donald
  Trump: Agrees to ..."), because that is what the reader takes them to say;
- a sentence is flagged when it holds at least ``MIN_CONTAINMENT`` of the claim's content words
  (and at least ``MIN_SHARED`` of them) including every number, proper name (a capitalised word,
  the claim's first word included: "Germany committed ...") and quantifier ("all", "only", ...)
  of the claim, its figures in the claim's order ("41 percent in 2019" is not "35 percent in 2019
  and 41 percent in 2023"), and the claim's predicate (the lemma of its main verb, or of the complement of
  "is"/"has": "ordered", "prosecution"), and has the claim's polarity: a sentence that negates
  ("not", "no", "never", "n't") or hedges ("wants", "if", "could", "apparent", "allegedly", ...)
  where the claim does not denies or conditions the claim instead of asserting it, and the reverse.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict

from brief.evaluate.text import normalise_quotes, words
from brief.verify.numbers import NUMBER_WORDS

__all__ = ["MIN_CONTAINMENT", "MIN_SHARED", "ClaimFlag", "brief_sentences", "find_claims", "is_question"]

MIN_CONTAINMENT = 0.65
MIN_SHARED = 3

_STOP_WORDS = """
    a an the and or but if of to in on at by for with from into onto as is are was were be been being
    has have had do does did will would shall should can could may might must it its this that these those
    there their they them he him his she her we our you your i me my who whom which what when where why how
    than then so such not no nor also just very more most some any other about over after
    before since until while during said says say according"""
_STOP = frozenset(_STOP_WORDS.split())
_NEGATIONS = frozenset({"not", "no", "never", "none", "nor", "neither", "nothing", "without"})
_HEDGES_WORDS = """
    want wants wanted seek seeks sought hope hopes hoped if unless before would could might may should
    demand demands demanded urge urges urged call calls called propose proposes proposed
    plan plans aim aims threaten try attempt intend promise vow pledge ask
    apparent apparently alleged allegedly reportedly purportedly suspected
    possible possibly probably likely unlikely"""
_HEDGES = frozenset(_HEDGES_WORDS.split())
_QUANTIFIERS = frozenset({"all", "every", "each", "both", "only", "entire", "whole"})
_QUESTION_WORDS = """
    who what when where why how which whether will would can could should shall
    is are was were do does did has have had may might"""
_INTERROGATIVES = frozenset(_QUESTION_WORDS.split())
_WORD_CASED = re.compile(r"[\w$%]+(?:[.,'\-][\w%]+)*")
_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-Z][a-z]{0,3}|[A-Z](?:\.[A-Z])+)\.$")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+")


class ClaimFlag(BaseModel):
    """One brief sentence that may assert a claim the article does not support."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    claim: str
    sentence: str
    field: str
    containment: float


def is_question(sentence: str) -> bool:
    """True when the sentence is phrased as a question rather than an assertion."""
    text = sentence.strip().rstrip("\"')]”’ ")
    tokens = words(text)
    return text.endswith("?") or (bool(tokens) and tokens[0] in _INTERROGATIVES)


def brief_sentences(brief: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """Every (field, sentence) of a brief that could assert something."""
    yield "title", str(brief.get("title", ""))
    for i, sentence in enumerate(_split(str(brief.get("summary", "")))):
        yield f"summary[{i}]", sentence
    for i, actor in enumerate(brief.get("actors") or []):
        if actor.get("role"):
            yield f"actors[{i}].role", f"{actor.get('name', '')}: {actor['role']}"
    for i, position in enumerate(brief.get("positions") or []):
        yield f"positions[{i}].stance", f"{position.get('actor', '')}: {position.get('stance', '')}"
    for i, question in enumerate(brief.get("open_questions") or []):
        yield f"open_questions[{i}].question", str(question.get("question", ""))


def find_claims(brief: Mapping[str, Any], claims: list[str]) -> list[ClaimFlag]:
    """Brief sentences that lexically assert one of ``claims`` (see the module docstring)."""
    flags: list[ClaimFlag] = []
    for field, text in brief_sentences(brief):
        for sentence in _split(text):
            if is_question(sentence):
                continue
            for claim in claims:
                flag = _match(claim, sentence, field)
                if flag is not None:
                    flags.append(flag)
    return flags


def _match(claim: str, sentence: str, field: str) -> ClaimFlag | None:
    wanted, have = _content(claim), _content(sentence)
    shared = wanted & have
    if not wanted or len(shared) < min(MIN_SHARED, len(wanted)) or not _key_terms(claim) <= have:
        return None
    containment = len(shared) / len(wanted)
    if containment < MIN_CONTAINMENT or _polarity(claim) != _polarity(sentence):
        return None
    if _predicate(claim) and not _predicate(claim) & _asserted(sentence):
        return None
    if not _in_order(_numbers(claim), _numbers(sentence)):
        return None
    if not set(_numbers(claim)) <= _numbers_of(sentence, _predicate(claim)):
        return None
    return ClaimFlag(claim=claim, sentence=sentence, field=field, containment=round(containment, 3))


def _numbers(text: str) -> list[str]:
    return [w for w in words(text) if w[:1].isdigit() or w in NUMBER_WORDS]


def _numbers_of(sentence: str, predicate: frozenset[str]) -> set[str]:
    """The figures the sentence gives its ``predicate`` (in that verb's own clause, not a coordinated one:
    "created the mandate in 2005 and expanded it in 2007" created it in 2005); all of them when the
    claim has no predicate or the sentence does not use it."""
    doc = _parse(sentence)
    heads = [t if t.pos_ in ("VERB", "AUX") else t.head for t in doc if t.lemma_.lower() in predicate]
    if not heads:
        return set(_numbers(sentence))
    own = {t.i for h in heads for t in h.subtree} - {
        t.i for h in heads for c in h.children if c.dep_ == "conj" for t in c.subtree
    }
    return set(_numbers(" ".join(doc[i].text for i in sorted(own))))


def _in_order(wanted: list[str], have: list[str]) -> bool:
    """True when the claim's figures appear in the sentence in the claim's order: "41 percent in 2019"
    is not what "35 percent in 2019 and 41 percent in 2023" says."""
    rest = iter(have)
    return all(number in rest for number in wanted)


def _key_terms(claim: str) -> set[str]:
    """Numbers (in figures or words), proper names (capitalised after the first word) and quantifiers a
    match must contain."""
    raw = _WORD_CASED.findall(normalise_quotes(claim))
    names = {_stem(w.lower()) for w in raw if w[0].isdigit() or w[0].isupper()} - _STOP
    return names | (set(words(claim)) & (_QUANTIFIERS | NUMBER_WORDS))


@cache
def _parse(text: str) -> Any:
    from brief.extract import load_nlp  # the scorer needs the parser only for claims and sentences

    return load_nlp()(text)


@cache
def _predicate(claim: str) -> frozenset[str]:
    """Lemmas of the claim's main predicate: its root verb, or the complement of "is"/"has"."""
    root = next((t for t in _parse(claim) if t.dep_ == "ROOT"), None)
    if root is None:
        return frozenset()
    if root.lemma_.lower() in ("be", "have"):
        complements = [c for c in root.children if c.dep_ in ("attr", "acomp", "dobj", "prep", "oprd")]
        return frozenset(c.lemma_.lower() for c in complements[:1])
    return frozenset({root.lemma_.lower()}) if root.pos_ in ("VERB", "AUX", "NOUN", "ADJ") else frozenset()


@cache
def _lemmas(sentence: str) -> frozenset[str]:
    return frozenset(t.lemma_.lower() for t in _parse(sentence)) | frozenset(words(sentence))


@cache
def _asserted(sentence: str) -> frozenset[str]:
    """Lemmas the sentence asserts: not a bare gerund or infinitive ("cancelling X requires ...")."""
    return frozenset(t.lemma_.lower() for t in _parse(sentence) if not _unasserted(t))


def _unasserted(tok: Any) -> bool:
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if tok.tag_ == "VBG":
        return not auxes  # "is cancelling" asserts, "cancelling X requires Y" does not
    return tok.tag_ == "VB" and any(c.lower_ == "to" for c in auxes)


def _polarity(text: str) -> tuple[bool, bool]:
    tokens = words(text)
    negated = any(w in _NEGATIONS or w.endswith("n't") for w in tokens)
    return negated, bool(_HEDGES & _lemmas(text))


def _content(text: str) -> set[str]:
    return {_stem(w) for w in words(text) if w not in _STOP and not w.endswith("n't")}


def _stem(word: str) -> str:
    word = word.removesuffix("'s").removesuffix("'")
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def _split(text: str) -> list[str]:
    """Sentences, not breaking after abbreviations such as "Dec.", "Gov." or "U.S."."""
    sentences: list[str] = []
    for piece in (p.strip() for p in _SENTENCE_END.split(text)):
        if sentences and _ABBREVIATION.search(sentences[-1]):
            sentences[-1] = f"{sentences[-1]} {piece}".strip()
        elif piece:
            sentences.append(piece)
    return sentences
