"""Regenerate ``brief/brief.schema.json`` from the models: ``python -m brief.schema_gen``."""

from __future__ import annotations

import json
from pathlib import Path

from brief.schema import SCHEMA_FILE, brief_json_schema


def main() -> None:
    """Write the schema file next to this module."""
    path = Path(__file__).with_name(SCHEMA_FILE)
    path.write_text(json.dumps(brief_json_schema(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
