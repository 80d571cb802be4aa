"""Open-question candidates: hedged or unresolved sentences rephrased as questions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, NamedTuple

from brief.extract._layout import inside
from brief.extract._lexicon import PERSON_TITLES
from brief.extract._syntax import SUBJECT_DEPS, Doc, Token, is_aside

__all__ = ["Question", "find_questions"]

MAX_QUESTIONS = 8
_PER_SENTENCE = 2
_MAX_WORDS = 20
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
_ASKING = {
    "wonder",
    "ask",
    "question",
    "unclear",
    "uncertain",
}  # "wondered why X": the article's own question
_WH = {"why", "how", "what", "when", "where", "who", "which", "whether", "if"}
_DO = {"VBD": "did", "VBZ": "does", "VBP": "do"}
_PROSPECTS = {"prospect", "hope", "chance", "likelihood", "possibility", "odds"}
_UNRESOLVED_TAIL = re.compile(
    r"\s+(?:remains?|is|are) (?:still )?(?:to be seen|unclear|uncertain|not (?:yet )?clear)$"
)
_VAGUE = {"him", "her", "them", "he", "she", "they", "this", "that"}
_NAME_TYPES = {"PERSON", "ORG", "GPE", "NORP"}
_QUOTES = re.compile(r"[“”\"„«»]")


class Question(NamedTuple):
    score: float
    text: str
    start: int
    end: int
    cue: str


def _words(doc: Doc, toks: list[Token]) -> str:
    while toks and (toks[-1].is_punct or toks[-1].is_space or toks[-1].dep_ == "cc"):
        toks = toks[:-1]
    text = "".join(t.text_with_ws for t in toks)
    text = re.sub(r"\s+", " ", _QUOTES.sub("", text)).strip(" ,;:.–—-")
    text = _UNRESOLVED_TAIL.sub("", text)  # "whether X can Y remains to be seen" parsed as one clause
    words = text.split()
    if len(words) > _MAX_WORDS:  # keep the main clause: cut at a comma when the question runs long
        cut = text.find(",", len(" ".join(words[:10])))
        text = text[:cut] if cut > 0 else " ".join(words[:_MAX_WORDS])
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


def _subject(tok: Token) -> list[Token] | None:
    """The subject's words, with "it"/"he"/"she"/"they" replaced by their antecedent."""
    if tok.lower_ in ("it", "he", "she", "they"):
        subj = _antecedent(tok)
        if subj is None:
            return None
        return [t for t in subj.doc[subj.left_edge.i : subj.i + 1] if t.dep_ != "punct"]
    if (tok.pos_ == "PRON" or tok.tag_ in ("WDT", "WP", "DT")) and tok.lower_ != "there":
        return None  # "we", "I", "you": the speaker's own voice
    return [t for t in tok.subtree if not is_aside(t) and t.dep_ != "relcl"]


def _phrase_subject(toks: list[Token]) -> str:
    text = _words(toks[0].doc, toks)
    first = toks[0]
    if first.lower_ == "no":
        text = "any" + text[2:]
    elif first.is_sent_start and (first.pos_ == "DET" or (first.pos_ != "PROPN" and not first.ent_type_)):
        text = text[:1].lower() + text[1:]  # only the sentence's own capital goes
    return text


def _modal_question(modal: Token) -> str | None:
    """Turn "US backing could come in the form of ..." into "Could US backing come in ...?"."""
    verb = modal.head
    if verb.i == modal.i or verb.pos_ not in ("VERB", "AUX") or _idiom(modal):
        return None
    subj = next((c for c in verb.children if c.dep_ in (*SUBJECT_DEPS, "expl")), None)
    subj_toks = _subject(subj) if subj is not None else None
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
    return f"{_MODALS[modal.lower_]} {_phrase_subject(subj_toks)} {_words(verb.doc, rest)}?"


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
                return f"Will there be {_words(sent.doc, list(sent.doc[prep.i + 1 : tok.right_edge.i + 1]))}?"
    return None


def _expect_question(tok: Token) -> str | None:
    """Turn "X is expected (or unlikely) to do Y" into "Will X do Y?"."""
    if tok.lower_ not in _EXPECT:
        return None
    verb = next((c for c in tok.children if c.dep_ == "xcomp"), None)
    holder = tok.head if tok.dep_ == "acomp" else tok
    subj = next((c for c in holder.children if c.dep_ in SUBJECT_DEPS), None)
    subj_toks = _subject(subj) if subj is not None else None
    if verb is None or subj is None or not subj_toks or not any(c.lower_ == "to" for c in verb.children):
        return None
    rest = [t for t in verb.subtree if not (t.lower_ == "to" and t.head.i == verb.i) and t.i > subj.i]
    rest = [t for t in rest if not any(a.i != verb.i and is_aside(a) for a in [t, *t.ancestors][:4])]
    return f"Will {_phrase_subject(subj_toks)} {_words(verb.doc, rest)}?" if rest else None


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
    score -= 1.0 if words > _MAX_WORDS or words < 5 else 0.0
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


def _indirect_question(tok: Token) -> str | None:
    """Turn "wondered why the state bothered to X" into "Why did the state bother to X?"."""
    holder = tok.head if tok.dep_ == "acomp" else tok
    comp = next((c for c in holder.children if c.dep_ == "ccomp"), None)
    if tok.lemma_.lower() not in _ASKING or comp is None:
        return None
    wh = next((t for t in comp.subtree if t.lower_ in _WH and t.i < comp.i), None)
    subj = next((c for c in comp.children if c.dep_ in (*SUBJECT_DEPS, "expl")), None)
    if wh is None or subj is None or subj.lower_ in ("he", "she", "they", "him", "her", "them"):
        return None  # "asked Trump whether he was": whose "he" is not for a question to guess
    word = "" if wh.lower_ in ("whether", "if") else wh.text.lower()
    if wh.i == subj.i:  # "who wrote the instructions"
        return f"{word.capitalize()} {_words(comp.doc, [t for t in comp.subtree if t.i > wh.i])}?"
    aux = next((c for c in comp.children if c.dep_ in ("aux", "auxpass") and c.i < comp.i), None)
    moved = aux or (comp if comp.lemma_ == "be" else None)
    verb = "" if moved is not None else f"{_DO.get(comp.tag_, '')} {comp.lemma_}"
    if moved is None and comp.tag_ not in _DO:
        return None
    skip = {wh.i, *(t.i for t in subj.subtree), *((moved.i,) if moved is not None else (comp.i,))}
    rest = [t for t in comp.subtree if t.i not in skip and t.i > wh.i]
    head = " ".join(w for w in (word, moved.text.lower() if moved is not None else verb.split()[0]) if w)
    tail = f"{verb.split()[1]} " if moved is None else ""
    if not rest or (subj.lower_ == "it" and comp.lemma_ != "be"):
        return None  # "wondered if it had anything to do with X": what "it" is stays unclear
    who = subj.text if subj.lower_ in ("it", "there") else _phrase_subject(_subject(subj) or [subj])
    return f"{head.capitalize()} {who} {tail}{_words(comp.doc, rest)}?"


def _clause_question(tok: Token) -> tuple[str, float] | None:
    """A question anchored on a modal, an "expected to" word or an indirect question, with its weight."""
    if (text := _indirect_question(tok)) is not None:
        return text, 2.0
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
        if made is not None:
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
