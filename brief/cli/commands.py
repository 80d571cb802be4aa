"""Core commands: run, schema."""

from __future__ import annotations

import json

import typer

from brief.cli.app import app
from brief.schema import shipped_schema


@app.command()
def schema() -> None:
    """Print the JSON Schema every brief is validated against."""
    typer.echo(json.dumps(shipped_schema(), indent=2, ensure_ascii=False))
