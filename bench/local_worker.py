"""Figure 6 worker: one fresh process briefs an article with the embedded model, cold and then warm.

``python -m bench.local_worker LAUNCHED ARTICLE WARM_RUNS [MAX_OUTPUT]`` prints one JSON object. LAUNCHED
is the parent's ``time.time()`` just before it spawned this process, so the cold figure includes the
interpreter start and every import.
"""

from __future__ import annotations

import time

STARTED = time.time()

import json  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Mapping, Sequence  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from brief.backends.base import Backend, Message, Reply  # noqa: E402
from brief.config import Settings  # noqa: E402
from brief.extract import load_nlp  # noqa: E402
from brief.pipeline.briefer import Briefer  # noqa: E402
from brief.read.articles import article_from_text  # noqa: E402

IMPORTED = time.time()


class Timed:
    """Passes requests through and adds up the seconds spent inside the model."""

    def __init__(self, inner: Backend) -> None:
        self.inner, self.seconds = inner, 0.0
        self.engine, self.model, self.context_window = inner.engine, inner.model, inner.context_window

    def complete(self, messages: Sequence[Message], schema: Mapping[str, Any], *, max_tokens: int) -> Reply:
        """The inner reply, timed."""
        start = time.perf_counter()
        try:
            return self.inner.complete(messages, schema, max_tokens=max_tokens)
        finally:
            self.seconds += time.perf_counter() - start


def _llama_perf(backend: Any) -> dict[str, float]:
    """llama.cpp's own prompt-eval and generation counters since the last reset, then reset them."""
    import llama_cpp

    llama = (
        backend._llama
    )  # the bench reads the loaded model's counters; the library has no need to expose it
    data = llama_cpp.llama_perf_context(llama.ctx)
    llama_cpp.llama_perf_context_reset(llama.ctx)
    return {
        "prompt_ms": data.t_p_eval_ms,
        "prompt_tokens": data.n_p_eval,
        "gen_ms": data.t_eval_ms,
        "gen_tokens": data.n_eval,
    }


def _one(briefer: Briefer, timed: Timed, text: str) -> dict[str, Any]:
    item = article_from_text(text, source="seed")
    timed.seconds = 0.0
    start = time.perf_counter()
    brief, _ = briefer.brief(item, date="2025-01-01")
    wall = time.perf_counter() - start
    return {
        "wall_s": wall,
        "model_s": timed.seconds,
        "prompt_tokens": brief.usage.prompt_tokens,
        "completion_tokens": brief.usage.completion_tokens,
        "calls": brief.usage.calls,
        "grounding": brief.grounding.score,
        "llama": _llama_perf(timed.inner),
    }


def main(argv: list[str]) -> None:
    """Cold brief, then ``WARM_RUNS`` warm ones with llama.cpp's prompt cache cleared before each."""
    launched, text, warm_runs = float(argv[0]), Path(argv[1]).read_text(encoding="utf-8"), int(argv[2])
    spacy_start = time.perf_counter()
    load_nlp()
    spacy_load = time.perf_counter() - spacy_start
    with tempfile.TemporaryDirectory() as tmp:
        max_output = int(argv[3]) if len(argv) > 3 else None
        settings = Settings(
            engine="local", use_cache=False, output_dir=Path(tmp), max_output_tokens=max_output
        )
        briefer = Briefer(settings)
        assert briefer.backend is not None
        timed = Timed(briefer.backend)
        briefer.backend = timed
        cold = _one(briefer, timed, text)
        cold_end_to_end = time.time() - launched
        warm = []
        for _ in range(warm_runs):
            # Without a reset llama.cpp reuses the KV cache of the identical prompt prefix, which a new
            # article would not find; reset so a warm run evaluates its whole prompt.
            timed.inner._llama.reset()  # type: ignore[attr-defined]
            warm.append(_one(briefer, timed, text))
    print(
        json.dumps(
            {
                "startup_s": STARTED - launched,
                "imports_s": IMPORTED - STARTED,
                "spacy_load_s": spacy_load,
                "model_load_s": getattr(timed.inner, "load_seconds", None),
                "cold_end_to_end_s": cold_end_to_end,
                "cold": cold,
                "warm": warm,
                "model": timed.model,
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1:])
