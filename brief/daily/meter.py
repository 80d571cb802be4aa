"""Per-article accounting and the day's budget.

:class:`Meter` wraps the backend for one article: it counts real calls and cached replies (with the
tokens of the real ones) and holds a semaphore shared by the whole day, so at most ``--concurrency``
requests are in flight however many articles and chunks are running.

:class:`Budget` implements ``--max-cost``: an article starts only when the money already spent, plus
the estimates of the articles in flight, plus its own estimate stay within the budget. The estimate
(:func:`estimate_cost`) assumes every request uses its full output budget and no re-ask is needed;
spending counts real calls only (cached replies are free). The story summaries' requests
(:mod:`brief.daily.cluster_summary`) reserve and settle in the same budget, after the articles'.

:class:`Spent` sums what several meters counted (the day's story summaries).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from brief.backends.base import Backend, Message, Reply
from brief.backends.cache import CachedReply
from brief.backends.pricing import cost, total_cost
from brief.backends.request_key import send
from brief.chunker import count_tokens, get_encoding
from brief.config import Settings
from brief.pipeline.job import resolve_task

__all__ = ["PROMPT_OVERHEAD", "Budget", "Meter", "Spent", "estimate_cost"]

PROMPT_OVERHEAD = 1500  # tokens of system prompt, template and extracted candidates per request


class Meter:
    """A backend wrapper counting one article's real calls, cached replies and real tokens.

    Args:
        inner: the day's backend (usually the caching wrapper).
        gate: shared by every article of the day; bounds the requests in flight.
    """

    accepts_options = True

    def __init__(self, inner: Backend, gate: threading.Semaphore) -> None:
        self.inner, self.gate = inner, gate
        self.engine, self.model, self.context_window = inner.engine, inner.model, inner.context_window
        self.calls = self.cached = self.prompt_tokens = self.completion_tokens = 0
        self._lock = threading.Lock()

    def complete(
        self,
        messages: Sequence[Message],
        schema: Mapping[str, Any],
        *,
        max_tokens: int,
        options: Mapping[str, Any] | None = None,
    ) -> Reply:
        """Send the request through the shared gate and count it."""
        with self.gate:
            reply = send(self.inner, messages, schema, max_tokens=max_tokens, options=options)
        with self._lock:
            if isinstance(reply, CachedReply):
                self.cached += 1
            else:
                self.calls += 1
                self.prompt_tokens += reply.prompt_tokens
                self.completion_tokens += reply.completion_tokens
        return reply

    def cost(self, prices: Mapping[str, Mapping[str, float]], *, batch: bool = False) -> float | None:
        """What the real calls cost (at batch prices with ``batch``); ``None`` when the model has no price."""
        if not self.calls:
            return 0.0
        return cost(self.engine, self.model, self.prompt_tokens, self.completion_tokens, prices, batch=batch)


def estimate_cost(text: str, backend: Backend, settings: Settings) -> float | None:
    """A pessimistic cost for briefing ``text``: full output budget per request, map and reduce."""
    encoding, _ = get_encoding(backend.model)
    tokens = count_tokens(text, encoding)
    output = settings.max_output_tokens or (320 if resolve_task(settings, backend) == "summary" else 1024)
    room = max(backend.context_window - output - PROMPT_OVERHEAD, 256)
    chunks = max(1, math.ceil(tokens / room))
    reduce = chunks > 1
    prompt = tokens + chunks * PROMPT_OVERHEAD + (chunks * output if reduce else 0)
    completion = (chunks + reduce) * output
    return cost(
        backend.engine, backend.model, prompt, completion, settings.prices, batch=settings.batch_prices
    )


@dataclass
class Budget:
    """``--max-cost`` bookkeeping; ``limit`` ``None`` means no budget. Used from one thread."""

    limit: float | None
    spent: float = 0.0
    reserved: float = 0.0

    def reserve(self, estimate: float) -> bool:
        """Set ``estimate`` aside for an article about to start; False when it would break the budget."""
        if self.limit is not None and self.spent + self.reserved + estimate > self.limit:
            return False
        self.reserved += estimate
        return True

    def settle(self, estimate: float, actual: float) -> None:
        """Replace an article's reservation with what it really cost."""
        self.reserved = max(0.0, self.reserved - estimate)
        self.spent += actual


@dataclass
class Spent:
    """Real calls, cached replies, real tokens and their cost, summed over meters."""

    calls: int = 0
    cached: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float | None = 0.0  # None when some call's model has no known price

    def count(self, meter: Meter, cost_usd: float | None) -> None:
        """Add one meter's counts and what its real calls cost."""
        self.calls, self.cached = self.calls + meter.calls, self.cached + meter.cached
        self.prompt_tokens += meter.prompt_tokens
        self.completion_tokens += meter.completion_tokens
        self.cost_usd = total_cost([self.cost_usd, cost_usd])
