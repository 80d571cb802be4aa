"""``brief eval``: score briefs against hand-made gold annotations.

A folder holds ``NAME.txt`` articles, each with ``NAME.gold.json``. ``evaluate_dir`` either
runs a pipeline on every article (``run``: path -> (brief JSON, seconds, tokens)) or reads
existing briefs from ``briefs_dir/NAME.json``, scores each with ``score_brief`` and totals them.

    report = evaluate_dir(Path("tests/fixtures/eval"), briefs_dir=Path("outputs"))
    print(format_table(report.articles, report.totals))
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from brief.errors import InputError
from brief.evaluate.claims import ClaimFlag
from brief.evaluate.gold import Gold, GoldActor, GoldPosition, load_gold
from brief.evaluate.score import ArticleScore, score_brief
from brief.read.inputs import read_path
from brief.schema import StrictModel

__all__ = [
    "ArticleScore",
    "ClaimFlag",
    "EvalReport",
    "Gold",
    "GoldActor",
    "GoldPosition",
    "RunFn",
    "Totals",
    "aggregate",
    "evaluate_dir",
    "format_table",
    "load_gold",
    "load_splits",
    "score_brief",
]

RunFn = Callable[[Path], tuple[dict[str, Any], float, int]]
"""Runs the pipeline on one article file: returns (brief JSON, seconds taken, tokens used)."""

GOLD_SUFFIX = ".gold.json"
SPLITS_FILE = "splits.json"
SPLITS = (
    "tune", "check", "check2", "check3", "check4", "check5", "check6", "check7", "check8", "check9",
    "check10", "check11", "check12", "check13", "check14", "check15",
)  # fmt: skip


class Totals(StrictModel):
    """Means over articles, except the verbatim rate and attribution precision, which are pooled over
    all evidence strings, and the duplicate and non-actor counts, which are summed."""

    articles: int
    core_recall: float
    all_recall: float
    actor_precision: float
    position_recall: float
    attribution_precision: float | None
    evidence_judged: int
    evidence_attributed: int
    duplicate_actors: int
    non_actors: int
    verbatim_rate: float | None
    evidence_found: int
    evidence_total: int
    questions: int
    questions_with_evidence: int
    min_questions_with_evidence: int
    mnc_flags: int
    seconds_mean: float | None
    seconds_max: float | None
    tokens: int | None


class EvalReport(StrictModel):
    """Per-article scores and totals; ``to_json`` is what ``brief eval --json`` writes."""

    articles: list[ArticleScore]
    totals: Totals

    @property
    def verbatim_ok(self) -> bool:
        """True when every evidence string was found in its article."""
        return self.totals.evidence_found == self.totals.evidence_total

    def to_json(self) -> str:
        """The report as indented JSON."""
        return self.model_dump_json(indent=2)


def aggregate(scores: Sequence[ArticleScore]) -> Totals:
    """Totals over ``scores``: means per article, pooled verbatim rate, summed counts."""
    n = len(scores)
    found = sum(s.evidence_found for s in scores)
    total = sum(s.evidence_total for s in scores)
    seconds = [s.seconds for s in scores if s.seconds is not None]
    tokens = [s.tokens for s in scores if s.tokens is not None]
    judged = sum(s.evidence_judged for s in scores)
    attributed = sum(s.evidence_attributed for s in scores)
    return Totals(
        articles=n,
        core_recall=_mean([s.core_recall for s in scores]),
        all_recall=_mean([s.all_recall for s in scores]),
        actor_precision=_mean([s.actor_precision for s in scores]),
        position_recall=_mean([s.position_recall for s in scores]),
        attribution_precision=attributed / judged if judged else None,
        evidence_judged=judged,
        evidence_attributed=attributed,
        duplicate_actors=sum(len(s.duplicate_actors) for s in scores),
        non_actors=sum(len(s.non_actors) for s in scores),
        verbatim_rate=found / total if total else None,
        evidence_found=found,
        evidence_total=total,
        questions=sum(s.questions for s in scores),
        questions_with_evidence=sum(s.questions_with_evidence for s in scores),
        min_questions_with_evidence=min((s.questions_with_evidence for s in scores), default=0),
        mnc_flags=sum(len(s.mnc_flags) for s in scores),
        seconds_mean=_mean(seconds) if seconds else None,
        seconds_max=max(seconds) if seconds else None,
        tokens=sum(tokens) if tokens else None,
    )


_COLUMNS = ("article", "core_rec", "all_rec", "precision", "pos_rec", "attrib", "dups", "non_act",
            "verbatim", "questions", "mnc", "seconds", "tokens")  # fmt: skip


def format_table(scores: Sequence[ArticleScore], totals: Totals) -> str:
    """A plain fixed-width table: one row per article, then TOTAL (means; attribution and verbatim
    pooled; duplicates and non-actors summed)."""
    rows = [_row(s) for s in scores]
    rows.append(_total_row(totals))
    widths = [max(len(r[i]) for r in [_COLUMNS, *rows]) for i in range(len(_COLUMNS))]
    lines = [_line(_COLUMNS, widths), _line(tuple("-" * w for w in widths), widths)]
    lines += [_line(r, widths) for r in rows[:-1]]
    lines += [_line(tuple("-" * w for w in widths), widths), _line(rows[-1], widths)]
    return "\n".join(lines)


def _row(s: ArticleScore) -> tuple[str, ...]:
    recall = map(_num, (s.core_recall, s.all_recall, s.actor_precision, s.position_recall))
    actors = (_num(s.attribution_precision), str(len(s.duplicate_actors)), str(len(s.non_actors)))
    questions = f"{s.questions_with_evidence}/{s.questions}"
    return (s.name, *recall, *actors, _num(s.verbatim_rate), questions, str(len(s.mnc_flags)),
            _num(s.seconds, 1), _int(s.tokens))  # fmt: skip


def _total_row(t: Totals) -> tuple[str, ...]:
    recall = map(_num, (t.core_recall, t.all_recall, t.actor_precision, t.position_recall))
    actors = (_num(t.attribution_precision), str(t.duplicate_actors), str(t.non_actors))
    questions = f"{t.questions_with_evidence}/{t.questions}"
    return ("TOTAL", *recall, *actors, _num(t.verbatim_rate), questions, str(t.mnc_flags),
            _num(t.seconds_mean, 1), _int(t.tokens))  # fmt: skip


def _int(value: int | None) -> str:
    return "-" if value is None else str(value)


def _line(cells: tuple[str, ...], widths: list[int]) -> str:
    first = cells[0].ljust(widths[0])
    rest = [c.rjust(w) for c, w in zip(cells[1:], widths[1:], strict=True)]
    return "  ".join([first, *rest]).rstrip()


def _num(value: float | None, places: int = 2) -> str:
    return "-" if value is None else f"{value:.{places}f}"


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def evaluate_dir(
    directory: Path, *, run: RunFn | None = None, briefs_dir: Path | None = None, split: str | None = None
) -> EvalReport:
    """Score every ``NAME.txt`` in ``directory`` that has a ``NAME.gold.json``.

    Args:
        directory: the evaluation set.
        run: called with each article path; returns (brief JSON, seconds, tokens).
        briefs_dir: instead of ``run``, read the brief for ``NAME.txt`` from ``briefs_dir/NAME.json``.
        split: only the articles that ``directory/splits.json`` assigns to this half ("tune" or
            "check"); None scores every article.

    Raises:
        InputError: no articles, a missing gold file or brief, unreadable JSON, neither
            ``run`` nor ``briefs_dir`` given, or a split without a valid ``splits.json``; the
            message names the file and the fix.
    """
    if (run is None) == (briefs_dir is None):
        raise InputError("evaluate needs exactly one source of briefs: a pipeline to run or a briefs folder")
    articles = _articles(directory)
    if split is not None:
        if split not in SPLITS:
            raise InputError(f"unknown split {split!r}; use one of: {', '.join(SPLITS)}")
        splits = load_splits(directory)
        articles = [path for path in articles if _split_of(path, splits) == split]
    scores = [_score_one(path, run, briefs_dir) for path in articles]
    return EvalReport(articles=scores, totals=aggregate(scores))


def load_splits(directory: Path) -> dict[str, str]:
    """``directory/splits.json``: article name (``NAME`` of ``NAME.txt``) -> one of ``SPLITS``.

    Raises:
        InputError: the file is missing, not a JSON object of names to a split.
    """
    path = directory / SPLITS_FILE
    if not path.is_file():
        raise InputError(
            f"{SPLITS_FILE} not found in {directory}: write one mapping each article name to "
            f"{', '.join(SPLITS[:-1])} or {SPLITS[-1]}, or leave out --split"
        )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{SPLITS_FILE}: not readable JSON ({exc}); fix the syntax") from exc
    if not isinstance(data, dict) or not all(isinstance(k, str) and v in SPLITS for k, v in data.items()):
        raise InputError(f"{SPLITS_FILE}: must map each article name to one of: {', '.join(SPLITS)}")
    return data


def _split_of(path: Path, splits: dict[str, str]) -> str:
    if path.stem not in splits:
        raise InputError(f"{path.stem} has no split in {SPLITS_FILE}: add it as one of: {', '.join(SPLITS)}")
    return splits[path.stem]


def _articles(directory: Path) -> list[Path]:
    if not directory.is_dir():
        raise InputError(
            f"evaluation folder not found: {directory}; pass a folder of NAME.txt + NAME.gold.json"
        )
    articles = sorted(directory.glob("*.txt"))
    if not articles:
        raise InputError(f"no NAME.txt articles in {directory}; add articles with NAME.gold.json beside them")
    for path in articles:
        gold = path.with_name(path.stem + GOLD_SUFFIX)
        if not gold.is_file():
            raise InputError(f"{gold.name} is missing in {directory}: write the gold file for {path.name}")
    return articles


def _score_one(path: Path, run: RunFn | None, briefs_dir: Path | None) -> ArticleScore:
    gold = load_gold(path.with_name(path.stem + GOLD_SUFFIX))
    text = read_path(path)[0].text  # decoded exactly as the pipeline decodes it (cp1252, UTF-16 ...)
    if run is not None:
        brief, seconds, tokens = run(path)
        score = score_brief(brief, gold, text, name=path.stem)
        return score.model_copy(update={"seconds": seconds, "tokens": tokens})
    assert briefs_dir is not None
    brief = _load_brief(briefs_dir / f"{path.stem}.json")
    return score_brief(brief, gold, text, name=path.stem).model_copy(update={"tokens": _usage_tokens(brief)})


def _load_brief(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise InputError(
            f"brief {path.name} not found in {path.parent}: run `brief run` on the article first"
        )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(
            f"{path.name}: not readable brief JSON ({exc}); regenerate it with `brief run`"
        ) from exc
    if not isinstance(data, dict):
        raise InputError(f"{path.name}: a brief must be a JSON object; regenerate it with `brief run`")
    return data


def _usage_tokens(brief: dict[str, Any]) -> int | None:
    usage = brief.get("usage")
    if not isinstance(usage, dict):
        return None
    counts = [usage.get("prompt_tokens", 0), usage.get("completion_tokens", 0)]
    return sum(c for c in counts if isinstance(c, int))
