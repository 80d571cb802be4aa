"""Mentions found once the actors are known: a known one-word name the tagger missed elsewhere, and "the
report" of the one outlet whose report the article names."""

from __future__ import annotations

from collections import Counter

from brief.extract._draft import Draft
from brief.extract._lexicon import DOCUMENT_NOUNS, ISSUED
from brief.extract._mention import Mention
from brief.extract._relay import media_drafts
from brief.extract._short_forms import bare
from brief.extract._syntax import Doc, Token, is_agentive

__all__ = ["owned_documents", "untagged_mentions"]


def owned_documents(doc: Doc, drafts: dict[str, Draft]) -> None:
    """ "The report" is the outlet Gizmodo's when the only report the article gives an owner is "the Gizmodo
    report" (a study the city paid for is not the city's words)."""
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
