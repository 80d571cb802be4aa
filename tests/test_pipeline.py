"""summarise(): map over chunks, recursive reduce, fallback, verification, accounting."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from brief.config import Settings
from brief.pipeline.job import output_budget, resolve_task, summarise
from brief.read.articles import article_from_text
from brief.schema import validate_brief
from brief.tokens import count_tokens, get_encoding
from tests.conftest import FakeBackend

PARTIAL = {
    "title": "Part",
    "summary": "Macron said allies are ready.",
    "actors": [{"name": "Macron"}],
    "positions": [],
    "open_questions": [],
}


def _long_article(seed_text: str, copies: int) -> str:
    # Distinct paragraphs so chunks differ; each copy keeps the seed's sentences verbatim.
    return "\n\n".join(f"Update {i}.\n\n{seed_text}" for i in range(copies))


def test_short_article_is_one_map_call_and_grounded(seed_text: str) -> None:
    backend = FakeBackend([{**PARTIAL, "title": "Macron: 26 countries ready to send troops"}])
    brief = summarise(article_from_text(seed_text, source="seed"), backend=backend, settings=Settings())
    assert len(backend.requests) == 1
    messages, schema, max_tokens = backend.requests[0]
    assert messages[0]["role"] == "system" and seed_text.strip()[:200] in messages[1]["content"]
    # the output budget is sized from the article, above the old fixed 1,024 that cut capable replies off
    assert schema["title"] == "Draft" and 1024 < max_tokens <= 4096
    assert brief.title == "Macron: 26 countries ready to send troops"
    assert brief.usage.calls == 1 and brief.usage.prompt_tokens > 0 and brief.usage.cost_usd is None
    assert brief.generator.engine == "fake" and brief.generator.prompt_hash
    validate_brief(json.loads(brief.model_dump_json()))


def test_long_article_maps_then_reduces_recursively_within_the_window(seed_text: str) -> None:
    text = _long_article(seed_text, 6)
    backend = FakeBackend([PARTIAL] * 40, context_window=2600)
    settings = Settings(max_output_tokens=400)
    brief = summarise(article_from_text(text, source="long"), backend=backend, settings=settings)
    encoding, _ = get_encoding("fake-model")
    sizes = [sum(count_tokens(m["content"], encoding) for m in msgs) for msgs, _, _ in backend.requests]
    assert max(sizes) + 400 <= 2600, sizes  # no request overflows the window
    reduces = [msgs for msgs, _, _ in backend.requests if "partial briefs" in msgs[1]["content"]]
    maps = len(backend.requests) - len(reduces)
    assert maps >= 4 and reduces, (maps, len(reduces))
    assert brief.usage.calls == len(backend.requests)
    assert "Macron" in {a for actor in brief.actors for a in [actor.name, *actor.aliases]}


def test_invalid_replies_fall_back_to_the_skeleton_with_a_warning(seed_text: str) -> None:
    backend = FakeBackend(["not json"] * 3)
    brief = summarise(
        article_from_text(seed_text, source="seed"), backend=backend, settings=Settings(max_retries=2)
    )
    assert len(backend.requests) == 3  # first try + two re-asks
    assert brief.grounding.fallback and brief.warnings and "extractive" in brief.warnings[0]
    assert brief.positions and brief.actors  # the skeleton still gives a useful brief


def test_model_inventions_are_dropped(seed_text: str) -> None:
    reply = {
        "title": "Poroshenko visits Kyiv",
        "summary": "Petro Poroshenko met Putin in 2031.",
        "actors": [{"name": "Petro Poroshenko", "kind": "person"}],
        "positions": [{"actor": "Petro Poroshenko", "stance": "Wants peace.", "evidence": ["peace now"]}],
        "open_questions": [],
    }
    brief = summarise(
        article_from_text(seed_text, source="seed"), backend=FakeBackend([reply]), settings=Settings()
    )
    text = json.dumps(json.loads(brief.model_dump_json(exclude={"grounding"})))
    assert "Poroshenko" not in text and "2031" not in text
    assert {d.field.split(".")[0] for d in brief.grounding.dropped} >= {"title", "summary[0]", "actors[0]"}


def test_extractive_engine_uses_no_model(seed_text: str) -> None:
    brief = summarise(article_from_text(seed_text, source="seed"), backend=None, settings=Settings())
    assert brief.generator.engine == "extractive" and brief.usage.calls == 0 and brief.grounding.score == 1.0


@pytest.mark.parametrize(
    ("engine", "task", "model_path", "expected"),
    [
        ("local", "auto", None, "summary"),
        ("local", "auto", "x.gguf", "full"),
        ("openai", "auto", None, "full"),
        ("openai", "summary", None, "summary"),
    ],
)
def test_task_resolution(engine: str, task: str, model_path: str | None, expected: str) -> None:
    backend = FakeBackend()
    backend.engine = engine  # type: ignore[misc]
    settings = Settings(task=task, model_path=model_path)  # type: ignore[arg-type]
    assert resolve_task(settings, backend) == expected


def test_the_output_budget_fits_a_capable_models_full_brief() -> None:
    """Every hand-written capable reply (tests/fixtures/capable) fits the budget asked for its article."""
    encoding = get_encoding(None)[0]
    folder = Path(__file__).parent / "fixtures" / "capable"
    sizes = []
    for labels in sorted(folder.glob("*.labels.json")):
        article = (Path(__file__).parent.parent / json.loads(labels.read_text())["article"]).read_text()
        reply = labels.with_name(labels.name.replace(".labels.", ".reply.")).read_text()
        budget = output_budget("full", count_tokens(article, encoding), 131072)
        sizes.append((count_tokens(reply, encoding), budget))
    assert len(sizes) >= 10 and all(reply <= budget <= 4096 for reply, budget in sizes), sizes
    assert output_budget("full", 800, 4096) == 1024  # a small window keeps a quarter for the reply
    assert output_budget("summary", 800, 131072) == 320
