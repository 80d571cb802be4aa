"""Run a command and write its wall seconds and peak resident memory as JSON: ``python -S rss.py OUT CMD...``.

Linux starts a spawned process's ``ru_maxrss`` at its parent's size (the high-water mark survives
``exec``), so a benchmark that has spaCy loaded would report every child as at least that big. This
launcher is a bare interpreter (``-S``: no site packages), so the command it spawns starts from a few MiB
and ``os.wait4`` gives the command's own peak. It imports nothing from the project.
"""

import json
import os
import subprocess
import sys
import time


def main(argv: list[str]) -> int:
    """Run ``argv[1:]``, write ``{"wall_s", "peak_rss_mib", "returncode"}`` to ``argv[0]``; its exit code."""
    out, command = argv[0], argv[1:]
    start = time.perf_counter()
    process = subprocess.Popen(command)
    _, status, usage = os.wait4(process.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    with open(out, "w", encoding="utf-8") as handle:
        json.dump({"wall_s": time.perf_counter() - start, "peak_rss_mib": usage.ru_maxrss / 1024}, handle)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
