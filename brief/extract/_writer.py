"""The writer's own voice: a column, an analysis or an editorial argues in the first or second person
("You shouldn't just believe them.", "I don't see the downside.", "Let's hope we see more ..."), and
what it argues is the writer's position. An article whose writer speaks so in several sentences of
their own (outside quotations, reader comments and anyone's reported words) has the writer as an
actor, "The author", whose positions are those sentences."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from brief.extract._layout import headline_end, inside
from brief.extract._quotes import regions_of
from brief.extract._syntax import DATELINE, text_of
from brief.extract._types import CandidateActor, Statement

__all__ = ["AUTHOR", "is_writer", "writer_voice"]

AUTHOR = "The author"
# what a brief or a reader may call the writer the article never names
_WRITER = re.compile(
    r"^(?:the )?(?:author|columnist|writer|blogger|editorial board|editors?|reporter)$", re.I
)
_PERSONS = frozenset("i we you".split())
_REPORTING = frozenset(
    "ask interview reach contact call email speak talk meet visit obtain publish report write tell".split()
)
_BE = {"'m": "be"}
_TURN = re.compile(r"[A-Z][A-Z.'’ #0-9-]{1,40}:\s")  # a transcript's speaker: "ROSIE CURTS: ..."
# an aside to the reader ("(You can grab the whole presentation ...)") or a post embedded in the page
_ASIDE = re.compile(r"\(|.*(?:^|\s)[@#]\w")
_QUOTE_MARKS = "“\"‘'«„"
_MIN_VOICED = 2  # one "you" is a figure of speech; a column speaks so throughout
_MAX_SAID = 5
_MIN_WORDS = 4


def is_writer(name: str) -> bool:
    """True for "The columnist", "the editorial board" and other names of a piece's unnamed writer."""
    return _WRITER.match(name.strip()) is not None


def _voiced(sent: Any, others: Sequence[tuple[int, int]]) -> bool:
    """True when the writer speaks in person, outside ``others`` (quotations and anyone's reported words):
    a pronoun of the first or second person is the subject of a verb other than the reporter's own work
    ("I interviewed 18 women", "when I asked her") or what "I am" ("I'm a teacher"); the writer is moved
    by something ("It amazes me") or among a verb's subjects ("Those of us"); or the sentence says
    "Let's"."""
    for tok in sent:
        if tok.lower_ not in _PERSONS and tok.lower_ not in ("let", "me", "us"):
            continue
        if inside(others, tok.idx, tok.idx + len(tok)):
            continue
        verb = _BE.get(tok.head.lower_.replace("’", "'"), tok.head.lemma_.lower())  # "I’m": the tagger's "’m"
        who = verb == "be" and tok.lower_ == "i"  # "I'm a Broward County teacher": who, not what they think
        subject = tok.dep_ in ("nsubj", "nsubjpass") and verb not in _REPORTING and not who
        if subject and tok.lower_ in _PERSONS and not tok.ent_type_:
            return True
        if _moved(tok) or _among(tok):
            return True
        if tok.lower_ == "let" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ in ("'s", "’s"):
            return True
    return False


# what the writer feels is what the writer thinks: "It amazes me that our government ..."
_FEELING = frozenset(
    "amaze alarm astonish baffle bother concern disturb frighten frustrate puzzle sadden scare shock "
    "strike surprise trouble upset worry anger appal appall dismay".split()
)


def _moved(tok: Any) -> bool:
    """True for "me" or "us" that a verb of feeling moves ("alarms me", "It amazes me that ...")."""
    return tok.lower_ in ("me", "us") and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _FEELING


def _among(tok: Any) -> bool:
    """True for "us" among a verb's subjects: "Those of us in primary care deal with this"."""
    of = tok.head if tok.lower_ == "us" and tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    return of is not None and of.head.dep_ in ("nsubj", "nsubjpass")


def _paragraph(text: str, at: int) -> int:
    """Where the paragraph holding ``at`` starts."""
    return text.rfind("\n", 0, at) + 1


def writer_voice(
    doc: Any, taken: Sequence[tuple[int, int]], ignored: Sequence[tuple[int, int]]
) -> tuple[list[CandidateActor], list[Statement]]:
    """The writer as an actor and their sentences as statements, when the writer speaks in person in
    several sentences after the headline; ``taken`` are the spans of everyone's statements."""
    text = text_of(doc)
    others = sorted([*regions_of(doc), *taken])
    headline = headline_end(text)
    voiced = [
        sent
        for sent in doc.sents
        if sent.start_char > headline
        and not inside(ignored, sent.start_char, sent.end_char)
        and sum(t.is_alpha for t in sent) >= _MIN_WORDS
        and _voiced(sent, others)
        and not _ASIDE.match(sent.text.strip())
        and not _TURN.match(text, _paragraph(text, sent.start_char))
        and text[_paragraph(text, sent.start_char)] not in _QUOTE_MARKS  # a quotation run on
    ]
    if len(voiced) < _MIN_VOICED:
        return [], []
    actor = CandidateActor(AUTHOR, ["the writer"], "person", "the article's writer", [], 0.0)
    statements = []
    for sent in voiced[:_MAX_SAID]:
        dateline = DATELINE.match(text, sent.start_char)  # "WASHINGTON — I loved the Senate once"
        start = dateline.end() if dateline else sent.start_char
        words = text[start : sent.end_char].strip()
        start = text.index(words, start)
        statements.append(Statement(AUTHOR, words, start, start + len(words), "wrote", "quote", "writes"))
    actor.salience = 2.0 * len(statements)  # as a reported statement counts in an actor's salience
    return [actor], statements
