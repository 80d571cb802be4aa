"""``brief email``: exit codes, one-line errors, and files kept, against a real aiosmtpd server."""

from __future__ import annotations

import re
from email.parser import BytesParser
from email.policy import default as default_policy
from pathlib import Path

import pytest
from test_mail import PASSWORD, USER, Recorder, authenticator, free_port, smtp_server, snapshot
from test_mail import digest as digest
from typer.testing import CliRunner

import brief.cli.email  # noqa: F401  (registers the command until brief/cli/__init__.py imports it)
from brief.cli import app

SENDER = ["--from", "Brief Bot <brief@example.org>"]


@pytest.fixture(autouse=True)
def _no_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Run in an empty folder so no ./brief.toml is picked up."""
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["email", *args])
    return result.exit_code, result.stdout, result.stderr


def smtp(port: int) -> list[str]:
    return ["--smtp-host", "127.0.0.1", "--smtp-port", str(port), "--smtp-security", "none", *SENDER]


def test_dry_run_writes_a_parseable_eml(digest: Path) -> None:
    code, out, err = run(str(digest.parent), "--to", "ana@example.org", "--dry-run", "--attach", *SENDER)
    assert (code, err) == (0, "")
    eml = digest.with_suffix(".eml")
    assert out == f"Wrote {eml} (nothing sent)\n"
    msg = BytesParser(policy=default_policy).parsebytes(eml.read_bytes())
    assert msg["Subject"] == "Daily digest: coalition talks & the budget — 2026-11-27"
    assert [p.get_content_type() for p in msg.walk()] == [
        "multipart/mixed",
        "multipart/alternative",
        "text/plain",
        "text/html",
        "text/markdown",
    ]


def test_the_readme_dry_run_works_without_a_sender(digest: Path) -> None:
    code, out, err = run(str(digest.parent), "--to", "ana@example.org", "--dry-run")
    eml = digest.with_suffix(".eml")
    assert (code, out) == (0, f"Wrote {eml} (nothing sent)\n")
    assert "no sender address, so its From is Placeholder - no sender set <no-sender@example.invalid>" in err
    msg = BytesParser(policy=default_policy).parsebytes(eml.read_bytes())
    assert msg["From"] == "Placeholder - no sender set <no-sender@example.invalid>"


def test_eml_path_and_its_misuse(tmp_path: Path, digest: Path) -> None:
    target = tmp_path / "copy.eml"
    assert run(str(digest), "--to", "ana@example.org", "--dry-run", "--eml", str(target), *SENDER)[0] == 0
    assert target.is_file() and not digest.with_suffix(".eml").exists()
    code, _, err = run(str(digest), "--to", "ana@example.org", "--eml", str(target), *SENDER)
    assert code == 2 and "--eml only applies with --dry-run" in err


def test_sends_with_flags_and_with_environment(monkeypatch: pytest.MonkeyPatch, digest: Path) -> None:
    handler = Recorder()
    with smtp_server(handler) as port:
        code, out, err = run(str(digest), "--to", "ana@example.org", "--to", "bo@example.net", *smtp(port))
        assert (code, err) == (0, "")
        assert out == f"Sent {digest} to ana@example.org, bo@example.net\n"
        for name, value in {
            "HOST": "127.0.0.1",
            "PORT": str(port),
            "SECURITY": "none",
            "FROM": "brief@example.org",
        }.items():
            monkeypatch.setenv(f"BRIEF_SMTP_{name}", value)
        assert run(str(digest), "--to", "ana@example.org", "--subject", "Morning")[0] == 0
    assert [r.rcpt_tos for r in handler.received] == [
        ["ana@example.org", "bo@example.net"],
        ["ana@example.org"],
    ]
    assert b"\r\nSubject: Morning\r\n" in handler.received[1].data


def assert_failed(code: int, out: str, err: str, *needles: str) -> None:
    assert code == 1 and out == ""
    assert err.startswith("Error: ") and err.count("\n") == 1, err
    assert all(n in err for n in needles), err


def test_refused_recipient_fails_and_keeps_files(digest: Path) -> None:
    before = snapshot(digest.parent)
    handler = Recorder(refuse={"gone@example.org"})
    with smtp_server(handler) as port:
        result = run(
            str(digest), "--to", "ana@example.org", "--to", "gone@example.org", "--attach", *smtp(port)
        )
    assert_failed(*result, "refused recipient gone@example.org (550", "fix --to")
    assert handler.received == [] and snapshot(digest.parent) == before


def test_server_down_fails_and_keeps_files(digest: Path) -> None:
    before = snapshot(digest.parent)
    port = free_port()
    result = run(str(digest), "--to", "ana@example.org", *smtp(port))
    assert_failed(*result, f"cannot reach SMTP server 127.0.0.1:{port}", "--smtp-host/BRIEF_SMTP_HOST")
    assert snapshot(digest.parent) == before


def test_bad_login_fails_without_showing_the_password(monkeypatch: pytest.MonkeyPatch, digest: Path) -> None:
    monkeypatch.setenv("BRIEF_SMTP_PASSWORD", "wrong-" + PASSWORD)
    handler = Recorder()
    with smtp_server(handler, authenticator=authenticator, auth_require_tls=False) as port:
        code, out, err = run(str(digest), "--to", "ana@example.org", "--smtp-user", USER, *smtp(port))
    assert_failed(code, out, err, "rejected the login for brief", "BRIEF_SMTP_PASSWORD")
    assert PASSWORD not in out + err and handler.received == []


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["missing.md", "--to", "ana@example.org", "--dry-run", *SENDER], "missing.md not found"),
        (
            ["DIGEST", "--to", "ana@example.org", *SENDER],
            "no SMTP server: set --smtp-host or BRIEF_SMTP_HOST",
        ),
        (["DIGEST", "--to", "ana@example", "--dry-run", *SENDER], "recipient 'ana@example' is not a valid"),
        (
            ["DIGEST", "--to", "ana@example.org", "--smtp-host", "127.0.0.1"],  # sending needs a sender
            "no sender address: set --from or BRIEF_SMTP_FROM",
        ),
        (
            ["DIGEST", "--to", "a@example.org", "--dry-run", "--subject", "a\nBcc: e@x.org", *SENDER],
            "line break",
        ),
        (["DIGEST", "--to", "a@example.org", "--dry-run", "--eml", "DIGEST", *SENDER], "would overwrite"),
        (["DIGEST", "--to", "a@example.org", "--smtp-security", "tls", *SENDER], "use starttls, ssl or none"),
    ],
)
def test_bad_input_is_a_one_line_error_and_nothing_is_written(
    digest: Path, args: list[str], needle: str
) -> None:
    before = snapshot(digest.parent)
    assert_failed(*run(*(str(digest) if a == "DIGEST" else a for a in args)), needle)
    assert snapshot(digest.parent) == before


def test_help_documents_the_options_and_has_no_password_flag() -> None:
    result = CliRunner().invoke(app, ["email", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for option in (
        "--to",
        "--subject",
        "--attach",
        "--attach-json",
        "--dry-run",
        "--eml",
        "--smtp-host",
        "--smtp-port",
        "--smtp-user",
        "--smtp-security",
        "--from",
        "BRIEF_SMTP_PASSWORD",
    ):
        assert option in result.stdout, option
    assert "--smtp-password" not in result.stdout


def test_a_real_digest_email_attaches_every_brief_and_links_nowhere_local(tmp_path: Path) -> None:
    import brief.cli.daily  # noqa: F401  (registers the command)

    inbox = Path(__file__).parent / "fixtures" / "inbox" / "day1"
    out = tmp_path / "outputs"
    args = ["daily", str(inbox), "--date", "2024-05-15", "--engine", "extractive", "--output-dir", str(out)]
    assert CliRunner().invoke(app, [*args, "-q"]).exit_code == 0
    code, _, _ = run(str(out / "2024-05-15"), "--to", "ana@example.org", "--dry-run")
    assert code == 0
    msg = BytesParser(policy=default_policy).parsebytes((out / "2024-05-15" / "index.eml").read_bytes())
    attached = sorted(p.get_filename() for p in msg.iter_attachments())  # type: ignore[attr-defined]
    briefs = sorted(p.name for p in (out / "2024-05-15").glob("*.md") if p.name != "index.md")
    stories = [name for name in briefs if name.endswith("-sources.md")]  # multi-source briefs
    assert len(attached) == 12 + len(stories) and attached == briefs
    html = msg.get_body(("html",)).get_content()  # type: ignore[union-attr]
    hrefs, ids = re.findall(r'href="([^"]*)"', html), set(re.findall(r'id="([^"]*)"', html))
    assert len(ids) == len(briefs) and {h[1:] for h in hrefs if h.startswith("#")} == ids  # each, in full
    assert all(h.startswith("https://") or h[1:] in ids for h in hrefs)  # else the outlets' pages
    plain = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert all(plain.count(f"(attached: {name})") == 1 for name in briefs)
    # Published: every brief is a link to its web page, nothing attached.
    base = "https://news.example.org/briefs"
    code, _, err = run(str(out / "2024-05-15"), "--to", "a@example.org", "--dry-run", "--link-base", base)
    assert code == 0, err
    msg = BytesParser(policy=default_policy).parsebytes((out / "2024-05-15" / "index.eml").read_bytes())
    assert not list(msg.iter_attachments())  # type: ignore[attr-defined]
    html = msg.get_body(("html",)).get_content()  # type: ignore[union-attr]
    pages = {f"{base}/2024-05-15/{name[:-3]}.html" for name in briefs}
    assert {h for h in re.findall(r'href="([^"]*)"', html) if h.startswith(base)} == pages
    assert all((out / "2024-05-15" / p.rsplit("/", 1)[1]).is_file() for p in pages)


def test_a_bad_link_base_fails_in_one_line_and_writes_nothing(digest: Path) -> None:
    before = snapshot(digest.parent)
    code, _, err = run(str(digest), "--to", "a@example.org", "--dry-run", "--link-base", "example.org")
    assert code == 1 and err.count("\n") == 1
    assert err.startswith("Error: link base 'example.org' is not a web address: pass an http(s) address")
    assert snapshot(digest.parent) == before
