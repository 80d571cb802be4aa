"""Words a news outlet relays: "It asked for a stay, The New Indian Express reported" is the company's
request, and "The Post reports '..., according to police sources'" is the police sources' claim."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from brief.extract._draft import Draft
from brief.extract._lexicon import MEDIA_WORDS
from brief.extract._speakers import Ctx, resolve
from brief.extract._syntax import Token, cue_text, is_report_verb, present_cue, subject_of

if TYPE_CHECKING:
    from brief.extract._said import Said

__all__ = ["media_drafts", "relay"]


def media_drafts(drafts: Sequence[Draft]) -> set[int]:
    """Indices of the news outlets among the drafts ("The Post", "Reuters", "the NY Times")."""
    return {
        i
        for i, d in enumerate(drafts)
        if d.key[:2] == "n:" and not d.is_person and any(w in MEDIA_WORDS for w in d.key[2:].split())
    }


def _inner(ctx: Ctx, said: Said, media: set[int]) -> tuple[int, str, str] | None:
    """The source the relayed words name themselves: "according to Y", "Y said", or a speech act's subject."""
    span = ctx.doc.char_span(said.start, said.end, alignment_mode="expand")
    if span is None:
        return None

    def who(tok: Token | None) -> int | None:
        found = resolve(ctx, tok) if tok is not None and tok.i >= span.start else None
        return found if found is not None and found != said.speaker and found not in media else None

    tail = ctx.doc[span.start : max(span.end, span[-1].sent.end)]  # "..., according to police sources."
    for tok in tail:
        if tok.lower_ == "according":
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if (found := who(obj)) is not None:
                return found, "according to", "says"
        elif tok.i < span.end and is_report_verb(tok) and (found := who(subject_of(tok))) is not None:
            return found, cue_text(tok), present_cue(tok)
    return None


def relay(ctx: Ctx, said: list[Said], media: set[int]) -> list[Said]:
    """File what an outlet relays under the source it names, when it names one."""
    out = []
    for s in said:
        inner = _inner(ctx, s, media) if s.speaker in media else None
        out.append(s if inner is None else s._replace(speaker=inner[0], cue=inner[1], present=inner[2]))
    return out
