"""Merging mentions into candidate actors: surnames, titles, acronyms, metonyms, descriptions."""

from __future__ import annotations

import re
from collections import Counter

from brief.extract._descriptions import attach_descriptions
from brief.extract._draft import Draft, called_alone, merge, merge_given_names, quoted_only
from brief.extract._gender import mention_gender
from brief.extract._governments import merge_governments, merge_metonyms
from brief.extract._labels import settle_labels
from brief.extract._late_mentions import owned_documents, untagged_mentions
from brief.extract._lexicon import (
    CAPITALS,
    COUNTRY_FORMS,
    GENERIC_TITLES,
    GROUP_NOUNS,
    NAME_PARTICLES,
    OFFICE_STEMS,
    SEATS,
)
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
from brief.extract._quotes import quote_regions
from brief.extract._short_forms import (
    bare,
    merge_bare_titles,
    merge_misspelt,
    merge_name_stems,
    merge_short_forms,
)
from brief.extract._syntax import Doc, is_report_verb, text_of

__all__ = ["Draft", "build_drafts"]

_COUNTRY_KEY = {form: canon for canon, forms in COUNTRY_FORMS.items() for form in forms}


def _person_key(words: list[str]) -> str:
    return f"p:{words[0]} {words[-1]}".casefold()


def _particle_surname(text: str) -> bool:
    words = text.split()
    return len(words) == 2 and words[0].casefold() in NAME_PARTICLES and words[1][:1].isupper()


def _double_surname(m: Mention, mentions: list[Mention], persons: set[int]) -> bool:
    """True for a two-word name that ends a longer person's name named before it ("Harden Bradford"
    after "Joy Harden Bradford", "López Obrador" after "Andrés Manuel López Obrador")."""
    tail = f" {m.text.casefold()}"
    return len(m.text.split()) == 2 and any(
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


def _attach_single(doc: Doc, m: Mention, drafts: dict[str, Draft], alone: set[str]) -> bool:
    """Attach a one-word mention to the person whose surname it is. When several share it and all but
    one are called by their first name elsewhere (``alone``: "Lachlan", "James"), the surname is the
    other's ("Murdoch" for Rupert Murdoch); else the most recently named. "Lady Starmer" is never Sir
    Keir Starmer: an honorific of the other gender rules a person out."""
    word = m.text.casefold()
    said = mention_gender(doc, m)
    cands = [
        d
        for k, d in drafts.items()
        if k[:2] == "p:"
        and " " in k
        and word in called_alone(max((f.text for f in d.mentions), key=len))
        and not (said and any(mention_gender(doc, f) not in (None, said) for f in d.mentions))
    ]
    unnamed = [d for d in cands if d.key[2:].split(" ", 1)[0] not in alone]
    cands = unnamed if len(cands) > 1 and len(unnamed) == 1 else cands
    firsts = [d for k, d in drafts.items() if k[:2] == "p:" and " " in k and k[2:].split(" ", 1)[0] == word]
    firsts = [d for d in firsts if m.label == "PERSON" or not _group_name(d.key)]  # no "Virginia Democrats"
    # "Matt": Matt Bevin; "Kim" of Kim Jong Un and Kim Myong Gil (a family name first): the last named
    cands = cands or (firsts if firsts and _first_name(m, drafts) else [])
    if not cands:
        return False
    before = [d for d in cands if d.first < m.start]
    target = max(before, key=lambda d: d.last_before(m.start)) if before else cands[0]
    target = _established(doc, m, before) or target
    if len(cands) > 1:
        m.hint = "shared"  # "Haqqani" for Anas or Sirajuddin Haqqani: a mention, never a name of either
    target.mentions.append(m)
    return True


def _established(doc: Doc, m: Mention, before: list[Draft]) -> Draft | None:
    """The one person the article called by the shared surname alone before it named anyone else of
    that name ("Trump" for Donald Trump, named before "Melania Trump") or kept calling by it (Rupert
    Murdoch, "Murdoch" thirteen times before his son James is), unless another was named in the
    mention's sentence or the two before it."""
    word = m.text.casefold()
    start = doc[m.root].sent.start
    for _ in range(2):
        start = doc[start - 1].sent.start if start else 0
    recent = doc[start].idx
    known = [
        d
        for d in before
        if any(
            f.text.casefold() == word and all(f.start < o.first for o in before if o is not d)
            for f in d.mentions
        )
    ]
    # or the one it kept calling by it: three times at least, three times as often as anyone else
    bare = [sum(f.text.casefold() == word and f.start < m.start for f in d.mentions) for d in before]
    known = known or [
        d
        for i, d in enumerate(before)
        if bare[i] >= 3 and all(bare[i] >= 3 * n for j, n in enumerate(bare) if j != i)
    ]
    others = [d for d in before if d not in known and d.last_before(m.start) >= recent]
    return known[0] if len(known) == 1 and not others else None


def _group_name(key: str) -> bool:
    """True for a "person" the tagger made of a group's name: "Virginia Democrats"."""
    last = key.rsplit(" ", 1)[-1]
    return last.endswith("s") and last[:-1] in GROUP_NOUNS


def _first_name(m: Mention, drafts: dict[str, Draft]) -> bool:
    """True when a lone word may be what the article calls a person by first name: tagged a person, or
    a place, body or untagged name ("RSS, Sushma back him" for Sushma Swaraj), if it is no country,
    capital or seat of government and begins no organisation's name ("Morgan" of Morgan Stanley)."""
    text = m.text.casefold()
    if m.label == "PERSON":
        return True
    named = text not in _COUNTRY_KEY and text not in CAPITALS and text not in SEATS
    body = any(k[:2] == "n:" and k[2:].startswith(f"{text} ") for k in drafts)
    return m.label in ("GPE", "ORG", "PROPN") and named and not body


_LED = re.compile(r"\S+-led \S+$")


def _says(doc: Doc, m: Mention) -> bool:
    """ "Harbor Freight Tools said ...": a name of several words the tagger missed speaks, unless it is
    the end of a name it tagged in part ("New York City Football Club announced")."""
    tok, first = doc[m.root], min(m.tokens)
    whole = first == 0 or doc[first - 1].dep_ != "compound" or doc[first - 1].head.i not in m.tokens
    return whole and tok.dep_ == "nsubj" and is_report_verb(tok.head)


def _named_key(m: Mention) -> str:
    text = m.text.casefold()
    if text in SEATS or text in CAPITALS:
        return f"m:{text}"
    return f"c:{_COUNTRY_KEY[text]}" if text in _COUNTRY_KEY else f"n:{bare(text)}"


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
        if m.label != "GROUP" and " " not in m.text and _attach_single(doc, m, drafts, alone):
            continue
        if m.label == "PROPN" and m.text not in acting:
            continue  # a capitalised word that names no one we know
        if m.label == "PROPN":
            m.label = "ORG"  # a name that acts and has no person's cue: a body ("Wikileaks", "Uber")
        # "the PM Narendra Modi-led government" and "the Prime Minister Narendra Modi-led government"
        led = _LED.search(m.text.casefold())
        group = f"g:{led.group(0) if led else m.text.casefold()}"
        own = {"GROUP": group, "DOC": "d:document", "FILING": "d:filing"}.get(m.label)
        key = f"p:{m.text.casefold()}" if id(m) in persons else own or _named_key(m)
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


def _settle_shared(drafts: dict[str, Draft]) -> None:
    """A surname two people share stays the name of the one the article keeps calling by it ("Ailes"
    for Roger Ailes, named so 150 times, beside his wife): at least three times, twice anyone else."""
    counts: dict[str, Counter[str]] = {}
    for key, draft in drafts.items():
        for m in draft.mentions:
            if m.hint == "shared":
                counts.setdefault(m.text.casefold(), Counter())[key] += 1
    for surname, by_draft in counts.items():
        (top, n), *rest = [*by_draft.most_common(2), ("", 0)]
        if n >= 3 and n >= 2 * rest[0][1]:
            for m in drafts[top].mentions:
                if m.text.casefold() == surname:
                    m.hint = ""


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
    _settle_shared(drafts)
    merge_metonyms(drafts)
    _merge_homonyms(drafts)
    merge_group_numbers(drafts, doc)
    merge_group_modifiers(drafts)
    merge_bare_groups(drafts, text_of(doc))
    merge_owned_bodies(drafts)
    merge_name_stems(drafts)
    merge_short_forms(drafts, text_of(doc))
    merge_misspelt(drafts)
    merge_given_names(drafts)
    merge_governments(drafts)
    merge_bare_titles(drafts)
    merge_staff(drafts)
    merge_worded_bodies(drafts, text_of(doc))
    merge_party_members(drafts)
    merge_sources(drafts, text_of(doc))
    quotes = quote_regions(text_of(doc))
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
