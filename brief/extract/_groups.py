"""Unnamed actors: speaking groups ("European diplomats", "a Downing Street spokeswoman"); the definite
descriptions that point back to a named one are in ``_definite``."""

from __future__ import annotations

from brief.extract._clauses import hypothetical
from brief.extract._group_names import defined_until, form_start, name_start, named_after
from brief.extract._lexicon import (
    AGENT_ENDINGS,
    GROUP_NOUNS,
    OPINION_VERBS,
    ORG_DESCRIPTIONS,
    ORG_HEADS,
    QUANTIFIERS,
    SIDES,
    STATE_BODIES,
)
from brief.extract._mention import NAMED, Mention, chunk_start
from brief.extract._open import in_title
from brief.extract._syntax import (
    SUBJECT_DEPS,
    Doc,
    Token,
    char_span,
    is_agentive,
    is_report_verb,
    opens_dateline,
    per_doc,
    text_of,
)

__all__ = ["group_mention", "local_body"]

NUMBERS = frozenset({"thousand", "hundred", "million", "dozen", "score", "ten"})
# things, not people, though they end like "machinists" and "workers" ("Awang's marching orders came")
_THINGS = frozenset(
    "order number paper letter power water border matter chapter quarter sector factor error labor labour "
    "event content percent incident accident grant plant patent component element answer offer".split()
)
_GROUP_SUFFIXES = ("member", "maker", "worker", "official", "leader")
_INSTITUTIONS = frozenset({"government", "administration", "authority", "bloc"})  # a state: _LANDS


_PLURAL_GROUPS = frozenset({"party"})
_COUNTS = NUMBERS | {"group", "crowd", "number", "handful", "delegation", "band", "dozens", "hundreds"}
_KINDLESS = frozenset({"group", "organization", "organisation"})  # "advocacy groups", not bare "groups"
_LANDS = frozenset({"state", "country", "nation", "republic", "kingdom"})
_LED = frozenset({"government", "administration"})  # named by whose they are: "the government of X"


def _is_speaker(tok: Token) -> bool:
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    count = head.head
    counted = count.lemma_.lower() in _COUNTS or (count.like_num and count.lower_ not in ("1", "one"))
    share = any(c.lower_ == "every" for c in tok.lefts)  # "1 of every 20 students reported using ...": a rate
    if tok.dep_ == "pobj" and head.lower_ == "of" and counted and not share:
        tok, head = count, count.head  # "A group of 30 fishermen ... say", "Dozens of residents said"
    if tok.dep_ not in SUBJECT_DEPS or hypothetical(head):
        return False  # "allow leaders to claim a victory": nobody has said anything
    if head.lemma_.lower() in OPINION_VERBS:
        return True  # "Union leaders disputed the mayor's account"
    return is_report_verb(head) or any(c.dep_ == "conj" and is_report_verb(c) for c in head.children)


def _group_noun(tok: Token) -> bool:
    """A noun for people who can speak, compounds included ("councilmember", "policymaker"); "parties" in
    the plural ("French opposition parties"), where one party is a body with a name of its own."""
    lemma = tok.lemma_.lower()
    plural = tok.tag_ == "NNS" and lemma in _PLURAL_GROUPS
    return lemma in GROUP_NOUNS or lemma.endswith(_GROUP_SUFFIXES) or plural


def _side(tok: Token) -> bool:
    """ "The prosecution", "a jury", "Magnuson's family": one side of the story, named by its noun (or by
    its capitalised noun alone)."""
    if tok.lemma_.lower() not in SIDES or tok.tag_ != "NN":
        return False
    if tok.text[:1].isupper() and tok.dep_ in ("nsubj", "nsubjpass") and not any(tok.children):
        return True  # "Prosecution has requested the court to jail two editors", as court reports write it
    return any(c.dep_ == "det" or (c.dep_ == "poss" and c.pos_ == "PROPN") for c in tok.children)


def _owned_group(tok: Token) -> bool:
    """True for "Boeing's machinists" (people owned by a name), not "Apple's finances"."""
    if (
        tok.tag_ not in ("NNS", "NNPS")
        or not tok.lemma_.endswith(AGENT_ENDINGS)
        or tok.lemma_.endswith("ment")
        or tok.lemma_.lower() in _THINGS
    ):
        return False
    return any(c.dep_ == "poss" and c.ent_type_ for c in tok.children)


def _state_body(tok: Token) -> bool:
    """ "Ukraine's emergency service", "Israel's military", "the Swedish foreign office": a state's body
    named by whose it is."""
    whose = any(c.dep_ == "poss" and c.ent_type_ == "GPE" for c in tok.children)
    national = any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in tok.children)
    return (tok.lemma_ in STATE_BODIES and (whose or national)) or local_body(tok)


_LOCAL_BODIES = frozenset({"council", "municipality"})


def local_body(tok: Token) -> bool:
    """ "The Ugu municipality", "the Harare city council": a town's body named by its place."""
    placed = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and t.ent_type_ != "PERSON"]
    return tok.lemma_ in _LOCAL_BODIES and tok.tag_ == "NN" and bool(placed)


def _acting_subject(tok: Token) -> bool:
    """True for the real subject of a verb of action: "Teachers chanted", "Thousands of teachers pack
    the Statehouse" (the count is the parser's subject), "Indianapolis – Several thousand teachers
    surrounded ..." (a dateline the parser took for the subject)."""
    subject = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "nsubj":
        count = tok.head.head
        subject = count if count.like_num or count.lemma_.lower() in NUMBERS else tok
    elif tok.dep_ == "appos" and tok.head.dep_ == "nsubj" and opens_dateline(tok.head):
        subject = tok.head
    return bool(subject.dep_ == "nsubj" and subject.head.pos_ == "VERB" and not hypothetical(subject.head))


def _headlined(tok: Token) -> bool:
    """True for a singular noun with no determiner in a headline ("Yushchenko ally fails in bid", "NOAA
    scientist: agency likely broke rules"): headline shorthand for someone the story names."""
    bare = not any(c.dep_ in ("det", "poss", "nummod") for c in tok.lefts)
    return bare and in_title(tok)


def _joined(tok: Token) -> Token | None:
    """The second of two kinds of people joined by "and" who speak or act as one ("Businesses and
    residents say", "Researchers and clinicians who treat anxiety praised the study"): a plural common
    noun for people right after the first's "and", not a name ("Democrats and Republicans" are two sides)."""
    conj = next((c for c in tok.children if c.dep_ == "conj"), None)
    if conj is None or tok.tag_ != "NNS" or conj.tag_ != "NNS":
        return None
    # not "Parents, teachers and students", nor "Teachers in the city and parents": the pair is all of it
    paired = tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "and"
    # "Chicago Public School officials and union leaders": two sides, each with its own body
    named = any(t.pos_ == "PROPN" or t.ent_type_ for t in (*tok.lefts, *conj.lefts))
    people = _group_noun(conj) or conj.lemma_.endswith(AGENT_ENDINGS)  # not "Witnesses and court records"
    return conj if paired and not named and people else None


# who "the researchers" are is the study's business: they speak as a group, whoever else is named
_STUDY_AUTHORS = frozenset({"researcher", "scientist", "author"})


def group_mention(doc: Doc, tok: Token) -> Mention | None:
    """A speaking or acting group ("Twenty-six Western allies") or unnamed person ("a ... spokeswoman")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None  # (no other word has been a group in the 291 articles of the fixtures; a quick way out)
    plural = tok.tag_ in ("NNS", "NNPS")
    lower = tok.is_lower  # "China's commerce ministry": a tagged entity without a name of its own
    if (tok.pos_ != "NOUN" and not lower) or (tok.ent_type_ and not lower):
        return None
    if not plural and tok.lemma_.lower() in _LANDS:
        return None  # "the former Soviet state", "the Gulf nation": a country told by its description
    if plural and tok.dep_ == "poss" and tok.i + 1 < len(doc) and doc[tok.i + 1].text in ("'", "’"):
        return None  # "Apple's annual developers' conference": whose conference, not who acts
    side, state = _side(tok), _state_body(tok)
    if not (_group_noun(tok) or _owned_group(tok) or side or state):
        return None
    if any(c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_ in NAMED) for c in tok.children):
        return None  # "the shareholder law firm Scott & Scott", "The SNP's leader, Nicola Sturgeon": the name
    if not plural and tok.dep_ == "appos" and (tok.head.pos_ == "PROPN" or tok.head.ent_type_ in NAMED):
        return None  # "InfoNation, a Sugar Land-based provider of data": a description of the name
    if (
        not plural
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].ent_iob_ == "B"
        and doc[tok.i + 1].ent_type_ == "PERSON"
    ):
        return None  # "... and Canadian diplomat Simon Greaves": the title of the name after it
    first = name_start(doc, tok)
    if first < tok.i and doc[first].lower_ in QUANTIFIERS:
        return None
    mods = [t for t in doc[first : tok.i] if t.pos_ != "PRON"]
    if tok.lemma_.lower() in _KINDLESS and not mods and defined_until(tok) is None:
        return None  # "Three groups", "both groups": which groups, the words around them must say
    led = not plural and tok.lemma_ in _LED and not mods  # "the government of Prime Minister Narendra Modi"
    last = named_after(tok) if (plural or side or led) and not mods else tok.i  # "activists in Thoothukudi"
    led = led and last > tok.i
    joined = _joined(tok) if last == tok.i else None
    last = joined.i if joined is not None else last
    named = [*mods, *doc[tok.i + 1 : last + 1]]
    named_mod = any((t.text[:1].isupper() and not t.is_sent_start) or t.ent_type_ in NAMED for t in named)
    counted = plural and not any(c.dep_ in ("det", "poss") and c.lower_ not in QUANTIFIERS for c in tok.lefts)
    studied = plural and tok.lemma_.lower() in _STUDY_AUTHORS and _is_speaker(tok)  # "the researchers found"
    bare = plural and first == chunk_start(tok)
    recalled = plural and _recalled(tok)  # "Nearly 200 union workers are picketing. The workers say ..."
    if doc[first].pos_ == "PRON" or not (mods or bare or counted or studied or side or led or recalled):
        return None  # "our members", "an official", "the two leaders"; bare "Analysts" is fine
    acting = counted and not mods and _acting_subject(tok)  # "Teachers chanted", "Thousands of teachers pack"
    acting = acting or (side and not any(tok.children) and is_agentive(tok))  # "Prosecution has requested"
    if not (_is_speaker(tok) or (named_mod and is_agentive(tok)) or acting):
        return None
    start, end = char_span(doc, first, last)
    if any(t.is_space for t in doc[first:last]):
        return None  # a phrase broken across lines is a layout accident, not a name
    institution = (
        tok.lemma_ in ORG_DESCRIPTIONS or tok.lemma_ in ORG_HEADS or tok.lemma_ in _INSTITUTIONS or state
    )
    kind = "group" if plural or side else "organisation" if institution else "person"  # "the ... government"
    # "Socialist critic of NATO ... poised to win": the headline's words for a person it names
    if kind == "person" and _headlined(tok):
        return None
    m = Mention(start, end, text_of(doc)[start:end], "GROUP", tok.i, hint=kind, agentive=True)
    if joined is None:  # ("Local officials" alone are not "Local officials and customers")
        m.forms.append(char_span(doc, form_start(doc, tok), tok.i))
        if last > tok.i:
            m.forms.append(char_span(doc, first, tok.i))  # "activists" alone names them too
    if plural and (told := defined_until(tok)) is not None:
        m.forms.append(char_span(doc, first, told))  # "Physicians who favor Avastin's use"
    if joined is not None and (told := defined_until(joined, tok.head)) is not None:
        m.forms.append(char_span(doc, first, told))  # "Researchers and clinicians who treat anxiety"
    m.tokens = set(range(chunk_start(tok), (joined or tok).i + 1))
    return m


def _first_nouns(doc: Doc) -> dict[str, int]:
    """Where each common noun's lemma first stands in the document, read once per document."""
    # (read from the end, so that the first place of each lemma is the one kept)
    return per_doc(doc, "first_nouns", lambda: {t.lemma_: t.i for t in reversed(doc) if t.pos_ == "NOUN"})


def _recalled(tok: Token) -> bool:
    """ "The workers say": a group the article has spoken of before, now speaking."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and len(list(tok.lefts)) == 1
    if not definite:
        return False
    earlier = _first_nouns(tok.doc).get(tok.lemma_, len(tok.doc)) < tok.sent.start
    return earlier and _is_speaker(tok)
