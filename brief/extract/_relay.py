"""Words a news outlet relays: "It asked for a stay, The New Indian Express reported" is the company's
request, and "The Post reports '..., according to police sources'" is the police sources' claim."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from brief.extract._deeds import NOT_DEEDS
from brief.extract._draft import Draft
from brief.extract._lexicon import MEDIA_WORDS, OUTLET_NOUNS
from brief.extract._speakers import Ctx, resolve
from brief.extract._subjects import subject_of
from brief.extract._syntax import Doc, Token, cue_text, is_report_verb, present_cue

if TYPE_CHECKING:
    from brief.extract._said import Said

__all__ = ["media_drafts", "relay"]

_CALLED = OUTLET_NOUNS - {"agency"}  # "agency" alone is any body's ("the Environmental Protection Agency")


def media_drafts(doc: Doc, drafts: Sequence[Draft]) -> set[int]:
    """Indices of the news outlets among the drafts ("The Post", "Reuters", "the NY Times", "broadcaster
    TV4", "the Xinhua news agency")."""
    return {
        i
        for i, d in enumerate(drafts)
        if d.key[:2] == "n:"
        and not d.is_person
        and (
            any(w in MEDIA_WORDS for w in d.key[2:].split())
            or any(_called_outlet(doc, m.root) for m in d.mentions)
        )
    }


def _called_outlet(doc: Doc, root: int) -> bool:
    """True for a name the article calls an outlet: its head or the noun before it is "broadcaster",
    "newspaper" ..., or it names a "news agency"."""
    tok = doc[root]
    near = [tok.head, doc[root - 1]] if root > 0 else [tok.head]
    news = tok.dep_ == "compound" and any(c.lower_ == "news" for c in tok.head.children)
    return news or any(t.i != root and t.lemma_.lower() in _CALLED for t in near)


def _inner(ctx: Ctx, said: Said, media: set[int]) -> Said | None:
    """The source the relayed words name themselves: "according to Y", "Y said", or a speech act's subject;
    or whoever did what the outlet reports ("TV4 said the envoy had arrived back at the embassy")."""
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
                return said._replace(speaker=found, cue="according to", present="says")
        elif tok.i < span.end and _speaks(tok) and (found := who(subject_of(tok))) is not None:
            return said._replace(speaker=found, cue=cue_text(tok), present=present_cue(tok))
    verb = next((t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i), None)
    if (
        said.kind == "reported"
        and verb is not None
        and verb.pos_ in ("VERB", "AUX")
        and verb.lemma_.lower() not in NOT_DEEDS  # "revealed that TfL looked likely to rule": the outlet's
        and not _party(ctx, said.speaker)
    ):
        found = who(subject_of(verb))
        if found is not None:
            return said._replace(speaker=found, kind="deed", cue=cue_text(verb), present=present_cue(verb))
    return None


def _speaks(tok: Token) -> bool:
    """A report verb that says something ("the captain said it had ...", "the ministry denied that ..."),
    not one that only acts ("the ship failed to respond to its calls")."""
    return is_report_verb(tok) and (
        tok.lemma_.lower() in ("say", "tell") or any(c.dep_ == "ccomp" for c in tok.children)
    )


def _opens_sentence(ctx: Ctx, said: Said) -> bool:
    """True for words that open their sentence ("“Whatever else ...,” the AP reported"), not words after
    someone's verb ("Kim replied the two leaders would “...,” Xinhua reported")."""
    span = ctx.doc.char_span(said.start, said.end, alignment_mode="expand")
    return span is not None and not ctx.text[span.sent.start_char : said.start].strip(" “\"‘'\n")


def _party(ctx: Ctx, outlet: int) -> bool:
    """True for an outlet the story is about (named in three sentences or more: "the Gizmodo report ignited
    a firestorm") or a government's own ("Iran's state-run IRNA news agency reported that the “Stena
    Impero” collided ..."): what it reports is its own allegation, not a relayed fact."""
    named = [t for t, d in ctx.owner.items() if d == outlet]
    state = any(_STATE_RUN.search(ctx.text, max(0, ctx.doc[t].idx - 30), ctx.doc[t].idx) for t in named)
    return state or len({ctx.doc[t].sent.start for t in named}) >= 3


_STATE_RUN = re.compile(r"\b(?:state|government)[- ](?:run|owned|controlled|backed)\b", re.I)


_CARRY = 400  # characters from the quotation before to a relayed one that goes on with it


def relay(ctx: Ctx, said: list[Said], media: set[int]) -> list[Said]:
    """File what an outlet relays under the source it names, when it names one. A quotation an outlet
    only "reported" with no source of its own goes on with the quotation just before it ("“Normally we
    would do this privately ...,” says the statement released by Aniston's publicist. “Whatever else is
    printed about us ...,” the Associated Press reported") or is no one's words."""
    out = []
    for s in said:
        found = (_inner(ctx, s, media) if s.speaker in media else None) or s
        reported = found.kind == "quote" and found.cue.casefold().startswith("report")
        if found.speaker in media and reported and _opens_sentence(ctx, s):
            before = [b for b in said if b.kind == "quote" and b.speaker not in media and s.start - b.end > 0]
            last = max(before, key=lambda b: b.end, default=None)
            if last is None or s.start - last.end > _CARRY:
                continue
            found = s._replace(speaker=last.speaker, cue=last.cue, present=last.present)
        out.append(found)
    return out
