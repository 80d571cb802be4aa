"""Verify a model's draft against the article; fill gaps from the extractive skeleton.

The model proposes, the verifier disposes. Every free-text claim (title, summary sentence, role, stance,
question) is parsed and checked against the article sentence (or up to three in a row) that supports it:
its names, numbers, negation and hedges together. Evidence must be in the article and be the words of
the actor it is filed under. What fails is dropped and recorded with its reason and kind; what passes
records where it is supported (provenance); what is missing is filled from the deterministic extraction.
"""

from __future__ import annotations

import re
from dataclasses import replace

from brief.extract import Extraction, load_nlp
from brief.schema import Draft, Dropped, Grounding, OpenQuestion, Provenance
from brief.verify.actors import verify_actors
from brief.verify.claims import Problem
from brief.verify.context import Context
from brief.verify.grounding import INJECTED, SourceText, instruction_spans, split_sentences
from brief.verify.limits import Limits
from brief.verify.positions import verify_evidence, verify_positions
from brief.verify.presuming import presumes, presumption
from brief.verify.skeleton import skeleton_questions, skeleton_summary

__all__ = ["Limits", "verify"]

MIN_SUMMARY_WORDS = 12
QUESTION_OVERLAP = 0.3  # a question asks about what is not yet known: fewer of its words are in the article
COPY = 0.8
MAX_TITLE_WORDS = 25  # a title sharing this much of its words with a body sentence is a copy of that sentence


def verify(
    draft: Draft | None, text: str, extraction: Extraction, limits: Limits = Limits(), *, title: str = ""
) -> tuple[Draft, Grounding]:
    """Return a grounded draft and its grounding report; ``draft=None`` gives the pure skeleton.

    ``title`` (the article's own) is used when the model gives none that passes.
    """
    untrusted, in_title = instruction_spans(text), instruction_spans(title)
    elsewhere = tuple(title[a:b] for a, b in in_title)
    source = SourceText(text, untrusted=untrusted, elsewhere=elsewhere)
    extraction = _trusted(extraction, untrusted)
    ctx = Context.build(text, source, extraction, load_nlp() if draft is not None else None)
    ctx.ledger.dropped += [
        Dropped(field="article", value=text[a:b].strip()[:300], reason=INJECTED, kind="injection")
        for a, b in untrusted
    ]
    limits = limits.for_length(len(text.split()))
    base = draft or Draft(title="-", summary="-")
    if draft is not None:
        ctx.roles = {a.role.strip() for a in draft.actors}
        ctx.stances = {p.stance.strip() for p in draft.positions}
        ctx.parse(_claims(draft))
    roster = verify_actors(base.actors, ctx, limits)
    positions = verify_positions(base.positions, roster, ctx, limits)
    questions = _verify_questions(base.open_questions, ctx, limits)
    own_title = (title[: in_title[0][0]].strip() if in_title else title) or _fallback_title(source.trusted)
    title = _verify_title(base.title if draft else None, ctx, own_title) or own_title
    summary = _verify_summary(base.summary if draft else None, ctx, own_title)
    summary = summary or skeleton_summary(extraction, text)
    grounded = Draft(
        title=title, summary=summary, actors=roster.actors, positions=positions, open_questions=questions
    )
    ledger = ctx.ledger
    score = ledger.passed / ledger.checked if ledger.checked else 1.0
    return grounded, Grounding(
        score=round(score, 4),
        checked=ledger.checked,
        dropped=ledger.dropped,
        provenance=_provenance(grounded, ctx),
    )


def _claims(draft: Draft) -> list[str]:
    """Every free text of the draft, to parse in one batch."""
    return [
        draft.title,
        *split_sentences(draft.summary),
        *(a.role.strip() for a in draft.actors if a.role.strip()),
        *(p.stance.strip() for p in draft.positions),
        *(q.question.strip() for q in draft.open_questions),
    ]


def _trusted(extraction: Extraction, untrusted: tuple[tuple[int, int], ...]) -> Extraction:
    """The extraction without anything found inside an instruction-like passage."""
    if not untrusted:
        return extraction

    def out(start: int, end: int) -> bool:
        return not any(a < end and start < b for a, b in untrusted)

    return replace(
        extraction,
        sentences=[s for s in extraction.sentences if out(s.start, s.end)],
        actors=[
            a for a in extraction.actors if any(out(m.start, m.end) for m in a.mentions) or not a.mentions
        ],
        statements=[s for s in extraction.statements if out(s.start, s.end)],
        open_questions=[q for q in extraction.open_questions if out(q.evidence.start, q.evidence.end)],
    )


def _fallback_title(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if len(line.split()) >= 3]
    return (lines[0] if lines else text.strip()[:80])[:200]


def _verify_title(title: str | None, ctx: Context, own: str) -> str | None:
    if title is None or not title.strip(" -"):  # "-" is the placeholder of a salvaged reply
        return None
    title = title.strip()
    # a headline sums up the story: its words may come from anywhere in the article
    problem, support = ctx.problem(title, mood=False, together=False, content="article")
    problem = problem or _not_a_headline(title, ctx)
    if problem is None and not _same_words(title, own):
        copied = _copied(title, ctx, own)
        if copied:
            problem = Problem("title", f"it copies a sentence of the article's body ({copied[:60]!r}...)")
    if problem:
        ctx.ledger.drop("title", title, problem)
        return None
    ctx.ledger.ok("title", ctx.spans(support))
    return title


def _not_a_headline(title: str, ctx: Context) -> Problem | None:
    """A title that cannot be the story's headline: too long, repeating itself, or saying too little."""
    words = re.findall(r"[\w'’]+", title.lower())
    if len(words) > MAX_TITLE_WORDS:
        return Problem("title", f"it is not a headline ({len(words)} words)")
    trigrams = list(zip(words, words[1:], words[2:], strict=False))
    if len(trigrams) != len(set(trigrams)):
        return Problem("title", "it repeats itself")
    claim = ctx.claim(title)
    held = claim.content & ctx.index.stems
    if len(held) < min(2, len(claim.content)) or (not claim.content and not claim.names):
        return Problem("title", "it says too little of the article to be its headline")
    return None


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", text)}


def _same_words(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and len(wa & wb) >= COPY * max(len(wa), len(wb))


def _copied(title: str, ctx: Context, own: str) -> str | None:
    """The body sentence the title copies, if it does (the headline itself is not body)."""
    for sentence in ctx.index.sentences:
        body = sentence.text.strip()
        if not _same_words(body, own) and _same_words(title, body):
            return body
    return None


def _verify_summary(summary: str | None, ctx: Context, headline: str) -> str | None:
    if summary is None:
        return None
    kept = []
    for i, sentence in enumerate(split_sentences(summary)):
        problem, support = ctx.problem(sentence, sentence=True)
        if problem is None and _restates(sentence, headline):
            problem = Problem("repeat", "it repeats the article's headline")
        if problem:
            ctx.ledger.drop(f"summary[{i}]", sentence, problem)
        else:
            ctx.ledger.ok(f"summary:{sentence}", ctx.spans(support))
            kept.append(sentence)
    text = " ".join(kept)
    # A summary that is only a headline says nothing the title does not: the lead serves better.
    return text if len(text.split()) >= MIN_SUMMARY_WORDS else None


def _restates(sentence: str, headline: str) -> bool:
    words = {w.lower() for w in re.findall(r"\w+", sentence) if len(w) > 3}
    title = {w.lower() for w in re.findall(r"\w+", headline) if len(w) > 3}
    return bool(words and title) and len(words & title) >= 0.8 * len(words)


def _verify_questions(proposed: list[OpenQuestion], ctx: Context, limits: Limits) -> list[OpenQuestion]:
    kept: list[OpenQuestion] = []
    for i, item in enumerate(proposed):
        where = f"open_questions[{i}]"
        question = item.question.strip()
        spans, _ = verify_evidence(item.evidence, where, ctx)
        problem, _ = ctx.problem(
            question, together=False, mood=False, content="article", min_overlap=QUESTION_OVERLAP
        )
        # an unsupported question that takes a fact for granted is told so ("Why did Roof turn down a plea
        # deal ...?" presumes a plea deal the article does not report)
        if problem is None or problem.kind == "support":
            presumed = presumes(ctx.index, ctx.claim(question))
            found = presumed.problem if presumed is not None else None
            if found is not None and (problem is None or found.kind == "presumption"):
                problem = found
        if problem is not None and problem.kind in ("name", "number"):
            problem = presumption(problem)  # "Will the Court of Appeal overturn ...?": a case never named
        if problem is None and not spans:
            problem = Problem("evidence", "no verbatim evidence")
        instead = _article_question(spans, ctx, kept) if problem and problem.kind == "presumption" else None
        if problem and instead is not None and len(kept) < limits.max_questions:
            # the article's own open point at the same evidence: the model's quotes stay with it
            replaced = Problem(problem.kind, f"{problem.reason}; replaced by the article's question")
            ctx.ledger.drop(f"{where}.question", item.question, replaced)
            for j, quote in enumerate(item.evidence):  # what the article's question does not ask about
                span = ctx.source.locate(quote)
                if span is not None and ctx.text[span[0] : span[1]] not in instead.evidence:
                    ctx.ledger.lose(f"{where}.evidence[{j}]", quote, f"{where}.question")
            kept.append(instead)
        elif problem:
            ctx.ledger.drop(where, item.question, problem)
        elif len(kept) < limits.max_questions:
            sentences = sorted({j for a, b in spans for j in ctx.index.sentence_at(a, b)})
            ctx.ledger.ok(f"question:{question}", ctx.spans(sentences))
            kept.append(OpenQuestion(question=question, evidence=[ctx.text[a:b] for a, b in spans]))
        else:
            ctx.ledger.drop(
                where, item.question, Problem("limit", f"the brief asks at most {limits.max_questions}")
            )
    used = {e for q in kept for e in q.evidence}
    for filler in skeleton_questions(ctx.extraction):
        if len(kept) >= limits.min_questions:
            break
        if not used.intersection(filler.evidence):
            kept.append(filler)
    return kept


def _article_question(
    spans: list[tuple[int, int]], ctx: Context, kept: list[OpenQuestion]
) -> OpenQuestion | None:
    """The extraction's open question asked of a sentence the evidence at ``spans`` lies in (with that
    evidence), unless the brief asks it already."""
    asked = {q.question for q in kept}
    for candidate in ctx.extraction.open_questions:
        at = (candidate.evidence.start, candidate.evidence.end)
        inside = [ctx.text[a:b] for a, b in spans if at[0] <= a and b <= at[1]]
        if inside and candidate.question not in asked:
            return OpenQuestion(question=candidate.question, evidence=inside)
    return None


def _provenance(brief: Draft, ctx: Context) -> list[Provenance]:
    """Where each kept model-written item of the final brief is supported."""
    support = ctx.ledger.support
    found: list[tuple[str, str]] = [("title", "title")]
    found += [(f"summary[{i}]", f"summary:{s}") for i, s in enumerate(split_sentences(brief.summary))]
    found += [(f"actors[{i}].role", f"role:{a.name}") for i, a in enumerate(brief.actors)]
    for i, p in enumerate(brief.positions):
        found.append((f"positions[{i}].stance", f"stance:{p.actor}\x00{p.stance}"))
        found += [(f"positions[{i}].evidence[{j}]", f"evidence:{e}") for j, e in enumerate(p.evidence)]
    for i, q in enumerate(brief.open_questions):
        found.append((f"open_questions[{i}].question", f"question:{q.question}"))
        found += [(f"open_questions[{i}].evidence[{j}]", f"evidence:{e}") for j, e in enumerate(q.evidence)]
    return [Provenance(field=f, spans=support[key]) for f, key in found if key in support]
