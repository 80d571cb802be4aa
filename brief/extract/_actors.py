"""Merging mentions into candidate actors: surnames, titles, acronyms, metonyms, descriptions."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from brief.extract._lexicon import CAPITALS, COUNTRY_FORMS, GENERIC_TITLES, ORG_HEADS, PERSON_TITLES, SEATS
from brief.extract._mention import Mention
from brief.extract._syntax import Doc, text_of
from brief.schema import ActorKind

__all__ = ["Draft", "build_drafts"]

_GROUP_KINDS: dict[str, ActorKind] = {"person": "person", "organisation": "organisation"}
_COUNTRY_KEY = {form: canon for canon, forms in COUNTRY_FORMS.items() for form in forms}
_LOWER_WORDS = {"of", "the", "and", "for", "de", "du", "la", "on", "in"}
_SENT_WINDOW = 2  # a description may point back this many sentences


@dataclass
class Draft:
    key: str
    mentions: list[Mention] = field(default_factory=list)
    extra: list[Mention] = field(default_factory=list)  # descriptions resolved to this person
    refs: list[Mention] = field(default_factory=list)  # "the company": refers here, not a name
    statements: int = 0
    quotes: int = 0

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)

    @property
    def affil(self) -> set[str]:
        return set().union(*(m.affil for m in self.mentions))

    @property
    def role(self) -> str:
        roles = [m.role for m in self.mentions if m.role]
        roles += [m.text.split(" ", 1)[-1] for m in self.extra if m.text.lower().startswith("the ")]
        return max(roles, key=len, default="")

    @property
    def is_person(self) -> bool:
        return self.key.startswith("p:") or self.kind == "person"

    @property
    def kind(self) -> ActorKind:
        if self.key.startswith("p:"):
            return "person"
        if self.key.startswith("g:"):
            return _GROUP_KINDS.get(self.mentions[0].hint, "group")
        label = Counter(m.label for m in self.mentions).most_common(1)[0][0]
        if self.key[:2] == "c:" or label == "GPE" or self.key[2:] in CAPITALS:
            return "country"
        if label == "ORG":
            return "group" if any(m.hint == "group" for m in self.mentions) else "organisation"
        return "group" if label == "NORP" else "other"


def _person_key(words: list[str]) -> str:
    return f"p:{words[0]} {words[-1]}".casefold()


def _attach_single(m: Mention, drafts: dict[str, Draft]) -> bool:
    """Attach a one-word mention to the person whose surname it is (most recent if several)."""
    word = m.text.casefold()
    cands = [d for k, d in drafts.items() if k[:2] == "p:" and " " in k and k.rsplit(" ", 1)[-1] == word]
    if not cands:
        return False
    before = [d for d in cands if d.first < m.start]
    target = max(before, key=lambda d: _last_before(d, m.start)) if before else cands[0]
    target.mentions.append(m)
    return True


def _named_key(m: Mention) -> str:
    text = m.text.casefold()
    if text in SEATS or text in CAPITALS:
        return f"m:{text}"
    return f"c:{_COUNTRY_KEY[text]}" if text in _COUNTRY_KEY else f"n:{text}"


def _cluster(mentions: list[Mention]) -> dict[str, Draft]:
    """Group mentions by person name, surname, country form or exact text."""
    drafts: dict[str, Draft] = {}
    persons = {id(m) for m in mentions if m.label == "PERSON" and _named_key(m)[:2] != "m:"}
    for m in mentions:
        if id(m) in persons and " " in m.text:
            key = _person_key(m.text.split())
            drafts.setdefault(key, Draft(key)).mentions.append(m)
    for m in mentions:
        if m.label == "DESC" or (id(m) in persons and " " in m.text):
            continue
        if m.label != "GROUP" and " " not in m.text and _attach_single(m, drafts):
            continue
        if m.label == "PROPN":
            continue  # a capitalised word that names no one we know
        key = f"g:{m.text.casefold()}" if m.label == "GROUP" else _named_key(m)
        key = f"p:{m.text.casefold()}" if id(m) in persons else key
        drafts.setdefault(key, Draft(key)).mentions.append(m)
    return drafts


def _merge(drafts: dict[str, Draft], src: str, dst: str) -> None:
    drafts[dst].mentions += drafts.pop(src).mentions


def _merge_metonyms(drafts: dict[str, Draft]) -> None:
    """Moscow/the Kremlin join Russia when Russia itself is named; a capital as a place is dropped."""
    for key in [k for k in drafts if k.startswith("m:")]:
        text = key[2:]
        canon = SEATS.get(text) or CAPITALS[text]
        target = next((k for k in (f"c:{canon}", f"n:{canon}") if k in drafts), None)
        if target is None:
            continue
        draft = drafts.pop(key)
        keep = [m for m in draft.mentions if text in SEATS or m.agentive]
        for m in keep:
            m.hint = "metonym"  # never chosen as the country's name
        drafts[target].mentions += keep


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper() and w.lower() not in _LOWER_WORDS)


def _is_short_form(short: str, full: str, between: str) -> bool:
    """True if ``short`` abbreviates ``full`` ("EU", "IAM" after "... (IAM)", "Commission")."""
    if between.strip() == "(":
        return True
    if short.isupper() or short.replace(".", "").isupper() or len(short) <= 5:
        return _initials(full).casefold() == short.replace(".", "").casefold()
    return short.casefold() in ORG_HEADS and full.casefold().endswith(" " + short.casefold())


def _merge_short_forms(drafts: dict[str, Draft], text: str) -> None:
    """Merge an organisation's acronym or shortened name into its full name."""
    named = {k: d for k, d in drafts.items() if k[:2] in ("n:", "c:")}
    for key, draft in named.items():
        short = draft.mentions[0]
        if " " in short.text or key not in drafts:
            continue
        for other, od in named.items():
            fulls = [m for m in od.mentions if " " in m.text]
            between = text[fulls[0].end : short.start] if fulls and fulls[0].end <= short.start else ""
            if (
                other != key
                and other in drafts
                and fulls
                and _is_short_form(short.text, fulls[0].text, between)
            ):
                _merge(drafts, key, other)
                break


def _conflicts(desc: Mention, draft: Draft) -> bool:
    affil = draft.affil
    if desc.affil and affil and not desc.affil & affil:
        return True
    titles = set(draft.role.lower().split()) & PERSON_TITLES
    return bool(desc.hint not in GENERIC_TITLES and titles and desc.hint not in titles)


def _resolve_desc(desc: Mention, people: list[Draft], sent_of: list[int]) -> Draft | None:
    """The person a description ("the US leader") most plausibly refers back to."""
    before = [d for d in people if d.first < desc.start and not _conflicts(desc, d)]
    strong = [d for d in before if (desc.affil & d.affil) or (not desc.affil and desc.hint in d.role.lower())]
    if strong:
        return max(strong, key=lambda d: _last_before(d, desc.start))
    here = bisect_right(sent_of, desc.start)
    near = [d for d in before if here - bisect_right(sent_of, _last_before(d, desc.start)) <= _SENT_WINDOW]
    return max(near, key=lambda d: _last_before(d, desc.start)) if near else None


def _last_before(draft: Draft, pos: int) -> int:
    return max(m.start for m in draft.mentions if m.start < pos)


def _resolve_org(desc: Mention, orgs: list[Draft]) -> Draft | None:
    before = [d for d in orgs if d.first < desc.start]
    return max(before, key=lambda d: _last_before(d, desc.start)) if before else None


def _attach_descriptions(mentions: list[Mention], drafts: dict[str, Draft], sent_starts: list[int]) -> None:
    people = [d for d in drafts.values() if d.is_person and not d.key.startswith("g:")]
    orgs = [d for d in drafts.values() if d.kind == "organisation"]
    for desc in (m for m in mentions if m.label == "DESC"):
        person = desc.hint in PERSON_TITLES
        target = _resolve_desc(desc, people, sent_starts) if person else _resolve_org(desc, orgs)
        if target is not None:
            (target.extra if person else target.refs).append(desc)


def _is_actor(draft: Draft) -> bool:
    if draft.key[:2] == "p:" and " " not in draft.key and len(draft.mentions) == 1:
        return draft.mentions[0].agentive or bool(draft.mentions[0].role)  # not "beneath Svartsengi"
    if draft.key[:2] in ("p:", "g:") or any(m.hint == "group" for m in draft.mentions):
        return True
    often = len(draft.mentions) >= 3 and draft.kind != "other"  # a named place is a setting, not an actor
    return any(m.agentive for m in draft.mentions) or often


def build_drafts(doc: Doc, mentions: list[Mention]) -> list[Draft]:
    """Candidate actors (unsorted drafts) from the document's mentions."""
    drafts = _cluster(mentions)
    _merge_metonyms(drafts)
    _merge_short_forms(drafts, text_of(doc))
    kept = {k: d for k, d in drafts.items() if _is_actor(d)}
    sent_starts = [s.start_char for s in doc.sents]
    _attach_descriptions(mentions, kept, sent_starts)
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
