"""The daily digest: a headline list, one section per brief, a cross-story actor index, what changed.

``index.json`` is the :class:`Digest` (the next day's digest compares against it); ``index.md`` is
rendered from it and the briefs through the ``digest.md.j2`` template, which a user prompts folder
overrides like any other template. Neither holds run-specific numbers, so re-running an unchanged
day rewrites nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

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
    stories: Iterable[tuple[Brief, str]],
    *,
    previous: Digest | None = None,
    briefs: Mapping[str, Brief] | None = None,
    not_included: Sequence[NotIncluded] = (),
    groups: Sequence[StoryGroup] = (),
) -> Digest:
    """The digest of ``stories`` (each a brief and its Markdown file name), compared with ``previous``.

    ``stories`` is read once, a brief at a time, and no brief is kept: to compare with ``previous``,
    ``briefs`` gives them again by story id (default: each brief of ``stories`` is kept for that).
    ``groups`` are the stories of several articles (see :mod:`brief.daily.stories`); an article in
    no group is a story of its own.
    """
    entries: list[StoryEntry] = []
    nodes: list[_Node] = []
    kept: dict[str, Brief] = {}
    for brief, file in stories:
        entries.append(_entry(brief, file))
        nodes += _nodes(brief)
        if previous is not None and briefs is None:
            kept[brief.source.id] = brief
    digest = Digest(
        date=date,
        stories=entries,
        groups=list(groups),
        actors=_actor_index(nodes),
        not_included=list(not_included),
    )
    if previous is not None:
        digest.changes = changes_since(previous, digest, kept if briefs is None else briefs)
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


class _Node(NamedTuple):
    """One actor of one brief, with that brief's stances of the actor (the brief itself is not kept)."""

    story: str
    title: str
    actor: Actor
    stances: list[str]


def _nodes(brief: Brief) -> list[_Node]:
    nodes = []
    for actor in brief.actors:
        mine = {actor_key(f) for f in (actor.name, *actor.aliases)}
        stances = [p.stance for p in brief.positions if actor_key(p.actor) in mine]
        nodes.append(_Node(brief.source.id, brief.title, actor, stances))
    return nodes


def actor_index(briefs: Iterable[Brief]) -> list[ActorEntry]:
    """Actors across briefs, one entry per actor matched by name or alias, with each story's stances."""
    return _actor_index([node for brief in briefs for node in _nodes(brief)])


def _actor_index(nodes: Sequence[_Node]) -> list[ActorEntry]:
    parent = list(range(len(nodes)))

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = n = parent[parent[n]]
        return n

    named: dict[str, list[int]] = {}
    for n, node in enumerate(nodes):
        named.setdefault(actor_key(node.actor.name), []).append(n)
    for n, node in enumerate(nodes):
        for form in (node.actor.name, *node.actor.aliases):
            for other in named.get(actor_key(form), ()):
                parent[root(other)] = root(n)
    groups: dict[int, list[int]] = {}
    for n in range(len(nodes)):
        groups.setdefault(root(n), []).append(n)
    entries = [_actor_entry([nodes[n] for n in members]) for members in groups.values()]
    return sorted(entries, key=lambda e: -len(e.stories))  # stable: first mention breaks ties


def _actor_entry(members: list[_Node]) -> ActorEntry:
    names = Counter(m.actor.name for m in members)
    name = max(names, key=lambda n: (names[n], len(n)))
    forms = {actor_key(name)}
    aliases = []
    for form in (f for m in members for f in (m.actor.name, *m.actor.aliases)):
        if actor_key(form) and actor_key(form) not in forms:
            forms.add(actor_key(form))
            aliases.append(form)
    kinds = Counter(m.actor.kind for m in members if m.actor.kind != "other")
    stories: dict[str, Appearance] = {}
    for member in members:
        seen = stories.setdefault(member.story, Appearance(story=member.story, title=member.title))
        seen.role = seen.role or member.actor.role
        seen.stances += [stance for stance in member.stances if stance not in seen.stances]
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
