"""A synthetic inbox for the batch figures: many distinct, news-like articles, the same on every run.

Each article is built from its number alone (``random.Random(seed + number)``): its own people,
organisations, place, figures and dates, in 250-400 words of ordinary news sentences with attributed
quotes, so extraction finds actors and statements as it does in real articles, no two articles share a
text (no cache or duplicate check makes a figure look cheap) and a run of 10,000 is reproducible.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

__all__ = ["synthetic_article", "synthetic_articles", "write_inbox"]

_FIRST = (
    "Maria Sarah James Daniel Amara Chen Olga Rahul Fatima Peter Laura Kwame Ingrid Tomas Aisha Hugo "
    "Nadia Samuel Elena Victor Grace Mateo Hannah Ibrahim Clara Felix Rosa Arjun Leila Oscar Yuki Marek "
    "Sofia David Zainab Lukas Priya Martin Chloe Emeka Irene Paolo Anna Jonas Mei Carlos Ruth Stefan"
).split()
_LAST = (
    "Okafor Lindqvist Moreau Patel Novak Brennan Castillo Haddad Nakamura Fischer Osei Romano Kowalski "
    "Delgado Andersen Mensah Varga Quinn Petrov Ashby Tanaka Herrera Dubois Kariuki Whitfield Rossi Larsen "
    "Abara Meyer Santos Holloway Ivanova Byrne Mwangi Costa Lang Farouk Sorensen Achebe Winter Reyes "
    "Kaplan Nilsen Duarte Campbell Ferreira Janssen Oduya Ward"
).split()
_TOWN_START = (
    "Ash Bel Brack Calder Dun Elm Fair Glen Grey Hart Hol Kel Lang Lin Marl Mill Nor Oak Pen Quen Rav "
    "Red Rock Sal Silver Stan Stone Thorn Tre Wal West Whit Wick Win Wood Yar Alder Birch Cran Dray"
).split()
_TOWN_END = (
    "ford bury mere haven ridge wick ton ley field brook holm stead cliff dale port mouth gate by well thorpe"
).split()
_FIRM_END = "tech corp ex line gate wise works field mark stone".split()
_BODY = (
    "Water Authority|Transport Board|Health Trust|Housing Agency|Energy Commission|Schools Council|"
    "Port Authority|Planning Office|Environment Agency|Chamber of Commerce|Teachers' Union|"
    "Farmers' Association|Police Service|Audit Office|Hospital Board"
).split("|")
_TOPIC = (
    ("a new desalination plant", "the plant", "water bills"),
    ("the tram line extension", "the extension", "ticket prices"),
    ("a hospital merger", "the merger", "waiting times"),
    ("a plan for 4,000 new homes", "the housing plan", "rents"),
    ("an offshore wind contract", "the contract", "electricity prices"),
    ("the closure of two secondary schools", "the closures", "class sizes"),
    ("a container terminal expansion", "the expansion", "local jobs"),
    ("a ban on diesel lorries in the centre", "the ban", "air quality"),
    ("the sale of the municipal airport", "the sale", "flight routes"),
    ("a four-day week for council staff", "the trial", "service hours"),
    ("a flood barrier on the estuary", "the barrier", "insurance premiums"),
    ("a merger of three police districts", "the merger", "response times"),
)
_ROLE = (
    "chief executive",
    "chair",
    "director of finance",
    "spokesperson",
    "head of operations",
    "chief economist",
    "senior engineer",
    "legal adviser",
)
_MONTHS = "January February March April May June July August September October November December".split()
_DAYS = "Monday Tuesday Wednesday Thursday Friday".split()

_OPENERS = (
    "Officials in {town} on {day} approved {topic}, ending a dispute that has divided the council "
    "for {n1} months.",
    "The {org} in {town} announced on {day} that it would go ahead with {topic}, despite objections "
    "from {n1} residents' groups.",
    "A vote on {topic} in {town} was delayed on {day} after the {org} asked for {n1} more weeks to "
    "study the costs.",
)
_FACTS = (
    "The project is expected to cost {money} and to take {n2} years to complete.",
    "According to figures published by the {org2}, {pct} percent of households would be affected.",
    "The council said {short} would create about {jobs} jobs during construction.",
    "An independent review commissioned in {month} put the total cost at {money}.",
    "Turnout at the public meetings was the highest since {year}, with {n3} people attending.",
    "Critics point out that a similar scheme in {town2} ran {pct} percent over budget.",
    "The first phase is due to open in {month} {year2}, according to the published timetable.",
    "Supporters say {short} could lower {effect} by {pct} percent within {n2} years.",
    "The site on {street} Road, next to the former {firm} works, was bought by the council in {year}.",
    "{firm} Holdings, the contractor named in the tender, has built similar schemes in {town2} and {town3}.",
)
_QUOTES = (
    '"We have listened to every objection, and {short} is better for it," said {a}, the {role} of the {org}.',
    '"Nobody has explained who pays if {short} runs late," said {b}, who leads a residents\' group in '
    "{town}.",
    '{a} said the {org} had "no credible alternative" and would publish the contracts by {month}.',
    '"This is a decision for the next thirty years, not the next election," {b} told reporters on {day}.',
    '{c}, the {role2} of the {org2}, said the figures "do not add up" and called for an independent audit.',
    '"We will take this to court if we have to," said {c}, adding that {n1} families had already complained.',
)
_CLOSERS = (
    "It remains unclear whether the national government will contribute to the cost of {short}.",
    "The {org2} is expected to publish its own assessment of {effect} before the summer.",
    "A final decision on funding is scheduled for the council meeting on {day2} {dnum} {month}.",
    "Neither side would say whether talks would resume before the {month} deadline.",
)


def _place(rng: random.Random) -> str:
    return f"{rng.choice(_TOWN_START)}{rng.choice(_TOWN_END)}"


def _person(rng: random.Random, used: set[str]) -> str:
    while True:
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        if name not in used:
            used.add(name)
            return name


def synthetic_article(number: int, seed: int = 2025) -> str:
    """Article ``number``: a headline and 250-400 words in paragraphs, from ``seed + number`` alone."""
    rng = random.Random(seed * 1_000_003 + number)
    used: set[str] = set()
    town, town2 = _place(rng), _place(rng)
    org, org2 = (f"{town} {body}" for body in rng.sample(_BODY, 2))
    topic, short, effect = rng.choice(_TOPIC)
    values = {
        "town": town,
        "town2": town2,
        "town3": _place(rng),
        "street": _place(rng),
        "firm": f"{rng.choice(_TOWN_START)}{rng.choice(_FIRM_END)}",
        "org": org,
        "org2": org2,
        "topic": topic,
        "short": short,
        "effect": effect,
        "a": _person(rng, used),
        "b": _person(rng, used),
        "c": _person(rng, used),
        "role": rng.choice(_ROLE),
        "role2": rng.choice(_ROLE),
        "day": rng.choice(_DAYS),
        "day2": rng.choice(_DAYS),
        "dnum": rng.randint(2, 28),
        "month": rng.choice(_MONTHS),
        "year": rng.randint(1978, 2019),
        "year2": rng.randint(2026, 2034),
        "n1": rng.randint(3, 40),
        "n2": rng.randint(2, 12),
        "n3": rng.randint(120, 4_800),
        "pct": rng.randint(4, 61),
        "jobs": f"{rng.randint(80, 2_400):,}",
        "money": f"{rng.randint(12, 980)}.{rng.randint(0, 9)} million euros",
        # A number only this article has: no two texts are the same even where the choices repeat.
        "ref": f"{number:05d}-{rng.randint(100, 999)}",
    }
    title = f"{town} {rng.choice(('backs', 'delays', 'questions', 'debates'))} {short} (ref {values['ref']})"
    paragraphs = [rng.choice(_OPENERS)]
    facts, quotes = rng.sample(_FACTS, len(_FACTS)), rng.sample(_QUOTES, len(_QUOTES))
    while sum(len(p.split()) for p in paragraphs) < rng.randint(230, 330):
        pair = [quotes.pop() if quotes else facts.pop(), facts.pop() if facts else quotes.pop()]
        paragraphs.append(" ".join(pair))
        if not facts and not quotes:
            break
    paragraphs.append(
        "The proposal, filed under reference {ref}, will be debated again in {month}; {a} and {c} "
        "are both expected to speak."
    )
    paragraphs.append(rng.choice(_CLOSERS))
    body = "\n\n".join(p.format(**values) for p in paragraphs)
    return f"{title[0].upper()}{title[1:]}\n\n{body}\n"


def synthetic_articles(count: int, seed: int = 2025) -> Iterator[str]:
    """Articles ``0 .. count-1``."""
    return (synthetic_article(i, seed) for i in range(count))


def write_inbox(count: int, folder: Path, seed: int = 2025) -> Path:
    """``count`` synthetic articles as ``.txt`` files in ``folder`` (made if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(synthetic_articles(count, seed)):
        (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    return folder
