"""How well the verifier tells faithful summaries from unfaithful ones, on FRANK's labelled summaries.

Each record of a FRANK jsonl file (``article``, ``summary``, ``label`` 1 = consistent, ``model``,
``baselines``) is checked by the real verifier in the mode that checks a capable model's full brief
(``Limits()``, not ``strict_text``): ``verify(Draft(title=<the article's first sentence>,
summary=summary), article, extract(article), Limits(), title=NO_HEADLINE)``. FRANK's articles have
no headline, so the article's own headline passed to the verifier is a neutral placeholder: the
check that drops a summary sentence repeating the headline is not what is measured here. Each
distinct article is extracted once.

A summary is *kept whole* when no dropped entry's field starts with ``summary``. Balanced accuracy
is the mean of the share of consistent summaries kept whole and the share of inconsistent ones
flagged (at least one sentence dropped). Each FRANK baseline metric is scored the same way at the
threshold that maximises its balanced accuracy on the same file (``score >= threshold`` = consistent).

    report = evaluate_faithfulness(load_frank(Path("valid.jsonl")), workers=2)
    print(format_faithfulness(report, show_false_alarms=3))
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from brief.errors import InputError
from brief.evaluate.thresholds import BaselineScore, baseline_scores, best_threshold
from brief.extract import Extraction, ExtractionPool, extract
from brief.schema import Draft, Dropped, StrictModel
from brief.verify.verifier import Limits, verify

__all__ = [
    "NO_HEADLINE",
    "BaselineScore",
    "FaithfulnessReport",
    "FrankRecord",
    "Judged",
    "Rates",
    "ReasonCount",
    "best_threshold",
    "evaluate_faithfulness",
    "load_frank",
    "rates",
    "reason_counts",
    "reason_pattern",
]

NO_HEADLINE = "(no headline)"
Extractor = Callable[[Sequence[str]], list[Extraction]]


class FrankRecord(BaseModel):
    """One labelled summary (FRANK's other fields, such as ``summary_raw``, are ignored)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str
    model: str
    article: str
    summary: str
    label: int
    baselines: dict[str, float] = {}


class Judged(StrictModel):
    """The verifier's verdict on one summary: the drops of its summary sentences."""

    id: str
    model: str
    label: int
    summary: str
    kept_whole: bool
    dropped: list[Dropped]


class Rates(StrictModel):
    """Consistent summaries kept whole and inconsistent ones flagged (``None``: no such summary)."""

    consistent: int
    consistent_kept: int
    inconsistent: int
    inconsistent_flagged: int
    kept_share: float | None
    flagged_share: float | None
    balanced_accuracy: float | None


class ReasonCount(StrictModel):
    """A reason pattern (quoted values, numbers and names masked as ``…``) and how often it fired."""

    pattern: str
    kind: str
    summaries: int
    entries: int


class Timing(StrictModel):
    extract_seconds: float
    verify_seconds: float
    total_seconds: float
    workers: int


class FaithfulnessReport(StrictModel):
    """What ``brief eval --faithfulness`` prints and writes as JSON."""

    summaries: int
    articles: int
    overall: Rates
    systems: dict[str, Rates]
    false_alarm_reasons: list[ReasonCount]
    catch_reasons: list[ReasonCount]
    baselines: list[BaselineScore]
    timing: Timing
    judged: list[Judged]

    @property
    def false_alarms(self) -> list[Judged]:
        """Consistent summaries the verifier did not keep whole."""
        return [j for j in self.judged if j.label == 1 and not j.kept_whole]

    def to_json(self) -> str:
        return self.model_dump_json(indent=2)


def load_frank(path: Path) -> list[FrankRecord]:
    """The records of a FRANK jsonl file.

    Raises:
        InputError: the file cannot be read or a line is not a FRANK record.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read {path} ({exc}): pass a FRANK .jsonl file") from exc
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            records.append(FrankRecord.model_validate(json.loads(line)))
        except (ValueError, ValidationError) as exc:
            raise InputError(f"{path}:{number} is not a FRANK record: {str(exc)[:200]}") from exc
    if not records:
        raise InputError(f"{path} holds no records: pass a FRANK .jsonl file")
    return records


def evaluate_faithfulness(
    records: Sequence[FrankRecord], *, workers: int = 1, extractor: Extractor | None = None
) -> FaithfulnessReport:
    """Run the verifier on every summary and score it (``workers`` > 1 extracts in worker processes)."""
    started = time.perf_counter()
    texts = list(dict.fromkeys(r.article for r in records))
    extractions = dict(zip(texts, (extractor or _extractor(workers))(texts), strict=True))
    extracted = time.perf_counter()
    judged = [_judge(r, extractions[r.article]) for r in records]
    verified = time.perf_counter()
    false_alarms = [j for j in judged if j.label == 1 and not j.kept_whole]
    catches = [j for j in judged if j.label == 0 and not j.kept_whole]
    return FaithfulnessReport(
        summaries=len(records),
        articles=len(texts),
        overall=rates(judged),
        systems={m: rates([j for j in judged if j.model == m]) for m in sorted({j.model for j in judged})},
        false_alarm_reasons=reason_counts(false_alarms),
        catch_reasons=reason_counts(catches),
        baselines=baseline_scores((r.baselines, r.label) for r in records),
        timing=Timing(
            extract_seconds=round(extracted - started, 2),
            verify_seconds=round(verified - extracted, 2),
            total_seconds=round(time.perf_counter() - started, 2),
            workers=workers,
        ),
        judged=judged,
    )


def _extractor(workers: int) -> Extractor:
    def run(texts: Sequence[str]) -> list[Extraction]:
        if workers <= 1 or len(texts) <= 1:
            return [extract(t) for t in texts]
        pool = ExtractionPool(workers)
        try:
            futures = [pool.submit(t) for t in texts]
            return [pool.result(f, t) for f, t in zip(futures, texts, strict=True)]
        finally:
            pool.close()

    return run


def _judge(record: FrankRecord, extraction: Extraction) -> Judged:
    first = extraction.sentences[0].text if extraction.sentences else record.article[:200]
    draft = Draft(title=first[:200], summary=record.summary)
    _, grounding = verify(draft, record.article, extraction, Limits(), title=NO_HEADLINE)
    dropped = [d for d in grounding.dropped if d.field.startswith("summary")]
    return Judged(
        id=record.id,
        model=record.model,
        label=record.label,
        summary=record.summary,
        kept_whole=not dropped,
        dropped=dropped,
    )


def rates(judged: Sequence[Judged]) -> Rates:
    """Kept and flagged shares and their mean over ``judged``."""
    consistent = [j for j in judged if j.label == 1]
    inconsistent = [j for j in judged if j.label != 1]
    kept = sum(j.kept_whole for j in consistent)
    flagged = sum(not j.kept_whole for j in inconsistent)
    return _rates(len(consistent), kept, len(inconsistent), flagged)


def _rates(consistent: int, kept: int, inconsistent: int, flagged: int) -> Rates:
    kept_share = kept / consistent if consistent else None
    flagged_share = flagged / inconsistent if inconsistent else None
    both = kept_share is not None and flagged_share is not None
    return Rates(
        consistent=consistent,
        consistent_kept=kept,
        inconsistent=inconsistent,
        inconsistent_flagged=flagged,
        kept_share=kept_share,
        flagged_share=flagged_share,
        balanced_accuracy=(kept_share + flagged_share) / 2 if both else None,  # type: ignore[operator]
    )


_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|“[^”]*”|‘[^’]*’")
_VALUE = re.compile(r"\S*\d\S*|\b[A-Z][\w'’.&-]*")
_MASKS = re.compile(r"…(?:(?:[\s,]+|\s+and\s+|\s+or\s+)…)*")


def reason_pattern(reason: str) -> str:
    """``reason`` with its values masked: quoted text, numbers and capitalised names (not the first word);
    a list of masked values is one mask.

    >>> reason_pattern("name Argues is not in the article")
    'name … is not in the article'
    """
    head, _, tail = _QUOTED.sub("…", reason).partition(" ")
    return f"{head} {_MASKS.sub('…', _VALUE.sub('…', tail))}".strip()


def reason_counts(judged: Sequence[Judged]) -> list[ReasonCount]:
    """Drop reasons by (pattern, kind), most summaries first: in how many summaries, how many entries."""
    entries: Counter[tuple[str, str]] = Counter()
    summaries: Counter[tuple[str, str]] = Counter()
    for j in judged:
        keys = [(reason_pattern(d.reason), d.kind) for d in j.dropped]
        entries.update(keys)
        summaries.update(set(keys))
    ranked = sorted(summaries, key=lambda k: (-summaries[k], -entries[k], k))
    return [
        ReasonCount(pattern=p, kind=k, summaries=summaries[p, k], entries=entries[p, k]) for p, k in ranked
    ]
