"""What the statement finders share about one article: its parse, who owns which words, the quotations."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from brief.extract._gender import Gender
from brief.extract._syntax import Doc

__all__ = ["Ctx", "in_quote"]


class Ctx(NamedTuple):
    doc: Doc
    owner: dict[int, int]  # token index -> draft index
    people: set[int]  # draft indices of people
    quotes: list[tuple[int, int]]
    starts: list[int]  # token start offsets, for bisecting
    text: str
    heads: dict[str, int]  # head-noun lemma -> the one group draft it names ("ally" -> Western allies)
    countries: frozenset[int] = frozenset()  # drafts of countries: a country acts, a town is a setting
    genders: Mapping[int, Gender] = MappingProxyType({})  # people whose naming words give a gender


def in_quote(ctx: Ctx, start: int, end: int) -> tuple[int, int] | None:
    """The quote region holding ``start..end``, if any."""
    i = bisect_right(ctx.quotes, (start, len(ctx.text))) - 1
    if 0 <= i < len(ctx.quotes) and ctx.quotes[i][0] <= start and end <= ctx.quotes[i][1]:
        return ctx.quotes[i]
    return None
