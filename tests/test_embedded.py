"""The embedded default, for real: the bundled SmolLM2 through llama-cpp-python, no server, no network."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from brief.backends import make_backend
from brief.cli import app
from brief.config import Settings
from brief.pipeline.job import summarise
from brief.read.articles import article_from_text
from brief.schema import validate_brief
from brief.tokens import count_tokens, get_encoding
from tests.conftest import SEED, core_actors_missing

FEATURE = Path(__file__).parent / "fixtures" / "eval" / "feature_fox_news_ailes.txt"


def _article_of(tokens: int) -> str:
    encoding, _ = get_encoding(None)
    paragraphs, kept = FEATURE.read_text(encoding="utf-8").split("\n\n"), []
    while paragraphs and count_tokens("\n\n".join(kept), encoding) < tokens:
        kept.append(paragraphs.pop(0))
    return "\n\n".join(kept)


def test_default_run_names_every_core_actor_with_verbatim_evidence(tmp_path: Path, seed_gold: dict) -> None:
    result = CliRunner().invoke(app, ["run", str(SEED), "--output-dir", str(tmp_path), "--no-cache"])
    assert result.exit_code == 0, result.output
    data = json.loads(next(tmp_path.rglob("*.json")).read_text(encoding="utf-8"))
    validate_brief(data)
    assert data["generator"]["engine"] == "local" and data["usage"]["calls"] == 1
    assert core_actors_missing(data, seed_gold) == []
    text = SEED.read_text(encoding="utf-8")
    quotes = [e for p in data["positions"] for e in p["evidence"]] + [
        e for q in data["open_questions"] for e in q["evidence"]
    ]
    assert quotes and all(q in text for q in quotes)


def test_a_5000_token_article_maps_and_reduces_on_the_embedded_model() -> None:
    text = _article_of(5000)
    settings = Settings(engine="local", use_cache=False, summary_lead_tokens=0)
    stages: dict[str, int] = {}
    brief = summarise(
        article_from_text(text, source="feature"),
        backend=make_backend(settings),
        settings=settings,
        on_progress=lambda stage, done, total: stages.__setitem__(stage, total),
    )
    assert stages["map"] >= 2 and "reduce 1" in stages, stages
    assert brief.usage.calls >= 3 and not [w for w in brief.warnings if "context" in w]
    validate_brief(json.loads(brief.model_dump_json()))
