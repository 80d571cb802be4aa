#!/usr/bin/env python
"""Re-record the snapshot suite's model replies with the embedded model (SmolLM2, no network).

    python scripts/rerecord.py                    # every case
    python scripts/rerecord.py --changed          # only cases whose replay no longer matches
    python scripts/rerecord.py seed_coalition     # named cases (folder names in tests/recordings/)

Each case is recorded afresh into a temporary folder that replaces ``tests/recordings/<case>/`` only
when the run succeeded, so no stale (orphaned) recording is left behind and an interrupted run changes
nothing. The cases and their settings come from ``tests/test_snapshots.py``. Afterwards, accept the
new outputs with ``pytest tests/test_snapshots.py tests/test_recordings_hygiene.py --snapshot-update``.
Expect about a minute per case on a busy machine, several for the full-task case.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_snapshots import CASES, RECORDINGS, Case, case_settings, read_case, replay_case  # noqa: E402

from brief.backends.base import Backend  # noqa: E402
from brief.backends.engine import make_backend  # noqa: E402
from brief.backends.replay import RecordingBackend  # noqa: E402
from brief.errors import BriefError  # noqa: E402
from brief.pipeline.briefer import Briefer  # noqa: E402

EMBEDDED = {str(case): case for case in CASES if case.embedded}


def stale(case: Case) -> str | None:
    """Why the case needs re-recording (a request not recorded, a recording not used), or ``None``."""
    try:
        result = replay_case(case, stand_ins=True)
    except BriefError as exc:
        return str(exc)
    if result.misses:
        return result.misses[0]
    unused = {p.name for p in case.folder.glob("*.json")} - {r.key[:16] + ".json" for r in result.requests}
    return f"recordings no longer used: {', '.join(sorted(unused))}" if unused else None


def record(case: Case, model: Backend) -> Path:
    """Record one case into a fresh folder and swap it in; returns the folder."""
    RECORDINGS.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{case}.", dir=RECORDINGS))
    scratch.chmod(0o755)  # mkdtemp makes it private; the swapped-in folder should not be
    started = time.monotonic()

    def progress(stage: str, done: int, total: int) -> None:
        print(f"  {case}: {stage} {done}/{total} ({time.monotonic() - started:.0f} s)", file=sys.stderr)

    try:
        settings = case_settings(case, engine="local")
        Briefer(settings, RecordingBackend(model, scratch)).brief(
            read_case(case), date="recording", on_progress=progress
        )
        for path in scratch.iterdir():
            path.chmod(0o644)  # written via mkstemp (private); recordings are meant to be shared
        if case.folder.exists():
            shutil.rmtree(case.folder)
        scratch.rename(case.folder)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    files = sorted(case.folder.glob("*.json"))
    size = sum(p.stat().st_size for p in files) / 1024
    print(
        f"recorded {case}: {len(files)} file(s), {size:.0f} KiB, {time.monotonic() - started:.0f} s",
        file=sys.stderr,
    )
    return case.folder


def warn_endpoint_cases() -> None:
    """Recordings made with another model cannot be redone here: say which ones no longer replay."""
    for case in (c for c in CASES if not c.embedded):
        reason = stale(case)
        if reason:
            print(f"{case}: {reason}\n  re-record it with that model (see docs)", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cases", nargs="*", metavar="CASE", help=f"default all: {', '.join(EMBEDDED)}")
    parser.add_argument("--changed", action="store_true", help="only cases whose replay fails")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.cases) - set(EMBEDDED))
    if unknown:
        parser.error(f"unknown case(s) {', '.join(unknown)}: choose from {', '.join(EMBEDDED)}")
    chosen = [EMBEDDED[name] for name in args.cases or EMBEDDED]
    if args.changed:
        reasons = {case: stale(case) for case in chosen}
        for case, reason in reasons.items():
            print(f"{case}: {reason or 'replays; kept'}", file=sys.stderr)
        chosen = [case for case, reason in reasons.items() if reason]
        warn_endpoint_cases()
    if chosen:
        model = make_backend(case_settings(chosen[0], engine="local"))  # loaded once, shared by all
        assert model is not None
        for case in chosen:
            record(case, model)
    print(
        "next: pytest tests/test_snapshots.py tests/test_recordings_hygiene.py --snapshot-update",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
