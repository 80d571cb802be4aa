"""Mail: a brief or digest ``.md`` in; a multipart message out, sent over SMTP or saved as ``.eml``."""

from __future__ import annotations

from brief.mail.message import build_message, email_file, send_message, write_eml

__all__ = ["build_message", "email_file", "send_message", "write_eml"]
