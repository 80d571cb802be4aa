"""What a question takes for granted inside it: "How will Uber pass on the surcharge the City Council
approved?" presumes that the council approved a surcharge; "Why did Kabul free him despite objections
from Washington?" presumes that Washington objected; "Will Garrett's appeal succeed?" presumes that
Garrett appealed. Each such part must be reported by the article, its event word included.
"""

from __future__ import annotations

from typing import Any, NamedTuple

__all__ = ["OUTCOMES", "Embedded", "embedded_facts"]

_MARKS = frozenset("after since because once following".split())  # "after the talks collapsed"
_CONCEDING = frozenset({"despite"})  # "despite objections from Washington"
# Nouns of an event someone's possessive takes for granted ("Garrett's appeal", "their decision to ...").
_EVENT_NOUNS = frozenset(
    "appeal decision resignation arrest apology refusal approval announcement withdrawal admission veto "
    "acquisition lawsuit departure dismissal ouster endorsement offer bid pledge promise threat "
    "agreement deal truce settlement ruling verdict confession charges indictment presale partnership "
    "petition complaint vow injunction subpoena".split()
)


# participles that say a thing has come about, not what it is: "the approved trials", "the signed deal"
OUTCOMES = frozenset(
    "approve pass sign ratify enact award grant finalise finalize complete reach agree accept reject "
    "cancel impose issue confirm announce".split()
)


class Embedded(NamedTuple):
    text: str  # the phrase as the question words it
    event: str  # lemma of the word that must say it happened ("appeal", "extend"), or "" (any wording)


def embedded_facts(doc: Any) -> tuple[Embedded, ...]:
    """The clauses and phrases a sentence asserts in passing: past or perfect relative clauses with their
    noun, clauses after "after/since/because/now that", what "despite" concedes, an event noun with its
    owner, a participle that says which thing ("the measure cutting off arms sales")."""
    found: list[Embedded] = []
    short: list[Embedded] = []  # two words, kept: "its pledge"
    for token in doc:
        if token.dep_ == "relcl" and _done(token):  # its verb may be a paraphrase ("reached" for "arrived
            found.append(Embedded(_span(doc, [token.head, *token.subtree]), ""))  # at"): not checked
        elif token.dep_ in ("advcl", "ccomp") and _done(token) and _marked(token):
            event = token.lemma_.lower() if _now_that(token) else ""  # "now that X has withdrawn": withdrawn
            found.append(Embedded(_span(doc, list(token.subtree)), event))
        elif token.dep_ == "acl" and token.tag_ == "VBG" and _the(token.head):
            # "the congressional measure cutting off arms sales": that there is such a measure
            found.append(Embedded(_span(doc, list(token.head.subtree)), ""))
        elif token.dep_ == "prep" and token.lower_ in _CONCEDING:
            conceded = [c for c in token.children if c.dep_ == "pobj"]
            found.extend(Embedded(_span(doc, list(c.subtree)), "") for c in conceded)
        elif token.lemma_.lower() in _EVENT_NOUNS and _definite(token):
            # the verb that says it happened ("the deal reached"), not what it is for ("its pledge to let")
            verbs = (c for c in token.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB")
            done = next((c for c in verbs if c.tag_ != "VB"), None)
            event = (done or token).lemma_.lower()
            owned = Embedded(_span(doc, list(token.subtree)), event)
            found.append(owned)
            short.extend([owned] if len(owned.text.split()) == 2 else [])  # "its pledge": an owner's event
        elif (
            token.tag_ == "VBN"
            and token.dep_ in ("amod", "acl")
            and token.head.pos_ == "NOUN"
            and not _asked(token)
        ):
            # "ESA's approved hibernation trials", "the trade truce reached earlier": that there are such
            # things (the participle's own verb may be a paraphrase: "the dropped references" for their
            # "omission")
            told = list(token.head.subtree) if token.dep_ == "amod" else [token.head, *token.subtree]
            # (but an outcome's own word must be the article's: "approved trials" are none where the
            # article only aims at trials)
            outcome = token.lemma_.lower() if token.lemma_.lower() in OUTCOMES else ""
            found.append(Embedded(_span(doc, told), outcome))
    found.extend(_outcomes_in_passing(doc))
    return tuple(f for f in found if len(f.text.split()) >= 3 or f in short)


def _outcomes_in_passing(doc: Any) -> list[Embedded]:
    """An outcome told in the past inside a question of what will be ("Will the trade truce the U.S. and
    China reached hold?", "How will Uber pass on the surcharge the City Council approved?"): the parser
    often misses such a relative clause without "that", but a question that asks what will happen tells
    no past outcome of its own. The words from the two noun phrases before it to the verb."""
    if not len(doc) or doc[0].lower_ not in _ASKING_AHEAD:
        return []
    found = []
    for token in doc:
        if token.tag_ == "VBD" and token.lemma_.lower() in OUTCOMES and token.i > 1:
            # the thing's noun phrase and the doer's: "the MTA surcharge | the City Council approved"
            starts = [t.i for t in doc[max(0, token.i - _PHRASES) : token.i] if t.lower_ in _ARTICLES]
            start = starts[-2] if len(starts) > 1 else starts[-1] if starts else token.i
            found.append(Embedded(str(doc[start : token.i + 1].text), token.lemma_.lower()))
    return found


_ASKING_AHEAD = frozenset("will would how what when can could should".split())
_ARTICLES = frozenset({"the", "a", "an"})
_PHRASES = 10  # words before the verb that may hold the two noun phrases


def _done(verb: Any) -> bool:
    """A past verb ("the man who shot the video") or a perfect one ("the charges the GBI has signaled"),
    not a state ("the areas it has been unable to get to")."""
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    perfect = perfect and verb.lemma_ != "be"
    return verb.tag_ == "VBD" or perfect


def _marked(verb: Any) -> bool:
    """A clause after "after", "since", "because" ... or "now that", which it takes as done."""
    return _now_that(verb) or any(c.dep_ == "mark" and c.lower_ in _MARKS for c in verb.children)


def _now_that(verb: Any) -> bool:
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that"]
    return any(m.i > 0 and m.doc[m.i - 1].lower_ == "now" for m in marks)


def _the(noun: Any) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _asked(participle: Any) -> bool:
    """True for the participle a yes-no question asks about ("Was the derailment caused by ...?"), which
    the parser may hang on the noun the question's opening "was" governs."""
    doc = participle.doc
    opening = doc[0]
    if opening.lemma_.lower() not in ("be", "have"):
        return False
    # or on the noun before it: "Was the drop in internet speeds caused by ...?"
    first = all(t.pos_ not in ("VERB", "AUX") for t in doc[1 : participle.i])
    return participle.head.head.i == opening.i or first


def _definite(noun: Any) -> bool:
    """ "Garrett's appeal", or "the federal court ruling": an owner, or "the" with words saying which."""
    deps = {c.dep_: c.lower_ for c in noun.children}
    return "poss" in deps or (deps.get("det") == "the" and bool({"compound", "amod"} & set(deps)))


def _span(doc: Any, tokens: list[Any]) -> str:
    start, end = min(t.i for t in tokens), max(t.i for t in tokens)
    return str(doc[start : end + 1].text)
