"""Score hand-written capable-model replies: faithful items kept, planted errors dropped for their reason.

A folder holds ``NAME.reply.json`` (the reply a capable model would give to the full-task prompt, as
JSON text) and ``NAME.labels.json``::

    {"article": "<repo-relative path of the article>", "split": "tune" | "check",
     "items": [{"path": "positions[2].stance", "label": "faithful" | "planted",
                "kind": "negation", "note": "..."}]}

Each reply is served as the model's answer by :class:`ReplyBackend` to the real pipeline
(``summarise`` with ``task="full"`` and a 131,072-token window), so it goes through the same
structured-reply handling, merge and verification as an endpoint's reply.

An item is *dropped* when a ``grounding.dropped`` entry's field is its path or an ancestor of it
(``positions[3]`` covers ``positions[3].stance``); a drop at ``positions[i].actor`` covers the whole
position, which the verifier drops with it. A planted item is dropped *for the right reason* when
one of those entries has a ``kind`` in ``RIGHT_KINDS[item.kind]``. Two checks keep the record honest:
``silent`` lists items no entry covers that are absent from the brief (lost or replaced without a
record), ``misaligned`` the entries whose value is not what the reply has at that field.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from brief.config import Settings
from brief.errors import InputError
from brief.evaluate.reply_cases import RIGHT_KINDS, SPLITS, LabelItem, Labels, ReplyBackend, load_case
from brief.evaluate.reply_paths import covers, in_brief, leaves, parse_path, value_at
from brief.evaluate.text import verbatim_key
from brief.pipeline.job import summarise
from brief.read.inputs import read_path
from brief.schema import Dropped, StrictModel
from brief.tokens import count_tokens, get_encoding

__all__ = [
    "RIGHT_KINDS",
    "CaseResult",
    "ItemResult",
    "LabelItem",
    "Labels",
    "RepliesReport",
    "ReplyBackend",
    "SplitScore",
    "evaluate_replies",
    "load_case",
    "run_case",
    "score",
]

SETTINGS = Settings(task="full", context_window=131072)


class ItemResult(StrictModel):
    path: str
    label: str
    kind: str | None
    note: str
    value: str
    kept: bool
    right_reason: bool | None
    in_brief: bool | None
    drops: list[Dropped]
    with_planted: bool = False  # a faithful item that went only because a planted item it sits in went


class CaseResult(StrictModel):
    name: str
    split: str
    items: list[ItemResult]
    dropped: list[Dropped]
    misaligned: list[Dropped]
    warnings: list[str]
    requests: int
    reply_tokens: int
    max_tokens: int
    seconds: float


class Share(StrictModel):
    n: int
    hits: int
    share: float | None


class SplitScore(StrictModel):
    faithful_kept: Share  # faithful items, not counting those that went with a planted parent or sibling
    faithful_with_planted: int  # faithful items that went only with a dropped planted item
    planted_dropped: Share
    planted_right_reason: Share
    kinds: dict[str, tuple[Share, Share]]  # planted kind -> (dropped, right reason)
    fields: dict[str, Share]  # faithful items kept, by field (title, summary, role, stance, ...)


class RepliesReport(StrictModel):
    cases: list[CaseResult]
    splits: dict[str, SplitScore]
    seconds: float

    def items(self, split: str | None = None) -> list[tuple[CaseResult, ItemResult]]:
        return [(c, i) for c in self.cases if split in (None, c.split) for i in c.items]

    def to_json(self) -> str:
        return self.model_dump_json(indent=2)


def evaluate_replies(directory: Path, *, settings: Settings = SETTINGS) -> RepliesReport:
    """Run every labelled reply in ``directory`` through the pipeline and score it.

    Raises:
        InputError: the folder has no labelled replies, or a case cannot be used.
    """
    names = sorted(p.name.removesuffix(".labels.json") for p in directory.glob("*.labels.json"))
    if not names:
        raise InputError(f"no NAME.labels.json in {directory}: pass a folder of labelled replies")
    started = time.perf_counter()
    cases = [run_case(name, *load_case(directory, name), settings=settings) for name in names]
    splits = {s: score([i for c in cases if c.split == s for i in c.items]) for s in SPLITS}
    splits["all"] = score([i for c in cases for i in c.items])
    return RepliesReport(cases=cases, splits=splits, seconds=round(time.perf_counter() - started, 2))


def run_case(name: str, labels: Labels, text: str, article_path: Path, *, settings: Settings) -> CaseResult:
    """Serve ``text`` as the model's reply for the article and judge every labelled item."""
    started = time.perf_counter()
    (article,) = read_path(article_path)[:1]
    backend = ReplyBackend(text, context_window=settings.context_window or 131072)
    brief = summarise(article, backend=backend, settings=settings)
    dropped = brief.grounding.dropped
    try:
        data: Any = json.loads(text)
    except ValueError:
        data = {}
    planted = {i.path for i in labels.items if i.label == "planted"}
    items = [_judge(item, data, dropped, brief.model_dump(), planted) for item in labels.items]
    return CaseResult(
        name=name,
        split=labels.split,
        items=items,
        dropped=dropped,
        misaligned=[d for d in dropped if not _aligned(d, data)],
        warnings=brief.warnings,
        requests=len(backend.max_tokens),
        reply_tokens=count_tokens(text, get_encoding(None)[0]),
        max_tokens=max(backend.max_tokens, default=0),
        seconds=round(time.perf_counter() - started, 2),
    )


def _judge(
    item: LabelItem, data: Any, dropped: Sequence[Dropped], brief: dict[str, Any], planted: set[str]
) -> ItemResult:
    drops = [d for d in dropped if covers(d.field, item.path)]
    value = value_at(data, item.path) if isinstance(data, dict) else None
    right = None
    if item.label == "planted" and item.kind is not None:
        right = any(d.kind in RIGHT_KINDS[item.kind] for d in drops)
    return ItemResult(
        path=item.path,
        label=item.label,
        kind=item.kind,
        note=item.note,
        value=value or "",
        kept=not drops,
        right_reason=right,
        in_brief=in_brief(item.path, value, brief) if value else None,
        drops=drops,
        with_planted=item.label == "faithful"
        and bool(drops)
        and all(_from_planted(d, planted, data) for d in drops),
    )


def _from_planted(drop: Dropped, planted: set[str], data: Any) -> bool:
    """True when ``drop`` is a planted item's own drop, or an item lost with a dropped planted one
    (a faithful quote under a planted stance cannot survive the stance's drop, nor one under a
    planted question, which goes whole: its drop is at ``open_questions[i]`` with the question's text)."""
    if any(covers(p, drop.field) for p in planted):
        return True
    key = verbatim_key(drop.value).casefold()[:200]
    if any(covers(drop.field, p) and key == _value_key(data, p) for p in planted):
        return True
    parent = _LOST.search(drop.reason) if drop.kind == "lost" else None
    return parent is not None and any(covers(p, parent.group(1)) for p in planted)


def _value_key(data: Any, path: str) -> str:
    value = value_at(data, path) if isinstance(data, dict) else None
    return verbatim_key(value).casefold()[:200] if isinstance(value, str) else ""


_LOST = re.compile(r"lost with (\S+?),? which")


def _aligned(drop: Dropped, data: Any) -> bool:
    """True when ``drop.value`` is (part of) what the reply has at ``drop.field``, or the field is no path."""
    try:
        parse_path(drop.field)
    except ValueError:
        return True  # "article" and other non-draft fields
    found = [verbatim_key(v).casefold() for v in leaves(data, drop.field)] if isinstance(data, dict) else []
    key = verbatim_key(drop.value).casefold()
    return any(key[:200] in v or (v and v in key) for v in found)


def _share(hits: int, n: int) -> Share:
    return Share(n=n, hits=hits, share=hits / n if n else None)


def score(items: Sequence[ItemResult]) -> SplitScore:
    """The shares over ``items``: faithful kept, planted dropped, right reason; per kind and field."""
    faithful = [i for i in items if i.label == "faithful" and not i.with_planted]
    planted = [i for i in items if i.label == "planted"]
    kinds: dict[str, tuple[Share, Share]] = {}
    for kind in sorted({i.kind or "" for i in planted}):
        group = [i for i in planted if i.kind == kind]
        kinds[kind] = (
            _share(sum(not i.kept for i in group), len(group)),
            _share(sum(bool(i.right_reason) for i in group), len(group)),
        )
    fields: dict[str, Share] = {}
    for name in sorted({_field(i.path) for i in faithful}):
        group = [i for i in faithful if _field(i.path) == name]
        fields[name] = _share(sum(i.kept for i in group), len(group))
    return SplitScore(
        faithful_kept=_share(sum(i.kept for i in faithful), len(faithful)),
        faithful_with_planted=sum(i.with_planted for i in items),
        planted_dropped=_share(sum(not i.kept for i in planted), len(planted)),
        planted_right_reason=_share(sum(bool(i.right_reason) for i in planted), len(planted)),
        kinds=kinds,
        fields=fields,
    )


def _field(path: str) -> str:
    """``positions[2].evidence[0]`` -> ``positions.evidence``."""
    return ".".join(str(step) for step in parse_path(path) if isinstance(step, str))
