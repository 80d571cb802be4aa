"""Score one brief against its gold annotations and its article.

Metrics (matching rules in ``brief.evaluate.text``):

- core / all actor recall: a gold actor counts when one brief actor's name or alias has the same
  ``name_key`` as the gold name or one of its aliases (an unnamed writer's names are one: "The
  author" is "The columnist");
- actor precision: 1 - invented / brief actors, where an invented actor matches no gold actor and
  none of its forms is mentioned in the article (1.0 when the brief lists no actors);
- position recall: a gold position counts when a brief position is attributed to the same actor
  (its ``actor`` or that brief actor's aliases match the gold actor's forms) and one of its
  evidence strings overlaps one of the gold evidence strings;
- attribution precision: of the brief's position evidence strings that match a gold evidence span
  (``evidence_overlaps``, or both found in the article at overlapping places), the share filed
  under a brief actor that matches a gold actor owning one of the matched spans (None when none
  match); strings that match no gold span are not judged;
- duplicate actors: brief actors beyond the first that match the same gold actor ("De Vido"
  beside "Julio De Vido");
- non-actors: brief actors that match no gold actor and are a quantity word ("Millions",
  "Thousands of") or one of the gold file's ``not_actors`` ("Middle Britain");
- verbatim rate: share of brief evidence strings (positions and open questions) found verbatim in
  the article after quote-mark and whitespace normalisation (None when the brief has none);
- questions with evidence: open questions with at least one verbatim evidence string;
- must_not_claim flags: see ``brief.evaluate.claims``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from brief.errors import InputError
from brief.evaluate.claims import ClaimFlag, find_claims
from brief.evaluate.gold import Gold, GoldPosition
from brief.evaluate.text import evidence_overlaps, is_verbatim, mentioned, name_key, verbatim_key
from brief.extract import is_writer
from brief.schema import Draft, Position, StrictModel

__all__ = ["ArticleScore", "score_brief"]


class ArticleScore(StrictModel):
    """How one brief scored; the lists say which items to look at."""

    name: str
    core_recall: float
    all_recall: float
    actor_precision: float
    position_recall: float
    attribution_precision: float | None
    evidence_judged: int
    evidence_attributed: int
    duplicate_actors: list[str]
    non_actors: list[str]
    verbatim_rate: float | None
    evidence_found: int
    evidence_total: int
    questions: int
    questions_with_evidence: int
    mnc_flags: list[ClaimFlag]
    seconds: float | None = None
    tokens: int | None = None
    missed_core: list[str]
    invented_actors: list[str]
    missed_positions: list[str]
    misattributed_evidence: list[str]
    unverified_evidence: list[str]


def score_brief(brief: Mapping[str, Any], gold: Gold, article_text: str, *, name: str = "") -> ArticleScore:
    """Score brief JSON (the ``Brief`` contract) against ``gold`` and the article text.

    Raises:
        InputError: the brief lacks the fields a brief must have.
    """
    draft = _parse(brief, name)
    article_key = verbatim_key(article_text)
    found = _found_actors(draft, gold)
    core = [a for a in gold.actors if a.salience == "core"]
    missed_positions = [_label(p) for p in gold.positions if not _position_found(p, draft, gold)]
    evidence = [e for p in draft.positions for e in p.evidence] + [
        e for q in draft.open_questions for e in q.evidence
    ]
    unverified = [e for e in evidence if not is_verbatim(e, article_key)]
    judged, misattributed = _attribution(draft, gold, article_key)
    return ArticleScore(
        name=name,
        core_recall=_share(sum(a.name in found for a in core), len(core)),
        all_recall=_share(len(found), len(gold.actors)),
        actor_precision=_precision(draft, gold, article_text),
        position_recall=_share(len(gold.positions) - len(missed_positions), len(gold.positions)),
        attribution_precision=(judged - len(misattributed)) / judged if judged else None,
        evidence_judged=judged,
        evidence_attributed=judged - len(misattributed),
        duplicate_actors=_duplicates(draft, gold),
        non_actors=_non_actors(draft, gold),
        verbatim_rate=(len(evidence) - len(unverified)) / len(evidence) if evidence else None,
        evidence_found=len(evidence) - len(unverified),
        evidence_total=len(evidence),
        questions=len(draft.open_questions),
        questions_with_evidence=sum(
            any(is_verbatim(e, article_key) for e in q.evidence) for q in draft.open_questions
        ),
        mnc_flags=find_claims(draft.model_dump(), gold.must_not_claim),
        missed_core=[a.name for a in core if a.name not in found],
        invented_actors=_invented(draft, gold, article_text),
        missed_positions=missed_positions,
        misattributed_evidence=misattributed,
        unverified_evidence=unverified,
    )


def _parse(brief: Mapping[str, Any], name: str) -> Draft:
    fields = {k: v for k, v in brief.items() if k in Draft.model_fields}
    try:
        return Draft.model_validate(fields)
    except ValidationError as exc:
        error = exc.errors()[0]
        place = ".".join(str(p) for p in error["loc"]) or "(top level)"
        label = f"brief {name}" if name else "brief"
        raise InputError(
            f"{label} is not a valid brief at {place}: {error['msg']}; regenerate it with `brief run`"
        ) from exc


_WRITER_KEY = "(the writer)"  # "The author", "The columnist": one unnamed writer, however called


def _keys(forms: list[str]) -> set[str]:
    return {_WRITER_KEY if is_writer(f) else k for f, k in zip(forms, map(name_key, forms), strict=True) if k}


def _brief_keys(draft: Draft) -> list[set[str]]:
    return [_keys([a.name, *a.aliases]) for a in draft.actors]


def _found_actors(draft: Draft, gold: Gold) -> set[str]:
    brief_keys = set().union(*_brief_keys(draft)) if draft.actors else set()
    return {a.name for a in gold.actors if _keys(a.forms) & brief_keys}


def _matches_gold(keys: set[str], gold: Gold) -> bool:
    return any(_keys(a.forms) & keys for a in gold.actors)


def _invented(draft: Draft, gold: Gold, article_text: str) -> list[str]:
    article_names = f" {name_key(article_text)} "
    return [
        actor.name
        for actor, keys in zip(draft.actors, _brief_keys(draft), strict=True)
        if not _matches_gold(keys, gold) and not mentioned([actor.name, *actor.aliases], article_names)
    ]


def _precision(draft: Draft, gold: Gold, article_text: str) -> float:
    if not draft.actors:
        return 1.0
    return 1.0 - len(_invented(draft, gold, article_text)) / len(draft.actors)


def _position_keys(position: Position, draft: Draft) -> set[str]:
    """The brief position's actor plus the aliases of the brief actor it names."""
    key = name_key(position.actor)
    keys = {key}
    for actor in draft.actors:
        if name_key(actor.name) == key:
            keys |= _keys([actor.name, *actor.aliases])
    return keys


def _position_found(wanted: GoldPosition, draft: Draft, gold: Gold) -> bool:
    gold_keys = _keys(gold.actor(wanted.actor).forms)
    return any(
        _position_keys(p, draft) & gold_keys
        and any(evidence_overlaps(e, g) for e in p.evidence for g in wanted.evidence)
        for p in draft.positions
    )


def _spans(evidence: str, article_key: str) -> list[tuple[int, int]]:
    """Where ``evidence`` occurs in the article (offsets in ``article_key``)."""
    key = verbatim_key(evidence)
    if not key:
        return []
    spans, start = [], article_key.find(key)
    while start >= 0:
        spans.append((start, start + len(key)))
        start = article_key.find(key, start + 1)
    return spans


def _same_place(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return any(s < f2 and s2 < f for s, f in a for s2, f2 in b)


def _attribution(draft: Draft, gold: Gold, article_key: str) -> tuple[int, list[str]]:
    """(evidence strings judged, those filed under the wrong actor as ``actor: evidence``)."""
    owners = [(g, _keys(gold.actor(g.actor).forms), _spans(g_e, article_key), g_e)
              for g in gold.positions for g_e in g.evidence]  # fmt: skip
    judged, wrong = 0, []
    for position in draft.positions:
        keys = _position_keys(position, draft)
        for evidence in position.evidence:
            places = _spans(evidence, article_key)
            matched = [
                actor_keys
                for _, actor_keys, gold_places, gold_evidence in owners
                if evidence_overlaps(evidence, gold_evidence) or _same_place(places, gold_places)
            ]
            if not matched:
                continue
            judged += 1
            if not any(keys & actor_keys for actor_keys in matched):
                wrong.append(f"{position.actor}: {evidence}")
    return judged, wrong


def _duplicates(draft: Draft, gold: Gold) -> list[str]:
    """``gold name: brief A / brief B`` for every gold actor matched by two or more brief actors."""
    found = []
    brief_keys = _brief_keys(draft)
    for actor in gold.actors:
        gold_keys = _keys(actor.forms)
        names = [a.name for a, keys in zip(draft.actors, brief_keys, strict=True) if keys & gold_keys]
        if len(names) > 1:
            found.append(f"{actor.name}: {' / '.join(names)}")
    return found


_QUANTITY = re.compile(
    r"(?:millions?|thousands?|hundreds?|dozens?|scores?|tens|billions?|many|most|some|several|few|"
    r"all|others?|\d+(?: \d+)*)(?: of)?",
)


def _non_actors(draft: Draft, gold: Gold) -> list[str]:
    """Brief actors that match no gold actor and are a quantity word or one of ``gold.not_actors``."""
    listed = _keys(gold.not_actors)
    return [
        actor.name
        for actor, keys in zip(draft.actors, _brief_keys(draft), strict=True)
        if not _matches_gold(keys, gold) and (keys & listed or _QUANTITY.fullmatch(name_key(actor.name)))
    ]


def _label(position: GoldPosition) -> str:
    return f"{position.actor}: {position.stance}"


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 1.0
