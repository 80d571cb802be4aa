"""The pipeline: an article in, a verified brief out (read -> chunk -> extract -> prompt -> backend ->
merge -> verify), and the ``Briefer`` every front end uses to brief, render and save.
"""

from __future__ import annotations

from brief.pipeline.briefer import Briefer, save_brief
from brief.pipeline.job import Progress, summarise

__all__ = ["Briefer", "Progress", "save_brief", "summarise"]
