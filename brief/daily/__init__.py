"""The day: an inbox of files, folders and feeds in; one dated folder of briefs and its digest out.

Each article is briefed once (cache, duplicates), parsed ahead of the requests, metered against the
day's budget; the digest lists the stories, an actor index, and what changed since the last one.
"""

from __future__ import annotations

from brief.daily.day import DayEvent, OnEvent, check_date, run_day
from brief.daily.result import ArticleOutcome, DayResult

__all__ = ["ArticleOutcome", "DayEvent", "DayResult", "OnEvent", "check_date", "run_day"]
