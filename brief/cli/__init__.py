"""The ``brief`` command line: a thin shell over the library.

Each command lives in a small module of this package and registers itself on ``app``.
"""

from __future__ import annotations

from brief.cli import batch as _batch  # noqa: F401  (each import registers its commands)
from brief.cli import cache as _cache  # noqa: F401
from brief.cli import commands as _commands  # noqa: F401
from brief.cli import config_cmd as _config_cmd  # noqa: F401
from brief.cli import daily as _daily  # noqa: F401
from brief.cli import email as _email  # noqa: F401
from brief.cli import eval as _eval  # noqa: F401
from brief.cli.app import app, main

__all__ = ["app", "main"]
