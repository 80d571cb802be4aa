"""What kind of actor a name is, from the words around it rather than the tagger's label: an organisation
described as a body ("the fact-checking website Full Fact") or heading an institution's name ("Cal Tech"),
a law's name, an untagged speaker (who is a person: ``_person_cues``)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from brief.extract._lexicon import (
    HONORIFICS,
    OFFICE_WORDS,
    ORG_DESCRIPTIONS,
    ORG_HEADS,
    OUTLET_NOUNS,
    PLACE_NOUNS,
    PLACE_STARTS,
    POST_NOMINALS,
    STREET_ENDINGS,
    TOWN_ENDINGS,
)
from brief.extract._person_cues import occupation, titled_appositive
from brief.extract._syntax import SUBJECT_DEPS, is_report_verb, text_of

__all__ = [
    "GLOTTAL",
    "administration",
    "body_by_words",
    "body_in_apposition",
    "described_as_body",
    "employer_of",
    "introduced_body",
    "name_case",
    "named_for",
    "owned_office",
    "place_by_words",
    "run_as_body",
    "statute",
    "thing_in_apposition",
    "untagged_speaker",
]


def described_as_body(doc: Doc, first: int, last: int) -> bool:
    """True for a name whose apposition calls it an organisation ("Full Fact, the fact-checking website",
    "the fact-checking website Full Fact"); not a name with a person's title in apposition too ("Hugh
    Welsh, president of DSM North America, a company ...": the company is the one he heads)."""
    root = doc[last]
    if titled_appositive(root) or (first > 0 and doc[first - 1].lower_ in HONORIFICS):
        return False  # (nor "Prof. Suman Chakraborty, department of mechanical engineering")
    nouns = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    if first > 0 and doc[first - 1].is_lower:
        nouns.append(doc[first - 1])  # parsed as a title: "the fact-checking website Fair Check"
    return any(d.lower_ in ORG_DESCRIPTIONS or d.lower_ in _BODY_NOUNS for d in nouns)


def employer_of(doc: Doc, last: int) -> bool:
    """True for a "person" whose last word heads an institution's name: "Cal Tech", "Georgia Tech"."""
    return doc[last].lower_ in ORG_HEADS or doc[last].lower_ == "tech"


_BODY_NOUNS = frozenset(
    "website site newspaper charity nonprofit organisation organization network outlet party institute "
    "foundation laboratory".split()
)
_HEADED = frozenset(
    "leader head chief chairman chairwoman chair president member founder councillor councilor mp td msp mla"
    " mep senator lawmaker legislator".split()
)
_LED = frozenset({"led", "backed", "run", "owned", "controlled"})


def run_as_body(doc: Doc, first: int, last: int) -> bool:
    """True for a name the sentence treats as a body, whatever the tagger called it: "the leader of Fianna
    Fáil", "the Fianna Fáil-led coalition", "Sinn Féin chief Mary Lou McDonald" (its office, then its
    holder's name). Not "which" after it: the parser hangs on a name the "which" of the thing before ("a
    dinner hosted by Foreign Minister Bernard Kouchner, which also included Abbas")."""
    root = doc[last]
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "the leaders of Fine Gael, Fianna Fáil, and the Social Democrats"
    office = root.head.head  # lower case: not "Chief of Army Staff General Asim Munir", a title
    if root.dep_ == "pobj" and root.head.lower_ == "of" and office.is_lower and office.lemma_ in _HEADED:
        return True
    after = doc[last + 1 : last + 4]
    if len(after) >= 2 and after[0].text == "-" and after[1].lower_ in _LED:
        return True
    return (
        len(after) >= 2
        and after[0].is_lower
        and after[0].lemma_.lower() in _HEADED
        and after[1].ent_type_ == "PERSON"
    )


def body_in_apposition(tok: Token) -> bool:
    """ "MORE-UFT, a faction of the teacher's union, blasted ...": capitals an apposition calls a body."""
    return any(c.dep_ == "appos" and c.lemma_.lower() in ORG_DESCRIPTIONS for c in tok.children)


def introduced_body(tok: Token) -> bool:
    """True for the name right after "the group", "a company" (and not a transcript's "GROUP #1")."""
    noun, det = tok.nbor(-1) if tok.i > 1 else None, tok.doc[tok.i - 2] if tok.i > 1 else None
    described = noun is not None and noun.is_lower and noun.lemma_ in ORG_DESCRIPTIONS
    return described and det is not None and det.lower_ in ("the", "a", "an")


_STATUTES = frozenset(
    "Law Act Bill Treaty Amendment Accord Accords Agreement Protocol Directive Ordinance Statute".split()
)


def statute(doc: Doc, first: int, last: int) -> bool:
    """True for the name of a law, whatever its tag: "the city's Multiple Dwelling Law", "the Patriot
    Act" (but "Jude Law")."""
    while (
        first > 0
        and doc[first - 1].is_title
        and doc[first - 1].pos_ in ("ADJ", "PROPN")
        and not (doc[first - 1].is_sent_start or occupation(doc[first - 1]))  # "Actor Jude Law said"
        and (first <= doc[first - 1].head.i <= last)
    ):
        first -= 1  # "Agricultural" of "Agricultural Interference Law", which the tagger left out
    before = doc[first - 1] if first > 0 else None
    named_the = before is not None and (before.lower_ == "the" or before.tag_ == "POS")  # "Utah's ... Law"
    if last > first and doc[last].like_num and len(doc[last]) == 4:
        last -= 1  # "Climate Change Bill 2022": the year it was brought
    return doc[last].text in _STATUTES and (last - first >= 2 or named_the)


def owned_office(doc: Doc, first: int, last: int) -> int:
    """Where a body named for its head's office starts: "Utah Attorney General's Office" (not "Office",
    a person's name after an owner's possessive like "Germany's Olaf Scholz"); ``first`` otherwise."""
    if doc[last].lower_ not in ORG_HEADS or first < 2 or doc[first - 1].tag_ != "POS":
        return first
    start = first - 1
    while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return start if start < first - 1 and doc[first - 2].lower_ in OFFICE_WORDS else first


def untagged_speaker(tok: Token) -> bool:
    """ "Jebaily said he was voting yes": a capitalised adverb of a speech verb that has no subject."""
    verb = tok.head
    return (
        tok.dep_ == "advmod"
        and tok.is_title
        and verb.i == tok.i + 1
        and verb.tag_ in ("VBD", "VBZ")  # not "When asked what ..."
        and is_report_verb(verb)
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )


def named_for(tok: Token) -> int:
    """The last word of a body's name told as "X for Y" ("Transport for London says ...", "Americans for
    Prosperity said"): a capitalised subject of a report verb with "for" and capitalised words after it;
    else ``tok.i``."""
    if tok.dep_ != "nsubj" or not is_report_verb(tok.head):
        return int(tok.i)
    prep = next(
        (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" and c.i == tok.i + 1), None
    )
    words = list(prep.subtree)[1:] if prep is not None else []
    if not words or not all(w.is_title or w.lower_ in ("of", "and", "the") for w in words):
        return int(tok.i)
    return int(words[-1].i)


def administration(doc: Doc, last: int) -> bool:
    """True when a name modifies the "administration" after it ("the Obama administration")."""
    after = doc[last + 1] if last + 1 < len(doc) else None
    return after is not None and after.lower_ == "administration" and doc[last].head.i == after.i


def thing_in_apposition(tok: Token) -> bool:
    """ "the heroin treatment drug, Subutex": a name set beside a common noun that is no word for a place,
    and never named again, is a thing's (but "the capital, Nairobi" is a place, and "the object, TMR-1C"
    that the whole story is about stays)."""
    beside = tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() not in PLACE_NOUNS
    return beside and text_of(tok.doc).count(tok.text) == 1


# a Polynesian name with its glottal stop, which no title-case test passes: "Papali’i", "La'auli", "Ti’avea"
GLOTTAL = re.compile(r"^[A-Z][a-z]*[’'ʻ][a-z]+$")


def name_case(tok: Token) -> bool:
    """ "Streeting"; or capitals with a digit ("MPD150"), named by "the group" before it, or given in
    brackets after a name ("The Irish Farmers Association (IFA)")."""
    if tok.is_title or GLOTTAL.match(tok.text):
        return True
    bracketed = f"({tok.text})" in text_of(tok.doc) and tok.lower_ not in POST_NOMINALS  # not "Ojo (SAN)"
    body = introduced_body(tok) or body_in_apposition(tok) or bracketed
    return tok.is_upper and len(tok) > 1 and (body or any(c.isdigit() for c in tok.text))


_BODY_TITLES = OUTLET_NOUNS | {"subsidiary", "affiliate", "company", "firm", "startup", "unit"}
# the last words of newspapers' names, none a surname seen in news
_MASTHEADS = frozenset(
    "star times tribune herald gazette chronicle observer journal courier telegraph".split()
)


def body_by_words(doc: Doc, first: int, last: int) -> bool:
    """True for a "person" the words around it make a body: a body's noun before it ("tech blog Gizmodo",
    "broadcaster TV4", "Vulcan subsidiary Sac-Tun"), an outlet's after it ("Al Khaleej newspaper"), or a
    short form after it in brackets written as a word, as bodies are ("Calizas Industriales del Carmen
    (Calica)"; not a party's letter, "Kristi Noem (R)", nor capitals that may be the name's own initials,
    "Swayamsewak Sangh (RSS)")."""
    if first > 0 and doc[first - 1].lemma_.lower() in _BODY_TITLES:
        return True
    if doc[last].dep_ == "compound" and doc[last].head.lower_ in OUTLET_NOUNS:
        return True
    if last > first and doc[last].lower_ in _MASTHEADS:
        return True  # "told Solomon Star yesterday", "the Miami Herald reported": an outlet's name
    after = doc[last + 1 : last + 4]
    if len(after) != 3 or after[0].text != "(" or after[2].text != ")":
        return False
    word = after[1].text
    return word.isalpha() and len(word) >= 3 and word[0].isupper() and not word.isupper()


_AT = frozenset({"in", "at", "near"})


def place_by_words(doc: Doc, first: int, last: int) -> bool:
    """True for a "person" the words around it make a place: a town's word at its end or after it ("Ho Chi
    Minh City", "Vayots Dzor province"; but "Jenny Town" may be a person), a place's word at its start
    ("Isla Calero", "Mount Kenya"), or, with no title before it, every mention of it (by its last word) the
    object of "in", "at" or "near", alone or as a name's last word ("cases in Pernik", "the meeting in Da
    Nang")."""
    town = doc[last].lower_ in TOWN_ENDINGS and last - first > 1
    town = town or (doc[last].lower_ in STREET_ENDINGS and last > first)  # "Oliver Plunkett St"
    if town or (doc[last].dep_ == "compound" and doc[last].head.lower_ in TOWN_ENDINGS):
        return True
    if first < last and doc[first].lower_ in PLACE_STARTS:
        return True
    if first > 0 and doc[first - 1].is_title:
        return False

    def placed(t: Token) -> bool:
        head = t.head if t.dep_ in ("compound", "flat") and t.head.ent_type_ == t.ent_type_ else t
        return head.dep_ == "pobj" and head.head.lower_ in _AT

    # (the mention in hand first: the others are asked only of a name placed there)
    return placed(doc[last]) and all(placed(t) for t in doc if t.text == doc[last].text)
