"""Figure 12: brief beside the tools people would use instead, against one loopback endpoint.

Each tool briefs or summarises the same articles, each run a fresh process pointed at the same loopback
OpenAI-compatible server (:class:`bench.fake.LoopbackServer`, model ``gpt-4``: an 8,192-token window,
cl100k tokens, counted by the server over the message contents):

- brief: ``brief run ARTICLE --engine openai --task full --no-cache`` (the CLI as a user runs it);
- LangChain: the map-reduce summarisation chain (:mod:`bench.peer_langchain`);
- llm (simonw's CLI): ``llm -m bench --no-stream --no-log -s PROMPT < ARTICLE``, the model configured in
  ``extra-openai-models.yaml`` under a temporary ``LLM_USER_PATH``, plugins off.

Wall time is spawn to exit (interpreter start and imports included, for all three); peak memory is the
process's ru_maxrss, taken through :mod:`bench.rss` so it is the tool's own. The peers are installed by
the ``bench`` extra (``pip install -e '.[bench]'``); without it the figure says so and measures brief
alone.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.corpus import LONG, ROOT, SEED, text_of_tokens
from bench.fake import LoopbackServer
from bench.measure import Goal, Row, Section
from brief.tokens import count_tokens, get_encoding

__all__ = ["peers", "peers_installed"]

MODEL = "gpt-4"
PROMPT = (
    "Summarise this news article for a briefing: who the key actors are, what each of them says or "
    "wants, and what remains open. Quote the article where you can."
)
INSTALL = "pip install -e '.[bench]'"
RSS = ROOT / "bench" / "rss.py"
TOOLS = ("brief", "langchain", "llm")


def _llm_bin() -> str | None:
    beside = Path(sys.executable).parent / "llm"
    return str(beside) if beside.exists() else shutil.which("llm")


def peers_installed() -> list[str]:
    """The peers missing from this environment (empty when the ``bench`` extra is installed)."""
    missing = [
        name
        for name in ("langchain_classic", "langchain_openai", "langchain_text_splitters")
        if importlib.util.find_spec(name) is None
    ]
    return missing + ([] if _llm_bin() else ["llm"])


def _spawn(args: list[str], env: dict[str, str], stdin: Path | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one process run to its end, through the small launcher."""
    with (
        open(stdin, "rb") if stdin else open(os.devnull, "rb") as feed,
        tempfile.TemporaryDirectory() as where,
    ):
        report = Path(where) / "rss.json"
        done = subprocess.run(
            [sys.executable, "-S", str(RSS), str(report), *args],
            cwd=ROOT,
            env=env,
            stdin=feed,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"{args[:3]} failed ({done.returncode}): {done.stderr[-2000:].decode()}")
        measured = json.loads(report.read_text(encoding="utf-8"))
    return float(measured["wall_s"]), float(measured["peak_rss_mib"])


def _command(tool: str, article: Path, url: str, tmp: Path) -> tuple[list[str], dict[str, str], Path | None]:
    env = {**os.environ, "OPENAI_API_KEY": "bench", "BRIEF_API_KEY": "bench"}
    if tool == "brief":
        args = [sys.executable, "-c", "from brief.cli import main; main()", "run", str(article)]
        args += ["--engine", "openai", "--base-url", url, "--model", MODEL, "--task", "full"]
        args += ["--no-cache", "-q", "-o", str(tmp / "brief-out"), "--force"]
        return args, env, None
    if tool == "langchain":
        return [sys.executable, "-m", "bench.peer_langchain", str(article), url, MODEL], env, None
    home = tmp / "llm-home"
    home.mkdir(exist_ok=True)
    (home / "extra-openai-models.yaml").write_text(
        f"- model_id: bench\n  model_name: {MODEL}\n  api_base: {url}\n", encoding="utf-8"
    )
    env |= {"LLM_USER_PATH": str(home), "LLM_LOAD_PLUGINS": ""}
    llm = _llm_bin() or "llm"
    return [llm, "-m", "bench", "--no-stream", "--no-log", "-s", PROMPT], env, article


def _measure(tool: str, article: Path, runs: int, tmp: Path) -> dict[str, Any]:
    walls, peaks, usage = [], [], {}
    for _ in range(runs):
        with LoopbackServer(model=MODEL) as server:  # a fresh count per run
            args, env, stdin = _command(tool, article, server.base_url, tmp)
            seconds, peak = _spawn(args, env, stdin)
            usage = server.usage()
        walls.append(seconds)
        peaks.append(peak)
    return {**usage, "wall_s": walls, "peak_rss_mib": peaks}


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}×" if b else "—"


def peers(runs: int, tmp: Path, long_tokens: int | None = None) -> Section:
    """Figure 12: requests, tokens, wall and peak memory of brief, LangChain map-reduce and ``llm``."""
    encoding, _ = get_encoding(MODEL)
    folder = tmp / "fig12"
    folder.mkdir(parents=True, exist_ok=True)
    five = folder / "5000-tokens.txt"
    five.write_text(text_of_tokens(5_000, encoding), encoding="utf-8")
    long = LONG
    if long_tokens is not None:  # --quick: a shorter stand-in for the long feature
        long = folder / f"{long_tokens}-tokens.txt"
        long.write_text(text_of_tokens(long_tokens, encoding), encoding="utf-8")
    articles = {"seed": SEED, "5,000-token": five, f"long ({long.name})": long}
    missing = peers_installed()
    tools = ("brief",) if missing else TOOLS
    section = Section(data={"model": MODEL, "runs": runs, "tools": list(tools)})
    if missing:
        section.rows.append(
            Row(
                "12 peers",
                "LangChain map-reduce, llm CLI",
                "not installed",
                f"missing {', '.join(missing)}: {INSTALL}",
            )
        )
    prompt_ratios = []
    for name, path in articles.items():
        tokens = count_tokens(path.read_text(encoding="utf-8"), encoding)
        results = {tool: _measure(tool, path, runs, folder) for tool in tools}
        section.data[name] = {"article_tokens": tokens, **results}
        for tool, r in results.items():
            wall, peak = statistics.median(r["wall_s"]), max(r["peak_rss_mib"])
            gross = r["prompt_tokens"] + r["schema_tokens"]
            detail = f"{r['requests']} req; prompt {r['prompt_tokens']:,}"
            if r["schema_tokens"]:
                detail += f" + {r['schema_tokens']:,} schema"
            detail += f" = {gross / tokens:.2f}× article; completion {r['completion_tokens']:,}; "
            detail += f"peak {peak:.0f} MiB"
            section.rows.append(Row("12 peers", f"{name} ({tokens:,} tok): {tool}", f"{wall:.2f} s", detail))
        if missing:
            continue
        me = results["brief"]
        mine = me["prompt_tokens"] + me["schema_tokens"]
        for peer in ("langchain", "llm"):
            them = results[peer]
            theirs = them["prompt_tokens"] + them["schema_tokens"]
            section.rows.append(
                Row(
                    "12 peers",
                    f"{name}: brief ÷ {peer} (requests / prompt gross / completion / wall / peak RSS)",
                    _ratio(mine, theirs),
                    " / ".join(
                        (
                            _ratio(me["requests"], them["requests"]),
                            _ratio(mine, theirs),
                            _ratio(me["completion_tokens"], them["completion_tokens"]),
                            _ratio(statistics.median(me["wall_s"]), statistics.median(them["wall_s"])),
                            _ratio(max(me["peak_rss_mib"]), max(them["peak_rss_mib"])),
                        )
                    ),
                )
            )
        chain = results["langchain"]
        prompt_ratios.append((name, mine / max(1, chain["prompt_tokens"] + chain["schema_tokens"])))
    if prompt_ratios:
        worst = max(r for _, r in prompt_ratios)
        section.goals.append(
            Goal(
                "12 peers",
                "brief's gross prompt tokens ≤ 1.2 × LangChain map-reduce on every article",
                ", ".join(f"{n} {r:.2f}×" for n, r in prompt_ratios),
                worst <= 1.2,
            )
        )
    section.notes.append(
        "Figure 12: one loopback OpenAI-compatible server (canned grounded JSON replies, zero model "
        f"time), model {MODEL} (8,192-token window: brief and LangChain split the long feature; llm sends "
        "any article whole). Prompt tokens are counted by the server over the message contents with the "
        "offline cl100k tokenizer; brief's gross adds the JSON schema it sends as response_format. "
        "Wall and peak RSS are per process, start-up included, "
        f"median wall of {runs} run(s)."
    )
    return section


if __name__ == "__main__":  # a quick look: python -m bench.figures_peers
    with tempfile.TemporaryDirectory() as where:
        print(json.dumps(peers(1, Path(where)).as_json(), indent=2))
