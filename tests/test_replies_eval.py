"""``brief eval --replies``: hand-written replies run through the pipeline and scored.

The figures are checked with a stand-in verifier whose drops are known; one test runs the real
pipeline and verifier on the same tiny case.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from brief.cli import app
from brief.errors import InputError
from brief.evaluate.replies import evaluate_replies
from brief.evaluate.replies_table import format_replies
from brief.evaluate.reply_paths import covers, in_brief, parse_path, value_at
from brief.extract import Extraction
from brief.pipeline import job
from brief.schema import Draft, Dropped, Grounding

ARTICLE = """Council votes to keep the Elm Street library open

The city council voted on Monday to keep the Elm Street library open until 2026.
"We will not close a library while I am mayor," said Mayor Ana Ruiz.
Councillor Tom Baker said the library costs £40,000 a year to run and called the vote "a mistake".
"""

REPLY: dict[str, Any] = {
    "title": "Council keeps the Elm Street library open",
    "summary": "The city council voted on Monday to keep the Elm Street library open until 2026. "
    "Councillor Tom Baker said it costs £90,000 a year to run.",
    "actors": [
        {"name": "Ana Ruiz", "aliases": ["Mayor Ana Ruiz"], "kind": "person", "role": "Mayor"},
        {"name": "Tom Baker", "aliases": [], "kind": "person", "role": "Council leader"},
    ],
    "positions": [
        {"actor": "Ana Ruiz", "stance": "Will not close a library while she is mayor.",
         "evidence": ["We will not close a library while I am mayor"]},
        {"actor": "Tom Baker", "stance": "Supports the vote.", "evidence": ["called the vote \"a mistake\""]},
        {"actor": "Tom Baker", "stance": "Wants the library sold.",
         "evidence": ["The library should be sold to developers."]},
        {"actor": "Ana Ruiz", "stance": "Backs the library.",
         "evidence": ["The city council voted on Monday to keep the Elm Street library open until 2026."]},
    ],
    "open_questions": [
        {"question": "Who will pay the library's running costs?",
         "evidence": ["the library costs £40,000 a year to run"]},
    ],
}  # fmt: skip

ITEMS = [
    ("title", "faithful", None),
    ("summary[0]", "faithful", None),
    ("summary[1]", "planted", "number"),
    ("actors[0]", "faithful", None),
    ("actors[1].role", "planted", "role"),
    ("positions[0].stance", "faithful", None),
    ("positions[0].evidence[0]", "faithful", None),
    ("positions[1].stance", "planted", "negation"),
    ("positions[2].evidence[0]", "planted", "invented_quote"),
    ("positions[3].stance", "faithful", None),
    ("open_questions[0].question", "faithful", None),
]

# What the stand-in verifier drops: (field, kind)
DROPS = [
    ("summary[1]", "support"),  # the planted number, for another reason
    ("actors[1].role", "role"),  # right reason
    ("positions[2].evidence[0]", "evidence"),  # right reason
    ("positions[3].actor", "actor"),  # takes the faithful positions[3].stance with it
    ("open_questions[0]", "presumption"),  # a faithful question dropped
]


def write_case(root: Path, name: str, split: str, items: list[tuple[str, str, str | None]]) -> Path:
    (root / "articles").mkdir(exist_ok=True)
    (root / "articles" / "tiny.txt").write_text(ARTICLE, encoding="utf-8")
    folder = root / "replies"
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.reply.json").write_text(json.dumps(REPLY, ensure_ascii=False), encoding="utf-8")
    labels = {
        "article": "articles/tiny.txt",
        "split": split,
        "note": "hand-written for this test",
        "items": [{"path": p, "label": label, **({"kind": k} if k else {})} for p, label, k in items],
    }
    (folder / f"{name}.labels.json").write_text(json.dumps(labels), encoding="utf-8")
    return folder


Verify = Callable[..., tuple[Draft, Grounding]]


def stand_in(
    seen: list[Draft], drops: list[tuple[str, str]], change: Callable[[Draft], Draft] | None = None
) -> Verify:
    def verify(
        draft: Draft | None, text: str, extraction: Extraction, limits: object, *, title: str = ""
    ) -> tuple[Draft, Grounding]:
        assert draft is not None
        seen.append(draft)
        data = json.loads(draft.model_dump_json())
        dropped = [
            Dropped(field=f, value=value_at(data, f) or "", reason=f"dropped as {k}", kind=k)
            for f, k in drops
        ]
        return (change or (lambda d: d))(draft), Grounding(score=0.5, checked=10, dropped=dropped)

    return verify


def test_figures_on_known_drops(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Draft] = []
    monkeypatch.setattr(job, "verify", stand_in(seen, DROPS))
    folder = write_case(tmp_path, "a", "tune", ITEMS)
    write_case(
        tmp_path, "b", "check", [("title", "faithful", None), ("positions[1].stance", "planted", "negation")]
    )
    report = evaluate_replies(folder)
    # The verifier gets the reply as the model wrote it: the drop fields index the reply.
    assert seen == [Draft.model_validate(REPLY)] * 2
    tune = report.splits["tune"]
    assert (tune.faithful_kept.hits, tune.faithful_kept.n) == (5, 7)
    assert (tune.planted_dropped.hits, tune.planted_dropped.n) == (3, 4)
    assert (tune.planted_right_reason.hits, tune.planted_right_reason.n) == (2, 4)
    assert {k: (d.hits, r.hits, d.n) for k, (d, r) in tune.kinds.items()} == {
        "invented_quote": (1, 1, 1),
        "negation": (0, 0, 1),
        "number": (1, 0, 1),
        "role": (1, 1, 1),
    }
    assert (tune.fields["positions.stance"].hits, tune.fields["positions.stance"].n) == (1, 2)
    check, every = report.splits["check"], report.splits["all"]
    assert (check.faithful_kept.hits, check.faithful_kept.n, check.planted_dropped.n) == (1, 1, 1)
    assert (every.faithful_kept.hits, every.faithful_kept.n) == (6, 8)
    assert (every.planted_dropped.hits, every.planted_dropped.n) == (3, 5)
    case = report.cases[0]
    assert (case.requests, case.misaligned, case.warnings) == (1, [], [])
    assert all(i.in_brief for i in case.items if i.kept)
    text = format_replies(report)
    assert "planted dropped, right reason 2/4 = 0.50" in text
    assert "- a positions[1].stance: planted negation kept" in text
    assert "- a summary[1]: planted number dropped for another reason: summary[1] [support]" in text
    assert "- a positions[3].stance: faithful dropped: positions[3].actor [actor]" in text
    assert "(all clean)" in text


def test_an_item_lost_without_a_record_and_a_misplaced_drop_are_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_roles(draft: Draft) -> Draft:
        return draft.model_copy(update={"actors": [a.model_copy(update={"role": ""}) for a in draft.actors]})

    verify = stand_in([], [], no_roles)

    def misplaced(*args: Any, **kwargs: Any) -> tuple[Draft, Grounding]:
        draft, grounding = verify(*args, **kwargs)
        wrong = Dropped(field="positions[0].stance", value="Supports the vote.", reason="x", kind="negation")
        return draft, grounding.model_copy(update={"dropped": [wrong]})

    monkeypatch.setattr(job, "verify", misplaced)
    folder = write_case(tmp_path, "a", "tune", [("actors[0].role", "faithful", None)])
    report = evaluate_replies(folder)
    (item,) = report.cases[0].items
    assert (item.kept, item.in_brief) == (True, False)
    assert [d.field for d in report.cases[0].misaligned] == ["positions[0].stance"]
    text = format_replies(report)
    assert "- a actors[0].role: no drop recorded, but it is not in the brief: Mayor" in text
    assert "- a: drop at positions[0].stance does not match the reply there: Supports the vote." in text


def test_real_pipeline_on_the_tiny_case(tmp_path: Path) -> None:
    folder = write_case(tmp_path, "a", "check", ITEMS)
    report = evaluate_replies(folder)
    (case,) = report.cases
    assert (case.requests, case.misaligned) == (1, [])
    quote = next(i for i in case.items if i.path == "positions[2].evidence[0]")
    assert not quote.kept and quote.right_reason, quote.drops


def test_cli_replies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(job, "verify", stand_in([], DROPS))
    folder = write_case(tmp_path, "a", "tune", ITEMS)
    out = tmp_path / "r.json"
    result = CliRunner().invoke(app, ["eval", "--replies", str(folder), "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "faithful kept                 5/7 = 0.71" in result.output
    assert json.loads(out.read_text(encoding="utf-8"))["splits"]["tune"]["planted_dropped"]["hits"] == 3


def test_bad_labels_are_input_errors(tmp_path: Path) -> None:
    folder = write_case(tmp_path, "a", "tune", [("positions[9].stance", "faithful", None)])
    with pytest.raises(InputError, match=r"positions\[9\]\.stance is not in a.reply.json"):
        evaluate_replies(folder)
    folder = write_case(tmp_path, "a", "tune", [("positions[0].stance", "planted", "typo")])
    with pytest.raises(InputError, match="kind 'typo'"):
        evaluate_replies(folder)
    with pytest.raises(InputError, match=r"no NAME\.labels\.json"):
        evaluate_replies(tmp_path / "articles")


def test_paths() -> None:
    assert parse_path("positions[2].evidence[0]") == ["positions", 2, "evidence", 0]
    with pytest.raises(ValueError):
        parse_path("article")
    assert covers("positions[3]", "positions[3].stance")
    assert covers("positions[3].actor", "positions[3].evidence[0]")
    assert covers("summary[1]", "summary[1]")
    assert not covers("positions[3]", "positions[31].stance")
    assert not covers("positions[3].stance", "positions[3].evidence[0]")
    assert value_at(REPLY, "summary[1]") == "Councillor Tom Baker said it costs £90,000 a year to run."
    assert value_at(REPLY, "actors[1]") == "Tom Baker"
    assert value_at(REPLY, "positions[0]") == "Will not close a library while she is mayor."
    assert value_at(REPLY, "open_questions[3].question") is None
    brief = {**REPLY, "actors": [{"name": "Tom Baker", "aliases": ["Councillor Tom Baker"], "role": ""}]}
    assert in_brief("actors[0]", "Baker", brief)
    assert not in_brief("actors[0]", "Ana Ruiz", brief)
    assert in_brief("positions[1].evidence[0]", "called the vote “a mistake”", brief)


def test_a_faithful_quote_goes_with_its_planted_question(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The verifier drops a question whole (field open_questions[0], the question's text): the faithful
    # quote under a planted question is not a faithful item thrown away, as under a planted stance.
    monkeypatch.setattr(job, "verify", stand_in([], [("open_questions[0]", "presumption")]))
    items = [
        ("open_questions[0].question", "planted", "presumption"),
        ("open_questions[0].evidence[0]", "faithful", None),
        ("title", "faithful", None),
    ]
    tune = evaluate_replies(write_case(tmp_path, "a", "tune", items)).splits["tune"]
    assert (tune.faithful_kept.hits, tune.faithful_kept.n, tune.faithful_with_planted) == (1, 1, 1)
    assert (tune.planted_right_reason.hits, tune.planted_right_reason.n) == (1, 1)
    # A faithful question's quote dropped with it still counts against the verifier.
    items[0] = ("open_questions[0].question", "faithful", None)
    check = evaluate_replies(write_case(tmp_path, "a", "check", items)).splits["check"]
    assert (check.faithful_kept.hits, check.faithful_kept.n, check.faithful_with_planted) == (1, 3, 0)
