"""Batch runs: a day's requests as an OpenAI Batch input file, and the day briefed from its output file.

``write_batch`` (``brief daily INBOX --batch-file PATH``) writes the requests the day still needs;
``collect_day`` (``brief batch collect DATE --output-file OUT``) briefs the day from the output file
that OpenAI's Batch API or vLLM's ``run_batch`` made from it. Nothing here talks to an API.
"""

from __future__ import annotations

from brief.batch.collect import collect_day
from brief.batch.write import BatchWritten, write_batch

__all__ = ["BatchWritten", "collect_day", "write_batch"]
