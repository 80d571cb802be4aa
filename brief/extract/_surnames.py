"""A one-word name that may be several people's: "Murdoch" for Rupert or James Murdoch, "Matt" for Matt
Bevin, "Kim" of Kim Jong Un; and which of them a shared surname stays with."""

from __future__ import annotations

import itertools
from collections import Counter

from brief.extract._draft import Draft, called_alone, folded
from brief.extract._family_first import family_first
from brief.extract._gender import mention_gender
from brief.extract._lexicon import GROUP_NOUNS, NAME_PARTICLES
from brief.extract._mention import Mention
from brief.extract._places import CAPITALS, COUNTRY_FORMS, SEATS, is_country
from brief.extract._syntax import PLACE_PREPS, Doc

__all__ = ["COUNTRY_KEY", "attach_single", "settle_shared"]

COUNTRY_KEY = {form: canon for canon, forms in COUNTRY_FORMS.items() for form in forms}


def attach_single(doc: Doc, m: Mention, drafts: dict[str, Draft], alone: set[str]) -> bool:
    """Attach a one-word mention to the person whose surname it is. When several share it and all but
    one are called by their first name elsewhere (``alone``: "Lachlan", "James"), the surname is the
    other's ("Murdoch" for Rupert Murdoch); else the most recently named. "Lady Starmer" is never Sir
    Keir Starmer: an honorific of the other gender rules a person out; a country's name where a place
    stands is no one's surname ("from Malaysia" is not the "Lynas Malaysia" the tagger took for a person;
    "Guernsey wants" may be Casey Guernsey), nor is a word in capitals ("UN")."""
    word = m.text.casefold()
    if m.text.isupper() and m.text.isalpha() and len(m.text) > 1:
        return False  # "The UN said": an acronym, not the "Un" of a name
    place = doc[m.root].dep_ == "pobj" and doc[m.root].head.lower_ in PLACE_PREPS
    if m.label == "GPE" and is_country(m.text) and place:
        return False
    said = mention_gender(doc, m)
    cands = [
        d
        for k, d in drafts.items()
        if k[:2] == "p:"
        and " " in k
        and word in called_alone(d.longest)
        and not (said and any(mention_gender(doc, f) not in (None, said) for f in d.mentions))
    ]
    unnamed = [d for d in cands if d.key[2:].split(" ", 1)[0] not in alone]
    cands = unnamed if len(cands) > 1 and len(unnamed) == 1 else cands
    firsts = [
        d for k, d in drafts.items() if k[:2] == "p:" and " " in k and k[2:].split(" ", 1)[0] == folded(word)
    ]
    firsts = [d for d in firsts if m.label == "PERSON" or not _group_name(d.key)]  # no "Virginia Democrats"
    # "Matt": Matt Bevin; "Kim" of Kim Jong Un and Kim Myong Gil (a family name first): the last named
    cands = cands or (firsts if firsts and _first_name(m, drafts) else [])
    cands = cands or [d for k, d in drafts.items() if k[:2] == "p:" and _before_particle(d, word)]
    # "Chua" of "Tian Chua", whose look is of a family name first ("Tian") but whom the article calls both
    family = m.label == "PERSON"
    cands = cands or [
        d for k, d in drafts.items() if family and k[:2] == "p:" and _family_first_last(d, word)
    ]
    if not cands:
        return False
    before = [d for d in cands if d.first < m.start]
    target = _latest(doc, m, before) if before else cands[0]
    target = _established(doc, m, before) or target
    if len(cands) > 1:
        m.hint = "shared"  # "Haqqani" for Anas or Sirajuddin Haqqani: a mention, never a name of either
    target.mentions.append(m)
    return True


def _family_first_last(d: Draft, word: str) -> bool:
    words = d.longest.split()
    return family_first(words) and words[-1].casefold() == word


def _latest(doc: Doc, m: Mention, before: list[Draft]) -> Draft:
    """The person of that surname named last before ``m``; of two named last in one sentence, the one it
    has as a subject ("Advocate Willis Otieno asked ... for the suspects, Duncan Otieno and ...": the
    advocate's "Otieno alleged")."""
    last = {id(d): max((f for f in d.mentions if f.start < m.start), key=lambda f: f.start) for d in before}
    target = max(before, key=lambda d: last[id(d)].start)
    sentence = doc.char_span(last[id(target)].start, last[id(target)].end, alignment_mode="expand")
    if sentence is None or last[id(target)].agentive:
        return target
    same = [
        d
        for d in before
        if d is not target
        and last[id(d)].agentive
        and sentence.sent.start_char <= last[id(d)].start < sentence.sent.end_char
    ]
    return same[0] if len(same) == 1 else target


def _before_particle(d: Draft, word: str) -> bool:
    """ "Lula" of "Luiz Inacio Lula da Silva": the name a person goes by, right before the particle of
    the surname."""
    for f in d.mentions:
        words = f.text.casefold().split()
        if any(w == word and nxt in NAME_PARTICLES for w, nxt in itertools.pairwise(words[1:])):
            return True
    return False


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
    named = text not in COUNTRY_KEY and text not in CAPITALS and text not in SEATS
    body = any(k[:2] == "n:" and k[2:].startswith(f"{text} ") for k in drafts)
    return m.label in ("GPE", "ORG", "PROPN") and named and not body


def settle_shared(drafts: dict[str, Draft]) -> None:
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
