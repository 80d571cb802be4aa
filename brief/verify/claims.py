"""A free-text claim as the checks see it: its names, numbers, content words, negation and hedges, and
the parts of a sentence that joins several facts; ``parse_claims`` parses many at once with spaCy.

``ArticleIndex`` (in ``brief.verify.article``) checks a claim against the article; a claim that fails
gets a ``Problem`` whose kind names the check that failed.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from typing import Any

from brief.extract import Event, find_events
from brief.verify.claim_names import capitalised, describing, find_names
from brief.verify.deeds import done_deeds
from brief.verify.lexicon import (
    FRAME,
    HEDGES,
    STOP,
    is_certain,
    is_explicit_negation,
    is_hedging,
    is_reporting,
    negated,
    stem,
    words,
)
from brief.verify.numbers import Quantity, counted_noun, number_context, quantities
from brief.verify.polarity import denied_stems
from brief.verify.presumed import Embedded, embedded_facts
from brief.verify.selfsame import both_sides

__all__ = ["Claim", "Problem", "Verdict", "parse_claims"]


@dataclass(frozen=True)
class Problem:
    kind: str  # name, number, negation, hedge, support, presumption, role, ...
    reason: str


@dataclass(frozen=True)
class Verdict:
    problem: Problem | None
    sentences: tuple[int, ...] = ()  # the supporting window (indexes into ``ArticleIndex.sentences``)


@dataclass(frozen=True)
class Claim:
    """What a claim says, as far as the checks need: names, numbers, content words, polarity, hedging."""

    text: str
    names: tuple[str, ...]
    numbers: tuple[Quantity, ...]
    content: frozenset[str]  # stems
    negated: bool
    hedged: bool
    explicit: bool = True  # the negation is spelt out ("not"), not only carried by a verb ("dismissed")
    near_numbers: tuple[frozenset[str], ...] = ()  # content stems next to each number
    counted: tuple[str, ...] = ()  # the stem of what each number counts ("28 people" -> "peopl"), or ""
    predicate: str = ""  # stem of the main verb (a question's presumed event)
    clauses: tuple[Claim, ...] = ()  # the parts of a sentence that joins several facts
    loose: frozenset[str] = frozenset()  # names that need not share a sentence with the others
    # names that only describe another ("Rosaly Lopes of NASA"), each with the name it describes
    described: tuple[tuple[str, str], ...] = ()
    events: tuple[Event, ...] = ()  # who does what to whom in the claim (named doers only)
    both_sides: tuple[tuple[str, str], ...] = ()  # a person's name as subject and as object of one verb
    certain: bool = False  # says it was shown or proven
    denied: frozenset[str] = frozenset()  # stems of the words its negations govern
    done: frozenset[str] = frozenset()  # stems of the verbs it says were done (past tense, perfect)
    done_to: frozenset[str] = frozenset()  # stems of the nouns those deeds were done to
    embedded: tuple[Embedded, ...] = ()  # what it asserts in passing (a relative clause, "despite X")
    # each of its coordinated subjects: the names in it and the stems of its other words
    conjoined: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()
    reported: bool = False  # it tells someone's words ("arguing that ..."), in this clause or its sentence
    verbless: bool = False  # no finite verb: "Spain's 2-0 defeat to Holland on Tuesday." is no sentence

    @classmethod
    def of(cls, text: str, doc: Any | None = None, *, start_needs_entity: bool = False) -> Claim:
        tokens = words(text)
        names, loose = find_names(doc, start_needs_entity) if doc is not None else (capitalised(text), set())
        name_words = {w for n in names for w in words(n)}
        content = frozenset(
            stem(w)
            for w in tokens
            if w not in STOP and w not in FRAME and w not in name_words and not w[:1].isdigit()
        )
        numbers = tuple(quantities(text, sizes=True))
        parts = _clauses(text, doc)
        reported = any(map(is_reporting, tokens))  # "denies the allegation" keeps the article's "alleged"
        # but a noun hedges nothing: "the school pledge", "the proposal"
        nouns = _only_nouns(doc)
        spoken = [w for w in tokens if w not in nouns or w in HEDGES]
        # a clause's deed is done only as the whole sentence tells it: "Will have the field converted, with
        # the levels closed" (the clause alone cannot see the "will")
        done, done_to = done_deeds(doc) if doc is not None else (frozenset(), frozenset())
        clauses = (
            tuple(
                replace(
                    part,
                    reported=part.reported or reported,
                    done=part.done & done,
                    done_to=part.done_to & done_to,
                )
                for part in (
                    Claim.of(text[a:b], _sub_doc(doc, a, b) if doc is not None else None) for a, b in parts
                )
            )
            if len(parts) > 1
            else ()
        )
        root = next((t for t in doc if t.dep_ == "ROOT"), None) if doc is not None else None
        return cls(
            text=text,
            names=tuple(names),
            numbers=numbers,
            content=content,
            negated=negated(tokens),
            hedged=any(is_hedging(w) for w in spoken[_opening_report(spoken) :]) or "?" in text,
            certain=is_certain(tokens),
            explicit=any(is_explicit_negation(w) for w in tokens),
            near_numbers=tuple(number_context(text, q.text) for q in numbers),
            counted=tuple(counted_noun(doc, text, q.text) for q in numbers),
            predicate=stem(root.lemma_.lower()) if root is not None and _verb(root) else "",
            clauses=clauses,
            loose=frozenset(loose),
            described=describing(doc, names) if doc is not None else (),
            events=tuple(find_events(doc)) if doc is not None else (),
            both_sides=both_sides(doc) if doc is not None else (),
            denied=denied_stems(doc) if doc is not None else frozenset(),
            done=done,
            done_to=done_to,
            embedded=embedded_facts(doc) if doc is not None else (),
            conjoined=_conjoined(doc, names) if doc is not None else (),
            reported=reported,
            verbless=doc is not None and _fragment(doc),
        )

    def subject_alone(self, keep: int) -> Claim:
        """The claim about its ``keep``-th coordinated subject: the other subjects' words left out."""
        names = {n for i, (group, _) in enumerate(self.conjoined) if i != keep for n in group}
        stems = {w for i, (_, group) in enumerate(self.conjoined) if i != keep for w in group}
        return replace(
            self,
            names=tuple(n for n in self.names if n not in names),
            content=self.content - stems,
            clauses=(),
            conjoined=(),
        )


def _conjoined(doc: Any, names: Sequence[str]) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Each subject of "Pompeo and Morrison welcomed the release" (its names, the stems of its other
    words), or () when the claim has no coordinated subjects with a name each."""
    for tok in doc:
        if tok.dep_ not in ("nsubj", "nsubjpass") or not any(c.dep_ == "conj" for c in tok.children):
            continue
        members = [tok, *(c for c in tok.subtree if c.dep_ == "conj" and c.i > tok.i)]
        groups = []
        for member in members:
            own = doc[member.left_edge.i : member.i + 1].text
            found = frozenset(n for n in names if n in own)
            if not found:
                return ()
            groups.append((found, frozenset(stem(w) for w in words(own))))
        return tuple(groups)
    return ()


_CLAUSE = re.compile(
    r"\s*;\s*|\s+[—–]\s+|\s+-\s+|,\s+(?=(?:while|but|whereas|and|which|who|although|though|after|before|"
    r"saying|calling|adding|denying|as|then|instead|prompting|leaving|that|with)\b)"
)
_MIN_CLAUSE = 3  # words


def _clauses(text: str, doc: Any | None = None) -> list[tuple[int, int]]:
    """Character ranges of the clauses of a sentence that joins several facts (one range if it does not)."""
    cuts = [(m.start(), m.end()) for m in _CLAUSE.finditer(text)]
    cuts += _subject_joins(doc) if doc is not None else []
    bounds, start = [], 0
    for a, b in sorted(cuts):
        if a < start:
            continue
        bounds.append((start, len(text[:a].rstrip())))
        start = b
    bounds.append((start, len(text)))
    parts = [(a, b) for a, b in bounds if len(text[a:b].split()) >= _MIN_CLAUSE]
    return parts if len(parts) > 1 else [(0, len(text))]


_JOINS = frozenset({",", "and", "but", ";"})


def _subject_joins(doc: Any) -> list[tuple[int, int]]:
    """Where a sentence goes on to a new subject and its own verb after a comma or "and" ("The UN said
    the settlements remain illegal, the Arab League criticised the move and Erekat vowed to ..."): the
    parser may hang that clause on the first verb as what was said, but a reported clause follows its
    verb directly."""
    cuts = []
    for verb in doc:
        if verb.dep_ not in ("conj", "ccomp") or verb.pos_ not in ("VERB", "AUX") or verb.head.i > verb.i:
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
        first = subject.left_edge.i if subject is not None else 0
        if subject is None or first < 2 or subject.pos_ == "PRON" or doc[first - 1].lower_ not in _JOINS:
            continue
        if doc[first].lower_ in ("a", "an"):
            continue  # "..., a measure he concedes has no chance": what the sentence's object is, no new fact
        joins = first - 1
        while joins > 0 and doc[joins - 1].lower_ in _JOINS:
            joins -= 1
        cuts.append((doc[joins].idx, doc[first].idx))
    return cuts


def _sub_doc(doc: Any, start: int, end: int) -> Any:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.as_doc() if span is not None else None


def _verb(token: Any) -> bool:
    """A verb, or a word "did" makes one (spaCy reads "disavow" in "Why did Kelly's aide disavow it?" as a
    noun)."""
    return bool(token.pos_ == "VERB" or any(c.dep_ == "aux" and c.lower_ == "did" for c in token.children))


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _fragment(doc: Any) -> bool:
    """True for words that are no sentence: no verb at all ("Tolkien."), or no finite verb and no subject
    ("Sarah Watson, 34, falsely accused of blackmailing ...", "Post pictures of luxuries ...")."""
    if not any(t.is_alpha for t in doc):
        return False
    if not any(t.pos_ in ("VERB", "AUX") for t in doc):
        return True
    subjects = any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for t in doc if t.dep_ == "ROOT" for c in t.children
    )
    return not subjects and not any(t.tag_ in _FINITE for t in doc)


def parse_claims(
    texts: Sequence[str],
    nlp: Any | None,
    stances: Collection[str] = frozenset(),
    roles: Collection[str] = frozenset(),
) -> list[Claim]:
    """``Claim.of`` for many texts, parsed by spaCy in one batch when ``nlp`` is given.

    Stances open with a verb whose capital is only typographic ("Rejects the plan"): they are parsed
    with it lowered. A role's first word is a name only when spaCy finds an entity there ("Finnish
    President", but not "Defendant in the lawsuit").
    """
    if nlp is None:
        return [Claim.of(t) for t in texts]
    parsed = [_lower_first(t) if t in stances or t in roles else t for t in texts]
    claims = [Claim.of(t, doc) for t, doc in zip(texts, nlp.pipe(parsed), strict=True)]
    # a role's opening nationality or place is a name ("Finnish President", "Egypt's envoy")
    for i, doc in zip(
        [i for i, t in enumerate(texts) if t in roles],
        nlp.pipe([t for t in texts if t in roles]),
        strict=True,
    ):
        first = [e.text for e in doc.ents if e.start == 0 and e.label_ in ("NORP", "GPE")]
        if first and first[0] not in claims[i].names:
            claims[i] = replace(claims[i], names=(first[0], *claims[i].names))
    return claims


def _only_nouns(doc: Any | None) -> frozenset[str]:
    """The words a parsed claim uses only as nouns ("the school pledge", "rejects the claims")."""
    if doc is None:
        return frozenset()
    nouns = {t.lower_ for t in doc if t.pos_ in ("NOUN", "PROPN")}
    return frozenset(nouns - {t.lower_ for t in doc if t.pos_ not in ("NOUN", "PROPN")})


def _opening_report(tokens: Sequence[str]) -> int:
    """1 where a stance opens on the actor's firm report ("Reported that pups are dying"), which is no
    hedge of the claim; else 0."""
    return 1 if tokens[:1] == ["reported"] else 0


def _lower_first(text: str) -> str:
    """ "Defendant in ..." -> "defendant in ..."; an acronym ("NATO ..."), a one-letter word or a
    hyphenated name with a capital after its hyphen ("Wal-Mart spokesman") stays."""
    first = text.split(" ", 1)[0]
    named = re.search(r"[-‐][A-Z]", first) is not None
    if len(first) > 1 and first[0].isupper() and first[1:2].islower() and not named:
        return text[0].lower() + text[1:]
    return text
