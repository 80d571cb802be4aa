"""Reader comments below an article: who wrote each one and what it says.

A comment is its writer's own words, never a named actor's: its signature line ("Posted by: Brad,
Glasgow on 11:16am Wed 9 Jan 08", "Anonymous said...") names the writer, and the paragraphs up to
the next signature are the comment; or a signature ends each comment ("... Two icons. – Victor
Bonello"). Extraction reads past the comments (``_layout``) and files each one under its writer, a
reader, as what they wrote."""

from __future__ import annotations

import re
from dataclasses import dataclass

from brief.extract._types import CandidateActor, Span, Statement, normalise_name

__all__ = ["Comment", "commenters", "find_comments"]

_SIGNATURE = re.compile(
    r"^[ \t]*(?:(?:posted|submitted|written|sent)[ \t]+by|comment[ \t]+(?:by|from))[ \t]*:?[ \t]+"
    r"(?P<by>[^,\n]+?)(?:,[^\n]*?)?(?:[ \t]+(?:on|at)[ \t]+[^\n]*?)?[ \t]*$"
    r"|^[ \t]*(?P<said>[^\s,.:;!?][^\n,.:;!?]{0,40}?)[ \t]+(?:said|wrote)[ \t]*(?:\.\.\.|…)[ \t]*$",
    re.I | re.M,
)
_HANDLE = re.compile(r"^[ \t]*(?P<by>[^\s:][^\n:.!?]{0,30}?[^\s:]?):[ \t]+(?=\S)", re.M)
# a comment signed at its end, as comment boards and letters pages print them: "... Two icons. – Victor
# Bonello"
_SIGNED_AFTER = re.compile(
    r"^[ \t]*(?P<body>\S[^\n]*?[.!?”\"’)])[ \t]+[–—-][ \t]*"
    r"(?P<by>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3})[ \t]*$",
    re.M,
)
_MIN_SIGNED = 3  # one signed paragraph may be a pull quote; a run of them is a comment board
_MAX_NAME_WORDS = 4
_MIN_WORDS = 3  # "Nah." is not an argument


@dataclass(frozen=True)
class Comment:
    by: str  # the writer as signed ("Brad", "Anonymous")
    by_start: int  # where the signature names the writer
    start: int  # the comment's text, after its signature: text[start:end]
    end: int


def find_comments(text: str, header: int | None = None) -> list[Comment]:
    """The reader comments that end the page, in order: signed ones after the first third of the text,
    and, after a comments header (``header``), ones that open on their writer's handle ("Anna K.: ...")."""
    found = [
        (m.start(), m.start(g), _name(m), m.end())
        for m in _SIGNATURE.finditer(text)
        if m.start() > len(text) // 3 and len(_name(m).split()) <= _MAX_NAME_WORDS
        for g in ("by" if m.group("by") else "said",)
    ]
    if header is not None and not found:
        found = [(m.start(), m.start("by"), m["by"], m.end()) for m in _HANDLE.finditer(text, header)]
    if not found:
        return _signed_after(text)
    comments = []
    for i, (_, by_start, by, body_start) in enumerate(found):
        end = found[i + 1][0] if i + 1 < len(found) else len(text)
        body = text[body_start:end]
        start = body_start + len(body) - len(body.lstrip())
        finish = body_start + len(body.rstrip())
        if finish > start:
            comments.append(Comment(by, by_start, start, finish))
    return comments


def _signed_after(text: str) -> list[Comment]:
    """Comments each signed at its end ("... – Victor Bonello"), when a run of them ends the page."""
    signed = list(_SIGNED_AFTER.finditer(text))
    run: list[re.Match[str]] = []
    for m in reversed(signed):  # back from the page's end while paragraph follows signed paragraph
        after = run[0].start() if run else len(text)
        if text[m.end() : after].strip():
            break
        run.insert(0, m)
    if len(run) < _MIN_SIGNED:
        return []
    return [Comment(m["by"], m.start("by"), m.start("body"), m.end("body")) for m in run]


def _name(m: re.Match[str]) -> str:
    return (m.group("by") or m.group("said") or "").strip()


def commenters(
    text: str, comments: list[Comment], sentences: list[Span], taken: set[str]
) -> tuple[list[CandidateActor], list[Statement]]:
    """One reader actor per writer, and what each comment opens and closes on (a comment's argument
    is usually in its first and last sentences). A writer signed as one of the article's actors (whose
    words all sit in one of ``taken``, the normalised names and aliases) is left out: their comment
    is not that actor's words."""
    actors: dict[str, CandidateActor] = {}
    statements = []
    for comment in comments:
        key = normalise_name(comment.by)
        if not key or any(set(key.split()) <= set(name.split()) for name in taken):
            continue
        name = Span(comment.by_start, comment.by_start + len(comment.by), comment.by)
        actor = actors.setdefault(key, CandidateActor(comment.by, [], "person", "reader comment"))
        actor.mentions.append(name)
        said = [
            (max(s.start, comment.start), min(s.end, comment.end))
            for s in sentences
            if s.start < comment.end and comment.start < s.end
        ]
        said = [(a, b) for a, b in said if _words(text[a:b]) >= _MIN_WORDS]
        for a, b in dict.fromkeys(said[:1] + said[-1:]):
            words = text[a:b].strip()
            a += text[a:b].index(words)
            statements.append(Statement(actor.name, words, a, a + len(words), "wrote", "quote", "writes"))
    return list(actors.values()), statements


def _words(text: str) -> int:
    return sum(any(c.isalpha() for c in w) for w in text.split())
