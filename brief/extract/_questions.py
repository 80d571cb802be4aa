"""Open questions: the points an article leaves unresolved, hedged or disputed, asked as a reporter would.

Each question is built from the parse of one clause ("the French president said US support would be
finalised in the coming days" -> "When will US support be finalised?"); a clause that cannot be asked
cleanly gives no question. At most one question a sentence, one a point, five in all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, NamedTuple

from brief.extract._antecedents import holds_place
from brief.extract._asked import claim_question, indirect_question, writers_question
from brief.extract._layout import inside
from brief.extract._open import disputed, frame_of, is_headline, predicts, vague_time
from brief.extract._phrasing import ask, phrase_subject, predicate, subject_words, words
from brief.extract._question_checks import unfit
from brief.extract._subjects import sole_subject
from brief.extract._syntax import SUBJECT_DEPS, Doc, Token, opens_dateline, subtree_ids

__all__ = ["Question", "find_questions"]

MAX_QUESTIONS = 5
_MAX_EVIDENCE = 350  # chars; longer sentences are cut to the hedged clause
_SAME_POINT = 0.5  # share of content words two questions have in common when they ask the same thing
_LEAD = {"would": "will", "will": "will", "may": "will", "might": "will", "could": "could", "can": "can"}
_LEAD["should"] = "should"
_WEIGHT = {"may": 2.0, "might": 2.0, "would": 1.5, "will": 0.5, "could": 1.5, "should": 1.5, "can": 0.5}
_FRAME_WEIGHT = {"whether": 1.5, "hedged": 1.0, "report": 0.0, "": 0.0}
_SUBJECTS = SUBJECT_DEPS | {"expl"}  # "there" asks as a subject: "Will there be a deal?"
_COMPARING = frozenset({"more", "less", "most", "least", "than"})
_ASKS = frozenset({"when", "how"})  # an indirect question a modal's own question can ask
_EXPECT = {"expected": 1.5, "likely": 1.0, "unlikely": 2.0, "due": 1.0, "set": 1.0, "poised": 1.0}
_EXPECT |= {"planning": 1.0, "plans": 1.0, "intends": 1.0, "hopes": 1.0, "threatens": 1.5, "vows": 1.0}
_EXPECT |= dict.fromkeys("struggles struggling tries trying seeks seeking aims aiming wants".split(), 0.5)
_PROSPECTS = {"prospect", "hope", "chance", "likelihood", "possibility", "odds"}
_FATE = {"future", "fate", "outcome"}  # "the future of X will be decided": what happens to X is the point
_DECIDE = {"decide", "determine", "settle", "seal", "resolve"}
_NAME_TYPES = {"PERSON", "ORG", "GPE", "NORP"}
_TIMES = {"DATE", "TIME"}
_CONTENT = {"NOUN", "PROPN", "VERB", "NUM", "ADJ"}
_RELATIVES = frozenset("which whom whose".split())


class Question(NamedTuple):
    score: float
    text: str
    start: int
    end: int
    cue: str


def _subject(verb: Token) -> Token | None:
    """The verb's one subject; past a dateline the parser made it ("VANCOUVER, BC -- Changes in ocean
    systems could lead ...": the changes), or none."""
    subj = sole_subject(verb, _SUBJECTS)
    if subj is not None and any(c.dep_ == "mark" for c in subj.children):
        return None  # "'cause if mi never scared mi son would be out here": a clause, no one to ask about
    if subj is not None and any(t.lower_ in _RELATIVES for t in subj.subtree):
        return None  # "$5 billion in funding, $1 billion of which will come from ...": of what, it cannot say
    if subj is None or not opens_dateline(subj):
        return subj
    return next(
        (c for c in subj.rights if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") and c.i > subj.i + 2),
        None,
    )


def _plural(subj: Token) -> bool:
    if subj.dep_ == "expl":  # "there might be more crowded buses": "Are there ...?"
        return any(c.dep_ == "attr" and c.tag_ in ("NNS", "NNPS") for c in subj.head.children)
    return subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)


def _named(subj: Token) -> bool:
    return subj.pos_ == "PROPN" or subj.ent_type_ in _NAME_TYPES


def _fate_question(subj: Token, verb: Token) -> str | None:
    """ "The future of Aguas Argentinas would be decided" -> "What will happen to Aguas Argentinas?"."""
    of = next((c for c in subj.children if c.lower_ == "of"), None)
    whose = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if subj.lemma_.lower() not in _FATE or verb.lemma_.lower() not in _DECIDE or whose is None:
        return None
    toks = subject_words(whose)
    return f"What will happen to {phrase_subject(toks)}?" if toks else None


def _idiom(modal: Token) -> bool:
    """ "might as well", "would like", "could have been": nothing left open."""
    after = [t.lower_ for t in modal.doc[modal.i + 1 : modal.i + 3]]
    counterfactual = modal.lower_ in ("would", "could", "should") and after[:1] == ["have"]
    return after == ["as", "well"] or counterfactual or after[:1] in (["like"], ["love"], ["rather"])


def _waiting(verb: Token) -> bool:
    """True for "be" with a clause of "before" or "until" after it: how long, not whether."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("before", "until") for m in c.children)
        for c in verb.children
    )


def _modal_question(modal: Token) -> tuple[str, float] | None:
    """ "US backing could come in the form of air support" -> "Could US backing come in the form ...?"."""
    verb, low = modal.head, modal.lower_
    if verb.i <= modal.i or verb.pos_ not in ("VERB", "AUX") or _idiom(modal):
        return None
    # "didn't say when the wagon will go on sale": the point is when, not whether
    wh = next((c for c in verb.children if c.tag_ in ("WRB", "WP", "WDT") and c.i < modal.i), None)
    past = any(c.lower_ == "have" and c.dep_ == "aux" for c in verb.children)
    if wh is not None and (wh.lower_ not in _ASKS or past):
        return None  # "asked what she would do", "how galaxies may have emerged"
    negated = any(c.dep_ == "neg" for c in verb.children)
    if negated and low in ("will", "wo"):
        return None  # "Transport for London says it will not renew Uber's licence": told as settled
    if negated and (low == "should" or any(t.lower_ == "until" for t in verb.subtree)):
        # "employees should not intimidate ...": a rule or advice, nothing left open; "would not leave
        # until the government repeals the laws" is no "Will they leave until ...?"
        return None
    frame = frame_of(verb)
    plain = frame == "" and low not in ("may", "might") and not (low == "will" and predicts(verb))
    if frame is None or plain or (low == "can" and frame != "whether"):
        return None  # a plain "would"/"could" in narration is habit or supposition, a plain "will" a plan
    subj = _subject(verb)
    toks = subject_words(subj) if subj is not None else None
    if subj is None or not toks or subj.i > modal.i:
        return None  # "should the animals continue destroying farms, residents might ...": a condition
    if subj.lower_ == "it" and verb.lemma_ == "be" and (_waiting(verb) or holds_place(verb)):
        return None  # "it may be some time before they reach a decision", "it would be premature to talk
        # about ...": no "it" to ask about
    if (fate := _fate_question(subj, verb)) is not None:
        return fate, _WEIGHT[low] + _FRAME_WEIGHT[frame]
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and modal.i < c.i < verb.i]
    drop = subtree_ids(subj) | {modal.i}
    swap: dict[int, str] = {}
    be = "were" if _plural(subj) else "was"
    if low in ("may", "might") and any(a.lower_ == "have" for a in auxes):  # "may have been" -> "Were"
        moved = next((a for a in auxes if a.lower_ == "been"), verb if verb.lemma_ == "be" else None)
        drop |= {a.i for a in auxes if a.lower_ == "have"} | ({moved.i} if moved is not None else set())
        lead = be if moved is not None else "did"
        if moved is None:
            swap[verb.i] = verb.lemma_
    elif low in ("may", "might") and verb.lemma_ == "be" and not auxes and subj.dep_ != "expl":
        # "might be a coincidence" ("there may be another round of talks": "Will there be ...?")
        lead, drop = ("are" if _plural(subj) else "is"), drop | {verb.i}
    else:
        lead = "will" if low == "should" and (_named(subj) or _by_when(verb)) else _LEAD[low]
        when = vague_time(verb) if lead == "will" and wh is None else set()
        if when:
            lead, drop = "when will", drop | when
        if wh is not None:
            lead, drop = f"{wh.lower_} {lead}", drop | {wh.i}
    rest = [t for t in predicate(verb, drop) if t.i > subj.i]
    text = ask(lead, phrase_subject(toks), verb, rest, swap)
    return (text, _WEIGHT[low] + _FRAME_WEIGHT[frame] + 0.5 * lead.startswith("when")) if text else None


def _by_when(verb: Token) -> bool:
    """True when the verb has a time it is done by ("the weather should ease by Thursday morning"): a
    "should" of expectation, asked as "will"."""
    return any(
        c.dep_ == "prep" and c.lower_ == "by" and any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
        for c in verb.children
    )


_WH = frozenset({"where", "what", "how", "why", "when", "which", "whom"})


def _expect_question(tok: Token) -> tuple[str, float] | None:
    """ "X is expected (or unlikely) to do Y" -> "Will X do Y?"; not "X was expected to", long past."""
    verb = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp")), None)
    holder = tok.head if tok.dep_ == "acomp" else tok
    to = next((c for c in verb.children if c.lower_ == "to" and c.dep_ == "aux"), None) if verb else None
    past = holder.tag_ == "VBD" or any(c.tag_ == "VBD" for c in holder.children if c.dep_.startswith("aux"))
    if verb is None or to is None or past or frame_of(holder) is None:
        return None
    if any(c.lower_ in _WH for t in (holder, verb) for c in t.children if c.i < holder.i):
        return None  # "figure out where it wants to go": what it wants is what is asked, not whether
    if any(c.lower_ in _COMPARING for c in tok.children):
        return None  # "more likely than their counterparts to crash": a comparison, not a forecast
    subj = _subject(verb) or _subject(holder)  # "Beijing wants Trump to eliminate": Trump is asked about
    toks = subject_words(subj) if subj is not None else None
    if subj is None or not toks:
        return None
    when = vague_time(verb)
    rest = [t for t in predicate(verb, {to.i} | when) if t.i > subj.i]
    text = ask("when will" if when else "will", phrase_subject(toks), verb, rest)
    return (text, _EXPECT[tok.lower_] + 0.5 * bool(when)) if text else None


def _prospect_question(sent: Any) -> str | None:
    """ "hopes of a deal to end the fighting have dimmed" -> "Will there be a deal to end the fighting?"."""
    for tok in sent:
        if tok.lemma_.lower() in _PROSPECTS and tok.dep_ in SUBJECT_DEPS:
            prep = next((c for c in tok.children if c.lower_ in ("of", "for")), None)
            what = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            if what is not None and what.pos_ in ("NOUN", "PROPN"):
                cut = {i for t in what.subtree if t.dep_ in ("relcl", "appos") for i in subtree_ids(t)}
                # what tells of the hopes, not of the deal: "hopes of a truce earlier in the day"
                when = [
                    t for t in tok.children if t.i > what.i and any(x.ent_type_ in _TIMES for x in t.subtree)
                ]
                cut |= {i for t in when for i in subtree_ids(t)}
                span = sent.doc[what.left_edge.i : tok.right_edge.i + 1]
                text = words(sent.doc, [t for t in span if t.i not in cut])
                return f"Will there be {text}?" if 2 <= len(text.split()) <= 14 else None
    return None


def _clause_question(tok: Token) -> tuple[str, float] | None:
    """A question anchored on one word (a modal, "expected", "wondered", "claimed"), with its weight."""
    if (text := indirect_question(tok)) is not None:
        return text, 3.0
    if tok.tag_ == "MD" and tok.lower_ in _LEAD:
        return _modal_question(tok)
    if tok.lower_ in _EXPECT:
        return _expect_question(tok)
    return claim_question(tok)


def _evidence(sent: Any, anchor: Token) -> tuple[int, int]:
    text = sent.text
    start = sent.start_char + len(text) - len(text.lstrip())
    end = sent.start_char + len(text.rstrip())
    if end - start > _MAX_EVIDENCE:
        head = anchor.head
        start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
    return start, end


def _score(sent: Any, question: str, weight: float, asked: bool = False) -> float:
    """How much a question is worth asking; one made from a sentence that is itself a question (a quoted
    or rhetorical one) is worth less, unless it is the writer's own (``asked``)."""
    names = {t.text for t in sent if t.ent_type_ in _NAME_TYPES and t.text in question}
    numbers = sum(1 for t in sent if t.like_num and t.text in question)
    score = weight + min(1.5, 0.5 * len(names)) + min(1.0, 0.3 * numbers) + 1.0 * disputed(sent)
    return score - (1.5 if not asked and sent.text.rstrip().endswith(("?", "?”", '?"')) else 0.0)


# what a purpose clause the question left out leaves behind: "Will Ronko vote for HDZ's government in order?"
_PURPOSE_LEFT = re.compile(r"\s+(?:in order|so as)\?$")


def _sentence_question(sent: Any) -> Question | None:
    """The best question one sentence asks, if any."""
    if is_headline(sent) or sent.text.lstrip("“\"‘' ")[:1].islower():
        return None  # a title, or a fragment the parser cut from its sentence
    if sum(t.lower_ == "the" and t.nbor().tag_ in ("JJR", "RBR") for t in sent if t.i + 1 < len(t.doc)) > 1:
        return None  # "the earlier people seek treatment, the more likely ...": a rule, not an event
    asked = writers_question(sent)
    if asked is not None:  # the writer's own question outranks any the sentence is made to ask
        return Question(_score(sent, asked, 2.0, asked=True), asked, *_evidence(sent, sent.root), "asked")
    best: Question | None = None
    for tok in sent:
        made = _clause_question(tok)
        made = (_PURPOSE_LEFT.sub("?", made[0]), made[1]) if made is not None else None
        if made is None or unfit(sent, made[0]):
            continue
        q = Question(_score(sent, made[0], made[1]), made[0], *_evidence(sent, tok), tok.lower_)
        best = q if best is None or q.score > best.score else best
    prospect = _prospect_question(sent) if best is None else None
    if prospect is not None:
        return Question(_score(sent, prospect, 2.0), prospect, *_evidence(sent, sent.root), "prospect")
    return best


def _content(doc: Doc, q: Question) -> set[str]:
    return {t.lemma_.lower() for t in doc.char_span(q.start, q.end, alignment_mode="expand") or ()
            if t.pos_ in _CONTENT and t.lower_ in q.text.lower()}  # fmt: skip


def find_questions(doc: Doc, lead_end: int, ignored: Sequence[tuple[int, int]] = ()) -> list[Question]:
    """The best open questions, highest score first (the lead's get a bonus), each on its own point.

    Sentences in ``ignored`` spans (reader comments, pull quotes, repeats) are not read.
    """
    found = []
    for sent in doc.sents:
        if not inside(ignored, sent.start_char, sent.end_char) and (q := _sentence_question(sent)):
            found.append(q._replace(score=q.score + 1.0) if q.start < lead_end else q)
    found.sort(key=lambda q: (-q.score, q.start))
    chosen: list[tuple[Question, set[str]]] = []
    for q in found:
        points = _content(doc, q)
        same = any(len(points & p) >= _SAME_POINT * min(len(points), len(p)) > 0 for _, p in chosen)
        if not same and all(q.text.casefold() != c.text.casefold() for c, _ in chosen):
            chosen.append((q, points))
        if len(chosen) == MAX_QUESTIONS:
            break
    return [q for q, _ in chosen]
