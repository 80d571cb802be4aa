"""Properties every extractive brief must have, on real articles no rule was written for before they were read
(``tests/fixtures/fresh``, a read set without gold; see its SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.extract import extract
from brief.schema import Draft
from brief.verify import verify
from brief.verify.names import name_key

FRESH = Path(__file__).parent / "fixtures" / "fresh"
_MODALS = ("Will ", "Would ", "Could ", "Should ", "Can ", "May ", "Might ")


@pytest.fixture(scope="module", params=sorted(p.name for p in FRESH.glob("*.txt")))
def brief_of(request: pytest.FixtureRequest) -> tuple[str, Draft]:
    text = (FRESH / request.param).read_text(encoding="utf-8")
    draft, _ = verify(None, text, extract(text))
    return text, draft


def test_every_stance_and_question_is_a_whole_sentence(brief_of: tuple[str, Draft]) -> None:
    _, draft = brief_of
    for position in draft.positions:
        stance = position.stance
        assert stance[:1].isupper() and stance.rstrip("”’\"'")[-1:] in ".!?", stance
        assert not stance.split(" ", 1)[0].endswith(":"), stance  # no "Said: ..."
    for question in draft.open_questions:
        assert question.question[:1].isupper() and question.question.endswith("?"), question.question


def test_every_piece_of_evidence_is_the_articles_own(brief_of: tuple[str, Draft]) -> None:
    text, draft = brief_of
    flat = " ".join(text.split())
    for position in draft.positions:
        for quote in position.evidence:
            assert " ".join(quote.split()) in flat, quote


def test_one_actor_per_name_and_no_word_taken_for_a_name(brief_of: tuple[str, Draft]) -> None:
    _, draft = brief_of
    seen: dict[str, str] = {}
    for actor in draft.actors:
        assert not actor.name.startswith(_MODALS), actor.name  # "Will Warren continue ...?"
        assert not (actor.name.isupper() and len(actor.name) > 5), actor.name  # "WILL SOMEONE"
        for form in {name_key(n) for n in (actor.name, *actor.aliases) if len(n) > 3}:
            assert seen.setdefault(form, actor.name) == actor.name, f"{actor.name} / {seen[form]}"
