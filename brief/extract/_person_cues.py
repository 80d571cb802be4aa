"""Whether a name is a person's, from the words around it rather than the tagger's label: a title or an
honorific before it ("Prof. Suman Chakraborty", "Justice Iain Morley"), a person's noun or title set beside
it ("Karuppanan, a farmer", "the chairman, Bonginkosi Ndlela"), another person beside it, a "who" after it
or a party and seat in brackets."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from brief.extract._lexicon import (
    AGENT_ENDINGS,
    GROUP_NOUNS,
    HONORIFICS,
    MISTERS,
    NAME_PARTICLES,
    ORG_HEADS,
    PERSON_NOUNS,
    PERSON_TITLES,
    RANK_FIRSTS,
    SHORT_TITLES,
)
from brief.extract._syntax import PARTY_SEAT, text_of

__all__ = [
    "described",
    "list_mates",
    "occupation",
    "person_by_title",
    "person_cue",
    "post_before",
    "speaks_by_surname",
    "titled_appositive",
    "titled_in_apposition",
    "titled_name",
    "titles_a_name",
    "who",
]


def who(doc: Doc, first: int, last: int) -> bool:
    """True for a bare two- or three-word name followed by a "who" clause ("Montell Figgins, who ...") or
    after a title of office in lower case ("the company's executive chair Marcelo Claure"), or before a
    lawmaker's party and seat ("Gobind Singh Deo (DAP-Puchong)"), listed with people only ("Ritsu Doan and
    Takuma Asano"), followed by "as" and a title ("replace Nicola Sturgeon as leader") or set after one
    ("Judge of Patan High Court, Brajesh Pyakurel, was appointed")."""
    if not _bare_name(doc, first, last, shortest=2):
        return False
    if first > 0 and doc[first - 1].is_lower and doc[first - 1].lower_ in PERSON_TITLES:
        return True
    if PARTY_SEAT.match(text_of(doc), doc[last].idx + len(doc[last].text) + 1):
        return True
    titled_as = (t.head.i == last + 1 and t.lemma_.lower() in PERSON_TITLES for t in doc[last + 2 : last + 5])
    if last + 1 < len(doc) and doc[last + 1].lower_ == "as" and any(titled_as):
        return True  # "to replace Nicola Sturgeon as Holyrood leader"
    if _listed_with_people(doc, first, last):
        return True  # "goals by Ritsu Doan and Takuma Asano"
    title = doc[last].head
    while title.dep_ in ("pobj", "prep") and title.head.i < title.i:  # (the parser's "Court, Brajesh ...")
        title = title.head
    set_off = first > 0 and doc[first - 1].text == ","  # not "president of the advocacy group Free Press"
    if set_off and doc[last].dep_ == "appos" and title.i < first and title.lemma_.lower() in PERSON_TITLES:
        return True  # "Judge of Patan High Court, Brajesh Pyakurel, was appointed"
    return any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in doc[last].children)


_OCCUPATION_ENDINGS = ("ologist", "ist", "ician")


def list_mates(doc: Doc, first: int, last: int) -> list[Token]:
    """The last words of the other names in the list a name is one of ("Ritsu Doan and Takuma Asano")."""
    top = doc[last]
    while top.dep_ == "conj":
        top = top.head
    items = [top, *(t for t in top.subtree if t.dep_ == "conj" and t.head.i != t.i)]
    return [t for t in items if not first <= t.i <= last]


def _listed_with_people(doc: Doc, first: int, last: int) -> bool:
    """True for a name listed only with people ("Ritsu Doan and Takuma Asano", "she and Vince Cable"); not
    one among companies or papers the tagger took one of for a person ("the Sacramento Bee, Miami Herald
    and Kansas City Star"), nor "Home Affairs"."""
    others = list_mates(doc, first, last)
    person = all((t.ent_type_ == "PERSON" and t.ent_iob_ == "I") or t.lower_ in ("he", "she") for t in others)
    # (a plural "Affairs" is no one's name, whatever "Sinha" was tagged)
    plural = any(t.tag_ == "NNPS" and t.lower_.endswith("s") for t in doc[first : last + 1])
    return bool(others) and person and not plural


def occupation(tok: Token) -> bool:
    """A word for what someone does, capitalised before their name: "Sociologist Joscha Legewie",
    "Economist Ana Ruiz", "Physician ...", "Campaigner Mary Smith" (a speaking group's noun for one)."""
    word = tok.lower_
    agent = word in GROUP_NOUNS and word.endswith(AGENT_ENDINGS)  # not "Union" or "Government"
    return (
        tok.is_alpha
        and (word in PERSON_NOUNS or word.endswith(_OCCUPATION_ENDINGS) or agent)
        and len(word) > 4
    )


def titled_in_apposition(doc: Doc, first: int, last: int) -> bool:
    """A bare name of two or three words with a person's title in apposition, whatever the tagger called
    it: "Cecilia Malmström, the EU's trade commissioner, said"."""
    return _bare_name(doc, first, last, shortest=2) and titled_appositive(doc[last])


# "Justice Iain Morley", "Dr Kishore Shallow", tagged an organisation
_RANKS = PERSON_TITLES | HONORIFICS | {"justice", "magistrate"}


def titled_name(doc: Doc, first: int, last: int) -> bool:
    """True for a rank or title the tagger took into an organisation's name, then a bare name of two or
    three words: "Major-Gen Gopaul Govender" (one after a title's initials: "CM Banerjee"); or a bare name
    of two or three words right after a title: "Congress MP Gaurav Gogoi"."""
    k = first
    while k < last and (
        doc[k].lower_ in _RANKS
        or (doc[k].tag_ == "HYPH" and k > first)
        or (doc[k].lower_ in RANK_FIRSTS and doc[k + 1].lower_ in _RANKS and k + 1 < last)  # "Air Marshal"
    ):
        k += 1
    if first == k:
        titled = first > 0 and _title_word(doc, first - 1) and doc[last].dep_ != "appos"
        return titled and _bare_name(doc, first, last, shortest=2)  # not "Jan Moller, Director Louisiana ..."
    initials = doc[k - 1].is_upper and len(doc[k - 1]) <= 3
    ranked = k - first >= 2  # a rank of two words before a surname (but "General Motors", one)
    return doc[k - 1].tag_ != "HYPH" and _bare_name(doc, k, last, shortest=1 if initials or ranked else 2)


def _title_word(doc: Doc, k: int) -> bool:
    """True for a title before a name, "his opposite number" too (a coach's or minister's counterpart:
    "And his opposite number Morena Ramoreboli said ...")."""
    return doc[k].lower_ in PERSON_TITLES or (doc[k].lower_ == "number" and doc[k - 1].lower_ == "opposite")


def _bare_name(doc: Doc, first: int, last: int, shortest: int) -> bool:
    """A name of ``shortest`` to three capitalised words, none the head of an institution's name."""
    # a hyphened word is one ("Sei-ichiro Watanabe", "Iain Lees-Galloway")
    words = [
        t for t in doc[first : last + 1] if t.tag_ != "HYPH" and (t.i == first or doc[t.i - 1].tag_ != "HYPH")
    ]
    # nor a particle inside it ("Giannella de Marco") or the quotation marks of a nickname ("Arthur
    # “Stitch” Martin")
    named = [t for t in words if not (t.is_quote or (t.lower_ in NAME_PARTICLES and first < t.i < last))]
    return shortest <= len(named) <= 3 and all(t.is_title and t.lower_ not in ORG_HEADS for t in named)


def described(doc: Doc, first: int, last: int) -> bool:
    """True for a name of one to three words described as one person right after it: "Karuppanan, a
    farmer from Karimangalam", "Somanathan, 61, another farmer" (an age, then a person's noun)."""
    if not _bare_name(doc, first, last, shortest=1):
        return False
    k = last + 1
    if k < len(doc) and doc[k].text == ",":
        k += 1
        if k + 1 < len(doc) and doc[k].like_num and doc[k + 1].text == ",":
            k += 2  # an age
        if k < len(doc) and doc[k].lower_ in ("a", "an", "another"):
            return any(t.lower_ in PERSON_NOUNS for t in doc[k + 1 : k + 4] if t.pos_ == "NOUN")
    return False


def post_before(doc: Doc, first: int, last: int) -> bool:
    """An untagged full name right after a lower-case post: "Pittsburgh center Maurkice Pouncey"."""
    before = doc[first - 1] if first > 0 else None
    words = {t.lower_ for t in doc[first : last + 1]}
    return before is not None and before.pos_ == "NOUN" and before.is_lower and not words & ORG_HEADS


# words for a person no company is called ("“Rio Tinto”, an investor" is one)
_ONE_PERSON = PERSON_NOUNS - frozenset(
    "investor owner member leader trader landlord tenant critic parent".split()
)


def titles_a_name(tok: Token) -> bool:
    """A person's title or word for one person with the person named in apposition, the title of that name
    and no name of its own: "the U.S. Special Representative for North Korea, Stephen Biegun", "Special
    Public Prosecutor, Shailendra Babbar, said"."""
    office = tok.lower_ in PERSON_TITLES | PERSON_NOUNS
    # (or, of a subject, on the body it heads: "Pulmonology Professor and vice president of the Greek
    # Pulmonary Society, Nikos Tzanakis, estimated", the parser hanging the name on the society)
    named = tok.subtree if tok.dep_ in ("nsubj", "nsubjpass") else tok.children
    return office and any(
        t.dep_ == "appos" and t.ent_type_ == "PERSON" and (t.head.i == tok.i or t.head.dep_ == "pobj")
        for t in named
    )


def titled_appositive(tok: Token) -> bool:
    """ "Ivy Long, the director of the council", "Eleanor Azar, PR Officer", "Katarina Vasković, a
    participant of the protest": an untagged full name with a person's title or a word for one person; or
    the name set after a title ("the Director-General of the campaign, Adebayo Shittu, said")."""
    if any(c.dep_ == "appos" and c.lemma_.lower() in PERSON_TITLES | _ONE_PERSON for c in tok.children):
        return True
    if tok.dep_ != "appos":
        return False
    before = [tok.head, *(c for c in tok.head.children if c.dep_ == "appos" and c.i < tok.i)]
    return any(
        t.i < tok.i
        and t.lemma_.lower() in PERSON_TITLES
        and any(c.dep_ in ("det", "poss", "compound") for c in t.children)
        for t in before
    )


def speaks_by_surname(doc: Doc, first: int, last: int) -> bool:
    """True for a bare two- or three-word name that tells or says something and whose last word alone,
    untagged as a place or people, tells or does something elsewhere: "Yale Galanter told The Associated
    Press ... Galanter said", whatever the tagger called it (here a work of art)."""
    if not _bare_name(doc, first, last, shortest=2) or not _reports(doc[last]):
        return False
    word = doc[last].text
    return any(
        t.text == word
        and t.dep_ == "nsubj"
        and t.ent_type_ not in ("GPE", "LOC", "NORP")
        and not first <= t.i <= last
        for t in doc
    )


def _reports(tok: Token) -> bool:
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ("say", "tell")


_PARTISANS = frozenset("republican democrat conservative tory socialist liberal".split())


def person_cue(doc: Doc, first: int) -> bool:
    """True after "Mr", a title ("Chancellor"), a possessive owner ("Germany's") or a party member's noun
    ("Republican Barb Cross")."""
    before = doc[first - 1] if first > 0 else None
    if before is None:
        return False
    titled = before.lower_ in HONORIFICS or before.lower_ in PERSON_TITLES or before.tag_ == "POS"
    return titled or (before.is_title and (occupation(before) or before.lower_ in _PARTISANS))


_MONARCHS = frozenset({"king", "queen", "prince", "princess", "emperor", "empress", "pope", "sultan"})
_REGNAL = re.compile(r"^[IVX]+$")


def _regnal(doc: Doc, first: int, last: int) -> bool:
    """True for a monarch's title, name and number: "King Tupou VI", tagged an organisation."""
    return last > first and doc[first].lower_ in _MONARCHS and bool(_REGNAL.match(doc[last].text))


def title_after(doc: Doc, last: int) -> bool:
    """True for a name followed by a person's title of something: "Talib Hilal coach of the national beach
    soccer team said", tagged an organisation (not "Apple spokesman Josh Rosenstock": his, named)."""
    after = doc[last + 1 : last + 3]
    return (
        len(after) == 2 and after[0].is_lower and after[0].lower_ in PERSON_TITLES and after[1].lower_ == "of"
    )


def _titled(doc: Doc, first: int, last: int) -> bool:
    """True for a short title or an occupation before a given name and a surname: "Cr Heather Marcus",
    "Farmer John Kamau", "Midfielder Rio Cardines", tagged an organisation (a whole title may start a
    body's name: "Major League Baseball")."""
    short = doc[first].lower_.rstrip(".") in SHORT_TITLES
    # a councillor by surname alone too ("Cllr Feeley"), not a generation ("Gen Z")
    alone = short and last - first == 1 and doc[first].lower_.rstrip(".") in _COUNCILLORS
    return (
        (last - first >= 2 or alone)
        and doc[first].is_title
        and (short or (doc[first].lower_ in PERSON_NOUNS and last - first == 2))
        and all(t.is_title and t.pos_ == "PROPN" for t in doc[first + 1 : last + 1])
    )


_COUNCILLORS = frozenset({"cr", "cllr", "coun", "ald"})


def person_by_title(doc: Doc, first: int, last: int) -> bool:
    """True for a name an honorific, a short title, a monarch's number or a title after it makes a
    person's, whatever the tagger called it: "Mr Pompeo", "Cr Heather Marcus", "King Tupou VI", "Talib
    Hilal coach of the national beach soccer team"."""
    return (
        doc[first].lower_ in MISTERS
        or _titled(doc, first, last)
        or _regnal(doc, first, last)
        or title_after(doc, last)
    )
