"""Whether a claim's times are the article's: a change told the wrong way round ("from 1 p.m. to 4:25"),
a day of the month in another month, a weekday, season, "last week" or "the last day" given as another."""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.verify.claims import Claim, Problem
from brief.verify.sentences import Sentence

__all__ = ["reversed_or_misdated"]

_FIGURE = r"(\$?\d+(?:[.,:]\d+)*)"
_FROM_TO = re.compile(rf"\bfrom\s+(?:an?\s+|the\s+)?{_FIGURE}\D{{0,40}}?\bto\s+(?:an?\s+|the\s+)?{_FIGURE}")
_MONTHS = (
    r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})\b"
)


def reversed_or_misdated(
    sentences: Sequence[Sentence], claim: Claim, window: Sequence[int]
) -> Problem | None:
    """A change told the wrong way round ("from 1 p.m. to 4:25" where the article moves it "from a 4:25
    kickoff to a 1 p.m. start"), or a day of the month given in the wrong month ("released on July 25"
    where the sentence it rests on has "September 25")."""
    said = " ".join(sentences[i].text for i in window)
    for mine in _FROM_TO.finditer(claim.text):
        for theirs in _FROM_TO.finditer(said):
            if (mine[1], mine[2]) == (theirs[2], theirs[1]) and mine[1] != mine[2]:
                return Problem(
                    "number", f"the article has it from {theirs[1]} to {theirs[2]}, the other way round"
                )
    dates = [(m[1][:3], m[2]) for m in re.finditer(_MONTHS, said)]
    for month, day in ((m[1][:3], m[2]) for m in re.finditer(_MONTHS, claim.text)):
        others = [mo for mo, d in dates if d == day]
        if others and month not in others:
            return Problem(
                "number", f"the sentence it rests on gives the {day}th in {others[0]}, not {month}"
            )
    return _misdated(claim.text, said)


_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_AFTER_WORDS = re.compile(rf"\b([a-z]+\s+[a-z]+)\s+{_WEEKDAY.pattern}")  # two words, then the day
_AGO = re.compile(
    r"\b(several|a few|a couple of|few|many|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(hour|day|week|month|year|decade)s?\s+(ago|earlier|before|later|from now)\b",
    re.IGNORECASE,
)


_SEASON_OR_MONTH = re.compile(
    r"\b(?:in|this|next|last|by|until|from)\s+(?:the\s+)?(?:early\s+|late\s+)?"
    r"(spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b",
    re.IGNORECASE,
)  # a time of year the claim puts something at: "will be revealed this summer", "in October"


_RELATIVE = re.compile(
    r"\b((?:last|this|next|past)\s+(?:week|weekend|month|year)|yesterday|today|tomorrow)\b", re.IGNORECASE
)  # a time told from the day of writing: "last week", "this month", "yesterday"


_DAY_OF = re.compile(r"\b(first|opening|last|final|closing)\s+day\b", re.IGNORECASE)  # of a trial, a session
_SEASON_OF = re.compile(r"\b(spring|summer|autumn|fall|winter)\s+of\s+((?:19|20)\d\d)\b", re.IGNORECASE)


def _seasons_of(text: str) -> set[tuple[str, str]]:
    """(season, year) of each "the fall of 2013" in ``text``."""
    return {(m[1].lower().replace("autumn", "fall"), m[2]) for m in _SEASON_OF.finditer(text)}


def _when(pattern: re.Pattern[str], text: str) -> list[str]:
    return [
        re.sub(r"\s+", " ", m.lower().replace("autumn", "fall").replace("past ", "last "))
        .replace("opening", "first")
        .replace("final", "last")
        .replace("closing", "last")
        for m in pattern.findall(text)
    ]


def _spans_ago(text: str) -> list[tuple[str, str, str]]:
    """(how many, unit, which way) of each "several weeks ago" in ``text``."""
    return [(m[1].lower(), m[2].lower(), m[3].lower()) for m in _AGO.finditer(text)]


def _misdated(claimed: str, said: str) -> Problem | None:
    """A day of the week or a time the sentences it rests on give as another ("said on Monday" where they
    have "On Tuesday", "last month" where they have "last week", "the fall of 2014" where they have "the
    fall of 2013"), or a span told in another unit ("several months ago" for "Several weeks ago")."""
    # "killed him Thursday night" where they have "killed him Wednesday night" (and Thursday elsewhere)
    for found in _AFTER_WORDS.finditer(claimed):
        lead = re.escape(found[1]).replace(r"\ ", r"\s+")
        day = re.search(rf"\b{lead}\s+{_WEEKDAY.pattern}", said, re.IGNORECASE)
        if day is not None and day[1].casefold() != found[2].casefold():
            return Problem("number", f"the sentence it rests on has {day[1]}, not {found[2]}")
    # "in October" where they have "this summer", "the opening day" where they have "the last day"
    for dated in (_WEEKDAY, _SEASON_OR_MONTH, _RELATIVE, _DAY_OF):
        mine, theirs = set(_when(dated, claimed)), set(_when(dated, said))
        if mine and theirs and not mine & theirs:
            return Problem("number", f"the sentence it rests on has {min(theirs)}, not {min(mine)}")
    mine_of, theirs_of = _seasons_of(claimed), _seasons_of(said)
    for season, year in mine_of - theirs_of:  # "in the fall of 2014" where they have "the fall of 2013"
        other = next((y for s, y in sorted(theirs_of) if s == season), None)
        if other is not None:
            return Problem("number", f"the sentence it rests on has the {season} of {other}, not {year}")
    spans = _spans_ago(said)
    for how_many, unit, when in _spans_ago(claimed):
        other = next((u for n, u, w in spans if (n, w) == (how_many, when) and u != unit), None)
        if other is not None and (how_many, unit, when) not in spans:
            return Problem("number", f"the sentence it rests on has {how_many} {other}s {when}, not {unit}s")
    return None
