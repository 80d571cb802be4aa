"""A claim that says the opposite with a word of its own: "kept its policy" where the article has "rolled
back its policy", "denies that the regions are vulnerable" where the article has the body "acknowledge"
it. The article must use the opposite word next to the claim's own words, and never the claim's word.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from brief.verify.lexicon import is_explicit_negation

__all__ = ["opposite_word", "other_place", "prefix_opposite"]

# pairs of words that say the opposite of each other about the same thing: a word of five letters or
# more stands for every word it begins ("acknowledg" -> "acknowledged"), a shorter one only for itself
_OPPOSITES = (
    (("deny", "denies", "denied", "denying"), ("acknowledg", "admit", "admits", "confirm")),
    (
        ("kept", "keep", "keeps", "retain", "maintain"),
        ("rolled", "scrap", "scraps", "scrapped", "abandon", "rescind", "reversed", "withdr"),
    ),
    (("accept",), ("reject", "refuse", "refused", "declin")),
    (("approv",), ("reject", "block", "blocks", "blocked", "vetoed")),
    (("support", "backs", "backed", "backing", "favour", "favor", "endors"), ("oppose", "opposi", "reject")),
    (("allow", "allows", "allowed", "permit"), ("ban", "bans", "banned", "barred", "forbid", "prohibit")),
    (("won", "win", "wins"), ("lost", "lose", "loses", "losing")),
    (("includ",), ("exclud",)),
    (("convict",), ("acquit",)),
    (("open", "opens", "opened", "opening"), ("close", "closes", "closed", "closing")),
    (("hire", "hires", "hired", "hiring"), ("fire", "fires", "fired", "firing", "sacked", "dismiss")),
    (("join", "joins", "joined", "joining"), ("left", "leave", "leaves", "leaving", "quit")),
    (("predecessor",), ("successor",)),
    (("advocat", "supporter", "proponent", "champion"), ("critic", "critics", "opponent")),
    (("expect", "predict", "believ", "confident"), ("doubt", "doubts", "doubted", "doubting", "skeptic")),
    (("share", "shares", "shared", "sharing", "echoed"), ("dismiss",)),
    (
        ("welcom", "prais", "hailed", "hails", "applaud"),
        ("critici", "condemn", "denounc", "slammed", "blasted"),
    ),
    (("succeed", "succeeds", "succeeded"), ("fail", "fails", "failed")),
)


_EVERY_FORM = tuple(f for pair in _OPPOSITES for forms in pair for f in forms)


def _is(word: str, forms: tuple[str, ...]) -> bool:
    exact, prefixes = _split(forms)
    return word in exact or word.startswith(prefixes)


@cache
def _split(forms: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The forms a word must equal, and those (five letters or more) it may begin with."""
    return frozenset(forms), tuple(f for f in forms if len(f) >= 5)


_TURNS = 3  # words before a word where a negation turns it round ("did not keep")
_REACH = 6  # words after the opposite word that say what it is about
# verbs of a stance towards a whole clause reach further: "doubted that the merger would blunt the threats"
_CLAUSE_REACH = 10
_OF_A_CLAUSE = ("doubt", "dismiss")


def opposite_word(
    claim: Sequence[str],
    content: frozenset[str],
    sentences: Sequence[tuple[Sequence[str], Sequence[str]]],
    least: int = 2,
) -> tuple[str, str] | None:
    """(the claim's word, the article's opposite) when the claim (words) says one of a pair, the
    sentences (words, stems) never say it but say the other right before ``least`` of the claim's content
    words (stems), and neither side spells out a negation that would turn it round."""
    said = [w for tokens, _ in sentences for w in tokens]
    few = _few_for_many(claim, sentences)
    if few is not None:
        return few
    if not any(_is(w, _EVERY_FORM) for w in claim):
        return None  # no word of any pair: most claims
    for one, other in (*_OPPOSITES, *((b, a) for a, b in _OPPOSITES)):
        at = next((i for i, w in enumerate(claim) if _is(w, one)), None)
        if at is None or any(_is(w, other) for w in claim) or any(_is(w, one) for w in said):
            continue
        if any(map(is_explicit_negation, claim[max(0, at - _TURNS) : at])):
            continue  # "has not kept its policy"
        mine = claim[at]
        for tokens, stems in sentences:
            for at, word in enumerate(tokens):
                if not _is(word, other) or any(map(is_explicit_negation, tokens[max(0, at - _TURNS) : at])):
                    continue
                reach = _CLAUSE_REACH if word.startswith(_OF_A_CLAUSE) else _REACH
                # what it is about, after it, and for a deed told as done, who did it, right before it ("the
                # Arab League criticised"; not "in support of Johnson during his debate with opposition")
                before = tokens[max(0, at - _TURNS) : at] if word.endswith("ed") else []
                doer = {w for w in before if w in claim and len(w) > 3}
                if len(content & set(stems[at + 1 : at + 1 + reach])) + len(doer) >= least:
                    return mine, word
    return None


# a word whose prefix says "not": "unimpressed" for "impressed", "disagreed" for "agreed", "illegal" for
# "legal" ("in-" and its kin only before an adjective's ending: "informed" is no "not formed")
_DIS = frozenset(
    "agree agrees agreed approve approves approved satisfied honest loyal qualified allowed believe "
    "believed continue continued trust trusted connected".split()
)
_IN = ("in", "im", "il", "ir")
_ADJECTIVE = ("ible", "able", "ent", "ant", "ate", "al", "ive", "ete", "ect", "ure", "ular")
_LEAST_BASE = 5  # letters left after the prefix ("unable" is no "not able" to find)


def _bases(word: str) -> tuple[str, ...]:
    """What ``word`` says "not" to: "unimpressed" -> impressed, "dissatisfied" -> satisfied."""
    found = [word[2:]] if word.startswith("un") else []
    if word.startswith("dis") and word[3:] in _DIS:
        found.append(word[3:])
    found += [word[len(p) :] for p in _IN if word.startswith(p) and word[len(p) :].endswith(_ADJECTIVE)]
    return tuple(b for b in found if len(b) >= _LEAST_BASE and b.isalpha())


def prefix_opposite(
    claim: Sequence[str], content: frozenset[str], sentences: Sequence[tuple[Sequence[str], Sequence[str]]]
) -> tuple[str, str] | None:
    """(the claim's word, the article's) when one of them is the other with a prefix that says "not"
    ("was unimpressed by the results" for "was impressed with the results"), the sentences never use the
    claim's word, the article's word has one of the claim's content words (stems) within a few words, and
    no spelt-out negation stands before either ("not unhappy", "not happy")."""
    said = {w for tokens, _ in sentences for w in tokens}
    for at, mine in enumerate(claim):
        if mine in said or any(map(is_explicit_negation, claim[max(0, at - _TURNS) : at])):
            continue
        for tokens, stems in sentences:
            for place, word in enumerate(tokens):
                if (word in _bases(mine) or mine in _bases(word)) and _near(content, tokens, stems, place):
                    return mine, word
    return None


def _near(content: frozenset[str], tokens: Sequence[str], stems: Sequence[str], at: int) -> bool:
    if any(map(is_explicit_negation, tokens[max(0, at - _REACH) : at])):
        return False  # "I do not think this is acceptable behavior"
    around = {*stems[max(0, at - _REACH) : at], *stems[at + 1 : at + 1 + _REACH]}
    return bool(content & around - {stems[at]})


_MANY = frozenset("many numerous plenty lots".split())


def _few_for_many(
    claim: Sequence[str], sentences: Sequence[tuple[Sequence[str], Sequence[str]]]
) -> tuple[str, str] | None:
    """ "turn up many weapons" where the article has "yielding very few weapons" (not "a few")."""
    counted = {claim[i + 1] for i, w in enumerate(claim[:-1]) if w in _MANY}
    if not counted:
        return None
    for tokens, _ in sentences:
        for at, word in enumerate(tokens[:-1]):
            if word == "few" and (at == 0 or tokens[at - 1] != "a") and tokens[at + 1] in counted:
                return next(w for w in claim if w in _MANY), "few"
    return None


# where in a series a thing comes: "the third lawsuit to reach trial", "on the opening day of the trial"
_PLACES = {
    "first": 1, "opening": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "last": -1, "final": -1, "closing": -1,
}  # fmt: skip


def other_place(
    claim: Sequence[str],
    content: frozenset[str],
    sentences: Sequence[tuple[Sequence[str], Sequence[str]]],
    least: int = 2,
) -> tuple[str, str] | None:
    """(the claim's word, the article's) when the claim puts a thing at one place of a series ("the third
    lawsuit to reach trial", "the opening day of the trial") and the sentences, which never give it that
    place, give it another right before ``least`` of the claim's content words ("the second ... lawsuit
    to reach trial", "the last day of the trial")."""
    mine = next((w for w in claim if w in _PLACES), None)
    if mine is None:
        return None
    value = _PLACES[mine]
    if any(_PLACES.get(w) == value for tokens, _ in sentences for w in tokens):
        return None
    for tokens, stems in sentences:
        for at, word in enumerate(tokens):
            if word in _PLACES and len(content & set(stems[at + 1 : at + 1 + _REACH])) >= least:
                return mine, word
    return None
