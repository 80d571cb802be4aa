"""Verify the model's actors: each is in the article, is one person (never two actors for one), and has
a role that agrees with how the article describes them.

``Roster`` maps every name the model used (and every form the article uses) to one kept actor, so
positions filed under "De Vido", "Julio De Vido" or "Argentina's planning minister" land on one actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from brief.extract import AUTHOR, GROUP_NOUNS, KIN, LAWYERS, CandidateActor, is_writer
from brief.schema import Actor
from brief.verify.claims import Problem
from brief.verify.context import Context
from brief.verify.lexicon import stem
from brief.verify.limits import Limits
from brief.verify.names import name_key
from brief.verify.roles import verify_role
from brief.verify.skeleton import skeleton_actor

__all__ = ["Roster", "match_candidate", "verify_actors"]


def _forms(names: list[str]) -> set[str]:
    return {name_key(n) for n in names if name_key(n)}


def _surname(name: str) -> str:
    words = name_key(name).split()
    return words[-1] if len(words) > 1 else ""


_AFTER_HEAD = re.compile(r"^(?:$| (?:with|of|from|in|at|for|on) )")


def _contains(longer: set[str], shorter: set[str]) -> bool:
    """One name is the other with more said: "south dakota department of social services" holds
    "department of social services", "a senior officer with the forest range" holds "senior officer"
    (but "south dakota department" is not "south dakota": the name must end where its head does)."""
    for whole in longer:
        for part in shorter:
            if len(part.split()) < 2 or len(whole) <= len(part):
                continue
            at = f" {whole} ".find(f" {part} ")
            if at >= 0 and _AFTER_HEAD.match(whole[at + len(part) :]):
                return True
    return False


def _other_person(a: str, b: str) -> bool:
    """Two full names with one surname and different first names: two people of one family (not
    "Virginia Democrats" and "Louisiana Democrats", one party's groups)."""
    wa, wb = name_key(a).split(), name_key(b).split()
    group = wa[-1].endswith("s") and wa[-1][:-1] in GROUP_NOUNS
    return len(wa) > 1 and len(wb) > 1 and wa[-1] == wb[-1] and wa[0] != wb[0] and not group


def match_candidate(names: list[str], candidates: list[CandidateActor]) -> CandidateActor | None:
    """The extraction's actor that ``names`` (a name and its aliases) refer to, if any."""
    forms = _forms(names)
    for candidate in candidates:
        if forms & _forms(candidate.names()):
            return candidate
    for candidate in candidates:
        theirs = _forms(candidate.names())
        if _contains(forms, theirs) or _contains(theirs, forms):
            return candidate
    surnames = {_surname(n) for n in names} - {""}
    for candidate in candidates:  # "Tony Blair" vs "Blair", "Julio De Vido" vs "De Vido"
        surname = {_surname(candidate.name)}
        if candidate.kind != "person" or not (surnames & surname or forms & surname):
            continue
        if not any(_other_person(n, candidate.name) for n in names):  # not Danielle for Peter Ambrose
            return candidate
    return None


@dataclass
class Roster:
    actors: list[Actor] = field(default_factory=list)
    candidates: dict[str, CandidateActor | None] = field(default_factory=dict)  # actor name -> candidate
    by_form: dict[str, str] = field(default_factory=dict)  # name key -> actor name

    def add(self, actor: Actor, candidate: CandidateActor | None, also: list[str]) -> None:
        self.actors.append(actor)
        self.candidates[actor.name] = candidate
        names = [actor.name, *actor.aliases, *also, *(candidate.names() if candidate else [])]
        for key in _forms(names):
            self.by_form.setdefault(key, actor.name)

    def find(self, name: str, extraction_actors: list[CandidateActor]) -> Actor | None:
        """The kept actor a position's actor name refers to (by any form, or through the extraction)."""
        key = name_key(name)
        chosen = self.by_form.get(key)
        if chosen is None:
            candidate = match_candidate([name], extraction_actors)
            chosen = next((a for a, c in self.candidates.items() if c is not None and c is candidate), None)
        if chosen is None and _surname(name):
            chosen = self.by_form.get(_surname(name))
            if chosen is not None and _other_person(name, chosen):
                chosen = None  # "Mark Kelly" is not Jesse Kelly
        return next((a for a in self.actors if a.name == chosen), None)

    def names_of(self, actor: Actor) -> list[str]:
        """Every form of the actor, and for a group described in common words its head ("authors")."""
        candidate = self.candidates.get(actor.name)
        names = [actor.name, *actor.aliases, *(candidate.names() if candidate else [])]
        words = actor.name.split()
        if len(words) > 1 and not any(w[:1].isupper() for w in words[1:]):
            names.append(words[-1])
        return names


def verify_actors(proposed: list[Actor], ctx: Context, limits: Limits) -> Roster:
    roster = Roster()
    for i, actor in enumerate(proposed):
        candidate = match_candidate([actor.name, *actor.aliases], ctx.extraction.actors)
        candidate = candidate or _writer(actor, ctx)  # "The columnist": the writer extraction found
        named = ctx.source.mentions(actor.name) or ctx.index.names.known(actor.name)
        described = is_writer(actor.name) or _described(actor.name, ctx)
        if candidate is None and not named and not described:
            problem = Problem("name", "actor is not mentioned in the article")
            ctx.ledger.drop(f"actors[{i}]", actor.name, problem)
            continue
        merged = _merge(actor, candidate, ctx)
        same = roster.find(merged.name, []) or next(
            (
                a
                for a in roster.actors
                if candidate is not None and roster.candidates.get(a.name) is candidate
            ),
            None,
        )
        if same is not None:  # a second entry for one person: its names go to the first
            ctx.ledger.drop(
                f"actors[{i}]", actor.name, Problem("duplicate", f"the same actor as {same.name}")
            )
            roster.by_form.update({k: same.name for k in _forms([actor.name, *actor.aliases])})
            continue
        if len(roster.actors) >= limits.max_actors:
            ctx.ledger.drop(
                f"actors[{i}]", actor.name, Problem("limit", f"the brief keeps at most {limits.max_actors}")
            )
            continue
        ctx.ledger.ok()
        role = verify_role(actor, merged, candidate, i, ctx)
        roster.add(merged.model_copy(update={"role": role}), candidate, [actor.name, *actor.aliases])
    for candidate in _ranked(ctx, limits):
        if len(roster.actors) >= limits.max_actors:
            break
        if any(c is candidate for c in roster.candidates.values()) or roster.find(candidate.name, []):
            continue
        if match_candidate([candidate.name], [c for c in roster.candidates.values() if c is not None]):
            continue
        roster.add(skeleton_actor(candidate), candidate, [])
    _drop_shared_aliases(roster)
    return roster


def _drop_shared_aliases(roster: Roster) -> None:
    """An alias two actors share ("the leader") names neither: keep it off both."""
    keys = [name_key(n) for a in roster.actors for n in {a.name, *a.aliases}]
    shared = {k for k in keys if keys.count(k) > 1}
    roster.actors = [
        a.model_copy(update={"aliases": [n for n in a.aliases if name_key(n) not in shared]})
        for a in roster.actors
    ]


def _writer(actor: Actor, ctx: Context) -> CandidateActor | None:
    """The extraction's writer for "The columnist" or "the editorial board", when it found one."""
    if not is_writer(actor.name):
        return None
    return next((a for a in ctx.extraction.actors if a.name == AUTHOR), None)


def _described(name: str, ctx: Context) -> bool:
    """A group the article describes in common words rather than names ("Study authors" where it says
    "the study's authors"): every word of it, lower case after the first, is a word of the article."""
    words = name.split()
    if not words or any(w[:1].isupper() for w in words[1:]):
        return False
    if (
        len(words) == 1
        and not {name.lower(), name.lower().removesuffix("s"), name.lower() + "s"} & ctx.index.tokens
    ):
        return False  # one word is the article's own ("Critics"), not one that shares a stem ("Oceana")
    return all(stem(w.lower()) in ctx.index.stems for w in re.findall(r"[\w']+", name))


def _ranked(ctx: Context, limits: Limits) -> list[CandidateActor]:
    """Candidates to fill in, most salient first: the top ``min_actors``, then those who speak, then
    people the article names in full ("Kevin King", a hostage who says nothing but is the story)."""
    speakers = {s.speaker for s in ctx.extraction.statements}
    top = ctx.extraction.actors[: limits.min_actors]
    top = [a for a in top if a.name in speakers or not _bare_word(a) or _personal(a.name, ctx.text)]
    rest = ctx.extraction.actors[limits.min_actors :]
    named = [a for a in rest if a.name not in speakers and a.kind == "person" and _full_name(a.name)]
    voices = sorted((a for a in rest if a.name in speakers), key=lambda a: a.kind == "group")
    return top + voices + named


def _bare_word(actor: CandidateActor) -> bool:
    """A "person" the article names by one word and gives no role, title or words ("Lupron", "Madagascar",
    "Marijuana"): the tagger's guess at a product or place, not someone the story is about."""
    return actor.kind == "person" and " " not in actor.name and not actor.role and not actor.aliases


# what only a person has: an age ("Pham, 26,"), kin, a lawyer, a home ("Stewart's lawyer", "Pham's dog")
_OWN = "|".join(sorted(KIN | LAWYERS | {"family", "friend", "friends", "dog", "home", "parents", "children"}))


def _personal(name: str, text: str) -> bool:
    """True when the article marks a one-word name as a person's: an age after it, or kin, a lawyer or
    a home of its own."""
    return re.search(rf"\b{re.escape(name)}(?:, \d{{1,3}},|['’]s (?:{_OWN})\b)", text) is not None


def _full_name(name: str) -> bool:
    """Two or more capitalised words: a person's name, not a description ("local police source")."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _merge(actor: Actor, candidate: CandidateActor | None, ctx: Context) -> Actor:
    """The model's actor with the article's fullest name; the model's kind unless it said "other"."""
    if candidate is None:
        aliases = [a for a in actor.aliases if ctx.source.mentions(a) and a != actor.name]
        return Actor(name=actor.name, aliases=aliases, kind=actor.kind, role=actor.role)
    name = (
        actor.name
        if ctx.source.mentions(actor.name) and len(actor.name) >= len(candidate.name)
        else candidate.name
    )
    forms = dict.fromkeys([candidate.name, *candidate.aliases, actor.name, *actor.aliases])
    aliases = [a for a in forms if a != name and ctx.source.mentions(a)]
    kind = actor.kind if actor.kind != "other" else candidate.kind
    return Actor(name=name, aliases=aliases, kind=kind, role=actor.role)
