"""``brief daily --batch`` and ``brief batch status|collect`` against a loopback Files + Batch API.

The real ``openai`` client talks to :class:`batch_server.BatchServer`, whose batches answer each line
with the replies ``test_batch`` gives the interactive run, so a day through the Batch API must give the
interactive day's files, with costs at the batch price.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from batch_server import BatchServer
from test_batch import DATE, MODEL, answerer, assert_interactive_day, base, completion, interactive
from test_batch import inbox as inbox  # the fixture
from typer.testing import CliRunner

from brief.backends.pricing import cost
from brief.batch import BatchAPI, collect_uploaded, fetch_day, refresh, submit_day
from brief.batch.state import BatchState, state_path
from brief.cli import app
from brief.config import Settings
from brief.daily.inbox import collect_inbox
from brief.errors import BackendError

KEY = "sk-test-batch-key"
SMALL = {"context_window": 2048, "task": "summary", "summary_lead_tokens": 0}


@pytest.fixture
def server(inbox: Path) -> Iterator[BatchServer]:
    answer = answerer(inbox)
    with BatchServer(lambda body: completion(answer(body))) as running:
        yield running


def on(server: BatchServer, tmp_path: Path, name: str, **changes: Any) -> Settings:
    """Settings for a day through the loopback Batch API (each call a new object, as a new process)."""
    return base(tmp_path, name, **changes).replace(base_url=server.base_url, api_key=KEY)


def reference(tmp_path: Path, inbox: Path, **changes: Any) -> Path:
    """The interactive day with the same replies."""
    interactive(base(tmp_path, "interactive", **changes), inbox, answerer(inbox))
    return tmp_path / "interactive" / "outputs" / DATE


def submit(settings: Settings, inbox: Path) -> None:
    api = BatchAPI.from_settings(settings)
    submit_day(collect_inbox([inbox]).articles, date=DATE, settings=settings, api=api)


def collect(settings: Settings, retry: str | None = None) -> Any:
    api = BatchAPI.from_settings(settings)
    return collect_uploaded(
        DATE, fetch_day(DATE, settings=settings, api=api), settings=settings, api=api, retry=retry
    )


def test_a_day_through_the_batch_api_gives_the_interactive_day(
    tmp_path: Path, inbox: Path, server: BatchServer
) -> None:
    expected = reference(tmp_path, inbox)
    runner = CliRunner()
    common = ["--output-dir", str(tmp_path / "outputs")]
    endpoint = ["--base-url", server.base_url, "--api-key", KEY]
    sent = runner.invoke(
        app,
        [
            "daily",
            str(inbox),
            "--date",
            DATE,
            "--batch",
            "--engine",
            "openai",
            "--model",
            MODEL,
            *endpoint,
            *common,
        ],
    )
    assert sent.exit_code == 0, sent.stderr
    [batch] = server.batches.values()
    assert sent.stdout.strip() == f"{batch['id']} validating"
    assert batch["metadata"]["brief_date"] == DATE and server.uploads == 1
    lines = [json.loads(line) for line in server.contents[batch["input_file_id"]].decode().splitlines()]
    assert [line["url"] for line in lines] == ["/v1/chat/completions"] * 3
    assert KEY not in sent.stderr + json.dumps(lines)

    status = runner.invoke(app, ["batch", "status", DATE, *endpoint])
    assert status.exit_code == 0, status.stderr
    assert (
        status.stdout.strip()
        == f"{batch['id']} completed: 3 of 3 requests done, 0 failed (the day, 3 requests)"
    )

    done = runner.invoke(app, ["batch", "collect", DATE, *endpoint, *common])
    assert done.exit_code == 0, done.stderr
    assert done.stdout.strip() == str(tmp_path / "outputs" / DATE / "index.md")
    assert "(batch prices)" in done.stderr
    assert_interactive_day(tmp_path / "outputs" / DATE, expected)

    again = runner.invoke(app, ["batch", "collect", DATE, *endpoint, *common])  # idempotent
    assert again.exit_code == 0, again.stderr
    assert_interactive_day(tmp_path / "outputs" / DATE, expected)
    assert server.uploads == 1 and len(server.batches) == 1 and not server.chat_requests


def test_failed_lines_retried_interactively(tmp_path: Path, inbox: Path, server: BatchServer) -> None:
    expected = reference(tmp_path, inbox)
    server.plan("fail_half")
    submit(on(server, tmp_path, "batch"), inbox)
    collected = collect(on(server, tmp_path, "batch"), retry="interactive")
    assert [o.status for o in collected.result.outcomes] == ["briefed"] * 3
    assert collected.followup is None and len(server.chat_requests) == 1  # the one failed line of three
    assert [n.split(" sent")[0] for n in collected.result.notes] == [
        f"{collect_inbox([inbox]).articles[1].id}:0"
    ]
    assert_interactive_day(tmp_path / "batch" / "outputs" / DATE, expected)


def test_failed_lines_retried_in_a_follow_up_batch(tmp_path: Path, inbox: Path, server: BatchServer) -> None:
    expected = reference(tmp_path, inbox)
    failed_id = collect_inbox([inbox]).articles[1].id
    server.plan("fail_half")
    submit(on(server, tmp_path, "batch"), inbox)

    left = collect(on(server, tmp_path, "batch"))  # no retry chosen: reported, left out of the digest
    [failed] = left.result.with_status("failed")
    assert failed.article.id == failed_id and left.followup is None
    assert "HTTP 500" in (failed.error or "") and "--retry-batch or --retry-interactive" in (
        failed.error or ""
    )

    retried = collect(on(server, tmp_path, "batch"), retry="batch")
    assert retried.followup is not None and retried.waiting == {failed_id}
    assert retried.followup.reason == "a retry of failed lines" and retried.followup.requests == 1
    follow = server.batches[retried.followup.batch_id or ""]
    assert [
        json.loads(line)["custom_id"] for line in server.contents[follow["input_file_id"]].splitlines()
    ] == [f"{failed_id}:0"]
    final = collect(on(server, tmp_path, "batch"))
    assert [o.status for o in final.result.outcomes] == ["kept", "briefed", "kept"]
    assert final.followup is None and not server.chat_requests
    assert_interactive_day(tmp_path / "batch" / "outputs" / DATE, expected)


def test_an_expired_batch_is_finished_by_a_follow_up(
    tmp_path: Path, inbox: Path, server: BatchServer
) -> None:
    expected = reference(tmp_path, inbox)
    server.plan("expire")
    submit(on(server, tmp_path, "batch"), inbox)
    api = BatchAPI.from_settings(on(server, tmp_path, "batch"))
    fetched = fetch_day(DATE, settings=on(server, tmp_path, "batch"), api=api)
    [note] = fetched.notes
    assert "expired with 1 of 3 requests done, 2 failed" in note and "--retry-batch" in note
    collected = collect_uploaded(
        DATE, fetched, settings=on(server, tmp_path, "batch"), api=api, retry="batch"
    )
    assert collected.followup is not None and len(collected.waiting) == 2
    assert all("window expired" in (o.error or "") for o in collected.result.with_status("failed"))

    final = collect(on(server, tmp_path, "batch"))
    assert not final.result.with_status("failed")
    assert_interactive_day(tmp_path / "batch" / "outputs" / DATE, expected)


def test_a_second_stage_is_sent_by_collect_and_finished_by_the_next(
    tmp_path: Path, inbox: Path, server: BatchServer
) -> None:
    expected = reference(tmp_path, inbox, **SMALL)
    submit(on(server, tmp_path, "batch", **SMALL), inbox)
    first = collect(on(server, tmp_path, "batch", **SMALL))
    assert first.followup is not None and first.followup.reason == "a second stage"
    assert first.waiting == {o.article.id for o in first.result.with_status("failed")}
    follow = server.batches[first.followup.batch_id or ""]
    ids = [json.loads(line)["custom_id"] for line in server.contents[follow["input_file_id"]].splitlines()]
    assert ids and all(":reduce" in i for i in ids)

    final = collect(on(server, tmp_path, "batch", **SMALL))
    assert not final.result.with_status("failed") and final.followup is None
    assert_interactive_day(tmp_path / "batch" / "outputs" / DATE, expected)
    assert len(server.batches) == 2 and not server.chat_requests


def test_submitting_twice_sends_once(tmp_path: Path, inbox: Path, server: BatchServer) -> None:
    articles = collect_inbox([inbox]).articles
    settings = on(server, tmp_path, "batch")
    first = submit_day(articles, date=DATE, settings=settings, api=BatchAPI.from_settings(settings))
    again = submit_day(articles, date=DATE, settings=settings, api=BatchAPI.from_settings(settings))
    assert not first.resumed and again.resumed and first.batch is not None and again.batch is not None
    assert again.batch.batch_id == first.batch.batch_id
    assert server.uploads == 1 and len(server.batches) == 1


@pytest.mark.parametrize("crash", ["upload", "create"])
def test_a_crash_after_a_call_loses_nothing_and_sends_nothing_twice(
    tmp_path: Path, inbox: Path, server: BatchServer, crash: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = reference(tmp_path, inbox)
    real = getattr(BatchAPI, crash)

    def then_crash(self: BatchAPI, *args: Any) -> Any:
        real(self, *args)  # the server did it; the reply is lost
        raise BackendError("connection reset")

    monkeypatch.setattr(BatchAPI, crash, then_crash)
    with pytest.raises(BackendError):
        submit(on(server, tmp_path, "batch"), inbox)
    monkeypatch.undo()
    state = BatchState.load(state_path(on(server, tmp_path, "batch"), DATE), DATE)
    assert state.remote[-1].step == ("uploading" if crash == "upload" else "creating")

    submit(on(server, tmp_path, "batch"), inbox)  # a new process: only the state on disk
    assert server.uploads == 1 and len(server.batches) == 1
    collect(on(server, tmp_path, "batch"))
    assert_interactive_day(tmp_path / "batch" / "outputs" / DATE, expected)


def test_collect_after_a_restart_uses_only_the_state_on_disk(
    tmp_path: Path, inbox: Path, server: BatchServer
) -> None:
    expected = reference(tmp_path, inbox)
    submit(on(server, tmp_path, "batch"), inbox)
    moved = tmp_path / "inbox"
    for path in moved.iterdir():  # the inbox is gone by collect time: the state holds the articles
        path.unlink()
    [entry] = refresh(
        DATE,
        settings=on(server, tmp_path, "batch"),
        api=BatchAPI.from_settings(on(server, tmp_path, "batch")),
    ).remote
    assert entry.status == "completed" and entry.counts == {"completed": 3, "failed": 0, "total": 3}
    collected = collect(on(server, tmp_path, "batch"))
    assert [o.status for o in collected.result.outcomes] == ["briefed"] * 3
    assert_interactive_day(tmp_path / "batch" / "outputs" / DATE, expected)


def test_collect_while_the_batch_runs_says_so_and_writes_nothing(
    tmp_path: Path, inbox: Path, server: BatchServer
) -> None:
    server.plan("hold")
    submit(on(server, tmp_path, "batch"), inbox)
    runner = CliRunner()
    args = ["batch", "collect", DATE, "--base-url", server.base_url, "--api-key", KEY]
    args += [
        "--output-dir",
        str(tmp_path / "batch" / "outputs"),
        "--cache-dir",
        str(tmp_path / "batch" / "cache"),
    ]
    waiting = runner.invoke(app, args)
    assert waiting.exit_code == 1 and waiting.stdout == ""
    [line] = waiting.stderr.splitlines()
    assert line.startswith("Error: batch ") and "is in_progress (0 of 3 requests done, 0 failed)" in line
    assert "collect again later" in line
    assert not (tmp_path / "batch" / "outputs").exists()

    server.release()
    done = runner.invoke(app, [*args, "-q"])
    assert done.exit_code == 0, done.stderr
    assert (tmp_path / "batch" / "outputs" / DATE / "index.md").is_file()


def test_batch_prices_are_half_the_interactive_ones() -> None:
    assert cost("openai", "gpt-4o-mini", 1_000_000, 1_000_000, batch=True) == 0.375
    assert cost("openai", "gpt-4o-mini", 1_000_000, 1_000_000) == 0.75
    own = {"my-model": {"input": 1.0, "output": 3.0}}  # no batch column: half the interactive price
    assert cost("openai", "my-model", 1_000_000, 1_000_000, own, batch=True) == 2.0
    assert cost("local", "any", 10, 10, batch=True) == 0.0
