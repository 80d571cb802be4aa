"""A day with a story from several outlets through a batch: the stories' summaries are a second stage.

A story's summary request is made of its outlets' briefs, so the first batch cannot hold it. The first
collect writes a complete day with the lead articles' summaries; the second batch (written again with
``--batch-file``, or sent by collect after ``--batch``) holds the summary requests, and its collect gives
byte for byte the interactive day with the same replies (costs at the batch price). The day is the
Beirut story of three outlets and one single article, as in ``test_cluster_summary``.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from batch_server import BatchServer
from test_batch import (
    DATE,
    MODEL,
    Answer,
    RecordingClient,
    answer_file,
    assert_interactive_day,
    base,
    completion,
    interactive,
    lines,
)
from test_batch_api import SMALL, collect, on, submit
from test_cluster_summary import BEIRUT, CLUSTER_REPLY, DRAFT, FAITHFUL, _inbox
from test_multi_source import FIXTURE, _page
from typer.testing import CliRunner

from brief.backends.openai_backend import OpenAIBackend
from brief.batch import BatchAPI, collect_day, write_batch
from brief.cli import app
from brief.daily.digest import load_digest
from brief.daily.inbox import collect_inbox
from brief.daily.story import StoryBrief
from brief.errors import BackendError, ConfigError


def answer(request: dict[str, Any]) -> str:
    """The story's request gets the hand-written summary over the sources; each article the short draft."""
    schema = request["response_format"]["json_schema"]["schema"]
    return json.dumps(CLUSTER_REPLY if set(schema["properties"]) == {"summary"} else DRAFT)


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    return _inbox(tmp_path)


def story(day: Path) -> StoryBrief:
    """The day's one multi-source brief."""
    [group] = [g for g, _ in load_digest(day / "index.json").grouped if g.file]
    return StoryBrief.model_validate_json((day / group.file).with_suffix(".json").read_bytes())


def reference(tmp_path: Path, inbox: Path, reply: Answer = answer, **changes: Any) -> tuple[Path, Path]:
    """The interactive day with the same replies, and that day run again (the stories' replies cached)."""
    first = base(tmp_path, "interactive", **changes)
    interactive(first, inbox, reply)
    assert story(first.output_dir / DATE).summary_by == "model"
    again = base(tmp_path, "interactive-again", **changes)
    interactive(again, inbox, reply)
    interactive(again, inbox, reply)  # the story's reply from the cache, as a collect run again
    return first.output_dir / DATE, again.output_dir / DATE


def test_batch_file_twice_gives_the_interactive_day(tmp_path: Path, inbox: Path) -> None:
    expected, rerun = reference(tmp_path, inbox)
    runner = CliRunner()
    out = tmp_path / "batch" / "outputs"
    engine = ["--engine", "openai", "--model", MODEL, "--base-url", "http://127.0.0.1:9/v1"]
    folders = ["--output-dir", str(out)]  # the cache: in $XDG_CACHE_HOME, which conftest points at tmp_path
    write = ["daily", str(inbox), "--date", DATE, *engine, *folders, "--batch-file"]
    collect_args = ["batch", "collect", DATE, *folders, "--output-file"]

    first = runner.invoke(app, [*write, str(tmp_path / "in1.jsonl")])
    assert first.exit_code == 0, first.stderr
    assert first.stdout.strip() == f"4 request(s) written to {tmp_path / 'in1.jsonl'}"
    answer_file(tmp_path / "in1.jsonl", tmp_path / "out1.jsonl", answer)
    done = runner.invoke(app, [*collect_args, str(tmp_path / "out1.jsonl")])
    assert done.exit_code == 0, done.stderr  # waiting on a second batch is not a failure
    [note] = [line for line in done.stderr.splitlines() if line.startswith("Note: ")]
    assert note.startswith(
        "Note: 1 story summary over the sources needs a second batch: run "
        f"`brief daily INBOX --date {DATE} --batch-file NEXT.jsonl` again, then collect its output"
    )
    waiting = story(out / DATE)
    assert waiting.summary_by == "lead" and waiting.summary_check is not None
    assert waiting.summary_check.fallback and "needs a second batch" in waiting.summary_check.note

    second = runner.invoke(app, [*write, str(tmp_path / "in2.jsonl")])
    assert second.exit_code == 0, second.stderr
    assert second.stdout.strip() == f"1 request(s) written to {tmp_path / 'in2.jsonl'}"
    assert "for 0 article(s) and 1 story summar(ies)" in second.stderr
    [line] = lines(tmp_path / "in2.jsonl")
    assert line["custom_id"] == f"{Path(waiting_file(out / DATE)).stem}:0"
    answer_file(tmp_path / "in2.jsonl", tmp_path / "out2.jsonl", answer)
    done = runner.invoke(app, [*collect_args, str(tmp_path / "out2.jsonl")])
    assert done.exit_code == 0, done.stderr
    assert "Note: " not in done.stderr
    assert story(out / DATE).summary == " ".join(FAITHFUL)
    assert_interactive_day(out / DATE, expected)

    nothing = runner.invoke(app, [*write, str(tmp_path / "in3.jsonl")])
    assert nothing.stdout.strip() == f"0 request(s) written to {tmp_path / 'in3.jsonl'}"
    again = runner.invoke(app, [*collect_args, str(tmp_path / "out2.jsonl")])  # idempotent
    assert again.exit_code == 0, again.stderr
    assert_interactive_day(out / DATE, rerun)


def waiting_file(day: Path) -> str:
    [group] = [g for g, _ in load_digest(day / "index.json").grouped if g.file]
    return group.file


def test_retry_interactive_asks_the_story_summary_in_the_same_collect(tmp_path: Path, inbox: Path) -> None:
    expected, _ = reference(tmp_path, inbox)
    settings = base(tmp_path, "batch")
    write_batch(collect_inbox([inbox]).articles, tmp_path / "in.jsonl", date=DATE, settings=settings)
    answer_file(tmp_path / "in.jsonl", tmp_path / "out.jsonl", answer)
    retry = OpenAIBackend.from_settings(settings)
    retry._client = client = RecordingClient(answer)  # type: ignore[assignment]
    result = collect_day(
        DATE, tmp_path / "out.jsonl", settings=settings, retry_interactive=True, retry_backend=retry
    )
    assert len(client.requests) == 1 and [n.split(" sent")[0] for n in result.notes] == ["a new request"]
    assert_interactive_day(settings.output_dir / DATE, expected)


@pytest.fixture
def server() -> Iterator[BatchServer]:
    with BatchServer(lambda body: completion(answer(body))) as running:
        yield running


def test_collect_sends_the_story_summaries_as_a_second_stage(
    tmp_path: Path, inbox: Path, server: BatchServer
) -> None:
    expected, rerun = reference(tmp_path, inbox)
    submit(on(server, tmp_path, "batch"), inbox)
    first = collect(on(server, tmp_path, "batch"))
    day = tmp_path / "batch" / "outputs" / DATE
    assert [o.status for o in first.result.outcomes] == ["briefed"] * 4 and first.result.ok
    assert first.followup is not None and first.followup.reason == "a second stage"
    assert first.stories == 1 and first.waiting == frozenset() and first.followup.requests == 1
    assert [n for n in first.result.notes if "second batch" in n] == [
        "1 story summary over the sources waits for a second batch "
        "(its story has its lead article's summary meanwhile)"
    ]
    assert story(day).summary_by == "lead"
    follow = server.batches[first.followup.batch_id or ""]
    [line] = [json.loads(x) for x in server.contents[follow["input_file_id"]].splitlines()]
    assert line["custom_id"] == f"{Path(waiting_file(day)).stem}:0"

    final = collect(on(server, tmp_path, "batch"))
    assert final.followup is None and not final.result.notes
    assert [o.status for o in final.result.outcomes] == ["kept"] * 4
    assert_interactive_day(day, expected)
    again = collect(on(server, tmp_path, "batch"))  # idempotent: nothing sent, the same day
    assert again.followup is None
    assert_interactive_day(day, rerun)
    assert len(server.batches) == 2 and server.uploads == 2 and not server.chat_requests


def long_beirut(inbox: Path) -> None:
    """A fourth Beirut outlet, naharnet.com, its report followed by the other three's: two chunks in a
    small window, so it waits on its reduce while the story is first made of the other three."""
    page = _page("beirut_explosion_naharnet.txt")
    more = [
        p
        for outlet in BEIRUT
        for p in (FIXTURE / f"beirut_explosion_{outlet}.txt").read_text(encoding="utf-8").split("\n\n")[1:]
    ]
    paragraphs = "".join(f"<p>{html.escape(p)}</p>\n" for p in more if p.strip())
    page = page.replace("</article>", f"{paragraphs}</article>")
    (inbox / "beirut_explosion_naharnet.html").write_text(page, encoding="utf-8")


def test_a_story_joined_by_a_reduced_article_is_summarised_in_a_third_batch(
    tmp_path: Path, inbox: Path, server: BatchServer
) -> None:
    long_beirut(inbox)
    expected, _ = reference(tmp_path, inbox, **SMALL)
    assert len(story(expected).sources) == 4
    submit(on(server, tmp_path, "batch", **SMALL), inbox)
    kinds = []
    for _ in range(4):  # the first batch, then the second stages until nothing is left
        collected = collect(on(server, tmp_path, "batch", **SMALL))
        failed = collected.result.with_status("failed")
        assert {o.article.id for o in failed} == collected.waiting, [o.error for o in failed]
        if collected.followup is None:
            break
        follow = server.batches[collected.followup.batch_id or ""]
        ids = [json.loads(x)["custom_id"] for x in server.contents[follow["input_file_id"]].splitlines()]
        kinds.append(sorted({"reduce" if ":reduce" in i else "story" for i in ids}))
    # the reduce with the three-outlet story's summary; then the four-outlet story's
    assert kinds == [["reduce", "story"], ["story"]] and collected.followup is None
    assert_interactive_day(tmp_path / "batch" / "outputs" / DATE, expected)
    assert not server.chat_requests and len(server.batches) == 3


def test_a_crash_while_sending_the_story_summaries_loses_nothing(
    tmp_path: Path, inbox: Path, server: BatchServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected, _ = reference(tmp_path, inbox)
    submit(on(server, tmp_path, "batch"), inbox)
    real = BatchAPI.create

    def then_crash(self: BatchAPI, *args: Any) -> Any:
        real(self, *args)  # the server made the follow-up batch; the reply is lost
        raise BackendError("connection reset")

    monkeypatch.setattr(BatchAPI, "create", then_crash)
    with pytest.raises(BackendError):
        collect(on(server, tmp_path, "batch"))
    monkeypatch.undo()
    assert story(tmp_path / "batch" / "outputs" / DATE).summary_by == "lead"  # the day is written
    with pytest.raises(ConfigError, match=f"run `brief daily --date {DATE} --batch` again to finish"):
        collect(on(server, tmp_path, "batch"))
    submit(on(server, tmp_path, "batch"), inbox)  # carries the follow-up on: finds the batch made
    final = collect(on(server, tmp_path, "batch"))
    assert final.followup is None and len(server.batches) == 2 and server.uploads == 2
    assert_interactive_day(tmp_path / "batch" / "outputs" / DATE, expected)
