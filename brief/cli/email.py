"""``brief email``: send a brief or digest as a multipart mail, or write the .eml with --dry-run."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from brief.cli.app import app, friendly_errors, settings_from

# plain text: typer reads panel titles as rich markup, where "[smtp]" would be a style tag and vanish
_SMTP = escape("SMTP (password: BRIEF_SMTP_PASSWORD or [smtp] in brief.toml, never a flag)")


@app.command("email")
def email(
    path: Annotated[
        Path, typer.Argument(help="A brief or digest .md, or a dated folder (uses its index.md).")
    ],
    to: Annotated[
        list[str], typer.Option("--to", help="Recipient 'addr' or 'Name <addr>'; repeat for more.")
    ],
    subject: Annotated[
        str | None, typer.Option(help="Default: the title and date from the front matter.")
    ] = None,
    attach: Annotated[bool, typer.Option("--attach", help="Attach the .md file.")] = False,
    attach_json: Annotated[bool, typer.Option("--attach-json", help="Attach the .json beside it.")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Write the exact .eml; send nothing.")] = False,
    eml: Annotated[
        Path | None, typer.Option(help="Where --dry-run writes (default: beside the .md).")
    ] = None,
    link_base: Annotated[
        str | None,
        typer.Option(
            "--link-base",
            help="Where the output folder is published: link each brief there (URL/<date>/<slug>.html) "
            "instead of attaching and embedding it [BRIEF_LINK_BASE].",
        ),
    ] = None,
    smtp_host: Annotated[
        str | None, typer.Option(help="SMTP server [BRIEF_SMTP_HOST].", rich_help_panel=_SMTP)
    ] = None,
    smtp_port: Annotated[
        int | None, typer.Option(help="Default 587/465/25 by security.", rich_help_panel=_SMTP)
    ] = None,
    smtp_user: Annotated[
        str | None, typer.Option(help="Login user [BRIEF_SMTP_USER].", rich_help_panel=_SMTP)
    ] = None,
    smtp_security: Annotated[
        str | None, typer.Option(help="starttls | ssl | none [BRIEF_SMTP_SECURITY].", rich_help_panel=_SMTP)
    ] = None,
    sender: Annotated[
        str | None, typer.Option("--from", help="Sender address [BRIEF_SMTP_FROM].", rich_help_panel=_SMTP)
    ] = None,
    config: Annotated[
        Path | None, typer.Option(help="A brief.toml (default ./brief.toml, then the user config).")
    ] = None,
) -> None:
    """Email a brief or digest: HTML with a plain-text fallback, optionally with the files attached.

    \b
    Examples:
      brief email outputs/2026-11-27/index.md --to ana@example.org --attach
      brief email outputs/2026-11-27 --to ana@example.org --dry-run   # writes outputs/2026-11-27/index.eml
      brief email outputs/2026-11-27 --to ana@example.org --link-base https://example.org/briefs

    A mail client cannot follow a link to a local file, so the briefs a digest links to ("full brief")
    are attached and shown in full below the digest, or, with --link-base, linked where the output
    folder is published. A dry run needs no sender: without one, the .eml's From is a placeholder.
    """
    from brief.mail.headers import SENDER_FIX
    from brief.mail.message import PLACEHOLDER_SENDER, email_file

    if eml is not None and not dry_run:
        raise typer.BadParameter("--eml only applies with --dry-run", param_hint="--eml")
    with friendly_errors():
        settings = settings_from(
            config,
            smtp_host=smtp_host,
            smtp_port=smtp_port,
            smtp_user=smtp_user,
            smtp_security=smtp_security,
            smtp_from=sender,
            link_base=link_base,
        )
        written = email_file(
            path,
            to,
            settings,
            subject=subject,
            attach=attach,
            attach_json=attach_json,
            dry_run=dry_run,
            eml_path=eml,
        )
    typer.echo(f"Wrote {written} (nothing sent)" if written else f"Sent {path} to {', '.join(to)}")
    if written and not settings.smtp_from:
        typer.echo(f"Note: no sender address, so its From is {PLACEHOLDER_SENDER}: {SENDER_FIX}", err=True)
