"""Render a verified brief as Markdown with YAML front matter."""

from __future__ import annotations

import json
from collections.abc import Iterator

import yaml
from pydantic import BaseModel

from brief.prompts import PromptLibrary
from brief.schema import Brief

__all__ = ["front_matter", "json_file_parts", "json_file_text", "render_markdown"]

_JSON = json.JSONEncoder(indent=2, ensure_ascii=False)  # as json.dumps(..., indent=2, ensure_ascii=False)


def front_matter(brief: Brief, *, date: str) -> dict[str, object]:
    """The metadata a reader (or a script) needs to trust and trace a brief."""
    return {
        "title": brief.title,
        "date": date,
        "source": brief.source.url or brief.source.path,
        "source_id": brief.source.id,
        "published": brief.source.published,
        "engine": brief.generator.engine,
        "model": brief.generator.model or None,
        "prompt_hash": brief.generator.prompt_hash,
        "tokens": {"prompt": brief.usage.prompt_tokens, "completion": brief.usage.completion_tokens},
        "cost_usd": brief.usage.cost_usd,
        "grounding_score": brief.grounding.score,
        "dropped": len(brief.grounding.dropped),
    }


def render_markdown(brief: Brief, prompts: PromptLibrary, *, date: str) -> str:
    """Markdown from the ``brief.md.j2`` template (user-overridable like the prompts)."""
    meta = yaml.safe_dump(front_matter(brief, date=date), sort_keys=False, allow_unicode=True, width=1000)
    return prompts.render("brief.md.j2", brief=brief, front_matter=meta.strip())


def json_file_text(model: BaseModel) -> str:
    """The ``.json`` file written beside a brief or digest: indented, UTF-8 kept, newline-terminated."""
    return "".join(json_file_parts(model))


def json_file_parts(model: BaseModel) -> Iterator[str]:
    """:func:`json_file_text` in pieces, for a file too large to hold as one string (a day's digest)."""
    yield from _JSON.iterencode(model.model_dump(mode="json"))
    yield "\n"
