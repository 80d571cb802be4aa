"""Clauses: the token range of a speaker's words, without the writer's asides."""

from __future__ import annotations

from brief.extract._asides import is_aside
from brief.extract._lexicon import PHRASAL_REPORT
from brief.extract._subjects import is_purpose, subject_of
from brief.extract._syntax import SUBJECT_DEPS, Doc, Token, is_report_verb
from brief.extract._trim import TIME_MARKS, trim_clause

__all__ = [
    "MIN_WORDS",
    "SPEECH",
    "TIME_MARKS",
    "clause_range",
    "gapped",
    "gerund_run_on",
    "hypothetical",
    "joined_clause",
    "nested",
    "outside_brackets",
    "past_predicate",
]

MIN_WORDS = 3
SPEECH = frozenset("say tell warn claim argue insist add state admit confirm stress cite".split())
_CONDITIONS = {"if", "unless", "whether"}
_IRREALIS = {"would", "could", "might", "may", "should", "will", "shall", "must", "can"}
_IMPLICATIVE = frozenset("prompt lead force cause spur drive push compel provoke get".split())
# to try to say something is to say it ("Trump has tried to suggest that ...", "went on to say")
_SAYING = frozenset("continue try attempt seek go begin start manage".split())
_GUESSES = frozenset("perhaps maybe possibly presumably allegedly supposedly purportedly".split())


def hypothetical(verb: Token, *, plans: bool = False) -> bool:
    """True for a verb that reports nothing yet: "if Trump agrees", "to claim", "would say", and
    anything said inside such a clause ("asked him to confirm that he did not believe ..."); with
    ``plans``, an act an actor "will" do is its plan ("Ford will display its first electric SUV")."""
    if any(c.dep_ == "advmod" and c.lower_ in _GUESSES for c in verb.children):
        return True  # "Perhaps Murdoch told him not to bother": the writer's guess
    if verb.dep_ == "csubj":
        return True  # "What Malawians want to hear is ...": a clause as the subject, no one's stance
    node = verb
    for _ in range(6):
        if _unrealised(node, plans=plans and node is verb):
            return True
        if not (node.dep_ in ("ccomp", "xcomp") or _bare_conj(node)) or node.head.i == node.i:
            return False
        node = node.head
    return False


def _unrealised(verb: Token, *, plans: bool = False) -> bool:
    chain = [verb]
    while _bare_conj(chain[-1]) and len(chain) < 4:
        chain.append(chain[-1].head)  # "would say and add": the modal sits on the first verb
    for tok in chain:
        # "allow leaders to claim"; but "prompted users to argue" and "tried to suggest that ..." happened
        lead = tok.head.lemma_.lower()
        done = lead in _IMPLICATIVE or (lead in _SAYING and is_report_verb(tok))
        for c in tok.children:
            if c.dep_ == "mark" and c.lower_ in _CONDITIONS:
                return True
            if (
                c.dep_ == "mark"
                and c.lower_ in ("with", "for")
                and any(a.lower_ == "to" for a in tok.children)
            ):
                return True  # "pleaded with residents to settle their bills": asked of them, not done
            if c.dep_ == "aux" and c.lower_ in _IRREALIS and not (plans and c.lower_ in ("will", "shall")):
                return True
            if c.dep_ == "aux" and c.lower_ == "to" and not done:
                return not is_purpose(tok)
    return False


def _bare_conj(verb: Token) -> bool:
    """A coordinated verb with no subject or auxiliary of its own (it shares its head's)."""
    own = any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in verb.children)
    return bool(verb.dep_ == "conj" and verb.head.i != verb.i and not own)


def _run_around(doc: Doc, kept: set[int], anchor: int, floor: int) -> tuple[int, int]:
    """The contiguous stretch of ``kept`` tokens (single spaces allowed) around ``anchor``."""

    def inside(i: int) -> bool:
        return i in kept or (0 <= i < len(doc) and doc[i].is_space and i - 1 in kept and i + 1 in kept)

    first = last = anchor
    while first - 1 >= floor and inside(first - 1):
        first -= 1
    while last + 1 < len(doc) and inside(last + 1):
        last += 1
    return first, last


def past_predicate(verb: Token, comp: Token) -> Token:
    """ "had made it clear there was no money": the words are the clause after "it clear", not "clear"."""
    if (verb.lemma_.lower(), comp.lower_) not in PHRASAL_REPORT:
        return comp
    return next((c for c in comp.children if c.dep_ in ("advcl", "ccomp") and c.i > comp.i), comp)


def clause_range(
    doc: Doc, head: Token, stop: Token | None = None, alone: bool = False
) -> tuple[int, int] | None:
    """Token range of the speaker's words in ``head``'s clause, without asides; None if too short.

    ``alone`` also drops coordinated clauses with a subject of their own ("..., and Apple said").
    """
    dropped: set[int] = set()
    for tok in head.subtree:
        own_subject = tok.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in tok.children)
        framed = tok.dep_ in ("ccomp", "parataxis") and tok.head.i == head.i and is_report_verb(tok)
        other = alone and (own_subject or framed)
        if tok.i != head.i and ((stop is not None and tok.i == stop.i) or is_aside(tok) or other):
            dropped |= {t.i for t in tok.subtree}
    kept = {t.i for t in head.subtree if t.i not in dropped}
    mark = next((c.i for c in head.children if c.dep_ == "mark" and c.lower_ == "that"), -1)
    floor = max(min(kept), mark + 1)  # "said in a statement that X": the clause starts after "that"
    if alone and head.dep_ == "advcl":  # "Even though Stanton declined the offer, ...": what he did
        floor = max([floor, *(c.i + 1 for c in head.children if c.dep_ == "mark" and c.i < head.i)])
    runs = (
        [_with_subject(doc, head, kept, _run_around(doc, kept, head.i, floor), floor)]
        if head.i in kept and head.i >= floor
        else []
    )
    runs.append(_run_around(doc, kept, floor, floor))  # an aside cut the clause: its first stretch
    for first, last in runs:
        first, last = trim_clause(doc, first, last)
        if first <= last < len(doc) - 1 and doc[last].dep_ == "mark" and doc[last].head.i > last:
            # "it was unfortunate that" cut off by an aside inside the clause it opens: all of that clause
            first, last = trim_clause(doc, first, doc[last].head.right_edge.i)
        if last >= first and sum(1 for t in doc[first : last + 1] if t.is_alpha) >= MIN_WORDS:
            return first, last
    return None


def _with_subject(doc: Doc, head: Token, kept: set[int], run: tuple[int, int], floor: int) -> tuple[int, int]:
    """The run widened back to the clause's subject across a subjectless aside between them ("A trade deal,
    once expected within weeks, could now be pushed into next year"): the clause is not whole without it."""
    subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.i not in kept or subject.i >= run[0] or subject.left_edge.i < floor:
        return run
    between = doc[subject.i + 1 : run[0]]
    if any(t.dep_ in SUBJECT_DEPS for t in between if t.i not in kept):
        return run  # "X, he said, Y": an attribution, not the speaker's words
    return max(subject.left_edge.i, min(kept)), run[1]


def outside_brackets(doc: Doc, verb: Token, rng: tuple[int, int]) -> bool:
    """True for a verb in brackets whose words the parser found outside them: "James had been taking on
    bigger roles (technically, Ailes has reported to them since 2015)" tells nothing Ailes said."""
    sent = verb.sent
    opened = [t.i for t in sent if t.text == "(" and t.i < verb.i]
    if not opened:
        return False
    closed = next((t.i for t in sent if t.text == ")" and t.i > opened[-1]), len(doc))
    return closed > verb.i and not opened[-1] < rng[0] <= rng[1] < closed


def nested(tok: Token) -> bool:
    """True when a phrase or deed sits inside someone's reported speech (not in the writer's aside)."""
    child, node = tok, tok.head
    while child.i != node.i:
        if child.i != tok.i and is_aside(child):
            return False  # "... – an idea rejected by Kyiv": the writer's own words again
        if child.dep_ in ("conj", "ccomp") and joined_clause(child):
            return False  # "..., and the US has ruled out such a move": a clause of its own
        # (a clause told before its speech verb is the speaker's, whatever the parser made of the speaker)
        if is_report_verb(node) and (
            subject_of(node) is not None or (child.dep_ == "ccomp" and child.i < node.i)
        ):
            # "when Noda pressed Ishiba, the prime minister said": the writer sets the scene
            return not (child.dep_ == "advcl" and any(c.dep_ in SUBJECT_DEPS for c in child.children))
        child, node = node, node.head
    return told_after(tok)


def told_after(tok: Token) -> bool:
    """True when the whole sentence is the words of a speaker named after it ("The Opposition had conspired
    ... by calling for ..., Minister Lakshman Kiriella said"), and ``tok`` is not in a clause the writer
    set before them with a subject of its own ("While Morrissey declined to ..., he said, “...”")."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "advcl" and any(c.dep_ in SUBJECT_DEPS for c in node.children):
            return False
        node = node.head
    return any(c.dep_ == "parataxis" and c.i > tok.i and is_report_verb(c) for c in node.children)


def joined_clause(verb: Token) -> bool:
    """A clause with its own subject joined on by "and" or "but" (the parser may hang it on the verb before
    as a complement: "Her allies complained ... and the speaker called for a vote"), not "and that ..."."""
    if not any(c.dep_ in SUBJECT_DEPS for c in verb.children) or any(c.dep_ == "mark" for c in verb.children):
        return False
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    return verb.dep_ == "conj" or (before is not None and before.lower_ in ("and", "but"))


def gapped(verb: Token) -> bool:
    """A verb in a relative clause with no relative word of its own: the noun it hangs on fills a gap in
    its words ("a bill lawmakers say they knew nothing about", "the flights it launches this year")."""
    before = (t for t in verb.subtree if t.i < verb.i)  # "in which police say ...": a relative of its own
    return verb.dep_ == "relcl" and not any(
        t.tag_ in ("WDT", "WP", "WP$", "WRB") or t.lower_ == "that" for t in before
    )


def gerund_run_on(doc: Doc, rng: tuple[int, int] | None) -> tuple[int, int] | None:
    """A clause the parser cut before a gerund it hung elsewhere: "who accused him of body slamming him,
    saying ...": on to the gerund's words, up to the next punctuation."""
    if rng is None or rng[1] + 1 >= len(doc):
        return rng
    nxt = doc[rng[1] + 1]
    if nxt.tag_ != "VBG" or doc[rng[1]].pos_ != "NOUN" or doc[rng[1]].dep_ != "pobj" or nxt.is_sent_start:
        return rng
    last = nxt.i
    while last + 1 < len(doc) and not doc[last + 1].is_punct and doc[last + 1].head.i == nxt.i:
        last += 1
    return rng[0], last
