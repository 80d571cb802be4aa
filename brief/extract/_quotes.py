"""Locating quotations, tolerant of straight quotes, unclosed quotes and a misplaced closing mark."""

from __future__ import annotations

__all__ = ["quote_regions"]

_OPEN = "“„«"
_CLOSE = "”»"
_MAX_QUOTE = 3000  # longer "quotes" are unbalanced marks, not speech


def _close(regions: list[tuple[int, int]], opened: int, at: int) -> None:
    if at - opened <= _MAX_QUOTE:
        regions.append((opened, at))


def quote_regions(text: str) -> list[tuple[int, int]]:
    """(open, close) offsets of each quotation mark pair; the inner text is text[open + 1:close]."""
    regions: list[tuple[int, int]] = []
    opened: int | None = None
    for i, ch in enumerate(text):
        if ch == "\n" and opened is not None and text[i + 1 : i + 2] == "\n":
            _close(regions, opened, i)  # a quote never runs past its paragraph
            opened = None
        elif ch in _OPEN or (ch == '"' and opened is None):
            opened = i
        elif ch in _CLOSE or ch == '"':
            if opened is not None:
                _close(regions, opened, i)
                opened = None
            elif text[i + 1 : i + 2].isalnum():  # a closing mark used to open: ”I think ...
                opened = i
    return regions
