"""Header values for the email stage: addresses, one-line checks, and the default subject.

Anything that ends up in a header is validated here, so no value from a flag, a config file or an
article's front matter can add a header line (header injection): CR, LF, other control characters
and Unicode line/paragraph separators are rejected, never folded away silently.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from email.headerregistry import Address
from email.utils import getaddresses, parseaddr
from pathlib import Path

from brief.errors import BriefError, InputError
from brief.mail.html import Document

__all__ = ["SENDER_FIX", "check_line", "default_subject", "parse_address", "parse_recipients"]

# Deliberately simple: dot-atom local part and a dotted host name, ASCII only (no SMTPUTF8).
_ADDR = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+"
)
_DATED_FOLDER = re.compile(r"\d{4}-\d{2}-\d{2}")
SENDER_FIX = "set --from or BRIEF_SMTP_FROM to name@example.org or 'Name <name@example.org>'"


def check_line(value: str, what: str, error: type[BriefError], fix: str) -> None:
    """Reject header values that could start a new header line (CR, LF, other controls, separators)."""
    for char in value:
        if char != "\t" and unicodedata.category(char) in ("Cc", "Zl", "Zp"):
            raise error(f"{what} {value!r} contains a line break or control character: {fix}")


def parse_address(
    raw: str,
    *,
    what: str = "recipient",
    error: type[BriefError] = InputError,
    fix: str = "pass --to name@example.org",
) -> Address:
    """Parse one ``addr`` or ``Name <addr>``, rejecting anything that is not exactly one valid address.

    Raises:
        InputError: (or ``error``) a line break, several addresses, or a malformed address; names it.
    """
    check_line(raw, what, error, fix)
    name, addr = parseaddr(raw)
    # parseaddr is lenient ("ana@exa mple.org" -> "ana@example.org"): insist on the address as typed.
    if len(getaddresses([raw])) != 1 or not _ADDR.fullmatch(addr) or addr not in raw:
        raise error(f"{what} {raw!r} is not a valid email address: {fix}")
    return Address(display_name=name, addr_spec=addr)


def parse_recipients(to: Sequence[str]) -> list[Address]:
    """Parse and de-duplicate the recipients, keeping their order."""
    if not to:
        raise InputError("no recipient: pass --to name@example.org (repeat --to for more)")
    unique: dict[str, Address] = {}
    for raw in to:
        address = parse_address(raw)
        unique.setdefault(address.addr_spec.lower(), address)
    return list(unique.values())


def default_subject(doc: Document, md_path: Path) -> str:
    """Front matter ``title`` (else the first heading, else the file name) and ``date`` (else the folder)."""
    heading = next((line[2:] for line in doc.body.splitlines() if line.startswith("# ")), None)
    title = str(doc.meta.get("title") or heading or md_path.stem)
    date = doc.meta.get("date") or (
        md_path.parent.name if _DATED_FOLDER.fullmatch(md_path.parent.name) else ""
    )
    date = str(date)[:10]
    # Front matter is data, not a header: fold its whitespace and drop control characters.
    title = "".join(c for c in " ".join(title.split()) if unicodedata.category(c) != "Cc")
    return f"{title} — {date}" if date and date not in title else title
