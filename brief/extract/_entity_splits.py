"""Entities the tagger ran together: an owner's possessive and the next noun ("Carlson's Fox contract"), a
pair ("James and Lachlan"), a short form in brackets, a title's place and the name after it, a section
label before its colon."""

from __future__ import annotations

import re

from spacy.tokens import Span

from brief.extract._entity_joins import spelled
from brief.extract._lexicon import (
    EPITHETS,
    NATIVES,
    OFFICE_WORDS,
    ORG_HEADS,
    PERSON_NOUNS,
    PERSON_TITLES,
)
from brief.extract._syntax import Doc
from brief.extract._titles import office_of_the, place

__all__ = ["split_entity"]


def split_entity(doc: Doc, ent: Span) -> list[Span]:
    """The names one tagged entity stands for ("the Welshman" names none: it describes someone, and "Nelson
    Mandela" of "Nelson Mandela Bay Municipality" is a place's name)."""
    if (len(ent) == 1 and ent[0].lower_ in EPITHETS | NATIVES) or _named_after(doc, ent):
        return []
    return [
        p
        for b in _split_bracket(
            doc,
            _title_after(
                doc,
                _after_label(
                    doc,
                    _past_portfolio(
                        doc,
                        _past_title(
                            doc, _name_rest(doc, _name_start(doc, _office_inside(doc, _cut_at_and(doc, ent))))
                        ),
                    ),
                ),
            ),
        )
        for r in _split_place(doc, b)
        for q in _split_pair(doc, r)
        for p in _split_possessive(doc, q)
    ]


def _office_inside(doc: Doc, ent: Span) -> Span:
    """ "Cornersville City Recorder Scotty Brock", tagged a place or a body, or "Honiara City Clerk Rence
    Sore", tagged one person: the bare name after the title in it is a person's (the title, with its
    place, is the person's role)."""
    if len(ent) < 4:
        return ent
    for k in range(ent.end - 3, ent.start, -1):
        name = doc[k + 1 : ent.end]
        bare = len(name) <= 3 and all(
            t.is_title and t.pos_ == "PROPN" and t.lower_ not in ORG_HEADS for t in name
        )
        if doc[k].is_title and doc[k].lower_ in PERSON_TITLES and bare:
            return Span(doc, k + 1, ent.end, label="PERSON")
    return ent


def _cut_at_and(doc: Doc, ent: Span) -> Span:
    """ "The Australian Competition and" tagged short of "Consumer Commission": a body's name the tagger
    cut after "and" or "of" goes on through the capitalised words after it."""
    if ent.label_ != "ORG" or len(ent) < 2 or doc[ent.end - 1].lower_ not in ("and", "of", "&"):
        return ent
    end = ent.end
    while end < len(doc) and doc[end].tag_ in ("NNP", "NNPS") and doc[end].is_title:
        end += 1
    last = doc[end - 1]
    if last.dep_ == "conj" and ent.start <= last.head.i < ent.end:
        return ent  # "Fianna Fáil and Fine Gael": two names joined, not one name with "and" in it
    return Span(doc, ent.start, end, label=ent.label_) if end > ent.end else ent


def _name_rest(doc: Doc, ent: Span) -> Span:
    """ "Yoon Suk Yeol" tagged only as far as "Yoon Suk": the untagged capitalised word the name's last word
    modifies is the rest of the name; so is an Irish surname the tagger took for an adverb ("Judge Eugene
    O’Kelly")."""
    if ent.label_ != "PERSON" or ent.end >= len(doc):
        return ent
    rest = doc[ent.end]
    if _IRISH.match(rest.text):
        return Span(doc, ent.start, ent.end + 1, label=ent.label_)
    last = doc[ent.end - 1]
    whole = last.dep_ == "compound" and last.head.i == rest.i and rest.tag_ == "NNP" and not rest.ent_type_
    if whole and rest.is_title and rest.lower_ not in PERSON_TITLES and rest.lower_ not in ORG_HEADS:
        return Span(doc, ent.start, ent.end + 1, label=ent.label_)
    return ent


def _past_title(doc: Doc, ent: Span) -> Span:
    """ "Eastbourne Tory Coun Aubrey Vickers" tagged only as far as the title: the untagged capitalised
    words after the title are the person's name, the entity before them the person's description."""
    if ent.label_ != "PERSON" or doc[ent.end - 1].lower_ not in OFFICE_WORDS:
        return ent
    end = ent.end
    while end < len(doc) and doc[end].tag_ == "NNP" and doc[end].is_title and not doc[end].ent_type_:
        end += 1
    return Span(doc, ent.end, end, label=ent.label_) if end > ent.end else ent


_PLACE_HEADS = frozenset(
    "airport bay bridge street avenue boulevard road square park stadium arena center centre hospital "
    "school college library museum hall station".split()
)


def _named_after(doc: Doc, ent: Span) -> bool:
    """True for a person's name that begins the name of a place or body ("Nelson Mandela" of "Nelson
    Mandela Bay Municipality", "John F. Kennedy" of "John F. Kennedy International Airport")."""
    if ent.label_ != "PERSON" or ent.end >= len(doc):
        return False
    last = doc[ent.end - 1]
    named = last.dep_ == "compound" and last.head.i >= ent.end and last.head.is_title
    return named and last.head.lower_ in _PLACE_HEADS | ORG_HEADS


def _name_start(doc: Doc, ent: Span) -> Span:
    """ "London mayor Sadiq Khan" tagged only as "Khan": the untagged capitalised word after a title that
    modifies the name's first word is its first name."""
    if ent.label_ != "PERSON" or ent.start < 2:
        return ent
    given, title = doc[ent.start - 1], doc[ent.start - 2]
    whole = given.dep_ == "compound" and given.head.i == ent.start and given.tag_ == "NNP"
    whole = whole and given.is_title and not given.ent_type_ and given.lower_ not in PERSON_TITLES
    # (or after any word that is no name's: "second-seeded Agnieszka Radwanska", "former No. 1 Ana Ivanovic")
    other = not title.is_title and not given.is_sent_start and given.lower_ not in OFFICE_WORDS | PERSON_NOUNS
    if whole and ((title.is_lower and title.lower_ in PERSON_TITLES) or (other and len(ent) == 1)):
        return Span(doc, ent.start - 1, ent.end, label=ent.label_)
    return ent


def _split_possessive(doc: Doc, ent: Span) -> list[Span]:
    """ "Carlson’s Fox contract", "Holcomb’s 2016 campaign": an entity the tagger ran across an owner's
    possessive into the next noun's modifier is two names (or one and a word), as is a body's person
    named after it ("The Ai Group’s Innes Willox"); not a body's name with a
    plural's apostrophe ("the New Zealand Nurses' Organisation negotiating team")."""
    plural = ent.label_ == "ORG" and doc[ent.end - 1].lower_ in ORG_HEADS
    for k in range(ent.start + 1, ent.end - 1):
        owner = doc[k - 1]
        if plural and doc[k].text in ("'", "’"):
            continue
        if doc[k].tag_ == "POS" and owner.dep_ == "poss" and owner.head.i >= ent.end:
            return [Span(doc, ent.start, k, label=ent.label_), Span(doc, k + 1, ent.end, label=ent.label_)]
        if doc[k].tag_ == "POS" and owner.dep_ == "poss" and _owner_then_name(doc, k, ent):
            # "The Ai Group’s Innes Willox": the body, then its person; "Jeff Bezos’s Blue Origin": the
            # person, then his company
            named = "PERSON" if ent.label_ == "ORG" else "ORG"
            return [Span(doc, ent.start, k, label=ent.label_), Span(doc, k + 1, ent.end, label=named)]
    return [ent]


def _owner_then_name(doc: Doc, k: int, ent: Span) -> bool:
    """ "The Ai Group’s Innes Willox": a name after the possessive, its last word used alone elsewhere (not
    as the same words again: "Ukraine’s Defense Ministry" beside "Russia’s Defense Ministry" is one body)."""
    tail = doc[k + 1 : ent.end]
    if not 2 <= len(tail) <= 3 or not all(t.is_title for t in tail):
        return False
    alone = (t for t in doc if t.text == tail[-1].text and not ent.start <= t.i < ent.end)
    return any(t.i == 0 or doc[t.i - 1].text != tail[-2].text for t in alone)


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_IRISH = re.compile(r"O['’][A-Z][a-z]+$")


def _split_pair(doc: Doc, ent: Span) -> list[Span]:
    """ "James and Lachlan", "Pearnel Charles, Samuda": a person entity the tagger ran across "and" or a
    comma names two people; "the
    Transportation Department and Environmental Protection Agency" two bodies (each ends in a word for
    one, unlike "the Department of Health and Human Services")."""
    for k in range(ent.start + 1, ent.end - 1):
        if ent.label_ == "PERSON" and doc[k].text == "," and doc[k + 1].lower_.rstrip(".") not in _SUFFIXES:
            # "the Speaker of the House, Pearnel Charles, Samuda said": two people (not "King, Jr.")
            return [Span(doc, ent.start, k, label=ent.label_), Span(doc, k + 1, ent.end, label=ent.label_)]
        if ent.label_ == "ORG" and doc[k].text == "," and _listed(doc, ent, k):
            # "the Congress, Trinamool Congress, Samajwadi Party and other parties": a list, not one name
            return [
                Span(doc, ent.start, k, label=ent.label_),
                *_split_pair(doc, Span(doc, k + 1, ent.end, label="ORG")),
            ]
        if doc[k].lower_ != "and" or doc[k].dep_ != "cc":
            continue
        ends = {doc[k - 1].lower_, doc[ent.end - 1].lower_}
        bodies = ent.label_ == "ORG" and ends <= ORG_HEADS and not spelled(doc, ent.start, ent.end)
        if ent.label_ == "PERSON" or (bodies and k - ent.start > 1):
            return [Span(doc, ent.start, k, label=ent.label_), Span(doc, k + 1, ent.end, label=ent.label_)]
    return [ent]


def _listed(doc: Doc, ent: Span, comma: int) -> bool:
    """True for a comma inside a body's entity that the list it stands in goes on past ("..., Samajwadi
    Party and ..."), where no "of" or "for" before it makes it one long name ("Ministry of Trade, Industry
    and Energy")."""
    goes_on = ent.end < len(doc) and doc[ent.end].text == ","
    named = doc[comma + 1].text[:1].isupper()
    return goes_on and named and not any(t.lower_ in ("of", "for", "&") for t in doc[ent.start : comma])


def _split_bracket(doc: Doc, ent: Span) -> list[Span]:
    """ "The Ministry of Trade, Industry and Energy (MOTIE": an entity the tagger ran into the opening
    bracket of its own short form is the name and the short form."""
    for k in range(ent.start + 1, ent.end - 1):
        if doc[k].text == "(":
            return [Span(doc, ent.start, k, label=ent.label_), Span(doc, k + 1, ent.end, label=ent.label_)]
    return [ent]


def _split_place(doc: Doc, ent: Span) -> list[Span]:
    """ "special envoy to Ukraine Kurt Volker": a name the tagger ran together with the place of the
    title before it is the place and the person (the place is named on its own elsewhere)."""
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is None or before.lower_ not in ("to", "for", "of", "in") or ent.end - ent.start < 3:
        return [ent]
    if spelled(doc, ent.start, ent.end):
        return [ent]  # "president of Bangladesh Garment Manufacturers and Exporters Association (BGMEA)"
    titled = {before.head.lemma_.lower(), doc[before.i - 1].lemma_.lower()} & PERSON_TITLES
    if not titled or not doc[ent.start + 1].text[:1].isupper():
        return [ent]
    if not place(doc, doc[ent.start]):
        return _split_office(doc, ent)
    town = Span(doc, ent.start, ent.start + 1, label="GPE")
    return [town, Span(doc, ent.start + 1, ent.end, label="PERSON")]


def _split_office(doc: Doc, ent: Span) -> list[Span]:
    """ "Secretary of Homeland Security Kirstjen Nielsen": the office's body and the person after it, when
    the article calls the person by the entity's last word alone elsewhere ("Nielsen said")."""
    last = doc[ent.end - 1]
    alone = any(
        t.text == last.text and not (ent.start <= t.i < ent.end) and not doc[t.i - 1].text[:1].isupper()
        for t in doc
        if t.i > 0
    )
    if ent.end - ent.start < 4 or not alone or not doc[ent.end - 2].text[:1].isupper():
        return [ent]
    if last.lower_ in ORG_HEADS or doc[ent.end - 3].lower_ in ("and", "of", "for", "&"):
        return [ent]  # "the International Longshore and Warehouse Union" is one body's name
    return [
        Span(doc, ent.start, ent.end - 2, label=ent.label_),
        Span(doc, ent.end - 2, ent.end, label="PERSON"),
    ]


def _title_after(doc: Doc, ent: Span) -> Span:
    """ "Las Vegas Justice of the Peace Joe M. Bonaventure": a place the tagger ran into the office after
    it is the place."""
    if ent.end - ent.start < 2 or not office_of_the(doc, ent.end - 1):
        return ent
    return Span(doc, ent.start, ent.end - 1, label=ent.label_)


def _after_label(doc: Doc, ent: Span) -> Span:
    """ "Ongoing Environmental Protection: Entergy": an entity the tagger ran across a section label's
    colon is the name after it."""
    colon = max((k for k in range(ent.start + 1, ent.end - 1) if doc[k].text == ":"), default=None)
    return ent if colon is None else Span(doc, colon + 1, ent.end, label=ent.label_)


def _past_portfolio(doc: Doc, ent: Span) -> Span:
    """ "Minister for Mines and Minerals Ali Khan": a person the tagger ran back into the last word of a
    title's portfolio is the name after it."""
    before = doc[ent.start - 1] if ent.start > 0 else None
    if ent.label_ != "PERSON" or len(ent) < 3 or before is None or before.lower_ not in ("and", "of", "for"):
        return ent
    titled = any(t.lower_ in PERSON_TITLES for t in doc[max(0, ent.start - 6) : ent.start])
    return Span(doc, ent.start + 1, ent.end, label=ent.label_) if titled else ent
