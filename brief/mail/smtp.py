"""Sending a built message over SMTP, with every failure turned into a one-line DeliveryError.

Recipients are checked one by one (``RCPT TO``) before any data is sent, and the transaction is
reset if the server refuses any of them: a message goes to all recipients or to none, so a retry
after fixing the address never duplicates mail. The SMTP password is only handed to
``smtplib.SMTP.login``; it is redacted from every error message and never logged.
"""

from __future__ import annotations

import contextlib
import logging
import smtplib
import ssl
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import getaddresses

from brief.config import Settings
from brief.errors import ConfigError, DeliveryError

__all__ = ["DEFAULT_PORTS", "envelope", "send_message", "wire_bytes"]

log = logging.getLogger(__name__)

DEFAULT_PORTS = {"ssl": 465, "starttls": 587, "none": 25}
_LOOPBACK = ("localhost", "127.0.0.1", "::1")
_HOST_FIX = "check --smtp-host/BRIEF_SMTP_HOST and --smtp-port/BRIEF_SMTP_PORT"


def wire_bytes(msg: EmailMessage) -> bytes:
    """The exact bytes sent as SMTP DATA (CRLF line ends, 7-bit headers); also what a dry run saves."""
    return msg.as_bytes(policy=SMTP_POLICY)


def envelope(msg: EmailMessage) -> tuple[str, list[str]]:
    """The envelope sender and recipients (To, Cc, Bcc) of a message."""
    sender = getaddresses([str(msg["From"] or "")])[0][1]
    fields = [str(v) for key in ("To", "Cc", "Bcc") for v in msg.get_all(key, [])]
    return sender, [addr for _, addr in getaddresses(fields) if addr]


def _reply(code: int, text: bytes | str) -> str:
    """An SMTP reply as one short line."""
    raw = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    return f"{code} {' '.join(raw.split())}"[:200]


def _check_auth(settings: Settings, host: str) -> None:
    """Refuse half-configured credentials and cleartext passwords to non-loopback hosts."""
    if settings.smtp_password and not settings.smtp_user:
        raise ConfigError("an SMTP password is set but no user: set --smtp-user or BRIEF_SMTP_USER")
    if settings.smtp_user and not settings.smtp_password:
        raise ConfigError(
            "no SMTP password for user: set BRIEF_SMTP_PASSWORD or [smtp] password in brief.toml"
        )
    if settings.smtp_password and settings.smtp_security == "none" and host not in _LOOPBACK:
        raise ConfigError(
            f"refusing to send the SMTP password unencrypted to {host}: use --smtp-security starttls or ssl"
        )


def _connect(
    settings: Settings, host: str, port: int, context: ssl.SSLContext, timeout: float
) -> smtplib.SMTP:
    """Open the connection, upgrade it to TLS as configured, and log in if credentials are set."""
    if settings.smtp_security == "ssl":
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=timeout, context=context)
    else:
        smtp = smtplib.SMTP(host, port, timeout=timeout)
    try:
        smtp.ehlo()
        if settings.smtp_security == "starttls":
            smtp.starttls(context=context)
            smtp.ehlo()
        if settings.smtp_user and settings.smtp_password:
            smtp.login(settings.smtp_user, settings.smtp_password)
    except BaseException:
        smtp.close()
        raise
    return smtp


def _transact(smtp: smtplib.SMTP, sender: str, recipients: list[str], data: bytes) -> None:
    """MAIL, RCPT for each recipient (all must be accepted, else RSET), then DATA."""
    code, text = smtp.mail(sender)
    if code != 250:
        raise DeliveryError(f"the SMTP server refused sender {sender} ({_reply(code, text)}): check --from")
    refused = []
    for rcpt in recipients:
        code, text = smtp.rcpt(rcpt)
        if code not in (250, 251):
            refused.append(f"{rcpt} ({_reply(code, text)})")
    if refused:
        smtp.rset()
        raise DeliveryError(
            f"the SMTP server refused recipient {', '.join(refused)}: nothing was sent; fix --to"
        )
    code, text = smtp.data(data)
    if code != 250:
        raise DeliveryError(f"the SMTP server rejected the message ({_reply(code, text)}): nothing was sent")


def _deliver(smtp: smtplib.SMTP, sender: str, recipients: list[str], data: bytes) -> None:
    """Run the transaction, then say goodbye; a failing QUIT after DATA does not undo a delivery."""
    try:
        _transact(smtp, sender, recipients, data)
    finally:
        with contextlib.suppress(smtplib.SMTPException, OSError):
            smtp.quit()
        smtp.close()


def _explain(exc: Exception, where: str, settings: Settings) -> str:
    """A one-line, fix-naming description of an SMTP or network failure."""
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return (
            f"the SMTP server {where} rejected the login for {settings.smtp_user} "
            f"({_reply(exc.smtp_code, exc.smtp_error)}): check --smtp-user and BRIEF_SMTP_PASSWORD"
        )
    if isinstance(exc, smtplib.SMTPNotSupportedError) and "STARTTLS" in str(exc):
        return f"the SMTP server {where} does not offer STARTTLS: use --smtp-security ssl or none"
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return f"the SMTP server {where} offers no AUTH: use --smtp-security starttls or drop --smtp-user"
    if isinstance(exc, ssl.SSLError | ssl.CertificateError):
        reason = getattr(exc, "reason", None) or exc
        if isinstance(exc, ssl.SSLCertVerificationError):
            reason = f"certificate verify failed: {exc.verify_message}"
        return (
            f"TLS with the SMTP server {where} failed ({reason}): check --smtp-security and its certificate"
        )
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"the SMTP server {where} failed ({_reply(exc.smtp_code, exc.smtp_error)}): try again later"
    if isinstance(exc, TimeoutError) or "timed out" in str(exc):
        return f"the SMTP server {where} did not answer in time: {_HOST_FIX}"
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return f"the SMTP server {where} closed the connection ({exc or 'no reason given'}): {_HOST_FIX}"
    reason = " ".join(str(exc).split()) or type(exc).__name__
    return f"cannot reach SMTP server {where} ({reason}): {_HOST_FIX}"


def send_message(
    msg: EmailMessage, settings: Settings, *, ssl_context: ssl.SSLContext | None = None, timeout: float = 30.0
) -> None:
    """Send a message through the configured SMTP server; all recipients get it or none do.

    Args:
        msg: a message from ``build_message``; its From/To/Cc/Bcc give the envelope.
        settings: ``smtp_host``, ``smtp_port`` (default by security: 465, 587 or 25),
            ``smtp_security``, ``smtp_user`` and ``smtp_password``.
        ssl_context: how to verify the server; by default the system's trusted CAs
            (``ssl.create_default_context()``), with hostname checking.
        timeout: seconds for connecting and for each SMTP command.

    Raises:
        ConfigError: no host, or credentials that are incomplete or would go out unencrypted.
        DeliveryError: unreachable server, TLS or login failure, or a refused recipient or message.
    """
    host = settings.smtp_host
    if not host:
        raise ConfigError("no SMTP server: set --smtp-host or BRIEF_SMTP_HOST (or use --dry-run)")
    _check_auth(settings, host)
    port = settings.smtp_port or DEFAULT_PORTS[settings.smtp_security]
    where = f"{host}:{port}"
    sender, recipients = envelope(msg)
    context = ssl_context or ssl.create_default_context(
        cafile=str(settings.smtp_ca_file) if settings.smtp_ca_file else None
    )
    log.debug(
        "sending %s to %d recipient(s) via %s (%s)",
        msg["Message-ID"],
        len(recipients),
        where,
        settings.smtp_security,
    )
    try:
        _deliver(_connect(settings, host, port, context, timeout), sender, recipients, wire_bytes(msg))
    except (DeliveryError, smtplib.SMTPException, OSError) as exc:
        message = str(exc) if isinstance(exc, DeliveryError) else _explain(exc, where, settings)
        if settings.smtp_password:  # belt and braces: a server reply could echo it back
            message = message.replace(settings.smtp_password, "****")
        # ``from None``: the one-line message carries the detail, and no cause can leak a secret.
        raise DeliveryError(message) from None
