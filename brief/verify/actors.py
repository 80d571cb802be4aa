"""Verify the model's actors: each is in the article, is one person (never two actors for one), and has
a role that agrees with how the article describes them.

``Roster`` maps every name the model used (and every form the article uses) to one kept actor, so
positions filed under "De Vido", "Julio De Vido" or "Argentina's planning minister" land on one actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from brief.extract import CandidateActor
from brief.schema import Actor
from brief.verify.claims import Problem
from brief.verify.context import Context
from brief.verify.lexicon import STOP, stem, words
from brief.verify.limits import Limits
from brief.verify.names import name_key
from brief.verify.skeleton import skeleton_actor

__all__ = ["Roster", "match_candidate", "verify_actors"]

MAX_TITLE_WORDS = 3  # "Jordanian Foreign Minister": a title; a party's full name before "government" is not
ROLE_OVERLAP = 0.3  # a role sums up an actor in a few words of its own: fewer of them are the article's


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
    """Two full names with one surname and different first names: two people of one family."""
    wa, wb = name_key(a).split(), name_key(b).split()
    return len(wa) > 1 and len(wb) > 1 and wa[-1] == wb[-1] and wa[0] != wb[0]


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
        named = ctx.source.mentions(actor.name) or ctx.index.names.known(actor.name)
        described = _unnamed_author(actor.name) or _described(actor.name, ctx)
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
        ctx.ledger.ok()
        role = _verify_role(actor, merged, candidate, i, ctx)
        if len(roster.actors) < limits.max_actors:
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


_AUTHOR = re.compile(r"^(?:the )?(?:author|columnist|writer|editorial board|editors?|reporter)$", re.I)


def _unnamed_author(name: str) -> bool:
    """ "The columnist": an opinion piece's author, who the article itself does not name."""
    return _AUTHOR.match(name.strip()) is not None


def _described(name: str, ctx: Context) -> bool:
    """A group the article describes in common words rather than names ("Study authors" where it says
    "the study's authors"): every word of it, lower case after the first, is a word of the article."""
    words = name.split()
    if not words or any(w[:1].isupper() for w in words[1:]):
        return False
    return all(stem(w.lower()) in ctx.index.stems for w in re.findall(r"[\w']+", name))


def _ranked(ctx: Context, limits: Limits) -> list[CandidateActor]:
    """Candidates to fill in, most salient first: the top ``min_actors``, then those who speak, then
    people the article names in full ("Kevin King", a hostage who says nothing but is the story)."""
    speakers = {s.speaker for s in ctx.extraction.statements}
    top = ctx.extraction.actors[: limits.min_actors]
    rest = ctx.extraction.actors[limits.min_actors :]
    named = [a for a in rest if a.name not in speakers and a.kind == "person" and _full_name(a.name)]
    return top + [a for a in rest if a.name in speakers] + named


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


_TITLE_END = re.compile(r",|;|\s(?:who|which|that|of|in|at|for|with|since|from|and|whose)\s", re.I)


def _other_title(role: str, actor: Actor, candidate: CandidateActor | None, ctx: Context) -> Problem | None:
    """A role whose title the article gives the actor with other words: "interior minister" where the
    article says "defense minister Kim", "Egypt's foreign minister" for "Jordanian Foreign Minister"."""
    phrase = _TITLE_END.split(role, maxsplit=1)[0]  # "Interior minister who resigned ..." -> its title
    title = [stem(w) for w in words(phrase) if w not in STOP]
    whose = _OF_WHOM.match(role[len(phrase) :])  # "Spokeswoman for Attorney General Eric Schneiderman"
    if not title:
        return None
    head = title[-1]
    own = {stem(w) for w in words(actor.name)} - {head}
    modifiers = set(title[:-1]) | (
        {stem(w) for w in words(whose.group(1)) if w not in STOP} - own if whose else set()
    )
    if not modifiers:
        return _other_office(head, actor, candidate)
    found = _descriptions(actor, candidate)
    rivals = []
    for description in found:
        stems = [stem(w) for w in words(description) if w not in STOP]
        if head not in stems:
            continue
        theirs = set(stems[: stems.index(head)]) - own
        if modifiers <= set(stems):
            return None
        if theirs and len(theirs) <= MAX_TITLE_WORDS and not theirs <= modifiers:
            rivals.append(description)
    if rivals:
        return Problem("role", f"the article calls {actor.name} {rivals[0]!r}")
    return _other_office(head, actor, candidate)


_OF_WHOM = re.compile(r"\s(?:of|for|to)\s+((?:the\s)?[A-Z][^,;]*?)(?=[,;]|\s(?:who|which|that|since)\s|$)")
# titles of office, by stem ("spokeswoman" and "spokesman" are one office)
_OFFICES = {
    stem(w): w[:5]
    for w in (
        "chair chairman chairwoman chairperson speaker minister president secretary spokesman spokeswoman "
        "spokesperson director governor mayor senator commissioner chancellor premier treasurer ambassador "
        "envoy judge prosecutor superintendent sheriff ceo founder editor professor"
    ).split()
}


def _descriptions(actor: Actor, candidate: CandidateActor | None) -> list[str]:
    """How the article describes the actor (not the model's role, which is what is checked)."""
    return [*actor.aliases, *(candidate.names() if candidate else []), candidate.role if candidate else ""]


def _other_office(head: str, actor: Actor, candidate: CandidateActor | None) -> Problem | None:
    """A one-word title of office the article never gives the actor, when it gives it another one:
    "Speaker" for the one the article calls "Transportation Committee Chair"."""
    if head not in _OFFICES:
        return None
    offices = {
        _OFFICES[stem(w)] for d in _descriptions(actor, candidate) for w in words(d) if stem(w) in _OFFICES
    }
    if offices and _OFFICES[head] not in offices:
        return Problem(
            "role", f"the article gives {actor.name} another office ({', '.join(sorted(offices))})"
        )
    return None


def _verify_role(actor: Actor, merged: Actor, candidate: CandidateActor | None, i: int, ctx: Context) -> str:
    """The model's role when the sentences about this actor support it; else the article's own description."""
    fallback = candidate.role if candidate else ""
    if not actor.role.strip():
        return fallback
    claim = ctx.claim(actor.role.strip())
    near = ctx.windows_of(candidate, [merged.name, *merged.aliases])
    elsewhere = [n for n in claim.names if near and not any(ctx.index.mentions(n, (i,)) for i in near)]
    problem, support = ctx.problem(
        actor.role.strip(), together=False, mood=False, content="article", min_overlap=ROLE_OVERLAP
    )
    if problem is None and elsewhere:
        problem = Problem("role", f"{elsewhere[0]} is not named where the article speaks of it")
    if problem is None:
        problem = _other_title(actor.role.strip(), merged, candidate, ctx)
    if problem is None:
        ctx.ledger.ok(f"role:{merged.name}", ctx.spans(support))
        return actor.role.strip()
    if problem.kind != "injection":
        problem = Problem("role", f"the article does not describe {merged.name} so: {problem.reason}")
    replaced = f"; replaced by the article's {fallback!r}" if fallback else ""
    ctx.ledger.drop(f"actors[{i}].role", actor.role, Problem(problem.kind, problem.reason + replaced))
    return fallback
