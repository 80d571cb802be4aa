"""Figures that need no server: chunker throughput, pipeline overhead, token efficiency, length scaling."""

from __future__ import annotations

import json
from dataclasses import asdict
from functools import partial
from pathlib import Path

from bench.corpus import SEED, article, text_of_bytes, text_of_tokens
from bench.fake import FakeModel
from bench.measure import Goal, Row, Section, Timing, fit_exponent, timed
from brief.backends.openai_request import wire_schema
from brief.backends.replay import RecordingBackend, ReplayBackend
from brief.chunker import chunk, count_tokens, get_encoding
from brief.config import Settings
from brief.extract import extract
from brief.pipeline.briefer import Briefer
from brief.pipeline.job import summarise
from brief.prompts import PromptLibrary, fence_for
from brief.read.articles import Article
from brief.schema import draft_json_schema

__all__ = ["chunker_throughput", "pipeline_overhead", "scaling", "token_efficiency"]

MODEL = "gpt-4"  # the fake's name: an 8,192-token window and the exact (bundled) cl100k tokenizer
DATE = "2025-01-01"
CHUNK_TOKENS, OVERLAP = 2048, 64


def _span(t: Timing, fmt: str = "{:.3f}") -> str:
    return f"{fmt.format(t.min)}–{fmt.format(t.max)} (n={t.n})"


def chunker_throughput(size: int, runs: int) -> Section:
    """Figure 1: ``chunk()`` vs a bare ``encode_ordinary`` over the same text, interleaved run by run."""
    encoding, _ = get_encoding(MODEL)
    text = text_of_bytes(size)[:size]
    megabytes = len(text.encode("utf-8")) / 1e6
    raw, chunked, ratios = [], [], []
    for _ in range(runs):  # interleaved, so a burst of load hits both sides alike
        raw.append(timed(lambda: encoding.encode_ordinary(text))[0])
        seconds, pieces = timed(
            lambda: chunk(text, encoding=encoding, max_tokens=CHUNK_TOKENS, overlap=OVERLAP)
        )
        chunked.append(seconds)
        ratios.append(raw[-1] / chunked[-1])
    tk, ch, ratio = (
        Timing.of(raw).inverse(megabytes),
        Timing.of(chunked).inverse(megabytes),
        Timing.of(ratios),
    )
    goal = ratio.median >= 0.5
    return Section(
        rows=[
            Row(
                "1 chunker",
                f"tiktoken encode, {megabytes:.1f} MB",
                f"{tk.median:.2f} MB/s",
                _span(tk, "{:.2f}"),
            ),
            Row(
                "1 chunker",
                f"chunk() {CHUNK_TOKENS}-token windows, overlap {OVERLAP}",
                f"{ch.median:.2f} MB/s",
                _span(ch, "{:.2f}"),
            ),
            Row(
                "1 chunker",
                "throughput ratio chunk ÷ encode",
                f"{ratio.median:.2f}",
                _span(ratio, "{:.2f}"),
                "≥ 0.5",
                goal,
            ),
        ],
        goals=[Goal("1 chunker", "throughput ≥ 0.5 × tiktoken", f"{ratio.median:.2f}×", goal)],
        data={
            "megabytes": megabytes,
            "chunks": len(pieces),
            "encode_s": raw,
            "chunk_s": chunked,
            "ratio": ratios,
        },
    )


def _settings(tmp: Path, task: str = "full") -> Settings:
    return Settings(task=task, use_cache=False, output_dir=tmp / "outputs", cache_dir=tmp / "cache")


def _recorded(item: Article, settings: Settings, folder: Path) -> tuple[float, Briefer]:
    """Brief once with the fake model while recording (also the warm-up); a Briefer replaying that."""
    recorder = RecordingBackend(FakeModel(MODEL), folder)
    seconds, _ = timed(lambda: summarise(item, backend=recorder, settings=settings))
    return seconds, Briefer(settings, backend=ReplayBackend(folder))


def _overhead(name: str, item: Article, runs: int, tmp: Path) -> Section:
    """One article: the warm per-brief wall on replay, and the extract stage alone."""
    encoding, _ = get_encoding(MODEL)
    first, briefer = _recorded(item, _settings(tmp), tmp / "overhead" / name.replace(" ", "-"))
    pairs = [
        (timed(partial(briefer.brief, item, date=DATE))[0], timed(partial(extract, item.text))[0])
        for _ in range(runs)
    ]  # interleaved, so a burst of load hits both alike
    per_brief, stage = Timing.of([b for b, _ in pairs]), Timing.of([e for _, e in pairs])
    met, tokens = per_brief.median <= 0.3, count_tokens(item.text, encoding)
    measured = f"{per_brief.median:.3f} s ({per_brief.median / 0.3:.2f}× the goal)"
    return Section(
        rows=[
            Row(
                "2 overhead",
                f"{name} ({tokens:,} tok): brief on replay, warm",
                f"{per_brief.median:.3f} s",
                _span(per_brief),
                "≤ 0.3 s",
                met,
            ),
            Row("2 overhead", f"{name}: of which extract (spaCy)", f"{stage.median:.3f} s", _span(stage)),
        ],
        goals=[Goal("2 overhead", f"{name} brief ≤ 0.3 s after warm-up", measured, met)],
        data={
            name: {
                "article_tokens": tokens,
                "warmup_s": first,
                "brief_s": asdict(per_brief),
                "extract_s": asdict(stage),
            }
        },
    )


def pipeline_overhead(runs: int, tmp: Path, spacy_load: float, long_tokens: int = 5000) -> Section:
    """Figure 2: wall time per brief on the replay engine (zero model time), the seed and a long article."""
    encoding, _ = get_encoding(MODEL)
    section = Section(rows=[Row("2 overhead", "spaCy model load (once per process)", f"{spacy_load:.2f} s")])
    section.data["spacy_load_s"] = spacy_load
    for name, item in (
        ("seed", article(SEED.read_text(encoding="utf-8"), SEED.name)),
        (f"{long_tokens:,} tokens", article(text_of_tokens(long_tokens, encoding), "long.txt")),
    ):
        part = _overhead(name, item, runs, tmp)
        section.rows += part.rows
        section.goals += part.goals
        section.data.update(part.data)
    return section


def _fixed_overhead(item: Article, task: str, kind: str, prompts: PromptLibrary, model: str) -> int:
    """Tokens of one request with an empty article and no candidates: system prompt plus template."""
    encoding, _ = get_encoding(model)
    fence = fence_for(item.text)
    common = {"title": item.title, "fence": fence, "task": task}
    user = (
        prompts.render("reduce.j2", partials=[], **common)
        if kind == "reduce"
        else prompts.render(
            "map.j2", text="", chunk_index=0, chunk_count=1, actors=[], statements=[], questions=[], **common
        )
    )
    return count_tokens(prompts.render("system.j2", task=task), encoding) + count_tokens(user, encoding)


def _efficiency(item: Article, name: str, task: str, tmp: Path, prompts: PromptLibrary) -> Section:
    """One article under one task profile: where its prompt tokens go."""
    encoding, _ = get_encoding(MODEL)
    fake = FakeModel(MODEL)
    sent = summarise(item, backend=fake, settings=_settings(tmp, task)).usage.prompt_tokens
    tokens = count_tokens(item.text, encoding)
    fixed = {k: _fixed_overhead(item, task, k, prompts, MODEL) for k in ("map", "reduce")}
    overhead = sum(fixed[kind] for kind, _, _ in fake.calls)
    text = sum(fenced for kind, _, fenced in fake.calls if kind == "map")  # chunks, overlaps included
    partials = sum(fenced for kind, _, fenced in fake.calls if kind == "reduce")
    candidates = sent - overhead - text - partials
    net, schema = (
        (sent - overhead) / tokens,
        count_tokens(
            json.dumps(wire_schema(draft_json_schema(_fields(task))), separators=(",", ":")), encoding
        ),
    )
    met, label = net <= 1.3, f"task={task}, {name}"
    shares = (text / tokens, candidates / tokens, partials / tokens)
    parts = "article text {:.2f} + candidates {:.2f} + partials {:.2f}".format(*shares)
    return Section(
        rows=[
            Row(
                "3 tokens",
                f"{label}: prompt tok ÷ article tok, net of template",
                f"{net:.2f}",
                f"{parts}; gross {sent / tokens:.2f}",
                "≤ 1.3",
                met,
            ),
            Row(
                "3 tokens",
                f"{label}: fixed template overhead",
                f"{overhead:,} tok",
                f"{len(fake.calls)} request(s); JSON schema +{schema} tok each",
            ),
        ],
        goals=[Goal("3 tokens", f"{label}: ≤ 1.3 × article + template", f"{net:.2f}×", met)],
        data={
            label: {
                "article_tokens": tokens,
                "prompt_tokens": sent,
                "requests": [k for k, _, _ in fake.calls],
                "fixed_per_request": fixed,
                "template_overhead": overhead,
                "article_text_sent": text,
                "candidates": candidates,
                "partials": partials,
                "schema_tokens_per_request": schema,
                "net_ratio": net,
            }
        },
    )


def _fields(task: str) -> tuple[str, ...] | None:
    return ("title", "summary") if task == "summary" else None


def token_efficiency(tmp: Path, long: Article) -> Section:
    """Figure 3: prompt tokens sent per brief ÷ article tokens, net of the fixed per-request template."""
    prompts, section = PromptLibrary(), Section()
    items = (
        ("short (seed)", article(SEED.read_text(encoding="utf-8"), SEED.name)),
        (f"long ({len(long.text.split()):,} words)", long),
    )
    for task in ("full", "summary"):
        for name, item in items:
            part = _efficiency(item, name, task, tmp, prompts)
            section.rows += part.rows
            section.goals += part.goals
            section.data.update(part.data)
    section.notes.append(
        "Prompt tokens are counted with tiktoken (cl100k) over the message contents, as a server counts "
        "them, without chat-template tokens or the JSON schema in response_format (shown apart). "
        "Candidates: the extracted actors, attributed statements and open points in the full task's prompt."
    )
    return section


def scaling(lengths: tuple[int, ...], runs: int, tmp: Path, single_above: int = 50_000) -> Section:
    """Figure 7: replay-engine wall time and prompt tokens vs article length; the fitted exponents."""
    encoding, _ = get_encoding(MODEL)
    section, walls, sizes, sent = Section(), list[float](), list[float](), list[float]()
    for target in lengths:
        item = article(text_of_tokens(target, encoding), f"{target}.txt")
        settings = _settings(tmp)
        first, briefer = _recorded(item, settings, tmp / "scaling" / str(target))
        runs_here = 1 if target > single_above else runs
        samples = [timed(partial(briefer.brief, item, date=DATE)) for _ in range(runs_here)]
        times, result = [seconds for seconds, _ in samples], samples[-1][1][0]
        wall, tokens = Timing.of(times), count_tokens(item.text, encoding)
        walls.append(wall.median)
        sizes.append(tokens)
        sent.append(result.usage.prompt_tokens)
        section.rows.append(
            Row(
                "7 scaling",
                f"{target:,}-token article ({result.usage.calls} requests)",
                f"{wall.median:.2f} s",
                f"{_span(wall, '{:.2f}')}; {result.usage.prompt_tokens:,} prompt tok",
            )
        )
        section.data[str(target)] = {
            "article_tokens": tokens,
            "wall_s": times,
            "warmup_record_s": first,
            "prompt_tokens": result.usage.prompt_tokens,
            "calls": result.usage.calls,
        }
    wall_exp, token_exp = fit_exponent(sizes, walls), fit_exponent(sizes, sent)
    linear = wall_exp <= 1.15
    section.rows.append(
        Row(
            "7 scaling",
            "fitted exponent: wall ∝ tokensᵏ (tokens sent)",
            f"k = {wall_exp:.2f}",
            f"tokens sent: k = {token_exp:.2f}",
            "≈ 1 (linear)",
            linear,
        )
    )
    section.goals.append(
        Goal(
            "7 scaling",
            "linear in article length (k ≤ 1.15)",
            f"k = {wall_exp:.2f} (tokens sent k = {token_exp:.2f})",
            linear,
        )
    )
    section.data["exponent_wall"], section.data["exponent_tokens"] = wall_exp, token_exp
    return section
