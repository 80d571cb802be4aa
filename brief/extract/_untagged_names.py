"""Names the tagger missed: "Mr Streeting", "Germany's Olaf Scholz", "Minister for Civil Aviation Alfred
Manase", "Timothy Weeks" (a given name before a word it took for a date); else a possible surname."""

from __future__ import annotations

from brief.extract._kinds import (
    body_in_apposition,
    introduced_body,
    name_case,
    named_for,
    owned_office,
    statute,
    untagged_speaker,
)
from brief.extract._lexicon import (
    HONORIFICS,
    JUNK_NAMES,
    NAME_PARTICLES,
    PERSON_NOUNS,
    PERSON_TITLES,
    RANK_FIRSTS,
    TITLE_STOPS,
)
from brief.extract._mention import Mention, good_name, opens, written_together
from brief.extract._person_cues import occupation, person_cue, post_before, titled_appositive, titles_a_name
from brief.extract._syntax import Doc, Token, char_span, hyphen_chain, is_agentive, per_doc, text_of
from brief.extract._titles import person_forms

__all__ = ["given_name", "propn_mention"]


def given_name(tok: Token) -> bool:
    return (
        tok.is_title
        and tok.pos_ == "PROPN"
        and not tok.ent_type_
        and tok.lower_ not in PERSON_TITLES | HONORIFICS
    )


def _surname_as_people(doc: Doc, tok: Token) -> bool:
    """True for a person's surname the tagger took for a people, alone: "Okinawa Governor Inamine Keiichi
    ... Later in the day, Inamine issued a statement" (and the names of the people in Japanese order)."""
    alone = tok.ent_iob_ == "B" and (tok.i + 1 == len(doc) or doc[tok.i + 1].ent_iob_ != "I")
    alone = alone and (tok.i == 0 or not doc[tok.i - 1].is_title)  # (not "Young Indian, he said")
    if tok.ent_type_ != "NORP" or not alone:
        return False
    named = (e for e in doc.ents if e.label_ == "PERSON" and e.end <= tok.i)
    return any(tok.text in (e[0].text, e[-1].text) for e in named)


def _mid_sentence(doc: Doc) -> frozenset[str]:
    """Capitalised words the article writes somewhere other than at a sentence's opening."""
    return per_doc(
        doc,
        "mid_sentence_capitals",
        lambda: frozenset(t.text for t in doc if t.text[:1].isupper() and not opens(t)),
    )


def propn_mention(doc: Doc, tok: Token) -> Mention | None:
    """A name the tagger missed: "Mr Streeting", "Germany's Olaf Scholz" or "Timothy Weeks" (a given name
    before a word it took for a date); else a possible surname."""
    if not tok.text[:1].isupper():
        return None  # (``name_case`` below holds only for a word that opens with a capital: a quick way out)
    if tok.lower_ == "day" or tok.lower_ in JUNK_NAMES or tok.text == "I" or _amount(tok):
        return None  # "India's Republic Day", "on Aug 1": a day, no one; "Mr Speaker I’m asking": the speaker
    misdated = tok.ent_type_ in ("DATE", "TIME")  # "Timothy Weeks": a surname the tagger took for a date
    people = _surname_as_people(doc, tok)
    # a capitalised "noun" that does something mid-sentence is a name: "but Wikileaks welcomed the move"
    named = tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and not opens(tok) and tok.dep_ == "nsubj")
    speaker = untagged_speaker(tok)  # no organisation goes untagged before "said": a person's surname
    last = named_for(tok) if tok.is_title else tok.i  # "Transport for London says ...": a body's name
    named = named or speaker or last > tok.i
    tagged = tok.ent_type_ and not (misdated or people)
    if not named or tagged or tok.dep_ == "compound" or not name_case(tok):
        return None
    # "Trauma may cause ...", "Trauma suffered in childhood ...": a word capitalised only where it opens a
    # sentence, never mid-sentence, is a common word the tagger took for a name
    if opens(tok) and last == tok.i and tok.text not in _mid_sentence(doc) and not speaker:
        return None
    if (tok.dep_ == "appos" and tok.lower_ in PERSON_NOUNS | PERSON_TITLES) or titles_a_name(tok):
        return None  # "Ratnakar Shetty, Chief Administrative Officer, BCCI": a title, no one's name
    first = tok.i
    while (  # (and a particle: "Mayor de Blasio")
        first > 0
        and (doc[first - 1].is_title or doc[first - 1].text in NAME_PARTICLES)
        and (doc[first - 1].pos_ == "PROPN" or written_together(doc, first - 1) or doc[first - 1].is_lower)
        and not doc[first - 1].ent_type_
    ):
        first -= 1
    before = doc[first - 1] if first > 0 else None
    if before is not None and before.lower_ == "the" and first > 1:
        before = doc[first - 2]  # "Minister of the Interior Mart Helme"
    portfolio = before is not None and before.lower_ in ("of", "for") and before.head.lower_ in PERSON_TITLES
    portfolio = portfolio and tok.i - first >= 2  # (not "High Commissioner for Human Rights")
    if portfolio:
        first = tok.i - 1  # "Minister for Civil Aviation Alfred Manase": the portfolio's words, then a name
    chain = hyphen_chain(doc, first, tok.i)[0]  # "MORE-UFT", "Chick-fil-A"
    first = chain if doc[chain].text[:1].isupper() and tok.text[:1].isupper() else first
    while first < tok.i and (
        doc[first].lower_ in HONORIFICS | PERSON_TITLES | TITLE_STOPS
        or occupation(doc[first])
        or (doc[first].lower_ in RANK_FIRSTS and doc[first + 1].lower_ in PERSON_TITLES)  # "Senior Supt"
    ):
        first += 2 if doc[first + 1].text == "-" else 1  # "Attorney-General": no name of anyone's
    if (misdated and first == tok.i) or statute(doc, first, tok.i):
        return None  # a lone "Weeks" is a date after all
    owner = owned_office(doc, first, last)  # "the Utah Attorney General's Office": a body
    first, office = owner, owner < first
    start, end = char_span(doc, first, last)
    person = not office and (
        speaker
        or people
        or portfolio
        or (person_cue(doc, first) and not _owned_plural(doc, first, last))
        or (first < tok.i and (misdated or titled_appositive(tok) or post_before(doc, first, tok.i)))
        or (first < tok.i and (_one_of_them(tok) or _paired_person(tok)))
    )
    body = office or (not person and (introduced_body(tok) or body_in_apposition(tok)))  # "The group MPD150"
    body = body or (not person and _owned_plural(doc, first, last))  # "Gerhard Schroeder's Social Democrats"
    label = "PERSON" if person else "ORG" if body else "PROPN"
    m = Mention(start, end, text_of(doc)[start:end], label, tok.i)
    m.tokens, m.agentive = set(range(first, last + 1)), is_agentive(tok) or body or speaker
    if person:
        person_forms(doc, m, first)
    return m


def _owned_plural(doc: Doc, first: int, last: int) -> bool:
    """ "Gerhard Schroeder's Social Democrats": what an owner has, named in the plural, is no one person."""
    return first > 0 and doc[first - 1].tag_ == "POS" and doc[last].tag_ == "NNPS"


def _one_of_them(tok: Token) -> bool:
    """A name in apposition to "one of" people: "one of its leaders, Héctor Daer, urged ..."."""
    head = tok.head
    if tok.dep_ != "appos" or head.lower_ != "one":
        return False
    return any(
        p.lower_ == "of" and any(o.lemma_.lower() in PERSON_TITLES | PERSON_NOUNS for o in p.children)
        for p in head.children
    )


def _paired_person(tok: Token) -> bool:
    """A full name joined by "and" to a person's: "Nainkala Jha and Bina Pokhrel stressed that ..."."""
    head = tok.head
    return (
        tok.dep_ == "conj"
        and head.ent_type_ == "PERSON"
        and head.dep_ in ("nsubj", "nsubjpass")  # not "powers such as Ubisoft and Take-Two Interactive"
        and any(c.dep_ == "cc" for c in head.children)
    )


def _amount(tok: Token) -> bool:
    """A sum of money written as one word, no name ("Dh290,000"): only a word with digits is asked."""
    return any(c.isdigit() for c in tok.text) and not good_name(tok.text)
