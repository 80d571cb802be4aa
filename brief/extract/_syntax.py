"""Small helpers over spaCy tokens shared by the extraction steps."""

from __future__ import annotations

import re
from typing import Any

from brief.extract._lexicon import DEMONYMS, ISSUED, LAWYERS, PHRASAL_REPORT, REPORT_VERBS

Token = Any  # spacy.tokens.Token (spaCy ships no type information)
Doc = Any

DATELINE = re.compile(  # "WASHINGTON, March 3 (Reuters) -", or an outlet's "(CNN)" opening a line
    r"^[ \t]*(?:[A-Z][A-Z.'’ ]{2,}(?:,[^\n()–—-]{1,30})?(?:\s*\([^()\n]{1,30}\))?\s*[-–—]+\s"
    r"|\([A-Z][A-Za-z.&]{1,15}\)(?:\s*[-–—]+)?\s*)",
    re.M,
)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "appos", "dobj", "iobj", "dative"})
_AGENT_PREPS = frozenset({"by", "with", "between"})
_ASIDE_MARKS = frozenset({"although", "though", "whereas", "while"})
PRONOUNS = frozenset({"he", "she", "him", "her", "they", "it", "we", "i", "you"})


def opens_dateline(tok: Token) -> bool:
    """True for a place that opens its line before a dash or colon: the datelines "Indianapolis –" and
    "New Delhi:" name where the story was filed, not an actor (``tok``: any word of the place)."""
    doc, first, last = tok.doc, tok.i, tok.i
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


def text_of(doc: Doc) -> str:
    """The document text (``Doc.text`` rebuilds it from the tokens on every call)."""
    cached = doc.user_data.get("text")
    return cached if isinstance(cached, str) else str(doc.text)


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
    if tok.lemma_.lower() == "hold" and any(c.dep_ == "ccomp" and that_clause(c) for c in tok.children):
        return True  # "administrators have long held that the donations were illegal"
    return any((tok.lemma_.lower(), c.lower_) in PHRASAL_REPORT for c in tok.children)


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
    return " ".join([tok.text, *extra[:1]])


# verbs that need an object to report speech ("told reporters"): a stance says "says" instead
_NEEDS_OBJECT = frozenset("tell accuse urge remind assure inform reassure brief".split())
_IRREGULAR = {"be": "is", "have": "has", "do": "does", "go": "goes"}


def present_cue(tok: Token, whom: bool = False) -> str:
    """The cue in a reporter's present tense ("said" -> "says", "pointed out" -> "points out", "did not
    estimate" -> "does not estimate"); ``whom``: the words go on with whom it is addressed to ("urges
    everyone to get one"), so "urge" and "tell" stay themselves."""
    lemma = _report_lemma(tok)
    needs_object = _NEEDS_OBJECT - {lemma} if whom else _NEEDS_OBJECT
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


def is_purpose(verb: Token) -> bool:
    """An infinitive of purpose after a deed that was done: "teachers surrounded the Statehouse to call
    for better pay" (they called for it), not "plans to call for" or "was closed to protect"."""
    head = verb.head
    infinitive = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    active = any(c.dep_ == "nsubj" for c in head.children) or head.dep_ == "conj"
    return bool(verb.dep_ == "advcl" and infinitive and head.tag_ == "VBD" and head.pos_ == "VERB" and active)


def _nearest_subject(verb: Token, first: Token) -> Token:
    """Of two subjects the parser gave one verb, the one a name runs into: "CPUC President Marybel Batjer
    said" is Batjer speaking; "the team led by astronomer Susan Terebey suggested" is still the team
    (the second hangs on "by"); "“As X's partner, we were shocked ...,” the statement read" is the statement.
    """
    later = [c for c in verb.children if c.dep_ == "nsubj" and first.i < c.i < verb.i and not c.is_punct]
    after = [
        t
        for c in verb.children
        if c.dep_ == "nsubj" and verb.i < first.i <= c.i and not any(d.dep_ == "det" for d in c.children)
        for t in (c, *c.conjuncts)
        if t.i > first.i and t.ent_type_ == "PERSON"
    ]
    if after and not first.ent_type_ and first.pos_ != "PROPN":
        # "said co-author David Tilman", "said fellow co-chair and Councilmember Robert Jackson": the
        # parser made "co" a subject too, or the name a conjunct of the title
        return after[0]
    if not later:
        return first
    second = later[-1]
    if opens_dateline(first) or _orphan_object(first):
        return second  # "New Delhi: State Bank of India ... warned": the parser gave the verb both
    if first.lower_ in ("who", "which", "that") and second.i == first.i + 1:
        return second  # "police who he claims are out to kill him": "he" claims it
    before = verb.doc[second.left_edge.i - 1] if second.left_edge.i > 0 else None
    run_into = before is not None and before.pos_ != "ADP" and (before.pos_ == "PROPN" or before.is_title)
    quoted = any(t.is_quote for t in verb.doc[first.i : second.left_edge.i])  # the first inside the quotation
    return second if run_into or quoted else first


def _orphan_object(subject: Token) -> bool:
    """True for a place the parser made a subject though a preposition before it wants it as object: "At
    the State Kremlin Palace on Dec. 1, FIFA President Gianni Infantino said"."""
    at = subject.left_edge.i - 1
    prep = subject.doc[at] if at >= 0 else None
    return prep is not None and prep.dep_ == "prep" and not any(c.dep_ == "pobj" for c in prep.children)


def sole_subject(verb: Token, deps: frozenset[str] = SUBJECT_DEPS) -> Token | None:
    """The verb's one subject; none where the parser gave it two ("the climb in conditions like cannabis
    use disorder are": "like" misread)."""
    found = [c for c in verb.children if c.dep_ in deps]
    return found[0] if len(found) == 1 else None


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, inherited through coordination ("told ... and said ...")."""
    via_conj = False
    head = verb.head
    own = any(c.dep_ in ("nsubj", "csubj") for c in verb.children)
    if not own and verb.dep_ == "conj" and head.dep_ == "ccomp" and is_report_verb(head.head):
        verb = head.head  # "X said A was B and warned C": the parser hangs "warned" on "was"
    for _ in range(8):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
        if subj is not None:
            return _nearest_subject(verb, subj)
        controller = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if verb.dep_ == "xcomp" and controller is not None:
            return controller  # "prompted some Twitter users to argue": the object argues
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        # "X has made clear that A and has insisted that B": the parser often hangs the second verb on A
        participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"  # "..., arguing that ..."
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "by":
            verb = verb.head.head  # "X countered by stating that ...": X states it
            continue
        if _loose_participle(verb):
            verb = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), verb)
            continue
        if (verb.dep_ == "pcomp" or participle) and (
            named := _said_as(verb.head.head if not participle else verb.head)
        ):
            return named  # "FARS reported a spokesperson as saying ..., adding ...": the spokesperson says it
        quoted_as = verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_ == "quote"
        passive = next((c for c in verb.head.head.children if c.dep_ == "nsubjpass"), None)
        if quoted_as and passive is not None:
            return _nearest_subject(verb.head.head, passive)  # "X was quoted as saying ...": X says it
        if (named := _misread_conjunct(verb)) is not None:
            return named
        stray = verb.dep_ == "dep" and verb.tag_ in ("VBD", "VBZ", "VBP")  # a parse broken by a dash aside
        climb = verb.dep_ in ("conj", "xcomp") or participle or stray or (via_conj and verb.dep_ == "ccomp")
        climb = climb or is_purpose(verb)  # "teachers surrounded the Statehouse to call for ...": they call
        if not climb or verb.head.i == verb.i:
            return None
        head = verb.head
        if participle and head.dep_ == "ccomp" and is_report_verb(head.head):
            head = head.head  # "X said Y was Z, adding ...": the parser hung "adding" inside the report
        elif participle and head.dep_ == "xcomp" and verb.doc[verb.i - 1].text == ",":
            head = head.head  # "X urged Y to step down, telling reporters ...": X tells them, not Y
        via_conj, verb = verb.dep_ == "conj", head
    return None


def _misread_conjunct(verb: Token) -> Token | None:
    """A name the parser joined to the object before it though it opens a clause of its own: "revenues
    dipped below expectations and State Treasurer X blamed it on ...": X blames it."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    ent = next((e for e in verb.doc.ents if e.end == verb.i and e.label_ in ("PERSON", "ORG")), None)
    root = ent.root if ent is not None else None
    if root is None or root.left_edge.i == 0 or verb.doc[root.left_edge.i - 1].lower_ not in ("and", "but"):
        return None
    return (
        root
        if root.dep_ == "conj" and root.head.i < root.left_edge.i and root.head.dep_ in ("pobj", "dobj")
        else None
    )


def _said_as(report: Token) -> Token | None:
    """The object of "reported/quoted X as saying": the one who says it."""
    saying = [c for c in report.children if c.lower_ == "as" and any(g.dep_ == "pcomp" for g in c.children)]
    obj = next((c for c in report.children if c.dep_ == "dobj"), None)
    return obj if saying and obj is not None and is_report_verb(report) else None


def _loose_participle(verb: Token) -> bool:
    """A participle the parser hung on a noun that belongs to the clause's verb: "X sent a letter to Y
    asking how ..." (X asks, through the letter); "X dodged questions on handouts from Y, pledging only
    to ..." (X pledges)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "pcomp") or verb.head.pos_ in ("VERB", "AUX"):
        return False
    return verb.head.lemma_.lower() in ISSUED or (verb.i > 0 and verb.doc[verb.i - 1].text == ",")


def is_agentive(tok: Token) -> bool:
    """True when a noun acts in its clause (subject, possessor, object, agent) rather than a place."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "dobj" and tok.head.lemma_ == "tell":
        return False
    if tok.dep_ in _AGENT_DEPS:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
        return True
    return bool(tok.dep_ == "pobj" and tok.head.lower_ in _AGENT_PREPS) or _spoken_for(tok)


def _spoken_for(tok: Token) -> bool:
    """True for the body in "lawyers for the EPA" or "a spokesman from the ministry": it acts through them."""
    prep = next((a for a in tok.ancestors if a.dep_ == "prep"), None)
    return prep is not None and prep.lower_ in ("for", "from") and prep.head.lemma_.lower() in _AGENTS_FOR


_AGENTS_FOR = LAWYERS | {"spokesman", "spokeswoman", "spokesperson"}


def affiliation(word: str) -> str:
    """A key shared by a country and its demonym ("Ukrainian"/"Ukraine" -> "ukra")."""
    low = word.casefold().strip(" .’'")
    return DEMONYMS.get(low, low[:4])


def is_boilerplate(sent: Any) -> bool:
    """A short verbless line such as a byline, a section label or "Skip to content"."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    return len(words) <= 3 and not any(t.pos_ == "VERB" and t.dep_ == "ROOT" for t in words[1:])


def is_aside(tok: Token) -> bool:
    """Parts of a clause that are the writer's, not the speaker's ("according to ...", "although ...")."""
    marked = any(c.dep_ == "mark" for c in tok.children)  # "the day after a deal is agreed" is the speaker's
    if tok.lower_ == "according" or (tok.dep_ in ("conj", "advcl") and is_report_verb(tok) and not marked):
        return True
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _ASIDE_MARKS for c in tok.children):
        return True
    before = tok.left_edge.i - 1
    return bool(tok.dep_ == "appos" and before >= 0 and tok.doc[before].text in ("–", "—", "-"))
