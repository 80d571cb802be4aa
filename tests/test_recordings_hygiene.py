"""No orphaned or missing recordings or snapshots, and no secrets in recordings.

Replaying every case (``test_snapshots.replay``, shared with the snapshot tests) must touch every
recording file; the snapshot folder must hold exactly one file per snapshot test and case. Syrupy
also fails a full run on unused snapshots; this check works on any subset of tests too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_snapshots import (
    ARTICLE_GLOBS,
    CASES,
    RECORDINGS,
    ROOT,
    Case,
    JSONSnapshot,
    MarkdownSnapshot,
    PromptsSnapshot,
    replay,
)

from brief.config import SECRET_FIELDS

SNAPSHOTS = ROOT / "tests" / "__snapshots__" / "test_snapshots"
SNAPSHOT_TESTS = {
    "test_prompts": PromptsSnapshot,
    "test_brief_json": JSONSnapshot,
    "test_markdown": MarkdownSnapshot,
}
RERECORD = "run `python scripts/rerecord.py` (see the README, 'Reviewing changes')"
UPDATE = "run `pytest tests/test_snapshots.py tests/test_recordings_hygiene.py --snapshot-update`"
SECRET_KEYS = SECRET_FIELDS | {"authorization", "password", "token", "secret", "api-key", "apikey"}
SECRET_TEXT = re.compile(r"\bsk-[A-Za-z0-9_-]{12,}|\bBearer\s+\S{8,}|-----BEGIN [A-Z ]*PRIVATE KEY")


def _recording_files() -> list[Path]:
    return sorted(RECORDINGS.glob("*/*.json"))


def test_same_named_fixture_articles_are_identical() -> None:
    """Cases name articles by file name, so two fixture files with one name must hold the same text."""
    by_name: dict[str, set[str]] = {}
    for pattern in ARTICLE_GLOBS:
        for path in ROOT.glob(pattern):
            by_name.setdefault(path.stem, set()).add(path.read_text(encoding="utf-8"))
    assert {name for name, texts in by_name.items() if len(texts) > 1} == set(), "rename one of them"


def test_one_recording_folder_per_case() -> None:
    expected = {case.folder.name for case in CASES}
    folders = {p.name for p in RECORDINGS.iterdir() if p.is_dir()}
    assert not expected - folders, f"cases without recordings: {RERECORD}"
    assert not folders - expected, "recording folders without a case: delete them"
    assert {p.name for p in RECORDINGS.iterdir() if not p.is_dir()} <= {"README.md"}


@pytest.mark.parametrize("case", CASES, ids=str)
def test_every_recording_is_used(case: Case) -> None:
    """The files in a case's folder are exactly the requests it makes: none unused, none missing."""
    used = {request.key[:16] + ".json" for request in replay(case).requests}
    files = {p.name for p in case.folder.iterdir()}
    assert not files - used, f"recordings no test uses (stale or stray files): {RERECORD}"
    assert not used - files, f"requests without a recording: {RERECORD}"


def test_recording_names_match_their_keys() -> None:
    for path in _recording_files():
        assert json.loads(path.read_text(encoding="utf-8"))["key"][:16] == path.stem, path


def _walk(value: Any) -> Iterator[tuple[str | None, Any]]:
    """Every (key, value) pair in nested JSON, keys ``None`` for list items and the root."""
    stack: list[tuple[str | None, Any]] = [(None, value)]
    while stack:
        key, item = stack.pop()
        yield key, item
        if isinstance(item, dict):
            stack.extend(item.items())
        elif isinstance(item, list):
            stack.extend((None, v) for v in item)


def test_recordings_hold_no_secrets_or_local_paths() -> None:
    """No credential-like field, token-like text, or path of this machine in any recording."""
    files = _recording_files()
    assert files, f"no recordings: {RERECORD}"
    local = (str(ROOT), str(Path.home()), "site-packages")
    for path in files:
        for key, value in _walk(json.loads(path.read_text(encoding="utf-8"))):
            assert str(key).lower() not in SECRET_KEYS, f"{path}: field {key!r}"
            if isinstance(value, str):
                assert not SECRET_TEXT.search(value), f"{path}: secret-like text in {key!r}"
                assert not any(part in value for part in local), f"{path}: local path in {key!r}"


def test_no_snapshot_is_orphaned_or_missing(request: pytest.FixtureRequest) -> None:
    if request.config.getoption("update_snapshots"):
        pytest.skip("--snapshot-update writes and prunes the snapshots in this run")
    expected = {
        f"{test}[{case}].{extension.file_extension}"
        for test, extension in SNAPSHOT_TESTS.items()
        for case in CASES
    } | {f"test_reduce_prompt[{task}].txt" for task in ("summary", "full")}
    found = {p.name for p in SNAPSHOTS.iterdir()} if SNAPSHOTS.is_dir() else set()
    assert not expected - found, f"missing snapshots: {UPDATE}"
    assert not found - expected, f"orphaned snapshots: {UPDATE}"
