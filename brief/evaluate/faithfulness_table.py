"""Plain-text report of ``brief eval --faithfulness``: rates per system, reasons, baselines, examples."""

from __future__ import annotations

from collections.abc import Sequence

from brief.evaluate.faithfulness import FaithfulnessReport, Judged, Rates, ReasonCount

__all__ = ["format_faithfulness"]

TOP_REASONS = 10


def format_faithfulness(report: FaithfulnessReport, *, show_false_alarms: int = 0) -> str:
    """The report as text; ``show_false_alarms`` adds that many false alarms with their drops."""
    t = report.timing
    lines = [
        f"Verifier on {report.summaries} labelled summaries of {report.articles} articles "
        "(full-brief mode, Limits()):",
        "",
        *_rates_table(report),
        "",
        f"False alarms (consistent summaries not kept whole: {len(report.false_alarms)}), by reason:",
        *_reasons(report.false_alarm_reasons),
        "",
        "Catches (inconsistent summaries flagged), by reason:",
        *_reasons(report.catch_reasons),
        "",
        "Baselines (FRANK's scores, threshold tuned on this file; score >= threshold = consistent):",
        *_baselines(report),
        "",
        f"Time: extraction {t.extract_seconds:.1f} s ({report.articles} articles, {t.workers} worker(s)), "
        f"verification {t.verify_seconds:.1f} s, total {t.total_seconds:.1f} s",
    ]
    if show_false_alarms > 0:
        alarms = report.false_alarms
        lines += ["", f"False alarms ({min(show_false_alarms, len(alarms))} of {len(alarms)}):"]
        lines += [line for j in alarms[:show_false_alarms] for line in _example(j)]
    return "\n".join(lines)


def _share(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _rates_table(report: FaithfulnessReport) -> list[str]:
    header = ("system", "n", "consistent kept", "", "inconsistent flagged", "", "balanced acc")
    rows = [_rates_row(name, r) for name, r in report.systems.items()]
    rows.append(_rates_row("all", report.overall))
    return _table(header, rows)


def _rates_row(name: str, r: Rates) -> tuple[str, ...]:
    return (
        name,
        str(r.consistent + r.inconsistent),
        f"{r.consistent_kept}/{r.consistent}",
        _share(r.kept_share),
        f"{r.inconsistent_flagged}/{r.inconsistent}",
        _share(r.flagged_share),
        _share(r.balanced_accuracy),
    )


def _reasons(counts: Sequence[ReasonCount]) -> list[str]:
    if not counts:
        return ["  (none)"]
    rows = [(str(c.summaries), str(c.entries), c.kind or "-", c.pattern) for c in counts[:TOP_REASONS]]
    more = len(counts) - TOP_REASONS
    tail = [f"  ... and {more} more pattern(s) (see --json)"] if more > 0 else []
    return _table(("summaries", "drops", "kind", "reason"), rows, left=(2, 3)) + tail


def _baselines(report: FaithfulnessReport) -> list[str]:
    rows = [
        (
            b.metric,
            _share(b.balanced_accuracy),
            f"{b.threshold:.4g}",
            _share(b.kept_share),
            _share(b.flagged_share),
            str(b.n),
        )
        for b in report.baselines
    ]
    rows.append(
        (
            "brief verifier",
            _share(report.overall.balanced_accuracy),
            "-",
            _share(report.overall.kept_share),
            _share(report.overall.flagged_share),
            str(report.summaries),
        )
    )
    return _table(("metric", "balanced acc", "threshold", "kept", "flagged", "n"), rows)


def _example(judged: Judged) -> list[str]:
    lines = [f"- {judged.id[:12]} {judged.model}: {judged.summary}"]
    for d in judged.dropped:
        lines.append(f"    {d.field} [{d.kind or '-'}] {d.reason}")
        lines.append(f"      dropped: {d.value}")
    return lines


def _table(
    header: tuple[str, ...], rows: Sequence[tuple[str, ...]], left: tuple[int, ...] = (0,)
) -> list[str]:
    """Fixed-width columns, indented by two spaces; the ``left`` columns are left-aligned."""
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: tuple[str, ...]) -> str:
        parts = [
            c.ljust(w) if i in left else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return ("  " + "  ".join(parts)).rstrip()

    return [line(header), *(line(r) for r in rows)]
