"""Turning parsed clauses back into question text: subjects, predicates, inversion and capitals."""

from __future__ import annotations

import re
from collections.abc import Iterable

from brief.extract._asides import is_aside
from brief.extract._gender import of_noun, of_pronoun
from brief.extract._lexicon import PERSON_TITLES
from brief.extract._quotes import left_open
from brief.extract._shorten import length, shorten
from brief.extract._syntax import (
    DATELINE,
    SUBJECT_DEPS,
    Doc,
    Token,
    is_report_verb,
    subtree_ids,
    text_of,
)

__all__ = ["MAX_WORDS", "ask", "phrase_subject", "predicate", "subject_words", "words"]

MAX_WORDS = 20
_MIN_WORDS = 4
_UNRESOLVED_TAIL = re.compile(
    r"\s+(?:remains?|is|are) (?:still )?(?:to be seen|unclear|uncertain|not (?:yet )?clear)$"
)
_QUOTES = re.compile(r"[“”\"„«»]")
_FILLER = {"probably", "possibly", "perhaps", "also", "still", "really", "even", "just", "certainly"}
_FILLER |= {"however", "meanwhile", "now", "indeed", "already", "likely", "ultimately", "eventually", "yet"}
_FILLER |= {"therefore", "thus", "hence", "consequently", "nevertheless", "nonetheless", "accordingly"}
_FILLER |= {"allegedly", "reportedly", "apparently", "supposedly"}  # the question asks whether it did
# parts of a predicate a question can do without when it runs long, dropped in this order
_SHORT = MAX_WORDS - 6  # tokens of predicate a question can carry beside its auxiliary and subject
_PRONOUNS = {"it", "he", "she", "they"}
_CONCESSIVE = {"despite", "notwithstanding"}
# words a question cannot end on: its clause was cut after them
_NO_END = frozenset(
    "of the a an and or but to as than that is are was were be been being has have had do does did will "
    "would can could should may might must".split()
)
_FIGURES = frozenset("CARDINAL QUANTITY MONEY PERCENT DATE TIME ORDINAL".split())
_OPEN_QUOTE = {"“", '"', "‘"}
_CLOSE_QUOTE = {"”", '"', "’"}


def words(doc: Doc, toks: Iterable[Token], swap: dict[int, str] | None = None) -> str:
    """The tokens' text in order, a space where words were left out, ``swap`` replacing some words."""
    swap = swap or {}
    toks = sorted(toks, key=lambda t: t.i)
    while toks and (_punct(toks[-1]) or toks[-1].is_space or toks[-1].dep_ in ("cc", "prep", "mark")):
        toks = toks[:-1]
    while toks and (toks[0].is_punct or toks[0].dep_ == "cc"):
        toks = toks[1:]
    gap = [i + 1 == len(toks) or toks[i + 1].i != t.i + 1 for i, t in enumerate(toks)]
    text = "".join(swap.get(t.i, t.text) + (" " if gap[i] else t.whitespace_) for i, t in enumerate(toks))
    text = re.sub(r"\s+([,;:])", r"\1", _QUOTES.sub("", text))
    text = re.sub(r"\s*\(\s*\)", "", text)  # brackets whose words were left out
    text = re.sub(r"\s+", " ", text).strip(" ,;:.–—-")
    text = re.sub(r"(?:,\s*)+$", "", text)
    text = re.sub(r"\b(\w+) \1\b", r"\1", text)  # "will be also be inspected" without "also"
    return _UNRESOLVED_TAIL.sub("", text)  # "whether X can Y remains to be seen" parsed as one clause


def _punct(tok: Token) -> bool:
    return bool(tok.is_punct) and tok.text != "%"  # "to 24%" keeps its sign


def _agrees(pronoun: Token, noun: Token) -> bool:
    plural = noun.tag_ in ("NNS", "NNPS")
    if pronoun.lower_ == "they":
        return plural
    person = noun.ent_type_ == "PERSON" or noun.lemma_.lower() in PERSON_TITLES
    titled = {of_noun(t.lower_) for t in noun.lefts} - {None}  # "Mrs White said he would ...": not hers
    if titled and of_pronoun(pronoun.lower_) not in (None, *titled):
        return False
    return not plural and (person if pronoun.lower_ in ("he", "she") else not person)


def _quoted(tok: Token) -> bool:
    """True for a word inside a quotation opened earlier in its sentence."""
    return left_open(text_of(tok.doc)[tok.sent.start_char : tok.idx])


def _antecedent(tok: Token) -> Token | None:
    """The one earlier noun in the sentence a pronoun can refer to ("it" -> "the ban"); none if two fit,
    and none where the speaker whose words hold the pronoun cannot be it ("Dick Clark Productions denied
    that it had settled" is no one else's, though the parser calls the company a person)."""
    report = tok.head.head if tok.dep_ in SUBJECT_DEPS and tok.head.dep_ == "ccomp" else None
    speaker = (
        next((c for c in report.children if c.dep_ in SUBJECT_DEPS), None) if report is not None else None
    )
    if report is not None and speaker is not None and is_report_verb(report) and not _agrees(tok, speaker):
        return None
    deps = (*SUBJECT_DEPS, "dobj", "dative", "pobj") if tok.lower_ in ("he", "she") else SUBJECT_DEPS
    earlier = [t for t in tok.sent if t.i < tok.i and t.dep_ in deps and t.pos_ in ("NOUN", "PROPN")]
    # a "he" inside a quotation is not its speaker named outside it (who says "I"): Judge Kyle said, "I'm
    # not satisfied that ... he wouldn't re-offend"
    earlier = [t for t in earlier if _quoted(t) == _quoted(tok)]
    # "as acting chairman, he would ...": what "as" calls the pronoun's own referent is no other antecedent
    earlier = [t for t in earlier if not any(a.lower_ == "as" and a.dep_ == "prep" for a in t.ancestors)]
    fits = [t for t in earlier if _agrees(tok, t) and t.dep_ != "compound"]
    if len({t.i for t in fits}) != 1:
        return None  # "Rupert was seen giving Rebekah Brooks a tour ... she could": whose "she"?
    return fits[-1]


def subject_words(tok: Token) -> list[Token] | None:
    """The subject's words without asides, with "it"/"he"/"she"/"they" replaced by their antecedent."""
    if tok.left_edge.tag_ == "PRP$":
        return None  # "her husband": whose, the question cannot say
    if tok.lower_ in _PRONOUNS:
        subj = _antecedent(tok)
        if subj is None:
            return None
        tok = subj
    elif (tok.pos_ == "PRON" or tok.tag_ in ("WDT", "WP", "DT")) and tok.lower_ != "there":
        return None  # "we", "I", "you": the speaker's own voice; "which", "that": a relative clause
    skip: set[int] = set()
    named = tok.ent_type_ == "PERSON"  # "Lawyer Samuel Atuah in a media interaction after ...": the person
    for t in tok.subtree:
        phrase = named and t.dep_ == "prep" and t.head.i == tok.i
        if t.i != tok.i and (
            is_aside(t) or t.dep_ in ("relcl", "advcl", "parataxis") or _set_off(t) or phrase
        ):
            skip |= subtree_ids(t)
        elif t.lower_ in _FILLER or t.text in _OPEN_QUOTE | _CLOSE_QUOTE | {"(", ")"}:
            skip.add(t.i)
    return [t for t in tok.subtree if t.i not in skip]


def _set_off(tok: Token) -> bool:
    """An apposition set off from its noun ("Kurt Volker, the envoy"), not a unit the parser called one
    ("£15m"); or a clause set off by a comma that describes it ("the disease, being a virus, ...")."""
    before = tok.left_edge.i - 1
    if tok.dep_ == "acl" and before >= 0 and tok.doc[before].text == ",":
        return True
    return (
        tok.dep_ == "appos"
        and before >= 0
        and not (tok.doc[before].whitespace_ == "" and before == tok.head.i)
    )


def phrase_subject(toks: list[Token]) -> str:
    """The subject as it reads after the auxiliary: a capital only for a name ("Will there", "Will the",
    "Will FHVs"), "their reassurance force" as "the reassurance force"."""
    dateline = DATELINE.match(text_of(toks[0].doc), toks[0].idx)  # "OTTAWA - A top official's ..."
    if dateline is not None:
        toks = [t for t in toks if t.idx >= dateline.end()] or toks
    doc, comma = toks[0].doc, next((t for t in toks[1:-1] if t.text == ","), None)
    closed = toks[-1].text == "," or (toks[-1].i + 1 < len(doc) and doc[toks[-1].i + 1].text == ",")
    if comma is not None and closed and not any(t.lower_ in ("and", "or") for t in toks if t.i > comma.i):
        toks = [t for t in toks if t.i < comma.i]  # "87 million people, mostly in the US, may have": no aside
    if len(toks) > 2 and toks[0].lower_ == "not" and toks[1].lower_ == "all":
        toks = toks[1:]  # "Not all parents may have the time": "Will all parents have the time?"
    swap = {t.i: "the" for t in toks[1:] if t.tag_ == "PRP$" and t.lower_ in ("their", "his", "her", "its")}
    # "her own son's apprenticeship": "the son's apprenticeship", not "the own son's"
    swap |= {
        t.i + 1: "" for t in toks[1:] if t.i in swap and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "own"
    }
    text = words(doc, toks, swap)
    first = next((t for t in toks if not t.is_punct), toks[0])
    if first.lower_ == "no":
        return "any" + text[2:]
    small = _small_elsewhere(first)
    named = first.ent_type_ and first.ent_type_ not in _FIGURES and first.pos_ != "DET" and not small
    proper = first.pos_ == "PROPN" and not small
    name = (proper or named or first.text == "I") and not _gerund(first)  # "More than 100 million" is none
    # "FHVs", "Unit 3" (not "The four-time winner")
    acronym = first.text[1:] != first.text[1:].lower() or (first.nbor().like_num and first.pos_ != "DET")
    return text if name or acronym else text[:1].lower() + text[1:]


def _small_elsewhere(first: Token) -> bool:
    """ "Job cuts will be announced": a sentence's first word the tagger took for a name, in no entity,
    before a small word, that the article writes in lower case elsewhere ("jobs"); not "Prime Minister"."""
    # (tagged or not, when it modifies a common noun: "Gender bias may affect ...")
    untagged = not first.ent_type_ or (first.dep_ in ("compound", "amod") and first.head.is_lower)
    opener = first.is_sent_start and untagged and first.nbor().is_lower
    return opener and any(t.is_lower and t.lemma_ == first.lower_ for t in first.doc)


def _gerund(first: Token) -> bool:
    """ "Closing Forestport would save ...": a sentence's first word in "-ing" whose verb the article writes
    in lower case elsewhere ("close the school") is a deed, whatever the tagger made of it."""
    word = first.lower_
    if not first.is_sent_start or not word.endswith("ing") or len(word) < 6:
        return False
    verbs = {word, word[:-3], word[:-3] + "e"}
    return any(t.is_lower and t.lower_ in verbs for t in first.doc if t.i != first.i)


def _but(conj: Token) -> bool:
    return any(c.dep_ == "cc" and c.lower_ in ("but", "yet") and c.i < conj.i for c in conj.head.children)


def predicate(verb: Token, drop: set[int]) -> list[Token]:
    """The verb and what follows it in its clause, minus asides, fillers, clause-level negation and
    coordinated clauses with their own subject or auxiliary."""
    skip = set(drop)
    for tok in verb.subtree:
        if tok.i == verb.i or tok.i in skip:
            continue
        own = tok.dep_ == "conj" and any(c.dep_ in (*SUBJECT_DEPS, "aux", "auxpass") for c in tok.children)
        own = own or tok.dep_ == "parataxis" or tok.lower_ in _CONCESSIVE  # ", Luhn said,", "despite ..."
        own = own or (tok.dep_ == "conj" and _but(tok))  # "X but not limited to ...": another point
        # "will be implemented from January 1, with the decision based on ...": a circumstance set off
        own = own or (tok.lower_ == "with" and tok.head.i == verb.i and tok.doc[tok.i - 1].text == ",")
        hedging = tok.lower_ == "well" and tok.i > 0 and tok.doc[tok.i - 1].tag_ == "MD"  # "may well have"
        if (
            is_aside(tok)
            or own
            or (tok.dep_ == "neg" and tok.head.i == verb.i)
            or tok.lower_ in _FILLER
            or hedging
        ):
            skip |= subtree_ids(tok)
            if tok.lower_ in _FILLER and tok.i > 0 and tok.doc[tok.i - 1].text == ",":
                # "meet again with players, probably(,) in the next two weeks": no comma left behind
                skip.add(tok.i - 1)
                if tok.i + 1 < len(tok.doc) and tok.nbor().text == ",":
                    skip.add(tok.i + 1)
        elif tok.dep_ == "cc" and tok.head.i == verb.i and not any(c.dep_ == "conj" for c in verb.children):
            skip.add(tok.i)
    toks = [t for t in verb.subtree if t.i not in skip]
    first = verb.left_edge.i
    opened = first > 0 and verb.doc[first - 1].text in _OPEN_QUOTE
    closing = next((t.i for t in toks if t.i > verb.i and t.text in _CLOSE_QUOTE), None)
    if opened and closing is not None:  # "“This object should be reconsidered,” with ...": the quote ends
        toks = [t for t in toks if t.i < closing]
    return toks


def ask(
    lead: str, subject: str, verb: Token, rest: list[Token], swap: dict[int, str] | None = None
) -> str | None:
    """ "Will" + "US support" + "be finalised ..." -> "Will US support be finalised ...?", or None when the
    question would be too short to mean anything or too long to read."""
    if len(subject.split()) + length(verb.doc, (t.i for t in rest)) > MAX_WORDS - 2:
        rest = shorten(verb, rest, min(_SHORT, MAX_WORDS - 2 - len(subject.split())))
    kept = {t.i for t in rest}
    # "there would be no inquiry" asks "Will there be any inquiry?" (not "little to no effect")
    doc = verb.doc
    nos = {
        t.i: "any"
        for t in rest
        if t.lower_ == "no" and t.tag_ == "DT" and doc[t.i - 1].lower_ not in ("to", "or")
    }
    # "Will Telecel conclude this transaction and look forward ...?" (not "and looks"): the verbs it joins
    # ask in the same base form
    joined = {t.i: t.lemma_ for t in rest if t.dep_ == "conj" and t.head.i == verb.i and t.tag_ == "VBZ"}
    swap = {**(joined if verb.tag_ == "VB" else {}), **(swap or {}), **nos}
    objects = ("pobj", "pcomp")
    if any(t.dep_ == "prep" and not any(c.i in kept and c.dep_ in objects for c in t.children) for t in rest):
        return None  # "responsible for, among other things": a preposition lost its object
    if any(_cut_after(t, verb, kept) for t in rest if t.dep_ == "relcl"):
        return None  # "make voters, who may be sympathetic, recoil from it" without "recoil"
    body = words(verb.doc, rest, swap)
    text = " ".join(w for w in (lead, subject, body) if w)
    n = len(text.split())
    if not body or n < _MIN_WORDS or n > MAX_WORDS or holed(text):
        return None
    return text[:1].upper() + text[1:] + "?"


def _cut_after(clause: Token, verb: Token, kept: set[int]) -> bool:
    """True when a relative clause set off by commas is kept but what its closing comma leads on to in the
    verb's clause is not: the question ends on the aside and loses its point."""
    after = max(t.i for t in clause.subtree if t.i in kept and not t.is_punct) + 1  # its last word kept
    doc = clause.doc
    if after + 1 >= len(doc) or doc[after].text != ",":
        return False
    nxt = doc[after + 1]
    chain = [nxt, *(a for a in nxt.ancestors if a.i != verb.i and verb.i in {b.i for b in a.ancestors})]
    inside = any(a.i == verb.i for a in nxt.ancestors) and not any(a.dep_ == "parataxis" for a in chain)
    return inside and nxt.i not in kept and not nxt.is_punct


_WH = frozenset("which what who whom whose whether how where when why".split())


def holed(text: str) -> bool:
    """True for a question cut off ("as too many candidates are"), with words left out mid-list ("Ohio,,
    and"), half of an aside between dashes ("other factors—, for example, or fatigue"), half of a
    hyphenated word ("-releasing hormone") or of a "not only ... but also", or asked of an indirect
    question ("Will which ones progress?" from "can't say which ones will progress")."""
    words = text.split()
    wh = len(words) > 1 and words[1].casefold() in _WH
    cut = any(w[:1] in "-–" and w[1:2].isalpha() for w in words)  # "-releasing hormone": its first half lost
    half = re.search(r"\bnot only\b(?!.*\bbut\b)", text) is not None  # "not only X" lost its "but also Y"
    return words[-1] in _NO_END or ",," in text or text.count("—") % 2 == 1 or wh or cut or half
