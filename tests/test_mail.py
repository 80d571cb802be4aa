"""brief.mail.message: building, HTML safety, .eml dry runs, and delivery to a real aiosmtpd server."""

from __future__ import annotations

import hashlib
import logging
import re
import shutil
import socket
import ssl
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default as default_policy
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from brief.config import Settings
from brief.errors import ConfigError, DeliveryError, InputError
from brief.mail.html import parse_document, render_html
from brief.mail.message import (
    PLACEHOLDER_SENDER,
    build_message,
    email_file,
    send_message,
    summarise_eml,
    write_eml,
)
from brief.mail.smtp import wire_bytes

FIXTURES = Path(__file__).parent / "fixtures" / "mail"
DATE = datetime(2026, 11, 27, 7, 0, tzinfo=UTC)
SENDER = "Brief Bot <brief@example.org>"
USER, PASSWORD = "brief", "s3cr3t-Pa55-never-shown"


# ---------------------------------------------------------------- a real SMTP server on loopback


@dataclass
class Received:
    """One message as the server got it."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    tls: bool
    login: bytes | None


@dataclass
class Recorder:
    """An aiosmtpd handler that records messages and refuses the addresses in ``refuse`` with 550."""

    refuse: set[str] = field(default_factory=set)
    received: list[Received] = field(default_factory=list)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        if address in self.refuse:
            return f"550 5.1.1 <{address}>: mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        login = session.auth_data if session.authenticated else None
        self.received.append(
            Received(
                envelope.mail_from,
                list(envelope.rcpt_tos),
                envelope.original_content,
                session.ssl is not None,
                login,
            )
        )
        return "250 Message accepted for delivery"


def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and auth_data == LoginPassword(USER.encode(), PASSWORD.encode())
    return AuthResult(success=ok, handled=False, auth_data=auth_data.login if ok else None)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def smtp_server(handler: Recorder, **kwargs: Any) -> Iterator[int]:
    """Run aiosmtpd on a free loopback port for the duration of the block; yields the port."""
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, server_hostname="localhost", **kwargs)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A throwaway self-signed certificate for 127.0.0.1/localhost, made with the openssl CLI."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost,IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


@pytest.fixture
def server_tls(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    return context


@pytest.fixture
def client_tls(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    """Trusts only the throwaway certificate (production uses the system CAs)."""
    return ssl.create_default_context(cafile=str(certificate[0]))


@pytest.fixture
def digest(tmp_path: Path) -> Path:
    """A copy of the sample digest folder; returns its index.md."""
    folder = tmp_path / "outputs" / "2026-11-27"
    shutil.copytree(FIXTURES / "2026-11-27", folder)
    return folder / "index.md"


def smtp_settings(port: int, security: str = "none", **changes: Any) -> Settings:
    return Settings(
        smtp_host="127.0.0.1", smtp_port=port, smtp_security=security, smtp_from=SENDER, **changes
    )


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with its SHA-256, to prove nothing was lost or added."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def parse(data: bytes) -> EmailMessage:
    msg = BytesParser(policy=default_policy).parsebytes(data)
    assert isinstance(msg, EmailMessage)
    return msg


def text(part: Any) -> str:
    """A text part's content with the wire's CRLF line ends turned back into LF."""
    return str(part.get_content()).replace("\r\n", "\n")


def build(md: Path, **kwargs: Any) -> EmailMessage:
    options: dict[str, Any] = {"to": ["Ana Lima <ana@example.org>"], "sender": SENDER, "date": DATE} | kwargs
    return build_message(md, **options)


# ---------------------------------------------------------------- building the message


def test_message_has_plain_and_html_alternatives_and_headers(digest: Path) -> None:
    msg = parse(wire_bytes(build(digest)))
    assert msg.get_content_type() == "multipart/alternative"
    assert msg["From"] == SENDER
    assert msg["To"] == "Ana Lima <ana@example.org>"
    assert msg["Subject"] == "Daily digest: coalition talks & the budget — 2026-11-27"
    assert msg["Date"] == "Fri, 27 Nov 2026 07:00:00 +0000"
    assert msg["Message-ID"].endswith("@example.org>")
    assert msg["MIME-Version"] == "1.0"
    plain, html = (text(part) for part in msg.iter_parts())
    body = parse_document(digest.read_text(encoding="utf-8")).body
    assert plain == body
    assert plain.startswith("# Daily digest") and "grounding_score" not in plain
    assert '<h1 style="font-size:24px' in html and "“A deal is close, but not at any price,”" in html
    assert not msg.defects and all(not p.defects for p in msg.walk())


class Audit(HTMLParser):
    """Collects what matters for safety in rendered HTML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [(name, value or "") for name, value in attrs]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_part_is_safe_for_a_mail_client(digest: Path) -> None:
    html = build(digest).get_body(("html",)).get_content()  # type: ignore[union-attr]
    audit = Audit()
    audit.feed(html)
    text = "".join(audit.text)
    assert not {"script", "img", "style", "iframe", "object"} & set(audit.tags)
    assert not [name for name, _ in audit.attrs if name.startswith("on")]
    hrefs = [value for name, value in audit.attrs if name in ("href", "src")]
    assert hrefs and all(h.startswith("https://") for h in hrefs)  # javascript: is not linked
    # Article text shows up as text, escaped in the source, never as markup.
    assert '<script>alert("pwned")</script>' in text
    assert "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;" in html
    assert "“we will not sign a budget that cuts the climate fund” &amp; left the room" in html
    assert "3% &lt; 2025 levels" in html
    assert "[image: chart]" in text and "[unsafe](javascript:alert(1))" in text
    assert "id=42&amp;ref=rss" in html
    # Inline styles on the content, nothing relying on a <style> block.
    for tag in ("h1", "h2", "p", "li", "blockquote", "table", "td", "a", "th"):
        assert re.search(f'<{tag}( [a-z]+="[^"]*")* style="[^"]+', html), tag


def test_code_and_images_render_without_loading_anything() -> None:
    html = render_html(
        "Use `a < b`:\n\n```python\nif a < b: print('&')\n```\n\n![x](/local.png)\n", title="T"
    )
    assert "<code style=" in html and "&lt;" in html
    assert "<pre style=" in html and "if a &lt; b: print('&amp;')" in html
    assert "[image: x]" in html and "local.png" not in html and "<img" not in html


def test_subject_defaults_to_title_and_date(tmp_path: Path, digest: Path) -> None:
    brief_md = digest.parent / "coalition-talks.md"
    assert (
        build(brief_md)["Subject"] == "Coalition talks stall over the budget — 2026-11-27"
    )  # date from folder
    loose = tmp_path / "notes.md"
    loose.write_text("# Harbour strike\n\nText.\n", encoding="utf-8")
    assert build(loose)["Subject"] == "Harbour strike"  # first heading, no date anywhere
    assert build(digest, subject="Your morning brief")["Subject"] == "Your morning brief"


@pytest.mark.parametrize(
    "subject", ["Brief\r\nBcc: victim@example.net", "Brief\nX-Evil: 1", "a\rb", "a\u2028b"]
)
def test_subject_with_line_break_is_rejected(digest: Path, subject: str) -> None:
    with pytest.raises(InputError, match="line break"):
        build(digest, subject=subject)


def test_front_matter_title_cannot_inject_headers(tmp_path: Path) -> None:
    md = tmp_path / "evil.md"
    md.write_text('---\ntitle: "Hello\\r\\nBcc: victim@example.net"\n---\n# Hi\n', encoding="utf-8")
    msg = parse(wire_bytes(build(md)))
    assert msg["Subject"] == "Hello Bcc: victim@example.net"
    assert msg["Bcc"] is None


@pytest.mark.parametrize(
    "bad",
    [
        "not-an-address",
        "ana@localhost",
        "ana@example.org, eve@example.net",
        "ana@example.org\r\nBcc: e@x.org",
        "Ana <ana@exa mple.org>",
        "",
        "ana@@example.org",
        "ána@example.org",
    ],
)
def test_bad_recipient_is_named(digest: Path, bad: str) -> None:
    with pytest.raises(InputError) as info:
        build(digest, to=["ok@example.org", bad])
    assert repr(bad) in str(info.value) and "--to" in str(info.value) and "\n" not in str(info.value)


def test_recipients_with_names_are_kept_and_deduplicated(digest: Path) -> None:
    msg = build(digest, to=['"Lima, Ana" <ana@example.org>', "ANA@example.org", "bo@news.example.net"])
    assert msg["To"] == '"Lima, Ana" <ana@example.org>, bo@news.example.net'


def test_bad_sender_is_a_config_error(digest: Path) -> None:
    with pytest.raises(ConfigError, match="BRIEF_SMTP_FROM"):
        build(digest, sender="Brief\nBcc: e@example.net <brief@example.org>")


def test_message_id_and_bytes_are_stable_per_content_and_recipients(digest: Path) -> None:
    first, again = wire_bytes(build(digest)), wire_bytes(build(digest))
    assert first == again
    other_to = build(digest, to=["bo@example.net"])
    assert other_to["Message-ID"] != build(digest)["Message-ID"]
    digest.write_text(digest.read_text(encoding="utf-8") + "\nUpdate.\n", encoding="utf-8")
    assert build(digest)["Message-ID"] != parse(first)["Message-ID"]


def test_attachments_are_the_files_byte_for_byte(digest: Path) -> None:
    msg = parse(wire_bytes(build(digest, attach=True, attach_json=True)))
    assert msg.get_content_type() == "multipart/mixed"
    body, md, js = msg.iter_parts()
    assert body.get_content_type() == "multipart/alternative"
    assert (md.get_content_type(), md.get_filename(), md["Content-Type"].params["charset"]) == (
        "text/markdown",
        "index.md",
        "utf-8",
    )
    assert md.get_payload(decode=True) == digest.read_bytes()
    assert (js.get_content_type(), js.get_filename()) == ("application/json", "index.json")
    assert js.get_payload(decode=True) == digest.with_suffix(".json").read_bytes()


def test_linked_briefs_are_attached_and_no_relative_link_is_left(tmp_path: Path) -> None:
    folder = tmp_path / "2026-11-27"
    folder.mkdir()
    (folder / "port-strike.md").write_text("# Port strike\n\nDock workers walked out.\n", encoding="utf-8")
    (tmp_path / "outside.md").write_text("# Not beside the digest\n", encoding="utf-8")
    index = folder / "index.md"
    index.write_text(
        "# Daily digest\n\n1. [Port strike \\[day 2\\]](port-strike.md) — ledger.example\n"
        "2. [Gone](gone.md)\n3. [Elsewhere](../outside.md)\n\n## 1. Port strike\n\n"
        "_[ledger.example](https://ledger.example/port.md) · [full brief](port-strike.md)_\n",
        encoding="utf-8",
    )
    msg = parse(wire_bytes(build(index)))
    _, brief = msg.iter_parts()
    assert (brief.get_content_type(), brief.get_filename()) == ("text/markdown", "port-strike.md")
    assert brief.get_payload(decode=True) == (folder / "port-strike.md").read_bytes()
    plain = text(msg.get_body(("plain",)))
    assert "1. Port strike \\[day 2\\] — ledger.example\n2. Gone\n3. Elsewhere\n" in plain
    assert (
        "_[ledger.example](https://ledger.example/port.md) · full brief (attached: port-strike.md)_" in plain
    )
    html = msg.get_body(("html",)).get_content()  # type: ignore[union-attr]
    audit = Audit()
    audit.feed(html)
    anchor = "#brief-1-port-strike"
    assert [v for name, v in audit.attrs if name == "href"] == [
        anchor,
        "https://ledger.example/port.md",
        anchor,
    ]
    assert [v for name, v in audit.attrs if name == "id"] == [anchor[1:]]
    # The brief is shown in full below the digest, its headings one level down.
    assert re.search(r'<h2 style="[^"]+">Full briefs</h2>', html)
    assert re.search(r'<div id="brief-1-port-strike">\r?\n<h2 style="[^"]+">Port strike</h2>', html)
    assert "Dock workers walked out." in html and "Gone" in html and "gone.md" not in html


def test_every_link_in_the_html_part_goes_somewhere(tmp_path: Path) -> None:
    """Only web addresses and places in the message: no relative link, not even inside a brief."""
    folder = tmp_path / "2026-11-27"
    folder.mkdir()
    (folder / "a.md").write_text("---\ntitle: A\n---\n# A\n\nSee [notes](notes.txt) and [b](b.md).\n")
    (folder / "b.md").write_text("# B\n\n[back](index.md) · [web](https://example.org/b)\n")
    index = folder / "index.md"
    index.write_text("# Digest\n\n1. [A](a.md)\n2. [B](b.md)\n\n[full brief](a.md) · [full brief](b.md)\n")
    html = build(index).get_body(("html",)).get_content()  # type: ignore[union-attr]
    audit = Audit()
    audit.feed(html)
    ids = {v for name, v in audit.attrs if name == "id"}
    hrefs = [v for name, v in audit.attrs if name == "href"]
    assert ids == {"brief-1-a", "brief-2-b"} and len(hrefs) == 5
    assert all(h.startswith("https://") or h[1:] in ids for h in hrefs), hrefs
    assert "See notes and b." in "".join(audit.text)


def test_with_a_link_base_the_briefs_are_linked_where_they_are_published(tmp_path: Path) -> None:
    folder = tmp_path / "2026-11-27"
    folder.mkdir()
    (folder / "port-strike.md").write_text("# Port strike\n", encoding="utf-8")
    (folder / "port-strike.html").write_text("<p>page</p>", encoding="utf-8")
    (folder / "no-page.md").write_text("# No page\n", encoding="utf-8")
    index = folder / "index.md"
    index.write_text(
        "# Digest\n\n1. [Port strike](port-strike.md)\n2. [No page](no-page.md)\n3. [Gone](gone.md)\n\n"
        "[full brief](port-strike.md)\n",
        encoding="utf-8",
    )
    base = "https://news.example.org/briefs"
    msg = build(index, link_base=base + "/")
    assert not list(msg.iter_attachments())  # type: ignore[attr-defined]
    page, raw = f"{base}/2026-11-27/port-strike.html", f"{base}/2026-11-27/no-page.md"
    plain = text(msg.get_body(("plain",)))
    assert f"1. [Port strike]({page})\n2. [No page]({raw})\n3. Gone\n" in plain
    assert f"[full brief]({page})" in plain
    html = msg.get_body(("html",)).get_content()  # type: ignore[union-attr]
    audit = Audit()
    audit.feed(html)
    assert [v for name, v in audit.attrs if name == "href"] == [page, raw, page]
    assert msg["Message-ID"] != build(index)["Message-ID"]


@pytest.mark.parametrize(
    "bad", ["news.example.org/briefs", "ftp://example.org/x", "https:///x", "https://a b"]
)
def test_a_bad_link_base_is_a_config_error_naming_the_fix(digest: Path, bad: str) -> None:
    with pytest.raises(
        ConfigError, match=r"is not a web address: pass an http\(s\) address, e\.g\. --link-base"
    ):
        build(digest, link_base=bad)


def test_missing_json_to_attach_is_an_input_error(tmp_path: Path) -> None:
    md = tmp_path / "solo.md"
    md.write_text("# Solo\n", encoding="utf-8")
    with pytest.raises(InputError, match="drop --attach-json"):
        build(md, attach_json=True)


def test_unreadable_inputs_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        build(tmp_path / "nope.md")
    (tmp_path / "latin1.md").write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        build(tmp_path / "latin1.md")


# ---------------------------------------------------------------- dry run: the .eml


def test_dry_run_writes_the_eml_beside_the_md_and_sends_nothing(digest: Path) -> None:
    before = snapshot(digest.parent)
    settings = Settings(smtp_from=SENDER)  # no host needed for a dry run
    written = email_file(digest.parent, ["ana@example.org"], settings, dry_run=True, attach=True)
    assert written == digest.with_suffix(".eml")
    after = snapshot(digest.parent)
    assert after.pop("index.eml") and after == before  # only the .eml was added
    msg = parse(written.read_bytes())
    assert not [d for p in msg.walk() for d in p.defects]
    assert msg["To"] == "ana@example.org" and msg.get_body(("plain",)) is not None
    assert b"\r\n" in written.read_bytes()  # exactly the SMTP wire form


def test_dry_run_to_an_explicit_path_and_never_over_the_inputs(tmp_path: Path, digest: Path) -> None:
    settings = Settings(smtp_from=SENDER)
    target = tmp_path / "out.eml"
    assert email_file(digest, ["ana@example.org"], settings, dry_run=True, eml_path=target) == target
    before = snapshot(digest.parent)
    for clobber in (digest, digest.with_suffix(".json")):
        with pytest.raises(InputError, match="would overwrite"):
            email_file(digest, ["ana@example.org"], settings, dry_run=True, eml_path=clobber)
    assert snapshot(digest.parent) == before


def test_failed_eml_write_leaves_nothing_behind(tmp_path: Path, digest: Path) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    with pytest.raises(DeliveryError, match="cannot write"):
        write_eml(build(digest), folder / "missing" / "x.eml")
    assert list(folder.iterdir()) == []


def test_no_sender_is_a_config_error_when_sending(digest: Path) -> None:
    with pytest.raises(ConfigError, match="--from or BRIEF_SMTP_FROM"):
        email_file(digest, ["ana@example.org"], Settings(smtp_host="127.0.0.1"))


def test_a_dry_run_without_a_sender_writes_a_placeholder_from(digest: Path) -> None:
    eml = email_file(digest.parent, ["ana@example.org"], Settings(), dry_run=True)
    assert eml == digest.with_suffix(".eml")
    msg = parse(eml.read_bytes())
    assert msg["From"] == PLACEHOLDER_SENDER == "Placeholder - no sender set <no-sender@example.invalid>"
    assert msg["Message-ID"].endswith("@example.invalid>") and not msg.defects


def test_python_m_brief_mail_parses_the_eml(digest: Path) -> None:
    eml = email_file(digest, ["ana@example.org"], Settings(smtp_from=SENDER), dry_run=True, attach=True)
    assert eml is not None
    run = subprocess.run(
        [sys.executable, "-W", "error", "-m", "brief.mail", str(eml)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "Subject: Daily digest: coalition talks & the budget — 2026-11-27" in run.stdout
    assert "text/html" in run.stdout and "text/markdown index.md" in run.stdout
    assert "defects" not in run.stdout
    assert summarise_eml(eml) == run.stdout.rstrip("\n")


# ---------------------------------------------------------------- delivery to a real SMTP server


def test_plain_smtp_delivers_exactly_the_built_bytes(digest: Path) -> None:
    handler = Recorder()
    msg = build(digest, to=["ana@example.org", "Bo <bo@example.net>"], attach=True, attach_json=True)
    with smtp_server(handler) as port:
        send_message(msg, smtp_settings(port))
    [got] = handler.received
    assert got.data == wire_bytes(msg)  # byte for byte
    assert (got.mail_from, got.rcpt_tos, got.tls) == (
        "brief@example.org",
        ["ana@example.org", "bo@example.net"],
        False,
    )
    received = parse(got.data)
    plain = received.get_body(("plain",))
    html = received.get_body(("html",))
    assert plain is not None and html is not None
    assert text(plain) == parse_document(digest.read_text(encoding="utf-8")).body
    assert text(html) == msg.get_body(("html",)).get_content()  # type: ignore[union-attr]
    attachments = {a.get_filename(): a.get_payload(decode=True) for a in received.iter_attachments()}
    assert attachments == {
        "index.md": digest.read_bytes(),
        "index.json": digest.with_suffix(".json").read_bytes(),
    }


def test_lines_starting_with_a_dot_survive_the_wire(tmp_path: Path) -> None:
    md = tmp_path / "dots.md"
    md.write_text("# Dots\n\n.NET and\n.\n..two\n", encoding="ascii")
    handler = Recorder()
    msg = build(md)
    with smtp_server(handler) as port:
        send_message(msg, smtp_settings(port))
    assert handler.received[0].data == wire_bytes(msg)
    assert b"\r\n.\r\n..two\r\n" in handler.received[0].data


def test_a_silent_server_times_out(digest: Path) -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        settings = smtp_settings(silent.getsockname()[1])
        with pytest.raises(
            DeliveryError, match=r"server 127\.0\.0\.1:\d+ did not answer in time: check --smtp-host"
        ):
            send_message(build(digest), settings, timeout=0.5)


def test_dry_run_eml_is_what_the_server_receives(tmp_path: Path, digest: Path) -> None:
    handler = Recorder()
    eml = email_file(
        digest,
        ["ana@example.org"],
        Settings(smtp_from=SENDER),
        dry_run=True,
        attach=True,
        eml_path=tmp_path / "dry.eml",
    )
    with smtp_server(handler) as port:
        assert email_file(digest, ["ana@example.org"], smtp_settings(port), attach=True) is None
    assert eml is not None

    def undated(data: bytes) -> list[bytes]:
        return [line for line in data.split(b"\r\n") if not line.startswith(b"Date: ")]

    assert undated(handler.received[0].data) == undated(eml.read_bytes())


def test_starttls_with_a_trusted_certificate(
    digest: Path, server_tls: ssl.SSLContext, client_tls: ssl.SSLContext
) -> None:
    handler = Recorder()
    msg = build(digest)
    with smtp_server(handler, tls_context=server_tls, require_starttls=True) as port:
        send_message(msg, smtp_settings(port, "starttls"), ssl_context=client_tls)
    assert handler.received[0].tls and handler.received[0].data == wire_bytes(msg)


def test_implicit_tls(digest: Path, server_tls: ssl.SSLContext, client_tls: ssl.SSLContext) -> None:
    handler = Recorder()
    msg = build(digest)
    with smtp_server(handler, ssl_context=server_tls) as port:
        send_message(msg, smtp_settings(port, "ssl"), ssl_context=client_tls)
    assert handler.received[0].data == wire_bytes(msg)


def test_auth_over_starttls(digest: Path, server_tls: ssl.SSLContext, client_tls: ssl.SSLContext) -> None:
    handler = Recorder()
    settings = smtp_settings(0, "starttls", smtp_user=USER, smtp_password=PASSWORD)
    with smtp_server(
        handler,
        tls_context=server_tls,
        require_starttls=True,
        authenticator=authenticator,
        auth_required=True,
    ) as port:
        send_message(build(digest), settings.replace(smtp_port=port), ssl_context=client_tls)
    assert handler.received[0].login == USER.encode() and handler.received[0].tls


def test_auth_without_tls_only_to_loopback(digest: Path) -> None:
    handler = Recorder()
    with smtp_server(handler, authenticator=authenticator, auth_require_tls=False) as port:
        send_message(build(digest), smtp_settings(port, smtp_user=USER, smtp_password=PASSWORD))
    assert handler.received[0].login == USER.encode()
    remote = smtp_settings(25, smtp_user=USER, smtp_password=PASSWORD).replace(smtp_host="smtp.example.org")
    with pytest.raises(ConfigError, match="unencrypted"):
        send_message(build(digest), remote)


def failures(digest: Path, server_tls: ssl.SSLContext) -> Iterator[tuple[str, Exception]]:
    """Every SMTP failure mode once, as (name, the exception raised)."""
    msg = build(digest, to=["ana@example.org", "gone@example.org"])
    cases: list[tuple[str, dict[str, Any], Any]] = [
        ("refused", {"handler": Recorder(refuse={"gone@example.org"})}, smtp_settings),
        (
            "bad auth",
            {"handler": Recorder(), "authenticator": authenticator, "auth_require_tls": False},
            lambda port: smtp_settings(port, smtp_user=USER, smtp_password=PASSWORD[::-1] + PASSWORD),
        ),
        (
            "tls untrusted",
            {"handler": Recorder(), "tls_context": server_tls},
            lambda p: smtp_settings(p, "starttls"),
        ),
        ("no starttls", {"handler": Recorder()}, lambda port: smtp_settings(port, "starttls")),
    ]
    for name, kwargs, make in cases:
        handler = kwargs.pop("handler")
        with smtp_server(handler, **kwargs) as port, pytest.raises(DeliveryError) as info:
            send_message(msg, make(port))
        assert handler.received == [], name  # all or nothing
        yield name, info.value
    with pytest.raises(DeliveryError) as down:
        send_message(msg, smtp_settings(free_port()))
    yield "down", down.value


def test_smtp_failures_are_one_line_errors_that_name_the_fix(
    digest: Path, server_tls: ssl.SSLContext
) -> None:
    errors = dict(failures(digest, server_tls))
    assert all("\n" not in str(e) and e.__cause__ is None for e in errors.values())
    assert "refused recipient gone@example.org (550 5.1.1" in str(errors["refused"])
    assert "nothing was sent" in str(errors["refused"]) and "ana@example.org" not in str(errors["refused"])
    assert "rejected the login for brief (535" in str(errors["bad auth"])
    assert "BRIEF_SMTP_PASSWORD" in str(errors["bad auth"])
    assert "TLS with the SMTP server" in str(errors["tls untrusted"])
    assert "certificate verify failed" in str(errors["tls untrusted"])
    assert "does not offer STARTTLS" in str(errors["no starttls"])
    assert str(errors["down"]).startswith("cannot reach SMTP server 127.0.0.1:")
    assert "check --smtp-host/BRIEF_SMTP_HOST" in str(errors["down"])


def test_the_password_never_shows(
    digest: Path,
    server_tls: ssl.SSLContext,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    errors = dict(failures(digest, server_tls))
    settings = smtp_settings(25, smtp_user=USER, smtp_password=PASSWORD)
    out, err = capfd.readouterr()
    seen = [str(e) for e in errors.values()] + [repr(e) for e in errors.values()]
    seen += [caplog.text, out, err, repr(settings), str(settings)]
    assert "recipient(s) via 127.0.0.1:" in caplog.text  # the library did log the attempts
    assert not [text for text in seen if PASSWORD in text or PASSWORD[::-1] in text]


def test_missing_host_is_a_config_error(digest: Path) -> None:
    with pytest.raises(ConfigError, match="--smtp-host or BRIEF_SMTP_HOST"):
        send_message(build(digest), Settings(smtp_from=SENDER))


def test_incomplete_credentials_are_config_errors(digest: Path) -> None:
    with pytest.raises(ConfigError, match="BRIEF_SMTP_PASSWORD"):
        send_message(build(digest), smtp_settings(25, smtp_user=USER))
    with pytest.raises(ConfigError, match="--smtp-user"):
        send_message(build(digest), smtp_settings(25, smtp_password=PASSWORD))


def test_starttls_trusting_a_configured_ca_file(
    digest: Path, server_tls: ssl.SSLContext, certificate: tuple[Path, Path]
) -> None:
    """``smtp_ca_file`` (BRIEF_SMTP_CA_FILE) makes a private CA trusted without code."""
    handler = Recorder()
    msg = build(digest)
    settings = smtp_settings(0, "starttls", smtp_ca_file=certificate[0])
    with smtp_server(handler, tls_context=server_tls, require_starttls=True) as port:
        send_message(msg, settings.replace(smtp_port=port))
    assert handler.received[0].tls and handler.received[0].data == wire_bytes(msg)
