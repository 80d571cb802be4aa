"""Small helpers over spaCy tokens shared by the extraction steps."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar, cast

from brief.extract._lexicon import GROUP_HEADS, HELD_VIEWS, ISSUED, LAWYERS, PHRASAL_REPORT, REPORT_VERBS
from brief.extract._places import DEMONYMS

Token = Any  # spacy.tokens.Token (spaCy ships no type information)
Doc = Any
Span = Any

# "WASHINGTON, March 3 (Reuters) -", "SANTIAGO (Reuters) -Walmart", "ISLAMABAD, June 7 (APP):", "(CNN)",
# "IDYLLWILD, Calif. (AP) Authorities ..." (no dash)
DATELINE = re.compile(
    r"^[ \t]*(?:[A-Z][A-Z.'’ ]{2,}(?:,[^\n()–—-]{1,30})?(?:\s*\([^()\n]{1,30}\)\s*[-–—]+\s*"
    r"|\s*\([A-Z][A-Za-z.&]{1,15}\)[ \t]+(?=[A-Z])"  # "IDYLLWILD, Calif. (AP) Authorities ..."
    r"|(?:\s*\([^()\n]{1,30}\))?\s*(?:[-–—]+|:)\s)"
    r"|\([A-Z][A-Za-z.&]{1,15}\)(?:\s*[-–—]+)?\s*"
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:[ \t]+\([^()\n]{1,30}\))?[ \t]+[–—][ \t]+(?=[A-Z])"
    # "Nairobi — Nairobi Governor ...", "Metro Manila (CNN Philippines) — Like any other war ..."
    r"|[A-Z][A-Za-z0-9,.: ]{2,40}[ \t]\|[ \t]+(?=[A-Z])"  # "February 21, 9:45pm | With ..."
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"[ \t]+\d{1,2}(?:,[ \t]*\d{4})?[ \t]*[:–—-][ \t]+(?=[A-Z]))",  # "Lalitpur, September 19: Demanding ..."
    re.M,
)
# a thing's title in single quotation marks before the noun for it ("the 'Mera Pani, Meri Virasat' scheme")
_QUOTED_TITLE = re.compile(
    r"(?<!\w)['‘][A-Z][^'’\n]{1,60}['’](?=\s+(?:scheme|programme|program|campaign|initiative|project|"
    r"policy|plan|yojana|bill|operation|mission|movement|slogan|app|show|series|film|album|song|book)\b)"
)
# "Mitch McConnell (R-Ky.)", "Charles Schumer (D-N.Y.)", "Bernie Sanders (I-Vt.)": party and state, no actor;
# so a name's party and seat ("G. Manivanan (PKR-Kapar)", "Khalid Samad (Amanah-Shah Alam)", a councillor's
# "Stuart Carroll (Con, Boyn Hill)", "John Baldwin (Lib Dem, Belmont)")
PARTY_SEAT = re.compile(
    r"\([RDI][-–][A-Z][A-Za-z.]{1,12}(?: [A-Z][A-Za-z.]{1,12})?\)"
    r"|(?<=[a-z] )\([A-Z][A-Za-z]{1,10}[-–] ?[A-Z][a-z]{2,14}(?: [A-Z][a-z]{2,14})?\)"
    r"|(?<=[a-z] )\([A-Z][A-Za-z]{1,12}(?: [A-Z][a-z]{1,12})?, [A-Z][a-z]{2,14}(?: [A-Z][a-z]{2,14}){0,2}\)"
)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "appos", "dobj", "iobj", "dative"})
_AGENT_PREPS = frozenset({"by", "with", "between"})
PRONOUNS = frozenset({"he", "she", "him", "her", "they", "it", "we", "i", "you"})


def opens_dateline(tok: Token) -> bool:
    """True for a place that opens its line before a dash or colon: the datelines "Indianapolis –",
    "New Delhi:" and "VANCOUVER, BC --" name where the story was filed, not an actor (``tok``: any word of
    the place)."""
    doc, first, last = tok.doc, tok.i, tok.i
    text = text_of(doc)
    wire = DATELINE.match(text, text.rfind("\n", 0, tok.idx) + 1)  # "VANCOUVER, BC --", "Lalitpur, May 2:"
    if (
        wire is not None
        and tok.idx < wire.end()
        and "(" not in wire.group()
        and (tok.is_title or tok.is_upper)
    ):
        return True  # (one with an agency in brackets, "TORONTO (AP) —", is told below)
    marks: tuple[str, ...] = ("–", "—", "-", "--", ":")
    if tok.ent_type_ in ("GPE", "LOC"):
        while first > 0 and doc[first].ent_iob_ == "I":  # back to the place's first word
            first -= 1
        while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
            last += 1
    elif _capitals(tok):  # "DUBLIN —", whatever the tagger made of it ("CAPO:" labels a transcript's speaker)
        while first > 0 and _capitals(doc[first - 1]):
            first -= 1
        while last + 1 < len(doc) and _capitals(doc[last + 1]):
            last += 1
        marks = marks[:-1]
    else:
        return False
    if not (first == 0 or "\n" in doc[first - 1].text):
        return False
    return last + 1 < len(doc) and doc[last + 1].text in marks


def _capitals(tok: Token) -> bool:
    return tok.is_alpha and tok.is_upper and len(tok) > 1


def subtree_ids(tok: Token) -> set[int]:
    return {t.i for t in tok.subtree}


def text_of(doc: Doc) -> str:
    """The document text (``Doc.text`` rebuilds it from the tokens on every call)."""
    cached = doc.user_data.get("text")
    return cached if isinstance(cached, str) else str(doc.text)


_T = TypeVar("_T")


def per_doc(doc: Doc, key: str, make: Callable[[], _T]) -> _T:
    """``make()``, computed once per document and kept with it (what several passes over one article
    ask for: its quotation marks, its people's words)."""
    if key not in doc.user_data:
        doc.user_data[key] = make()
    return cast(_T, doc.user_data[key])


def char_span(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Character range covering tokens ``first..last`` (inclusive)."""
    return doc[first].idx, doc[last].idx + len(doc[last])


def phrase_text(doc: Doc, first: int, last: int) -> str:
    """Verbatim text of tokens ``first..last`` (inclusive)."""
    start, end = char_span(doc, first, last)
    return text_of(doc)[start:end]


def is_report_verb(tok: Token) -> bool:
    """True for a reporting or stance verb ("said", "pointed out", "made clear", "believe")."""
    if tok.pos_ not in ("VERB", "AUX") or tok.tag_ == "MD":
        return _mistagged_report(tok)
    if _report_lemma(tok) in REPORT_VERBS:
        return True
    # "administrators have long held that the donations were illegal", "the judge ruled that", "Professor
    # Klemen Jerina ... extrapolates that the population ranges from 880 to 1,050", "expressed that": only so
    if tok.lemma_.lower() in _THAT_REPORTS and any(
        c.dep_ == "ccomp" and that_clause(c) for c in tok.children
    ):
        return True
    phrasal = any((tok.lemma_.lower(), c.lower_) in PHRASAL_REPORT for c in tok.children)
    return phrasal or held_view(tok) is not None


_THAT_REPORTS = frozenset({"hold", "rule", "extrapolate", "calculate", "express", "ratify", "continue"})


def held_view(tok: Token) -> Token | None:
    """The clause of "is of the view that ..." / "are of the opinion that ...": a belief stated."""
    if tok.lemma_ != "be":
        return None
    held = [
        noun
        for of in tok.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for noun in of.children
        if noun.dep_ == "pobj" and noun.lemma_.lower() in HELD_VIEWS
    ]
    clauses = ("acl", "relcl", "ccomp")
    return next((c for n in held for c in n.children if c.dep_ in clauses and that_clause(c)), None)


def that_clause(clause: Token) -> bool:
    """True for a clause opened by "that" ("held that the donations were illegal")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _report_lemma(tok: Token) -> str:
    """The lemma, with the "e" the lemmatizer cut off a reporting verb put back (it gives "hop" for
    "hoping" and "hopes": "hope")."""
    lemma, word = str(tok.lemma_).lower(), str(tok.lower_)
    lost = word in (lemma + "ing", lemma + "ed", lemma + "es") and lemma + "e" in REPORT_VERBS
    return lemma + "e" if lost else lemma


def _mistagged_report(tok: Token) -> bool:
    """A reporting verb the tagger took for a plural noun, as its subject shows ("...," comments Tom
    Johnston: "comments" tagged NNS with "Johnston" as its nsubj)."""
    return (
        tok.tag_ == "NNS"
        and tok.lemma_.lower() in REPORT_VERBS
        and any(c.dep_ == "nsubj" for c in tok.children)
    )


def cue_text(tok: Token) -> str:
    """The verb as written plus its particle or predicate ("pointed out", "made clear", "ruled out")."""
    extra = [
        c.text for c in tok.children if (tok.lemma_.lower(), c.lower_) in PHRASAL_REPORT or c.dep_ == "prt"
    ]
    view = held_view(tok)
    extra = [f"of the {view.head.text} that"] if view is not None else extra
    return " ".join([tok.text, *extra[:1]])


# verbs that need an object to report speech ("told reporters"), and some that report only with a that-clause
NEEDS_OBJECT = frozenset("tell accuse urge remind assure inform reassure brief".split())
_SAYS_INSTEAD = frozenset({"express", "ratify", "continue", "put"})  # ("expressed that", "as X put it")
_IRREGULAR = {"be": "is", "have": "has", "do": "does", "go": "goes"}


def present_cue(tok: Token, whom: bool = False) -> str:
    """The cue in a reporter's present tense ("said" -> "says", "pointed out" -> "points out", "did not
    estimate" -> "does not estimate"); ``whom``: the words go on with whom it is addressed to ("urges
    everyone to get one"), so "urge" and "tell" stay themselves."""
    lemma = _report_lemma(tok)
    # "urged that more be done": "urges", not "says" (the words after want the request's own verb)
    asked = lemma in ("urge", "ask", "demand", "request") and any(
        c.dep_ == "ccomp" and that_clause(c) for c in tok.children
    )
    asked = asked and not any(c.dep_ in ("dobj", "dative") for c in tok.children)
    needs_object = (NEEDS_OBJECT - {lemma} if whom or asked else NEEDS_OBJECT) | _SAYS_INSTEAD
    if any(c.dep_ == "neg" for c in tok.children):  # "didn't estimate how many": the denial stays
        verb = "say" if lemma in needs_object or not tok.is_alpha else lemma
        return " ".join(["does not", verb, *cue_text(tok).split()[1:]])
    if lemma in needs_object or not tok.is_alpha:
        return "says"
    if lemma in _IRREGULAR:
        verb = _IRREGULAR[lemma]
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        verb = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in ("a", "e", "i", "o", "u"):
        verb = lemma[:-1] + "ies"
    else:
        verb = lemma + "s"
    return " ".join([verb, *cue_text(tok).split()[1:]])


def is_agentive(tok: Token) -> bool:
    """True when a noun acts in its clause (subject, possessor, object, agent) rather than a place."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "appos" and tok.ent_type_ in ("GPE", "LOC") and tok.head.ent_type_ in ("GPE", "LOC"):
        return is_agentive(tok.head)  # "a depot in Dayton, Ohio": a place's place
    if tok.dep_ == "poss" and tok.head.pos_ == "PROPN" and _placed(tok.head):
        return False  # "light rail from Blair to Tunney's Pasture": a place's name
    if tok.dep_ == "dobj" and tok.head.lemma_ in ("tell", "include"):
        return False  # whom it was told; what a list includes ("Suburbs in the zone include Risana, ...")
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in GROUP_HEADS and tok.head.i != tok.i:
        return is_agentive(tok.head)  # "The Popular Front coalition held a press conference"
    if tok.dep_ in _AGENT_DEPS:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in ISSUED:
        return True  # "a statement from the Pacific Maritime Assn.": who issued it
    return bool(tok.dep_ == "pobj" and tok.head.lower_ in _AGENT_PREPS) or _spoken_for(tok)


def hyphen_chain(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """The tokens ``first..last`` widened to the words hyphened to them with no space ("Chick-fil-A")."""

    def joined(i: int) -> bool:  # a hyphen at ``i`` between two words, no space on either side
        return (
            0 < i < len(doc) - 1
            and doc[i].text == "-"
            and not doc[i - 1].whitespace_
            and not doc[i].whitespace_
        )

    while first >= 2 and joined(first - 1) and doc[first - 2].is_alpha:
        first -= 2
    while last + 2 < len(doc) and joined(last + 1) and doc[last + 2].is_alpha:
        last += 2
    return first, last


def _placed(tok: Token) -> bool:
    """True for a noun where something goes or is: "to Tunney's Pasture", "at Fisherman's Wharf"."""
    return tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS


# where something goes or is: "to Tunney's Pasture", "residents in Ba", "from Malaysia"
PLACE_PREPS = frozenset({"to", "from", "in", "at", "near", "into", "through", "across", "towards", "toward"})


def _spoken_for(tok: Token) -> bool:
    """True for the body in "lawyers for the EPA" or "a spokesman from the ministry": it acts through them."""
    prep = next((a for a in tok.ancestors if a.dep_ == "prep"), None)
    return prep is not None and prep.lower_ in ("for", "from") and prep.head.lemma_.lower() in _AGENTS_FOR


_AGENTS_FOR = LAWYERS | {"spokesman", "spokeswoman", "spokesperson"}


def nameless_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges that name no actor: wire datelines ("WASHINGTON, March 3 (Reuters) -"), a
    thing's title in single quotation marks and a lawmaker's party and state ("(R-Ky.)")."""
    found = (DATELINE, _QUOTED_TITLE, PARTY_SEAT)
    return [m.span() for pattern in found for m in pattern.finditer(text)]


def affiliation(word: str) -> str:
    """A key shared by a country and its demonym ("Ukrainian"/"Ukraine" -> "ukra")."""
    low = word.casefold().strip(" .’'")
    return DEMONYMS.get(low, low[:4])


def is_boilerplate(sent: Any) -> bool:
    """A short verbless line such as a byline, a section label or "Skip to content"."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    return len(words) <= 3 and not any(t.pos_ == "VERB" and t.dep_ == "ROOT" for t in words[1:])


def listed_place(tok: Token) -> bool:
    """True for a word listed with places after a preposition of place, whatever its tag: "residents in
    Ba, Tavua and Rakiraki" (the tagger's "Tavua" and "Rakiraki" people), or a place's district after it."""
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    listed = [first, *first.conjuncts]
    places = any(t.ent_type_ in ("GPE", "LOC") for t in listed if t.i != tok.i)
    if len(listed) > 1 and places and first.dep_ == "pobj" and first.head.lower_ in PLACE_PREPS:
        return True
    # "a dispute in Benque Viejo del Carmen, Cayo.": a place's district after it, the sentence's last word
    place = tok.head
    last = tok.i + 1 == len(tok.doc) or tok.nbor().is_punct
    return (
        tok.dep_ == "appos"
        and last
        and tok.nbor(-1).text == ","
        and place.dep_ == "pobj"
        and place.head.lower_ in PLACE_PREPS
        and place.ent_type_ in ("GPE", "LOC", "FAC", "ORG")
    )
