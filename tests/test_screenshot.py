"""scripts/screenshot.py in a real headless Chromium: the digest's index.html and the email's HTML part.

Skipped where no ``chromium`` is on PATH (``.ci/run`` installs it with apt when it runs as root); where it
is, each PNG must be the window's size and show something: many pixel rows that are not one flat colour.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

import brief.cli.daily  # noqa: F401  (registers the command)
from brief.cli import app

ROOT = Path(__file__).resolve().parent.parent
DAY2 = ROOT / "tests" / "fixtures" / "inbox" / "day2"

needs_chromium = pytest.mark.skipif(
    shutil.which("chromium") is None,
    reason="chromium is not on PATH (Debian: apt-get install chromium); the screenshots need a real browser",
)


def png_rows(path: Path) -> tuple[int, int, list[bytes]]:
    """Width, height and the filtered scanlines (filter byte dropped) of an 8-bit RGB/RGBA PNG."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    chunks: dict[bytes, bytes] = {}
    at = 8
    while at < len(data):
        (size,) = struct.unpack(">I", data[at : at + 4])
        kind = data[at + 4 : at + 8]
        chunks[kind] = chunks.get(kind, b"") + data[at + 8 : at + 8 + size]
        at += 12 + size
    width, height, depth, colour = struct.unpack(">IIBB", chunks[b"IHDR"][:10])
    assert depth == 8 and colour in (2, 6), (depth, colour)
    stride = width * (3 if colour == 2 else 4)
    raw = zlib.decompress(chunks[b"IDAT"])
    rows = [raw[n * (stride + 1) + 1 : (n + 1) * (stride + 1)] for n in range(height)]
    return width, height, rows


def varied_rows(path: Path) -> int:
    """Rows that are not one flat colour: under every PNG filter a flat row encodes as one repeated
    byte after its first pixel, so a row with two different bytes there holds something."""
    _, _, rows = png_rows(path)
    return sum(len(set(row[4:])) > 1 for row in rows)


@needs_chromium
def test_the_digest_and_its_email_render_in_chromium(tmp_path: Path) -> None:
    out = tmp_path / "outputs"
    args = [
        "daily",
        str(DAY2),
        "--date",
        "2024-05-17",
        "--engine",
        "extractive",
        "--output-dir",
        str(out),
        "-q",
    ]
    assert CliRunner().invoke(app, args).exit_code == 0
    shots = tmp_path / "shots"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "screenshot.py"),
            str(out / "2024-05-17"),
            "--out",
            str(shots),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(shots / "digest.png"), str(shots / "email.png")]
    for name in ("digest.png", "email.png"):
        width, height, _ = png_rows(shots / name)
        assert (width, height) == (900, 1600), name
        assert varied_rows(shots / name) > 300, f"{name} is (nearly) blank"
    assert "Daily brief" in (shots / "email.html").read_text(encoding="utf-8")


def test_the_script_says_what_is_missing(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "screenshot.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert (
        done.stderr == f"Error: {tmp_path / 'index.html'} not found: run `brief daily` for that date first\n"
    )
