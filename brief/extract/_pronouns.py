"""Who a pronoun is: the latest subject of the right sort outside quotations ("he" a person, "they"
and "it" an organisation or group)."""

from __future__ import annotations

from brief.extract._appositions import AGENTS
from brief.extract._ctx import Ctx, in_quote
from brief.extract._gender import given_gender, of_noun, of_pronoun
from brief.extract._lexicon import DOCUMENT_NOUNS, FILING_NOUNS, ISSUED, ORG_HEADS, PERSON_TITLES
from brief.extract._reporters import quoted_about, unnamed_speaker, unparsed_speaker
from brief.extract._subjects import named_after_title, titled_in_subject
from brief.extract._syntax import SUBJECT_DEPS, Doc, Token, is_report_verb

__all__ = ["pronoun"]

_PRONOUN_WINDOW = 3  # sentences to look back for a person pronoun's antecedent
_GROUP_WINDOW = 1  # ... and for "they"/"it" (organisations and groups are rarely far away)
_PLURAL = ("they", "them")  # pronouns a group named by its plural noun may stand behind
_GENDER_REACH = 4  # sentences about someone of the other gender a person pronoun may look past
_PLACES = ("GPE", "LOC", "FAC")  # "Jurors in Wilmington, Delaware needed ... They also said": not Delaware
_NOT_SOMEONE = ISSUED | DOCUMENT_NOUNS | FILING_NOUNS | ORG_HEADS


def _named_subject(subject: Token) -> Token:
    """The name in a subject the parser hung on the wrong word: "Shaheda Begum of Ishwaripur village
    described ..." has "village" as its subject and the person's name as its modifier."""
    if subject.lower_ == "who" and subject.head.dep_ == "relcl" and is_report_verb(subject.head):
        return subject.head.head  # "..., including Councillor Vicki Harris, who said ...": a speaker
    if subject.pos_ == "NOUN":
        named = [c for c in subject.children if c.dep_ == "nmod" and c.ent_type_ == "PERSON"]
        if len(named) == 1 and named[0].i < subject.i:
            return named[0]
    if (named_in := titled_in_subject(subject) or named_after_title(subject)) is not None:
        return named_in
    if subject.pos_ == "NOUN" and subject.lemma_.lower() in PERSON_TITLES:
        # "Congress communication department head Randeep Surjewala attacked": the name the title's object
        after = [c for c in subject.children if c.i > subject.i and c.ent_type_ == "PERSON"]
        if len(after) == 1 and after[0].left_edge.i == subject.i + 1:
            return after[0]
    if subject.ent_type_ != "PERSON":  # "Special Public Prosecutor, Shailendra Babbar, submitted"
        named = [c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
        # "The governor of the province of Buenos Aires, Axel Kicillof, recalled": the parser hung the name
        # on the place (so too under a title the tagger took for a body: "The Pulenu'u of Fasitoo Tai, Tago
        # Matoa, declined")
        of_body = subject.ent_type_ == "ORG" and any(c.lower_ == "of" for c in subject.children)
        if not named and (subject.lower_ in PERSON_TITLES or of_body):
            named = [
                t
                for t in subject.subtree
                if t.dep_ == "appos" and t.ent_type_ == "PERSON" and t.head.dep_ == "pobj"
            ]
        if len(named) == 1:
            return named[0]
    return subject


def pronoun(ctx: Ctx, tok: Token) -> int | None:
    """The actor a pronoun refers to: the latest subject of the right sort outside quotes, if unambiguous.

    "he"/"she" look for a person up to three sentences back; "they"/"it" for an organisation or
    group in this sentence or the one before.
    """
    person = tok.lower_ in ("he", "she", "him", "her")
    if _unknown_reporter(ctx, tok, person):
        return None
    window = _PRONOUN_WINDOW if person else _GROUP_WINDOW
    # a person's sentences all in quotation marks name no antecedent and do not count: "he said" after a
    # long quotation ("it" after one is the quotation's own "this finding")
    sents = [
        s
        for s in tok.doc[max(0, tok.sent.start - 400) : tok.i + 1].sents
        if not (person and _quoted(ctx, s, tok))
    ]
    near = sents[-window - 1 :]
    for back, sent in enumerate(reversed(near)):
        found = _in_sentence(ctx, tok, sent, person)
        found = found if found is not None or not person or back == 0 else unparsed_speaker(ctx, sent)
        if found is not None:
            return found if found >= 0 else None
        if person and back > 0 and unnamed_speaker(ctx, sent):
            return None  # "one of the factory workers ... said they demand ...¶“...,” he said": theirs
        if back == 0 and tok.lower_ in _PLURAL and _people_together(ctx, sent, tok):
            return None  # "Kabonero and Gasana ... published an article in which they alleged": both, not
            # a group named before
        if back == 0 and person and _subordinate(tok):  # "the jailing of Zuma ... after he refused"
            named = _named_people(ctx, tok, sent)
            if len(named) == 1:
                return named.pop()
    if person and len(near) > 1:  # no person as a subject: the one person the sentence before names
        # ("Many peers, including astronomer Mike Brown, are voicing skepticism. ... he said")
        named = _named_people(ctx, tok, near[-2])
        if named:
            return named.pop() if len(named) == 1 else None
    # past sentences whose subject is of the other gender: "he" after three sentences about "she"
    for sent in reversed(sents[-window - 1 - _GENDER_REACH : -window - 1] if person else []):
        if not _other_gender(ctx, tok, sent):
            found = _in_sentence(ctx, tok, sent, person)
            return found if found is not None and found >= 0 else None
    return None


def _people_together(ctx: Ctx, sent: Doc, tok: Token) -> bool:
    """True when a subject before ``tok`` in its sentence is two people named together."""
    return any(
        t.i < tok.i
        and t.dep_ in SUBJECT_DEPS
        and t.i in ctx.owner
        and c.i in ctx.owner
        and ctx.owner[t.i] in ctx.people
        and ctx.owner[c.i] in ctx.people
        and ctx.owner[t.i] != ctx.owner[c.i]
        for t in sent
        for c in t.conjuncts
    )


def _unknown_reporter(ctx: Ctx, tok: Token, person: bool) -> bool:
    """True for a pronoun in words reported by someone no draft holds: "The board said it agreed with a
    Grant Samuel report" is the board's "it", not the company named the sentence before; "the big Chiefs
    lock said he thought the boot only grazed his shoulder" is the lock's "he", not the flanker's."""
    verb = tok.head
    if tok.dep_ not in SUBJECT_DEPS or verb.dep_ != "ccomp" or not is_report_verb(verb.head):
        return False
    reporter = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
    if reporter is None or reporter.pos_ != "NOUN" or any(t.i in ctx.owner for t in reporter.subtree):
        return False
    if person:  # someone described, not a body or a document ("the court said he", "the report said he")
        return reporter.tag_ == "NN" and reporter.lemma_.lower() not in _NOT_SOMEONE
    return f"the {reporter.lemma_.lower()}" not in ctx.heads and reporter.lemma_.lower() not in ctx.heads


def _quoted(ctx: Ctx, sent: Doc, tok: Token) -> bool:
    """True for a sentence before the pronoun's whose words are all inside one quotation."""
    words = [t for t in sent if t.is_alpha]
    return tok.i >= sent.end and bool(words) and all(in_quote(ctx, t.idx, t.idx + len(t)) for t in words)


def _in_sentence(ctx: Ctx, tok: Token, sent: Doc, person: bool) -> int | None:
    """The antecedent one sentence gives: a draft, -1 when it names two, None when it names none."""
    found = _antecedents(ctx, tok, [_named_subject(t) for t in sent if _is_subject(t)], person)
    found = [t for t in found if not _reported_by(t, tok) and not quoted_about(ctx, t, tok)]
    if not found and sent.end <= tok.sent.start:
        found = _antecedents(ctx, tok, _subjects_owners(sent), person)
    elif not found and not _tag(tok):  # "Obama's position seemed clear: He pledged" (not "Trump's lawyer
        # said he", nor "Ramage's case bore the hallmarks ..., he said")
        owners = [t for t in _subjects_owners(sent) if t.head.lemma_.lower() not in AGENTS]
        found = _antecedents(ctx, tok, owners, person)
    main = [t for t in found if not _reported_subject(t)]
    said_by = next(  # (not a "he" inside a quotation: “... either he will remain or we will,” he said)
        (
            t
            for t in sent
            if t.i < tok.i
            and t.lower_ == tok.lower_
            and t.dep_ in SUBJECT_DEPS
            and not in_quote(ctx, t.idx, t.idx)
        ),
        None,
    )
    if said_by is not None and not _reported_subject(said_by) and (not main or said_by.head.i == sent.root.i):
        # "He said Rand is ...": "he" again, not Rand; "He said he had found work.": the chain
        # goes on from that "he", the subject of the sentence
        chained = pronoun(ctx, said_by)
        return -1 if chained is None else chained
    drafts = {_draft_of(ctx, t, plural=tok.lower_ in _PLURAL) for t in main or found}
    if drafts:
        return drafts.pop() if len(drafts) == 1 else -1
    if person and _unknown_person(ctx, tok, sent):
        # "Obama's position seemed clear: He pledged": a person we have no draft of, not the last one
        return -1
    return None


def _unknown_person(ctx: Ctx, tok: Token, sent: Doc) -> bool:
    """True when a subject of the sentence before the pronoun, or its owner, is a person by the tagger
    that no person's draft holds (only a body's: "Obama" of "the Obama administration"), or a noun for
    someone of the pronoun's gender ("The woman told the Post ... She cut short her internship"), or for
    a person the sentence gives that gender ("a parent ... complained about ... her child's booklist.
    “...,” she lamented")."""
    subjects = [_named_subject(t) for t in sent if _is_subject(t)]
    named = [*subjects, *(c for s in subjects for c in s.children if c.dep_ == "poss")]
    gender = of_pronoun(tok.lower_)
    return any(
        t.i < tok.i
        and (
            t.ent_type_ == "PERSON" or (t.pos_ == "NOUN" and (of_noun(t.lower_) or given_gender(t)) == gender)
        )
        and ctx.owner.get(t.i) not in ctx.people
        and not in_quote(ctx, t.idx, t.idx + len(t))
        for t in named
    )


def _subordinate(tok: Token) -> bool:
    """A pronoun opening a clause inside its sentence ("after he refused"), not the sentence's subject."""
    return tok.head.dep_ in ("advcl", "relcl", "acl") and tok.head.head.dep_ != "ccomp"


def _named_people(ctx: Ctx, tok: Token, sent: Doc) -> set[int]:
    """The people a sentence names before the pronoun, in any role."""
    return {ctx.owner[t.i] for t in _antecedents(ctx, tok, list(sent), person=True)}


def _other_gender(ctx: Ctx, tok: Token, sent: Doc) -> bool:
    """True when the subject of the sentence's main verb is of the other gender from the pronoun."""
    mine = of_pronoun(tok.lower_)
    subjects = [t for t in sent.root.children if t.dep_ in SUBJECT_DEPS and t.i < tok.i]
    genders = [of_pronoun(t.lower_) or ctx.genders.get(ctx.owner.get(t.i, -1)) for t in subjects]
    return mine is not None and bool(genders) and all(g is not None and g != mine for g in genders)


def _antecedents(ctx: Ctx, tok: Token, words: list[Token], person: bool) -> list[Token]:
    """Those of ``words`` before the pronoun that name an actor of its sort outside quotations (a quoted
    "Matt has ..." is not the antecedent)."""
    return [
        t
        for t in words
        if t.i < tok.i
        and (draft := _draft_of(ctx, t, plural=tok.lower_ in _PLURAL)) is not None
        and (draft in ctx.people) == person
        and _agrees(ctx, tok, draft)
        and not in_quote(ctx, t.idx, t.idx + len(t))
        and not (tok.lower_ in _PLURAL and t.tag_ == "NNP" and t.ent_type_ in _PLACES)
    ]


def _draft_of(ctx: Ctx, word: Token, *, plural: bool = False) -> int | None:
    """The actor a word names: its owner, or for "they" the one group a plural subject stands for
    ("Authors of the study say ... They write" where the authors are the researchers)."""
    if word.i in ctx.owner:
        return ctx.owner[word.i]
    subject = word.tag_ == "NNS" and word.dep_ in SUBJECT_DEPS
    return ctx.heads.get(word.lemma_.lower()) if plural and subject else None


def _agrees(ctx: Ctx, tok: Token, draft: int) -> bool:
    """False when the article gives the person the other gender ("he" is not Zuma's daughter)."""
    known = ctx.genders.get(draft)
    return known is None or known == of_pronoun(tok.lower_)


def _is_subject(tok: Token) -> bool:
    """A subject, or a person's name the parser hung as an adverb on a verb with none ("In debates,
    Connolly has repeatedly batted away questions") or made the root of a sentence whose verb it took for
    a relative clause."""
    if tok.dep_ in SUBJECT_DEPS:
        return True
    verbs = [c for c in tok.children if c.dep_ == "relcl" and c.tag_ in ("VBZ", "VBD", "VBN")]
    if tok.dep_ == "ROOT" and tok.ent_type_ == "PERSON" and tok.i == tok.sent.start and len(verbs) == 1:
        return True  # "Kelly, who in 2010 called it a scheme, has backed away": "has backed" parsed a relcl
    verb = tok.head
    missed = tok.ent_type_ == "PERSON" and tok.dep_ in ("advmod", "npadvmod") and tok.i < verb.i
    return missed and verb.pos_ == "VERB" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


_EXAMPLES = frozenset({"as", "including", "like"})


def _subjects_owners(sent: Doc) -> list[Token]:
    """The named owners of a sentence's subjects, for when no subject is the antecedent: "Catherine
    Connolly’s coolness ... put her at odds"; or the one named example of a group that is the subject:
    "advocates such as Stanford Law professor Michele Dauber were in disbelief. ... she said"."""
    subjects = [t for t in sent if t.dep_ in SUBJECT_DEPS]
    owners = [c for s in subjects for c in s.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    examples = [
        t
        for s in subjects
        if s.tag_ in ("NNS", "NNPS")
        for t in s.subtree
        if t.dep_ == "pobj" and t.head.lower_ in _EXAMPLES and t.head.head in (s, *s.children)
    ]
    return owners + examples


def _tag(tok: Token) -> bool:
    """A reporting tag's pronoun after what it reports (", he said."): its verb says nothing after it."""
    said = [c for c in tok.head.children if c.i > tok.head.i and c.dep_ in ("ccomp", "xcomp")]
    return is_report_verb(tok.head) and not said


def _reported_by(subject: Token, pronoun: Token) -> bool:
    """True for the subject of what the pronoun itself reports: "Ramos should not have given her a
    violation, he said" is someone else on Ramos (unless a quotation between is what is reported)."""
    while subject.dep_ == "appos":  # "The country's prime minister, Narendra Modi": the minister's verb
        subject = subject.head
    verb = subject.head
    quoted = any(t.is_quote for t in subject.doc[subject.i : verb.i])  # its verb inside the quotation:
    # 'The prime minister, Narendra Modi, “should know that ...,” he said' reports the prime minister
    if not quoted and any(t.is_quote for t in subject.doc[subject.i : pronoun.i]):
        return False  # "X told Murdoch she would leave: “This marriage won't last,” he said": the quotation
    # (however deep in it: "The video jurors saw of Carter being shot ... will never leave their memories,
    # she said" is the judge on Carter)
    said = pronoun.head
    return is_report_verb(said) and any(
        v.dep_ in ("ccomp", "parataxis") and v.head.i == said.i for v in (verb, *verb.ancestors)
    )


def _reported_subject(tok: Token) -> bool:
    """True for the subject of a clause someone reports ("Thomas" in "He said Thomas is a father")."""
    verb = tok.head
    return verb.dep_ == "ccomp" and is_report_verb(verb.head)
