"""Who a verb's subject is, across the parser's misreadings: inherited through coordination, a
controller, an agent, a participle hung on a noun, a name the parser joined to an object."""

from __future__ import annotations

from brief.extract._lexicon import ASKING, GROUP_NOUNS, ISSUED, PERSON_NOUNS, PERSON_TITLES
from brief.extract._syntax import NEEDS_OBJECT, SUBJECT_DEPS, Token, is_report_verb, opens_dateline


def is_purpose(verb: Token) -> bool:
    """An infinitive of purpose after a deed that was done: "teachers surrounded the Statehouse to call
    for better pay" (they called for it), not "plans to call for" or "was closed to protect"."""
    head = verb.head
    if head.lemma_.lower() in ASKING:
        return False  # "called on Amazon to make commitments", "urged them to leave": theirs to do
    if any(c.dep_ == "dobj" and _people(c) for c in head.children):
        return False  # "he bribed congressmen to approve the re-election run": the congressmen approve
    infinitive = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    active = any(c.dep_ == "nsubj" for c in head.children) or head.dep_ == "conj"
    return bool(verb.dep_ == "advcl" and infinitive and head.tag_ == "VBD" and head.pos_ == "VERB" and active)


_PEOPLE = GROUP_NOUNS | PERSON_NOUNS | PERSON_TITLES


def _people(tok: Token) -> bool:
    """A named person or a noun for people ("congressmen", "residents")."""
    return tok.ent_type_ == "PERSON" or tok.lemma_.lower() in _PEOPLE


def of_whom(subject: Token) -> bool:
    """ "many of whom", "some of which": a subject that opens a relative clause."""
    return any(
        p.lower_ == "of" and any(o.lower_ in ("whom", "which") for o in p.children) for p in subject.children
    )


def _before_relative(verb: Token) -> Token | None:
    """ "Residents, many of whom have lived there for decades, said ...": the parser hung the residents
    on the relative clause's verb, beside its "many of whom"."""
    for clause in (c for c in verb.children if c.i < verb.i and c.pos_ in ("VERB", "AUX")):
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if len(subjects) == 2 and of_whom(subjects[1]) and not of_whom(subjects[0]):
            return subjects[0]
    return None


def _nearest_subject(verb: Token, first: Token) -> Token:
    """Of two subjects the parser gave one verb, the one a name runs into: "CPUC President Marybel Batjer
    said" is Batjer speaking; "the team led by astronomer Susan Terebey suggested" is still the team
    (the second hangs on "by"); "“As X's partner, we were shocked ...,” the statement read" is the statement.
    """
    named = titled_in_subject(first) or named_after_title(first)
    if named is not None:
        return named
    inverted = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
    # "But that small effect still matters, said Dr. Michael Barnett": a clause the parser made a subject
    if first.pos_ in ("VERB", "AUX") and first.i < verb.i and inverted is not None:
        return inverted
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
    # "Geralyn's dad John Barr told Lee": a common noun right before a person's name describes the person
    described = first.pos_ == "NOUN" and second.left_edge.i == first.i + 1 and second.ent_type_ == "PERSON"
    return second if run_into or quoted or described or titled_name(first, second) else first


def titled_name(first: Token, second: Token) -> bool:
    """Two subjects of one verb, the first the title of the name a comma after it: "The Minority Chief
    Whip, Alhaji Muntaka Mubarak said"."""
    comma = second.left_edge.i == first.i + 2 and first.doc[first.i + 1].text == ","
    titled = not first.ent_type_ and any(c.dep_ == "det" for c in first.children)
    return comma and titled and second.ent_type_ == "PERSON"


def named_after_title(subject: Token) -> Token | None:
    """The name set after a title the parser hung on the subject: "Berating Atiku, the Director-General of
    the campaign, Adebayo Shittu, said" is Shittu speaking (the subject the object of "Berating")."""
    title = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), None)
    if (
        title is None
        or title.lemma_.lower() not in PERSON_TITLES
        or not any(c.dep_ == "det" for c in title.children)
    ):
        return None
    name = next(
        (c for c in (*title.children, *subject.children) if c.dep_ == "appos" and c.i > title.i), None
    )
    if name is None or name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG") or name.conjuncts:
        return None
    # the name ends right before the verb ("Adebayo Shittu, specifically said"): not a list of names
    # ("Robert Aderholt of Alabama, chairman of ..., Steve Womack of Arkansas and ...")
    between = subject.doc[name.right_edge.i + 1 : subject.head.i]
    return name if subject.dep_ == "nsubj" and all(t.is_punct or t.pos_ == "ADV" for t in between) else None


def titled_in_subject(subject: Token) -> Token | None:
    """The titled name a subject the parser took from it ends in, right before their verb: "Fraternal Order
    of Police President John Teletchea described" has "Order" for its subject."""
    name = subject.right_edge
    titled = any(c.dep_ == "compound" and c.lower_ in PERSON_TITLES for c in name.children)
    own = subject.pos_ == "PROPN" and subject.ent_type_ != "PERSON" and name.dep_ == "pobj"
    return name if own and titled and name.ent_type_ == "PERSON" and name.i == subject.head.i - 1 else None


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
    if (stray := _stray_auxiliary(verb)) is not None:
        return stray
    if not own and (before := _before_relative(verb)) is not None:
        return before
    # "‘...,’ the Volkskrant quoted CDA MP Ger Koopmans as saying", "BBC News quoted Kathrin Altwegg ...
    # telling reporters", "Reyes is quoted as saying": the one quoted says it
    quoted = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] if verb.lemma_ == "quote" else []
    if quoted:
        return _nearest_subject(verb, quoted[0]) if quoted[0].dep_ == "nsubjpass" else quoted[0]
    for _ in range(8):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
        # "Cuomo, who appeared with ..., had earlier sought to ...": the parser hung the subject on "had"
        subj = subj or next(
            (g for a in verb.children if a.dep_ == "aux" for g in a.children if g.dep_ == "nsubj"), None
        )
        if subj is not None:
            return _nearest_subject(verb, subj)
        controller = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if verb.dep_ == "xcomp" and controller is not None:
            return controller  # "prompted some Twitter users to argue": the object argues
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        if any(c.dep_ == "auxpass" for c in verb.children):
            # a passive verb's subject is what was done to it ("... and currently is estimated at 40,000"):
            # without an agent nobody named did it, and its subject is no doer to climb past
            return None
        # "X has made clear that A and has insisted that B": the parser often hangs the second verb on A
        # "..., arguing that ...", but not a participle with a determiner, the people it names ("scolded all
        # opposing the bill")
        participle = (
            verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "det" for c in verb.children)
        )
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
        elif participle and head.dep_ == "xcomp" and _urged_saying(verb):
            head = head.head  # "X urged Y to step down, telling reporters ...": X tells them, not Y
        via_conj, verb = verb.dep_ == "conj", head
    return None


def _urged_saying(participle: Token) -> bool:
    """True for a participle that goes with the verb above the one it hangs on: set off by a comma ("X
    urged Y to step down, telling reporters ..."), or words reported beside a request ("urged the court
    to release his client on bail saying the prosecution ...": the one who urged says it)."""
    asked = participle.head.head
    return participle.doc[participle.i - 1].text == "," or (
        is_report_verb(participle) and is_report_verb(asked)
    )


def _stray_auxiliary(verb: Token) -> Token | None:
    """The subject the parser hung on the verb's own auxiliary, made a clause before it: "The union had
    earlier in the day said UPS made an offer" ("had" the reported clause, "said" without a subject)."""
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children) or not is_report_verb(verb):
        return None
    for c in verb.children:
        bare = not any(g.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "prt") for g in c.children)
        if c.dep_ == "ccomp" and c.i < verb.i and c.lemma_ in ("have", "be", "do") and bare:
            return next((g for g in c.children if g.dep_ == "nsubj"), None)
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
    colon = verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text == ":"
    if verb.tag_ == "VBG" and verb.dep_ == "pobj" and colon:
        return True  # "blamed the condition of the pitch saying: “...”": "saying" made an object
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "pcomp") or verb.head.pos_ in ("VERB", "AUX"):
        return False
    return verb.head.lemma_.lower() in ISSUED or (verb.i > 0 and verb.doc[verb.i - 1].text == ",")


_PERSON_OBJECT = NEEDS_OBJECT | {"warn", "ask", "notify", "advise"}  # "told reporters that ..."


def object_as_subject(verb: Token, comp: Token, rng: tuple[int, int]) -> tuple[int, int]:
    """The clause widened back to the subject the parser made the speech verb's object: in "Kim replied
    the two leaders would “safeguard the peace”" the leaders would safeguard it; in "told RNZ further strike
    action “will likely be necessary”" the second object is the action (the first is whom it was told)."""
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.i < comp.i]
    obj = objs[1:2] if verb.lemma_.lower() in _PERSON_OBJECT else objs[:1]
    if not obj or any(c.dep_ in SUBJECT_DEPS for c in comp.children):
        return rng
    doc = verb.doc
    between = doc[obj[0].right_edge.i + 1 : rng[0]]
    adjacent = all(t.is_quote for t in between) and comp.left_edge.i in (rng[0], *(t.i for t in between))
    return (obj[0].left_edge.i, rng[1]) if adjacent else rng


def subjectless(comp: Token, rng: tuple[int, int]) -> bool:
    """A reported clause that opens on its own finite verb, with no subject: the parser ran the sentence
    on ("... according to Thomson Reuters I/B/E/S. Profit ... totaled $671 million" gave "totaled ...")."""
    finite = comp.tag_ in ("VBD", "VBZ", "VBP")
    subjects = [c for c in comp.children if c.dep_ in SUBJECT_DEPS]
    # nor one whose subject is a relative word before the speaker ("yelling, which the Assembly chair
    # said created a disturbance": "created a disturbance" says nothing of what)
    relative = bool(subjects) and all(c.tag_ in ("WDT", "WP") and c.i < rng[0] for c in subjects)
    relative = relative and not any(t.is_quote for t in comp.subtree)  # (a quotation says it whole)
    return rng[0] == comp.i and ((finite and not subjects) or relative)
