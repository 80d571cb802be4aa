"""Cost from a per-model price table (USD per million tokens), overridable in config.

Each model has an interactive price (``input``, ``output``) and a batch price (``batch_input``,
``batch_output``: what OpenAI's Batch API charges, half the interactive price). An entry without
batch prices (an override in ``brief.toml``, say) is charged half its interactive price in a batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

__all__ = ["BATCH_DISCOUNT", "PRICES", "cost", "total_cost"]

# USD per 1M tokens, from OpenAI's pricing page; longest matching prefix wins.
PRICES: Mapping[str, Mapping[str, float]] = {
    "gpt-4o-mini": {"input": 0.15, "output": 0.60, "batch_input": 0.075, "batch_output": 0.30},
    "gpt-4o": {"input": 2.50, "output": 10.00, "batch_input": 1.25, "batch_output": 5.00},
    "gpt-4.1-nano": {"input": 0.10, "output": 0.40, "batch_input": 0.05, "batch_output": 0.20},
    "gpt-4.1-mini": {"input": 0.40, "output": 1.60, "batch_input": 0.20, "batch_output": 0.80},
    "gpt-4.1": {"input": 2.00, "output": 8.00, "batch_input": 1.00, "batch_output": 4.00},
    "gpt-3.5-turbo": {"input": 0.50, "output": 1.50, "batch_input": 0.25, "batch_output": 0.75},
}
BATCH_DISCOUNT = 0.5  # a batch price the table does not give: half the interactive one
LOCAL_ENGINES = frozenset({"local", "extractive", "replay"})


def cost(
    engine: str,
    model: str,
    prompt_tokens: int,
    completion_tokens: int,
    overrides: Mapping[str, Mapping[str, float]] | None = None,
    *,
    batch: bool = False,
) -> float | None:
    """Cost in USD, 0.0 for in-process engines, None when the model's price is unknown.

    Args:
        batch: charge the batch price (the requests went through a provider's Batch API).
    """
    if engine in LOCAL_ENGINES:
        return 0.0
    table = {**PRICES, **(overrides or {})}
    matches = [name for name in table if model == name or model.startswith(name)]
    if not matches:
        return None
    price = table[max(matches, key=len)]
    per_input, per_output = price.get("input", 0.0), price.get("output", 0.0)
    if batch:
        per_input = price.get("batch_input", per_input * BATCH_DISCOUNT)
        per_output = price.get("batch_output", per_output * BATCH_DISCOUNT)
    total = prompt_tokens * per_input + completion_tokens * per_output
    return round(total / 1_000_000, 6)


def total_cost(costs: Iterable[float | None]) -> float | None:
    """The sum of several costs; ``None`` when any of them is unknown (a total would understate it)."""
    known = list(costs)
    return None if any(c is None for c in known) else round(sum(c or 0.0 for c in known), 6)
