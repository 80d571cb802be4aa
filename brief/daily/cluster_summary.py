"""One summary over a story's sources, written by the model and checked against the union of them.

For each story of two or more outlets, :class:`ClusterSummariser` sends one request (``system.j2``
with task ``summary``, then ``cluster_summary.j2``: every outlet's title and text, labelled with its
outlet, each trimmed to an equal share of the context window left after the template and the output
budget, counted with the model's tokenizer). It goes through the day's backend stack, so the response
cache answers a re-run and recordings replay it. The reply (JSON with ``summary`` only) is checked
sentence by sentence by :func:`brief.daily.summary_check.check_summary`; the kept sentences become the
story's summary (``summary_by`` "model"), and the check is stored as ``summary_check``. When no
sentence survives, or the request fails, the lead article's summary stays, labelled as before.

The extractive engine has no backend and asks nothing. The bundled embedded model is asked too (as a
single article's summary is asked of it), for a short request: it reads only the leads of the
reports, ``summary_lead_tokens`` in all, as it does for one article.

With ``--max-cost`` (a :class:`~brief.daily.meter.Budget`), a story's request is sent only when its
estimate (the request's tokens and the full output budget) still fits the day's budget; otherwise the
lead's summary stays and one note of the day says how many were not asked. What the requests spent
(:attr:`ClusterSummariser.spent`) counts in the day's totals, and what each summary took to write
(:attr:`ClusterSummariser.made`, cached replies included, as an article's brief records) in the digest's.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from pydantic import BaseModel, Field

from brief.backends.base import Backend, Message, Reply
from brief.backends.pricing import cost
from brief.backends.request_key import send
from brief.backends.structured import lenient_json
from brief.chunker import chunk, chunk_budget, count_tokens, get_encoding
from brief.config import Settings
from brief.daily.differ import Reported
from brief.daily.meter import Budget, Meter, Spent
from brief.daily.story import StoryBrief, SummaryCheck
from brief.daily.summary_check import check_summary
from brief.errors import BriefError
from brief.pipeline.job import output_budget, requests_in_flight, resolve_task
from brief.prompts import PromptLibrary, fence_for
from brief.schema import Usage
from brief.verify.verifier import MIN_SUMMARY_WORDS

__all__ = ["TEMPLATE", "ClusterReply", "ClusterSummariser", "cluster_summariser"]

TEMPLATE = "cluster_summary.j2"
SYSTEM = "system.j2"
PROMPT_MARGIN = 64  # tokens for the chat format around the messages
APPROXIMATE = 0.8  # share of the budget used when the tokenizer is not the model's own


class ClusterReply(BaseModel):
    """What the model writes for a story of several outlets (anything else in the reply is ignored)."""

    summary: str = Field(
        min_length=1, description="Two to four neutral sentences: the event, and where the outlets disagree."
    )


@dataclass(frozen=True)
class _Answer:
    text: str | None
    note: str  # a failed request: a warning of the day
    meter: Meter
    unusable: str = ""  # a reply without a summary: recorded in the story only
    made: Usage | None = None  # the reply's tokens (a cached one's as first made) and their cost


def cluster_summariser(
    backend: Backend | None, settings: Settings, prompts: PromptLibrary, budget: Budget | None = None
) -> ClusterSummariser | None:
    """The summariser for the day's backend; ``None`` for the extractive engine (no model)."""
    return None if backend is None else ClusterSummariser(backend, settings, prompts, budget)


class ClusterSummariser:
    """Asks the model for one summary per story of several outlets and checks it against the sources."""

    def __init__(
        self, backend: Backend, settings: Settings, prompts: PromptLibrary, budget: Budget | None = None
    ) -> None:
        self.backend, self.settings, self.prompts, self.budget = backend, settings, prompts, budget
        self.spent = Spent()  # this run's requests: real calls, cached replies, real tokens, cost
        self.made: dict[str, Usage] = {}  # each story's summary (by key): what writing it took
        self.encoding, warning = get_encoding(backend.model)
        self.approximate = warning is not None
        self.lead_only = resolve_task(settings, backend) == "summary" and settings.summary_lead_tokens > 0
        self.max_output = settings.max_output_tokens or output_budget("summary", 0, backend.context_window)
        self.system = prompts.render(SYSTEM, task="summary")
        self.schema = ClusterReply.model_json_schema()

    def summarise(
        self, stories: Mapping[str, tuple[StoryBrief, Sequence[Reported]]]
    ) -> tuple[dict[str, StoryBrief], list[str]]:
        """Each story with the model's checked summary (or its lead's), and a note per failed request.

        Raises:
            ConfigError: a template is missing or broken, or the context window is too small.
        """
        messages = {key: self.messages(sources) for key, (_, sources) in stories.items()}
        estimates = {key: self.estimate(m) for key, m in messages.items()}
        budget = self.budget
        asked = {k: m for k, m in messages.items() if budget is None or budget.reserve(estimates[k])}
        flights = requests_in_flight(self.settings, self.backend)
        gate = threading.BoundedSemaphore(flights)
        with ThreadPoolExecutor(max_workers=flights) as pool:
            answers = dict(zip(asked, pool.map(lambda m: self._ask(m, gate), asked.values()), strict=True))
        for key, answer in answers.items():
            spent = answer.meter.cost(self.settings.prices, batch=self.settings.batch_prices)
            self.spent.count(answer.meter, spent)
            if budget is not None:
                budget.settle(estimates[key], spent or 0.0)
            if answer.made is not None:
                self.made[key] = answer.made
        limit = budget.limit if budget is not None else None
        over = f"it would take the day past --max-cost ${limit:g}" if limit is not None else ""
        done: dict[str, StoryBrief] = {}
        notes = []
        for key, (story, sources) in stories.items():
            answer = answers.get(key) or _Answer(None, "", Meter(self.backend, gate), f"not asked: {over}")
            done[key] = self._checked(story, sources, answer)
            if answer.note:
                notes.append(f"the summary over the sources of {story.title!r}: {answer.note}")
        if len(answers) < len(stories):
            left = len(stories) - len(answers)
            notes.append(
                f"{left} of {len(stories)} stories' summaries over their sources not asked: {over}; "
                "kept the lead articles' summaries"
            )
        return done, notes

    def estimate(self, messages: Sequence[Message]) -> float:
        """A pessimistic cost of one request: its tokens and the full output budget."""
        prompt = sum(count_tokens(m["content"], self.encoding) for m in messages) + PROMPT_MARGIN
        backend, settings = self.backend, self.settings
        found = cost(
            backend.engine,
            backend.model,
            prompt,
            self.max_output,
            settings.prices,
            batch=settings.batch_prices,
        )
        return found or 0.0

    def messages(self, sources: Sequence[Reported]) -> list[Message]:
        """The request for one story: the system message and every source, trimmed to fit."""
        share = self._budget(sources) // len(sources)
        texts = [self._trim(s.text, share) for s in sources]
        fence = fence_for("\n".join(texts + [s.ref.title for s in sources]))
        items = [
            {"outlet": s.ref.outlet, "title": s.ref.title, "text": text}
            for s, text in zip(sources, texts, strict=True)
        ]
        user = self.prompts.render(TEMPLATE, sources=items, fence=fence)
        return [{"role": "system", "content": self.system}, {"role": "user", "content": user}]

    def _budget(self, sources: Sequence[Reported]) -> int:
        """Tokens of source text in all: the window minus system, template (with titles) and output."""
        empty = [{"outlet": s.ref.outlet, "title": s.ref.title, "text": ""} for s in sources]
        frame = self.system + self.prompts.render(TEMPLATE, sources=empty, fence=fence_for(""))
        overhead = count_tokens(frame, self.encoding) + PROMPT_MARGIN
        budget = chunk_budget(
            self.backend.context_window, prompt_overhead=overhead, output_budget=self.max_output
        )
        if self.lead_only:
            budget = min(budget, self.settings.summary_lead_tokens)
        return int(budget * APPROXIMATE) if self.approximate else budget

    def _trim(self, text: str, tokens: int) -> str:
        """The text's first ``tokens`` tokens, cut where a chunk of the article would be cut."""
        pieces = chunk(text.strip(), encoding=self.encoding, max_tokens=tokens, overlap=0)
        return pieces[0].text.strip() if pieces else ""

    def send(self, messages: Sequence[Message], backend: Backend) -> Reply:
        """One story's request through ``backend``: the day's (metered), or a batch file's capture."""
        options = {"templates": [SYSTEM, TEMPLATE]}
        return send(backend, messages, self.schema, max_tokens=self.max_output, options=options)

    def _ask(self, messages: list[Message], gate: threading.Semaphore) -> _Answer:
        meter = Meter(self.backend, gate)
        try:
            reply = self.send(messages, meter)
        except BriefError as exc:
            return _Answer(None, f"the request failed ({exc}); kept the lead's summary", meter, "")
        price = cost(
            self.backend.engine,
            self.backend.model,
            reply.prompt_tokens,
            reply.completion_tokens,
            self.settings.prices,
            batch=self.settings.batch_prices,
        )
        made = Usage(
            prompt_tokens=reply.prompt_tokens,
            completion_tokens=reply.completion_tokens,
            calls=1,
            cost_usd=price,
        )
        data = lenient_json(reply.text)  # a reply cut off at its budget keeps its complete sentences
        summary = data.get("summary") if isinstance(data, dict) else None
        if not isinstance(summary, str) or not summary.strip():
            return _Answer(
                None, "", meter, "the reply was not the JSON asked for; kept the lead's summary", made
            )
        return _Answer(summary, "", meter, made=made)

    def _checked(self, story: StoryBrief, sources: Sequence[Reported], answer: _Answer) -> StoryBrief:
        meter = answer.meter
        check = SummaryCheck(
            engine=self.backend.engine,
            model=self.backend.model,
            note=answer.note or answer.unusable,
            calls=meter.calls,
            cached=meter.cached,
            prompt_tokens=meter.prompt_tokens,
            completion_tokens=meter.completion_tokens,
        )
        if answer.text is None:
            return story.model_copy(update={"summary_check": check.model_copy(update={"fallback": True})})
        checked = check_summary(answer.text, sources, story.differences)
        summary = checked.summary
        fallback = len(summary.split()) < MIN_SUMMARY_WORDS  # as for one article: a few words say too little
        found = {"checked": checked.checked, "kept": checked.kept, "dropped": checked.dropped}
        check = check.model_copy(update={**found, "fallback": fallback})
        if fallback:
            return story.model_copy(update={"summary_check": check})
        return story.model_copy(update={"summary": summary, "summary_by": "model", "summary_check": check})
