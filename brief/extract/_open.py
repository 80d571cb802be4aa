"""Is a clause left open? Its frame ("said ... would", "whether ... will", "may"), and the open part."""

from __future__ import annotations

import re
from typing import Any

from brief.extract._lexicon import GROUP_NOUNS, PERSON_NOUNS, REPORT_VERBS
from brief.extract._syntax import Token, is_report_verb, subtree_ids, that_clause

__all__ = ["disputed", "frame_of", "in_title", "is_headline", "predicts", "vague_time"]

# words that settle what follows ("announced that the plant will close"): the point is not open
_SETTLED = {"announce", "confirm", "decide", "agree", "know", "mean", "ensure", "cite", "show", "find",
            "prove", "learn", "realise", "realize", "acknowledge", "admit", "recall", "reveal", "conclude",
            "recognise", "recognize", "disclose", "testify", "explain", "refuse", "guarantee"}  # fmt: skip
_OPENING = (REPORT_VERBS - _SETTLED) | {"hope", "expect", "fear", "worry", "speculate", "doubt", "forecast"}
_MOODS = {"hopeful", "confident", "optimistic", "worried", "concerned", "afraid", "fearful", "doubtful"}
_HABIT = {"often", "usually", "always", "sometimes", "regularly", "frequently", "routinely", "typically"}
_HABIT |= {"mornings", "afternoons", "evenings", "nights", "weekends", "every", "whenever"}
_PREDICT = {"likely", "given", "if", "expected", "estimated", "projected", "forecast", "unless"}
_PREDICT |= {"perhaps", "possibly", "guess"}  # "My guess is that the bloc will do as much as it can"
_BELIEF = {"think", "believe", "expect", "hope", "assume", "worry"}  # in the past tense: overtaken by events
_FUTURE = {"will", "'ll", "’ll", "shall"}
_CLAUSES = {"advcl", "ccomp", "xcomp", "conj", "relcl", "acl", "parataxis"}
_HEDGED = {"unlikely", "uncertain", "unclear", "doubtful", "undecided", "unresolved", "unknown"}
_DISPUTE = {"disagree", "reject", "deny", "dispute", "contest", "challenge", "oppose", "deride", "brand"}
_DISPUTE |= {"although", "but", "however", "unacceptable", "rejected", "critics", "sceptical", "skeptical"}
_VAGUE_TIME = re.compile(
    r"^(?:in|over|within) the (?:coming|next(?: few)?) (?:days?|weeks?|months?|years?)$|^within (?:a|an|days"
    r"|weeks|months|the next)\b.{0,20}$|^(?:soon|shortly|in due course|at some point|some time)$"
)


def _frame_verb(verb: Token) -> Token | None:
    """The reporting or thinking verb a clause hangs from ("said" for "said US support would ...")."""
    tok = verb
    for _ in range(3):
        if tok.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ == "ADJ" and tok.lemma_.lower() in _MOODS:
            return tok
        if tok.pos_ in ("VERB", "AUX") and (tok.lemma_.lower() in _OPENING or tok.lemma_.lower() in _SETTLED):
            return tok
    return None


def predicts(verb: Token) -> bool:
    """A plain "will" that forecasts ("given ..., the closure will have little effect") or a dated outcome
    ("payments will continue through 2021"), not an actor's undated plan."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    agent = subj is not None and (subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or subj.pos_ == "PROPN")
    # "The owners will meet Tuesday in Dallas": people whose dated "will" the writer tells is their plan
    people = subj is not None and subj.lemma_.lower() in PERSON_NOUNS | GROUP_NOUNS
    agent = agent or (people and verb.dep_ == "ROOT")
    # "will continue through 2021": checkable (not a date in a clause of its own: "will be paid, taking
    # the total dividend for the year to 48.5c")
    clauses = {t.i for c in verb.children if c.dep_ in _CLAUSES for t in c.subtree}
    dated = any(t.ent_type_ == "DATE" and t.i not in clauses for t in verb.subtree)
    return any(t.lower_ in _PREDICT for t in verb.sent) or (not agent and dated)


def _generic(verb: Token) -> bool:
    """A rule of thumb, not an event: "When doctors don't consider these triggers, they may assume ...",
    "When a group is trying to reach a specific audience, ..." (a "when" clause about anyone: a bare
    plural or "a" noun, with no "will" or date), not "the bridge could reopen when repairs end in May"."""
    tok = verb
    for _ in range(3):
        whens = [c for c in tok.children if c.dep_ == "advcl"] + [tok]
        if any(_marked_when(w) and _anyone(w) for w in whens):  # rare: the sentence is scanned only then
            return not any(t.lower_ in _FUTURE or t.ent_type_ in ("DATE", "TIME") for t in verb.sent)
        if tok.dep_ not in ("xcomp", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _marked_when(tok: Token) -> bool:
    return any(c.lower_ in ("when", "whenever") and c.dep_ in ("mark", "advmod") for c in tok.children)


def _anyone(verb: Token) -> bool:
    """The clause's subject is anyone of a kind: "doctors", "a group" (not "the bridge", "Smith")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN":
        return False
    dets = {c.lower_ for c in subj.children if c.dep_ in ("det", "poss")}
    return dets <= {"a", "an", "any", "some"} and (bool(dets) or subj.tag_ == "NNS")


# verbs that take a clause of their own beside the report verbs ("knew he would win", "ensured it was")
_CLAUSE_TAKERS = frozenset(
    "know feel realize realise understand assume suspect guess learn discover notice see hear prove mean "
    "ensure wish bet seem appear figure imagine suppose determine hold".split()
)


def _misparsed(tok: Token) -> bool:
    """A clause with its own subject hung on a verb that takes none ("reached 1.64 GW and Seoul plans to
    ...", "cut production and gasoline prices will spike"): two joined clauses the parser nested."""
    head = tok.head
    return (
        tok.dep_ == "ccomp"
        and head.pos_ == "VERB"
        and not is_report_verb(head)
        and head.lemma_.lower() not in _OPENING | _SETTLED | _BELIEF | _CLAUSE_TAKERS
        and not any(c.dep_ == "mark" for c in tok.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        and _finite(tok)  # not a bare infinitive: "help manufacturers increase", "make voters stay home"
    )


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own or a modal ("plans", "will spike", "should speak")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    # (a plural present "build" looks like the bare infinitive of "help school systems build")
    return verb.tag_ in ("VBZ", "VBD") or any(t.tag_ in ("VBZ", "VBD", "VBP", "MD") for t in auxes)


def frame_of(verb: Token) -> str | None:
    """ "whether", "hedged", "report" or "" (a plain main clause) for a clause that is not settled; None
    for one that is ("announced that", "thought that" in the past, a relative clause) or that the parser
    nested in a verb that takes no clause."""
    if any(_misparsed(t) for t in verb.subtree):
        return None
    gap = any(c.tag_ in ("WDT", "WP") and c.dep_ != "mark" for c in verb.children)
    content = verb.dep_ == "acl" and that_clause(verb)
    if (verb.dep_ in ("relcl", "acl", "pcomp") and not content) or gap:
        return None  # "the stake the government would take": the question has a gap in it
    if any(t.lower_ in _HABIT for t in verb.subtree) or _generic(verb):
        return None  # "Ailes would often begin by ...": a habit in the past, not a question
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if marks & {"whether", "if"}:
        return "whether" if "whether" in marks or verb.dep_ in ("ccomp", "csubj") else None
    if marks & {"because", "since", "so", "although", "though", "when", "while", "until", "after"}:
        return None  # a reason or a time, not the point made
    if any(c.lower_ == "according" for c in verb.children):
        return "report"
    framing = _frame_verb(verb)
    if framing is not None:
        lemma = framing.lemma_.lower()
        if lemma in _SETTLED or (lemma in _BELIEF and framing.tag_ in ("VBD", "VBN")):
            return None
        return "report"
    if any(t.lower_ in _HEDGED for t in verb.sent):
        return "hedged"
    if any(c.dep_ == "parataxis" and c.lemma_.lower() in _OPENING for c in verb.children):
        return "report"  # "X would happen, he said"
    root = verb.sent.root
    if (
        verb.dep_ != "ROOT" and root.lemma_.lower() in _OPENING and root.tag_ != "VBD"
    ) or root.lemma_ == "say":
        return "report"  # "X told teachers who covered the lawn that the Legislature should ..."
    return ""


def disputed(sent: Any) -> bool:
    """The sentence gives another side ("although Russia disagrees", "an idea rejected by Kyiv")."""
    return any(t.lemma_.lower() in _DISPUTE or t.lower_ in _DISPUTE for t in sent)


def vague_time(verb: Token) -> set[int]:
    """The token ids of an unspecific time ("in the coming days", "soon") the clause leaves open."""
    for tok in verb.children:
        if tok.dep_ in ("prep", "advmod", "npadvmod"):
            ids = subtree_ids(tok)
            text = " ".join(t.lower_ for t in tok.subtree if not t.is_punct)
            if _VAGUE_TIME.match(text):
                return ids
    return set()


def is_headline(sent: Any) -> bool:
    """A title or a standfirst without a full stop, or a line in title case: not a sentence to quote."""
    text = sent.text.strip()
    if not text or text[-1] not in '.!?"”’)':
        return True
    alpha = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(alpha) >= 4 and sum(t.text[0].isupper() for t in alpha) > 0.8 * len(alpha)


def in_title(tok: Token) -> bool:
    """True for a word of the article's title: its first sentence, a headline, with the body after it."""
    sent = tok.sent
    return bool(sent.start == 0 and sent.end < len(tok.doc) and is_headline(sent))
