"""The digest: cross-story actor index, what changed since the last digest, rendering, reading back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from brief.daily.digest import (
    DIGEST_JSON,
    Digest,
    actor_index,
    build_digest,
    digest_json,
    load_digest,
    previous_digest,
    render_digest,
)
from brief.daily.match import actor_key, coverage, same_stance, similarity
from brief.errors import ConfigError, InputError
from brief.prompts import PromptLibrary
from brief.schema import Actor, Brief, Generator, Grounding, OpenQuestion, Position, Source, Usage


def make(
    sid: str,
    title: str,
    *,
    actors: list[tuple[str, list[str]]] = (),  # type: ignore[assignment]
    positions: list[tuple[str, str]] = (),  # type: ignore[assignment]
    questions: list[str] = (),  # type: ignore[assignment]
    summary: str = "",
    url: str | None = None,
    **usage: Any,
) -> Brief:
    """A brief with just what the digest reads."""
    return Brief(
        title=title,
        summary=summary or f"{title}.",
        actors=[Actor(name=name, aliases=aliases, kind="person") for name, aliases in actors],
        positions=[Position(actor=actor, stance=stance, evidence=[stance]) for actor, stance in positions],
        open_questions=[OpenQuestion(question=q) for q in questions],
        grounding=Grounding(score=0.9),
        source=Source(id=sid, title=title, url=url, path=None if url else f"{sid}.txt"),
        generator=Generator(engine="openai", model="gpt-4o-mini"),
        usage=Usage(
            **{"prompt_tokens": 1000, "completion_tokens": 200, "calls": 1, "cost_usd": 0.0003, **usage}
        ),
    )


def digest_of(date: str, *briefs: Brief, previous: Digest | None = None) -> Digest:
    return build_digest(date, [(b, f"{b.source.id}.md") for b in briefs], previous=previous)


# --- matching -----------------------------------------------------------------------------------------


def test_actor_key_folds_case_quotes_articles_and_possessives() -> None:
    assert actor_key("The Social Democrats’") == actor_key("social democrats")
    assert actor_key("Macron's") == "macron"
    assert actor_key("  Anna   BERG ") == "anna berg"


def test_similarity_ignores_stop_words_and_word_endings() -> None:
    assert similarity("Will the parties meet again?", "The party meets again") == 1.0
    assert similarity("The council voted", "Will the council vote?") == 1.0
    assert similarity("rail investment", "hospital waiting times") == 0.0
    assert similarity("", "anything") == 0.0


def test_coverage_needs_three_shared_words_or_the_whole_question() -> None:
    texts = ["The council met", "The council voted on the offer"]
    assert coverage("Will the council hold a vote on the offer?", texts) == (0.75, 1)
    assert coverage("Will the Greens leave the talks?", ["The Greens ended the talks"]) == (0.0, -1)
    assert coverage("Will the parties meet?", ["The parties met"]) == (1.0, 0)


def test_same_stance_needs_similar_words_and_the_same_polarity() -> None:
    assert same_stance("Says the gap is bridgeable", "Said the gap was bridgeable")
    assert not same_stance("Refuses any deal that cuts rail funds", "Agreed a deal that cuts rail funds")
    assert not same_stance("We won't sign the deal", "We will sign the deal")
    assert not same_stance("Wants lower taxes", "Opens the harbour")


# --- actor index ---------------------------------------------------------------------------------------


def test_actor_index_matches_name_to_alias_across_stories_case_insensitively() -> None:
    one = make(
        "a1", "Coalition talks stall", actors=[("Anna Berg", ["Berg"])], positions=[("Anna Berg", "No cuts")]
    )
    two = make("b2", "Greens want climate plan", actors=[("BERG", [])], positions=[("BERG", "Climate first")])
    three = make("c3", "Ferry timetable", actors=[("Island Lines", [])])
    index = actor_index([one, two, three])
    assert [(e.name, [a.story for a in e.stories]) for e in index] == [
        ("Anna Berg", ["a1", "b2"]),
        ("Island Lines", ["c3"]),
    ]
    assert index[0].aliases == ["Berg"]
    assert [a.stances for a in index[0].stories] == [["No cuts"], ["Climate first"]]


def test_two_people_sharing_only_an_alias_stay_apart() -> None:
    one = make("a1", "US visit", actors=[("Joe Biden", ["the president"])])
    two = make("b2", "Paris summit", actors=[("Emmanuel Macron", ["the president"])])
    assert [e.name for e in actor_index([one, two])] == ["Joe Biden", "Emmanuel Macron"]


def test_most_common_full_name_wins_and_busiest_actors_come_first() -> None:
    briefs = [
        make("a1", "One", actors=[("Lindqvist", []), ("Berg", [])]),
        make("b2", "Two", actors=[("Thomas Lindqvist", ["Lindqvist"])]),
        make("c3", "Three", actors=[("Thomas Lindqvist", ["Lindqvist"])]),
    ]
    index = actor_index(briefs)
    assert index[0].name == "Thomas Lindqvist" and len(index[0].stories) == 3
    assert index[1].name == "Berg"


# --- what changed ----------------------------------------------------------------------------------------

COALITION = "Coalition talks stall over the budget between Social Democrats and Greens"


def yesterday() -> Digest:
    return digest_of(
        "2024-05-14",
        make(
            "old1",
            "Coalition talks stall over budget",
            summary=COALITION,
            actors=[("Anna Berg", ["Berg"]), ("Thomas Lindqvist", [])],
            positions=[
                ("Anna Berg", "Refuses any deal that cuts rail investment"),
                ("Thomas Lindqvist", "Says the gap is bridgeable"),
            ],
            questions=[
                "Will the parties meet again before the summit?",
                "Who will chair the next round?",
                "Will the Greens leave the talks?",
            ],
        ),
        make(
            "old2",
            "Ferry timetable changes",
            actors=[("Island Lines", [])],
            questions=["Will ticket prices rise?"],
        ),
    )


def today() -> Brief:
    return make(
        "new1",
        "Coalition agrees budget deal",
        summary=COALITION
        + " ended with a deal on Friday. The parties met again before the summit and agreed.",
        actors=[("Berg", []), ("Thomas Lindqvist", []), ("Lena Sørensen", [])],
        positions=[
            ("Berg", "Agreed a deal that protects rail investment for four years"),
            ("Thomas Lindqvist", "Said the gap is bridgeable"),
            ("Lena Sørensen", "Will appoint the cabinet"),
        ],
        questions=["Who will chair the next budget round?"],
    )


def two_days() -> tuple[Digest, Digest]:
    before = yesterday()
    return before, digest_of("2024-05-15", today(), previous=before)


def test_changes_name_new_actors_and_changed_positions() -> None:
    _, after = two_days()
    changes = after.changes
    assert changes is not None and changes.previous_date == "2024-05-14"
    assert [(n.name, n.story) for n in changes.new_actors] == [
        ("Lena Sørensen", "Coalition agrees budget deal")
    ]
    assert [(c.actor, c.now, c.before) for c in changes.changed_positions] == [
        (
            "Anna Berg",
            ["Agreed a deal that protects rail investment for four years"],
            ["Refuses any deal that cuts rail investment"],
        ),
    ]  # Lindqvist says the same thing in other words: no change


def test_open_questions_are_addressed_still_open_or_no_longer_raised() -> None:
    _, after = two_days()
    assert after.changes is not None
    notes = {n.question: (n.status, n.detail) for n in after.changes.questions}
    assert notes == {
        "Will the parties meet again before the summit?": (
            "addressed",
            "The parties met again before the summit and agreed.",
        ),
        "Who will chair the next round?": ("still open", "Who will chair the next budget round?"),
        "Will the Greens leave the talks?": ("no longer raised", ""),
    }
    assert after.changes.not_followed == 1  # the ferry story has no follow-up: its question settles nothing


def test_a_statement_in_an_unrelated_story_does_not_answer_a_question() -> None:
    before = digest_of(
        "2024-05-14",
        make(
            "p1",
            "Port strike",
            summary="Dock workers strike in Hamburg",
            questions=["Will members vote on the offer on Thursday?"],
        ),
    )
    today = make("h1", "Council keeps harbour stake", summary="The council voted on the offer on Thursday.")
    after = digest_of("2024-05-15", today, previous=before)
    assert after.changes is not None
    assert (after.changes.questions, after.changes.not_followed) == ([], 1)


def test_same_url_means_the_story_goes_on() -> None:
    url = "https://ledger.example/port"
    before = digest_of("2024-05-14", make("p1", "Port strike", url=url, questions=["Will the strike end?"]))
    after = digest_of("2024-05-15", make("p2", "Dock news", url=url), previous=before)
    assert after.changes is not None
    assert [(n.status, n.story) for n in after.changes.questions] == [("no longer raised", "Port strike")]


# --- rendering -------------------------------------------------------------------------------------------


def test_render_has_headlines_actor_index_sections_changes_and_totals() -> None:
    other = make(
        "new2",
        "Greens [want] | climate plan",
        actors=[("Anna Berg", ["Berg"])],
        positions=[("Anna Berg", "Climate first | always")],
        url="https://www.ledger.example/x",
    )
    digest = digest_of("2024-05-15", today(), other, previous=yesterday())
    text = render_digest(digest, {"new1": today(), "new2": other}, PromptLibrary())
    assert text.startswith(
        "---\ntitle: Daily brief\ndate: '2024-05-15'\nstories: 2\nprevious: '2024-05-14'\n"
    )
    assert "# Daily brief — 2024-05-15" in text
    assert "1. [Coalition agrees budget deal](new1.md) — new1.txt\n" in text
    assert "2. [Greens \\[want\\] | climate plan](new2.md) — ledger.example\n" in text
    assert (
        "## What changed since 2024-05-14" in text
        and "- Lena Sørensen (Coalition agrees budget deal)" in text
    )
    still = "- Who will chair the next round? (Coalition talks stall over budget)\n"
    assert f"**Open questions still open**\n\n{still}" in text
    assert (
        "## Actors across stories\n\n### Anna Berg (person)\n\nAlso: Berg\n\n| Story | Role | Position |\n"
        in text
    )
    assert "| Greens [want] \\| climate plan | — | Climate first \\| always |" in text
    assert "## 1. Coalition agrees budget deal" in text and "## 2. Greens [want] | climate plan" in text
    assert (
        "- **Berg**: Agreed a deal that protects rail investment for four years\n" in text
    )  # quote = stance: once
    assert "_new1.txt · [full brief](new1.md)_\n" in text  # no model-written item was checked
    assert "tokens 1,000 in / 200 out" not in text and "grounding" not in text
    footer = (
        "2 stories · openai:gpt-4o-mini · tokens 2,000 in / 400 out · cost $0.0006. Every quote appears "
        "verbatim in its source."
    )
    assert text.rstrip().endswith(footer)


def test_a_story_says_how_many_model_written_items_were_kept_not_a_grounding_score() -> None:
    none_kept = make("k0", "Nothing kept", url="https://ledger.example/k0")
    none_kept.grounding = Grounding(score=0.0, checked=2)
    most_kept = make("k3", "Most kept")
    most_kept.grounding = Grounding(score=0.75, checked=4)
    digest = digest_of("2024-05-15", none_kept, most_kept)
    text = render_digest(digest, {"k0": none_kept, "k3": most_kept}, PromptLibrary())
    assert (
        "_[ledger.example](https://ledger.example/k0) · kept 0 of 2 model-written items · "
        "[full brief](k0.md)_\n" in text
    )
    assert "_k3.txt · kept 3 of 4 model-written items · [full brief](k3.md)_\n" in text
    assert "grounding" not in text.lower() and text.count("gpt-4o-mini") == 1  # the footer only
    assert text.rstrip().endswith(
        "2 stories · openai:gpt-4o-mini · tokens 2,000 in / 400 out · cost $0.0006."
        " Every quote appears verbatim in its source."
    )


def test_unknown_price_and_no_model_are_said_in_the_footer() -> None:
    unpriced = make("u1", "Unpriced", cost_usd=None)
    unpriced.generator.model = "my-local-model"
    text = render_digest(digest_of("2024-05-15", unpriced), {"u1": unpriced}, PromptLibrary())
    assert "cost unknown (no price for my-local-model)" in text
    plain = make("e1", "Extractive", prompt_tokens=0, completion_tokens=0)
    plain.generator.engine, plain.generator.model = "extractive", ""
    text = render_digest(digest_of("2024-05-15", plain), {"e1": plain}, PromptLibrary())
    assert "1 story · briefed without a model." in text


def test_empty_digest_renders() -> None:
    text = render_digest(Digest(date="2024-05-15"), {}, PromptLibrary())
    assert "No stories in this digest." in text and "0 stories" in text


def test_a_user_template_overrides_the_shipped_one(tmp_path: Path) -> None:
    (tmp_path / "digest.md.j2").write_text("{{ digest.date }}: {{ digest.stories | length }} stories\n")
    brief = make("a1", "One")
    assert (
        render_digest(digest_of("2024-05-15", brief), {"a1": brief}, PromptLibrary(tmp_path))
        == "2024-05-15: 1 stories\n"
    )
    (tmp_path / "digest.md.j2").write_text("{{ digest.nope }}\n")
    with pytest.raises(ConfigError, match=r"digest\.md\.j2"):
        render_digest(digest_of("2024-05-15", brief), {"a1": brief}, PromptLibrary(tmp_path))


# --- reading back ------------------------------------------------------------------------------------------


def test_digest_json_round_trips(tmp_path: Path) -> None:
    _, after = two_days()
    path = tmp_path / DIGEST_JSON
    path.write_text(digest_json(after), encoding="utf-8")
    assert load_digest(path) == after


def test_previous_digest_is_the_latest_readable_earlier_one(tmp_path: Path) -> None:
    for date in ("2024-05-10", "2024-05-12", "2024-05-13", "2024-05-20"):
        (tmp_path / date).mkdir()
        (tmp_path / date / DIGEST_JSON).write_text(digest_json(Digest(date=date)), encoding="utf-8")
    (tmp_path / "2024-05-13" / DIGEST_JSON).write_text("{broken", encoding="utf-8")
    (tmp_path / "2024-05-14").mkdir()  # no digest in it
    (tmp_path / "notes").mkdir()
    found, notes = previous_digest(tmp_path, "2024-05-15")
    assert found is not None and found.date == "2024-05-12"
    assert len(notes) == 1 and "2024-05-13" in notes[0] and "not a brief digest" in notes[0]
    assert previous_digest(tmp_path, "2024-05-10") == (None, [])
    assert previous_digest(tmp_path / "missing", "2024-05-10") == (None, [])


def test_load_digest_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read digest"):
        load_digest(tmp_path / "none.json")
    (tmp_path / "x.json").write_text('{"title": 3}')
    with pytest.raises(InputError, match=r"x.json is not a brief digest .*: delete or rebuild it"):
        load_digest(tmp_path / "x.json")
