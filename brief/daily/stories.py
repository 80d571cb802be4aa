"""The day's stories and its digest: the day's briefs grouped by event, the files written last.

``write_day`` clusters the briefs of this run's articles (:func:`brief.daily.cluster.cluster_articles`,
with each brief's actors and aliases as the named entities, so nothing is parsed twice), writes one
multi-source brief per story of several outlets (``<slug>-sources.md``/``.json``/``.html``, see
:mod:`brief.daily.multi`; with a model, its summary is written over all the sources, see
:mod:`brief.daily.cluster_summary`), then ``index.json``, ``index.md`` and the browser pages, all at once.
Briefs already in the folder whose article is not in this run stay stories of their own.
Multi-source briefs of an earlier run that no longer match a story are removed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

import yaml
from pydantic import ValidationError

from brief.daily.cluster import cluster_articles
from brief.daily.cluster_summary import ClusterSummariser
from brief.daily.digest import (
    DIGEST_JSON,
    DIGEST_MD,
    NotIncluded,
    build_digest,
    previous_digest,
    render_digest,
)
from brief.daily.meter import Spent
from brief.daily.models import Digest, StoryGroup, outlet
from brief.daily.multi import Reported, merge_story
from brief.daily.pages import browser_pages
from brief.daily.store import OnDemand, Stored, briefs_by_id
from brief.daily.story import SourceRef, StoryBrief
from brief.deliver.files import Staged, slugify
from brief.errors import DeliveryError
from brief.prompts import PromptLibrary
from brief.read.articles import Article, content_id
from brief.render import json_file_parts, json_file_text

__all__ = ["STORY_SUFFIX", "TEMPLATE", "Written", "render_story", "story_sources", "write_day"]

STORY_SUFFIX = "-sources"  # a multi-source brief is <slug of the lead's title>-sources.md
TEMPLATE = "story.md.j2"
# The briefs' actors name fewer things than spaCy's entities (which the clustering defaults were tuned
# on), so their similarities run lower. Chosen on the fixture's tune part with the actors as names:
# pairwise F1 1.00 (0.96 at the defaults), check part 1.00, both with dates.
THRESHOLD = 0.14
NAME_WEIGHT = 0.2


@dataclass(frozen=True)
class Written:
    """The day's digest, where its Markdown is, notes (unreadable earlier digests, failed summaries) and
    what the stories' summary requests spent."""

    digest: Digest
    md_path: Path
    notes: tuple[str, ...] = ()
    spent: Spent = field(default_factory=Spent)


@dataclass(frozen=True)
class _Planned:
    members: list[Stored]
    lead: str  # the lead article's id

    @property
    def ids(self) -> list[str]:
        return [s.source.id for s in self.members]


def _plan(stored: Sequence[Stored], articles: Mapping[str, Article]) -> list[_Planned]:
    """Stories of the briefs: clusters of those whose article is known, the rest one each; most first."""
    known = [s for s in stored if s.source.id in articles]
    names = {s.source.id: list(s.names) for s in known}
    by_id = {s.source.id: s for s in stored}
    clusters = cluster_articles(
        [articles[s.source.id] for s in known],
        names=names,
        threshold=THRESHOLD,
        name_weight=NAME_WEIGHT,
    )
    planned = [_Planned([by_id[i] for i in c.ids], c.lead.id) for c in clusters]
    planned += [_Planned([s], s.source.id) for s in stored if s.source.id not in articles]
    first = {s.source.id: n for n, s in enumerate(stored)}
    return sorted(planned, key=lambda p: (-len(p.members), min(first[i] for i in p.ids)))


def _story_files(planned: Sequence[_Planned], taken: set[str]) -> list[str]:
    """The multi-source brief's file name of each planned story ("" for one article), all distinct."""
    files = []
    for story in planned:
        if len(story.members) < 2:
            files.append("")
            continue
        lead = next(s for s in story.members if s.source.id == story.lead)
        key = content_id(" ".join(sorted(story.ids)))
        name = f"{slugify(lead.title, key)}{STORY_SUFFIX}.md"
        if name in taken:
            name = f"{slugify(lead.title, key)}-{key[:8]}{STORY_SUFFIX}.md"
        taken.add(name)
        files.append(name)
    return files


def _planned_files(stored: Sequence[Stored], articles: Mapping[str, Article]) -> list[tuple[_Planned, str]]:
    """The day's stories, most members first, each with its multi-source brief's file ("" for one article)."""
    planned = _plan(stored, articles)
    return list(zip(planned, _story_files(planned, {s.md_path.name for s in stored}), strict=True))


def story_sources(stored: Sequence[Stored], articles: Mapping[str, Article]) -> dict[str, list[Reported]]:
    """Each multi-source story's sources by its file name, as :func:`write_day` plans them from the same
    briefs: what its summary request is made of (a batch writes those requests ahead of the day).

    Args:
        stored: the briefs, this run's first in inbox order, as for :func:`write_day`.
        articles: this run's articles by id.
    """
    return {f: _sources(p, articles) for p, f in _planned_files(stored, articles) if f}


def _sources(story: _Planned, articles: Mapping[str, Article]) -> list[Reported]:
    sources = []
    for member in story.members:
        brief = member.brief
        ref = SourceRef(
            id=brief.source.id,
            outlet=outlet(brief.source.url or brief.source.path),  # as the digest entry's source
            title=brief.title,
            url=brief.source.url,
            published=brief.source.published,
            file=member.md_path.name,
        )
        sources.append(Reported(ref, brief, articles[brief.source.id].text))
    return sources


def render_story(story: StoryBrief, prompts: PromptLibrary, *, date: str) -> str:
    """Markdown of a multi-source brief from the ``story.md.j2`` template.

    Raises:
        ConfigError: the template is missing or broken.
    """
    meta = {
        "title": story.title,
        "date": date,
        "sources": [s.url or s.outlet for s in story.sources],
        "source_ids": story.ids,
        "engine": "merge",
        "summary": story.summary_by,
        "differences": len(story.differences),
    }
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=1000).strip()
    return prompts.render(TEMPLATE, story=story, front_matter=front)


def write_day(
    folder: Path,
    date: str,
    stored: Sequence[Stored],
    articles: Mapping[str, Article],
    *,
    prompts: PromptLibrary,
    output_dir: Path,
    not_included: Sequence[NotIncluded] = (),
    summariser: ClusterSummariser | None = None,
) -> Written:
    """Group the day's briefs into stories and write the multi-source briefs, the digest and the pages.

    Args:
        folder: the day's folder; stored: its complete briefs (this run's first, in inbox order).
        articles: this run's articles by id (the briefs whose article is here are clustered).
        output_dir: where earlier days' folders are (what changed since the last digest).
        summariser: writes each multi-source story's summary with the model (``None``: the lead's).

    Raises:
        DeliveryError: a file cannot be written or an old multi-source brief cannot be removed.
        ConfigError: a template is missing or broken.
    """
    planned = _planned_files(stored, articles)
    ordered = [member for story, _ in planned for member in story.members]
    groups = [StoryGroup(title=_lead_title(p), lead=p.lead, stories=p.ids, file=f) for p, f in planned]
    previous, notes = previous_digest(output_dir, date)
    briefs = briefs_by_id(ordered)  # each read from its JSON when needed: a large day holds none
    digest = build_digest(
        date,
        ((s.brief, s.md_path.name) for s in ordered),
        previous=previous,
        briefs=briefs,
        not_included=not_included,
        groups=groups,
    )
    sources = OnDemand({f: p for p, f in planned if f}, lambda p: _sources(p, articles))  # read again
    stories = {f: merge_story(sources[f], lead=p.lead) for p, f in planned if f}
    if summariser is not None and stories:
        each = OnDemand({f: f for f in stories}, lambda f: (stories[f], sources[f]))
        stories, failed = summariser.summarise(each)
        notes += failed
        groups = [g.model_copy(update={"usage": summariser.made.get(g.file)}) for g in digest.groups]
        digest = digest.model_copy(update={"groups": groups})
    markdown = render_digest(digest, briefs, prompts, stories=stories)
    story_md = {folder / f: render_story(s, prompts, date=date) for f, s in stories.items()}
    title = f"{digest.title} — {digest.date}"
    pages = browser_pages(
        folder, markdown, [s.md_path for s in ordered], prompts, title=title, unwritten=story_md
    )
    story_json = ((path.with_suffix(".json"), json_file_text(stories[path.name])) for path in story_md)
    md_path = folder / DIGEST_MD
    # Written all at once, but staged a file at a time: a large day's pages are never all in memory.
    with Staged(compare=True) as out:
        for path, text in chain(story_json, story_md.items(), pages):
            out.add(path, text)
        out.add(folder / DIGEST_JSON, json_file_parts(digest))
        out.add(md_path, markdown)
        if out.changed:  # re-running an unchanged day rewrites nothing
            out.commit()
    _remove_stale(folder, set(stories))
    return Written(digest, md_path, tuple(notes), summariser.spent if summariser else Spent())


def _lead_title(story: _Planned) -> str:
    return next(s.title for s in story.members if s.source.id == story.lead)


def _remove_stale(folder: Path, keep: set[str]) -> None:
    """Remove the multi-source briefs (all three files) of stories this run no longer has."""
    for path in sorted(folder.glob(f"*{STORY_SUFFIX}.json")):
        if path.with_suffix(".md").name in keep:
            continue
        try:
            StoryBrief.model_validate_json(path.read_bytes())
        except (OSError, ValidationError, ValueError):
            continue  # not ours: leave it
        try:
            for suffix in (".md", ".html", ".json"):  # JSON last, so a retry still recognises it
                path.with_suffix(suffix).unlink(missing_ok=True)
        except OSError as exc:
            raise DeliveryError(
                f"cannot remove the old multi-source brief {path.with_suffix('.md')}: {exc.strerror or exc}"
            ) from exc
