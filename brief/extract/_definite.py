"""Definite descriptions ("the Ukrainian leader", "the company", "the 33-year-old businessman") that point
back to a named actor, resolved to it later."""

from __future__ import annotations

from brief.extract._gender import of_noun
from brief.extract._groups import local_body
from brief.extract._lexicon import (
    DOCUMENT_NOUNS,
    EPITHETS,
    FILING_NOUNS,
    HONORIFICS,
    NAMED_HEADS,
    OFFICE_WORDS,
    ORG_DESCRIPTIONS,
    ORG_HEADS,
    PERSON_NOUNS,
    PERSON_TITLES,
)
from brief.extract._mention import NAMED, Mention, chunk_start
from brief.extract._person_cues import occupation
from brief.extract._syntax import SUBJECT_DEPS, Doc, Token, affiliation, char_span, text_of

__all__ = ["desc_mention"]


def _aged(tok: Token) -> bool:
    """A noun for a person given an age ("the 41-year-old mother"): someone just named, described again."""
    return any(
        c.dep_ == "amod" and c.lower_ == "old" and any(y.lower_ == "year" for y in c.children)
        for c in tok.children
    )


def _body_of(tok: Token) -> list[Token]:
    """The named body after a noun's "of" ("the head of the National Weather Service")."""
    return [
        t
        for p in tok.rights
        if p.dep_ == "prep" and p.lower_ == "of"
        for t in p.subtree
        if t.ent_type_ == "ORG"
    ]


def _of_named(tok: Token) -> bool:
    """True for a noun followed by "of" and a name: "the coalition of Reykjavík city council"."""
    return any(
        p.dep_ == "prep" and p.lower_ == "of" and any(t.pos_ == "PROPN" for t in p.subtree)
        for p in tok.rights
    )


def desc_mention(doc: Doc, tok: Token) -> Mention | None:
    """A definite description ("the US leader", "the company"), resolved to an actor later."""
    lemma = tok.lemma_.lower()
    office = tok.tag_ == "NNP" and lemma in PERSON_TITLES  # "the US Secretary of State said"
    epithet = tok.lower_ in EPITHETS  # "said the Welshman": a man or a woman named before
    named = (tok.pos_ != "NOUN" and not office) or tok.ent_type_
    if (named and not epithet) or tok.dep_ in ("compound", "appos"):
        return None
    lemma = ("woman" if tok.lower_.endswith("woman") else "man") if epithet else lemma
    known = epithet or lemma in PERSON_TITLES or lemma in ORG_DESCRIPTIONS or lemma in NAMED_HEADS
    known = known or lemma in DOCUMENT_NOUNS | FILING_NOUNS
    # "The 41-year-old mother from Santa Clara", "the 33-year-old businessman", "the 52-year-old astronomer"
    someone = lemma in PERSON_NOUNS or of_noun(lemma) is not None or occupation(tok)
    known = known or (someone and (_aged(tok) or _titled_before(tok)))
    known = known or (lemma == "member" and bool(_body_of(tok)))  # "the member of Parliament from Hyderabad"
    if not known or (tok.tag_ != ("NNP" if office else "NN") and not epithet):
        return None  # "the two leaders" is not one person
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or local_body(tok):
        return None  # (nor "the Harare city council": named by its place, a body of its own)
    if lemma in ORG_DESCRIPTIONS and lemma not in PERSON_TITLES and _of_named(tok):
        return None  # "The ruling coalition of Reykjavík city council": told by whose it is, no body before
    if lemma == "head" and tok.dep_ == "pobj" and not any(c.lower_ == "of" for c in tok.rights):
        return None  # "shot in the back of the head", "hit him in the head": no one's head
    if any(c.dep_ == "appos" for c in tok.children) or _titles_next(doc, tok):
        return None
    if tok.dep_ == "poss" and tok.head.lemma_.lower() in PERSON_TITLES and _titles_next(doc, tok.head):
        return None  # "the Attorney General’s representative, Steven Powles": the title of a named person
    first = chunk_start(tok)
    if any(
        t.lower_ in ("led", "backed") and t.i > first and doc[t.i - 1].tag_ == "HYPH"
        for t in doc[first : tok.i]
    ):
        return None  # "the Saudi-led coalition": named by its leader, no description of one named
    of = [c for c in tok.rights if c.lower_ in ("of", "for") and c.right_edge.is_title] if office else []
    start, end = char_span(doc, first, of[0].right_edge.i if of else tok.i)  # "the Secretary of State"
    mods = doc[first : tok.i]
    label = "DOC" if lemma in DOCUMENT_NOUNS else "FILING" if lemma in FILING_NOUNS else "DESC"
    if label in ("DOC", "FILING") and any(t.pos_ == "PROPN" or t.ent_type_ in NAMED for t in mods):
        return None  # "the Gizmodo report" is Gizmodo's: its name speaks for it
    m = Mention(start, end, text_of(doc)[start:end], label, tok.i, hint=lemma, tokens={tok.i})
    m.affil = {affiliation(t.text) for t in mods if _affiliating(t)}
    body = _body_of(tok)
    if label == "DESC" and body and lemma in PERSON_TITLES:  # "the head of the Weather Service": its head
        # (by the body's own words: "the Conservative Party" shares no "Party" with a Labour Party figure)
        m.affil, m.of_body = {affiliation(t.text) for t in body if t.lower_ not in ORG_HEADS | {"the"}}, True
    m.agentive = tok.dep_ in SUBJECT_DEPS
    return m


def _affiliating(tok: Token) -> bool:
    """A description's word naming a body or place, tagged or not ("the Janata Dal leader")."""
    proper = tok.tag_ == "NNP" and tok.text[:1].isupper() and tok.lower_ not in OFFICE_WORDS
    return tok.ent_type_ in ("NORP", "GPE", "ORG") or proper


def _titled_before(tok: Token) -> bool:
    """True for "the activist" after someone named with that word ("activist Mohammad Mogharbel told")."""
    if [c.dep_ for c in tok.lefts] != ["det"]:
        return False  # (not "the only senior executive": someone described more, maybe someone else)
    return any(
        t.lower_ == tok.lower_ and t.dep_ in ("compound", "appos") and t.head.ent_type_ == "PERSON"
        for t in tok.doc[: tok.i]
    )


def _titles_next(doc: Doc, tok: Token) -> bool:
    """ "the minister in Charge of Karamoja Affairs, Mr. John Byabagambi protested": a description right
    before a comma and the name that is the clause's subject, the title of that name."""
    k = tok.i + 1  # past the description's own words ("in Charge of Karamoja Affairs") to its comma
    while k < len(doc) and doc[k].text != "," and tok.is_ancestor(doc[k]) and doc[k].pos_ != "VERB":
        k += 1
    if tok.lemma_.lower() not in PERSON_TITLES or k >= len(doc) or doc[k].text != ",":
        return False
    k += 1
    while k < len(doc) and doc[k].lower_ in HONORIFICS:
        k += 1
    if k >= len(doc) or doc[k].ent_type_ != "PERSON":
        return False
    name = doc[k]
    while name.dep_ == "compound":
        name = name.head
    return name.dep_ in ("nsubj", "appos")  # (the parser may hang the rest on the description)
