"""The model's summary over a story of several outlets (``brief.daily.cluster_summary``, ``summary_check``).

``brief daily`` with a model sends one extra request per multi-outlet story and keeps the sentences of
the reply that one outlet's report supports, with disputed figures attributed. The model here is the
loopback fake server; the cluster summary it returns is hand-written for the Beirut story of the
clustering fixture (``tests/fixtures/clusters``, see SOURCES.md), not model output.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
from servers import FakeOpenAIServer, reply
from test_multi_source import _page
from typer.testing import CliRunner

import brief.cli.daily  # noqa: F401  (registers the command)
from brief.backends.base import Message, Reply
from brief.backends.pricing import cost
from brief.chunker import count_tokens, get_encoding
from brief.cli import app
from brief.config import Settings
from brief.daily.cluster_summary import ClusterSummariser, cluster_summariser
from brief.daily.differ import Reported
from brief.daily.digest import load_digest
from brief.daily.meter import Budget
from brief.daily.multi import merge_story
from brief.daily.story import SourceRef, StoryBrief
from brief.daily.summary_check import check_summary
from brief.errors import BackendError
from brief.prompts import PromptLibrary
from brief.schema import Brief, Grounding, Source

BEIRUT = ["deccanherald", "irishtimes", "logisticsgulf"]  # as in test_multi_source's day: one story
SINGLE = "ever_given_aground_themedialine.txt"  # a story of one outlet
DRAFT = {"title": "Explosions in Beirut", "summary": "Explosions shook Beirut."}  # each article's brief

# Hand-written (not model output), as a careful strong model would answer the cluster_summary.j2 request
# for the three Beirut reports, labelled with their hosts, plus two planted sentences.
FAITHFUL = [
    "Two massive explosions devastated the port of Beirut on Tuesday, killing dozens of people and "
    "injuring thousands.",
    "According to deccanherald.com, Lebanon's health minister Hamad Hassan said at least 63 people were "
    "killed and 3,000 were injured.",
    "According to irishtimes.com, the blast killed at least 100 people and injured nearly 4,000.",
    "According to irishtimes.com, President Michel Aoun said 2,750 tonnes of ammonium nitrate had been "
    "stored at the port for six years without safety measures.",
]
# Planted: a figure only logisticsgulf.com gives (irishtimes.com puts Cyprus about 160 km away), unattributed.
UNATTRIBUTED = "The blasts could be heard as far as Nicosia on the island of Cyprus, 240 kilometres away."
# Planted: no outlet says it.
UNSUPPORTED = "Israel denied any involvement in the explosions."
CLUSTER_REPLY = {"summary": " ".join([*FAITHFUL[:3], UNATTRIBUTED, FAITHFUL[3], UNSUPPORTED])}


def _inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in [f"beirut_explosion_{o}.txt" for o in BEIRUT] + [SINGLE]:
        (inbox / name).with_suffix(".html").write_text(_page(name), encoding="utf-8")
    return inbox


def test_the_model_summary_over_a_story_keeps_what_the_reports_support(tmp_path: Path) -> None:
    inbox, out = _inbox(tmp_path), tmp_path / "out"
    with FakeOpenAIServer() as server:
        server.script(*[reply(DRAFT)] * 4, reply(CLUSTER_REPLY))  # 4 articles, then the one story
        model = [
            "--engine",
            "openai",
            "--base-url",
            server.base_url,
            "--api-key",
            "k",
            "--model",
            "fake-model",
        ]
        args = ["daily", str(inbox), "--date", "2020-08-05", "--output-dir", str(out), "--concurrency", "1"]
        args += model
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.stderr
        assert "Stories: 2 stories from 4 articles (1 from several outlets)\n" in result.stderr
        requests = server.chat_requests
        assert len(requests) == 5  # one per article, one for the story of three outlets
        asked = requests[-1].body["messages"][-1]["content"]
        for outlet in ("irishtimes.com", "deccanherald.com", "logisticsgulf.com"):
            assert f", from {outlet}: " in asked
        assert "at least 63 people were killed" in asked and "157 deaths" in asked  # whole reports fit

        folder = out / "2020-08-05"
        group = next(g for g, _ in load_digest(folder / "index.json").grouped if g.file)
        path = (folder / group.file).with_suffix(".json")
        story = StoryBrief.model_validate_json(path.read_bytes())
        assert story.summary_by == "model" and story.summary == " ".join(FAITHFUL)
        check = story.summary_check
        assert check is not None and (check.calls, check.cached, check.checked) == (1, 0, 6)
        assert [(k.sentence, k.outlet) for k in check.kept] == [
            (0, "deccanherald.com"),
            (1, "deccanherald.com"),
            (2, "irishtimes.com"),
            (4, "irishtimes.com"),
        ]
        texts = {s.outlet: s for s in story.sources}
        for kept in check.kept:  # provenance: the outlet's article sentences that support it
            assert kept.source == texts[kept.outlet].id and kept.spans
        dropped = {d.field: d for d in check.dropped}
        assert dropped["summary[3]"].value == UNATTRIBUTED and dropped["summary[3]"].kind == "attribution"
        assert "figure 240 is not attributed: only logisticsgulf.com gives it" in dropped["summary[3]"].reason
        assert dropped["summary[5]"].value == UNSUPPORTED and dropped["summary[5]"].kind == "name"
        assert "name Israel is not in the article" in dropped["summary[5]"].reason

        markdown = path.with_suffix(".md").read_text(encoding="utf-8")
        assert FAITHFUL[1] in markdown and UNSUPPORTED not in markdown and UNATTRIBUTED not in markdown
        assert "_Summary written by fake-model over the 3 outlets' reports" in markdown
        assert "(kept 4 of 6 model-written sentences)" in markdown
        index = (folder / "index.md").read_text(encoding="utf-8")
        assert "3 outlets · summary over all outlets, kept 4 of 6 model-written sentences ·" in index

        # A re-run: the briefs are kept and the story's request is answered by the response cache.
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.stderr
        assert len(server.chat_requests) == 5
        again = StoryBrief.model_validate_json(path.read_bytes())
        assert again.summary == story.summary and again.summary_check is not None
        assert (again.summary_check.calls, again.summary_check.cached) == (0, 1)


# --- without the day: a backend that answers in process ----------------------------------------------


class _Backend:
    engine, model = "openai", "gpt-4o-mini"

    def __init__(self, answer: str | Exception, context_window: int = 128_000) -> None:
        self.answer, self.context_window = answer, context_window
        self.asked: list[Sequence[Message]] = []
        self.lock = threading.Lock()

    def complete(self, messages: Sequence[Message], schema: Mapping[str, Any], *, max_tokens: int) -> Reply:
        with self.lock:
            self.asked.append(messages)
        if isinstance(self.answer, Exception):
            raise self.answer
        return Reply(self.answer, prompt_tokens=10, completion_tokens=5)


def _story(words: int = 40) -> tuple[StoryBrief, list[Reported]]:
    sources = []
    for n, outlet in enumerate(("alpha.example", "beta.example")):
        text = "The harbour bridge in Kestrel closed on Monday after a crack was found. " + "More. " * words
        made = Brief(
            title="Bridge closed",
            summary=f"The lead summary of {outlet} about the closed bridge in Kestrel, in several words.",
            grounding=Grounding(score=1.0),
            source=Source(id=str(n)),
        )
        sources.append(Reported(SourceRef(id=str(n), outlet=outlet, title="Bridge closed"), made, text))
    return merge_story(sources, lead="0"), sources


def test_no_surviving_sentence_or_a_failed_request_keeps_the_lead_summary_labelled() -> None:
    story, sources = _story()
    for answer, note in (
        ('{"summary": "Aliens landed on the bridge in Kestrel on Monday."}', ""),
        (BackendError("the endpoint is down"), "the request failed (the endpoint is down)"),
        ('{"title": "no summary"}', ""),  # recorded in the story's summary_check only
    ):
        summariser = ClusterSummariser(_Backend(answer), Settings(), PromptLibrary())
        done, notes = summariser.summarise({"a": (story, sources)})
        assert done["a"].summary_by == "lead" and done["a"].summary == story.summary
        assert done["a"].summary_check is not None and done["a"].summary_check.fallback
        assert (notes[0] if notes else "").find(note) >= 0 and bool(notes) == bool(note)
    assert cluster_summariser(None, Settings(engine="extractive"), PromptLibrary()) is None


def test_the_sources_are_trimmed_to_fit_the_context_window() -> None:
    _, sources = _story(words=3000)
    backend = _Backend('{"summary": "-"}', context_window=2048)
    summariser = ClusterSummariser(backend, Settings(), PromptLibrary())
    messages = summariser.messages(sources)
    encoding, _ = get_encoding(backend.model)
    used = sum(count_tokens(m["content"], encoding) for m in messages)
    assert 1200 < used <= 2048 - summariser.max_output
    user = messages[-1]["content"]
    assert user.count("The harbour bridge in Kestrel closed") == 2  # each source's lead is kept


def test_an_outlet_is_named_by_its_label_or_a_capitalised_name_never_a_lower_case_word() -> None:
    texts = {
        "thespec.com": "The harbour bridge in Kestrel carries 40 tonnes a day, the city's spec says.",
        "beta.example": "The harbour bridge in Kestrel closed on Monday after a crack was found.",
    }
    sources = []
    for n, (outlet, text) in enumerate(texts.items()):
        made = Brief(title="Bridge", summary=text, grounding=Grounding(score=1.0), source=Source(id=str(n)))
        sources.append(Reported(SourceRef(id=str(n), outlet=outlet, title="Bridge"), made, text))
    said = "the harbour bridge in Kestrel carries 40 tonnes a day"
    plain = check_summary(f"{said.capitalize()}, the city's spec says.", sources, [])  # "spec": a word
    assert [(d.kind, d.reason[:31]) for d in plain.dropped] == [
        ("attribution", "figure 40 is not attributed: on")
    ]
    for named in ("The Spec", "thespec.com"):
        checked = check_summary(f"According to {named}, {said}.", sources, [])
        assert [(k.outlet, k.text) for k in checked.kept] == [
            ("thespec.com", f"According to {named}, {said}.")
        ]


def test_a_story_summary_is_asked_only_when_its_estimate_still_fits_the_budget() -> None:
    story, sources = _story()
    settings = Settings(prices={"gpt-4o-mini": {"input": 100.0, "output": 400.0}})
    backend = _Backend(
        '{"summary": "The harbour bridge in Kestrel closed on Monday after a crack was found."}'
    )
    summariser = ClusterSummariser(backend, settings, PromptLibrary(), Budget(limit=None))
    estimate = summariser.estimate(summariser.messages(sources))
    assert estimate > 0
    budget = Budget(limit=round(estimate * 1.5, 6))  # room for one story's request, not two
    summariser = ClusterSummariser(backend, settings, PromptLibrary(), budget)
    done, notes = summariser.summarise({"a": (story, sources), "b": (story, sources)})
    assert len(backend.asked) == 1 and done["a"].summary_by == "model" and done["b"].summary_by == "lead"
    check = done["b"].summary_check
    assert check is not None and check.fallback and check.calls == 0
    assert check.note == f"not asked: it would take the day past --max-cost ${budget.limit:g}"
    assert notes == [
        f"1 of 2 stories' summaries over their sources not asked: it would take the day past --max-cost "
        f"${budget.limit:g}; kept the lead articles' summaries"
    ]
    spent = cost("openai", "gpt-4o-mini", 10, 5, settings.prices)
    assert budget.reserved == 0 and budget.spent == pytest.approx(spent)
    assert (summariser.spent.calls, summariser.spent.prompt_tokens) == (1, 10)
    assert summariser.made["a"].cost_usd == pytest.approx(spent) and "b" not in summariser.made
