"""Snapshots of what people review: the prompts sent, the brief JSON and the Markdown, for every fixture.

Each case replays recorded model replies from ``tests/recordings/<case>/`` (no network, no model),
so a change to ``prompts/*.j2``, the Markdown template or the pipeline shows up as a diff of files
under ``tests/__snapshots__/test_snapshots/``. ``pytest --snapshot-update`` accepts the change;
``python scripts/rerecord.py --changed`` re-records the cases whose requests changed. See
`the README, "Reviewing changes"`.

This module is also the one list of what is recorded: ``scripts/rerecord.py`` imports ``CASES``,
``case_settings`` and ``read_case`` from here, so recording and replay always use the same settings.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import zip_longest
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

from brief.backends.base import Message, Reply
from brief.backends.replay import ReplayBackend
from brief.backends.request_key import merge_options, request_key, schema_hash
from brief.backends.structured import salvage
from brief.config import Settings
from brief.errors import BackendError
from brief.pipeline.briefer import Briefer
from brief.prompts import PromptLibrary, fence_for
from brief.read.articles import Article
from brief.read.inputs import read_path
from brief.schema import Brief, Draft

ROOT = Path(__file__).resolve().parent.parent
RECORDINGS = ROOT / "tests" / "recordings"
DATE = "2024-01-01"  # the Markdown's front-matter date; fixed so snapshots do not change daily
# Fixture articles, first path wins for a name (the eval set repeats the seed; a hygiene test checks
# that same-named files hold the same text). Only the eval articles recorded here are snapshot cases:
# the rest of the eval set (tests/fixtures/eval/SOURCES.md) is scored by `brief eval`, not replayed.
SNAPSHOT_EVAL = ("business_indian_point_closure", "feature_fox_news_ailes", "health_meth_campaign",
                 "opinion_impeachment", "seed_coalition", "techreg_uber_study", "trade_us_china")  # fmt: skip
ARTICLE_GLOBS = ("examples/seed_coalition.txt", *(f"tests/fixtures/eval/{n}.txt" for n in SNAPSHOT_EVAL))


def _articles() -> dict[str, str]:
    found: dict[str, str] = {}
    for pattern in ARTICLE_GLOBS:
        for path in sorted(ROOT.glob(pattern)):
            found.setdefault(path.stem, path.relative_to(ROOT).as_posix())
    return found


ARTICLES = _articles()  # name -> path relative to the repository root


@dataclass(frozen=True)
class Case:
    """One recorded run, one folder ``tests/recordings/<case>/``: an article and how it was briefed."""

    name: str  # the fixture article
    task: str = "summary"  # what the embedded model writes by default (see pipeline.resolve_task)
    endpoint: str = ""  # a label for another model's recordings (``brief run --record``)

    def __str__(self) -> str:
        if self.endpoint:
            return f"{self.name}@{self.endpoint}"
        return self.name if self.task == "summary" else f"{self.name}-{self.task}"

    @property
    def path(self) -> str:
        return ARTICLES[self.name]

    @property
    def folder(self) -> Path:
        return RECORDINGS / str(self)

    @property
    def embedded(self) -> bool:
        """Recorded with the bundled model by ``scripts/rerecord.py`` (else by hand, with an endpoint)."""
        return not self.endpoint


# Beyond one default case per article (where the model reads only the lead): the full-brief prompts.
# The tiny model's full brief is mostly cut off and dropped, and the snapshot shows what the verifier
# keeps instead.
EXTRA_CASES = (Case("seed_coalition", task="full"),)


def _endpoint_cases() -> list[Case]:
    """Folders ``<article>@<label>/``: a capable model's recordings, replayed with ``task="full"``."""
    found = []
    for folder in sorted(RECORDINGS.glob("*@*")):
        name, _, label = folder.name.partition("@")
        if folder.is_dir() and name in ARTICLES:
            found.append(Case(name, "full", endpoint=label))
    return found


CASES = tuple(sorted([Case(name) for name in ARTICLES] + [*EXTRA_CASES] + _endpoint_cases(), key=str))


def case_settings(case: Case, **engine: Any) -> Settings:
    """Settings to record (``engine="local"``) or replay (``engine="replay"``) a case; nothing else varies."""
    return Settings(task=case.task, use_cache=False, **engine)


def read_case(case: Case) -> Article:
    """The fixture article, with a repository-relative source so outputs do not depend on the checkout."""
    (article,) = read_path(ROOT / case.path)
    return dataclasses.replace(article, source=case.path)


# --- Replay, capturing every request -----------------------------------------------------------------


@dataclass(frozen=True)
class Request:
    """One request as the pipeline sent it; ``recorded`` is false when a stand-in reply answered it."""

    messages: list[dict[str, str]]
    options: dict[str, Any]
    schema_sha256: str
    key: str
    recorded: bool = True


class CapturingReplay:
    """A ReplayBackend that keeps every request it was asked, in order.

    With ``stand_ins``, a request that was not recorded is answered with the reply of the closest
    recording and its error kept in ``misses``, so that one run shows every prompt that changed.
    """

    accepts_options = True

    def __init__(self, inner: ReplayBackend, *, stand_ins: bool = False) -> None:
        self.inner, self.stand_ins = inner, stand_ins
        self.engine, self.model, self.context_window = inner.engine, inner.model, inner.context_window
        self.requests: list[Request] = []
        self.misses: list[str] = []

    def complete(
        self,
        messages: Sequence[Message],
        schema: Mapping[str, Any],
        *,
        max_tokens: int,
        options: Mapping[str, Any] | None = None,
    ) -> Reply:
        merged = merge_options(self.inner.options, options, max_tokens)
        request = Request(
            [dict(m) for m in messages],
            merged,
            schema_hash(schema),
            request_key(None, None, messages, schema, merged),
        )
        try:
            reply = self.inner.complete(messages, schema, max_tokens=max_tokens, options=options)
        except BackendError as exc:
            closest = self.inner.closest(messages, schema, max_tokens=max_tokens, options=options)
            if not self.stand_ins or closest is None:
                raise
            self.misses.append(str(exc))
            self.requests.append(dataclasses.replace(request, recorded=False))
            return Reply(**{f.name: closest["reply"][f.name] for f in dataclasses.fields(Reply)})
        self.requests.append(request)
        return reply


@dataclass(frozen=True)
class Replayed:
    """What one case produced from its recordings; ``misses``: requests answered by stand-ins."""

    brief: Brief
    markdown: str
    requests: list[Request]
    misses: list[str]


def replay_case(case: Case, prompts_dir: Path | None = None, *, stand_ins: bool = False) -> Replayed:
    """Brief the case's article from its recordings.

    Raises:
        BackendError: a request was not recorded (a prompt, the schema or the input changed), and no
            stand-in was allowed or none had the same templates.
    """
    settings = case_settings(case, engine="replay", replay_dir=case.folder, prompts_dir=prompts_dir)
    backend = CapturingReplay(ReplayBackend.from_settings(settings), stand_ins=stand_ins)
    brief, markdown = Briefer(settings, backend).brief(read_case(case), date=DATE)
    return Replayed(brief, markdown, backend.requests, backend.misses)


@functools.cache
def replay(case: Case) -> Replayed:
    """``replay_case`` with stand-ins, once per test session (the hygiene tests reuse it)."""
    return replay_case(case, stand_ins=True)


def misses_message(case: Case, result: Replayed) -> str:
    """How many requests were not recorded, the first reason and how to re-record ("" when none)."""
    if not result.misses:
        return ""
    how = "python scripts/rerecord.py --changed" if case.embedded else "brief run --record (see docs)"
    return (
        f"{len(result.misses)} of {len(result.requests)} request(s) not recorded (NOT RECORDED in the "
        f"prompts; their replies are stand-ins from the closest recording). Re-record: {how}. "
        f"First: {result.misses[0]}"
    )


# --- What the snapshots hold ------------------------------------------------------------------------


def _recording(request: Request) -> str:
    name = f"{request.key[:16]}.json"
    return f"recording {name}" if request.recorded else f"NOT RECORDED ({name})"


def prompts_text(requests: list[Request]) -> str:
    """Every request, message by message, with the template that rendered it."""
    parts = []
    for number, request in enumerate(requests, 1):
        options = {k: v for k, v in request.options.items() if k != "templates"}
        parts.append(
            f"===== request {number} of {len(requests)}: {json.dumps(options, sort_keys=True)}, "
            f"schema {request.schema_sha256[:12]}, {_recording(request)} ====="
        )
        templates = request.options.get("templates") or []
        for message, template in zip_longest(request.messages, templates[: len(request.messages)]):
            parts.append(f"----- {message['role']} ({template or 'no template'}) -----\n{message['content']}")
    return "\n".join(part.rstrip("\n") for part in parts) + "\n"


def brief_json(brief: Brief) -> str:
    """The brief as ``brief run`` writes it, with the package version normalised."""
    data = json.loads(brief.model_dump_json())
    data["generator"]["version"] = "<version>"
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


class _Text(SingleFileSnapshotExtension):
    """One UTF-8 text file per snapshot, so a review diff is a plain file diff."""

    _write_mode = WriteMode.TEXT


class PromptsSnapshot(_Text):
    file_extension = "txt"


class JSONSnapshot(_Text):
    file_extension = "json"


class MarkdownSnapshot(_Text):
    file_extension = "md"


# --- Tests ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=str)
def test_prompts(case: Case, snapshot: Any) -> None:
    result = replay(case)
    assert prompts_text(result.requests) == snapshot.use_extension(PromptsSnapshot), misses_message(
        case, result
    )
    if result.misses:  # the prompts snapshot was updated, but the recordings are still missing
        pytest.fail(misses_message(case, result), pytrace=False)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_brief_json(case: Case, snapshot: Any) -> None:
    assert brief_json(replay(case).brief) == snapshot.use_extension(JSONSnapshot)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_markdown(case: Case, snapshot: Any) -> None:
    assert replay(case).markdown == snapshot.use_extension(MarkdownSnapshot)


REDUCE_PARTIALS = ("seed_coalition", "trade_us_china")  # cases whose recorded replies stand in as partials


def _valid_replies(case: Case) -> list[str]:
    """The case's recorded replies as the pipeline passes them on: valid, or salvaged when cut off."""
    drafts = []
    for path in sorted(case.folder.glob("*.json")):
        text = json.loads(path.read_text(encoding="utf-8"))["reply"]["text"]
        try:
            draft: Draft | None = Draft.model_validate_json(text)
        except ValidationError:
            draft = salvage(text)
        if draft is not None:
            drafts.append(draft.model_dump_json(exclude_defaults=True))
    return drafts


def reduce_prompt(task: str) -> str:
    """reduce.j2 as the pipeline renders it, merging recorded replies of the ``REDUCE_PARTIALS`` cases."""
    partials = [_valid_replies(Case(name))[0] for name in REDUCE_PARTIALS]
    article = read_case(Case(REDUCE_PARTIALS[0]))
    return PromptLibrary().render(
        "reduce.j2", title=article.title, partials=partials, fence=fence_for(article.text), task=task
    )


@pytest.mark.parametrize("task", ["summary", "full"])
def test_reduce_prompt(task: str, snapshot: Any) -> None:
    """No recorded case reaches reduce: the embedded model reads only an article's lead, and its full
    briefs never validate. So reduce.j2 is snapshotted as rendered, from two recorded replies; a
    capable model's recording of a long article (see docs) covers it end to end."""
    assert reduce_prompt(task) == snapshot.use_extension(PromptsSnapshot)


def test_edited_map_prompt_fails_replay_naming_the_template(tmp_path: Path) -> None:
    """One word added to map.j2: the replay refuses and says which template changed."""
    prompts = shutil.copytree(ROOT / "prompts", tmp_path / "prompts")
    map_j2 = prompts / "map.j2"
    map_j2.write_text("Carefully " + map_j2.read_text(encoding="utf-8"), encoding="utf-8")
    case = Case("seed_coalition")
    with pytest.raises(BackendError) as info:
        replay_case(case, prompts_dir=prompts)
    message = str(info.value)
    assert "the map prompt (user message) differs" in message
    assert "at character 0 (now 'Carefully " in message
    assert "template 'map.j2' changed?" in message
    assert f"re-record with `brief run --record {case.folder}`" in message
