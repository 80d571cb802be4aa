"""Cost from a per-model price table (USD per million tokens), overridable in config."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

__all__ = ["PRICES", "cost", "total_cost"]

# input, output in USD per 1M tokens; longest matching prefix wins.
PRICES: Mapping[str, Mapping[str, float]] = {
    "gpt-4o-mini": {"input": 0.15, "output": 0.60},
    "gpt-4o": {"input": 2.50, "output": 10.00},
    "gpt-4.1-nano": {"input": 0.10, "output": 0.40},
    "gpt-4.1-mini": {"input": 0.40, "output": 1.60},
    "gpt-4.1": {"input": 2.00, "output": 8.00},
    "gpt-3.5-turbo": {"input": 0.50, "output": 1.50},
}
LOCAL_ENGINES = frozenset({"local", "extractive", "replay"})


def cost(
    engine: str,
    model: str,
    prompt_tokens: int,
    completion_tokens: int,
    overrides: Mapping[str, Mapping[str, float]] | None = None,
) -> float | None:
    """Cost in USD, 0.0 for in-process engines, None when the model's price is unknown."""
    if engine in LOCAL_ENGINES:
        return 0.0
    table = {**PRICES, **(overrides or {})}
    matches = [name for name in table if model == name or model.startswith(name)]
    if not matches:
        return None
    price = table[max(matches, key=len)]
    total = prompt_tokens * price.get("input", 0.0) + completion_tokens * price.get("output", 0.0)
    return round(total / 1_000_000, 6)


def total_cost(costs: Iterable[float | None]) -> float | None:
    """The sum of several costs; ``None`` when any of them is unknown (a total would understate it)."""
    known = list(costs)
    return None if any(c is None for c in known) else round(sum(c or 0.0 for c in known), 6)
