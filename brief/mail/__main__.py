"""``python -m brief.mail FILE.eml``: print the summary of a saved message (a developer's check)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from brief.errors import BriefError
from brief.mail.message import summarise_eml


def main(argv: Sequence[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m brief.mail FILE.eml", file=sys.stderr)
        return 2
    try:
        print(summarise_eml(Path(argv[0])))
    except BriefError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
