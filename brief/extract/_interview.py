"""Interviews printed as questions and answers ("QN: What are the roles ...?", then the answer's
paragraphs, perhaps opened by "ANS:"; or bare questions after "Excerpts:"; or the first question and
answer opened by their askers' names, "Nepali Times: ... When will you reach 100 per cent?", then
"Pushpa Kamal Dahal: That was two weeks ago."): every answer is the words of the person interviewed (the
one the answer's label names, else the one the introduction names most), never the writer's."""

from __future__ import annotations

import re
from collections import Counter

from brief.extract._embeds import person_at
from brief.extract._mention import Mention
from brief.extract._said import Said
from brief.extract._speakers import Ctx
from brief.extract._syntax import Doc, text_of

__all__ = ["answers", "asked", "interview_mentions"]

_QUESTION = re.compile(r"^[ \t]*(?:Q|QN|QUES|Question)[ \t]*[:.][ \t]*\S[^\n]*", re.M)
_ANSWER = re.compile(r"[ \t]*(?:A|ANS|Answer)[ \t]*[:.][ \t]*")
_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*")
_LEAST_QUESTIONS = 2  # one "Q:" may be a heading; an interview asks more
_INTERVIEW = re.compile(r"\binterview", re.I)
# a paragraph that only asks, not in quotation marks: "What about early elections?"
_BARE_QUESTION = re.compile(r"^[ \t]*[A-Z][^\n“”\"]{4,300}\?[ \t]*$", re.M)
_EXCERPTS = re.compile(r"\b(?:excerpts|edited for (?:length|clarity))\b[^\n]*$", re.I | re.M)
_LEAST_BARE = 3
_NAME = r"[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3}"  # a label's name: "Pushpa Kamal Dahal"
_NAMED = re.compile(rf"[ \t]*{_NAME}:[ \t]+")  # an answer's label
# an answer opened by the interviewee's name, after a question paragraph: "Pushpa Kamal Dahal: That was"
_LABELLED = re.compile(rf"\?[ \t]*\n(?:[ \t]*\n)+[ \t]*(?P<name>{_NAME}):[ \t]+(?=\S)")


def interview_mentions(doc: Doc, found: list[Mention]) -> list[Mention]:
    """The interviewee an answer's label names ("Pushpa Kamal Dahal:"), where no mention holds them yet."""
    label = _LABELLED.search(text_of(doc))
    if label is None:
        return []
    start, end = label.span("name")
    for m in [m for m in found if start <= m.start and m.end <= end]:
        found.remove(m)  # what the tagger made of the name, or of part of it ("Kumar Adhikari")
    if any(m.start < end and start < m.end for m in found):
        return []
    return [person_at(doc, start, end)]


def _interviewee(ctx: Ctx, before: int) -> int | None:
    """The person the introduction (the text before the first question) names most, if one is."""
    verbs = [t for t in ctx.doc if t.idx < before and t.lemma_.lower() == "interview" and t.pos_ == "VERB"]
    for verb in verbs:  # "... Victoria Ruzvidzo and ZBC's Merit Munzwembiri interview the President"
        asked = [ctx.owner.get(c.i) for c in verb.children if c.dep_ == "dobj"]
        if asked and asked[0] in ctx.people:
            return asked[0]
    asking = {t.i for v in verbs for c in v.children if c.dep_ == "nsubj" for t in c.subtree}
    named = Counter(
        ctx.owner[t.i]
        for t in ctx.doc
        if t.idx < before and ctx.owner.get(t.i, -1) in ctx.people and t.i not in asking
    )
    top = named.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


def _questions(text: str) -> list[re.Match[str]]:
    """The questions of an interview: marked ("QN: ..."), or else paragraphs that only ask, after an
    introduction that ends "Excerpts:" (or three or more of them: a writer may ask one or two himself)."""
    marked = list(_QUESTION.finditer(text))
    if marked:
        return marked
    bare = list(_BARE_QUESTION.finditer(text))
    label = _LABELLED.search(text)
    if label is not None:  # the labelled question first: the paragraph before the interviewee's name
        opening = _PARAGRAPH.search(text, text.rfind("\n\n", 0, label.start()) + 2)
        bare = [m for m in [opening] if m is not None] + [m for m in bare if m.start() > label.start()]
    excerpts = bool(bare) and (_EXCERPTS.search(text, 0, bare[0].start()) is not None or label is not None)
    return bare if len(bare) >= _LEAST_BARE or excerpts or _put_to_them(text) else []


# a question put to the one interviewed ("What led you to science?"), answered in quotation marks
_PUT = re.compile(
    r"^[ \t]*[A-Z][^\n“”\"]{4,300}\b[Yy]our?\b[^\n“”\"]*\?[ \t]*\n(?:[ \t]*\n)*[ \t]*[“\"]", re.M
)


def _put_to_them(text: str) -> bool:
    """True when two or more bare questions ask "you" and a quotation answers each: a printed interview,
    though the page never says so."""
    return len(_PUT.findall(text)) >= _LEAST_QUESTIONS


def _answered(text: str, end: int) -> bool:
    """True when the paragraph after a question opens "A:": an interview, though only one question is
    printed ("Q: ... what will be your message to the nation?" then "A: Well, let me thank you ...")."""
    after = _PARAGRAPH.search(text, end)  # (or the one interviewed: "Former Ambassador David Shear: I think")
    return after is not None and (_ANSWER.match(after.group()) or _NAMED.match(after.group())) is not None


def answers(ctx: Ctx) -> list[Said]:
    """Each answer paragraph of a question-and-answer interview, as the interviewee's words."""
    questions = _questions(ctx.text)
    # (an explainer's "Q: ... A: ..." is the writer's: the page must say it is an interview)
    told = bool(questions) and (
        _INTERVIEW.search(ctx.text, 0, questions[0].start()) is not None or _put_to_them(ctx.text)
    )
    label = _LABELLED.search(ctx.text)
    who = _interviewee(ctx, questions[0].start()) if questions else None
    if label is not None:
        told, who = True, ctx.owner.get(ctx.doc.char_span(*label.span("name"), alignment_mode="expand")[-1].i)
    answered = len(questions) == 1 and _answered(ctx.text, questions[0].end())
    if (len(questions) < _LEAST_QUESTIONS and not answered) or not told or who is None:
        return []
    out = []
    for i, question in enumerate(questions):
        end = questions[i + 1].start() if i + 1 < len(questions) else len(ctx.text)
        for paragraph in _PARAGRAPH.finditer(ctx.text, question.end(), end):
            opening = _ANSWER.match(paragraph.group()) or _NAMED.match(paragraph.group())
            start = paragraph.start() + (opening.end() if opening else 0)
            start, stop = _unquoted(ctx.text, start, paragraph.end())
            if stop > start:
                out.append(Said(who, start, stop, "said", "quote"))
    return out


_MARKS = '“”"'


def _unquoted(text: str, start: int, end: int) -> tuple[int, int]:
    """An answer's paragraph without the quotation marks a page may print it in (“I come from ...”)."""
    words = text[start:end].strip()
    start = text.index(words, start) if words else start
    end = start + len(words)
    if words[:1] in _MARKS:
        start += 1
    if end > start and text[end - 1] in _MARKS:
        end -= 1
    return start, end


def asked(text: str) -> list[tuple[int, int]]:
    """The spans of the questions an interview puts to "you", when quotations answer them: the
    interviewer's, neither the writer's own view nor an open question of the story."""
    return [(m.start(), m.end()) for m in _BARE_QUESTION.finditer(text)] if _put_to_them(text) else []
