"""``brief daily`` and ``brief config show`` end to end: files, counts, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from email.parser import BytesParser
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

import pytest
import servers
from servers import FakeOpenAIServer, reply
from test_mail import Recorder, smtp_server
from typer.testing import CliRunner

import brief.cli.config_cmd
import brief.cli.daily  # noqa: F401
from brief.cli import app
from brief.daily.digest import load_digest

FIXTURES = Path(__file__).parent / "fixtures"
DAY1, DAY2 = FIXTURES / "inbox" / "day1", FIXTURES / "inbox" / "day2"
LONG = FIXTURES / "eval" / "feature_fox_news_ailes.txt"  # many chunks at a 4k context window
DRAFT = {"title": "Budget talks go on", "summary": "The talks go on."}


@pytest.fixture(autouse=True)
def work(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Run in an empty folder (no ./brief.toml); outputs go to ./outputs there."""
    folder = tmp_path / "cwd"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def server() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer() as fake:
        fake.default = reply(DRAFT)
        yield fake


def engine(server: FakeOpenAIServer) -> list[str]:
    return ["--engine", "openai", "--base-url", server.base_url, "--api-key", "k", "--model", "fake-model"]


def test_commands_have_help() -> None:
    for command in (["daily"], ["config", "show"]):
        code, out, _ = run(*command, "--help")
        assert code == 0 and "Examples:" in out


def test_a_mixed_inbox_becomes_one_digest_listing_each_story_once(work: Path) -> None:
    code, out, err = run("daily", str(DAY1), "--date", "2024-05-15", "--engine", "extractive")
    index = work / "outputs" / "2024-05-15" / "index.md"
    assert (code, out) == (0, f"{index.relative_to(work)}\n")
    assert "12 articles (12 briefed) · no model used" in err
    assert err.count("is the same article as") == 2
    text = index.read_text(encoding="utf-8")
    headlines = text.split("## Headlines\n\n")[1].split("\n\n")[0].splitlines()
    digest = load_digest(index.with_name("index.json"))
    assert len(headlines) == len(digest.grouped) == len(set(headlines)) and len(digest.stories) == 12
    # Stories of several articles (brief.daily.stories) are one headline; every brief is linked from one.
    assert sorted(re.findall(r"\]\(([^)]+?)(?<!-sources)\.md\)", "\n".join(headlines))) == sorted(
        s.file[:-3] for s in digest.stories
    )
    assert (
        sum("Coalition talks stall over budget" in line for line in headlines) == 1
    )  # HTML page = feed entry
    assert sum("Finance minister warns" in line for line in headlines) == 1  # .txt = .md
    across = digest.across_stories  # an actor of several articles of one story is not "across stories"
    assert "## Actors across stories" in text and across and all(len(seen) > 1 for _, seen in across)
    assert all(f"\n### {actor.name} " in text for actor, _ in across)
    berg = next(a for a in digest.actors if a.name == "Anna Berg")
    assert len(berg.stories) == 3 and all(a.stances for a in berg.stories)


def test_llm_calls_are_counted_and_a_rerun_makes_none(server: FakeOpenAIServer) -> None:
    args = ["daily", str(DAY1), "--date", "2024-05-15", *engine(server), "--concurrency", "4"]
    code, _, err = run(*args)
    # 12 articles and one summary over the sources of each of the 4 stories of several outlets
    assert code == 0 and "12 articles (12 briefed) · 16 LLM calls (0 cached) · tokens 176 in / 112 out" in err
    assert "cost unknown (no price for 'fake-model'" in err
    assert err.count("briefed ") == 12  # one line per article (not a terminal: no bars)
    assert run(*args)[2].count("12 articles (12 already done) · 0 LLM calls (4 cached)") == 1
    code, _, err = run(*args, "--force")
    assert code == 0 and "12 articles (12 briefed) · 0 LLM calls (16 cached) · tokens 0 in / 0 out" in err
    assert len(server.chat_requests) == 16
    assert "16 LLM calls (0 cached)" in run(*args, "--force", "--no-cache")[2]
    assert len(server.chat_requests) == 32


class Crowd:
    """Counts requests in flight at the server; each waits (up to 1 s) until ``hold`` are in flight."""

    def __init__(self, hold: int) -> None:
        self.hold, self.now, self.most = hold, 0, 0
        self.cond = threading.Condition()

    def __enter__(self) -> None:
        with self.cond:
            self.now += 1
            self.most = max(self.most, self.now)
            self.cond.notify_all()
            self.cond.wait_for(lambda: self.now >= self.hold, timeout=1.0)

    def __exit__(self, *exc: object) -> None:
        with self.cond:
            self.now -= 1


@pytest.fixture
def crowd(monkeypatch: pytest.MonkeyPatch) -> Crowd:
    crowd = Crowd(hold=4)
    answer = servers._Handler._answer

    def counted(handler: Any, fault: Any, body: Any) -> None:
        with crowd:
            answer(handler, fault, body)

    monkeypatch.setattr(servers._Handler, "_answer", counted)
    return crowd


def test_concurrency_keeps_that_many_requests_in_flight_and_no_more(
    server: FakeOpenAIServer, crowd: Crowd, tmp_path: Path
) -> None:
    server.default = reply(DRAFT, delay=0.05)
    inbox = tmp_path / "inbox"
    shutil.copytree(DAY1, inbox)
    shutil.copy(LONG, inbox)  # its chunks would add their own requests without the shared bound
    code, _, err = run(
        "daily", str(inbox), "--date", "2024-05-15", *engine(server), "--concurrency", "4", "-q"
    )
    assert (code, err) == (0, "")
    assert crowd.most == 4 and len(server.chat_requests) > 13


def test_the_inbox_can_come_from_brief_toml(work: Path, tmp_path: Path) -> None:
    shutil.copytree(DAY1, tmp_path / "news")
    (work / "brief.toml").write_text(f'engine = "extractive"\ninbox = ["{tmp_path / "news"}"]\n')
    code, _, err = run("daily", "--date", "2024-05-15")
    assert code == 0 and "12 articles (12 briefed)" in err
    (work / "brief.toml").write_text('engine = "extractive"\ninbox = "news"\n')  # a list, not a string
    code, _, err = run("daily", "--date", "2024-05-15")
    assert code == 1 and "inbox = 'news' has the wrong type" in err


def test_what_changed_since_the_previous_digest(work: Path) -> None:
    assert run("daily", str(DAY1), "--date", "2024-05-15", "--engine", "extractive", "-q")[0] == 0
    assert run("daily", str(DAY2), "--date", "2024-05-17", "--engine", "extractive", "-q")[0] == 0
    text = (work / "outputs" / "2024-05-17" / "index.md").read_text(encoding="utf-8")
    changes = text.split("## What changed since 2024-05-15\n\n")[1].split("\n---\n")[0]
    # The wording comes from the extractor; the structure is what this test pins down.
    new_actors = changes.split("**New actors**\n\n- ")[1].split("\n")[0]
    assert "Lena Sørensen" in new_actors.split(" (")[0].split(", ")  # "Coalition parties" may come first
    assert "- **Thomas Lindqvist** (Coalition parties agree budget deal): now “" in changes
    addressed = changes.split("**Open questions answered or addressed**\n\n")[1].split("\n\n")[0]
    assert "(Mayor rejects harbour sale) — Council keeps harbour stake: “" in addressed
    assert "(Coalition talks stall over budget) — Coalition parties agree budget deal: “" in addressed
    still = changes.split("**Open questions still open**\n\n")[1].split("\n\n")[0]
    assert "(Coalition talks stall over budget)" in still
    assert "no follow-up today are not listed" in changes


def test_max_cost_stops_and_says_what_was_skipped(server: FakeOpenAIServer, work: Path) -> None:
    (work / "brief.toml").write_text('[prices."fake-model"]\ninput = 1000.0\noutput = 1000.0\n')
    usage = {"prompt_tokens": 2000, "completion_tokens": 500, "total_tokens": 2500}  # $2.50 an article
    server.default = reply(DRAFT, usage=usage)
    code, _, err = run("daily", str(DAY1), "--date", "2024-05-15", *engine(server), "--max-cost", "5")
    assert code == 0 and len(server.chat_requests) >= 1
    assert "Warning: stopped at --max-cost; not briefed: " in err
    summary = next(line for line in err.splitlines() if line.startswith("12 articles ("))
    assert "over budget)" in summary and "cost $" in summary
    spent = float(summary.rsplit("cost $", 1)[1])
    assert 0 < spent <= 5
    assert "## Not in this digest" in (work / "outputs" / "2024-05-15" / "index.md").read_text()


def test_failures_exit_1_on_one_line_and_keep_what_was_done(work: Path) -> None:
    with FakeOpenAIServer(api_key="right") as wrong_key:
        code, out, err = run("daily", str(DAY1), "--date", "2024-05-15", *engine(wrong_key))
    error = [line for line in err.splitlines() if line.startswith("Error: ")]
    assert code == 1 and out.endswith("index.md\n") and len(error) == 1
    assert error[0].startswith(
        "Error: 12 article(s) not briefed: Finance minister warns of spending freeze ("
    )
    assert "the API key was rejected (401)" in error[0] and error[0].endswith(
        "re-run `brief daily` to retry them"
    )
    assert len(wrong_key.chat_requests) == 1  # the first 401 stops the others from starting


def test_bad_date_and_missing_inbox(work: Path) -> None:
    code, _, err = run("daily", str(DAY1), "--date", "15/05/2024", "--engine", "extractive")
    assert code == 2 and "is not a YYYY-MM-DD date" in err
    code, _, err = run("daily", str(work / "nope"), "--engine", "extractive")
    assert code == 1 and err.startswith("Error: inbox ") and err.endswith("nope not found: check the path\n")


def test_quiet_prints_only_the_digest_path(work: Path) -> None:
    code, out, err = run("daily", str(DAY2), "--date", "2024-05-17", "--engine", "extractive", "--quiet")
    assert (code, out, err) == (0, "outputs/2024-05-17/index.md\n", "")


def test_email_sends_the_digest(monkeypatch: pytest.MonkeyPatch) -> None:
    handler = Recorder()
    with smtp_server(handler) as port:
        for name, value in {"HOST": "127.0.0.1", "PORT": str(port), "SECURITY": "none"}.items():
            monkeypatch.setenv(f"BRIEF_SMTP_{name}", value)
        monkeypatch.setenv("BRIEF_SMTP_FROM", "brief@example.org")
        code, _, err = run(
            "daily", str(DAY2), "--date", "2024-05-17", "--engine", "extractive", "--email", "ana@example.org"
        )
    assert code == 0 and "Emailed the digest to ana@example.org" in err
    assert [r.rcpt_tos for r in handler.received] == [["ana@example.org"]]
    message = BytesParser(policy=default_policy).parsebytes(handler.received[0].data)
    assert message["Subject"] == "Daily brief — 2024-05-17"


def test_email_links_the_briefs_to_the_link_base(monkeypatch: pytest.MonkeyPatch) -> None:
    handler = Recorder()
    with smtp_server(handler) as port:
        for name, value in {"HOST": "127.0.0.1", "PORT": str(port), "SECURITY": "none"}.items():
            monkeypatch.setenv(f"BRIEF_SMTP_{name}", value)
        monkeypatch.setenv("BRIEF_SMTP_FROM", "brief@example.org")
        args = [
            "daily",
            str(DAY2),
            "--date",
            "2024-05-17",
            "--engine",
            "extractive",
            "--email",
            "a@example.org",
        ]
        code, _, err = run(*args, "--link-base", "https://example.org/briefs/")
    assert code == 0, err
    message = BytesParser(policy=default_policy).parsebytes(handler.received[0].data)
    assert not list(message.iter_attachments())  # type: ignore[attr-defined]
    html = message.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert 'href="https://example.org/briefs/2024-05-17/' in html and '.html"' in html


def test_a_bad_link_base_stops_before_any_work(work: Path) -> None:
    args = ["daily", str(DAY2), "--engine", "extractive", "--email", "a@example.org", "--link-base", "x"]
    code, _, err = run(*args)
    assert code == 1 and err == (
        "Error: link base 'x' is not a web address: "
        "pass an http(s) address, e.g. --link-base https://example.org/briefs\n"
    )
    assert not (work / "outputs").exists()


def test_the_day_has_a_browser_copy_linking_each_brief(work: Path) -> None:
    code, _, err = run("daily", str(DAY1), "--date", "2024-05-15", "--engine", "extractive", "-q")
    assert code == 0, err
    folder = work / "outputs" / "2024-05-15"
    index = (folder / "index.html").read_text(encoding="utf-8")
    briefs = sorted(p for p in folder.glob("*.md") if p.name != "index.md")
    assert index.startswith("<!DOCTYPE html>") and "<title>Daily brief — 2024-05-15</title>" in index
    assert "<style>" in index and "<script" not in index and "<main>" in index
    local = {h for h in re.findall(r'href="([^"]+)"', index) if "://" not in h}
    assert local == {p.with_suffix(".html").name for p in briefs}  # no .md link left
    for md in briefs:
        page = md.with_suffix(".html").read_text(encoding="utf-8")
        assert '<nav><a href="index.html">← Daily brief — 2024-05-15</a></nav>' in page
    # A re-run rewrites nothing.
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    assert run("daily", str(DAY1), "--date", "2024-05-15", "--engine", "extractive", "-q")[0] == 0
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == before


# --- brief config show -------------------------------------------------------------------------------------


def test_config_show_masks_secrets_and_names_sources(monkeypatch: pytest.MonkeyPatch, work: Path) -> None:
    (work / "brief.toml").write_text('model = "gpt-4o-mini"\nconcurrency = 4\n[smtp]\npassword = "hunter2"\n')
    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret")
    code, out, err = run("config", "show", "--engine", "openai")
    assert (code, err) == (0, "")
    assert "sk-secret" not in out and "hunter2" not in out
    lines = {line.split(" = ")[0].lstrip("# "): line for line in out.splitlines() if " = " in line}
    assert lines["api_key"].startswith('api_key = "****"') and lines["api_key"].endswith("# OPENAI_API_KEY")
    assert lines["model"].startswith('model = "gpt-4o-mini"') and lines["model"].endswith(
        str(work / "brief.toml")
    )
    assert lines["smtp_password"].endswith(str(work / "brief.toml")) and '"****"' in lines["smtp_password"]
    assert lines["engine"].endswith("# command line") and lines["timeout"].endswith("# default")
    assert lines["base_url"].startswith("# base_url = (not set)")
    assert f"# config file: {work / 'brief.toml'}" in out


def test_config_show_json(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEF_SMTP_PASSWORD", "pw")
    code, out, _ = run("config", "show", "--json", "--no-cache")
    data = json.loads(out)
    assert code == 0 and data["config_file"] is None
    assert (
        data["settings"]["smtp_password"] == "****"
        and data["sources"]["smtp_password"] == "BRIEF_SMTP_PASSWORD"
    )
    assert (data["settings"]["use_cache"], data["sources"]["use_cache"]) == (False, "command line")


def test_config_show_reports_a_bad_config_on_one_line(work: Path) -> None:
    (work / "brief.toml").write_text("nonsense = 1\n")
    code, _, err = run("config", "show")
    assert code == 1 and err.count("\n") == 1 and "unknown setting 'nonsense'" in err


def test_ctrl_c_stops_the_day_and_its_worker_processes(server: FakeOpenAIServer, tmp_path: Path) -> None:
    """A real Ctrl-C (SIGINT to the terminal's process group) in a parallel day, in a real process."""
    # The first two replies come at once, the rest slowly: the first brief is written while ten are still
    # to come, so the signal always finds the day at work (with every reply quick, a loaded machine could
    # finish the day between the first file and the signal).
    server.script(reply(DRAFT, delay=0.2), reply(DRAFT, delay=0.2))
    server.default = reply(DRAFT, delay=5.0)
    out = tmp_path / "out"
    args = [
        sys.executable,
        "-c",
        "from brief.cli import main; main()",
        "daily",
        str(DAY1),
        "--date",
        "2024-05-15",
    ]
    args += [*engine(server), "--concurrency", "2", "--output-dir", str(out), "-q"]
    day = subprocess.Popen(  # as from a terminal: Ctrl-C not ignored, even if this run's parent ignores it
        args,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    folder = out / "2024-05-15"
    deadline = time.monotonic() + 120
    while not list(folder.glob("*.md")) and day.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert day.poll() is None, day.communicate()
    os.killpg(day.pid, signal.SIGINT)
    _, err = day.communicate(timeout=60)
    written = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
    if day.returncode != 130:
        pytest.fail(f"exit {day.returncode}, wrote {written}, stderr:\n{err}")  # in full, not truncated
    assert "Traceback" not in err
    with pytest.raises(ProcessLookupError):  # no extraction worker outlived the command
        for _ in range(100):
            os.killpg(day.pid, 0)
            time.sleep(0.05)
    names = sorted(p.name for p in folder.iterdir())
    assert not [n for n in names if n.startswith(".")]  # no temp file left behind
    stories = sorted(n.removesuffix(".md") for n in names if n.endswith(".md") and n != "index.md")
    assert stories and sorted(n.removesuffix(".json") for n in names if n.endswith(".json")) == stories
    assert len(stories) < 12 and "index.md" not in names  # it really was interrupted
