"""Who said what: reported speech, quotations, "according to" and commitments, with offsets."""

from __future__ import annotations

from collections.abc import Mapping

from brief.extract._according import according, cited
from brief.extract._clauses import (
    MIN_WORDS,
    clause_range,
    gapped,
    gerund_run_on,
    hypothetical,
    nested,
    outside_brackets,
    past_predicate,
    told_after,
)
from brief.extract._deeds import is_deed, light_stance, told_instead
from brief.extract._following import (
    before_list,
    drop_speaker,
    following_range,
    into_main,
    quoted_tail,
    run_on_verb,
    split_clause,
)
from brief.extract._framed import as_told, before_inverted, parenthetical
from brief.extract._gender import Gender
from brief.extract._interview import answers
from brief.extract._lexicon import DOCUMENT_NOUNS, STANCE_VERBS
from brief.extract._open import in_title
from brief.extract._quoted import addressed, believed, quoted_statements, reporter_of, signed_statements
from brief.extract._quotes import inner_span, regions_of
from brief.extract._relay import relay
from brief.extract._said import Said, said_by
from brief.extract._speakers import Ctx, in_quote, named_before_apposition, speaker_token, speakers
from brief.extract._stray import disputed_claims, stray_that
from brief.extract._subjects import object_as_subject, of_whom, subject_of, subjectless
from brief.extract._syntax import SUBJECT_DEPS, Doc, Token, cue_text, is_report_verb, present_cue, text_of
from brief.extract._transcript import transcript_statements
from brief.extract._trim import trim_clause

__all__ = ["Said", "find_statements"]

_COMMITMENTS = {
    "vow",
    "pledge",
    "promise",
    "threaten",
    "refuse",
    "agree",
    "decide",
    "commit",
    "claim",
}  # "decided to close it", "are claiming to have discovered Planet X"
_ONLY_TO = {"commit"}  # commits only with a "to" clause: "committed to offer jobs", not "committed a crime"
_REQUESTS = frozenset("ask urge press petition implore beg warn tell caution".split())  # "asked the court to"


def _reported(ctx: Ctx, verb: Token, who: list[int]) -> list[Said]:
    doc, out = ctx.doc, []
    if any(c.dep_ == "neg" for c in verb.children) and verb.dep_ == "ccomp" and is_report_verb(verb.head):
        return []  # "Furniss argued that the judge did not say anything": Furniss's claim, no judge's words
    # not a name the parser read as a clause: "asked during an interview on NBC's Meet the Press"
    comps = [c for c in verb.children if c.dep_ == "ccomp" and any(t.ent_iob_ == "O" for t in c.subtree)]
    comps = [past_predicate(verb, c) for c in comps if not _relative_read_as_clause(c)]
    # "Dayton wins primary; Kelliher does not concede": a clause before a semicolon is one of its own
    comps = [c for c in comps if c.i > verb.i or all(t.text != ";" for t in doc[c.i : verb.i])]
    # "Ruiz asked how ..., Tom Chen, head of transit, explained that ...": a later clause that is another's
    # report is the parser's run-on, not more of the speaker's words
    comps = comps[:1] + [
        c for c in comps[1:] if not (is_report_verb(c) and any(d.dep_ in SUBJECT_DEPS for d in c.children))
    ]
    if any(c.dep_ == "mark" for c in verb.children):  # "Two days after X reported that A, B was gone":
        comps = comps[:1]  # B is the sentence's own clause, which the parser hung on the time clause's verb
    # "But in March, a month after officials announced ..., PSPC said its plan was being adjusted": the
    # clause after the verb is what was said; the one before is the writer's scene-setting
    after = [c for c in comps if c.i > verb.i and any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)]
    comps = after if after and any(c.i < verb.i for c in comps) else comps or stray_that(verb)
    if not comps and verb.lemma_.lower() in _COMMITMENTS:  # "vowed to destroy Hamas"
        deps = ("xcomp", "advcl") if verb.lemma_.lower() in _ONLY_TO else ("xcomp",)
        comps = [c for c in verb.children if c.dep_ in deps and any(a.lower_ == "to" for a in c.children)]
        if not comps and verb.lemma_.lower() in _ONLY_TO:
            return []
    comps = run_on_verb(verb, comps)
    request = _request_range(doc, verb) if not comps else None
    runs_on = split_clause(comps)
    for comp in [c for c in comps if c not in runs_on.values()] or [None]:
        rng = (
            clause_range(doc, comp)
            if comp is not None
            else request
            or parenthetical(doc, verb)
            or before_inverted(doc, verb)
            or as_told(doc, verb)
            or following_range(doc, verb)
        )
        if rng is not None and comp is not None and comp in runs_on:
            last = comp
            while last in runs_on:
                last = runs_on[last]
            rest = clause_range(doc, last)
            rng = (rng[0], rest[1]) if rest is not None and rest[1] > rng[1] else rng
        rng = drop_speaker(ctx, rng, who) if rng is not None and rng[1] < verb.i else rng
        rng = object_as_subject(verb, comp, rng) if comp is not None and rng is not None else rng
        rng = into_main(doc, verb, comp, rng) if comp is not None and rng is not None else rng
        if rng is None or (comp is not None and subjectless(comp, rng)) or before_list(doc, rng):
            continue
        rng = quoted_tail(doc, rng) if rng[1] < verb.i else rng
        if outside_brackets(doc, verb, rng):
            continue  # "(Ailes has reported to them since 2015)": an aside says nothing of the sentence
        start, end = doc[rng[0]].idx, doc[rng[1]].idx + len(doc[rng[1]])
        region = in_quote(ctx, start, end)
        kind = "quote" if region else "reported"
        start, end = inner_span(text_of(doc), region) if region else (start, end)
        present = present_cue(verb, whom=rng == request)
        out += said_by(who, start, end, cue_text(verb), kind, present)
    return out


def _relative_read_as_clause(comp: Token) -> bool:
    """ "reported telephone wait times that exceeded two hours": the parser made the relative clause of
    the object a reported clause with "that" for its subject."""
    first = comp.left_edge
    noun = first.nbor(-1) if first.i > 0 else first
    after_noun = noun.pos_ in ("NOUN", "PROPN") and noun.head.i != comp.i and noun.i > comp.head.i
    return after_noun and any(c.dep_ == "nsubj" and c.tag_ == "WDT" and c.i == first.i for c in comp.children)


def _request_range(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """What a request asks for, object and all: "asked the bench to direct the board to restore ..." """
    own = any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    if verb.lemma_.lower() not in _REQUESTS or (own and nested(verb)) or told_after(verb):
        return None  # "the prosecutor alleges that Simpson told Pereira to ...": the prosecutor's claim
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    wanted = next(
        (c for c in verb.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)), None
    )
    if obj is None or wanted is None or wanted.i < obj.i or is_report_verb(wanted):
        return None  # "asked Trump to confirm that ...": a question put to him, not a demand
    first, last = trim_clause(doc, obj.left_edge.i, wanted.right_edge.i)
    return (first, last) if last - first >= MIN_WORDS - 1 else None


def _claimed(verb: Token) -> bool:
    """True for a commitment with its own subject inside another's claim: "She alleged that Soros pledged
    to donate $1bn" is her allegation of an act, not his pledge; so is what she says another thinks. What
    someone says another recognises or said ("a person briefed on the call said Lighthizer recognizes that
    ...") stays that one's view."""
    deps = {c.dep_ for c in verb.children}
    own = bool(deps & {"nsubj", "nsubjpass"}) and "ccomp" not in deps and verb.lemma_.lower() in _COMMITMENTS
    return (own and reporter_of(verb) is not None) or believed(verb)


def _stance(ctx: Ctx, verb: Token) -> list[Said]:
    """A stance taken by deed: "the US has ruled out such a move", "an idea rejected by Kyiv"."""
    if in_title(verb) or verb.sent.text.rstrip().endswith("?"):
        return []  # the title's short telling, or the writer's question ("What charges does Assange face?")
    lemma = verb.lemma_.lower()
    deed = lemma not in STANCE_VERBS and not light_stance(verb)
    subject = subject_of(verb)
    subject = named_before_apposition(ctx, subject) if subject is not None else None
    # "the judge stayed one of the counts": a bare description the extraction gave a named actor (not "the
    # chairman of the Conservative Party", nor a document, "the report")
    described = (
        subject is not None
        and subject.tag_ == "NN"
        and ctx.owner.get(subject.i) is not None
        and subject.lemma_.lower() not in DOCUMENT_NOUNS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
        and not any(c.dep_ in ("prep", "appos", "relcl", "acl") for c in subject.children)
    )
    country = subject is not None and ctx.owner.get(subject.i) in ctx.countries
    if deed and not is_deed(verb, country=country, described=described):
        return []  # not a stance, and not a named actor's own deed
    if lemma == "rule" and not any(c.lower_ == "out" for c in verb.children):
        return []
    if nested(verb) or _unnamed_wish(verb):
        return []  # "Zelensky said Russia did not want ...": Zelensky's claim, not Russia's stance
    if any(c.dep_ == "dobj" and c.lower_ in ("that", "which", "who", "whom", "what") for c in verb.children):
        return []  # "the lander that the company unveiled", "what the union called": its object is elsewhere
    if any(of_whom(c) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        return []  # "lawmakers, many of whom have called for ...": a relative clause, not the sentence
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    who = speakers(ctx, by if agent is not None else subject)
    who = who[:1] if deed else who  # "Kraft and researchers Beth Schueler ... examined": the first named's
    head = verb.head if agent is not None and verb.dep_ == "acl" else verb  # "an idea rejected by Kyiv"
    rng = gerund_run_on(ctx.doc, clause_range(ctx.doc, head, alone=True)) if who else None
    if rng is None or rng[1] <= verb.i or outside_brackets(ctx.doc, verb, rng) or _only_when(verb):
        return []  # "Murdoch has so far rejected": a misparse that leaves the stance without its object
    if subject is not None and subject.right_edge.i == rng[0] - 1 and not verb.is_ancestor(subject):
        # a subject the parser hung elsewhere: "and Treasurer X blamed it"
        rng = (subject.left_edge.i, rng[1])
    start, end = ctx.doc[rng[0]].idx, ctx.doc[rng[1]].idx + len(ctx.doc[rng[1]])
    silent = lemma in ("respond", "ignore")  # no answer is a deed, weaker than the actor's words
    present = present_cue(verb, whom=rng[0] == verb.i)  # "accusing the government of ...": "accuses"
    return said_by(who, start, end, cue_text(verb), "deed" if deed or silent else "reported", present)


def _unnamed_wish(verb: Token) -> bool:
    """ "the resident who doesn't want to be quoted by name": why a source goes unnamed, no stance."""
    return any(
        c.dep_ == "xcomp" and c.lemma_.lower() in ("name", "identify", "quote") and c.tag_ == "VBN"
        for c in verb.children
    )


def _only_when(verb: Token) -> bool:
    """True for a verb followed by nothing but a time ("The AP reports in 2017, Denmark's exports ..."):
    the parser left what was done elsewhere."""
    after = [c for c in verb.children if c.i > verb.i and not c.is_punct and c.dep_ != "cc"]
    return bool(after) and all(
        all(t.ent_type_ in ("DATE", "TIME") for t in c.subtree if not (t.i == c.i and c.dep_ == "prep"))
        for c in after
    )


def find_statements(
    doc: Doc,
    owner: dict[int, int],
    people: set[int],
    heads: dict[str, int] | None = None,
    media: set[int] | None = None,
    countries: frozenset[int] = frozenset(),
    genders: Mapping[int, Gender] | None = None,
) -> list[Said]:
    """Attributed statements, each with a resolved speaker (a draft index) and exact offsets.

    ``heads`` maps a group's head noun to its draft, so "one user" or "its allies" can speak for it;
    what a news outlet in ``media`` relays goes to the source it names.
    """
    text = text_of(doc)
    ctx = Ctx(
        doc,
        owner,
        people,
        regions_of(doc),
        [t.idx for t in doc],
        text,
        heads or {},
        countries,
        genders or {},
    )
    quoted = quoted_statements(ctx)
    spoken = transcript_statements(ctx)
    found: list[Said] = quoted + signed_statements(ctx) + spoken + answers(ctx)
    for tok in doc:
        # what a named actor will do is its plan ("Ford will display its first electric SUV")
        planned = tok.pos_ == "VERB" and not is_report_verb(tok) and tok.lemma_.lower() not in STANCE_VERBS
        if in_quote(ctx, tok.idx, tok.idx + len(tok)) or hypothetical(tok, plans=planned):
            continue  # a quoted speaker's own "he said", or words not (yet) said: "if X agrees"
        if gapped(tok):
            continue  # "a bill some lawmakers say they knew nothing about": the words lack the bill
        if tok.lower_ == "according":
            found += according(ctx, tok)
        elif is_report_verb(tok) and not _claimed(tok):
            said = _reported(ctx, tok, speakers(ctx, cited(ctx, tok) or speaker_token(ctx, tok)))
            found += disputed_claims(tok, said) or said or _stance(ctx, tok)  # "announced a study": a deed
        elif tok.pos_ == "VERB":
            found += _stance(ctx, tok)
    # 'Members responded: "...," said Cabrera': the speaker the quotation names is the one
    named: dict[tuple[int, int], set[int]] = {}
    for s in quoted:
        named.setdefault((s.start, s.end), set()).add(s.speaker)
    found = [s for s in found if s.speaker in named.get((s.start, s.end), {s.speaker})]
    found = relay(ctx, found, media or set())
    # "“Minister, ... do not speak,” he said": whoever a quotation opens by addressing does not say it
    found = [s for s in found if s.kind != "quote" or s.speaker not in addressed(ctx, s.start)]
    # what a transcript's speaker tells of others ("they right now told they go away") is the speaker's
    found = [
        s for s in found if s in spoken or not any(t.start <= s.start and s.end <= t.end for t in spoken)
    ]
    unique = sorted({(s.speaker, s.start, s.end): s for s in reversed(found)}.values(), key=lambda s: s.start)
    unique = [s for s in unique if not any(told_instead(s, o) for o in unique)]
    return [s for s in unique if not any(_within(s, o) for o in unique)]


def _within(inner: Said, outer: Said) -> bool:
    """True when ``inner`` repeats part of a longer statement by the same speaker."""
    same = inner.speaker == outer.speaker and (inner.start, inner.end) != (outer.start, outer.end)
    return same and outer.start <= inner.start and inner.end <= outer.end
