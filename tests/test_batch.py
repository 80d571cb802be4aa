"""Batch files: ``brief daily --batch-file`` writes the interactive requests; ``brief batch collect`` briefs
the day from an output file exactly as the interactive run would with the same replies."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from openai.types.chat import ChatCompletion
from typer.testing import CliRunner

from brief.backends.engine import open_backend
from brief.backends.openai_backend import OpenAIBackend
from brief.backends.pricing import cost
from brief.batch import collect_day, write_batch
from brief.batch.answers import SECOND_BATCH
from brief.cli import app
from brief.config import Settings
from brief.daily.day import run_day
from brief.daily.digest import DIGEST_JSON
from brief.daily.inbox import collect_inbox
from brief.errors import ConfigError
from brief.pipeline.briefer import Briefer

EVAL = Path(__file__).parent / "fixtures" / "eval"
CAPABLE = Path(__file__).parent / "fixtures" / "capable"
NAMES = ("health_meth_campaign", "seed_coalition", "business_indian_point_closure")
DATE = "2024-05-15"
MODEL = "gpt-4o-mini"

Answer = Callable[[dict[str, Any]], str]


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name in NAMES:
        shutil.copy(EVAL / f"{name}.txt", folder / f"{name}.txt")
    return folder


def answerer(inbox: Path) -> Answer:
    """A reply per request: the capable model's reply where there is one, else a short valid brief."""
    articles = collect_inbox([inbox]).articles

    def answer(request: dict[str, Any]) -> str:
        user = request["messages"][-1]["content"]
        article = next(
            a
            for a in articles
            if a.title in user or any(p in user for p in a.text.split("\n") if len(p) > 40)
        )
        reply = CAPABLE / f"{Path(article.source).stem}.reply.json"
        if reply.is_file() and "part " not in user:
            return reply.read_text(encoding="utf-8")
        return json.dumps({"title": article.title, "summary": f"What {Path(article.source).stem} reports."})

    return answer


def completion(text: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1700000000,
        "model": MODEL,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 900, "completion_tokens": 120, "total_tokens": 1020},
    }


class RecordingClient:
    """Stands in for ``openai.OpenAI``: records each chat request and answers it."""

    def __init__(self, answer: Answer) -> None:
        self.answer, self.requests = answer, list[dict[str, Any]]()
        self.base_url, self.api_key = "http://127.0.0.1:9/v1", "k"
        self.chat = SimpleNamespace(completions=SimpleNamespace(create=self.create))

    def create(self, **request: Any) -> ChatCompletion:
        self.requests.append(json.loads(json.dumps(request)))
        return ChatCompletion.model_validate(completion(self.answer(request)))


def base(tmp_path: Path, name: str, **changes: Any) -> Settings:
    return Settings(
        engine="openai",
        model=MODEL,
        base_url="http://127.0.0.1:9/v1",
        output_dir=tmp_path / name / "outputs",
        cache_dir=tmp_path / name / "cache",
        **changes,
    )


def interactive(settings: Settings, inbox: Path, answer: Answer) -> RecordingClient:
    """The normal `brief daily` stack (cache around the OpenAI backend), its client recording."""
    client = RecordingClient(answer)
    backend = open_backend(settings)
    backend.inner._client = client  # type: ignore[union-attr]
    with Briefer(settings, backend, open_model=False) as briefer:
        run_day([inbox], date=DATE, settings=settings, briefer=briefer)
    return client


def _refuse(*args: Any) -> Any:
    raise AssertionError("a batch run must not call the engine")


@pytest.fixture
def no_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("brief.backends.openai_backend._create_with_choices", _refuse)


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def answer_file(batch: Path, out: Path, answer: Answer, fail: str = "") -> None:
    """The output file a batch runner would write; the line whose custom_id starts with ``fail`` errs."""
    rows = []
    for i, line in enumerate(lines(batch)):
        row: dict[str, Any] = {"id": f"batch_req_{i}", "custom_id": line["custom_id"]}
        if fail and line["custom_id"].startswith(fail):
            row |= {"response": None, "error": {"code": "server_error", "message": "the GPU fell over"}}
        else:
            body = completion(answer(line["body"]))
            row |= {"response": {"status_code": 200, "request_id": f"r{i}", "body": body}, "error": None}
        rows.append(json.dumps(row))
    out.write_text("\n".join(reversed(rows)) + "\n", encoding="utf-8")  # runners need not keep the order


def folder(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.iterdir())}


# A cost as a brief's JSON, its front matter and the digest write it.
COST = re.compile(r'("cost_usd": |cost_usd: |cost \$)(-?[0-9][0-9.e-]*|null)')


def assert_interactive_day(day: Path, interactive: Path) -> None:
    """Byte for byte the interactive day's files, except each cost, which is at the batch price."""
    batch, reference = folder(day), folder(interactive)
    assert batch.keys() == reference.keys()
    for name, data in batch.items():
        assert COST.sub(r"\1<cost>", data.decode()) == COST.sub(r"\1<cost>", reference[name].decode()), name
    for path in day.glob("*.json"):
        usage = json.loads(path.read_text(encoding="utf-8")).get("usage")
        if usage is not None:
            tokens = (usage["prompt_tokens"], usage["completion_tokens"])
            assert usage["cost_usd"] == cost("openai", MODEL, *tokens, batch=True)
            assert usage["cost_usd"] < (cost("openai", MODEL, *tokens) or 0)


def test_batch_file_holds_the_interactive_requests_and_collect_writes_the_same_day(
    tmp_path: Path, inbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = answerer(inbox)
    sent = interactive(base(tmp_path, "interactive"), inbox, answer).requests
    assert len(sent) == 3

    monkeypatch.setattr("brief.backends.openai_backend._create_with_choices", _refuse)
    settings = base(tmp_path, "batch")
    articles = collect_inbox([inbox]).articles
    written = write_batch(articles, tmp_path / "in.jsonl", date=DATE, settings=settings)
    batch = lines(tmp_path / "in.jsonl")
    assert written.requests == len(batch) == 3
    assert [b["custom_id"] for b in batch] == [f"{a.id}:0" for a in articles]
    assert {(b["method"], b["url"]) for b in batch} == {("POST", "/v1/chat/completions")}
    assert [b["body"] for b in batch] == sent  # byte for byte the request brief sends interactively
    assert {"response_format", "max_tokens", "temperature", "seed", "model"} <= set(batch[0]["body"])
    assert written.second_round() == []
    assert not (settings.output_dir / DATE).exists()

    answer_file(tmp_path / "in.jsonl", tmp_path / "out.jsonl", answer)
    result = collect_day(DATE, tmp_path / "out.jsonl", settings=settings)
    assert [o.status for o in result.outcomes] == ["briefed"] * 3
    day = settings.output_dir / DATE
    assert_interactive_day(day, tmp_path / "interactive" / "outputs" / DATE)
    assert len(json.loads((day / DIGEST_JSON).read_text(encoding="utf-8"))["stories"]) == 3

    again = collect_day(DATE, tmp_path / "out.jsonl", settings=settings)  # idempotent
    assert [o.status for o in again.outcomes] == ["kept"] * 3
    assert_interactive_day(day, tmp_path / "interactive" / "outputs" / DATE)


def test_a_failed_line_is_reported_and_left_out_of_the_digest(
    tmp_path: Path, inbox: Path, no_engine: None
) -> None:
    settings = base(tmp_path, "batch")
    articles = collect_inbox([inbox]).articles
    write_batch(articles, tmp_path / "in.jsonl", date=DATE, settings=settings)
    bad = articles[1]
    answer_file(tmp_path / "in.jsonl", tmp_path / "out.jsonl", answerer(inbox), fail=bad.id)

    result = collect_day(DATE, tmp_path / "out.jsonl", settings=settings)
    failed = result.with_status("failed")
    assert [o.article.id for o in failed] == [bad.id]
    assert failed[0].error.startswith(f"batch request {bad.id}:0 failed (the GPU fell over)")
    digest = json.loads((settings.output_dir / DATE / DIGEST_JSON).read_text(encoding="utf-8"))
    assert len(digest["stories"]) == 2
    assert "the GPU fell over" in json.dumps(digest)

    before = folder(settings.output_dir / DATE)
    collect_day(DATE, tmp_path / "out.jsonl", settings=settings)
    assert folder(settings.output_dir / DATE) == before


def test_articles_answered_from_the_cache_are_not_written(
    tmp_path: Path, inbox: Path, no_engine: None
) -> None:
    settings = base(tmp_path, "batch")
    articles = collect_inbox([inbox]).articles
    write_batch(articles, tmp_path / "in.jsonl", date=DATE, settings=settings)
    answer_file(tmp_path / "in.jsonl", tmp_path / "out.jsonl", answerer(inbox))
    collect_day(DATE, tmp_path / "out.jsonl", settings=settings)  # the replies are now cached

    elsewhere = settings.replace(output_dir=tmp_path / "other")
    written = write_batch(articles, tmp_path / "again.jsonl", date=DATE, settings=elsewhere)
    assert written.requests == 0 and (tmp_path / "again.jsonl").read_text(encoding="utf-8") == ""
    assert {a.status for a in written.articles} == {"cached"}
    kept = write_batch(articles, tmp_path / "kept.jsonl", date=DATE, settings=settings)
    assert {a.status for a in kept.articles} == {"kept"}


def test_a_long_article_is_reduced_in_a_second_batch(
    tmp_path: Path, inbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = answerer(inbox)
    small = {"context_window": 2048, "task": "summary", "summary_lead_tokens": 0}
    interactive(base(tmp_path, "interactive", **small), inbox, answer)
    monkeypatch.setattr("brief.backends.openai_backend._create_with_choices", _refuse)
    settings = base(tmp_path, "batch", **small)
    articles = collect_inbox([inbox]).articles

    first = write_batch(articles, tmp_path / "in1.jsonl", date=DATE, settings=settings)
    long = first.second_round()
    assert long, "the small window splits at least one article"
    answer_file(tmp_path / "in1.jsonl", tmp_path / "out1.jsonl", answer)
    result = collect_day(DATE, tmp_path / "out1.jsonl", settings=settings)
    waiting = {o.article.id for o in result.with_status("failed")}
    assert waiting == {a.article.id for a in long}
    assert all(SECOND_BATCH in o.error for o in result.with_status("failed"))

    write_batch(articles, tmp_path / "in2.jsonl", date=DATE, settings=settings)
    ids = [line["custom_id"] for line in lines(tmp_path / "in2.jsonl")]
    assert ids and all(":reduce" in i and i.split(":")[0] in waiting for i in ids)
    answer_file(tmp_path / "in2.jsonl", tmp_path / "out2.jsonl", answer)
    result = collect_day(DATE, tmp_path / "out2.jsonl", settings=settings)
    assert not result.with_status("failed")
    assert_interactive_day(settings.output_dir / DATE, tmp_path / "interactive" / "outputs" / DATE)

    # or in one collect: --retry-interactive sends the reduce requests to the endpoint
    monkeypatch.undo()
    once = base(tmp_path, "once", **small)
    write_batch(articles, tmp_path / "in3.jsonl", date=DATE, settings=once)
    answer_file(tmp_path / "in3.jsonl", tmp_path / "out3.jsonl", answer)
    retry = OpenAIBackend.from_settings(once)
    retry._client = client = RecordingClient(answer)  # type: ignore[assignment]
    result = collect_day(
        DATE, tmp_path / "out3.jsonl", settings=once, retry_interactive=True, retry_backend=retry
    )
    assert not result.with_status("failed") and len(client.requests) == len(result.notes) >= len(long)
    assert_interactive_day(once.output_dir / DATE, tmp_path / "interactive" / "outputs" / DATE)


def test_cli_writes_the_batch_and_collects_it(tmp_path: Path, inbox: Path, no_engine: None) -> None:
    runner = CliRunner()
    common = ["--output-dir", str(tmp_path / "outputs")]
    engine = ["--engine", "openai", "--model", MODEL, "--base-url", "http://127.0.0.1:9/v1"]
    batch = tmp_path / "in.jsonl"
    made = runner.invoke(
        app, ["daily", str(inbox), "--date", DATE, "--batch-file", str(batch), *engine, *common]
    )
    assert made.exit_code == 0, made.stderr
    assert made.stdout.strip() == f"3 request(s) written to {batch}"
    first = lines(batch)[0]["custom_id"]
    answer_file(batch, tmp_path / "out.jsonl", answerer(inbox), fail=first.split(":")[0])

    done = runner.invoke(
        app, ["batch", "collect", DATE, "--output-file", str(tmp_path / "out.jsonl"), "-q", *common]
    )
    assert done.exit_code == 1
    failures = [line for line in done.stderr.splitlines() if line.startswith("Failed: ")]
    assert len(failures) == 1 and "the GPU fell over" in failures[0]
    assert done.stdout.strip() == str(tmp_path / "outputs" / DATE / "index.md")

    missing = runner.invoke(app, ["batch", "collect", "2024-05-16", "--output-file", str(batch), *common])
    assert missing.exit_code == 1 and "no batch for 2024-05-16" in missing.stderr


def test_retry_interactive_sends_the_failed_line_and_gives_the_interactive_day(
    tmp_path: Path, inbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = answerer(inbox)
    interactive(base(tmp_path, "interactive"), inbox, answer)
    settings = base(tmp_path, "batch")
    articles = collect_inbox([inbox]).articles
    write_batch(articles, tmp_path / "in.jsonl", date=DATE, settings=settings)
    answer_file(tmp_path / "in.jsonl", tmp_path / "out.jsonl", answer, fail=articles[2].id)

    client = RecordingClient(answer)
    retry = OpenAIBackend.from_settings(settings)
    retry._client = client  # type: ignore[assignment]
    result = collect_day(
        DATE, tmp_path / "out.jsonl", settings=settings, retry_interactive=True, retry_backend=retry
    )
    assert [o.status for o in result.outcomes] == ["briefed"] * 3
    assert len(client.requests) == 1 and articles[2].title in client.requests[0]["messages"][-1]["content"]
    assert [n.split(" sent")[0] for n in result.notes] == [f"{articles[2].id}:0"]
    assert_interactive_day(settings.output_dir / DATE, tmp_path / "interactive" / "outputs" / DATE)


def test_batch_file_is_for_the_openai_engine_only(tmp_path: Path, inbox: Path) -> None:
    settings = base(tmp_path, "batch").replace(engine="local")
    with pytest.raises(ConfigError, match="--batch-file writes OpenAI-compatible requests"):
        write_batch(collect_inbox([inbox]).articles, tmp_path / "in.jsonl", date=DATE, settings=settings)
    assert not (tmp_path / "in.jsonl").exists()
