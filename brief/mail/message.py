"""The email stage: a brief or digest .md becomes a multipart message, sent over SMTP or saved as .eml.

Message layout::

    multipart/mixed                  (only when attaching)
    ├── multipart/alternative
    │   ├── text/plain; utf-8        the Markdown body, front matter removed
    │   └── text/html; utf-8         rendered by ``brief.mail.html`` (inline CSS, escaped, no images)
    ├── text/markdown                the .md file byte for byte (``attach``)
    ├── application/json             the .json beside it (``attach_json``)
    └── text/markdown ...            each brief the body links to, e.g. a digest's "full brief"

A relative link to a ``.md`` file goes nowhere in a mail client: the linked brief is attached and
shown in full in the HTML part, or, with a link base, linked where it is published
(:mod:`brief.mail.links`). Links with a scheme (``https://``) are kept as they are.

Everything except ``Date`` is a function of the inputs: the Message-ID and the MIME boundaries come
from a hash of the file, recipients, sender, subject and link base, so a retry sends the same message.
Run ``python -m brief.mail FILE.eml`` to parse a saved message with the stdlib parser and
summarise it.
"""

from __future__ import annotations

import hashlib
import os
import ssl
from collections.abc import Sequence
from datetime import UTC, datetime
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default as default_policy
from email.utils import format_datetime
from pathlib import Path

from brief.config import Settings
from brief.deliver.files import temp_beside
from brief.errors import ConfigError, DeliveryError, InputError
from brief.mail.headers import SENDER_FIX, check_line, default_subject, parse_address, parse_recipients
from brief.mail.html import parse_document, render_html
from brief.mail.links import MailBody, mail_body
from brief.mail.smtp import send_message, wire_bytes

__all__ = [
    "PLACEHOLDER_SENDER",
    "build_message",
    "default_subject",
    "email_file",
    "parse_address",
    "send_message",
    "summarise_eml",
    "write_eml",
]


# A dry run's From when no sender is configured: an address that can never be delivered (RFC 6761).
PLACEHOLDER_SENDER = "Placeholder - no sender set <no-sender@example.invalid>"


def _read(md_path: Path) -> bytes:
    """The file's bytes, or a one-line InputError saying what to pass instead."""
    try:
        data = md_path.read_bytes()
        data.decode("utf-8")
    except FileNotFoundError:
        raise InputError(
            f"{md_path} not found: pass a brief or digest .md, e.g. outputs/<date>/index.md"
        ) from None
    except UnicodeDecodeError:
        raise InputError(f"{md_path} is not UTF-8 text: pass the .md of a brief or digest") from None
    except OSError as exc:
        raise InputError(f"cannot read {md_path} ({exc.strerror or exc}): check the path") from None
    return data


def _digest(*parts: bytes | str) -> str:
    """A hex SHA-256 over length-prefixed parts (unambiguous, order-sensitive)."""
    sha = hashlib.sha256()
    for part in parts:
        raw = part.encode("utf-8") if isinstance(part, str) else part
        sha.update(f"{len(raw)}:".encode() + raw)
    return sha.hexdigest()


def _attachments(md_path: Path, md: bytes, attach: bool, attach_json: bool) -> list[tuple[Path, bytes]]:
    """The files to attach: the .md and/or the .json beside it."""
    files = [(md_path, md)] if attach else []
    if attach_json:
        json_path = md_path.with_suffix(".json")
        if not json_path.is_file():
            raise InputError(f"{json_path} not found beside {md_path.name}: drop --attach-json")
        files.append((json_path, _read(json_path)))
    return files


def _assemble(msg: EmailMessage, body: MailBody, subject: str, files: list[tuple[Path, bytes]]) -> None:
    """Fill in the MIME tree: text and HTML alternatives, then the attachments."""
    text = body.text if body.text.endswith("\n") else body.text + "\n"
    msg.set_content(text, subtype="plain", charset="utf-8")
    html = render_html(body.html, title=subject, sections=body.sections)
    msg.add_alternative(html, subtype="html", charset="utf-8")
    for path, data in files:
        kind = ("application", "json") if path.suffix == ".json" else ("text", "markdown")
        params = {} if kind[0] == "application" else {"charset": "utf-8"}
        msg.add_attachment(data, maintype=kind[0], subtype=kind[1], filename=path.name, params=params)


def _finish(msg: EmailMessage, digest: str) -> None:
    """Drop the per-part MIME-Version the stdlib adds and make every boundary stable."""
    for part in list(msg.walk())[1:]:
        del part["MIME-Version"]
    for index, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"brief-{digest[32:56]}-{index}")  # a hash of the content cannot occur in it


def build_message(
    md_path: Path,
    *,
    to: Sequence[str],
    sender: str,
    subject: str | None = None,
    attach: bool = False,
    attach_json: bool = False,
    date: datetime | None = None,
    link_base: str | None = None,
) -> EmailMessage:
    """Build the mail for a brief or digest: plain text + HTML, optionally with the .md/.json attached.

    Every brief the body links to (a digest's "full brief") is attached and shown in full in the HTML
    part, or with ``link_base`` linked where it is published (see :mod:`brief.mail.links`).

    Args:
        md_path: the brief or digest ``.md`` (a dated folder means its ``index.md``).
        to: recipients, each ``addr`` or ``Name <addr>``.
        sender: the From address.
        subject: defaults to the front matter title and date.
        attach: attach the .md file; attach_json: attach the .json beside it.
        date: the Date header (default: now, UTC).
        link_base: the address where the output folder is published (``None``: embed the briefs).

    Raises:
        InputError: unreadable file, missing .json, bad recipient, or a subject with a line break.
        ConfigError: a bad sender address or link base.
    """
    md_path = md_path / "index.md" if md_path.is_dir() else md_path
    recipients = parse_recipients(to)
    origin = parse_address(sender, what="sender address", error=ConfigError, fix=SENDER_FIX)
    if subject is not None:
        check_line(subject, "subject", InputError, "pass --subject as one line")
    md = _read(md_path)
    files = _attachments(md_path, md, attach, attach_json)
    doc = parse_document(md.decode("utf-8"))
    body = mail_body(doc.body, md_path, _read, link_base=link_base)
    files += body.files
    subject = subject if subject is not None else default_subject(doc, md_path)
    digest = _digest(
        md,
        str(origin),
        subject,
        link_base or "",
        *map(str, recipients),
        *(x for p, d in files for x in (p.name, d)),
    )
    msg = EmailMessage(policy=default_policy)
    msg["From"], msg["To"], msg["Subject"] = origin, recipients, subject
    msg["Date"] = format_datetime(date or datetime.now(UTC))
    msg["Message-ID"] = f"<{digest[:32]}@{origin.domain}>"
    msg["Auto-Submitted"] = "auto-generated"
    _assemble(msg, body, subject, files)
    _finish(msg, digest)
    return msg


def write_eml(msg: EmailMessage, path: Path) -> Path:
    """Write the message exactly as it would go over SMTP, atomically (temp file + ``os.replace``).

    Raises:
        DeliveryError: the folder is missing or not writable (no partial file is left behind).
    """
    data = wire_bytes(msg)
    tmp = temp_beside(path)
    try:
        with tmp.open("xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        raise DeliveryError(
            f"cannot write {path} ({exc.strerror or exc}): pass --eml a writable path"
        ) from None
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _eml_target(md_path: Path, eml_path: Path | None) -> Path:
    """Where a dry run writes: ``eml_path`` or the .md's name with ``.eml``; never over the inputs."""
    md_path = md_path / "index.md" if md_path.is_dir() else md_path
    target = eml_path or md_path.with_suffix(".eml")
    inputs = {md_path.resolve(), md_path.with_suffix(".json").resolve()}
    if target.resolve() in inputs or target.suffix.lower() in (".md", ".json"):
        raise InputError(f"--eml {target} would overwrite a brief: pass a path ending in .eml")
    return target


def email_file(
    md_path: Path,
    to: Sequence[str],
    settings: Settings,
    *,
    subject: str | None = None,
    attach: bool = False,
    attach_json: bool = False,
    dry_run: bool = False,
    eml_path: Path | None = None,
    ssl_context: ssl.SSLContext | None = None,
) -> Path | None:
    """Email a brief or digest, or with ``dry_run`` write the exact .eml instead; returns the .eml path.

    Args:
        md_path: the brief or digest ``.md`` (a dated folder means its ``index.md``).
        to: recipients; settings: SMTP settings, ``smtp_from`` and ``link_base``.
        subject, attach, attach_json: as in ``build_message``.
        dry_run: send nothing; write the message to ``eml_path`` (default: beside the .md). Without a
            sender address, its From is :data:`PLACEHOLDER_SENDER`.
        ssl_context: TLS verification for ``send_message`` (default: the system CAs).

    Raises:
        InputError, ConfigError, DeliveryError: as in ``build_message``, ``send_message`` and ``write_eml``.
    """
    if not settings.smtp_from and not dry_run:
        raise ConfigError(f"no sender address: {SENDER_FIX}")
    target = _eml_target(md_path, eml_path) if dry_run else None
    sender = settings.smtp_from or PLACEHOLDER_SENDER
    msg = build_message(
        md_path,
        to=to,
        sender=sender,
        subject=subject,
        attach=attach,
        attach_json=attach_json,
        link_base=settings.link_base,
    )
    if target is not None:
        return write_eml(msg, target)
    send_message(msg, settings, ssl_context=ssl_context)
    return None


def summarise_eml(path: Path) -> str:
    """Parse a saved .eml with the stdlib parser and describe its headers and parts, one per line.

    Raises:
        InputError: the file cannot be read.
    """
    try:
        msg = BytesParser(policy=default_policy).parsebytes(path.read_bytes())
    except OSError as exc:
        raise InputError(f"cannot read {path} ({exc.strerror or exc}): pass a saved .eml") from None
    lines = [f"{key}: {msg[key]}" for key in ("From", "To", "Subject", "Date", "Message-ID") if key in msg]
    for part in msg.walk():
        if not part.is_multipart():
            size = len(part.get_payload(decode=True) or b"")
            name = f" {part.get_filename()}" if part.get_filename() else ""
            lines.append(f"  {part.get_content_type()}{name}: {size} bytes")
    if msg.defects or any(p.defects for p in msg.walk()):
        lines.append(f"defects: {[d for p in msg.walk() for d in p.defects]}")
    return "\n".join(lines)
