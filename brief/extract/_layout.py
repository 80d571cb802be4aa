"""Parts of a page that are not the article's own reporting: reader comments, pull quotes,
paragraphs repeated by the page layout and the writers' credits. Extraction reads past them so they
add no actors, statements or questions of their own (the text and every offset stay as they are)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.extract._types import normalise_name

__all__ = ["comments_header", "headline_end", "ignored_spans", "inside"]

_COMMENTS = re.compile(
    r"^[ \t]*(?:\d+[ \t]+)?(?:reader[ \t]+|user[ \t]+)?(?:comments?|responses?|replies)"
    r"(?:[ \t]*\(\d+\))?[ \t]*:?[ \t]*$"
    r"|^[ \t]*(?:join|leave|add|post|show|view|read)[ \t]+(?:the[ \t]+|a[ \t]+|all[ \t]+)?"
    r"(?:\d+[ \t]+)?(?:comments?|conversation|discussion|reply)\b[^\n.]{0,40}$"
    r"|^[ \t]*(?:most[ \t]+(?:popular|recent|liked)|top)[ \t]+comments\b[^\n.]{0,40}$",
    re.I | re.M,
)
# the writers' credits a wire story or a broadcaster's page ends with: "(Reporting by Jane Doe; Editing by
# Tom Smith)", "With a report from CTV Ottawa's John Hua", "With files from The Canadian Press"; and a
# byline of its own line ("by Reuters and Algemeiner Staff")
_CREDITS = re.compile(
    r"^[ \t]*\(?[ \t]*(?:(?:additional[ \t]+)?(?:reporting|writing|editing)[ \t]+by|compiled[ \t]+by"
    r"|with[ \t]+(?:a[ \t]+)?(?:reports?|files|reporting)[ \t]+(?:from|by))\b[^\n]{0,200}$"
    r"|^[ \t]*by[ \t]+(?-i:[A-Z])[^\n.!?:;]{0,80}$",
    re.I | re.M,
)
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_MIN_REPEAT_WORDS = 5
_MAX_PULL_WORDS = 40
_QUOTE_MARKS = "“”\"‘’'«»„"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]


def _core(paragraph: str) -> str:
    """A paragraph's words for comparison: no quote marks, no "— Name" signature, no case."""
    body = re.split(r"\s[—–]\s*[A-Z][^\n]*$", paragraph.strip())[0]
    return normalise_name(body.strip().strip(_QUOTE_MARKS))


def _repeats(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraphs that repeat an earlier one, and pull quotes: short ones repeating part of another."""
    cores = [_core(text[a:b]) for a, b in paragraphs]
    out = []
    for i, (span, core) in enumerate(zip(paragraphs, cores, strict=True)):
        words = len(core.split())
        if words < _MIN_REPEAT_WORDS:
            continue
        pulled = words <= _MAX_PULL_WORDS and any(core in other and core != other for other in cores)
        if pulled or core in cores[:i]:
            out.append(span)
    return out


def comments_header(text: str) -> int | None:
    """Where a comments section's header ("Comments (3)") starts, when one ends the page."""
    header = _COMMENTS.search(text)
    return header.start() if header is not None and header.start() > len(text) // 3 else None


def ignored_spans(text: str, comments: int | None = None) -> list[tuple[int, int]]:
    """Character ranges extraction should not read, sorted and without overlaps: ``comments`` is where
    signed reader comments begin, if the page has them."""
    paragraphs = _paragraphs(text)
    spans = _repeats(text, paragraphs) + [m.span() for m in _CREDITS.finditer(text)]
    for start in (comments_header(text), comments):  # a comments section ends the page
        if start is not None:
            spans.append((start, len(text)))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """True when ``start..end`` overlaps one of ``spans``."""
    return any(a < end and start < b for a, b in spans)


def headline_end(text: str) -> int:
    """Offset where the text's first line, its headline, ends; -1 for a text of one line."""
    return text.find("\n")
