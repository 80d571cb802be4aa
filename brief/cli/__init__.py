"""The ``brief`` command line: a thin shell over the library.

Each command lives in a small module of this package and registers itself on ``app``.
"""

from __future__ import annotations

from brief.cli import commands as _commands  # noqa: F401  (registers the core commands)
from brief.cli.app import app, main

__all__ = ["app", "main"]
