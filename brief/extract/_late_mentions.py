"""Mentions found once the actors are known: a known one-word name the tagger missed elsewhere, and "the
report" of the one outlet whose report the article names."""

from __future__ import annotations

from collections import Counter

from brief.extract._draft import Draft
from brief.extract._lexicon import DOCUMENT_NOUNS, FILING_NOUNS, ISSUED
from brief.extract._mention import Mention
from brief.extract._relay import media_drafts
from brief.extract._short_forms import bare
from brief.extract._syntax import Doc, Token, is_agentive

__all__ = ["owned_documents", "untagged_mentions"]


def owned_documents(doc: Doc, drafts: dict[str, Draft]) -> None:
    """ "The report" is the outlet Gizmodo's when the only report the article gives an owner is "the Gizmodo
    report" (a study the city paid for is not the city's words); "the lawsuit" is the party's that sued."""
    filings = drafts.pop("d:filing", None)
    filer = _filer(doc, drafts) if filings is not None else None
    if filings is not None and filer is not None:
        filer.refs += filings.mentions
    papers = drafts.get("d:document")
    if papers is None:
        return
    listed = list(drafts.values())
    outlets = [listed[i] for i in media_drafts(doc, listed)]
    owner = {t: d for d in outlets for m in d.mentions for t in m.tokens}
    owners: dict[str, dict[int, Draft]] = {}
    for tok in doc:
        if tok.lemma_.lower() in DOCUMENT_NOUNS:
            named = (owner[c.i] for c in tok.children if c.dep_ in ("compound", "poss") and c.i in owner)
            owners.setdefault(tok.lemma_.lower(), {}).update((id(d), d) for d in named)
    kept: list[Mention] = []
    for m in papers.mentions:
        found = list(owners.get(doc[m.root].lemma_.lower(), {}).values())
        (found[0].refs if len(found) == 1 else kept).append(m)
    papers.mentions = kept
    if not kept:
        del drafts["d:document"]


_FILED = FILING_NOUNS | {"action"}  # "filed a class action"
_PARTIES = frozenset({"plaintiff", "petitioner", "claimant"})
_WATCHED = _PARTIES | FILING_NOUNS | {"sue", "file", "bring"}  # the words the scan below looks at


def _filer(doc: Doc, drafts: dict[str, Draft]) -> Draft | None:
    """The one actor the article has sue or file a suit ("The Justice Department sued ...", "Airbnb's
    lawsuit", "a complaint filed by the union"); failing that, the one it calls the plaintiff ("Plaintiff,
    the National Shooting Sports Foundation, ..."). None if two do."""
    owner = {t: d for d in drafts.values() for m in [*d.mentions, *d.refs] for t in m.tokens}
    filers: list[Token] = []
    plaintiffs: list[Token] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma not in _WATCHED:
            continue
        deps = {c.dep_ for c in tok.children}
        filed = lemma == "sue" or (
            lemma in ("file", "bring") and any(c.lemma_.lower() in _FILED for c in [tok.head, *tok.children])
        )
        if filed and "nsubjpass" not in deps:
            filers += [c for c in tok.children if c.dep_ == "nsubj"]
        if filed:
            filers += [g for c in tok.children if c.dep_ == "agent" for g in c.children]  # "filed by X"
        if lemma in FILING_NOUNS:
            filers += [c for c in tok.children if c.dep_ == "poss"]  # "Airbnb's lawsuit"
        if lemma in _PARTIES and tok.tag_ in ("NN", "NNP"):
            plaintiffs += [c for c in tok.children if c.dep_ == "appos"]
            plaintiffs += [tok.head] if tok.dep_ in ("compound", "appos") else []
    for parties in (filers, plaintiffs):
        parties += [c for p in parties for c in p.conjuncts]  # "Acme and Delta sued": which one's, unsaid
        found = {id(owner[p.i]): owner[p.i] for p in parties if p.i in owner}
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None


def untagged_mentions(doc: Doc, drafts: dict[str, Draft]) -> None:
    """A known one-word name the tagger missed elsewhere ("Uber, undeterred, launched ...") is a mention."""
    taken = {t for d in drafts.values() for m in [*d.mentions, *d.extra, *d.refs] for t in m.tokens}
    # one-word names of any kind ("Twitter" tagged a person, "Karuppanan")
    names = {
        bare(d.mentions[0].text): d for k, d in drafts.items() if k[:2] in ("n:", "c:", "p:") and " " not in k
    }
    people = {k: d for k, d in drafts.items() if k[:2] == "p:"}
    longest = {k: max((m.text.split() for m in d.mentions), key=len) for k, d in people.items()}
    full = {k: words for k, words in longest.items() if len(words) > 1}
    surnames = Counter(words[-1] for words in full.values())
    alone = {words[-1]: drafts[k] for k, words in full.items() if surnames[words[-1]] == 1}
    lowered = {t.lower_ for t in doc if t.is_lower}
    for tok in doc:
        draft = names.get(tok.text)
        if draft is None and (draft := alone.get(tok.text)) is not None:  # "even Terebey later concluded"
            lone = tok.dep_ != "compound" and not any(c.dep_ == "compound" for c in tok.children)
            # "Trump more recently has said" with "Trump" tagged a common noun, which the article never
            # writes in lower case as one
            proper = tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.lower_ not in lowered)
            # "Swamy added that ..." with "Swamy" tagged an adjective: no adjective is a verb's subject
            proper = proper or (tok.pos_ == "ADJ" and tok.dep_ in ("nsubj", "nsubjpass"))
            named = proper and is_agentive(tok)
            if tok.i in taken or not lone or not (named or _after_said(tok)):
                continue
        elif draft is None or tok.i in taken or tok.ent_type_ or not tok.text[:1].isupper() or _compound(tok):
            continue
        m = Mention(tok.idx, tok.idx + len(tok), tok.text, draft.mentions[0].label, tok.i, tokens={tok.i})
        m.agentive = is_agentive(tok)
        draft.mentions.append(m)


def _compound(tok: Token) -> bool:
    """True for a word of a longer name; not for the owner of a document ("the Gizmodo report")."""
    return tok.dep_ == "compound" and tok.head.lemma_.lower() not in DOCUMENT_NOUNS | ISSUED


def _after_said(tok: Token) -> bool:
    """ "...,” said First.": a surname the tagger took for a common word ("First", "Young"), right after
    a reporting verb that follows a quotation."""
    verb = tok.nbor(-1) if tok.i > 0 else None
    return verb is not None and verb.lemma_ in ("say", "add") and tok.is_title and not tok.is_sent_start
