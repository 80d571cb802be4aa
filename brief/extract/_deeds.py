"""Deeds: what a named actor does, as a position ("Kennedy has finished his two-hour training"), beside
what it says. A deed is weaker than words: it weighs as a mention in salience, comes after the actor's
words among its positions, and goes where it overlaps its doer's own quotation."""

from __future__ import annotations

from brief.extract._lexicon import STANCE_OBJECTS, STANCE_PREPS
from brief.extract._said import Said
from brief.extract._subjects import titled_name
from brief.extract._syntax import Token, is_report_verb

__all__ = ["NOT_DEEDS", "is_deed", "light_stance", "told_instead"]

_PLACES = frozenset("GPE LOC FAC DATE TIME".split())  # "Rajshahi produces 2.5 lakh tonnes": a setting
NOT_DEEDS = frozenset("be have get seem become remain appear look feel".split())
# what the writer thinks of a deed, said before it
_REMARKED = frozenset(
    "amazingly surprisingly unsurprisingly astonishingly remarkably oddly curiously strangely ironically "
    "predictably sadly unfortunately fortunately tellingly shockingly conveniently incredibly".split()
)


def is_deed(verb: Token, *, country: bool = False, described: bool = False) -> bool:
    """The main verb of a sentence, done by an actor named as its subject: "Kennedy has finished his
    training" (not "he", "the researchers" or "Sondland's appearance"; of a pair, the first). A place is
    a setting ("Rajshahi produces 2.5 lakh tonnes"), but a ``country`` acts ("Syria pulled its troops
    out"); a subject ``described`` by words the extraction gave a named actor acts too ("the judge stayed
    one of the counts")."""
    if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or verb.lemma_.lower() in NOT_DEEDS:
        return False
    if is_report_verb(verb):
        return False  # words whose report did not parse ("asked Trump to confirm ..."), not a deed
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subject = subjects[0] if len(subjects) == 1 else None  # "South Dakota, no one's going to ...": a misparse
    if len(subjects) == 2 and titled_name(*subjects):  # "The Chief Whip, Alhaji Muntaka Mubarak has refuted"
        subject = subjects[1]
    opening = verb.doc[verb.sent.start : verb.i]
    colon = next((t.i for t in opening if t.text == ":"), None)
    heading = verb.doc[verb.sent.start : colon] if colon is not None else []
    if colon is not None and all(t.is_title or not t.is_alpha or (t.is_stop and t.is_lower) for t in heading):
        return False  # a run-in heading: "Safety Requirements and Inspections: New York State will ..."
    if any(t.dep_ == "advmod" and t.lower_ in _REMARKED for t in opening):
        return False  # "Amazingly the Herald chose only to ...": the writer's remark on it, not the deed
    return (
        subject is not None
        and _done_to_something(verb)
        and (subject.pos_ == "PROPN" or described)
        and (subject.ent_type_ not in _PLACES or (country and subject.ent_type_ == "GPE"))
        and not any(c.dep_ == "poss" for c in subject.children)
        and _paired(subject)
    )


def _paired(subject: Token) -> bool:
    """A subject alone, or joined to another by "and" ("Granollers and Lopez defeated"); not two names
    the parser joined across a comma ("... Jeffrey Epstein, BBC's Emily Maitlis did") or the tagger made
    one name ("James and Lachlan both encouraged her")."""
    conj = [c for c in subject.children if c.dep_ == "conj"]
    joined = any(c.dep_ == "cc" for c in subject.children)
    doc = subject.doc
    one_name = any(all(t.ent_iob_ == "I" for t in doc[subject.i + 1 : c.i + 1]) for c in conj)
    return not conj or (joined and not one_name)


# going, coming and speaking are how a story moves, not what an actor stands for
_MOVES = frozenset("arrive go come travel return leave speak talk visit meet sit stand live fly walk".split())


def _done_to_something(verb: Token) -> bool:
    """ "finished his training", "voted against the bill", "stepped down"; not "arrived in Paris" or "spoke
    first"."""
    deps = {c.dep_ for c in verb.children}
    if "dobj" in deps or (bool(deps & {"prep", "prt"}) and verb.lemma_.lower() not in _MOVES):
        return True
    # "Beijing attempted to rein in subsidies", "Seoul plans to install 30.8 GW of solar"
    wanted = (c for c in verb.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children))
    return verb.lemma_.lower() not in _MOVES and any(_done_to_something(c) for c in wanted)


def told_instead(deed: Said, words: Said) -> bool:
    """True when a deed overlaps its doer's own words ("countered by citing \"...\""): the words say it."""
    return (
        deed.kind == "deed"
        and words.kind != "deed"
        and deed.speaker == words.speaker
        and deed.start < words.end
        and words.start < deed.end
    )


_NAMING = {"call", "brand", "label", "describe", "deem", "declare"}  # "called the process a sham"
_SELF = {"commit"}  # a stance by preposition only with no object: "committed to a lifeline"


def light_stance(verb: Token) -> bool:
    """ "set a target of ...", "issued a denial", "called for a ceasefire", "ran on Medicaid"."""
    lemma = verb.lemma_.lower()
    objects, preps = STANCE_OBJECTS.get(lemma, frozenset()), STANCE_PREPS.get(lemma, frozenset())
    deps = {c.dep_ for c in verb.children}
    as_what = any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)  # "described the find as ..."
    if lemma in _NAMING and "dobj" in deps and (deps & {"oprd", "xcomp", "ccomp"} or as_what):
        return True  # "called the impeachment process a sham", "branded the plan reckless"
    if lemma in _SELF and "dobj" in deps:
        return False  # "committed $2 million to the fund": a sum given, not a commitment to act
    worded = any(
        (c.dep_ == "dobj" and c.lemma_.lower() in objects) or (c.dep_ == "prep" and c.lower_ in preps)
        for c in verb.children
    )
    # "called for Amazon to make commitments": the parser made "for" the mark of the infinitive's clause
    clauses = (c for c in verb.children if c.dep_ == "advcl")
    return worded or any(m.dep_ == "mark" and m.lower_ in preps for c in clauses for m in c.children)
