from __future__ import annotations

import json

import pytest

from brief.backends.structured import Tally, ask_draft, salvage
from brief.errors import SchemaValidationError
from tests.conftest import FakeBackend

GOOD = {"title": "T", "summary": "S.", "actors": [], "positions": [], "open_questions": []}
MESSAGES = [{"role": "user", "content": "brief it"}]


def test_valid_reply_first_time() -> None:
    backend, tally = FakeBackend([GOOD]), Tally()
    assert ask_draft(backend, MESSAGES, max_tokens=100, retries=2, tally=tally).title == "T"
    assert tally.calls == 1 and tally.prompt_tokens > 0


def test_reask_feeds_the_error_back() -> None:
    backend, tally = (
        FakeBackend(["not json", {"title": "T"}, "```json\n" + json.dumps(GOOD) + "\n```"]),
        Tally(),
    )
    draft = ask_draft(backend, MESSAGES, max_tokens=100, retries=2, tally=tally)
    assert draft.summary == "S." and tally.calls == 3
    second = backend.requests[1][0]
    assert second[-2] == {"role": "assistant", "content": "not json"}
    assert "did not match the schema" in second[-1]["content"]
    assert "summary" in backend.requests[2][0][-1]["content"]  # names the missing field


def test_gives_up_after_retries_with_the_raw_reply() -> None:
    backend = FakeBackend(["nope"] * 3)
    with pytest.raises(SchemaValidationError) as info:
        ask_draft(backend, MESSAGES, max_tokens=100, retries=1, tally=Tally())
    assert info.value.attempts == 2 and info.value.raw == "nope" and len(backend.requests) == 2


def test_salvage_keeps_valid_items() -> None:
    raw = json.dumps(
        {
            "title": "T",
            "summary": "S",
            "actors": [{"name": "A"}, {"name": ""}],
            "positions": [{"actor": "A", "stance": "x", "evidence": []}],
            "open_questions": "bad",
        }
    )
    draft = salvage(raw)
    assert draft is not None and [a.name for a in draft.actors] == ["A"] and draft.positions == []
    assert salvage("[1, 2]") is None and salvage("{{{") is None


@pytest.mark.parametrize(
    ("raw", "title", "summary", "actors"),
    [
        ('{"title": "A b", "summary": "Long text cut', "A b", "Long text cut", []),
        ('{"title": "T", "summary": "S.", "actors": [{"name": "A"}, {"na', "T", "S.", ["A"]),
        ('{"title": "T", "summary": "He said \\"no', "T", 'He said "no', []),
        ('{"title": "T",', "T", "-", []),
    ],
)
def test_salvage_closes_a_reply_cut_off_at_the_token_budget(
    raw: str, title: str, summary: str, actors: list[str]
) -> None:
    draft = salvage(raw)
    assert draft is not None and (draft.title, draft.summary) == (title, summary)
    assert [a.name for a in draft.actors] == actors
