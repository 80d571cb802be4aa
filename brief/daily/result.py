"""What a day's run reports: per-article outcomes, progress events, and the day's accounting."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from brief.backends.pricing import total_cost
from brief.daily.digest import DIGEST_JSON, Digest
from brief.daily.meter import Spent
from brief.daily.store import Stored
from brief.read.articles import Article
from brief.schema import Brief

if TYPE_CHECKING:
    from brief.daily.meter import Meter

__all__ = ["ArticleOutcome", "DayEvent", "DayResult", "Status", "money"]

Status = Literal["briefed", "kept", "failed", "over budget", "not started"]


@dataclass
class ArticleOutcome:
    """What happened to one article; the counts cover this run's requests only."""

    article: Article
    status: Status
    stored: Stored | None = None  # the brief, on disk
    error: str = ""
    calls: int = 0  # requests that reached the model
    cached: int = 0  # replies served from the response cache
    prompt_tokens: int = 0  # of the real calls
    completion_tokens: int = 0
    cost_usd: float | None = 0.0  # of the real calls; None when the model has no known price

    @property
    def brief(self) -> Brief | None:
        """The article's brief (read back from its JSON), if it has one."""
        return None if self.stored is None else self.stored.brief

    @property
    def md_path(self) -> Path | None:
        """Where the brief's Markdown is, if it has one."""
        return None if self.stored is None else self.stored.md_path

    def count(self, meter: Meter, cost_usd: float | None) -> None:
        """Take the counts from the article's meter."""
        self.calls, self.cached = meter.calls, meter.cached
        self.prompt_tokens, self.completion_tokens = meter.prompt_tokens, meter.completion_tokens
        self.cost_usd = cost_usd


@dataclass(frozen=True)
class DayEvent:
    """Progress: ``start``, ``progress`` (a pipeline stage: map, reduce) and ``done`` of article ``index``."""

    kind: Literal["start", "progress", "done"]
    index: int  # 1-based position in the day's articles
    total: int
    title: str
    stage: str = ""
    done: int = 0
    of: int = 0
    outcome: ArticleOutcome | None = None


@dataclass(frozen=True)
class DayResult:
    """The day's digest and its path, every article's outcome, what the inbox skipped or failed, and what
    the stories' summaries over their sources spent (``summaries``: counted in the day's totals)."""

    date: str
    digest: Digest
    md_path: Path
    outcomes: list[ArticleOutcome]
    skipped: tuple[str, ...] = ()
    failed_sources: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    summaries: Spent = field(default_factory=Spent)

    @property
    def json_path(self) -> Path:
        """``index.json`` beside ``index.md``."""
        return self.md_path.with_name(DIGEST_JSON)

    def with_status(self, *statuses: Status) -> list[ArticleOutcome]:
        """The outcomes with one of ``statuses``."""
        return [o for o in self.outcomes if o.status in statuses]

    @property
    def ok(self) -> bool:
        """True when no article and no source failed (budget skips are not failures)."""
        return not self.failed_sources and not self.with_status("failed", "not started")

    @property
    def calls(self) -> int:
        """Requests that reached the model (the articles' and the stories' summaries')."""
        return sum(o.calls for o in self.outcomes) + self.summaries.calls

    @property
    def cached(self) -> int:
        """Replies served from the response cache."""
        return sum(o.cached for o in self.outcomes) + self.summaries.cached

    @property
    def tokens(self) -> tuple[int, int]:
        """Prompt and completion tokens of the real calls."""
        prompt = sum(o.prompt_tokens for o in self.outcomes) + self.summaries.prompt_tokens
        return prompt, sum(o.completion_tokens for o in self.outcomes) + self.summaries.completion_tokens

    @property
    def cost_usd(self) -> float | None:
        """What the real calls cost; ``None`` when some call's model has no known price."""
        return total_cost([*(o.cost_usd for o in self.outcomes), self.summaries.cost_usd])

    @property
    def stories_line(self) -> str:
        """``3 stories from 8 articles (2 from several outlets)``: the digest's stories."""
        grouped = self.digest.grouped
        several = sum(1 for group, _ in grouped if group.file)
        head = f"{_plural(len(grouped), 'story')} from {_plural(len(self.digest.stories), 'article')}"
        return f"{head} ({several} from several outlets)" if several else head

    def summary(self, model: str | None = None) -> str:
        """``12 articles (10 briefed, 2 already done) · 3 LLM calls (21 cached) · tokens … · cost …``."""
        counts = [f"{len(self.with_status(s))} {label}" for s, label in _LABELS if self.with_status(s)]
        head = f"{_plural(len(self.outcomes), 'article')} ({', '.join(counts)})"
        if model is None:
            return f"{head} · no model used"
        prompt, completion = self.tokens
        calls = f"{_plural(self.calls, 'LLM call')} ({self.cached} cached)"
        return f"{head} · {calls} · tokens {prompt:,} in / {completion:,} out · {money(self.cost_usd, model)}"


_LABELS: tuple[tuple[Status, str], ...] = (
    ("briefed", "briefed"),
    ("kept", "already done"),
    ("failed", "failed"),
    ("over budget", "over budget"),
    ("not started", "not started"),
)


def _plural(count: int, noun: str) -> str:
    if count != 1 and noun.endswith("y"):
        return f"{count:,} {noun[:-1]}ies"
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def money(cost_usd: float | None, model: str, *, hint: bool = True) -> str:
    """``cost $0.0123``, or that it is unknown (and, with ``hint``, how to set a price)."""
    if cost_usd is None:
        fix = f': add [prices."{model}"] to brief.toml' if hint else ""
        return f"cost unknown (no price for {model!r}{fix})"
    return f"cost ${cost_usd:.4f}"
