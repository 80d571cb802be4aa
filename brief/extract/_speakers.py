"""Who a subject is: names, descriptions, pronouns and unnamed members of a known group."""

from __future__ import annotations

from brief.extract._ctx import Ctx, in_quote
from brief.extract._inside import speaks_inside
from brief.extract._lexicon import ISSUED, LAWYERS, SPOKES
from brief.extract._listed import examples, named_pair
from brief.extract._pronouns import pronoun
from brief.extract._subjects import subject_of
from brief.extract._syntax import SUBJECT_DEPS, Token, opens_dateline

__all__ = ["Ctx", "in_quote", "named_before_apposition", "resolve", "speaker_token", "speakers"]

_DEFINITE = ("the", "this", "that")
_ISSUER_REACH = 600  # tokens back to where the letter or statement was first named (long quotations between)


def resolve(ctx: Ctx, tok: Token | None) -> int | None:
    """The actor a subject or "according to" object names."""
    if tok is None:
        return None
    according = tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"
    if tok.lower_ in ("he", "she", "they", "it") or (according and tok.lower_ in ("him", "her", "them")):
        return pronoun(ctx, tok)
    if tok.lower_ in ("latter", "former"):
        return latter(ctx, tok)
    if (place := _apposed_place(ctx, tok)) is not None:
        return resolve(ctx, place)
    if tok.lower_ in ("who", "which") and tok.head.dep_ == "relcl" and tok.head.head.i != tok.head.i:
        found = resolve(ctx, tok.head.head)  # "Kim Yong-hyun, who said he took full responsibility"
        person = (
            _person_above(ctx, tok.head.head) if found not in ctx.people and tok.lower_ == "who" else None
        )
        if person is None and tok.lower_ == "who" and found in ctx.countries:
            return None  # "political leaders on Utah's Capitol Hill, who demanded": not the state
        return found if person is None else person
    if opens_dateline(tok):
        return resolve(ctx, _after_dateline(tok))
    if (body := _lawyers_for(ctx, tok)) is not None:
        return body
    if tok.i in ctx.owner:
        return ctx.owner[tok.i]
    if (not tok.is_sent_start or tok.dep_ == "advmod") and (named := _surname(ctx, tok)) is not None:
        return named
    if tok.lemma_.lower() in ISSUED and (owner := next((c for c in tok.children if c.dep_ == "poss"), None)):
        return resolve(ctx, owner)  # "The Conservatives' letter to Daniel Greenberg said": the Conservatives'
    if tok.lemma_.lower() in ISSUED and any(c.lower_ in _DEFINITE for c in tok.children):
        return _issuer(ctx, tok)  # "the statement continued": whoever issued the statement
    titled = [ctx.owner[c.i] for c in tok.children if c.dep_ == "appos" and ctx.owner.get(c.i) in ctx.people]
    if titled:  # "the Special Representative for North Korea, Stephen Biegun, ...": the person named
        return titled[0]
    if tok.lemma_.lower() in SPOKES:  # "a spokesman for Dalton's Holdings": the company speaks
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        return resolve(ctx, obj) if obj is not None else None
    inside = [ctx.owner[t.i] for t in tok.subtree if t.i in ctx.owner and speaks_inside(ctx, tok, t)]
    if inside:
        return next((d for d in inside if d in ctx.people), inside[0])
    definite = tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children)
    key = f"the {tok.lemma_.lower()}" if definite else tok.lemma_.lower()
    return ctx.heads.get(key) if tok.pos_ == "NOUN" else None  # "one user", "its allies", not "the party"


def _apposed_place(ctx: Ctx, tok: Token) -> Token | None:
    """The country after a comma that the parser hung on a named subject as its apposition ("In a snub
    to Pakistan PM Imran Khan, China on Tuesday modified its position"): a person or body is no country,
    so the country is the subject. Not a place set off by commas ("Rep. Steny H. Hoyer, Md., the second
    ranking Democrat"): that is where the person is from."""
    if tok.dep_ not in SUBJECT_DEPS or not tok.text[:1].isupper() or ctx.owner.get(tok.i) in ctx.countries:
        return None
    return next(
        (
            c
            for c in tok.children
            if c.dep_ == "appos"
            and ctx.owner.get(c.i) in ctx.countries
            and tok.doc[c.i - 1].text == ","
            and tok.doc[min(c.right_edge.i + 1, len(tok.doc) - 1)].text != ","
            and not any(k.dep_ == "conj" and k.pos_ == "NOUN" for k in c.children)  # "Brazil and Argentina
            # economist for Bloomberg": what the person is
        ),
        None,
    )


def _person_above(ctx: Ctx, tok: Token) -> int | None:
    """The person whose description ends in the body ``tok`` names: "Michael Ryan, a top official with the
    World Health Organization, who said" is Ryan's "who", not the organisation's (only through such a
    description: not "assailed Williams as part of the Never Trumpers who oppose his presidency")."""
    described = False
    for _ in range(4):
        if tok.head.i == tok.i:
            break
        described, tok = described or tok.dep_ == "appos", tok.head
        if described and ctx.owner.get(tok.i) in ctx.people:
            return ctx.owner[tok.i]
    return None


def _lawyers_for(ctx: Ctx, tok: Token) -> int | None:
    """ "Lawyers for the EPA said": a body speaks through its lawyers (a person's lawyers are their own)."""
    if tok.lemma_.lower() not in LAWYERS:
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "from")), None)
    body = next((ctx.owner[t.i] for t in prep.subtree if t.i in ctx.owner), None) if prep else None
    return body if body is not None and body not in ctx.people else None


def _surname(ctx: Ctx, tok: Token) -> int | None:
    """The one person named earlier whose last word this capitalised word is: "Weeks" after "Australian
    Timothy Weeks" (parsed as time); "the 14th-ranked Schwartzman" after "Diego Schwartzman" (whom the
    tagger took for a product)."""
    if not tok.text[:1].isupper() or tok.dep_ == "compound":
        return None
    named = {ctx.owner[i] for i in ctx.owner if i < tok.i and ctx.doc[i].text == tok.text}
    return named.pop() if len(named) == 1 and _last_of_name(ctx, tok.text, named) else None


def _issuer(ctx: Ctx, tok: Token) -> int | None:
    """Who issued the statement (letter, lawsuit ...) "the statement" points back to: the one it is "by" or
    "from" ("the letter signed by seven physicians", "disputing a statement from RTE ... the statement
    said"), else the subject of the verb the last such word before it hangs on ("X issued a statement",
    "X denied it in a statement")."""
    earlier = _earlier(ctx, tok)
    if (author := _author(tok, earlier)) is not None:
        return _sole(ctx, author)
    node = earlier
    while node is not None and node.pos_ != "VERB" and node.head.i != node.i:
        node = node.head
    if node is None or node.pos_ != "VERB":
        return None
    subj = subject_of(node)
    return resolve(ctx, subj) if subj is not None and subj.i != tok.i else None


def _earlier(ctx: Ctx, tok: Token) -> Token | None:
    """The same word named last before ``tok`` outside quotations ("a statement" before "the statement")."""
    back = ctx.doc[max(0, tok.sent.start - _ISSUER_REACH) : tok.i]
    same = (t for t in reversed(back) if t.lower_ == tok.lower_)
    return next((t for t in same if not in_quote(ctx, t.idx, t.idx + len(t))), None)


def _author(tok: Token, earlier: Token | None) -> Token | None:
    """Whom a statement is by or from: its own "by"/"from", else that of the one it points back to."""
    return _signed(tok) or (_signed(earlier) if earlier is not None else None)


def _sole(ctx: Ctx, author: Token) -> int | None:
    """The author, unless the statement is several's ("by the NFL and the players’ union"): no one alone."""
    return None if author.conjuncts else ctx.owner.get(author.i)


_AUTHORING = frozenset(
    "sign write issue release send publish pen author draft post file submit lodge bring".split()
)


def _joint_issuers(ctx: Ctx, tok: Token) -> list[int]:
    """Everyone a statement ``tok`` points back to is by or from, when it names several."""
    if tok.lemma_.lower() not in ISSUED or not any(c.lower_ in _DEFINITE for c in tok.children):
        return []
    author = _author(tok, _earlier(ctx, tok))
    authors = [author, *author.conjuncts] if author is not None else []
    return list(dict.fromkeys(ctx.owner[a.i] for a in authors if a.i in ctx.owner))


def _signed(tok: Token) -> Token | None:
    """The one a statement is "by" or "from" ("a statement from RTE", "the letter signed by ..."), not
    who "obtained" it."""
    heads = {tok.i, *(c.i for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in _AUTHORING)}
    by = (t for t in tok.subtree if t.dep_ == "pobj" and t.head.lower_ in ("by", "from"))
    return next((t for t in by if t.head.head.i in heads), None)


def _last_of_name(ctx: Ctx, word: str, drafts: set[int]) -> bool:
    """True when ``word`` ends a mention of one of ``drafts`` (a surname, not a first name)."""
    return any(
        ctx.owner.get(i) in drafts and ctx.doc[i].text == word and ctx.owner.get(i + 1) != ctx.owner[i]
        for i in ctx.owner
    )


def _after_dateline(tok: Token) -> Token | None:
    """The real subject when the parser took a dateline for it: "Indianapolis – Several thousand teachers
    surrounded ...", "New Delhi: State Bank of India ... cautioned" (the subject hangs on the place);
    "DUBLIN — She’s slammed NATO, voted ..." (the subject of the clause hung on the place). ``tok`` opens
    a dateline."""
    clauses = [c for c in tok.children if c.dep_ == "parataxis"]
    subjects = [s for c in clauses for s in c.children if s.dep_ in SUBJECT_DEPS]
    return next((c for c in tok.children if c.dep_ == "appos"), subjects[0] if subjects else None)


def speakers(ctx: Ctx, subject: Token | None) -> list[int]:
    """The actor a subject names, plus those of coordinated subjects ("Trump and Lighthizer")."""
    if subject is not None and _both(subject):
        return _pair_before(ctx, subject)
    if subject is not None and (named := examples(ctx, subject)):
        return named
    if subject is not None and len(joint := _joint_issuers(ctx, subject)) > 1:
        return joint  # "a statement by the NFL and the players’ union ... the statement said": both
    found = [resolve(ctx, subject)]
    if subject is not None and subject.lower_ not in ("he", "she", "they", "it"):
        found += [
            resolve(ctx, c) for c in subject.conjuncts if c.i > subject.i and not _describes(subject, c)
        ]
        found += named_pair(ctx, subject) if found[:1] != [None] and found[0] in ctx.people else []
    return [d for d in dict.fromkeys(found) if d is not None]


def _describes(subject: Token, conj: Token) -> bool:
    """True for a conjunct that goes on describing the subject rather than naming a second speaker:
    "said Michael Osterholm, director of the Center for ..., as well as its Center of Excellence"."""
    described = any(c.dep_ == "appos" and c.i < conj.i for c in subject.children)
    return described and conj.ent_type_ != subject.ent_type_


def _both(tok: Token) -> bool:
    """ "Both", "both men", "the two women", "the pair": two actors named just before."""
    if tok.lower_ == "both" or (tok.lower_ == "pair" and any(c.lower_ == "the" for c in tok.children)):
        return True
    mods = {c.lower_ for c in tok.children if c.dep_ in ("det", "predet", "nummod")}
    return tok.tag_ == "NNS" and ("both" in mods or {"the", "two"} <= mods)


def _pair_before(ctx: Ctx, tok: Token) -> list[int]:
    """The first of the two actors of the latest coordinated subject ("King and Weeks were abducted") in
    this sentence or the two before, outside quotes (the brief gives the pair's words once, under the
    first named); nobody when there is none."""
    sents = list(tok.doc[max(0, tok.sent.start - 300) : tok.i + 1].sents)[-3:]
    for sent in reversed(sents):
        for t in reversed([t for t in sent if t.i < tok.i and t.dep_ in SUBJECT_DEPS]):
            found = [resolve(ctx, t), *(resolve(ctx, c) for c in t.conjuncts if c.i > t.i)]
            pair = list(dict.fromkeys(d for d in found if d is not None))
            if len(pair) == 2 and found[0] is not None and not in_quote(ctx, t.idx, t.idx + len(t)):
                return pair[:1]  # said once, under the first named
    return []


def speaker_token(ctx: Ctx, verb: Token) -> Token | None:
    """The verb's subject; else a name right before it ("..., the IAM said"; "Skelly has said")."""
    subj = subject_of(verb)
    k = verb.i - 1
    while subj is None and k >= 0 and k not in ctx.owner and not ctx.doc[k].is_title:
        if not (ctx.doc[k].is_punct or ctx.doc[k].dep_ in ("aux", "advmod")):
            return None
        k -= 1
    if subj is not None:
        return named_before_apposition(ctx, subj)
    if k < 0:
        return None
    if k not in ctx.owner:  # (a surname the tagger took for an adverb: "Skelly has said")
        return ctx.doc[k] if ctx.doc[k].dep_ == "advmod" and _surname(ctx, ctx.doc[k]) is not None else None
    if any(a.dep_ == "relcl" and not a.left_edge.i <= verb.i <= a.right_edge.i for a in ctx.doc[k].ancestors):
        return None  # "The sheriff's office, which had used Rekognition, confirmed": what it used, no speaker
    # "70 people gathered at a monastery in Monywa were refusing": not the place (but "with Alderman
    # Catanzaro citing", "in the midst of Pakistan asking China": a name right before its verb)
    if ctx.doc[k].dep_ == "pobj" and k < verb.i - 1:
        return _described_by(ctx, ctx.doc[k])
    return _described_by(ctx, ctx.doc[k]) or ctx.doc[k]


def named_before_apposition(ctx: Ctx, subj: Token) -> Token:
    """The name opening the sentence that a common-noun subject only describes, where the parser cut the
    name off as a clause of its own: "Jensen of the Progress Party, Norway's most conservative party,
    also criticized ..." is Jensen's, not Norway's; else the subject itself."""
    first, comma = subj.sent.start, subj.left_edge.i - 1
    name = ctx.doc[first]
    if subj.pos_ != "NOUN" or comma <= first or ctx.doc[comma].text != "," or first not in ctx.owner:
        return subj
    root = name
    while root.head.i != root.i and root.head.i < comma:
        root = root.head
    opener = root.dep_ not in SUBJECT_DEPS and root.head.i == subj.head.i and root.pos_ == "PROPN"
    return name if opener and root.right_edge.i == comma - 1 and name.ent_type_ == "PERSON" else subj


def _described_by(ctx: Ctx, tok: Token) -> Token | None:
    """The named person a place before the verb describes: "Karuppanan, a farmer from Karimangalam in
    Dharmapuri said" is Karuppanan speaking, not Dharmapuri (up through the preposition and apposition)."""
    node = tok
    while node.dep_ in ("pobj", "prep", "appos") and node.head.i != node.i:
        node = node.head
        if node.i in ctx.owner and node.dep_ != "pobj" and ctx.owner[node.i] != ctx.owner[tok.i]:
            return node
    return None


def latter(ctx: Ctx, tok: Token) -> int | None:
    """ "The latter" or "the former" standing alone as a subject: the last, or the one before the last,
    of the actors the sentence before names outside quotations ("... in response to Nobuyuki Baba. The
    latter had pressed the prime minister")."""
    if tok.lower_ not in ("latter", "former") or tok.dep_ not in SUBJECT_DEPS or tok.sent.start == 0:
        return None
    before = tok.doc[tok.sent.start - 1].sent
    named = [ctx.owner[t.i] for t in before if t.i in ctx.owner and not in_quote(ctx, t.idx, t.idx + len(t))]
    order = list(dict.fromkeys(reversed(named)))  # latest first
    if len(order) < 2:
        return None
    return order[0] if tok.lower_ == "latter" else order[1] if len(order) == 2 else None
