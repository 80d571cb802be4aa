"""Split article text into token windows on paragraph, sentence, word or token boundaries.

Every chunk is counted by encoding exactly its own text, so ``count_tokens(chunk.text) <= max_tokens``
holds by construction. Cut points are guessed from the running characters-per-token ratio and snapped
to the best nearby boundary, so the text is encoded about once (plus the overlaps), not once per try.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import tiktoken

from brief.errors import ConfigError
from brief.tokens import (
    CONTEXT_WINDOWS,
    DEFAULT_CONTEXT_WINDOW,
    MIN_CHUNK_TOKENS,
    chunk_budget,
    context_window,
    count_tokens,
    get_encoding,
)

__all__ = [
    "CONTEXT_WINDOWS",
    "DEFAULT_CONTEXT_WINDOW",
    "MIN_CHUNK_TOKENS",
    "Chunk",
    "chunk",
    "chunk_budget",
    "context_window",
    "count_tokens",
    "get_encoding",
]

# A cut goes after the whitespace that ends a paragraph, a sentence or a line, or a word.
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE = re.compile(r"""[.!?…]+["'”’»)\]]*\s+|[。！？]+["'”’」』)\]]*\s*|\n\s*""")
_SPACE = re.compile(r"\s+")
_FILL = 0.95  # aim a little under the budget so the first try usually fits
_ATTEMPTS = 6
_WINDOWS = (512, 8192)  # look for the last boundary near the target first, then further back
MIN_MAX_TOKENS = 8  # a single character can take 4 tokens; leave room for it after the overlap


@dataclass(frozen=True)
class Chunk:
    """One window: ``text == article[start:end]``; token offsets count on from the previous chunk."""

    index: int
    text: str
    start: int
    end: int
    token_start: int
    token_end: int
    tokens: int


def chunk(text: str, *, encoding: tiktoken.Encoding, max_tokens: int, overlap: int) -> list[Chunk]:
    """Split ``text`` into chunks of at most ``max_tokens`` tokens that share up to ``overlap`` tokens.

    Raises:
        ConfigError: ``max_tokens`` is below 8 or ``overlap`` is negative or above half of it.
    """
    _check(max_tokens, overlap)
    chunks: list[Chunk] = []
    start = fresh = token_start = 0
    ratio = _chars_per_token(text[:4096], encoding)
    while fresh < len(text):
        fitted = _fit(text, start, fresh, encoding, max_tokens, ratio)
        if fitted is None:  # the overlap left no room: start this chunk without it
            token_start += count_tokens(text[start:fresh], encoding)
            start, fitted = fresh, _fit(text, fresh, fresh, encoding, max_tokens, ratio)
        end, tokens = fitted or _one_char(text, fresh, encoding)
        chunks.append(
            Chunk(len(chunks), text[start:end], start, end, token_start, token_start + tokens, tokens)
        )
        if end == len(text):
            break
        ratio = (end - start) / max(tokens, 1)
        nxt, shared = _overlap_start(text, start, end, encoding, overlap, ratio)
        token_start += tokens - shared
        start, fresh = nxt, end
    return chunks


def _check(max_tokens: int, overlap: int) -> None:
    if max_tokens < MIN_MAX_TOKENS:
        raise ConfigError(
            f"chunk size {max_tokens} is below {MIN_MAX_TOKENS} tokens: give a larger chunk budget"
        )
    if not 0 <= overlap <= max_tokens // 2:
        raise ConfigError(
            f"chunk overlap {overlap} must be between 0 and half the chunk size ({max_tokens // 2}): "
            "fix --chunk-overlap"
        )


def _chars_per_token(sample: str, encoding: tiktoken.Encoding) -> float:
    return len(sample) / max(count_tokens(sample, encoding), 1)


def _one_char(text: str, at: int, encoding: tiktoken.Encoding) -> tuple[int, int]:
    """Last resort: a chunk of one character (at most 4 tokens)."""
    return at + 1, count_tokens(text[at : at + 1], encoding)


def _fit(
    text: str, start: int, fresh: int, encoding: tiktoken.Encoding, max_tokens: int, ratio: float
) -> tuple[int, int] | None:
    """End and token count of a well-cut chunk from ``start`` past ``fresh`` that fits, else None."""
    target = start + int(max_tokens * ratio * _FILL)
    for _ in range(_ATTEMPTS):
        target = max(target, fresh + 1)
        if target >= len(text):
            end = len(text)
        else:
            end = _cut(text, fresh, target) or _token_cut(text, start, fresh, target, encoding, max_tokens)
        tokens = count_tokens(text[start:end], encoding)
        if tokens <= max_tokens:
            return end, tokens
        target = start + int((end - start) * max_tokens / tokens * _FILL)
    return None


def _cut(text: str, lo: int, hi: int) -> int | None:
    """Best end in (lo, hi]: a paragraph break in the second half, else a sentence/line end, else a word."""
    middle = lo + (hi - lo) // 2
    for pattern, floor in ((_PARAGRAPH, middle), (_SENTENCE, lo), (_SPACE, lo)):
        end = _last_match_end(pattern, text, floor, hi)
        if end is not None:
            return end
    return None


def _last_match_end(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int | None:
    """End of the last match of ``pattern`` in text[lo:hi] ending after ``lo``, searching back from hi."""
    for begin in [max(lo, hi - width) for width in _WINDOWS] + [lo]:
        last = None
        for match in pattern.finditer(text, begin, hi):
            last = match.end()
        if last is not None and last > lo:
            return last
        if begin == lo:
            break
    return None


def _token_cut(
    text: str, start: int, fresh: int, target: int, encoding: tiktoken.Encoding, limit: int
) -> int:
    """Hard split: after at most ``limit`` tokens of text[start:target], on a token and character boundary."""
    raw = text[start:target].encode("utf-8", "surrogatepass")
    tokens = encoding.encode_ordinary(text[start:target])
    # The last token may be a fragment made by cutting at ``target``; stop before it.
    sizes = [len(piece) for piece in encoding.decode_tokens_bytes(tokens[: min(limit, len(tokens) - 1)])]
    offset = sum(sizes)
    while sizes and offset < len(raw) and raw[offset] & 0xC0 == 0x80:  # inside a multi-byte character
        offset -= sizes.pop()
    return max(start + len(raw[:offset].decode("utf-8", "surrogatepass")), fresh + 1)


def _overlap_start(
    text: str, start: int, end: int, encoding: tiktoken.Encoding, overlap: int, ratio: float
) -> tuple[int, int]:
    """Where the next chunk starts (inside this one) and how many tokens it shares with this one."""
    if overlap == 0:
        return end, 0
    lo = max(start + 1, end - int(overlap * ratio))
    for pattern in (_SENTENCE, _SPACE):
        for tries, match in enumerate(pattern.finditer(text, lo, end)):
            if tries == 3 or match.end() == end:
                break
            shared = count_tokens(text[match.end() : end], encoding)
            if shared <= overlap:
                return match.end(), shared
    return _tail_cut(text, lo, end, encoding, overlap)


def _tail_cut(text: str, lo: int, end: int, encoding: tiktoken.Encoding, limit: int) -> tuple[int, int]:
    """The last at most ``limit`` tokens of text[lo:end], cut on a token and character boundary."""
    raw = text[lo:end].encode("utf-8", "surrogatepass")
    sizes = [len(piece) for piece in encoding.decode_tokens_bytes(encoding.encode_ordinary(text[lo:end]))]
    keep = sizes[len(sizes) - min(limit, len(sizes)) :]
    for _ in range(_ATTEMPTS):
        offset = len(raw) - sum(keep)
        while keep and offset < len(raw) and raw[offset] & 0xC0 == 0x80:
            offset += keep.pop(0)
        begin = lo + len(raw[:offset].decode("utf-8", "surrogatepass"))
        shared = count_tokens(text[begin:end], encoding)
        if begin < end and shared <= limit:
            return begin, shared
        keep = keep[shared - limit :]
    return end, 0
