"""Every command in README.md's ```bash blocks runs as written, in order, in a fresh folder.

The folder holds copies of the files the examples name (``examples/``, ``tests/fixtures/eval``, as
committed); commands run through bash with the venv's ``brief`` first on PATH and the user config and
cache folders inside it. Skipped, each for a stated reason: installing, commands that need a model
endpoint or a mail server, and ``pytest`` (this suite). The embedded model briefs the example once
(about 10 s); the later commands are answered from the response cache.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("examples", "tests/fixtures/eval")
SKIP = (
    (re.compile(r"install\.sh|pip install|-m venv"), "installs brief"),
    (re.compile(r"--base-url|OPENAI_API_KEY|--engine openai"), "needs a model endpoint"),
    (re.compile(r"^brief email (?!.*--dry-run)"), "sends mail through an SMTP server"),
    (re.compile(r"^pytest\b"), "runs this test suite"),
)
# What a command leaves behind, beyond exit code 0 (paths relative to the folder).
LEAVES = {
    "brief daily examples/": ["outputs/2026-12-01/index.md", "outputs/2026-12-01/index.html"],
    "--dry-run --link-base": ["outputs/2026-12-01/index.eml"],
    "brief run examples/seed_coalition.txt -o": ["scored/seed_coalition.json"],
    "--json report.json": ["report.json"],
}


def readme_commands(text: str) -> list[str]:
    """Each command of the ```bash blocks, with backslash-continued lines joined."""
    commands: list[str] = []
    for block in re.findall(r"^```bash\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL):
        for line in re.sub(r"\\\n\s*", " ", block).splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                commands.append(line.strip())
    return commands


def skip_reason(command: str) -> str | None:
    return next((reason for pattern, reason in SKIP if pattern.search(command)), None)


COMMANDS = readme_commands((ROOT / "README.md").read_text(encoding="utf-8"))
RUN = [c for c in COMMANDS if skip_reason(c) is None]


@dataclass(frozen=True)
class Ran:
    code: int
    stdout: str
    stderr: str


def _copy_inputs(folder: Path) -> None:
    """The committed files under COPIED (a checkout without git: everything there)."""
    names: list[str] = []
    if shutil.which("git"):
        listed = subprocess.run(
            ["git", "ls-files", "-z", *COPIED], cwd=ROOT, capture_output=True, check=False
        )
        names = [n.decode() for n in listed.stdout.split(b"\0") if n]
    if not names:
        for name in COPIED:
            shutil.copytree(ROOT / name, folder / name)
        return
    for name in names:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, folder / name)


@pytest.fixture(scope="session")
def readme_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, Ran]]]:
    """Run every runnable README command once, in order; the results by command."""
    folder = tmp_path_factory.mktemp("readme")
    _copy_inputs(folder)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEF_", "OPENAI_"))}
    env |= {
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
        "XDG_CONFIG_HOME": str(folder / ".config"),
        "XDG_CACHE_HOME": str(folder / ".cache"),
    }
    results = {}
    for command in RUN:
        done = subprocess.run(
            ["bash", "-c", command], cwd=folder, env=env, capture_output=True, text=True, timeout=600
        )
        results[command] = Ran(done.returncode, done.stdout, done.stderr)
    yield folder, results


def test_the_readme_has_runnable_commands_and_skips_each_other_for_a_reason() -> None:
    assert len(RUN) >= 6 and RUN[0] == "brief run examples/seed_coalition.txt"
    skipped = {c: skip_reason(c) for c in COMMANDS if c not in RUN}
    assert all(skipped.values()) and len(skipped) <= 6, skipped


@pytest.mark.parametrize("command", RUN)
def test_readme_command_runs_as_written(readme_run: tuple[Path, dict[str, Ran]], command: str) -> None:
    folder, results = readme_run
    ran = results[command]
    assert ran.code == 0, f"{command}\n{ran.stderr}"
    assert "Traceback" not in ran.stderr
    for marker, paths in LEAVES.items():
        if marker in command:
            assert all((folder / p).is_file() for p in paths), (command, paths)
