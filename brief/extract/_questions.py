"""Open-question candidates: hedged or unresolved sentences rephrased as questions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from brief.extract._asked import claim_question, indirect_question
from brief.extract._layout import inside
from brief.extract._phrasing import MAX_WORDS, phrase_subject, subject_words, words
from brief.extract._syntax import SUBJECT_DEPS, Doc, Token, is_aside

__all__ = ["Question", "find_questions"]

MAX_QUESTIONS = 8
_PER_SENTENCE = 2
_MAX_EVIDENCE = 350  # chars; longer sentences are cut to the hedged clause
_MODALS = {"would": "Will", "will": "Will", "may": "Will", "might": "Will", "should": "Will", "shall": "Will"}
_MODALS |= {"could": "Could", "can": "Could"}
_MODAL_WEIGHT = {"will": 1.0, "should": 1.5, "can": 1.0}
_HEDGES = {
    "probably": 1.0, "possibly": 1.0, "perhaps": 1.0, "unlikely": 2.0, "likely": 1.0, "uncertain": 2.0,
    "unclear": 2.0, "hopes": 1.5, "hope": 1.0, "dimmed": 2.0, "doubt": 1.5, "doubts": 1.5, "if": 1.0,
    "whether": 1.5, "suggested": 1.0, "insisted": 1.0, "disagree": 1.5, "disagrees": 1.5, "fears": 1.0,
    "prospect": 1.0, "expected": 1.0, "uncertainty": 1.5, "undecided": 1.5, "unresolved": 2.0,
}  # fmt: skip
_PHRASES = {
    "remains to be seen": 2.0,
    "not yet": 2.0,
    "yet to": 2.0,
    "in the event": 1.5,
    "no guarantee": 1.5,
}
_DROP = {"probably", "possibly", "perhaps", "also", "still", "really", "even", "just", "likely", "certainly"}
_EXPECT = {"expected": 1.5, "likely": 1.0, "unlikely": 1.0, "due": 1.0, "set": 1.0, "poised": 1.0}
_EXPECT |= {"planning": 1.0, "plans": 1.0, "intends": 1.0, "hopes": 0.5, "threatened": 1.0, "threatens": 1.0}
_EXPECT |= dict.fromkeys(
    "struggles struggling tries trying seeks seeking aims aiming attempts wants".split(), 0.5
)
_PROSPECTS = {"prospect", "hope", "chance", "likelihood", "possibility", "odds"}
_PERSONAL = {
    "i",
    "me",
    "my",
    "we",
    "us",
    "our",
    "you",
    "your",
}  # a quote's own voice: no question for the reader
_VAGUE = {"him", "her", "them", "he", "she", "they", "this", "that"}
_NAME_TYPES = {"PERSON", "ORG", "GPE", "NORP"}


class Question(NamedTuple):
    score: float
    text: str
    start: int
    end: int
    cue: str


def _modal_question(modal: Token) -> str | None:
    """Turn "US backing could come in the form of ..." into "Could US backing come in ...?"."""
    verb = modal.head
    if verb.i == modal.i or verb.pos_ not in ("VERB", "AUX") or _idiom(modal):
        return None
    subj = next((c for c in verb.children if c.dep_ in (*SUBJECT_DEPS, "expl")), None)
    subj_toks = subject_words(subj) if subj is not None else None
    if subj is None or not subj_toks:
        return None
    skip: set[int] = {t.i for t in subj.subtree} | {modal.i}
    for tok in verb.subtree:
        own_clause = tok.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in tok.children)
        if tok.i != verb.i and (is_aside(tok) or own_clause or tok.dep_ == "neg" or tok.lower_ in _DROP):
            skip |= {t.i for t in tok.subtree}
    rest = [t for t in verb.subtree if t.i not in skip and t.i > subj.i]
    if not rest:
        return None
    return f"{_MODALS[modal.lower_]} {phrase_subject(subj_toks)} {words(verb.doc, rest)}?"


def _idiom(modal: Token) -> bool:
    """ "might as well have been" or a counterfactual "would have been": nothing left open."""
    after = [t.lower_ for t in modal.doc[modal.i + 1 : modal.i + 3]]
    return after == ["as", "well"] or (modal.lower_ == "would" and after[:1] == ["have"])


def _prospect_question(sent: Any) -> str | None:
    """Turn "hopes of a deal to end the fighting have dimmed" into "Will there be a deal ...?"."""
    for tok in sent:
        if tok.lemma_.lower() in _PROSPECTS and tok.dep_ in SUBJECT_DEPS:
            prep = next((c for c in tok.children if c.lower_ in ("of", "for")), None)
            if prep is not None and prep.i < tok.right_edge.i:
                return f"Will there be {words(sent.doc, list(sent.doc[prep.i + 1 : tok.right_edge.i + 1]))}?"
    return None


def _expect_question(tok: Token) -> str | None:
    """Turn "X is expected (or unlikely) to do Y" into "Will X do Y?"."""
    if tok.lower_ not in _EXPECT:
        return None
    verb = next((c for c in tok.children if c.dep_ == "xcomp"), None)
    holder = tok.head if tok.dep_ == "acomp" else tok
    subj = next((c for c in holder.children if c.dep_ in SUBJECT_DEPS), None)
    subj_toks = subject_words(subj) if subj is not None else None
    if verb is None or subj is None or not subj_toks or not any(c.lower_ == "to" for c in verb.children):
        return None
    rest = [t for t in verb.subtree if not (t.lower_ == "to" and t.head.i == verb.i) and t.i > subj.i]
    rest = [t for t in rest if not any(a.i != verb.i and is_aside(a) for a in [t, *t.ancestors][:4])]
    return f"Will {phrase_subject(subj_toks)} {words(verb.doc, rest)}?" if rest else None


def _cues(sent: Any) -> tuple[float, str]:
    low = sent.text.lower()
    found = [(w, _HEDGES[t.lower_]) for t in sent if (w := t.lower_) in _HEDGES]
    found += [(p, w) for p, w in _PHRASES.items() if p in low]
    return sum(w for _, w in found), (found[0][0] if found else "")


def _score(doc: Doc, sent: Any, question: str, hedge: float) -> float:
    names = {t.text for t in sent if t.ent_type_ in _NAME_TYPES and t.text in question}
    numbers = sum(1 for t in sent if t.like_num and t.text in question)
    words = len(question.split())
    score = hedge + min(2.0, 0.5 * len(names)) + min(1.0, 0.3 * numbers)
    score -= 1.0 if words > MAX_WORDS or words < 5 else 0.0
    score -= 1.0 if _VAGUE & set(question.lower().rstrip("?").split()) else 0.0
    return score - (1.0 if sent.text.rstrip().endswith(("?", "?”", '?"')) else 0.0)


def _evidence(sent: Any, anchor: Token) -> tuple[int, int]:
    text = sent.text
    start = sent.start_char + len(text) - len(text.lstrip())
    end = sent.start_char + len(text.rstrip())
    if end - start > _MAX_EVIDENCE:
        head = anchor.head
        start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
    return start, end


def _clause_question(tok: Token) -> tuple[str, float] | None:
    """A question anchored on a modal, an "expected to" word or an indirect question, with its weight."""
    if (text := indirect_question(tok)) is not None:
        return text, 2.0
    if (text := claim_question(tok)) is not None:
        return text, 0.0
    if tok.tag_ == "MD" and tok.lower_ in _MODALS:
        text = _modal_question(tok)
        return (text, _MODAL_WEIGHT.get(tok.lower_, 2.0)) if text else None
    text = _expect_question(tok)
    return (text, _EXPECT[tok.lower_]) if text else None


def _sentence_questions(doc: Doc, sent: Any) -> list[Question]:
    """Up to two questions from one sentence (one per hedged clause), best first."""
    hedge, cue = _cues(sent)
    found = []
    for tok in sent:
        made = _clause_question(tok)
        if made is not None and not _PERSONAL & {w.strip(",;:") for w in made[0].rstrip("?").split()}:
            text, weight = made
            found.append(
                Question(_score(doc, sent, text, hedge + weight), text, *_evidence(sent, tok), tok.lower_)
            )
    prospect = _prospect_question(sent) if not found and hedge else None
    if prospect is not None:
        found.append(Question(_score(doc, sent, prospect, hedge), prospect, *_evidence(sent, sent.root), cue))
    found.sort(key=lambda q: -q.score)
    unique = list({q.text: q for q in reversed(found[:_PER_SENTENCE])}.values())[::-1]
    return unique[:1] + [q._replace(score=q.score - 1.5) for q in unique[1:]]  # variety across sentences


def find_questions(doc: Doc, lead_end: int, ignored: Sequence[tuple[int, int]] = ()) -> list[Question]:
    """The best open-question candidates, highest score first (the lead's get a bonus), each once.

    Sentences in ``ignored`` spans (reader comments, pull quotes, repeats) are not read.
    """
    sents = [s for s in doc.sents if not inside(ignored, s.start_char, s.end_char)]
    found = [q for sent in sents for q in _sentence_questions(doc, sent)]
    found = [q._replace(score=q.score + 1.0) if q.start < lead_end else q for q in found]
    found.sort(key=lambda q: (-q.score, q.start))
    unique: dict[str, Question] = {}
    for q in found:
        unique.setdefault(q.text.casefold(), q)  # a repeated sentence asks nothing new
    return list(unique.values())[:MAX_QUESTIONS]
