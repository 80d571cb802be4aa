from __future__ import annotations

import json
from pathlib import Path

import pytest

from brief.errors import SchemaValidationError
from brief.schema import Brief, brief_json_schema, shipped_schema, validate_brief

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "brief" / "brief.schema.json"


def test_shipped_schema_matches_models() -> None:
    """Fails when the models change without regenerating brief/brief.schema.json (see README)."""
    assert shipped_schema() == json.loads(json.dumps(brief_json_schema())), (
        "brief.schema.json is stale: run `python -m brief.schema` and commit the file"
    )


def _minimal() -> dict:
    return {
        "title": "T",
        "summary": "S",
        "actors": [{"name": "Macron", "aliases": [], "kind": "person", "role": ""}],
        "positions": [{"actor": "Macron", "stance": "x", "evidence": ["y"]}],
        "open_questions": [],
        "grounding": {"score": 1.0, "checked": 1, "dropped": [], "fallback": False},
        "source": {"id": "abc", "title": "T", "chars": 3},
    }


def test_valid_brief_passes_and_roundtrips() -> None:
    data = _minimal()
    validate_brief(data)
    assert Brief.model_validate(data).actors[0].name == "Macron"


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (lambda d: d.pop("title"), "(root)"),
        (lambda d: d["actors"][0].update(kind="planet"), "actors/0/kind"),
        (lambda d: d["positions"][0].update(evidence=[]), "positions/0/evidence"),
        (lambda d: d["grounding"].update(score=1.5), "grounding/score"),
        (lambda d: d.update(extra_field=1), "(root)"),
    ],
)
def test_invalid_brief_names_the_place(mutate, where) -> None:  # type: ignore[no-untyped-def]
    data = _minimal()
    mutate(data)
    with pytest.raises(SchemaValidationError, match=where):
        validate_brief(data)
