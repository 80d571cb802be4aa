"""Model and network faults: ``brief run`` through the real ``openai`` client against a fault server.

The loopback server (``tests/servers.py``) scripts one answer per request. Transport faults (timeouts,
429, 5xx, dropped connections, bodies that are not JSON) are retried a bounded number of times with
backoff, honouring ``Retry-After``; when the retries run out the run ends with one ``Error:`` line,
exit 1 and no file. Content faults (a reply that is not JSON, violates the schema or was cut off) go
through the re-ask path and, when that runs out, end in the extractive brief with a warning (exit 0).

Backoff sleeps are recorded, not slept, by handing ``OpenAIBackend.from_settings`` a recorder (its
documented test seam); one test sleeps for real and checks only a loose lower bound.
"""

from __future__ import annotations

import inspect
import itertools
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from servers import (
    FakeOpenAIServer,
    Fault,
    drop,
    empty_choices,
    error,
    invalid_json,
    rate_limited,
    refusal,
    reply,
    slow,
    truncated,
)
from typer.testing import CliRunner, Result

from brief.backends.openai_backend import OpenAIBackend
from brief.cli import app
from brief.config import Settings
from brief.schema import validate_brief

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "seed_coalition.txt"
KEY = "sk-fault-test-key-never-printed-9f8e7d"
RETRIES = 2  # request retries per call in these tests: 3 attempts in all
VALID = {
    "title": "Twenty-six allies ready to send troops to Ukraine after a ceasefire",
    "summary": "Twenty-six Western allies have formally committed to deploying troops to Ukraine the day "
    "after a ceasefire deal is agreed, Emmanuel Macron has said. US support for the reassurance force "
    "would be finalised in the coming days.",
    "actors": [
        {"name": "Emmanuel Macron", "aliases": ["Macron"], "kind": "person", "role": "French president"}
    ],
    "positions": [
        {
            "actor": "Emmanuel Macron",
            "stance": "Said US support for the reassurance force would be finalised in the coming days",
            "evidence": ["US support for their “reassurance force” would be finalised in the coming days"],
        }
    ],
    "open_questions": [],
}


@pytest.fixture(autouse=True)
def _cwd(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Backoff waits of every OpenAIBackend the CLI builds, recorded instead of slept."""
    recorded: list[float] = []
    build = OpenAIBackend.from_settings.__func__  # type: ignore[attr-defined]

    def from_settings(cls: type[OpenAIBackend], settings: Settings, /, **_: Any) -> OpenAIBackend:
        return build(cls, settings, sleep=recorded.append)  # type: ignore[no-any-return]

    monkeypatch.setattr(OpenAIBackend, "from_settings", classmethod(from_settings))
    return recorded


def brief_run(
    server: FakeOpenAIServer, tmp: Path, *extra: str, timeout: float = 2.0, retries: int = RETRIES
) -> Result:
    config = tmp / "brief.toml"
    config.write_text(f"timeout = {timeout}\nrequest_retries = {retries}\n")
    args = ["run", str(SEED), "--engine", "openai", "--base-url", server.base_url, "--model", "fake-model"]
    args += ["--api-key", KEY, "--no-cache", "--output-dir", str(tmp / "outputs"), "--config", str(config)]
    return CliRunner().invoke(app, [*args, "-q", *extra])


def outputs(tmp: Path) -> list[Path]:
    out = tmp / "outputs"
    return sorted(p for p in out.rglob("*") if p.is_file()) if out.exists() else []


def assert_failed(result: Result, tmp: Path, *expected: str) -> str:
    """One ``Error:`` line naming the problem and the fix, exit 1, no traceback, no file, no key."""
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    for part in expected:
        assert part in lines[0], lines[0]
    assert result.exit_code == 1
    assert KEY not in result.output
    assert outputs(tmp) == []
    assert not [p for p in tmp.rglob("*.tmp")]
    return lines[0]


def assert_briefed(result: Result, tmp: Path) -> dict[str, Any]:
    """Exit 0 and one schema-valid brief (.json + .md), no temp file; returns the brief."""
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 0, result.stderr
    files = outputs(tmp)
    assert [p.suffix for p in files] == [".json", ".md"]
    assert not [p for p in tmp.rglob("*.tmp")]
    brief: dict[str, Any] = json.loads(files[0].read_text(encoding="utf-8"))
    validate_brief(brief)
    assert KEY not in result.output and KEY not in files[1].read_text(encoding="utf-8")
    return brief


def non_decreasing(values: list[float]) -> bool:
    return all(a <= b for a, b in itertools.pairwise(values))


# --- transport faults: bounded retries with backoff, then one clear error ------------------------

EXHAUSTED: dict[str, tuple[Callable[[], Fault], tuple[str, ...]]] = {
    "timeout": (lambda: slow(5.0), ("timed out (3 attempts)", "--timeout")),
    "HTTP 500": (lambda: error(500), ("failed (HTTP 500) (3 attempts)", "try again later")),
    "HTTP 503": (lambda: error(503, "overloaded"), ("failed (HTTP 503) (3 attempts)", "try again later")),
    "connection dropped mid-body": (drop, ("failed (3 attempts)", "check the network and --base-url")),
    "body is not JSON": (invalid_json, ("not valid JSON (3 attempts)", "check --base-url")),
}


@pytest.mark.parametrize("case", list(EXHAUSTED))
def test_transport_fault_is_retried_with_backoff_then_one_error(
    case: str, fault_server: FakeOpenAIServer, sleeps: list[float], tmp_path: Path
) -> None:
    make, expected = EXHAUSTED[case]
    fault_server.script(*(make() for _ in range(RETRIES + 1)))
    result = brief_run(fault_server, tmp_path, timeout=0.5)
    assert_failed(result, tmp_path, *expected)
    assert len(fault_server.chat_requests) == RETRIES + 1
    assert len(sleeps) == RETRIES and all(s > 0 for s in sleeps) and non_decreasing(sleeps)


@pytest.mark.parametrize("case", ["HTTP 503", "connection dropped mid-body", "timeout", "body is not JSON"])
def test_transport_fault_then_success_gives_the_model_brief(
    case: str, fault_server: FakeOpenAIServer, sleeps: list[float], tmp_path: Path
) -> None:
    fault_server.script(EXHAUSTED[case][0](), reply(VALID))
    brief = assert_briefed(brief_run(fault_server, tmp_path, timeout=0.5), tmp_path)
    assert brief["title"] == VALID["title"] and brief["generator"]["engine"] == "openai"
    assert len(fault_server.chat_requests) == 2 and len(sleeps) == 1


def test_429_honours_retry_after_then_gives_up(
    fault_server: FakeOpenAIServer, sleeps: list[float], tmp_path: Path
) -> None:
    fault_server.script(*(rate_limited(retry_after=7) for _ in range(RETRIES + 1)))
    assert_failed(
        brief_run(fault_server, tmp_path), tmp_path, "rate limited", "(429) (3 attempts)", "try again"
    )
    assert sleeps == [7.0, 7.0]


def test_429_then_success(fault_server: FakeOpenAIServer, sleeps: list[float], tmp_path: Path) -> None:
    fault_server.script(rate_limited(retry_after=2), reply(VALID))
    assert assert_briefed(brief_run(fault_server, tmp_path), tmp_path)["title"] == VALID["title"]
    assert sleeps == [2.0]


def test_an_hour_long_retry_after_is_capped(
    fault_server: FakeOpenAIServer, sleeps: list[float], tmp_path: Path
) -> None:
    fault_server.script(rate_limited(retry_after=3600), reply(VALID))
    assert_briefed(brief_run(fault_server, tmp_path), tmp_path)
    assert sleeps == [60.0]


def test_without_a_recorder_the_waits_are_real_sleeps(fault_server: FakeOpenAIServer, tmp_path: Path) -> None:
    """The other tests record the waits; here the CLI's own backend waits with ``time.sleep``."""
    assert inspect.signature(OpenAIBackend.from_settings).parameters["sleep"].default is time.sleep
    fault_server.script(rate_limited(retry_after=1), reply(VALID))
    assert_briefed(brief_run(fault_server, tmp_path), tmp_path)
    assert len(fault_server.chat_requests) == 2  # asked again after the wait, and briefed


def test_no_retries_when_configured_so(
    fault_server: FakeOpenAIServer, sleeps: list[float], tmp_path: Path
) -> None:
    fault_server.script(error(502))
    assert_failed(
        brief_run(fault_server, tmp_path, retries=0), tmp_path, "failed (HTTP 502): try again later"
    )
    assert len(fault_server.chat_requests) == 1 and sleeps == []


def test_a_very_slow_response_times_out_instead_of_hanging(
    fault_server: FakeOpenAIServer, sleeps: list[float], tmp_path: Path
) -> None:
    fault_server.script(slow(30.0))
    assert_failed(brief_run(fault_server, tmp_path, timeout=0.5, retries=0), tmp_path, "timed out")
    assert len(fault_server.chat_requests) == 1


def test_rejected_json_schema_falls_back_to_json_object(sleeps: list[float], tmp_path: Path) -> None:
    with FakeOpenAIServer(reject_formats=["json_schema"]) as server:
        server.script(reply(VALID))
        assert_briefed(brief_run(server, tmp_path), tmp_path)
        formats = [r.body.get("response_format", {}).get("type") for r in server.chat_requests]
    assert formats[0] == "json_schema" and formats[-1] == "json_object" and sleeps == []


# --- content faults: re-ask with the error, then the extractive brief with a warning --------------


def reask_messages(server: FakeOpenAIServer) -> list[str]:
    """The last user message of every request after the first."""
    return [r.body["messages"][-1]["content"] for r in server.chat_requests[1:]]


def test_reply_that_is_not_json_is_re_asked(fault_server: FakeOpenAIServer, tmp_path: Path) -> None:
    fault_server.script(reply("Sure! Here is the brief you asked for: Macron said"), reply(VALID))
    result = brief_run(fault_server, tmp_path)
    brief = assert_briefed(result, tmp_path)
    assert result.stderr == "" and brief["title"] == VALID["title"] and not brief["grounding"]["fallback"]
    [reask] = reask_messages(fault_server)
    assert "did not match the schema" in reask and "Invalid JSON" in reask
    assert fault_server.chat_requests[1].body["messages"][-2]["role"] == "assistant"


EXTRACTIVE = "used the extractive brief"


@pytest.mark.parametrize(
    ("bad", "reason", "outcome"),
    [
        (lambda: reply({"title": 5, "summary": ["x"]}), "did not match the schema", EXTRACTIVE),
        (lambda: reply("not JSON at all"), "Invalid JSON", EXTRACTIVE),
        (lambda: truncated('{"title": "Twenty-six allies'), "the reply was cut off", "kept its valid parts"),
        (lambda: reply({**VALID, "actors": "Macron"}), "actors", "kept its valid parts"),
    ],
    ids=["wrong types", "not JSON", "finish_reason=length", "string for a list"],
)
def test_content_errors_re_ask_then_fall_back(
    bad: Callable[[], Fault], reason: str, outcome: str, fault_server: FakeOpenAIServer, tmp_path: Path
) -> None:
    fault_server.script(bad(), bad(), bad())
    result = brief_run(fault_server, tmp_path)
    brief = assert_briefed(result, tmp_path)
    assert len(fault_server.chat_requests) == 3  # the first ask and two re-asks (--max-retries default 2)
    assert all(reason in message for message in reask_messages(fault_server))
    [warning] = result.stderr.splitlines()
    assert warning.startswith("Warning: the model gave no valid brief after 3 attempt(s)")
    assert warning.endswith(outcome) and brief["warnings"] == [warning.removeprefix("Warning: ")]
    assert brief["grounding"]["fallback"] is (outcome == EXTRACTIVE)
    assert brief["actors"] and brief["positions"]  # the extractive skeleton fills what the model lacked


def test_max_retries_zero_means_no_re_ask(fault_server: FakeOpenAIServer, tmp_path: Path) -> None:
    fault_server.script(reply({"title": 1}))
    result = brief_run(fault_server, tmp_path, "--max-retries", "0")
    assert assert_briefed(result, tmp_path)["grounding"]["fallback"] is True
    assert len(fault_server.chat_requests) == 1 and "after 1 attempt(s)" in result.stderr


def test_partly_valid_reply_keeps_its_valid_parts(fault_server: FakeOpenAIServer, tmp_path: Path) -> None:
    broken = {**VALID, "actors": [*VALID["actors"], {"name": "", "kind": "alien"}]}
    fault_server.script(reply(broken), reply(broken), reply(broken))
    result = brief_run(fault_server, tmp_path)
    brief = assert_briefed(result, tmp_path)
    assert "kept its valid parts" in result.stderr and brief["title"] == VALID["title"]
    assert "Emmanuel Macron" in [a["name"] for a in brief["actors"]]


# --- answers that are not briefs at all ---------------------------------------------------------


def test_refusal_is_one_clear_error(
    fault_server: FakeOpenAIServer, sleeps: list[float], tmp_path: Path
) -> None:
    fault_server.script(refusal("I can't help with that request."))
    assert_failed(
        brief_run(fault_server, tmp_path), tmp_path, "refused to answer: I can't help with that request."
    )
    assert len(fault_server.chat_requests) == 1  # deterministic: asking again gets the same refusal


def test_empty_choice_list_is_one_clear_error(
    fault_server: FakeOpenAIServer, sleeps: list[float], tmp_path: Path
) -> None:
    fault_server.script(*(empty_choices() for _ in range(RETRIES + 1)))
    assert_failed(brief_run(fault_server, tmp_path), tmp_path, "returned no choices", "try again")


def test_empty_choice_list_is_retried(
    fault_server: FakeOpenAIServer, sleeps: list[float], tmp_path: Path
) -> None:
    fault_server.script(empty_choices(), reply(VALID))
    assert_briefed(brief_run(fault_server, tmp_path), tmp_path)
    assert len(fault_server.chat_requests) == 2 and len(sleeps) == 1


def test_the_fix_the_timeout_error_names_exists(fault_server: FakeOpenAIServer, tmp_path: Path) -> None:
    fault_server.script(reply(VALID))
    assert_briefed(brief_run(fault_server, tmp_path, "--timeout", "30"), tmp_path)


# --- a daily run: the partial work is kept, the failed article named, the exit code non-zero -------


def story(n: int, place: str) -> str:
    return (
        f"{place} council approves harbour plan\n\n"
        f"{place} council approved the harbour plan on Monday after a long debate, chair Ines Duarte said. "
        f"Fishermen in {place} said the plan would cost them berths, and it is not clear who will pay.\n"
    )


def test_daily_run_keeps_finished_briefs_and_names_the_failed_article(
    fault_server: FakeOpenAIServer, sleeps: list[float], tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n, place in enumerate(("Alderney", "Brixham", "Cromer"), start=1):
        (inbox / f"{n}.txt").write_text(story(n, place))
    fault_server.script(
        reply({"title": "Alderney council approves harbour plan", "summary": "-"}),
        *(error(503, "overloaded") for _ in range(RETRIES + 1)),  # every attempt for Brixham fails
        reply({"title": "Cromer council approves harbour plan", "summary": "-"}),
    )
    config = tmp_path / "brief.toml"
    config.write_text(f"request_retries = {RETRIES}\n")
    args = [
        "daily",
        str(inbox),
        "--engine",
        "openai",
        "--base-url",
        fault_server.base_url,
        "--model",
        "fake-model",
    ]
    args += ["--api-key", KEY, "--no-cache", "--output-dir", str(tmp_path / "out"), "--date", "2026-11-27"]
    result = CliRunner().invoke(app, [*args, "--config", str(config), "-q"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 1
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(error_lines) == 1 and "Traceback" not in result.output and KEY not in result.output
    assert "Brixham council approves harbour plan" in error_lines[0] and "HTTP 503" in error_lines[0]
    day = tmp_path / "out" / "2026-11-27"
    names = sorted(p.name for p in day.iterdir())
    assert "index.md" in names and "index.json" in names  # the digest of what did work
    assert any(n.startswith("alderney") and n.endswith(".md") for n in names)
    assert any(n.startswith("cromer") and n.endswith(".md") for n in names)
    assert not any(n.startswith("brixham") for n in names) and not [n for n in names if n.startswith(".")]
    assert len(sleeps) == RETRIES  # the failed article had its bounded retries

    done = {p: p.read_bytes() for p in day.iterdir() if p.name.startswith(("alderney", "cromer"))}
    fault_server.script(reply({"title": "Brixham council approves harbour plan", "summary": "-"}))
    again = CliRunner().invoke(app, [*args, "--config", str(config), "-q"])
    assert again.exit_code == 0, again.output
    assert len(fault_server.chat_requests) == 1 + (RETRIES + 1) + 1 + 1  # only Brixham was asked again
    assert {p: p.read_bytes() for p in done} == done
    assert any(p.name.startswith("brixham") for p in day.iterdir())
