"""Who speaks each quotation: its reporting verb's subject, the person the sentence before it is about,
or the speaker of the quotation it continues; and embedded posts, signed."""

from __future__ import annotations

import re
from bisect import bisect_left

from brief.extract._clauses import MIN_WORDS
from brief.extract._embeds import embeds
from brief.extract._lexicon import DOCUMENT_NOUNS, INVERTED_CUES, ISSUED, PERSON_TITLES
from brief.extract._quotes import inner_span, quote_verb
from brief.extract._said import Said, said_by
from brief.extract._speakers import Ctx, resolve, speakers
from brief.extract._subjects import subject_of
from brief.extract._syntax import SUBJECT_DEPS, Doc, Token, cue_text, is_report_verb, per_doc, present_cue

__all__ = ["addressed", "believed", "quoted_statements", "reporter_of", "signed_statements"]


def quoted_statements(ctx: Ctx) -> list[Said]:
    """Each quotation, with the speaker its reporting verb, the sentence before it or the quotation
    before it names."""
    out: list[Said] = []
    before: tuple[int, int] | None = None  # the quotation before, if it was attributed
    pending: tuple[int, int] | None = None  # the quotation before, unattributed, left open at its paragraph
    for region in ctx.quotes:
        start, end = inner_span(ctx.text, region)
        if len(ctx.text[start:end].split()) < MIN_WORDS + 1:
            continue
        if before is not None and _continues(ctx.text, before, region):
            # a quotation running on to a new paragraph: its speakers' words still
            said = [s for s in out if s.start > before[0] and s.end <= before[1]]
            out += [s._replace(start=start, end=end) for s in said]
            before = region
            continue
        told = len(out)
        verb = quote_verb(ctx.doc, ctx.text, ctx.starts, region)
        if verb is not None and not is_report_verb(verb):
            # a quoted phrase inside reported words is the reporter's: "Lacson said Duterte should read up
            # on the doctrines “before he interferes with the Senate.”"
            outside = (a for a in verb.ancestors if not region[0] <= a.idx < region[1])  # the writer's words
            verb = next((a for a in outside if is_report_verb(a)), verb)
        verb = verb.head if verb is not None and believed(verb) else verb  # the reporter's quotation
        who = speakers(ctx, subject_of(verb) or _inverted(ctx, verb)) if verb is not None else []
        if verb is not None and who:
            present = present_cue(verb) if is_report_verb(verb) else "says"  # 'O'Brien offered: "..."'
            cue = "said" if region[0] < verb.idx < region[1] else cue_text(verb)  # (its own verb: no cue)
            out += said_by(who, start, end, cue, "quote", present)
        elif verb is None and (lead := _lead_subject(ctx, region)) is not None:
            out += said_by([lead], start, end, "said", "quote")
        elif verb is None and out and start - out[-1].end < 300 and "\n" not in ctx.text[out[-1].end : start]:
            # the same speaker quoted on; a quote with a speech verb of its own ("A source close to the
            # talks told Gothamist that ...") is that unnamed speaker's, not the last one's
            out.append(out[-1]._replace(start=start, end=end))
        if len(out) > told and pending is not None and not ctx.text[pending[1] : region[0]].strip():
            # '“The problem is ... punishment.¶“Since the beginning ...,” Todung said.': the paragraph
            # left open runs on into the one its speaker is named after
            first, last = inner_span(ctx.text, pending)
            out += [s._replace(start=first, end=last) for s in out[told:]]
        pending = region if len(out) == told and ctx.text[region[1] : region[1] + 1] == "\n" else None
        before = region if len(out) > told else None
    return out


_BELIEFS = frozenset("think believe feel".split())


def reporter_of(verb: Token) -> Token | None:
    """The subject of the report verb whose reported clause ``verb`` heads ("Rabuka" of "Rabuka says the
    Opposition thinks"), or None."""
    return subject_of(verb.head) if verb.dep_ == "ccomp" and is_report_verb(verb.head) else None


def believed(verb: Token) -> bool:
    """True for what one says another thinks ("Rabuka says the Opposition thinks it is their job to ..."):
    the reporter's reading of them, not their words; a letter or a report that says so records it ("The
    letter said Marks believed that ...")."""
    reporter = reporter_of(verb)
    document = reporter is not None and reporter.lemma_.lower() in ISSUED | DOCUMENT_NOUNS
    return reporter is not None and not document and verb.lemma_.lower() in _BELIEFS


_VOCATIVE = re.compile(
    r"(?:Mr\.?|Madam|Mrs\.?|Ms\.?)?[ \t]*(?P<who>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2}),"
)


def _person_words(doc: Doc) -> frozenset[str]:
    """The words of the tagger's people, read once per document."""
    return per_doc(doc, "person_words", lambda: frozenset(t.lower_ for t in doc if t.ent_type_ == "PERSON"))


def addressed(ctx: Ctx, start: int) -> set[int]:
    """Who a quotation opens by addressing ("Minister, if you do not have the information, do not
    speak"): the speaker is someone else."""
    called = _VOCATIVE.match(ctx.text, start)
    words = set(called["who"].casefold().split()) if called else set()
    if not words or not words <= PERSON_TITLES | _person_words(ctx.doc):
        return set()
    return {ctx.owner[t.i] for t in ctx.doc if t.i in ctx.owner and t.lower_ in words and t.idx < start}


def _continues(text: str, before: tuple[int, int], region: tuple[int, int]) -> bool:
    """True when ``region`` opens the paragraph right after ``before``, a quotation left unclosed at its
    paragraph's end: the same speaker's words run on ("... they’re selling it.¶“If it continues ...")."""
    unclosed = text[before[1] : before[1] + 1] not in "”»\"'"
    return unclosed and "\n" in text[before[1] : region[0]] and not text[before[1] : region[0]].strip()


_CROWD = re.compile(
    r"\b(?:shouts|shouted|chants|chanting|chanted|cries|slogans|placards|banners|signs)(?: of)?:$"
)  # a crowd's words, no one's


def _lead_subject(ctx: Ctx, region: tuple[int, int]) -> int | None:
    """The named person whose sentence a quotation with no speech verb follows in its paragraph: "...
    but O'Brien isn't sweating the new competition. “That's a few years away ...”"; or a quotation that
    is a paragraph of its own after one that ends with a named person's report ("Hughes said the order
    is meant to be a deterrent.¶“Not only does it ensure ...”")."""
    opened = region[0]
    before = ctx.text[:opened].rstrip()
    paragraph = "\n" in ctx.text[len(before) : opened]
    before = before.rstrip("”\"’'")  # 'Hayward said he wanted to “address ... layoffs.”¶“The Ministry ...”'
    rest = ctx.text[region[1] :].split("\n", 1)[0]  # not '“...,” one parent fumed': a speaker of its own
    k = bisect_left(ctx.starts, len(before)) - 1  # the sentence's closing mark
    if not before or before[-1] not in ".!?:" or k < 0 or _CROWD.search(before):
        return None  # (nor '... emerged from the court to shouts of: “Justice for our commune chief!”')
    sent = ctx.doc[k].sent  # its last clause's subject: "one might think ... - but O'Brien isn't sweating"
    subjects = [t for t in sent if t.dep_ in SUBJECT_DEPS and t.idx < opened and _main(t.head)]
    last = subjects[-1] if subjects else None
    # a paragraph of its own: after a report, or after what a person did ("Heather Pantin-Lewis burst out
    # of the public gallery to condemn the councillors.¶“It's illegal ...”")
    acted = last is not None and last.dep_ == "nsubj"
    if last is None or (
        paragraph and (any(c.isalnum() for c in rest) or not (acted or is_report_verb(last.head)))
    ):
        return None
    asking = next((t.head for t in subjects if t.head.lemma_.lower() == "ask"), None)
    if paragraph and asking is not None:
        return _one_asked(ctx, asking)  # "Nemzeti Sport asked him how he liked ...¶“I am satisfied ...”"
    # "He said ...¶“It's fair to say ...”"; "..., he said. “If Pedro Sánchez makes ...”"
    who = resolve(ctx, last) if paragraph or last.lower_ in ("he", "she") else ctx.owner.get(last.i)
    # a body's report goes on too ("“...,” the statement said.¶“Negotiations had commenced ...”")
    told = paragraph and is_report_verb(last.head) and who is not None
    return who if who in ctx.people or told else None


def _one_asked(ctx: Ctx, verb: Token) -> int | None:
    """The person asked ("asked him how ...", "asked Rossi whether ..."): the quotation after answers."""
    whom = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    if whom is None:
        return None
    if whom.lower_ in ("him", "her"):  # never the one asking: the last other person named before
        askers = {ctx.owner.get(c.i) for c in verb.children if c.dep_ in SUBJECT_DEPS}
        before = (ctx.owner.get(t.i) for t in reversed(ctx.doc[: verb.sent.start]))
        return next((w for w in before if w in ctx.people and w not in askers), None)
    who = ctx.owner.get(whom.i)
    return who if who in ctx.people else None


def _main(verb: Token) -> bool:
    """True for the verb of a main clause: the root or a clause joined to it ("... - but O'Brien isn't
    sweating"), not one the sentence reports or describes ("reiterated the position that the
    controversy ought to be resolved")."""
    while verb.dep_ == "conj":
        verb = verb.head
    return bool(verb.dep_ == "ROOT")


def _inverted(ctx: Ctx, verb: Token) -> Token | None:
    """The name right after a reporting verb that follows its quotation ("...,” wrote Fadem in a
    report"), which the parser may take for the verb's object."""
    after = verb.i + 1
    if (
        after < len(ctx.doc)
        and after in ctx.owner
        and (
            ctx.doc[after].dep_ in ("dobj", "npadvmod", "attr", "compound", "advmod")
            or verb.text in INVERTED_CUES
        )
    ):  # ('Said Hariss: “...”', whatever the parser made of it)
        return ctx.doc[after]
    return None


def signed_statements(ctx: Ctx) -> list[Said]:
    """Embedded posts and epigraphs, attributed to the name on their signature line."""
    out: list[Said] = []
    for embed in embeds(ctx.text):
        span = ctx.doc.char_span(embed.name_start, embed.name_end, alignment_mode="expand")
        who = {ctx.owner[t.i] for t in span if t.i in ctx.owner}
        cue = "posted" if embed.posted else "said"
        out += said_by(
            sorted(who)[:1],
            embed.body_start,
            embed.body_end,
            cue,
            "quote",
            "posts" if embed.posted else "says",
        )
    return out
