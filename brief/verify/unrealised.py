"""Whether the article tells a thing or an event only as one that has not happened: sought ("asking the
board for an injunction"), hoped for ("hopes of a trade truce"), still to come ("had until Nov. 20 to
appeal", "could cancel"), in a condition ("if the union strikes") or denied ("no truce")."""

from __future__ import annotations

from collections.abc import Sequence

from brief.verify.lexicon import STOP, is_explicit_negation, stem
from brief.verify.sentences import uses_marked

__all__ = ["denied_only_as_aim", "only_unrealised"]

_MODALS = frozenset("will would could can may might should shall must".split())
_CONDITIONS = frozenset("if whether unless".split())
_POSSIBLE = frozenset("possible potential proposed planned prospective future eventual".split())
_HOPED = frozenset("hope hopes prospect prospects possibility chance chances talk talks".split())
_SEEKING = frozenset(
    "ask asks asked asking call calls called calling seek seeks sought seeking push pushes pushed pushing "
    "press presses pressed pressing demand demands demanded demanding hope hopes hoped hoping".split()
)
_CLAUSE_ENDS = frozenset({"and", "but", "or", "while", "which", "who", "that"})
_CLAUSE_REACH = 6  # words before a word that say how it is told
_SEEK_REACH = 12  # words before "for" where the verb of asking may stand


def only_unrealised(sentences: Sequence[tuple[Sequence[str], Sequence[str]]], word: str) -> bool:
    """True when ``word`` (a lemma) is in the sentences (words, stems) and every use of it is sought, hoped
    for, still to come, in a condition or denied; False when one use tells it as so, or there is none."""
    uses = uses_marked(frozenset({stem(word)}), sentences, 0, lambda _: False, also=_unrealised)
    return any(all(marked) for marked in uses.values())


# an infinitive whose deed did happen: "managed to escape", "went on to win", "the first to sign"
_DONE_TO = frozenset(
    "managed manages able on first last only proceeded began begun started continued".split()
)


def _clause_before(tokens: Sequence[str], at: int, reach: int) -> list[str]:
    """The words of the word's own clause within ``reach`` words before it."""
    before = list(tokens[max(0, at - reach) : at])
    return before[max((i for i, w in enumerate(before) if w in _CLAUSE_ENDS), default=-1) + 1 :]


def _unrealised(tokens: Sequence[str], at: int) -> bool:
    before = _clause_before(tokens, at, _CLAUSE_REACH)
    near = before[-3:]
    if _infinitive(tokens, at) or _MODALS & set(near[-2:]) or _POSSIBLE & set(near[-2:]):
        return True  # "to appeal", "could cancel", "a proposed surcharge"
    if any(map(is_explicit_negation, near)) or _CONDITIONS & set(before):
        return True  # "no truce", "if the union strikes"
    of = len(before) - 1 - before[::-1].index("of") if "of" in near else 0
    if of and before[of - 1] in _HOPED:
        return True  # "hopes of a trade truce"
    # "asking the NLRB for an injunction", however long the name of whom it is asked
    return "for" in near and bool(_SEEKING & set(_clause_before(tokens, at, _SEEK_REACH)))


_DENIAL_REACH = 4  # words after a denial where the word it governs may stand


def denied_only_as_aim(
    claim: Sequence[str], content: frozenset[str], sentences: Sequence[tuple[Sequence[str], Sequence[str]]]
) -> bool:
    """True when every word of the claim (words; content stems) that a denial in the sentences governs is,
    in the claim, only what someone aims at: "Pleaded for the plant to be opened" where the article has
    "the plant will not be opened, despite pleas"; "Is applying to conduct seismic tests" where seismic
    surveys "haven't been conducted" for decades."""
    governed = {
        stems[j]
        for tokens, stems in sentences
        for at, word in enumerate(tokens)
        if is_explicit_negation(word)
        for j in _first_content(tokens, at)
        if stems[j] in content
    }
    uses = [k for k, word in enumerate(claim) if stem(word) in governed]
    return bool(uses) and all(_infinitive(claim, k) for k in uses)


def _first_content(tokens: Sequence[str], at: int) -> list[int]:
    """The word a denial at ``at`` governs: the first after it that is not a function word ("will not be
    opened": opened; "have not been permitted to cross": permitted, not crossing)."""
    after = range(at + 1, min(len(tokens), at + 1 + _DENIAL_REACH))
    return next(([j] for j in after if tokens[j] not in STOP), [])


def _infinitive(tokens: Sequence[str], at: int) -> bool:
    """ "to conduct", "to be opened" (not "went on to win")."""
    to = at - 2 if at >= 2 and tokens[at - 1] in ("be", "been", "have") else at - 1
    return to >= 1 and tokens[to] == "to" and tokens[to - 1] not in _DONE_TO
