"""The forms of one word: its singular ("authorities" -> "authority"), the names a demonym may be of
("Italian" -> "Italy")."""

from __future__ import annotations

__all__ = ["demonym_bases", "singular"]

_DEMONYM_ENDINGS = ("n", "an", "ian", "i", "ese", "ean")  # a people after its country: Syria-n, Ital-ian


def singular(word: str) -> str:
    """ "authorities" -> "authority", "leaders" -> "leader"; not "press" or "bus"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def demonym_bases(word: str) -> set[str]:
    """The names a demonym may be of: "Italy" for "Italian", "Syria" for "Syrian", "China" for "Chinese",
    "Israel" for "Israeli", "Iran" for "Iranian" (with some that are no names)."""
    word = word.removesuffix("s")
    bases = {word.removesuffix(suffix) for suffix in _DEMONYM_ENDINGS} - {word}
    return {b + end for b in bases if len(b) >= 3 for end in ("", "y", "a", "e")}
