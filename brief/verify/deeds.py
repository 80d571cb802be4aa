"""Whether a claim's deeds were done: the verbs it tells as done (past tense, perfect, "had X removed",
"thanked them for apprehending"), and whether the article has them only as expected or to come."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from brief.verify.lexicon import is_reporting, stem
from brief.verify.polarity import content_word
from brief.verify.sentences import uses_marked

__all__ = ["done_deeds", "object_to_come", "only_expected"]

# words before a verb that leave its deed undone: "should ease", "expects profits to rise", "begin restoring"
# (not "plan", "hope" or "aim": as nouns they leave a deed done, "Macron's plan won"; "set" only as "is set
# to take effect", a few words before the verb)
_NOT_YET = frozenset(
    "should would could may might will shall can expect expects expected planned hoped wanted intend intends "
    "intended begin likely working trying aiming attempting striving scheduled slated poised due set want "
    "wants proposing proposes must need needs ready".split()
)
# verbs whose "X to do" leaves the deed to come: "picked Jackson to take over the VA", "asked them to leave"
_INTENT = frozenset(
    "pick picks picked choose chose chosen nominate nominated tapped ask asks asked urge urges urged agree "
    "agrees agreed promise promised pledge pledged vow vowed seek seeks sought try "
    "tries tried threaten threatens threatened work works working "
    # and nouns of a deed still to come: "announced plans to sue", "a federal proposal to open up areas"
    "plan plans proposal proposals bid bids effort efforts attempt attempts threat threats".split()
)
_NOT_YET_REACH = 3  # words before the verb


def done_deeds(doc: Any) -> tuple[frozenset[str], frozenset[str]]:
    """Stems of the verbs a claim says were done (past tense or perfect, not under a modal), and of the
    nouns those deeds were done to ("begun involuntary cuts" -> begin, cut)."""
    verbs, objects = set(), set()
    for token in doc:
        done = _done(token)
        if _credited(token) or done:  # "Thanked the police for apprehending the shooter": made
            # "rose" -> rise, as "expects profits to rise" has it; "became" stays, as the article may say it
            verbs |= {stem(token.lemma_.lower()), stem(token.lower_)}
        if done:
            objects |= {
                stem(c.lower_) for c in token.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"
            }
    return frozenset(verbs), frozenset(objects)


def _done(token: Any) -> bool:
    if token.pos_ != "VERB" or token.tag_ not in ("VBD", "VBN"):
        return False
    helpers = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
    opens = token.i == 0 and not helpers  # a stance's own verb: "Fined Rudolph for his role"
    # "had the car removed": what one had done is done
    caused = token.dep_ in ("ccomp", "xcomp", "oprd") and token.head.lemma_ in ("have", "get")
    caused = caused and token.head.tag_ in ("VBD", "VBN")
    if token.tag_ == "VBN" and not helpers & {"has", "have", "had", "was", "were"} and not (opens or caused):
        return False  # a participle ("the plan approved by ...") says nothing of when
    return not (
        helpers & _NOT_YET or _under_modal(token) or not content_word(token) or is_reporting(token.lower_)
    )


_CREDITING = frozenset(
    "thank praise credit congratulate commend applaud reward blame fault criticize criticise fine "
    "punish".split()
)


def _credited(token: Any) -> bool:
    """True for the deed someone was thanked, praised or blamed for: "thanked them for apprehending"."""
    prep = token.head
    verb = prep.head
    return (
        token.tag_ == "VBG"
        and token.dep_ == "pcomp"
        and prep.lower_ == "for"
        and verb.lemma_.lower() in _CREDITING
        and verb.tag_ in ("VBD", "VBN")
        and content_word(token)
    )


def _under_modal(token: Any) -> bool:
    """True for a verb inside a clause that a modal or "will" governs: "Will have the field converted,
    with the levels closed and capacity reduced" says nothing was done yet."""
    for head in token.ancestors:
        if any(c.dep_ == "aux" and c.lower_ in _NOT_YET for c in head.children):
            return True
    return False


def only_expected(done: frozenset[str], sentences: Sequence[tuple[Sequence[str], Sequence[str]]]) -> bool:
    """True when the sentences use a verb the claim says was done, and every time only as expected,
    planned or to come ("should ease ..., allowing the utility to begin restoring power")."""
    verbs = [
        (tokens, [s if not _noun_use(tokens, i) else "" for i, s in enumerate(stems)])
        for tokens, stems in sentences
    ]
    uses = uses_marked(
        done,
        verbs,
        _NOT_YET_REACH,
        _NOT_YET.__contains__,
        also=lambda t, at: _infinitive(t, at) or _listed(t, at),
    )
    return any(all(marked) for marked in uses.values())


def object_to_come(
    done: frozenset[str], objects: frozenset[str], sentences: Sequence[tuple[Sequence[str], Sequence[str]]]
) -> bool:
    """True when the sentences never use a verb the claim says was done, and have the thing it was done to
    ("has begun involuntary cuts") only as still to come, with a verb of their own: "is expected to make
    involuntary cuts", "the retrial is scheduled to begin", "would get the answers"."""
    if not done or not objects or any(done & set(stems) for _, stems in sentences):
        return False
    uses = uses_marked(objects, sentences, _OBJECT_REACH, _NOT_YET.__contains__, after=_SUBJECT_REACH)
    return bool(uses) and all(all(marked) for marked in uses.values())


_OBJECT_REACH = 4  # "is expected to make involuntary cuts": words from the marker to the thing
_SUBJECT_REACH = 4  # "the retrial of Roof is scheduled to begin": the thing before its marker


def _infinitive(tokens: Sequence[str], at: int) -> bool:
    """ "picked Jackson to take over the VA": a deed still to come (not "wrote to apologise")."""
    to = at - 3 if at >= 3 and tokens[at - 1] == "and" else at - 1  # "works to find and apprehend him"
    return to > 0 and tokens[to] == "to" and any(w in _INTENT for w in tokens[max(0, to - 3) : to])


_LIST_REACH = 12  # words back to the "will" a list of deeds goes on from
# another tense, or a clause of its own ("will start ahead of Vettel, who won last time out")
_DONE_AUX = frozenset("has have had was were did is are said who which that he she they it we i".split())


def _listed(tokens: Sequence[str], at: int) -> bool:
    """ "will investigate both maintenance and personnel records, interview the train crew": a deed of a
    list that goes on from one still to come, with no other tense between them."""
    back = tokens[max(0, at - _LIST_REACH) : at]
    marks = [i for i, w in enumerate(back) if w in ("will", "would", "shall")]
    base = not tokens[at].endswith(("ed", "ion", "ions", "ment", "ments"))  # "following the resignation"
    return bool(marks) and base and not _DONE_AUX & set(back[marks[-1] :])


_DETERMINERS = frozenset("the a an his her its their our my this that these those".split())


def _noun_use(tokens: Sequence[str], at: int) -> bool:
    """True for a word after a determiner or a figure: "$250,000 fines" is no verb "fined"."""
    before = tokens[at - 1] if at > 0 else ""
    return before in _DETERMINERS or before[:1].isdigit() or before[:1] in "$£€"


# opposite directions: a claim that something rose where its sentences have it fall says the opposite
