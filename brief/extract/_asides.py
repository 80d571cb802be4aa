"""Parts of a reported clause that are the writer's, not the speaker's ("according to ...", "although
...")."""

from __future__ import annotations

from brief.extract._syntax import SUBJECT_DEPS, Token, is_report_verb

__all__ = ["ASIDE_MARKS", "is_aside"]

ASIDE_MARKS = frozenset({"although", "though", "whereas", "while", "whilst"})
_FINDING = frozenset({"find", "discover", "uncover", "reveal", "show"})  # a thing or a report: "found that"


def is_aside(tok: Token) -> bool:
    """Parts of a clause that are the writer's, not the speaker's ("according to ...", "although ...")."""
    marked = any(c.dep_ == "mark" for c in tok.children)  # "the day after a deal is agreed" is the speaker's
    # "concerned about the ordinance as written": a participle with no one to say it describes, it reports not
    own = {c.dep_ for c in tok.children}
    described = tok.tag_ == "VBN" and "as" in {c.lower_ for c in tok.children if c.dep_ in ("advmod", "mark")}
    described = described and not own & {"nsubj", "nsubjpass", "aux", "auxpass", "agent"}
    # "listen to the opposition leaders as PML-N believed in democracy": a finite verb the parser hung on
    # the clause with its subject taken away names no one saying anything
    unsaid = tok.dep_ == "advcl" and tok.tag_ in ("VBD", "VBZ", "VBP") and not own & SUBJECT_DEPS
    # "more research is needed to confirm their findings": an infinitive reports nothing
    to = (
        tok.dep_ == "advcl"
        and tok.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    )
    unsaid = unsaid or to
    # "removed a layer of debris and found five shafts inside": a thing found, no report of the writer's
    found = tok.dep_ == "conj" and tok.lemma_ in _FINDING and "ccomp" not in own and "dobj" in own
    unsaid = unsaid or found
    # "spends time complaining about the coverage": no comma, no words of its own, part of the clause
    trailing = tok.dep_ == "advcl" and tok.i > tok.head.i and not tok.doc[tok.i - 1].is_punct
    unsaid = unsaid or (trailing and not own & {"ccomp", "mark"})
    # "declined to confirm or deny reports ...": one act told two ways, not a second report
    either = tok.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in tok.head.children
    )
    if tok.lower_ == "according" or (
        tok.dep_ in ("conj", "advcl")
        and is_report_verb(tok)
        and not (marked or described or unsaid or either)
    ):
        return True
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ASIDE_MARKS for c in tok.children):
        return not _bound_aside(tok)
    before = tok.left_edge.i - 1
    ranged = tok.like_num and before > 0 and tok.doc[before - 1].like_num  # "the period 2019 – 2023"
    dashed = tok.dep_ == "appos" and before >= 0 and tok.doc[before].text in ("–", "—", "-")
    # (not one inside the subject: "the government's new tax break – an increase of €250 ... – was
    # outweighed by ...", which would leave the clause without its subject)
    return bool(dashed and not ranged and tok.head.dep_ not in SUBJECT_DEPS)


def _bound_aside(tok: Token) -> bool:
    """True for a "while" clause that is part of its clause's own words: opening a reported clause after
    its "that" ("noted that while Egypt is moving toward ..., Obama is attempting ..."), or run on with no
    comma ("said that the demonstration came while the parliament is on holiday")."""
    head, first = tok.head, tok.left_edge.i
    if any(is_report_verb(t) and any(c.dep_ in SUBJECT_DEPS for c in t.children) for t in tok.subtree):
        return False  # "... even though Mr. Avnev Krohn stated that ...": another's words
    that = [c for c in head.children if c.dep_ == "mark" and c.lower_ == "that" and c.i < first]
    if tok.i < head.i:
        return bool(that)
    # run on with no comma: "while waiting for new board members", or a verb that says nothing alone
    # ("the demonstration came while ..."; not "have halted arms sales while the U.S. has stuck by ...")
    alone = not any(c.dep_ in SUBJECT_DEPS for c in tok.children) or not any(
        c.dep_ in ("dobj", "attr", "acomp", "xcomp", "ccomp", "oprd") for c in head.children
    )
    return first > 0 and not tok.doc[first - 1].is_punct and alone
