"""A claim that states as fact what the article has only as someone's allegation: "Al-Ibrahim is running
the same scheme again" where "the new source claims Al-Ibrahim is at it again"."""

from __future__ import annotations

from collections.abc import Sequence

from brief.verify.lexicon import ALLEGING, STOP

__all__ = ["only_alleged"]

_ALLEGING = ALLEGING | {"alleged"}
# what the allegation runs to: the sentence's end, or a clause the article tells as its own ("accused it of
# misleading voters after it rebranded its account": the rebranding is the article's fact)
_STOPS = frozenset("but while although though after before when because since".split())


def only_alleged(
    claim: Sequence[str], content: frozenset[str], sentences: Sequence[tuple[Sequence[str], Sequence[str]]]
) -> str:
    """The alleging word when the claim's content words that a sentence holds stand (two or more, and all
    but one of them) in what that sentence alleges; "" otherwise, or when the claim tells an allegation
    itself."""
    if _ALLEGING & set(claim):
        return ""
    for tokens, stems in sentences:
        held = {j for j, s in enumerate(stems) if s in content and tokens[j] not in STOP}
        for at, word in enumerate(tokens):
            if word not in _ALLEGING:
                continue
            end = next((j for j in range(at + 1, len(tokens)) if _ends(tokens, j)), len(tokens))
            alleged = {j for j in held if at < j < end}
            # what it alleges, not the deed it rests on ("accused of trying to deceive voters by changing
            # the name of its account": the renaming is not in doubt)
            means = next((j for j in range(at + 1, end) if tokens[j] == "by"), end)
            core = {stems[j] for j in alleged if j < means}
            if len(core) >= 2 and len(held - alleged) <= 1:
                return word
    return ""


# "claims the theft traumatised her, and is now suing": the claimant's own next deed, not the claim's
_OWN_NEXT = frozenset("is was are were has have had will".split())


def _ends(tokens: Sequence[str], j: int) -> bool:
    """True where the allegation ends: a clause of the article's own, or the claimant's next verb."""
    following = tokens[j + 1] if j + 1 < len(tokens) else ""
    return tokens[j] in _STOPS or (tokens[j] in ("and", "or") and following in _OWN_NEXT)
