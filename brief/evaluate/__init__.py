"""Evaluate: briefs and hand-made gold annotations in; recall, evidence and must-not-claim scores out."""

from __future__ import annotations

from brief.evaluate.run import EvalReport, evaluate_dir, format_table

__all__ = ["EvalReport", "evaluate_dir", "format_table"]
