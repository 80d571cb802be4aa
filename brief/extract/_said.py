"""One statement found in the text: who (a draft index), where, the cue, quote or reported."""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["Said"]


class Said(NamedTuple):
    speaker: int  # draft index
    start: int
    end: int
    cue: str
    kind: str  # "quote" | "reported" | "deed" (an actor's own act, not a stance: weighs less)
    present: str = "says"  # the cue as a reporter's present tense: "says", "points out", "makes clear"
