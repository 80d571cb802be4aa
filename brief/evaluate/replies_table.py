"""Plain-text report of ``brief eval --replies``: shares per split and kind, then every miss."""

from __future__ import annotations

from brief.evaluate.replies import CaseResult, ItemResult, RepliesReport, Share, SplitScore

__all__ = ["format_replies"]


def _share(s: Share) -> str:
    return f"{s.hits}/{s.n} = {s.share:.2f}" if s.share is not None else "-"


def format_replies(report: RepliesReport) -> str:
    """Per split: faithful kept, planted dropped and dropped for the right reason, per kind; then misses."""
    lines = [f"{len(report.cases)} labelled replies run through the pipeline in {report.seconds:.1f} s", ""]
    used = {c.split for c in report.cases}
    for split, score in report.splits.items():
        cases = [c for c in report.cases if split in ("all", c.split)]
        if cases and (split != "all" or len(used) > 1):
            lines += _split(split, len(cases), score)
    lines += _misses(report)
    lines += _checks(report)
    return "\n".join(lines).rstrip()


def _split(split: str, cases: int, s: SplitScore) -> list[str]:
    lines = [
        f"{split} ({cases} replies)",
        f"  faithful kept                 {_share(s.faithful_kept)}",
        f"  (faithful items that went with a planted one, not counted: {s.faithful_with_planted})",
        f"  planted dropped               {_share(s.planted_dropped)}",
        f"  planted dropped, right reason {_share(s.planted_right_reason)}",
    ]
    lines += [
        f"    {k:<15} dropped {_share(d):<15} right reason {_share(r)}" for k, (d, r) in s.kinds.items()
    ]
    lines += [f"    faithful {f:<24} kept {_share(v)}" for f, v in s.fields.items()]
    return [*lines, ""]


def _drops(item: ItemResult) -> str:
    return "; ".join(f"{d.field} [{d.kind or '-'}] {d.reason}" for d in item.drops)


def _misses(report: RepliesReport) -> list[str]:
    lines: list[str] = []
    for case, item in report.items():
        if item.label == "faithful" and not item.kept:
            what = f"faithful dropped: {_drops(item)}"
        elif item.label == "planted" and item.kept:
            what = f"planted {item.kind} kept"
        elif item.label == "planted" and not item.right_reason:
            what = f"planted {item.kind} dropped for another reason: {_drops(item)}"
        else:
            continue
        lines += [f"- {case.name} {item.path}: {what}", f"    {item.value[:160]}"]
        if item.note:
            lines.append(f"    note: {item.note[:160]}")
    return ["Misses:", *(lines or ["  (none)"]), ""]


def _checks(report: RepliesReport) -> list[str]:
    lines: list[str] = []
    for case in report.cases:
        lines += _case_checks(case)
    return ["Checks:", *(lines or ["  (all clean)"])]


def _case_checks(case: CaseResult) -> list[str]:
    lines = [
        f"- {case.name} {i.path}: no drop recorded, but it is not in the brief: {i.value[:120]}"
        for i in case.items
        if i.kept and i.in_brief is False
    ]
    lines += [
        f"- {case.name}: drop at {d.field} does not match the reply there: {d.value[:120]}"
        for d in case.misaligned
    ]
    lines += [f"- {case.name}: warning: {w[:200]}" for w in case.warnings]
    if case.requests != 1:
        lines.append(f"- {case.name}: the pipeline sent {case.requests} requests, not one")
    if case.reply_tokens > case.max_tokens:
        lines.append(
            f"- {case.name}: the reply is ~{case.reply_tokens} tokens; the request allowed {case.max_tokens} "
            "(served whole here; a real endpoint would cut it off)"
        )
    return lines
