"""Who reported in a sentence before a pronoun when no subject there names them: the one person named
before a report verb the parser left without a subject, or someone the sentence does not name."""

from __future__ import annotations

from brief.extract._ctx import Ctx
from brief.extract._lexicon import PERSON_NOUNS
from brief.extract._syntax import SUBJECT_DEPS, Doc, Token, is_report_verb

__all__ = ["quoted_about", "unnamed_speaker", "unparsed_speaker"]


def unparsed_speaker(ctx: Ctx, sent: Doc) -> int | None:
    """The one person named before a report verb the parser left without a subject ("Addressing reporters
    ..., the branch chairman of ASUU, Dr Josiah Silas, said that ...": Silas hung on "Addressing")."""
    root = sent.root
    whole = sent[0].text[:1].isupper()  # not a clause the splitter cut off ("that Zuma-Sambudla ... had")
    if not whole or not is_report_verb(root) or any(c.dep_ in SUBJECT_DEPS for c in root.children):
        return None
    named = {ctx.owner[t.i] for t in sent if t.i < root.i and ctx.owner.get(t.i, -1) in ctx.people}
    return named.pop() if len(named) == 1 else None


def unnamed_speaker(ctx: Ctx, sent: Doc) -> bool:
    """True when a sentence's report is by one of some people it does not name: "one of the factory
    workers who chose to remain anonymous said ..."."""
    # the first reporting subject (the parser may hang the report on a later verb: "... said they demand a
    # 20 percent increment because ..., therefore they expected ...")
    subject = next((t for t in sent if t.dep_ == "nsubj" and is_report_verb(t.head)), None)
    if subject is None or any(t.i in ctx.owner for t in subject.subtree):
        return False
    return subject.lower_ == "one" and any(  # "one of the workers"
        p.lower_ == "of" and any(o.lemma_.lower() in PERSON_NOUNS for o in p.children)
        for p in subject.children
    )


def quoted_about(ctx: Ctx, subject: Token, pronoun: Token) -> bool:
    """True for the subject of a sentence whose quotation runs on to the pronoun's report, when the subject
    does not report it: 'Jackson is “not a political person. ... It's too ugly,” he said' is someone on
    Jackson, not Jackson (but 'Smith said the plan was “a disaster. ...,” he added' is Smith, and so is a
    quotation Smith opens with a colon)."""
    if subject.sent.start == pronoun.sent.start or is_report_verb(subject.head):
        return False
    sent_end = subject.sent.end_char
    return any(
        subject.idx < start < sent_end
        and pronoun.sent.start_char <= end < pronoun.idx
        and ":" not in ctx.text[subject.idx : start]  # "Even Quinn criticized the mayor: “I disagree ...”"
        for start, end in ctx.quotes
    )
