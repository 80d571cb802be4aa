"""Figure 10 worker: one step of a batch day in a fresh process, so each peak-memory figure is its own.

``python -m bench.batch_worker write INBOX BATCH_FILE WORK`` writes the day's batch input file as
``brief daily INBOX --batch-file BATCH_FILE`` does; ``answer BATCH_FILE OUTPUT_FILE`` writes the output
file a batch runner would (a grounded reply per request, from :func:`bench.fake.write_reply`);
``collect OUTPUT_FILE WORK`` briefs the day from it as ``brief batch collect DATE --output-file`` does.
Each prints one JSON object: the seconds the step took (imports and the spaCy load excluded), the peak
resident memory of this process and of its largest child (an extraction worker), and what it made.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

from bench.fake import write_reply
from brief.config import Settings
from brief.tokens import count_tokens, get_encoding

DATE = "2025-01-01"
MODEL = "gpt-4o-mini"
MIB = 1024  # ru_maxrss is in KiB on Linux


def settings(work: Path) -> Settings:
    """What ``brief daily --engine openai --model gpt-4o-mini`` would run with, in ``work``."""
    return Settings(
        engine="openai",
        model=MODEL,
        base_url="http://127.0.0.1:9/v1",  # never called: a batch sends nothing
        api_key="bench",
        output_dir=work / "outputs",
        cache_dir=work / "cache",
    )


def _peaks() -> dict[str, float]:
    return {
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / MIB,
        "peak_child_rss_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / MIB,
    }


def write(inbox: Path, batch_file: Path, work: Path) -> dict[str, Any]:
    """Read the inbox and write the batch file (the library calls of ``brief daily --batch-file``)."""
    from brief.batch import write_batch
    from brief.daily.inbox import collect_inbox
    from brief.extract import load_nlp

    load_nlp()
    before = _peaks()["peak_rss_mib"]
    start = time.perf_counter()
    articles = collect_inbox([inbox]).articles
    written = write_batch(articles, batch_file, date=DATE, settings=settings(work))
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "articles": len(articles),
        "requests": written.requests,
        "bytes": batch_file.stat().st_size,
        "state_bytes": written.state_path.stat().st_size,
        "second_round": len(written.second_round()),
        "baseline_rss_mib": before,
        **_peaks(),
    }


def answer(batch_file: Path, output_file: Path) -> dict[str, Any]:
    """The output file for ``batch_file``: one 200 line per request, in reverse order, usage counted."""
    encoding, _ = get_encoding(MODEL)
    start, rows = time.perf_counter(), []
    with batch_file.open(encoding="utf-8") as lines:
        for i, raw in enumerate(lines):
            line = json.loads(raw)
            body = line["body"]
            fmt = body.get("response_format") or {}
            schema = (fmt.get("json_schema") or {}).get("schema") or {}
            text = write_reply(body["messages"], schema)
            prompt = sum(count_tokens(str(m["content"]), encoding) for m in body["messages"])
            completion = count_tokens(text, encoding)
            reply = {
                "id": f"chatcmpl-{i}",
                "object": "chat.completion",
                "created": 1735689600,
                "model": MODEL,
                "choices": [
                    {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": text}}
                ],
                "usage": {
                    "prompt_tokens": prompt,
                    "completion_tokens": completion,
                    "total_tokens": prompt + completion,
                },
            }
            response = {"status_code": 200, "request_id": f"req-{i}", "body": reply}
            rows.append(
                json.dumps({"id": f"batch_req_{i}", "custom_id": line["custom_id"], "response": response})
            )
    # Runners need not keep the input order; reversed, collect cannot rely on it.
    output_file.write_text("\n".join(reversed(rows)) + "\n", encoding="utf-8")
    return {"seconds": time.perf_counter() - start, "lines": len(rows), "bytes": output_file.stat().st_size}


def collect(output_file: Path, work: Path) -> dict[str, Any]:
    """Brief the day from the output file (the library call of ``brief batch collect --output-file``)."""
    from brief.batch import collect_day
    from brief.extract import load_nlp

    load_nlp()
    before = _peaks()["peak_rss_mib"]
    start = time.perf_counter()
    result = collect_day(DATE, output_file, settings=settings(work))
    seconds = time.perf_counter() - start
    statuses: dict[str, int] = {}
    errors: dict[str, int] = {}  # why articles were not briefed, the first 80 characters of each reason
    for outcome in result.outcomes:
        statuses[outcome.status] = statuses.get(outcome.status, 0) + 1
        if outcome.error:
            errors[outcome.error[:80]] = errors.get(outcome.error[:80], 0) + 1
    day = work / "outputs" / DATE
    stories = sum(1 for _ in day.glob("*-sources.json"))  # multi-source briefs of the day's stories
    return {
        "seconds": seconds,
        "statuses": statuses,
        "errors": errors,
        "brief_files": sum(1 for p in day.glob("*.json") if not p.name.startswith("index")) - stories,
        "story_files": stories,
        "day_bytes": sum(p.stat().st_size for p in day.rglob("*") if p.is_file()),
        "baseline_rss_mib": before,
        **_peaks(),
    }


def main(argv: list[str]) -> None:
    """Run one step and print its JSON."""
    step, *paths = argv
    args = [Path(p) for p in paths]
    if step == "write":
        out = write(*args)
    elif step == "answer":
        out = answer(*args)
    elif step == "collect":
        out = collect(*args)
    else:
        raise SystemExit(f"unknown step {step!r}: write, answer or collect")
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1:])
