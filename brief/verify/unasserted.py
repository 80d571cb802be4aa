"""Words a claim or an article's sentence holds without asserting them: what a claim says was done
"instead of" something, what "would have" been, a silence ("declined further comment") and the tag of a
quotation ("..., he tweeted"), and "no evidence of" a thing, which does not deny the thing."""

from __future__ import annotations

from collections.abc import Sequence

from brief.extract import REPORT_VERBS
from brief.verify.lexicon import STOP, is_reporting, stem

__all__ = ["counterfactual", "in_place_of", "no_evidence", "silence", "tagged"]

_IN_PLACE_REACH = 5  # content words after "instead of" / "rather than" that say what was not done


def in_place_of(claimed: Sequence[str]) -> frozenset[str]:
    """Stems of what a claim says was not the case, after its "instead of" or "rather than"."""
    found: set[str] = set()
    for at, word in enumerate(claimed[:-1]):
        if (word, claimed[at + 1]) in (("instead", "of"), ("rather", "than")):  # not "proposing instead X"
            after = [w for w in claimed[at + 2 :] if w not in STOP]
            found |= {stem(w) for w in after[:_IN_PLACE_REACH]}
    return frozenset(found)


_WOULD_HAVE = frozenset({"would", "could", "should", "might"})
_TAG_SUBJECTS = frozenset({"he", "she", "they", "it", "we", "i"})
_TAG_VERBS = frozenset(stem(verb) for verb in REPORT_VERBS)


def counterfactual(claimed: Sequence[str]) -> frozenset[str]:
    """Stems of what a claim says would have been ("would have sent the case to a jury"), up to the
    clause's "and" or "but"."""
    found: set[str] = set()
    for at, word in enumerate(claimed[:-1]):
        if word in _WOULD_HAVE and claimed[at + 1] == "have":
            after: list[str] = []
            for w in claimed[at + 2 :]:
                if w in ("and", "but"):
                    break
                after += [w] if w not in STOP else []
            found |= {stem(w) for w in after[:_IN_PLACE_REACH]}
    return frozenset(found)


_SILENCES = frozenset({"comment", "comments", "commenting", "elaborate"})


def silence(tokens: Sequence[str], at: int) -> bool:
    """True for a denying verb whose deed is saying something: "declined further comment"."""
    return bool(_SILENCES & set(tokens[at + 1 : at + 4]))


def tagged(tokens: Sequence[str], at: int, j: int) -> bool:
    """True when the word at ``j`` is a reporting verb with a subject pronoun of its own after the denial
    at ``at``: the tag of a quotation ("does not last, he tweeted"; not "Definitely not, they cannot")."""
    tag = is_reporting(tokens[j]) or stem(tokens[j]) in _TAG_VERBS
    return tag and tokens[j - 1] in _TAG_SUBJECTS and j - 1 > at


# "no evidence that", "no sign of": the article denies that something is known, not the thing itself
_EVIDENCE = frozenset("evidence proof sign signs indication indications".split())
_NO = frozenset({"no", "not", "little", "nothing"})


def no_evidence(claim: Sequence[str], sentences: Sequence[tuple[Sequence[str], Sequence[str]]]) -> bool:
    """True when the sentences deny only that there is evidence (within two words of the denial) and the
    claim, which denies, does not speak of evidence."""
    if _EVIDENCE & set(claim):
        return False
    return any(
        word in _NO and _EVIDENCE & set(tokens[at + 1 : at + 4])
        for tokens, _ in sentences
        for at, word in enumerate(tokens)
    )
