"""Batch runs: a day's requests as an OpenAI Batch input file, and the day briefed from its output.

``write_batch`` (``brief daily INBOX --batch-file PATH``) writes the requests the day still needs;
``collect_day`` (``brief batch collect DATE --output-file OUT``) briefs the day from the output file
that OpenAI's Batch API or vLLM's ``run_batch`` made from it. ``submit_day`` (``brief daily INBOX
--batch``) uploads the file to the Batch API itself, and ``fetch_day`` with ``collect_uploaded``
(``brief batch collect DATE``) downloads the results, briefs the day and sends any follow-up batch.
"""

from __future__ import annotations

from brief.batch.collect import collect_day
from brief.batch.fetch import Collected, Fetched, collect_uploaded, fetch_day
from brief.batch.remote import BatchAPI
from brief.batch.upload import Submitted, refresh, submit_day
from brief.batch.write import BatchWritten, write_batch

__all__ = [
    "BatchAPI",
    "BatchWritten",
    "Collected",
    "Fetched",
    "Submitted",
    "collect_day",
    "collect_uploaded",
    "fetch_day",
    "refresh",
    "submit_day",
    "write_batch",
]
