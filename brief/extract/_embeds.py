"""Embedded posts and epigraphs: a paragraph followed by a signature line such as
"— Robert Maguire (@RobertMaguire_) November 18, 2019" is that person's words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from brief.extract._lexicon import PERSON_TITLES
from brief.extract._mention import Mention
from brief.extract._syntax import Doc, text_of

__all__ = ["Embed", "embeds", "person_at", "signature_mentions"]

_NAME = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3}"
_SIGNATURE = re.compile(
    rf"^[ \t]*[—–]+[ \t]*(?P<name>{_NAME})[ \t]*(?:\((?P<handle>@\w+)\)[^\n]*|,[^\n]*)?[ \t]*$", re.M
)
_URL_TAIL = re.compile(r"(?:\s*(?:https?://|pic\.twitter\.com/)\S+)+\s*$")
_MAX_LINE = 120
_MAX_BODY = 800


class Embed(NamedTuple):
    name_start: int
    name_end: int
    body_start: int  # the post or epigraph, without a trailing link or quotation marks
    body_end: int
    posted: bool  # signed with a social-media handle (a post, not a remark)


def _body(text: str, line_start: int) -> tuple[int, int] | None:
    """The paragraph just before a signature line, trimmed of links, quote marks and space."""
    end = len(text[:line_start].rstrip())
    start = text.rfind("\n\n", 0, end)
    start = 0 if start < 0 else start + 2
    block = text[start:end]
    tail = _URL_TAIL.search(block)
    end = start + (tail.start() if tail else len(block))
    while start < end and (text[start].isspace() or text[start] in "“\"'‘"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "”\"'’"):
        end -= 1
    if end - start < 10 or end - start > _MAX_BODY or "\n\n" in text[start:end]:
        return None
    return start, end


def embeds(text: str) -> list[Embed]:
    """Every signed paragraph in the text, in order."""
    found = []
    for match in _SIGNATURE.finditer(text):
        if len(match.group(0).strip()) > _MAX_LINE:
            continue
        body = _body(text, match.start())
        if body is not None:
            found.append(Embed(match.start("name"), match.end("name"), *body, bool(match.group("handle"))))
    return found


def signature_mentions(doc: Doc, found: Sequence[Mention]) -> list[Mention]:
    """The signer of an embedded post or epigraph ("— Robert Maguire (@RobertMaguire_)"), if not found."""
    places = [(e.name_start, e.name_end) for e in embeds(text_of(doc))]
    return [person_at(doc, a, b) for a, b in places if not any(m.start <= a < m.end for m in found)]


_FORMER = frozenset({"former", "ex", "acting", "deputy"})  # words of a title before a labelled name


def person_at(doc: Doc, start: int, end: int) -> Mention:
    """A person named at ``start..end`` who speaks there (a signature, a transcript's label)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    first = span.start
    while first < span.end - 2 and (doc[first].lower_ in PERSON_TITLES or doc[first].lower_ in _FORMER):
        first += 1  # "Former Ambassador David Shear:": the name, its title a form of it
    named = doc[first : span.end]
    m = Mention(named.start_char, named.end_char, named.text, "PERSON", span.end - 1, agentive=True)
    m.tokens = set(range(span.start, span.end))
    if first > span.start:
        m.forms.append((span.start_char, span.end_char))
    return m
