"""Figure 9: what verification costs, on the seed with a capable model's full brief and on a 5,000-token
article with a brief as long as the verifier keeps, against the pipeline's own overhead (figure 2)."""

from __future__ import annotations

import json

from bench.corpus import ROOT, SEED, text_of_tokens
from bench.measure import Goal, Row, Section, Timing, timed
from brief.extract import Extraction, extract, load_nlp
from brief.schema import Draft
from brief.tokens import get_encoding
from brief.verify import verify

__all__ = ["verification_cost"]

SHARE = 0.10  # of the pipeline overhead measured in figure 2 before the claim-level verifier
BEFORE_S = {"seed": 0.155, "5,000 tokens": 0.958}  # figure 2, commit 9a7823c (bench/results.json then)
REPLY = ROOT / "tests" / "fixtures" / "capable" / "seed_coalition.reply.json"


def _cases(tokens: int) -> list[tuple[str, str, Draft]]:
    seed = SEED.read_text(encoding="utf-8")
    long = text_of_tokens(tokens, get_encoding(None)[0])
    long_draft, _ = verify(None, long, extract(long))  # a brief as long as the verifier keeps
    return [
        ("seed", seed, Draft.model_validate(json.loads(REPLY.read_text(encoding="utf-8")))),
        (f"{tokens:,} tokens", long, long_draft),
    ]


def _seconds(draft: Draft, text: str, extraction: Extraction) -> float:
    return timed(lambda: verify(draft, text, extraction))[0]


def verification_cost(runs: int, tokens: int = 5_000) -> Section:
    """Median seconds of ``verify`` (extraction done before, spaCy loaded), per case."""
    load_nlp()
    section = Section(
        data={"goal_share_of_overhead": SHARE, "before_overhead_s": BEFORE_S},
        notes=[
            "Figure 9 times verify() alone: the article's extraction is made first and spaCy is loaded, "
            "as in the pipeline, where verification follows extraction. The seed's brief is the hand-written "
            "capable reply in tests/fixtures/capable; the long article's is the extractive skeleton."
        ],
    )
    for label, text, draft in _cases(tokens):
        extraction = extract(text)
        verify(draft, text, extraction)  # untimed: claim parsing warmed
        samples = [_seconds(draft, text, extraction) for _ in range(runs)]
        timing = Timing.of(samples)
        before = BEFORE_S.get(label)
        goal = before * SHARE if before else None
        met = timing.median <= goal if goal else None
        items = 2 + len(draft.actors) + 2 * len(draft.positions) + 2 * len(draft.open_questions)
        section.rows.append(
            Row(
                "9 verify",
                f"{label}: verify a {items}-item brief",
                f"{timing.median:.3f} s",
                f"{timing.min:.3f}–{timing.max:.3f} (n={timing.n})",
                f"≤ {goal:.3f} s" if goal else "",
                met,
            )
        )
        if goal is not None and met is not None:
            section.goals.append(
                Goal(
                    "9 verify",
                    f"{label}: verification ≤ 10% of the pipeline overhead before it ({before} s)",
                    f"{timing.median:.3f} s = {timing.median / before:.0%} of it",
                    met,
                )
            )
        section.data[label] = {
            "median_s": round(timing.median, 4),
            "samples_s": [round(s, 4) for s in samples],
        }
    return section
