"""Screenshot a digest as its readers see it, in headless Chromium: the browser copy and the email.

    python scripts/screenshot.py outputs/2026-12-01
    python scripts/screenshot.py outputs/2026-12-01 --eml outputs/2026-12-01/index.eml --out shots
    python scripts/screenshot.py outputs/2026-12-01 --link-base https://example.org/briefs

writes ``digest.png`` (the folder's ``index.html``) and ``email.png`` (the HTML part of the mail, as a
mail client shows it: taken from ``--eml``, else built as ``brief email`` would, with a placeholder
sender) into ``--out`` (default ``./screenshots``), plus ``email.html``, the part that was rendered.
Needs ``chromium`` on PATH (Debian: ``apt-get install chromium``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default as default_policy
from pathlib import Path

from brief.errors import BriefError
from brief.mail.message import PLACEHOLDER_SENDER, build_message

BROWSERS = ("chromium", "chromium-browser", "google-chrome")


class ScreenshotError(Exception):
    """A one-line reason the screenshots could not be made."""


def find_browser() -> str:
    """The first Chromium on PATH."""
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    raise ScreenshotError("chromium not found on PATH: install it (Debian: apt-get install chromium)")


def screenshot(browser: str, page: Path, png: Path, *, size: tuple[int, int] = (900, 1600)) -> Path:
    """Render ``page`` in a fresh headless profile and save a ``size`` PNG of the top of it."""
    png.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="brief-chromium-") as profile:
        command = [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            f"--user-data-dir={profile}",
            f"--screenshot={png}",
            f"--window-size={size[0]},{size[1]}",
            page.resolve().as_uri(),
        ]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
        except subprocess.TimeoutExpired as exc:
            raise ScreenshotError(f"chromium took over 120 s on {page}: try again") from exc
    if done.returncode != 0 or not png.is_file():
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise ScreenshotError(f"chromium could not screenshot {page} ({last})")
    return png


def email_html(index: Path, *, eml: Path | None, link_base: str | None) -> str:
    """The HTML part of the saved ``eml``, else of the message ``brief email`` would send."""
    if eml is not None:
        try:
            msg = BytesParser(policy=default_policy).parsebytes(eml.read_bytes())
        except OSError as exc:
            raise ScreenshotError(f"cannot read {eml} ({exc.strerror or exc}): check the path") from exc
    else:
        msg = build_message(index, to=["reader@example.org"], sender=PLACEHOLDER_SENDER, link_base=link_base)
    part = msg.get_body(("html",)) if isinstance(msg, EmailMessage) else None
    if part is None:
        raise ScreenshotError(f"{eml or index} has no HTML part: pass a message made by brief email")
    return str(part.get_content())


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path, help="a digest folder (outputs/<date>) holding index.html")
    parser.add_argument("--out", type=Path, default=Path("screenshots"), help="where the PNGs go")
    parser.add_argument("--eml", type=Path, help="a saved message to show (default: build one)")
    parser.add_argument("--link-base", help="build the message with this link base")
    args = parser.parse_args(argv)
    try:
        index = args.folder / "index.html"
        if not index.is_file():
            raise ScreenshotError(f"{index} not found: run `brief daily` for that date first")
        browser = find_browser()
        args.out.mkdir(parents=True, exist_ok=True)
        mail = args.out / "email.html"
        mail.write_text(email_html(args.folder / "index.md", eml=args.eml, link_base=args.link_base))
        for png in (
            screenshot(browser, index, args.out / "digest.png"),
            screenshot(browser, mail, args.out / "email.png"),
        ):
            print(png)
    except (ScreenshotError, BriefError, OSError) as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
