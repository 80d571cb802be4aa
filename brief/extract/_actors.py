"""Merging mentions into candidate actors: surnames, titles, acronyms, metonyms, descriptions."""

from __future__ import annotations

import re
from collections import Counter

from brief.extract._descriptions import attach_descriptions
from brief.extract._draft import Draft, folded, merge, merge_given_names, quoted_only
from brief.extract._governments import merge_governments, merge_metonyms
from brief.extract._labels import settle_labels
from brief.extract._late_mentions import owned_documents, untagged_mentions
from brief.extract._lexicon import GENERIC_TITLES, NAME_PARTICLES, OFFICE_STEMS
from brief.extract._mention import Mention
from brief.extract._merge_groups import (
    merge_bare_groups,
    merge_group_modifiers,
    merge_group_numbers,
    merge_owned_bodies,
    merge_party_members,
    merge_sources,
    merge_staff,
    merge_worded_bodies,
)
from brief.extract._org_descriptions import merge_described_bodies
from brief.extract._person_merges import merge_bare_titles, merge_misspelt, merge_titled_names
from brief.extract._places import CAPITALS, SEATS
from brief.extract._quotes import regions_of
from brief.extract._short_forms import (
    bare,
    merge_name_stems,
    merge_short_forms,
)
from brief.extract._sources import WITNESSES
from brief.extract._surnames import COUNTRY_KEY, attach_single, settle_shared
from brief.extract._syntax import Doc, is_report_verb, text_of

__all__ = ["Draft", "build_drafts"]


def _person_key(words: list[str]) -> str:
    return f"p:{folded(words[0])} {folded(words[-1])}"


def _particle_surname(text: str) -> bool:
    """ "De Blasio", "Von der Leyen": a surname with its particles."""
    words = text.split()
    particles = all(w.casefold() in NAME_PARTICLES for w in words[:-1])
    return 2 <= len(words) <= 3 and particles and words[-1][:1].isupper()


def _double_surname(m: Mention, mentions: list[Mention], persons: set[int]) -> bool:
    """True for a name of two or three words that ends a longer person's name named before it ("Harden
    Bradford" after "Joy Harden Bradford", "López Obrador" after "Andrés Manuel López Obrador", "Lula da
    Silva" after "Luiz Inacio Lula da Silva")."""
    tail = f" {m.text.casefold()}"
    return len(m.text.split()) in (2, 3) and any(
        f.start < m.start and len(f.text.split()) > 2 and f.text.casefold().endswith(tail)
        for f in mentions
        if id(f) in persons
    )


def _attach_surname(m: Mention, drafts: dict[str, Draft]) -> bool:
    """Attach "De Blasio" to the one person named in full as "... de Blasio"."""
    tail = f" {m.text.casefold()}"
    cands = [
        d
        for k, d in drafts.items()
        if k[:2] == "p:" and any(f.text.casefold().endswith(tail) for f in d.mentions if f is not m)
    ]
    if len(cands) != 1:
        return False
    cands[0].mentions.append(m)
    return True


_LED = re.compile(r"\S+-led \S+$")


def _says(doc: Doc, m: Mention) -> bool:
    """ "Harbor Freight Tools said ...": a name of several words the tagger missed speaks, unless it is
    the end of a name it tagged in part ("New York City Football Club announced")."""
    tok, first = doc[m.root], min(m.tokens)
    whole = first == 0 or doc[first - 1].dep_ != "compound" or doc[first - 1].head.i not in m.tokens
    return whole and tok.dep_ == "nsubj" and is_report_verb(tok.head)


def _named_key(m: Mention) -> str:
    text = folded(m.text)  # as a person's key is: "Sinn Féin" is one name, whether tagged a person or not
    if text in SEATS or text in CAPITALS:
        return f"m:{text}"
    return f"c:{COUNTRY_KEY[text]}" if text in COUNTRY_KEY else f"n:{bare(text)}"


def _cluster(doc: Doc, mentions: list[Mention]) -> dict[str, Draft]:
    """Group mentions by person name, surname, country form or exact text."""
    drafts: dict[str, Draft] = {}
    settle_labels(mentions)
    persons = {id(m) for m in mentions if m.label == "PERSON" and _named_key(m)[:2] != "m:"}
    fuller = [f" {m.text.casefold()}" for m in mentions if id(m) in persons and len(m.text.split()) > 2]
    surnamed = {  # "De Blasio" where the article also has "Bill de Blasio"; "Harden Bradford" after
        id(m)  # "Joy Harden Bradford": a double surname
        for m in mentions
        if (_particle_surname(m.text) or (id(m) in persons and _double_surname(m, mentions, persons)))
        and any(f.endswith(f" {m.text.casefold()}") for f in fuller)
    }
    for m in mentions:
        if id(m) in persons and " " in m.text and id(m) not in surnamed:
            key = _person_key(m.text.split())
            drafts.setdefault(key, Draft(key)).mentions.append(m)
    alone = {m.text.casefold() for m in mentions if " " not in m.text}
    # an untagged one-word name the article repeats and that does something: "Wikileaks welcomed the move"
    untagged = Counter(m.text for m in mentions if m.label == "PROPN" and " " not in m.text)
    acting = {m.text for m in mentions if m.label == "PROPN" and m.agentive and untagged[m.text] >= 2}
    acting |= {m.text for m in mentions if m.label == "PROPN" and " " in m.text and _says(doc, m)}
    for m in mentions:
        if id(m) in surnamed and _attach_surname(m, drafts):
            continue
        if m.label == "DESC" or (id(m) in persons and " " in m.text):
            continue
        if m.label != "GROUP" and " " not in m.text and attach_single(doc, m, drafts, alone):
            continue
        if m.label == "PROPN" and m.text not in acting:
            continue  # a capitalised word that names no one we know
        if m.label == "PROPN":
            m.label = "ORG"  # a name that acts and has no person's cue: a body ("Wikileaks", "Uber")
        # "the PM Narendra Modi-led government" and "the Prime Minister Narendra Modi-led government"
        led = _LED.search(m.text.casefold())
        group = f"g:{led.group(0) if led else m.text.casefold()}"
        unnamed = WITNESSES.get(doc[m.root].lemma_.lower()) if m.source else None
        group = f"g:{unnamed}" if unnamed else group
        own = {"GROUP": group, "DOC": "d:document", "FILING": "d:filing"}.get(m.label)
        key = f"p:{folded(m.text)}" if id(m) in persons else own or _named_key(m)
        drafts.setdefault(key, Draft(key)).mentions.append(m)
    return drafts


def _merge_homonyms(drafts: dict[str, Draft]) -> None:
    """One name tagged both as a person and as a name ("Trump" as PERSON and ORG; "Brellow Mint, the
    company" and "Brellow Mint said"), or a word as a group and a name ("farmers", "Farmers"), is one
    actor: the one named more often, and for a full name told as often either way, the name's kind (a
    person's, once the article gives it a title)."""
    for key in [k for k in drafts if k.startswith("n:")]:
        person, group, full = f"p:{key[2:]}", f"g:{key[2:]}", " " in key
        if person in drafts and key in drafts:
            # a name given a title of office is a person's: "former ANC treasurer general Mathews Phosa"
            titled = any(m.role for m in drafts[person].mentions)
            small, big = sorted(
                (key, person),
                key=lambda k: len(drafts[k].mentions) + (full and k == key) / 2 + (titled and k == person),
            )
            merge(drafts, small, big)
        elif group in drafts and key in drafts and not full:  # "Farmers" opening a sentence, tagged a name
            merge(drafts, key, group)


def _is_actor(draft: Draft) -> bool:
    if draft.key[:2] in ("p:", "n:") and all(w.rstrip(".") in OFFICE_STEMS for w in draft.key[2:].split()):
        return False  # "Lt Col" cut from "Lt Col Alexander Vindman", a lone "President": a title, no one
    if draft.key[:2] == "p:" and " " not in draft.key and len(draft.mentions) == 1:
        role = draft.mentions[0].role  # not "beneath Svartsengi", nor "the staff of Head Start" (a programme)
        return draft.mentions[0].agentive or (bool(role) and role.casefold() not in GENERIC_TITLES)
    if draft.key[:2] in ("p:", "g:") or draft.key == "d:filing":  # a filing is its filer's, found later
        return True
    if any(m.hint == "group" for m in draft.mentions):
        return True
    often = len(draft.mentions) >= 3 and draft.kind != "other"  # a named place is a setting, not an actor
    return any(m.agentive for m in draft.mentions) or often


def build_drafts(doc: Doc, mentions: list[Mention]) -> list[Draft]:
    """Candidate actors (unsorted drafts) from the document's mentions."""
    drafts = _cluster(doc, mentions)
    settle_shared(drafts)
    merge_metonyms(drafts)
    _merge_homonyms(drafts)
    merge_group_numbers(drafts, doc)
    merge_group_modifiers(drafts)
    merge_bare_groups(drafts, text_of(doc))
    merge_owned_bodies(drafts)
    merge_name_stems(drafts)
    merge_short_forms(drafts, text_of(doc))
    merge_described_bodies(drafts)
    merge_misspelt(drafts)
    merge_given_names(drafts)
    merge_governments(drafts)
    merge_bare_titles(drafts)
    merge_titled_names(drafts)
    merge_staff(drafts)
    merge_worded_bodies(drafts, text_of(doc))
    merge_party_members(drafts)
    merge_sources(drafts, text_of(doc))
    quotes = regions_of(doc)
    kept = {k: d for k, d in drafts.items() if _is_actor(d) and not quoted_only(d, quotes)}
    attach_descriptions(doc, mentions, kept, quotes)
    untagged_mentions(doc, kept)
    owned_documents(doc, kept)
    return list(kept.values())


def token_owner(drafts: list[Draft]) -> dict[int, int]:
    """Map token indices to the index of the draft they refer to (head tokens win)."""
    owner: dict[int, int] = {}
    for i, draft in enumerate(drafts):
        for m in [*draft.mentions, *draft.extra, *draft.refs]:
            for tok in m.tokens:
                owner.setdefault(tok, i)
    for i, draft in enumerate(drafts):
        for m in [*draft.mentions, *draft.extra, *draft.refs]:
            owner[m.root] = i
    return owner
