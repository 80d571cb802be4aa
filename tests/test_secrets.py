"""Secrets and outputs: keys never shown, paths never escape, crashes never cost earlier work.

1. The API key and the SMTP password never appear in logs (every logger at DEBUG), error lines,
   recordings, the response cache, front matter, brief JSON, ``brief config show`` or
   ``repr(settings)``, even when a server echoes the key back in its error.
2. Article titles cannot steer output paths: ``../``, absolute paths, drive letters, reserved device
   names and very long titles all become a plain slug inside ``<output-dir>/<date>/``.
3. Writes are atomic as a pair (.md and .json), and a run that fails or is interrupted after some
   articles keeps every brief written before, byte for byte, with no temp file left behind.
"""

from __future__ import annotations

import errno
import json
import logging
import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
from servers import FakeOpenAIServer, error, reply
from test_mail import PASSWORD, USER, Recorder, authenticator, smtp_server
from test_mail import digest as digest
from typer.testing import CliRunner, Result

import brief.pipeline.briefer
from brief.backends.base import Message, Reply
from brief.cli import app
from brief.config import load_settings, masked
from brief.deliver.files import slugify, write_pair
from brief.errors import BackendError, DeliveryError

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "seed_coalition.txt"
KEY = "sk-proj-SECRET-do-not-leak-7c1d2e3f4a5b"
DRAFT = {
    "title": "Twenty-six allies ready to send troops to Ukraine after a ceasefire",
    "summary": "Twenty-six Western allies have formally committed to deploying troops to Ukraine the day "
    "after a ceasefire deal is agreed, Emmanuel Macron has said.",
}


@pytest.fixture(autouse=True)
def _cwd(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)


def files_under(folder: Path) -> dict[Path, bytes]:
    """Every file below ``folder`` with its bytes (hidden and temp files included)."""
    return {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()} if folder.exists() else {}


def leaks(secret: str, *texts: str) -> list[str]:
    """The texts that contain ``secret`` (or its tail, as a masked-but-not-enough key would)."""
    return [t[:200] for t in texts if secret in t or secret[-12:] in t]


def openai_run(server: FakeOpenAIServer, tmp: Path, *extra: str) -> Result:
    args = ["run", str(SEED), "--engine", "openai", "--base-url", server.base_url, "--model", "fake-model"]
    args += ["--api-key", KEY, "--output-dir", str(tmp / "outputs"), "--max-retries", "0", *extra]
    return CliRunner().invoke(app, args)


# --- 1. secrets ---------------------------------------------------------------------------------


def test_api_key_is_in_no_log_output_recording_or_cache(
    fault_server: FakeOpenAIServer,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("BRIEF_CACHE_DIR", str(tmp_path / "cache"))
    caplog.set_level(logging.DEBUG)  # the openai client, httpx and httpcore log requests at DEBUG
    fault_server.script(reply(DRAFT))
    result = openai_run(fault_server, tmp_path, "--record", str(tmp_path / "rec"))
    assert result.exit_code == 0, result.output
    assert fault_server.chat_requests[0].headers["authorization"] == f"Bearer {KEY}"  # it was sent...
    assert "HTTP Request: POST" in caplog.text  # ...and logged, without the key
    stored = {
        **files_under(tmp_path / "outputs"),
        **files_under(tmp_path / "rec"),
        **files_under(tmp_path / "cache"),
    }
    assert any(p.suffix == ".md" for p in stored) and any(p.parent.name == "rec" for p in stored)
    assert any(p.is_relative_to(tmp_path / "cache") for p in stored)
    texts = [caplog.text, result.output, *(data.decode("utf-8", "replace") for data in stored.values())]
    assert leaks(KEY, *texts) == []


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (401, "the API key was rejected (401)"),
        (400, "rejected the request (HTTP 400)"),
        (500, "failed (HTTP 500)"),
    ],
)
def test_a_server_echoing_the_key_in_its_error_does_not_leak_it(
    status: int,
    expected: str,
    fault_server: FakeOpenAIServer,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    fault_server.script(*(error(status, f"Incorrect API key provided: {KEY}. Check it.") for _ in range(4)))
    config = tmp_path / "brief.toml"
    config.write_text("request_retries = 0\n")
    result = openai_run(fault_server, tmp_path, "--no-cache", "--config", str(config))
    assert result.exit_code == 1 and expected in result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("Error: ")
    assert leaks(KEY, result.output, caplog.text) == []
    assert files_under(tmp_path / "outputs") == {}


def test_settings_never_show_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    env = {"OPENAI_API_KEY": KEY, "BRIEF_SMTP_PASSWORD": PASSWORD, "BRIEF_SMTP_USER": USER}
    settings = load_settings(None, env=env)
    assert (settings.api_key, settings.smtp_password) == (KEY, PASSWORD)
    shown = [repr(settings), str(settings), json.dumps(masked(settings), default=str)]
    assert leaks(KEY, *shown) == [] and leaks(PASSWORD, *shown) == []
    assert masked(settings)["api_key"] == masked(settings)["smtp_password"] == "****"


@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
def test_config_show_masks_secrets_from_env_and_file(
    as_json: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "brief.toml"
    config.write_text(f'api_key = "{KEY}"\n[smtp]\nuser = "{USER}"\npassword = "{PASSWORD}"\n')
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    result = CliRunner().invoke(
        app, ["config", "show", "--config", str(config), *(["--json"] if as_json else [])]
    )
    assert result.exit_code == 0, result.output
    assert "****" in result.stdout
    assert leaks(KEY, result.output) == [] and leaks(PASSWORD, result.output) == []


def test_smtp_password_never_shows_in_errors_logs_or_files(
    digest: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    wrong = "wrong-" + PASSWORD
    monkeypatch.setenv("BRIEF_SMTP_PASSWORD", wrong)
    before = files_under(digest.parent)
    with smtp_server(Recorder(), authenticator=authenticator, auth_require_tls=False) as port:
        result = CliRunner().invoke(
            app,
            [
                "email",
                str(digest),
                "--to",
                "ana@example.org",
                "--from",
                "Brief <brief@example.org>",
                "--smtp-host",
                "127.0.0.1",
                "--smtp-port",
                str(port),
                "--smtp-security",
                "none",
                "--smtp-user",
                USER,
            ],
        )
    assert result.exit_code == 1 and "rejected the login" in result.stderr
    ours = "\n".join(
        r.getMessage() for r in caplog.records if not r.name.startswith("mail.log")
    )  # not the server's
    assert leaks(wrong, result.output, ours) == [] and leaks(PASSWORD, result.output, ours) == []
    assert files_under(digest.parent) == before


def test_record_and_cache_folders_hold_no_secret_even_from_the_environment(
    fault_server: FakeOpenAIServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("BRIEF_SMTP_PASSWORD", PASSWORD)
    monkeypatch.setenv("BRIEF_SMTP_USER", USER)
    monkeypatch.setenv("BRIEF_CACHE_DIR", str(tmp_path / "cache"))
    fault_server.script(reply(DRAFT))
    args = [
        "run",
        str(SEED),
        "--engine",
        "openai",
        "--base-url",
        fault_server.base_url,
        "--model",
        "fake-model",
    ]
    args += ["--output-dir", str(tmp_path / "outputs"), "--record", str(tmp_path / "rec")]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    stored = [d.decode("utf-8", "replace") for d in files_under(tmp_path).values()]
    assert leaks(KEY, result.output, *stored) == [] and leaks(PASSWORD, result.output, *stored) == []


# --- 2. output paths ----------------------------------------------------------------------------

HOSTILE_TITLES = [
    "../../../../etc/cron.d/evil",
    "/etc/passwd",
    "..",
    ".",
    "C:\\Windows\\System32\\drivers",
    "\\\\server\\share\\brief",
    "CON",
    "nul",
    "COM1",
    "lpt9",
    "~/.ssh/authorized_keys",
    "$(rm -rf ~)",
    "brief\x00.md",
    "Ünïcödé — ✓ 🚀",
    "海上の事故",
    "A" * 5000,
    "-" * 80,
    " ".join(["Very long headline about the council budget"] * 40),
]


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_slug_is_a_plain_file_name(title: str) -> None:
    slug = slugify(title, "0123456789abcdef")
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug), slug
    assert len(slug) <= 60 and slug not in {"con", "nul", "com1", "lpt9", "prn", "aux"}


def _feed(titles: Sequence[str]) -> str:
    def item(i: int, title: str) -> str:
        body = (
            f"Story {i}: the harbour board said on Monday that ferry fares would rise by {i} per cent from "
            f"January, and the operator said the change was needed to pay for new boats."
        )
        safe = title.replace("&", "&amp;").replace("<", "&lt;").replace("\x00", "")
        return f"<item><title>{safe}</title><link>https://x.example/{i}</link><description>{body}</description></item>"

    items = "".join(item(i, t) for i, t in enumerate(titles, start=1))
    head = '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>T</title>'
    return f"{head}{items}</channel></rss>"


def test_hostile_titles_cannot_steer_where_briefs_are_written(tmp_path: Path) -> None:
    feed = tmp_path / "hostile.rss"
    feed.write_text(_feed(HOSTILE_TITLES), encoding="utf-8")
    out = tmp_path / "deep" / "outputs"
    before = {p for p in tmp_path.rglob("*")}
    args = [
        "run",
        str(feed),
        "--engine",
        "extractive",
        "--output-dir",
        str(out),
        "--date",
        "2026-11-27",
        "-q",
    ]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    new = {p for p in tmp_path.rglob("*")} - before
    assert all(p.is_relative_to(out) or p in out.parents for p in new), sorted(new)
    written = sorted(p for p in new if p.is_file())
    assert all(p.parent == out / "2026-11-27" for p in written)
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*\.(md|json)", p.name) for p in written), written
    assert len(written) == 2 * len(HOSTILE_TITLES)  # no two titles collided into one file


# --- 3. atomic writes and crashes -------------------------------------------------------------------


class StepBackend:
    """Briefs each article from its own lead; on call number ``fail_on`` raises ``failure`` instead."""

    engine = "fake"
    model = "fake-model"
    context_window = 8192

    def __init__(self, fail_on: int, failure: BaseException) -> None:
        self.fail_on, self.failure, self.calls = fail_on, failure, 0

    def complete(self, messages: Sequence[Message], schema: Mapping[str, Any], *, max_tokens: int) -> Reply:
        self.calls += 1
        if self.calls == self.fail_on:
            raise self.failure
        user = messages[-1]["content"]
        fence = next(line for line in user.splitlines() if line.startswith("<<<ARTICLE"))
        lines = [line for line in user.split(f"\n{fence}\n")[1].splitlines() if line.strip()]
        return Reply(text=json.dumps({"title": lines[0], "summary": lines[1]}), model=self.model)


def story(n: int) -> str:
    return (
        f"Harbour board approves plan number {n}\n\n"
        f"The harbour board approved plan number {n} on Monday after a long debate, chair Ines Duarte said. "
        f"Fishermen said plan number {n} would cost them berths, and it is not clear who will pay.\n"
    )


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for n in (1, 2, 3):
        (folder / f"{n}.txt").write_text(story(n))
    return folder


def run_inbox(inbox: Path, tmp: Path, monkeypatch: pytest.MonkeyPatch, backend: Any, *extra: str) -> Result:
    monkeypatch.setattr(brief.pipeline.briefer, "open_backend", lambda settings: backend)
    args = ["run", str(inbox), "--output-dir", str(tmp / "outputs"), "--date", "2026-11-27", "-q", *extra]
    return CliRunner().invoke(app, args)


@pytest.mark.parametrize(
    ("failure", "code", "message"),
    [
        (
            BackendError(
                "the server at http://127.0.0.1:9/v1 failed (HTTP 503) (4 attempts): try again later"
            ),
            1,
            r"Error: .*/inbox/2\.txt: the server at http://127\.0\.0\.1:9/v1 failed \(HTTP 503\) "
            r".*: try again later",
        ),
        (KeyboardInterrupt(), 130, None),
    ],
    ids=["backend error", "Ctrl-C"],
)
def test_a_failure_after_one_article_keeps_the_first_brief(
    failure: BaseException,
    code: int,
    message: str | None,
    inbox: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    result = run_inbox(inbox, tmp_path, monkeypatch, StepBackend(fail_on=2, failure=failure))
    assert result.exit_code == code
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    if message is not None:
        [line] = result.stderr.splitlines()  # one line, naming the article that failed
        assert re.fullmatch(message, line), line
    written = files_under(tmp_path / "outputs")
    assert sorted(p.name for p in written) == [
        "harbour-board-approves-plan-number-1.json",
        "harbour-board-approves-plan-number-1.md",
    ]
    data = json.loads(written[next(p for p in written if p.suffix == ".json")])
    assert data["title"] == "Harbour board approves plan number 1"


def test_a_crash_on_a_rerun_leaves_earlier_outputs_byte_for_byte(
    inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert (
        run_inbox(inbox, tmp_path, monkeypatch, StepBackend(fail_on=0, failure=RuntimeError())).exit_code == 0
    )
    before = files_under(tmp_path / "outputs")
    assert len(before) == 6
    for n in (1, 2, 3):  # the articles changed; --force would replace their briefs...
        (inbox / f"{n}.txt").write_text(story(n).replace("Monday", "Tuesday"))
    result = run_inbox(inbox, tmp_path, monkeypatch, StepBackend(1, KeyboardInterrupt()), "--force")
    assert result.exit_code == 130  # ...but the run is interrupted at once
    assert files_under(tmp_path / "outputs") == before


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[dict[Path, str]]:
    folder = tmp_path / "outputs" / "2026-11-27"
    old = {folder / "a.json": '{"old": true}\n', folder / "a.md": "# old\n"}
    write_pair(old)
    yield {path: text.replace("old", "new") for path, text in old.items()}
    assert not [p for p in folder.iterdir() if p.name.startswith(".")], "a temp file was left behind"


def test_interrupt_before_the_renames_changes_neither_file(
    pair: dict[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    writes = 0
    real_open = Path.open

    def interrupted(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        nonlocal writes
        if "x" in mode:
            writes += 1
            if writes == 2:  # the .json temp is written; Ctrl-C just after the .md temp is created
                real_open(self, mode, *args, **kwargs).close()
                raise KeyboardInterrupt
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_pair(pair, force=True)
    assert {p: p.read_text() for p in pair} == {p: t.replace("new", "old") for p, t in pair.items()}


class _FullDisk:
    """A file handle on a full disk: opening worked, writing does not."""

    def __init__(self, handle: Any) -> None:
        self.handle = handle

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()

    def write(self, data: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


def test_disk_full_is_one_line_and_changes_neither_file(
    pair: dict[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = 0
    real_open = Path.open

    def second_is_full(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        nonlocal opened
        handle = real_open(self, mode, *args, **kwargs)
        if "x" not in mode:
            return handle
        opened += 1
        return _FullDisk(handle) if opened == 2 else handle

    monkeypatch.setattr(Path, "open", second_is_full)
    with pytest.raises(DeliveryError) as info:
        write_pair(pair, force=True)
    assert "No space left on device" in str(info.value) and "\n" not in str(info.value)
    assert {p: p.read_text() for p in pair} == {p: t.replace("new", "old") for p, t in pair.items()}


def test_existing_different_brief_is_kept_without_force(tmp_path: Path) -> None:
    out = tmp_path / "outputs"
    base = [
        "run",
        str(SEED),
        "--engine",
        "extractive",
        "--output-dir",
        str(out),
        "--date",
        "2026-11-27",
        "-q",
    ]
    assert CliRunner().invoke(app, base).exit_code == 0
    [md] = [p for p in files_under(out) if p.suffix == ".md"]
    md.write_text(md.read_text() + "\nMy own notes.\n")
    before = files_under(out)
    result = CliRunner().invoke(app, base)
    assert result.exit_code == 1 and "already holds a different brief: pass --force" in result.stderr
    assert files_under(out) == before
