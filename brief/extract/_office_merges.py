"""Unnamed offices that are a named person: "the Kremlin's spokesperson" beside Dmitry Peskov, "The AG's
complaint" beside New York Attorney General Letitia James, "..., Saskatoon Transit's director says." before
"Jim McDonald told a meeting"."""

from __future__ import annotations

import re

from brief.extract._draft import Draft
from brief.extract._mention import Mention
from brief.extract._syntax import SUBJECT_DEPS, Doc, affiliation
from brief.extract._title_words import WORD, singular, title_words

__all__ = ["merge_offices", "own_titles"]


def own_titles(draft: Draft) -> frozenset[str]:
    """Words of the titles the article gives this person by name (not guessed descriptions)."""
    return frozenset().union(*(title_words(m.role) for m in draft.mentions if m.role))


def merge_offices(doc: Doc, drafts: dict[str, Draft], people: list[Draft]) -> None:
    """Join each unnamed office to the named person who holds it."""
    _merge_titled_groups(doc, drafts, people)
    _merge_title_acronyms(drafts, people)


def _merge_titled_groups(doc: Doc, drafts: dict[str, Draft], people: list[Draft]) -> None:
    """An unnamed office-holder ("the Kremlin's spokesperson") joins the named person holding that title;
    a possessive one ("North Korea's top negotiator", "the agency's top scientist") joins the only person
    whose title has its noun, when the rest of its words do not name another body ("The North's chief
    nuclear negotiator, Kim Myong Gil")."""
    for key, draft in list(drafts.items()):
        if not key.startswith("g:") or any(m.hint != "person" for m in draft.mentions):
            continue
        said = draft.mentions[0].text
        words = title_words(said)
        core = words - _BODY_NOUNS  # "state agriculture minister" is agriculture minister Badal Patralekh
        # "Turkey's foreign minister" is Turkish Foreign Minister Mevlut Cavusoglu: his country's name
        named = {w.casefold().removesuffix("’s").removesuffix("'s") for w in said.split() if w[:1].isupper()}
        holders = [p for p in people if core and (core <= own_titles(p) or _placed(core & named, core, p))]
        if not holders and _POSSESSIVE.match(said) and len(said.split()) <= _POSSESSIVE_WORDS:
            head = singular(WORD.findall(said.casefold())[-1])
            rest = words - _RANKS - _BODY_NOUNS - {head}
            holders = [p for p in people if head in own_titles(p)]
            holders = holders if len(holders) == 1 and _agrees(rest, own_titles(holders[0]) - {head}) else []
            holders = holders or _named_next(doc, draft.mentions[0], people)
        if len(holders) == 1:
            holders[0].extra += drafts.pop(key).mentions


def _named_next(doc: Doc, said: Mention, people: list[Draft]) -> list[Draft]:
    """The person a speaking office ("..., Saskatoon Transit's director says.") is named as in the very next
    sentence, first named there as its subject and given no title of their own ("Jim McDonald told a
    meeting ..."), when no one is named in the office's own sentence."""
    sents = list(doc.sents)
    at = next((i for i, s in enumerate(sents) if s.start_char <= said.start < s.end_char), len(sents))
    if not said.agentive or at + 1 >= len(sents):
        return []
    here, after = sents[at], sents[at + 1]
    # (the office's own owner, "Simpson's lawyer", is no one else named there)
    if any(
        here.start_char <= m.start < here.end_char and not said.start <= m.start < said.end
        for p in people
        for m in p.mentions
    ):
        return []
    named = [p for p in people if after.start_char <= p.first < after.end_char and not own_titles(p)]
    opening = [p for p in named if doc[p.mentions[0].root].dep_ in SUBJECT_DEPS]
    return opening if len(named) == 1 else []


_POSSESSIVE = re.compile(r"(?:the\s+)?[\w.-]+(?:\s+[A-Z][\w.-]*)?['’]s\s", re.I)
_POSSESSIVE_WORDS = 5
_RANKS = frozenset("top chief senior lead leading head".split())  # "top negotiator" is the "chief" one
_BODY_NOUNS = frozenset(
    "agency company firm country nation government department ministry city state".split()
)


def _placed(named: frozenset[str], core: frozenset[str], person: Draft) -> bool:
    """True when a description's capitalised words name the person's country and the rest are the person's
    title."""
    place = {w for w in named if affiliation(w) in person.affil}
    return bool(place) and core - place <= own_titles(person)


def _agrees(rest: frozenset[str], titles: frozenset[str]) -> bool:
    """Whether a description's other words ("north korea") fit a title ("north chief nuclear"): they share
    one, or one of the two says nothing more than rank and body ("the agency's top scientist")."""
    return not rest or bool(rest & titles) or not titles - _RANKS - _BODY_NOUNS


def _title_acronyms(draft: Draft) -> set[str]:
    """ "AG" and "NYAG" for a person titled "New York Attorney General" (not "BCA" for the "Barbados Cricket
    Association president": the capitals there are the body's)."""
    out: set[str] = set()
    for m in draft.mentions:
        words = m.role.split()
        if not words or not words[-1][:1].isupper():
            continue
        initials = "".join(w[0] for w in words if w[:1].isupper())
        out |= {initials[i:] for i in range(len(initials) - 1)}
    return out


def _merge_title_acronyms(drafts: dict[str, Draft], people: list[Draft]) -> None:
    """An acronym of a named person's title ("The AG's complaint") is that person."""
    for key, draft in list(drafts.items()):
        short = draft.mentions[0].text.replace(".", "")
        if not key.startswith("n:") or not (short.isupper() and 2 <= len(short) <= 5):
            continue
        holders = [p for p in people if short in _title_acronyms(p)]
        if len(holders) == 1:
            holders[0].extra += drafts.pop(key).mentions
