"""End-to-end quality floor: the extractive pipeline over the development set must meet the bar.

This is the regression guard for issue 3's numbers (the embedded default writes only the title and
summary; actors, positions and questions are these). A change to extraction, the skeleton or the
verifier that loses an actor, a position or a question on real articles fails here.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from brief.config import Settings
from brief.evaluate.run import EvalReport, evaluate_dir
from brief.pipeline.job import summarise
from brief.read.inputs import read_path

EVAL = Path(__file__).resolve().parent / "fixtures" / "eval"

CORE_RECALL = 0.9
POSITION_RECALL = 0.6
MIN_QUESTIONS = 1  # issue 13 item 5: a point that cannot be asked well is dropped, not forced (was 3)
MAX_QUESTIONS = 5
# The floor holds on the seven articles it was set on (issue 3). The rest of the set, added for
# issue 13, is scored with `brief eval --split tune|check` and not asserted on here yet.
FLOOR_SET = ("business_indian_point_closure", "feature_fox_news_ailes", "health_meth_campaign",
             "opinion_impeachment", "seed_coalition", "techreg_uber_study", "trade_us_china")  # fmt: skip


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> EvalReport:
    folder = tmp_path_factory.mktemp("floor_set")
    for name in FLOOR_SET:
        for suffix in (".txt", ".gold.json"):
            shutil.copy(EVAL / f"{name}{suffix}", folder / f"{name}{suffix}")

    def run(path: Path) -> tuple[dict[str, Any], float, int]:
        started = time.perf_counter()
        (article,) = read_path(path)[:1]
        brief = summarise(article, backend=None, settings=Settings())
        return json.loads(brief.model_dump_json()), time.perf_counter() - started, 0

    return evaluate_dir(folder, run=run)


def test_core_actors_and_positions_are_found(report: EvalReport) -> None:
    missed = {a.name: (a.missed_core, a.missed_positions) for a in report.articles}
    assert report.totals.core_recall >= CORE_RECALL, missed
    assert report.totals.position_recall >= POSITION_RECALL, missed


def test_every_evidence_string_is_verbatim(report: EvalReport) -> None:
    assert report.verbatim_ok, [(a.name, a.unverified_evidence) for a in report.articles]


def test_no_must_not_claim_is_asserted(report: EvalReport) -> None:
    flags = [(a.name, f.claim, f.sentence) for a in report.articles for f in a.mnc_flags]
    assert flags == []


def test_every_article_has_three_open_questions_with_evidence(report: EvalReport) -> None:
    counts = {a.name: a.questions_with_evidence for a in report.articles}
    assert min(counts.values()) >= MIN_QUESTIONS, counts
    assert max(a.questions for a in report.articles) <= MAX_QUESTIONS


def test_no_invented_actors(report: EvalReport) -> None:
    assert [(a.name, a.invented_actors) for a in report.articles if a.invented_actors] == []
