"""Where outlets give one action different days: "ran aground on Tuesday" / "ran aground on Wednesday".

A day is a weekday ("on Tuesday", "late Thursday") or a day of a month ("on 29 March", "on March 29")
said right after "on", "early" or "late" (so not "said Friday was one of the darkest days", nor "last
Friday", "by Tuesday", "since 3 May"); a weekday is compared only with a weekday, a date with a date.

The action is the content words within :data:`REACH` words of the day in its sentence. Two outlets'
days differ when (conservatively, all of):

- the two windows share at least :data:`SHARED` content words, one of them in lower case in both
  (the same verb or noun, not only the same names);
- neither outlet gives another day near any of those words anywhere in its text (an outlet that has
  "four boys were rescued on Monday" and "four boys were rescued on Tuesday" tells two actions apart,
  so none of its days is the day of "four boys rescued");
- the days are not the same.

Each claim is the verbatim words from the first shared word to the day ("ran aground on Tuesday").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from brief.daily.match import content_words
from brief.daily.story import Claim, Difference

__all__ = ["REACH", "SHARED", "Day", "date_differences", "days"]

REACH = 5  # words on each side of the day that say what happened on it
SHARED = 2  # content words two outlets' windows must share

_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_MONTHS = "January February March April May June July August September October November December".split()
_ORDINAL = r"(?:st|nd|rd|th)?"
_DAY = re.compile(
    rf"\b(?:(?P<weekday>{'|'.join(_WEEKDAYS)})"
    rf"|(?P<day>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?(?P<month>{'|'.join(_MONTHS)})"
    rf"|(?P<month2>{'|'.join(_MONTHS)})\s+(?P<day2>\d{{1,2}}){_ORDINAL}(?![\d,]*\d))\b"
)
_ON = frozenset("on early late".split())
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
_DATE_WORDS = frozenset(
    content_words(" ".join([*_WEEKDAYS, *_MONTHS, "morning afternoon evening night day week early late"]))
)


@dataclass(frozen=True)
class Day:
    """A day said in an article: ``value`` ("weekday", 1) or ("date", 3, 29), and the action near it."""

    value: tuple[str, ...]
    text: str  # verbatim: "Tuesday", "29 March"
    start: int  # in ``sentence``
    end: int
    sentence: str
    near: dict[str, tuple[int, int]]  # the stems of the content words near it -> their span in sentence


def _value(match: re.Match[str]) -> tuple[str, ...] | None:
    if match.group("weekday"):
        return ("weekday", match.group("weekday"))
    day, month = match.group("day") or match.group("day2"), match.group("month") or match.group("month2")
    return ("date", month, str(int(day))) if 1 <= int(day) <= 31 else None


def days(text: str) -> list[Day]:
    """Every day of an action in ``text``, in order."""
    found = []
    for part in _SENTENCE.finditer(text):
        sentence = part.group()
        tokens = list(_TOKEN.finditer(sentence))
        for match in _DAY.finditer(sentence):
            value = _value(match)
            before = [t for t in tokens if t.end() <= match.start()]
            after = [t for t in tokens if t.start() >= match.end()]
            if value is None or not before or before[-1].group().casefold() not in _ON:
                continue
            near: dict[str, tuple[int, int]] = {}
            for token in [*before[-REACH:], *after[:REACH]]:
                for stem in content_words(token.group()) - _DATE_WORDS:
                    near.setdefault(stem, token.span())
            found.append(Day(value, match.group(), match.start(), match.end(), sentence.strip(), near))
    return found


@dataclass(frozen=True)
class _Said:
    outlet: str
    source: str
    day: Day


def date_differences(sources: Sequence[tuple[str, str, str]]) -> list[Difference]:
    """Days of one action that differ between outlets; ``sources``: (outlet, article id, text)."""
    said = {source: [_Said(outlet, source, d) for d in days(text)] for outlet, source, text in sources}
    found: list[Difference] = []
    seen: set[tuple[str, str]] = set()
    ids = list(said)
    for n, a_id in enumerate(ids):
        for b_id in ids[n + 1 :]:
            for a in said[a_id]:
                for b in said[b_id]:
                    pair = _differ(a, b, said[a_id], said[b_id])
                    if pair is None or (a_id, b_id) in seen:
                        continue
                    seen.add((a_id, b_id))  # one difference per two outlets: their first
                    found.append(pair)
    return _merged(found)


def _days_near(said: Sequence[_Said], words: frozenset[str], kind: str) -> set[tuple[str, ...]]:
    return {s.day.value for s in said if s.day.value[0] == kind and words & s.day.near.keys()}


def _differ(a: _Said, b: _Said, all_a: Sequence[_Said], all_b: Sequence[_Said]) -> Difference | None:
    if a.day.value[0] != b.day.value[0] or a.day.value == b.day.value:
        return None
    shared = frozenset(a.day.near.keys() & b.day.near.keys())
    if len(shared) < SHARED or not any(_lower(a.day, w) and _lower(b.day, w) for w in shared):
        return None
    for word in shared:  # an outlet giving another day near any shared word tells two actions apart
        one = frozenset([word])
        if len(_days_near(all_a, one, a.day.value[0])) > 1 or len(_days_near(all_b, one, b.day.value[0])) > 1:
            return None
    about = " ".join(
        a.day.sentence[start:end] for start, end in sorted(a.day.near[w] for w in shared)
    ).casefold()
    claims = [_claim(s, shared) for s in (a, b)]
    return Difference(kind="date", about=about, claims=claims)


def _lower(day: Day, stem: str) -> bool:
    start, _ = day.near[stem]
    return day.sentence[start].islower()


def _claim(said: _Said, shared: frozenset[str]) -> Claim:
    day = said.day
    start = min([day.start, *(day.near[w][0] for w in shared)])
    end = max([day.end, *(day.near[w][1] for w in shared)])
    return Claim(outlet=said.outlet, source=said.source, text=day.sentence[start:end], sentence=day.sentence)


def _merged(found: list[Difference]) -> list[Difference]:
    """Differences about the same action with a claim of the same article in common: one difference."""
    merged: list[Difference] = []
    for difference in found:
        twin = next(
            (
                m
                for m in merged
                if m.about == difference.about
                and {c.source for c in m.claims} & {c.source for c in difference.claims}
            ),
            None,
        )
        if twin is None:
            merged.append(difference)
            continue
        twin.claims += [c for c in difference.claims if c.source not in {k.source for k in twin.claims}]
    return merged
