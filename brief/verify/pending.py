"""A claim that says a thing was done where its sentences have it still under way or to come: "has secured a
settlement" against "are discussing a settlement", "Received a classified briefing" against "has requested
a classified briefing"."""

from __future__ import annotations

from collections.abc import Sequence

from brief.verify.lexicon import IRREGULAR, stem

__all__ = ["already_but_to_come", "done_but_to_come", "done_only_pending"]

# A claim that something was done, where the article only has it under way or intended: "has secured a
# settlement" against "are discussing a settlement".
_DONE = frozenset(
    (
        "secured secures reached reaches agreed agrees signed signs approved approves completed completes "
        "finalised finalized sealed seals concluded concludes settled settles struck strikes clinched "
        "clinches won wins passed passes enacted enacts adopted adopts accepted accepts"
    ).split()
)
_PENDING = frozenset(
    (
        "discuss discussing discussion discussions talks negotiate negotiating negotiation negotiations "
        "considering mulling weighing proposed proposal proposals planning seeking pursuing exploring "
        "hoping aiming want wants wanted wanting seek seeks sought demand demands demanded demanding urge "
        "urges urged urging proposing propose proposes studying studies reviewing examining analyzing "
        "analysing assessing evaluating"
    ).split()
)
_ATTEMPTS = frozenset({"moved", "moving", "moves"})  # "moved to bring in legislation": only with "to"
_PENDING_REACH = 8  # words after an "under way" word that it governs


def done_only_pending(
    claim: Sequence[str], content: frozenset[str], sentences: Sequence[tuple[Sequence[str], Sequence[str]]]
) -> bool:
    """True when the claim (words) says a thing was done, and the sentences (words, stems) never say so
    but have it discussed, planned or sought, next to the claim's own words (stems)."""
    done = {_deed(w) for w in _DONE & set(claim)}
    if not done:
        return False
    pending = False
    for tokens, stems in sentences:
        # the article says that deed was done ("passed" for "passed"; a "reached" of another thing is not)
        if any(_deed(w) in done for w in _DONE & set(tokens)):
            return False
        for at, word in enumerate(tokens):
            attempt = word in _ATTEMPTS and tokens[at + 1 : at + 2] == ["to"]
            if (word in _PENDING or attempt) and content & set(stems[at + 1 : at + 1 + _PENDING_REACH]):
                pending = True
    return pending


def _deed(word: str) -> str:
    """The deed a word of ``_DONE`` tells, in any tense ("passed" and "passes", "won" and "wins")."""
    return stem(IRREGULAR.get(word, word))


# words that put what follows them still to come: "has requested a classified briefing", "is readying a
# new refugee camp", "are planning a larger study"
_TO_COME = frozenset(
    (
        "request requests requested requesting readying preparing prepares planning developing "
        "considering weighing mulling discussing negotiating exploring proposing studying reviewing "
        "examining analyzing analysing assessing evaluating"
    ).split()
)


def done_but_to_come(
    done: frozenset[str], content: frozenset[str], sentences: Sequence[tuple[Sequence[str], Sequence[str]]]
) -> bool:
    """True when the claim says a deed was done ("Received a classified briefing"), its sentences never use
    its verb, and they have its object still to come ("has requested a classified briefing")."""
    if not done or any(done & set(stems) for _, stems in sentences):
        return False
    things = content - done
    return any(
        word in _TO_COME and things & set(stems[at + 1 : at + 1 + _PENDING_REACH])
        for tokens, stems in sentences
        for at, word in enumerate(tokens)
    )


def already_but_to_come(
    claim: Sequence[str], content: frozenset[str], sentences: Sequence[tuple[Sequence[str], Sequence[str]]]
) -> bool:
    """True when the claim (words) says a thing is "already" so and its sentences (words, stems) never say
    "already" but have the claim's words (stems) after a "will" ("Has already launched his campaign for a
    full term" against "they'll be back on the campaign trail this fall, running for a full term")."""
    if "already" not in claim or any("already" in tokens for tokens, _ in sentences):
        return False
    return any(
        _future(word) and len(content & set(stems[at + 1 : at + 1 + _PENDING_REACH])) >= 2
        for tokens, stems in sentences
        for at, word in enumerate(tokens)
    )


def _future(word: str) -> bool:
    return word in ("will", "shall") or word.endswith(("'ll", "’ll"))
