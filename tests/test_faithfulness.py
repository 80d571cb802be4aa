"""``brief eval --faithfulness``: the verifier on FRANK's labelled summaries (brief.evaluate.faithfulness).

The figures are checked on hand-made records with a stand-in verifier whose verdicts are known, then
wired to the real verifier on FRANK's valid split (tests/fixtures/frank), and FRANK's baselines are
checked against the balanced accuracies published in issue 16.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from brief.cli import app
from brief.evaluate import faithfulness
from brief.evaluate.faithfulness import (
    FrankRecord,
    Judged,
    best_threshold,
    evaluate_faithfulness,
    load_frank,
    rates,
    reason_pattern,
)
from brief.evaluate.faithfulness_table import format_faithfulness
from brief.evaluate.thresholds import baseline_scores
from brief.extract import Extraction, extract
from brief.schema import Draft, Dropped, Grounding

FRANK = Path(__file__).resolve().parent / "fixtures" / "frank" / "valid.jsonl"  # a copy of shared/fixtures
ARTICLE_A = "Gary Locke will be confirmed as Kilmarnock manager on Friday. He was given a three-year deal."
ARTICLE_B = "The council approved the budget on Monday. Residents asked for more buses."


def record(n: int, article: str, model: str, label: int, summary: str, score: float) -> FrankRecord:
    baselines = {"M": score, **({"Partial": score} if n % 2 else {})}
    return FrankRecord(
        id=f"id{n}", model=model, article=article, summary=summary, label=label, baselines=baselines
    )


RECORDS = [
    record(1, ARTICLE_A, "bart", 1, "Fine sentence here.", 0.9),
    record(2, ARTICLE_A, "bus", 1, "Fine sentence here. WRONG one here.", 0.8),  # a false alarm
    record(3, ARTICLE_A, "bart", 0, "WRONG here.", 0.3),  # caught
    record(4, ARTICLE_B, "bus", 0, "Fine again.", 0.85),  # missed
    record(5, ARTICLE_B, "bart", 1, "Good.", 0.7),
    record(6, ARTICLE_B, "bus", 0, "WRONG a. WRONG b.", 0.1),  # caught twice
]


def stand_in_verify(
    draft: Draft, text: str, extraction: Extraction, limits: object, *, title: str = ""
) -> tuple[Draft, Grounding]:
    """Drops every summary sentence with WRONG in it, and the title always (which must not count)."""
    assert title == faithfulness.NO_HEADLINE
    assert draft.title == extraction.sentences[0].text  # the article's first sentence
    dropped = [Dropped(field="title", value=draft.title, reason="Title Not Kept 7", kind="title")]
    for i, sentence in enumerate(draft.summary.split(". ")):
        if "WRONG" in sentence:
            reason = f"name WRONG{i} is not in the article"
            dropped.append(Dropped(field=f"summary[{i}]", value=sentence, reason=reason, kind="name"))
    return draft, Grounding(score=0.5, checked=3, dropped=dropped)


@pytest.fixture
def stand_in(monkeypatch: pytest.MonkeyPatch) -> list[Sequence[str]]:
    monkeypatch.setattr(faithfulness, "verify", stand_in_verify)
    return []


def counting_extractor(calls: list[Sequence[str]]) -> Any:
    def run(texts: Sequence[str]) -> list[Extraction]:
        calls.append(list(texts))
        return [extract(t) for t in texts]

    return run


def test_figures_on_known_verdicts(stand_in: list[Sequence[str]]) -> None:
    report = evaluate_faithfulness(RECORDS, extractor=counting_extractor(stand_in))
    assert stand_in == [[ARTICLE_A, ARTICLE_B]]  # each distinct article extracted once
    assert (report.summaries, report.articles) == (6, 2)
    assert [j.kept_whole for j in report.judged] == [True, False, False, True, True, False]
    overall = report.overall
    assert (overall.consistent, overall.consistent_kept) == (3, 2)
    assert (overall.inconsistent, overall.inconsistent_flagged) == (3, 2)
    assert overall.balanced_accuracy == pytest.approx(2 / 3)
    assert report.systems["bart"].balanced_accuracy == pytest.approx(1.0)
    bus = report.systems["bus"]
    assert (bus.kept_share, bus.flagged_share, bus.balanced_accuracy) == (0.0, 0.5, 0.25)
    assert [j.id for j in report.false_alarms] == ["id2"]
    (alarm,) = report.false_alarm_reasons
    assert (alarm.pattern, alarm.kind, alarm.summaries, alarm.entries) == (
        "name … is not in the article",
        "name",
        1,
        1,
    )
    (catch,) = report.catch_reasons
    assert (catch.summaries, catch.entries) == (2, 3)
    baselines = {b.metric: b for b in report.baselines}
    assert baselines["M"].balanced_accuracy == pytest.approx(5 / 6)
    assert baselines["M"].threshold == 0.7
    assert baselines["Partial"].n == 3  # scored only where the metric is present


def test_the_report_text_and_false_alarm_examples(stand_in: list[Sequence[str]]) -> None:
    report = evaluate_faithfulness(RECORDS, extractor=counting_extractor(stand_in))
    text = format_faithfulness(report, show_false_alarms=5)
    assert re.search(r"all\s+6\s+2/3\s+0\.667\s+2/3\s+0\.667\s+0\.667", text)
    assert re.search(r"brief verifier\s+0\.667", text)
    assert "False alarms (1 of 1):" in text
    assert "summary[1] [name] name WRONG1 is not in the article" in text
    assert "Title Not Kept" not in text  # a title drop is not a summary drop
    assert "False alarms (1 of 1)" not in format_faithfulness(report)


def test_rates_of_an_empty_class_are_none() -> None:
    judged = [Judged(id="x", model="m", label=1, summary="s", kept_whole=True, dropped=[])]
    r = rates(judged)
    assert (r.kept_share, r.flagged_share, r.balanced_accuracy) == (1.0, None, None)


def test_best_threshold_counts_tied_scores_together() -> None:
    assert best_threshold([(0.5, 1), (0.5, 0), (0.2, 0)]) == (0.75, 0.5, 1.0, 0.5)
    assert best_threshold([(0.9, 1), (0.1, 0)]) == (1.0, 0.9, 1.0, 1.0)
    with pytest.raises(ValueError):
        best_threshold([(0.9, 1)])


@pytest.mark.parametrize(
    ("reason", "pattern"),
    [
        ("name Argues is not in the article", "name … is not in the article"),
        ("no article sentence names Julia Louis and Dreyfus and President Selina Meyer together",
         "no article sentence names … together"),
        ("only 0 of 3 content words occur in the article", "only … of … content words occur in the article"),
        ("'Doggie' comes only from text", "… comes only from text"),
        ("It repeats the article's headline", "It repeats the article's headline"),
    ],
)  # fmt: skip
def test_reason_patterns_mask_values(reason: str, pattern: str) -> None:
    assert reason_pattern(reason) == pattern


def test_a_bad_line_is_an_input_error(tmp_path: Path) -> None:
    from brief.errors import InputError

    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "x"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.jsonl:1"):
        load_frank(path)


def test_cli_prints_and_writes_json(tmp_path: Path, stand_in: list[Sequence[str]]) -> None:
    path, out = tmp_path / "slice.jsonl", tmp_path / "report.json"
    path.write_text("".join(r.model_dump_json() + "\n" for r in RECORDS), encoding="utf-8")
    result = CliRunner().invoke(
        app, ["eval", "--faithfulness", str(path), "--show-false-alarms", "1", "--json", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "False alarms (1 of 1):" in result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["overall"]["balanced_accuracy"] == pytest.approx(2 / 3)
    assert data["timing"]["workers"] >= 1


# --- FRANK's valid split ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def frank() -> list[FrankRecord]:
    return load_frank(FRANK)


def test_frank_baselines_match_the_published_figures(frank: list[FrankRecord]) -> None:
    report = {b.metric: b for b in baseline_scores((r.baselines, r.label) for r in frank)}
    published = {
        "BertScore P Art": 0.680,
        "Dep Entail": 0.684,
        "BertScore F1 Art": 0.674,
        "FactCC": 0.667,
        "QAGS": 0.585,
    }
    assert {m: round(report[m].balanced_accuracy, 3) for m in published} == published
    assert report["Dep Entail"].n == 339


def brute_force(scored: list[tuple[float, int]]) -> float:
    def accuracy(t: float) -> float:
        pos = [s for s, label in scored if label == 1]
        neg = [s for s, label in scored if label != 1]
        return (sum(s >= t for s in pos) / len(pos) + sum(s < t for s in neg) / len(neg)) / 2

    return max(accuracy(t) for t in {s for s, _ in scored})


def test_best_threshold_agrees_with_brute_force_on_every_baseline(frank: list[FrankRecord]) -> None:
    for metric in frank[0].baselines:
        scored = [(r.baselines[metric], r.label) for r in frank if metric in r.baselines]
        assert best_threshold(scored)[0] == pytest.approx(brute_force(scored)), metric


def test_real_verifier_on_a_frank_slice(frank: list[FrankRecord]) -> None:
    from brief.verify.verifier import Limits, verify

    ids = sorted({r.id for r in frank})[:2]
    records = [r for r in frank if r.id in ids]  # ten summaries: five systems on two articles
    report = evaluate_faithfulness(records, workers=2)
    assert report.articles == len({r.article for r in records}) == 2
    for r, judged in zip(records, report.judged, strict=True):
        extraction = extract(r.article)
        draft = Draft(title=extraction.sentences[0].text[:200], summary=r.summary)
        _, grounding = verify(draft, r.article, extraction, Limits(), title=faithfulness.NO_HEADLINE)
        summary_drops = [d for d in grounding.dropped if d.field.startswith("summary")]
        assert judged.kept_whole == (not summary_drops)
        assert judged.dropped == summary_drops
    consistent = [j for j in report.judged if j.label == 1]
    assert report.overall.consistent_kept == sum(j.kept_whole for j in consistent)
    assert sum(s.consistent + s.inconsistent for s in report.systems.values()) == 10


def test_the_verifier_on_all_of_franks_valid_split(frank: list[FrankRecord]) -> None:
    """A floor under today's figures on the 375 summaries (docs/verification.md): a change that makes the
    verifier keep fewer faithful summaries or catch fewer unfaithful ones fails here."""
    report = evaluate_faithfulness(frank, workers=2)
    overall = report.overall
    assert overall.balanced_accuracy >= 0.72, overall  # 0.732 at the end of session 51
    assert overall.consistent_kept / overall.consistent >= 0.85, overall  # 0.862
