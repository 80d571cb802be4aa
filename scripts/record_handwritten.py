#!/usr/bin/env python
"""Record the hand-written capable-model replies (tests/fixtures/capable) as snapshot cases.

    python scripts/record_handwritten.py seed_coalition trade_us_china

For each named fixture article, a loopback OpenAI-compatible server (tests/servers.py) answers every
chat request with ``tests/fixtures/capable/NAME.reply.json``, and ``brief run --record`` writes the
requests and replies into ``tests/recordings/NAME@handwritten/``: the real CLI, the real openai client,
the real structured-reply handling. The replies were written by people in the role of a careful strong
model and hold labelled planted errors (``NAME.labels.json``); no model produced them. Afterwards:
``pytest tests/test_snapshots.py tests/test_recordings_hygiene.py --snapshot-update``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from servers import FakeOpenAIServer, reply  # noqa: E402

LABEL = "handwritten"
MODEL = "handwritten-capable"


def record(name: str) -> Path:
    folder = ROOT / "tests" / "fixtures" / "capable"
    labels = json.loads((folder / f"{name}.labels.json").read_text(encoding="utf-8"))
    text = (folder / f"{name}.reply.json").read_text(encoding="utf-8")
    target = ROOT / "tests" / "recordings" / f"{name}@{LABEL}"
    with FakeOpenAIServer(models=[MODEL]) as server, tempfile.TemporaryDirectory() as tmp:
        server.default = reply(text)
        fresh = Path(tmp) / "recording"
        command = [
            sys.executable, "-c", "from brief.cli import main; main()", "run", labels["article"],
            "--base-url", server.base_url, "--api-key", "not-needed", "--model", MODEL,
            "--no-cache", "--record", str(fresh), "-o", str(Path(tmp) / "brief.md"),
        ]  # fmt: skip
        subprocess.run(command, cwd=ROOT, check=True)
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(fresh, target)
    return target


if __name__ == "__main__":
    for case in sys.argv[1:] or ["seed_coalition"]:
        print(record(case))
