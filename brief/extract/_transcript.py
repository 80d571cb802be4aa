"""Interviews written as a transcript: paragraphs opened by the speaker's name in capitals and a colon
("CHARLES ABEL: John, obviously we're going through ...", then "CA: Yes. Look we've got to be
realistic."); each paragraph is that speaker's words, initials or a surname standing for the full name
(given in another label, or in the article: "the mayor of Kyiv, Vitali Klitschko" for "KLITSCHKO:")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from brief.extract._embeds import person_at
from brief.extract._mention import Mention
from brief.extract._said import Said
from brief.extract._speakers import Ctx
from brief.extract._syntax import Doc, text_of

__all__ = ["transcript_mentions", "transcript_statements", "turns"]

_WORD = r"[A-Z][A-Z.'’-]+"
_TURN = re.compile(rf"^(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,3}}):[ \t]+(?=\S)", re.M)
_LEAST_TURNS = 2  # one capitalised label and a colon may be a heading ("UPDATE: ..."); a transcript has more
# labels in title case ("Deputy Solicitor General Riyaz Barik:", "Magistrate:"), as a court report may
# print an exchange (three turns at least; and see ``transcript_statements``)
_TITLED = r"[A-Z][\w.'’-]*"
_TITLED_TURN = re.compile(rf"^(?P<name>{_TITLED}(?:[ \t]+{_TITLED}){{0,5}}):[ \t]+(?=\S)", re.M)
_LEAST_TITLED_TURNS = 3


class Turn(NamedTuple):
    name_start: int
    name_end: int
    body_start: int
    body_end: int  # the paragraph's end


def turns(text: str) -> list[Turn]:
    """Every paragraph of a transcript, in order; none unless two speakers take turns."""
    found = _turns(text, _TURN)
    labels = [text[t.name_start : t.name_end] for t in found]
    if len(found) >= _LEAST_TURNS and len(set(labels)) >= _LEAST_TURNS:
        return found
    found = _turns(text, _TITLED_TURN)
    labels = [text[t.name_start : t.name_end] for t in found]
    return found if len(found) >= _LEAST_TITLED_TURNS and len(set(labels)) >= _LEAST_TURNS else []


def _turns(text: str, pattern: re.Pattern[str]) -> list[Turn]:
    found = []
    for match in pattern.finditer(text):
        end = text.find("\n\n", match.end())
        end = len(text.rstrip()) if end < 0 else end
        found.append(Turn(match.start("name"), match.end("name"), match.end(), end))
    return found


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split())


def _surname(text: str, turn: Turn) -> str:
    return text[turn.name_start : turn.name_end].split()[-1]


def _full_label(text: str, found: list[Turn], label: str) -> Turn | None:
    """The turn that names in full whoever ``label`` is: itself, or the name whose initials ("CA") or
    surname ("CANTWELL") it is."""
    full = [t for t in found if " " in text[t.name_start : t.name_end]]
    if " " in label:
        return next((t for t in full if text[t.name_start : t.name_end] == label), None)
    named = [t for t in full if label in (_initials(text[t.name_start : t.name_end]), _surname(text, t))]
    return named[0] if len({text[t.name_start : t.name_end] for t in named}) == 1 else None


def transcript_mentions(doc: Doc, found: Sequence[Mention]) -> list[Mention]:
    """The speakers a transcript names in full ("CHARLES ABEL:"), where no mention holds them yet."""
    text = text_of(doc)
    return [
        person_at(doc, t.name_start, t.name_end)
        for t in turns(text)
        if " " in text[t.name_start : t.name_end]  # initials ("CA:") stand for a name given in full
        and text[t.name_start : t.name_end].isupper()  # a title-case label must name someone named already
        # (nor a name the tagger found in it: "Deputy Solicitor General Riyaz Barik:")
        and not any(m.start < t.name_end and t.name_start < m.end for m in found)
    ]


def transcript_statements(ctx: Ctx) -> list[Said]:
    """Each transcript paragraph, as the words of the speaker its label names."""
    found = turns(ctx.text)
    out: list[Said] = []
    for turn in found:
        label = ctx.text[turn.name_start : turn.name_end]
        full = _full_label(ctx.text, found, label)
        span = ctx.doc.char_span(full.name_start, full.name_end, alignment_mode="expand") if full else None
        who = {ctx.owner[t.i] for t in span if t.i in ctx.owner} if span is not None else _named(ctx, label)
        if len(who) == 1 and turn.body_end > turn.body_start:
            out.append(Said(who.pop(), turn.body_start, turn.body_end, "said", "quote"))
    titled = any(not ctx.text[t.name_start : t.name_end].isupper() for t in found)
    # labels in title case are a transcript's only when one names a person: "Thunder:" and "Lakers:" open
    # a sports report's notes on each team
    return out if not titled or any(s.speaker in ctx.people for s in out) else []


def _named(ctx: Ctx, label: str) -> set[int]:
    """Whoever a surname label ("KLITSCHKO:") stands for when no label gives the name in full: the one
    actor the article names with that word ("the mayor of Kyiv, Vitali Klitschko")."""
    return {ctx.owner[t.i] for t in ctx.doc if t.lower_ == label.casefold() and t.i in ctx.owner}
