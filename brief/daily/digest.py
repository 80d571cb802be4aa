"""The daily digest: a headline list, one section per brief, a cross-story actor index, what changed.

``index.json`` is the :class:`Digest` (the next day's digest compares against it); ``index.md`` is
rendered from it and the briefs through the ``digest.md.j2`` template, which a user prompts folder
overrides like any other template. Neither holds run-specific numbers, so re-running an unchanged
day rewrites nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

import yaml
from pydantic import ValidationError

from brief.daily.changes import changes_since
from brief.daily.match import actor_key
from brief.daily.models import ActorEntry, Appearance, Digest, NotIncluded, StoryEntry, StoryGroup
from brief.daily.story import StoryBrief
from brief.errors import InputError
from brief.prompts import PromptLibrary
from brief.render import json_file_text
from brief.schema import Actor, Brief

__all__ = [
    "DIGEST_JSON",
    "DIGEST_MD",
    "ActorEntry",
    "Appearance",
    "Digest",
    "NotIncluded",
    "StoryEntry",
    "StoryGroup",
    "actor_index",
    "build_digest",
    "load_digest",
    "previous_digest",
    "render_digest",
]

DIGEST_MD = "index.md"
DIGEST_JSON = "index.json"
TEMPLATE = "digest.md.j2"
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def build_digest(
    date: str,
    stories: Sequence[tuple[Brief, str]],
    *,
    previous: Digest | None = None,
    not_included: Sequence[NotIncluded] = (),
    groups: Sequence[StoryGroup] = (),
) -> Digest:
    """The digest of ``stories`` (each a brief and its Markdown file name), compared with ``previous``.

    ``groups`` are the stories of several articles (see :mod:`brief.daily.stories`); an article in
    no group is a story of its own.
    """
    entries = [_entry(brief, file) for brief, file in stories]
    briefs = [brief for brief, _ in stories]
    digest = Digest(
        date=date,
        stories=entries,
        groups=list(groups),
        actors=actor_index(briefs),
        not_included=list(not_included),
    )
    if previous is not None:
        digest.changes = changes_since(previous, digest, {b.source.id: b for b in briefs})
    return digest


def _entry(brief: Brief, file: str) -> StoryEntry:
    return StoryEntry(
        id=brief.source.id,
        title=brief.title,
        summary=" ".join(brief.summary.split()),
        file=file,
        source=brief.source.url or brief.source.path,
        published=brief.source.published,
        engine=brief.generator.engine,
        model=brief.generator.model,
        prompt_tokens=brief.usage.prompt_tokens,
        completion_tokens=brief.usage.completion_tokens,
        cost_usd=brief.usage.cost_usd,
        grounding=brief.grounding.score,
        open_questions=[q.question for q in brief.open_questions],
    )


def actor_index(briefs: Sequence[Brief]) -> list[ActorEntry]:
    """Actors across briefs, one entry per actor matched by name or alias, with each story's stances."""
    nodes = [(brief, actor) for brief in briefs for actor in brief.actors]
    parent = list(range(len(nodes)))

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = n = parent[parent[n]]
        return n

    named: dict[str, list[int]] = {}
    for n, (_, actor) in enumerate(nodes):
        named.setdefault(actor_key(actor.name), []).append(n)
    for n, (_, actor) in enumerate(nodes):
        for form in (actor.name, *actor.aliases):
            for other in named.get(actor_key(form), ()):
                parent[root(other)] = root(n)
    groups: dict[int, list[int]] = {}
    for n in range(len(nodes)):
        groups.setdefault(root(n), []).append(n)
    entries = [_actor_entry([nodes[n] for n in members]) for members in groups.values()]
    return sorted(entries, key=lambda e: -len(e.stories))  # stable: first mention breaks ties


def _actor_entry(members: list[tuple[Brief, Actor]]) -> ActorEntry:
    names = Counter(actor.name for _, actor in members)
    name = max(names, key=lambda n: (names[n], len(n)))
    forms = {actor_key(name)}
    aliases = []
    for form in (f for _, a in members for f in (a.name, *a.aliases)):
        if actor_key(form) and actor_key(form) not in forms:
            forms.add(actor_key(form))
            aliases.append(form)
    kinds = Counter(a.kind for _, a in members if a.kind != "other")
    stories: dict[str, Appearance] = {}
    for brief, actor in members:
        seen = stories.setdefault(brief.source.id, Appearance(story=brief.source.id, title=brief.title))
        seen.role = seen.role or actor.role
        mine = {actor_key(f) for f in (actor.name, *actor.aliases)}
        seen.stances += [
            p.stance for p in brief.positions if actor_key(p.actor) in mine and p.stance not in seen.stances
        ]
    kind = kinds.most_common(1)[0][0] if kinds else "other"
    return ActorEntry(name=name, aliases=aliases, kind=kind, stories=list(stories.values()))


def render_digest(
    digest: Digest,
    briefs: Mapping[str, Brief],
    prompts: PromptLibrary,
    *,
    stories: Mapping[str, StoryBrief] | None = None,
) -> str:
    """Markdown from the ``digest.md.j2`` template.

    Args:
        briefs: story id to its brief.
        stories: a group's ``file`` to its multi-source brief.

    Raises:
        ConfigError: the template is missing or broken.
    """
    prompt_tokens, completion_tokens = digest.tokens
    count = len(digest.grouped)
    meta = {
        "title": digest.title,
        "date": digest.date,
        "stories": count,
        **({"articles": len(digest.stories)} if count != len(digest.stories) else {}),
        "previous": digest.changes.previous_date if digest.changes else None,
        "tokens": {"prompt": prompt_tokens, "completion": completion_tokens},
        "cost_usd": digest.cost_usd,
    }
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=1000).strip()
    return prompts.render(TEMPLATE, digest=digest, briefs=briefs, stories=stories or {}, front_matter=front)


def digest_json(digest: Digest) -> str:
    """``index.json`` text: the digest, indented, with a trailing newline."""
    return json_file_text(digest)


def load_digest(path: Path) -> Digest:
    """Read an ``index.json``.

    Raises:
        InputError: the file is missing or is not a digest.
    """
    try:
        return Digest.model_validate_json(path.read_bytes())
    except OSError as exc:
        raise InputError(f"cannot read digest {path} ({exc.strerror or exc}): check the path") from exc
    except ValidationError as exc:
        raise InputError(
            f"{path} is not a brief digest ({exc.errors()[0]['msg']}): delete or rebuild it"
        ) from exc


def previous_digest(output_dir: Path, date: str) -> tuple[Digest | None, list[str]]:
    """The latest readable digest dated before ``date`` under ``output_dir``, and notes on unreadable ones."""
    notes: list[str] = []
    folders = sorted((p for p in _dated(output_dir) if p.name < date), reverse=True)
    for folder in folders:
        path = folder / DIGEST_JSON
        if not path.is_file():
            continue
        try:
            return load_digest(path), notes
        except InputError as exc:
            notes.append(f"{exc}; compared with an older digest instead")
    return None, notes


def _dated(output_dir: Path) -> list[Path]:
    try:
        return [p for p in output_dir.iterdir() if p.is_dir() and DATE.fullmatch(p.name)]
    except OSError:
        return []
