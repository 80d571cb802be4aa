"""``brief eval --faithfulness FILE`` and ``brief eval --replies DIR``: measure the verifier itself."""

from __future__ import annotations

from pathlib import Path

import typer

from brief.deliver.files import write_atomic


def run_checks(
    faithfulness: Path | None, replies: Path | None, *, json_path: Path | None, show_false_alarms: int
) -> None:
    """Print the report of each check asked for; with ``json_path``, write it (both: one JSON object)."""
    parts: dict[str, str] = {}
    if faithfulness is not None:
        from brief.evaluate.faithfulness import evaluate_faithfulness, load_frank
        from brief.evaluate.faithfulness_table import format_faithfulness
        from brief.extract import default_workers

        report = evaluate_faithfulness(load_frank(faithfulness), workers=default_workers())
        typer.echo(format_faithfulness(report, show_false_alarms=show_false_alarms))
        parts["faithfulness"] = report.to_json()
    if replies is not None:
        from brief.evaluate.replies import evaluate_replies
        from brief.evaluate.replies_table import format_replies

        if parts:
            typer.echo("")
        scored = evaluate_replies(replies)
        typer.echo(format_replies(scored))
        parts["replies"] = scored.to_json()
    if json_path is not None:
        text = next(iter(parts.values())) if len(parts) == 1 else _object(parts)
        write_atomic(json_path, text + "\n")


def _object(parts: dict[str, str]) -> str:
    return "{\n" + ",\n".join(f'"{key}": {value}' for key, value in parts.items()) + "\n}"
