"""One statement found in the text: who (a draft index), where, the cue, quote or reported."""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["Said", "said_by"]


class Said(NamedTuple):
    speaker: int  # draft index
    start: int
    end: int
    cue: str
    kind: str  # "quote" | "reported" | "deed" (an actor's own act, not a stance: weighs less)
    present: str = "says"  # the cue as a reporter's present tense: "says", "points out", "makes clear"


def said_by(who: list[int], start: int, end: int, cue: str, kind: str, present: str = "says") -> list[Said]:
    """The same words, once for each of their speakers."""
    return [Said(speaker, start, end, cue, kind, present) for speaker in who]
