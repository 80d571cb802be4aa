"""The CLI as a user meets it: typer's runner over real files, real servers on loopback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from servers import FakeOpenAIServer, free_port
from typer.testing import CliRunner

from brief.cli import app
from brief.schema import validate_brief
from tests.conftest import SEED, core_actors_missing

runner = CliRunner()


def _run(*args: str) -> object:
    return runner.invoke(app, ["run", *args])


def _written(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


@pytest.mark.parametrize("command", sorted(c.name or c.callback.__name__ for c in app.registered_commands))
def test_every_command_has_help(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and len(result.output) > 200


def test_schema_prints_the_shipped_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0 and json.loads(result.output)["title"] == "Brief"


def test_extractive_run_writes_a_valid_grounded_brief(tmp_path: Path, seed_gold: dict) -> None:
    result = _run(str(SEED), "--engine", "extractive", "--output-dir", str(tmp_path), "--date", "2026-11-27")
    assert result.exit_code == 0, result.output
    js, md = sorted(_written(tmp_path / "2026-11-27"), key=lambda p: p.suffix)
    data = json.loads(js.read_text(encoding="utf-8"))
    validate_brief(data)
    text = SEED.read_text(encoding="utf-8")
    evidence = [e for p in data["positions"] for e in p["evidence"]] + [
        e for q in data["open_questions"] for e in q["evidence"]
    ]
    assert evidence and all(e in text for e in evidence)
    assert core_actors_missing(data, seed_gold) == []
    markdown = md.read_text(encoding="utf-8")
    assert markdown.startswith("---\n") and "## Open questions" in markdown and "grounding_score:" in markdown
    assert result.stderr.splitlines()[-1] == "extractive:- · no model used"  # nothing to verify


def test_stdout_output_writes_nothing(tmp_path: Path) -> None:
    result = _run(str(SEED), "--engine", "extractive", "-o", "-", "--output-dir", str(tmp_path))
    assert result.exit_code == 0 and "## Key actors" in result.stdout
    assert _written(tmp_path) == []


def test_stdin_input(tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", "-", "--engine", "extractive", "-o", "-"], input=SEED.read_bytes())
    assert result.exit_code == 0 and "Macron" in result.stdout


def test_existing_different_brief_is_not_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("my notes", encoding="utf-8")
    result = _run(str(SEED), "--engine", "extractive", "-o", str(target))
    assert result.exit_code == 1 and "--force" in result.stderr
    assert target.read_text(encoding="utf-8") == "my notes"
    assert _run(str(SEED), "--engine", "extractive", "-o", str(target), "--force").exit_code == 0


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "not found"),
        (lambda d: _file(d / "empty.txt", b""), "empty"),
        (lambda d: _file(d / "bin.txt", b"\x00\x01\x02binary\x00" * 50), "not text"),
    ],
)
def test_bad_input_is_one_line_exit_1_nothing_written(tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    result = _run(str(make(tmp_path)), "--engine", "extractive", "--output-dir", str(out))
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and message in lines[0].lower()
    assert _written(out) == []


def _file(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_unreachable_endpoint(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}/v1"
    result = _run(
        str(SEED), "--engine", "openai", "--base-url", url, "--output-dir", str(tmp_path), "--no-cache"
    )
    assert result.exit_code == 1 and "cannot reach" in result.stderr and "--base-url" in result.stderr
    assert _written(tmp_path) == []


def test_bad_key_and_unknown_model(tmp_path: Path) -> None:
    with FakeOpenAIServer(api_key="right-key") as server:
        common = [
            "--engine",
            "openai",
            "--base-url",
            server.base_url,
            "--output-dir",
            str(tmp_path),
            "--no-cache",
        ]
        bad_key = _run(str(SEED), *common, "--api-key", "wrong-key-123")
        assert (
            bad_key.exit_code == 1
            and "key" in bad_key.stderr.lower()
            and "wrong-key-123" not in bad_key.stderr
        )
        unknown = _run(str(SEED), *common, "--api-key", "right-key", "--model", "no-such-model")
        assert unknown.exit_code == 1 and "no-such-model" in unknown.stderr and "--model" in unknown.stderr
    assert _written(tmp_path) == []


def test_run_against_a_real_llama_cpp_server(tmp_path: Path, llama_server: str) -> None:
    """The whole path: brief → openai client → HTTP → llama_cpp.server with the bundled model."""
    result = _run(
        str(SEED),
        "--engine",
        "openai",
        "--base-url",
        llama_server,
        "--output-dir",
        str(tmp_path),
        "--no-cache",
        "--max-retries",
        "1",
    )
    assert result.exit_code == 0, result.output
    js = next(p for p in _written(tmp_path) if p.suffix == ".json")
    data = json.loads(js.read_text(encoding="utf-8"))
    validate_brief(data)
    assert data["generator"]["engine"] == "openai" and data["usage"]["calls"] >= 1
    assert data["usage"]["prompt_tokens"] > 500
    checked = data["grounding"]["checked"]
    kept = round(data["grounding"]["score"] * checked)
    assert f"kept {kept} of {checked} model-written items (the rest is from the article)" in result.stderr
    text = SEED.read_text(encoding="utf-8")
    assert all(e in text for p in data["positions"] for e in p["evidence"])
