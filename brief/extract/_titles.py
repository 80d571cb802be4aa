"""What a person's name brings with it: the title before it ("UK Prime Minister Sir Keir Starmer"), a
possessive owner ("Ukraine's Volodymyr Zelensky") and an apposition ("the Kremlin's spokesperson, Dmitry
Peskov"), each kept as an alias, a role or an affiliation of the mention."""

from __future__ import annotations

from brief.extract._apposed import apposed_titles
from brief.extract._appositions import AGENTS, no_title
from brief.extract._joint_titles import title_before_and
from brief.extract._lexicon import (
    DOCUMENT_NOUNS,
    HONORIFICS,
    JUNK_NAMES,
    OFFICE_WORDS,
    ORG_DESCRIPTIONS,
    PERSON_TITLES,
    TITLE_FORMS,
)
from brief.extract._mention import LEFT_DEPS, Mention
from brief.extract._open import in_title
from brief.extract._places import DEMONYMS
from brief.extract._subjects import named_after_title
from brief.extract._syntax import Doc, Token, affiliation, char_span, phrase_text
from brief.extract._title_starts import conjoined_title, detached_title, office_of, sibling_title

__all__ = ["office_of_the", "person_forms", "place"]

_PREFIX_DEPS = {"compound", "amod", "nmod", "prep", "pobj", "conj", "cc"}


_ORDINALS = ("first", "second")


def person_forms(doc: Doc, m: Mention, first: int) -> None:
    """Take a person's title, possessive owner and apposition into the mention starting at ``first``."""
    _title_prefix(doc, m, first)
    _office_named(doc, m)
    _possessive_form(doc, m, first)
    _appositive(doc, m)


def _office_named(doc: Doc, m: Mention) -> None:
    """ "New York State Attorney General", "the Lord Chief Justice": a title with no name after it (the
    tagger's "General", "Justice") is named by the whole office, with no role of its own."""
    if m.role and m.forms and " " not in m.text and m.text.lower() in OFFICE_WORDS:
        start, end = m.forms[-1]
        m.start, m.end, m.text, m.role = start, end, doc.text[start:end], ""


def _in_title(tok: Token, root: int) -> bool:
    """True for a word of the title phrase before a name ("U.S. Secretary of State"), the brackets of an
    acronym in it ("Democratic Alliance (DA) leader") and the commas of a list in it."""
    if tok.text in ("(", ")") and tok.head.i != tok.i:
        opening = next((t for t in reversed(tok.doc[max(0, tok.i - 3) : tok.i + 1]) if t.text == "("), None)
        around = (tok.doc[opening.i - 1], tok.doc[opening.i + 1]) if opening is not None and opening.i else ()
        # not a body the tagger took for a person ("Rashtriya Sewak Morcha (RSM) ideologue Ravi Kumar")
        return bool(around) and all(t.ent_type_ != "PERSON" for t in around) and _in_title(tok.head, root)
    if tok.text == "," and tok.head.dep_ in ("pobj", "conj") and tok.i + 1 < len(tok.doc):
        # the comma of a portfolio's list ("Director of Planning, Environment and Place-making")
        return _in_title(tok.head, root) and _in_title(tok.doc[tok.i + 1], root)
    if tok.dep_ not in _PREFIX_DEPS or tok.is_punct or tok.is_space:
        return False
    return any(a.i == root for a in tok.ancestors)


def _bracketed_body(doc: Doc, k: int) -> int:
    """Where a title that starts with a body's name and its acronym in brackets starts, however the parser
    hung that name ("Bulawayo Progressive Residents Association (BPRA) Coordinator"): before the body."""
    close = k if doc[k].text == ")" else k + 1  # (the parser may have hung the acronym apart too)
    bracketed = close >= 3 and doc[close].text == ")" and doc[close - 2].text == "("
    if not bracketed or not doc[close - 1].text[:1].isupper():  # "(BPRA)", "(Saftu)"
        return k
    start = close - 3
    if doc[start].ent_type_ not in ("ORG", "GPE", "NORP"):  # (the tagger's "South African Federation ...")
        return k
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return start - 1


def _title_hyphen(doc: Doc, k: int, root: int) -> bool:
    """The hyphen inside a hyphenated title ("Attorney-General George Brandis"), and a name hyphened to a
    word of the title ("Maryland-based product liability lawyer Jim Dunham")."""
    if doc[k].tag_ == "HYPH" and k > 0 and doc[k - 1].is_title:
        return _in_title(doc[k - 1], root) or doc[k - 1].head.i == k + 1
    if doc[k].text == "-" and k > 0 and not doc[k].whitespace_ and not doc[k - 1].whitespace_:
        return _in_title(doc[k - 1], root)  # "Green Party co-leader Caroline Lucas": the tagger's "-" a noun
    hyphened = k + 2 < len(doc) and doc[k + 1].tag_ == "HYPH" and doc[k].head.i == k + 2
    return hyphened and doc[k].is_title and _in_title(doc[k + 2], root)


def _of_the(doc: Doc, k: int) -> bool:
    """A word of an office's "X of the Y" before a name ("Justice of the Peace Joe M. Bonaventure")."""
    return any(office_of_the(doc, start) for start in (k, k - 1, k - 2) if start >= 0)


def office_of_the(doc: Doc, i: int) -> bool:
    """True for a title of office followed by "of the" ("Justice of the Peace", "Secretary of the Navy")."""
    following = [t.lower_ for t in doc[i + 1 : i + 3]]
    return following == ["of", "the"] and (doc[i].lower_ in PERSON_TITLES or doc[i].lower_ in TITLE_FORMS)


def _title_prefix(doc: Doc, m: Mention, first: int) -> None:
    """Take the title before a name ("UK Prime Minister Sir Keir Starmer") as alias and role."""
    k = first - 1
    while k >= 0 and (_in_title(doc[k], m.root) or _title_hyphen(doc, k, m.root) or _of_the(doc, k)):
        k -= 1
    k = _bracketed_body(doc, k) if k < first - 1 else k
    if 0 < k < first - 2 and doc[k].tag_ == "HYPH" and not doc[k].whitespace_ and doc[k + 1].is_lower:
        # no title starts inside a hyphened word: "a grim-faced union General-Secretary" is "union
        # General-Secretary", but a rank ("second-ranking") is the title's own (and "now-Attorney General
        # Jeff Sessions" is the Attorney General)
        rank = doc[k + 1].lower_.endswith("ing")
        k = k - 2 if rank and not doc[k - 1].whitespace_ else k + 1
    if k == first - 1 and (detached := detached_title(doc, first)) is not None:
        k = detached - 1
    if (office := office_of(doc, k, first, m.root)) is not None:
        k = office - 1
    if (sibling := sibling_title(doc, k + 1, m.root)) is not None:
        k = sibling - 1
    if k == first - 1 and (joined := conjoined_title(doc, first, m.root)) is not None:
        k = joined - 1
    # "House Ways and Means Committee Chairman", but "Trump and US Trade Representative Robert Lighthizer":
    # the title after another's name is the title alone
    joins = [t.i for t in doc[k + 1 : first] if t.dep_ == "cc" and (t.i == k + 1 or _after_name(t, m.root))]
    k = joins[-1] if joins else k
    if k >= 0 and (other := title_before_and(doc, k)) is not None:  # "Chief Minister and BJP leader X"
        m.forms.append((doc[other].idx, doc[k - 1].idx + len(doc[k - 1])))
        m.tokens.update(range(other, k))
    while k + 1 < first and _no_title(doc[k + 1]):
        k += 1  # "nothing President Trump has done", "In January Trump said", "Local 200 President"
    # an honorific is no title ("Prime Minister Sir Keir Starmer"), but the noun of one is ("First Lady")
    words = [t for t in doc[k + 1 : first] if t.lower_ not in HONORIFICS or doc[t.i - 1].lower_ in _ORDINALS]
    if words and (not any(t.pos_ in ("NOUN", "PROPN") for t in words) or words[-1].lower_.endswith("based")):
        # "the even wealthier Michael Bloomberg", "ascendant Buttigieg", "Boston-based Anton Reyes": a
        # description, no title
        return
    if len(words) == 1 and k >= 0 and doc[k].lower_ in ("to", "for", "of", "in") and place(doc, words[0]):
        return  # "envoy to Ukraine Kurt Volker": the place of a title before it, not a title
    gerund = len(words) == 1 and words[0].is_lower and words[0].lower_.endswith("ing")
    if gerund and words[0].lower_ not in PERSON_TITLES:
        return  # "there was no hiding Gustavsson's disappointment": a verb, no title
    portfolio = any(t.lower_ in ("of", "for") for t in words)  # "Minister of Mines and Minerals"
    if words and words[-1].tag_ in ("NNS", "NNPS") and words[-1].lower_ not in _NOT_PLURAL and not portfolio:
        return  # "founding members Tom Johnston and Pat Simmons": what several are, not one's title
    closed = [t.i for t in words if t.text == ")"]
    if closed and not any(t.text == "(" for t in words):  # "... of Kenya (CAK) Director-General": the title
        k, words = closed[-1], [t for t in words if t.i > closed[-1]]
    if k + 1 < first:
        m.forms.append((doc[k + 1].idx, m.end))
        m.tokens.update(range(k + 1, first))
    while words and (words[-1].is_punct or words[0].lower_ in ("the", "a", "an")):
        words = words[1:] if words[0].lower_ in ("the", "a", "an") else words[:-1]  # "the Minister of X,"
    if words:
        m.role = phrase_text(doc, words[0].i, words[-1].i)
        m.affil |= {affiliation(t.text) for t in words if t.ent_type_ in ("NORP", "GPE", "ORG")}


_NOT_PLURAL = frozenset({"news", "affairs", "sales", "communications", "arms", "relations"})  # "... affairs"
_NOBODY = frozenset("nothing anything everything something nobody anybody everybody somebody".split())


def _after_name(cc: Token, root: int) -> bool:
    """An "and" after a name outside any name holding it: "Trump and US Trade Representative", "Minister for
    X Carmel Sepuloni and Minister ..."; not "House Ways and Means Committee", "Minister for Mines and" nor
    "Energy and Mines Minister Gonzalo Tamayo" (a portfolio the parser hung on the name)."""
    before = cc.doc[cc.i - 1]  # (the tagger may take the name for a verb or an adjective)
    if not before.ent_type_ and before.dep_ in ("nmod", "compound") and before.head.i == root:
        return False
    titled = any(t.is_title and t.lower_ in PERSON_TITLES for t in cc.doc[cc.i + 1 : cc.i + 5])
    portfolio = before.dep_ == "pobj" and before.head.lower_ in ("of", "for") and not titled
    capital = before.text[:1].isupper()  # "McCain", "TfL": a name, though not in title case
    return bool(capital and not portfolio and (before.ent_type_ == "PERSON" or cc.ent_iob_ != "I"))


def _no_title(tok: Token) -> bool:
    """A word before a name that begins no title: a bare number ("Local 200"; not "21st Century Fox"), a
    day or month, "nothing", "Honour", "fellow", a gerund opening the sentence ("Questioning Vindman,
    Republicans asked"; not "acting District Attorney Eric Gonzalez")."""
    gerund = tok.is_sent_start and tok.lower_.endswith("ing") and tok.lower_ not in PERSON_TITLES
    honour = tok.lower_ in ("honour", "honor", "fellow")  # "His Honour Judge Neil Ford" is a judge
    return tok.text.isdigit() or tok.lower_ in JUNK_NAMES or tok.lower_ in _NOBODY or gerund or honour


def _possessive_form(doc: Doc, m: Mention, first: int) -> None:
    """Keep "Ukraine's Volodymyr Zelensky" as an alias and the owner as an affiliation."""
    case = doc[first - 1] if first > 0 else None
    if case is None or case.tag_ != "POS" or case.head.dep_ != "poss" or case.head.head.i != m.root:
        return
    owner = case.head
    m.forms.append((owner.left_edge.idx, m.end))
    if owner.ent_type_ in ("GPE", "NORP", "ORG"):
        m.affil.add(affiliation(owner.text))


def _title_noun(tok: Token) -> bool:
    """True for a common noun that is a person's title ("attorney") after a name and "and" (not after a
    title: "the Minister of Justice and the head of a working group")."""
    name = tok.head.pos_ == "PROPN" and tok.head.lower_ not in OFFICE_WORDS
    return tok.tag_ == "NN" and tok.lemma_.lower() in PERSON_TITLES and name


def _appositive(doc: Doc, m: Mention) -> None:
    """Use an appositive ("the Kremlin's spokesperson, Dmitry Peskov") as alias and role."""
    root = doc[m.root]
    heads = [root.head] if root.dep_ == "appos" else []
    heads += apposed_titles(doc, root)
    # "Berating Atiku, the Director-General of ..., Adebayo Shittu, said": the titles before Shittu are his
    named = named_after_title(root)
    for head in heads:
        # "Rujugiro and his attorney Pierre Claver Zitoni": the parser's apposition of the name before
        head = next((c for c in head.children if c.dep_ == "conj" and _title_noun(c)), head)
        if no_title(doc, root, head, heads):
            continue  # "Connolly’s dominance ... — Sinn Féin"; the "co" and "-" of "co-author"; a chant
        if m.label == "PERSON" and head.lemma_.lower() in (ORG_DESCRIPTIONS | DOCUMENT_NOUNS) - PERSON_TITLES:
            continue  # "Prof. Suman Chakraborty, department of mechanical engineering": where, not what;
            # "In their new study, Lachman and graduate student Kristin Lynch": a study is nobody's title
        if in_title(head):
            continue  # a headline's shorthand: "officials Sanjay Jagdale, Ajay Shirke resign"
        if named is not None and head.i < named.i:
            continue
        if head.i > root.i and any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in head.children):
            continue  # "Joseph Hibbert, People's National Party Chairman and General Secretary Bobby
            # Pickersgill, ...": titles of someone named after them
        if root.dep_ in ("dobj", "dative") and head.i > root.i and not doc[head.left_edge.i - 1].is_punct:
            continue  # "send Mr. Duterte the committee's report": a second object, set off by nothing
        # a title in capitals ("BMJ's Publishing Ethics and Content Integrity Editor"), whatever the tagger
        # made of its words, ends in a person's title
        bracketed = "(" in (
            doc[head.left_edge.i - 1].text,
            head.left_edge.text,
        )  # "(Head of Zeus)": a publisher
        capitals = (
            head.tag_ == "NNP" and doc[_title_end(head)].lemma_.lower() in PERSON_TITLES and not bracketed
        )
        common = head.tag_ == "NN" and not head.ent_type_
        if (common or capitals) and not any(c.dep_ == "nummod" for c in head.children):
            first = min([head.i, *(c.left_edge.i for c in head.lefts if c.dep_ in LEFT_DEPS)])
            first = _after_dash(doc, first, head.i)
            while first >= 2 and doc[first - 1].text == "-" and doc[first - 2] in heads:
                first -= 2  # "a co-author": the parser made "co", "-" and "author" three appositions
            last = _title_end(head)
            while last + 2 < len(doc) and doc[last + 1].text == "-" and doc[last + 2].is_alpha:
                last += 2  # "Editor-in-Chief", which the parser cut at its hyphens
            if doc[first].pos_ != "PRON":  # "Its chief executive" is a role, not a name
                m.forms.append(char_span(doc, first, last))
            m.tokens.add(head.i)
            words = [t for t in doc[first : last + 1] if t.dep_ != "det" and t.pos_ != "PRON"]
            if capitals:  # its words name no one else; its owner ("BMJ's") is another's name
                m.tokens |= {t.i for t in words if t.dep_ not in ("poss", "case") and t.head.dep_ != "poss"}
            m.role = m.role or (phrase_text(doc, words[0].i, last) if words else "")
            m.affil |= {affiliation(t.text) for t in words if t.ent_type_ in ("NORP", "GPE", "ORG")}


def _after_dash(doc: Doc, first: int, head: int) -> int:
    """Where a title starts that the parser ran back over a dash ("Rowena Wood - a former candidate for
    the Public Party - praised councillor Max Brough"): after the dash and the verb it leaves."""
    dashes = [t.i for t in doc[first:head] if t.text in ("-", "–", "—") and doc[t.i - 1].whitespace_]
    if not dashes:
        return first
    first = dashes[-1] + 1
    while first < head and doc[first].pos_ == "VERB":
        first += 1
    return first


def _title_end(head: Token) -> int:
    """The last word of an apposition's title: its head, or the title noun the parser made its conjunct
    ("the technology and civil liberties director": "technology", and "director" after "and")."""
    if head.lemma_.lower() in AGENTS:
        return int(head.i)
    joined = (
        c
        for c in head.children
        if c.dep_ == "conj" and c.tag_ in ("NN", "NNP") and c.lemma_.lower() in AGENTS
    )
    return int(next(joined, head).i)


def place(doc: Doc, tok: Token) -> bool:
    """True for a word the article names as a place on its own, or a country's name."""
    known = any(e.label_ in ("GPE", "NORP", "LOC") and e.text == tok.text for e in doc.ents)
    return known or tok.text.casefold() in DEMONYMS
