"""The words after a speech verb the parser gave no clause, and quotations set off from the writer's."""

from __future__ import annotations

from itertools import pairwise

from brief.extract._asides import ASIDE_MARKS
from brief.extract._clauses import MIN_WORDS, SPEECH
from brief.extract._ctx import Ctx
from brief.extract._lexicon import PERSON_TITLES
from brief.extract._syntax import SUBJECT_DEPS, Doc, Token, is_report_verb
from brief.extract._trim import TIME_MARKS, trim_clause

__all__ = [
    "before_list",
    "drop_speaker",
    "following_range",
    "into_main",
    "quoted_tail",
    "run_on_verb",
    "split_clause",
]

_FINITE = {"VBD", "VBZ", "VBP", "VBN", "MD"}  # not "before giving X" (VBG) or "to do X" (VB)


# words between "said" and its "that" ("said on a conference call after the market close that")
_THAT_REACH = 12
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def following_range(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """The rest of the sentence after "said" when the parser found no reported clause."""
    if verb.lemma_.lower() not in SPEECH or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    cited = verb.lemma_.lower() == "cite" and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children
    )
    if cited and not any(t.lower_ == "that" for t in verb.subtree if t.i > verb.i):
        return None  # "The Times story cited multiple sources and included ...": what it cited, no words
    # "told the BBC"; "says Jon Anderson, a biostatistician who co-authored the study": who, not what
    skip = ("dobj", "dative", "prt", "nsubj") if verb.lemma_.lower() == "tell" else ("prt", "nsubj")
    first = max([verb.i, *(c.right_edge.i for c in verb.children if c.dep_ in skip and c.i > verb.i)]) + 1
    fronted = verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i == verb.sent.start
    # "Confirming X, McCain was ...", "his son, who had just claimed victory in that area, Gonsalves ...
    # said": the rest of the sentence is not the words of a fronted or a relative clause's verb
    last = verb.right_edge.i if fronted or verb.dep_ == "relcl" else verb.sent.end - 1
    cut = _cut(doc, first, last)
    quoted = _through_quotation(doc, first, cut, last)
    reach = doc[first : min(cut, first + _THAT_REACH)]
    # the complementiser, not a relative pronoun ("in a transcript that was included in ...")
    # (nor one on the verb's own object: "cites a Radio Lancashire interview that Bell gave as ...")
    that = next(
        (t.i for t in reach if t.lower_ == "that" and t.dep_ not in SUBJECT_DEPS and not _of_object(t, verb)),
        None,
    )
    if that is not None and not any(t.tag_ in _FINITE for t in doc[first:that]):
        first = that + 1  # "said in a statement that X", but not "says, Ailes was worried that X"
    elif first < cut and doc[first].pos_ == "ADP" and any(t.is_quote for t in doc[verb.sent.start : verb.i]):
        return None  # '"...," Simpson is quoted as saying in a transcript that ...': the quotation is what
    if cut - first < 3 or not any(t.tag_ in _FINITE for t in doc[first:cut]):
        return None
    place = doc[first] if doc[first].pos_ == "ADP" and doc[first].head.i == verb.i else None
    if place is not None and all(t.is_punct or t.is_space for t in doc[place.right_edge.i + 1 : cut]):
        return None  # "had already stated in a letter dated 17 December 2015": where it was said, not what
    if doc[first].lower_ in TIME_MARKS:
        return None  # "told me when I was reporting my book": when it was said, not what
    first, last = trim_clause(doc, first, cut - 1)
    last = quoted - 1 if quoted > cut else last  # the quotation whole, its own full stop inside its marks
    return (first, last) if last - first >= 2 else None


def _of_object(that: Token, verb: Token) -> bool:
    """True for "that" opening a relative clause on the verb's own object ("cites an interview that ...")."""
    noun = that.head.head
    return bool(that.head.dep_ == "relcl" and noun.dep_ == "dobj" and noun.head.i == verb.i)


def _cut(doc: Doc, first: int, last: int) -> int:
    """Where the words after "said" stop: at "according to" or a quotation, but not at words quoted
    inside the clause's own phrase ("the latest in an “ongoing, systemic attack” by law enforcement")."""
    i = first
    while i <= last:
        tok = doc[i]
        if tok.lower_ == "according" or _anothers_report(tok):
            return i
        if tok.is_quote:
            # (the parser may end the sentence inside the quotation: its closing mark just after)
            closing = next((t.i for t in doc[i + 1 : last + 2] if t.is_quote), None)
            if not (i > first and doc[i - 1].is_alpha and closing is not None):
                return i
            i = closing  # a phrase quoted within the clause: the clause goes on past it
        i += 1
    return last + 1


def _anothers_report(tok: Token) -> bool:
    """True for the "while" of "insisted on X while Jones said Y": another speaker's words begin."""
    verb = tok.head
    return (
        tok.lower_ in ASIDE_MARKS
        and tok.dep_ == "mark"
        and verb.i > tok.i
        and is_report_verb(verb)
        and any(c.dep_ in SUBJECT_DEPS and c.i > tok.i for c in verb.children)
    )


_BREAKS = {"—", "–", ":", "-"}  # what sets a quotation off from the writer's words before it


def quoted_tail(doc: Doc, rng: tuple[int, int]) -> tuple[int, int]:
    """The quotation that ends the words before an attribution, after a dash or colon: in "Sondland has
    amended his testimony once — “I now do recall,” he said" only the quotation is his."""
    first, last = rng
    opened = [i for i in range(first + 1, last) if doc[i].text in ("“", '"') and doc[i - 1].text in _BREAKS]
    after = doc[last + 1 : last + 3]
    if not opened or not any(t.text in ("”", '"') for t in after) or last - opened[-1] < MIN_WORDS:
        return rng
    return opened[-1] + 1, last


def _through_quotation(doc: Doc, first: int, cut: int, last: int) -> int:
    """Past the quotation a clause introduces with a speech verb and a colon ("... and told her: “I am
    going to keep the tape.”"): without it the clause stops mid-way. Else ``cut``."""
    if cut > last or cut - first < 3 or doc[cut - 1].text != ":":
        return cut
    if not any(t.lemma_.lower() in SPEECH for t in doc[max(first, cut - 4) : cut - 1]):
        return cut
    # the parser may end the sentence inside the quotation: its closing mark, within the paragraph
    after = doc[cut + 1 : cut + 1 + _QUOTATION_REACH]
    stop = next((t.i for t in after if "\n" in t.text), after.end)
    closing = next((t.i for t in doc[cut + 1 : stop] if t.is_quote), None)
    return closing + 1 if closing is not None else cut


_QUOTATION_REACH = 80  # tokens


def run_on_verb(verb: Token, comps: list[Token]) -> list[Token]:
    """The reported clause's own verb the parser hung on the speech verb, right where the clause's
    subject ends: "responded she was not comfortable, as the budgets councillors had to consider |
    were not available" (no "and", no comma, no subject of its own)."""
    if len(comps) != 1 or any(c.dep_ == "cc" and c.i > comps[0].i for c in verb.children):
        return comps
    after = comps[0].right_edge.i + 1
    loose = [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.left_edge.i == after
        and c.tag_ in _FINITE
        and not any(d.dep_ in _SUBJECTS for d in c.children)
    ]
    return comps + loose[:1]


def split_clause(comps: list[Token]) -> dict[Token, Token]:
    """A reported clause the parser split in two, each half its own clause of the speech verb: the second
    has no subject and starts where the first ends ("Kim replied the two leaders | would “resolutely
    safeguard ...”", "Republicans once against | had to “pull out all the stops”"), or the clauses after the
    verb follow one another a comma apart. Maps each clause to the next part of the same report."""
    out: dict[Token, Token] = {}
    for first, second in pairwise(comps):
        between = first.doc[first.right_edge.i + 1 : second.left_edge.i]
        # (nor one hung on its auxiliary: "..., Ailes was gone")
        subjectless = not any(t.dep_ in _SUBJECTS and second in (t.head, t.head.head) for t in second.subtree)
        # no ", " between (a closing bracket is no break: "Kenya Wildlife Service (KWS) | had not responded")
        run_on = all(t.is_quote for t in between) and (
            not first.right_edge.is_punct or first.right_edge.text == ")"
        )
        # "said each time there is an unsafe building ..., the building department won't ...": clauses told
        # one after another, a comma apart, are one report
        end, start = first.right_edge.i, second.left_edge.i
        while end > first.i and first.doc[end].is_punct:
            end -= 1  # the parser hangs the comma on either clause
        while start < second.i and first.doc[start].is_punct:
            start += 1
        listed = first.i > first.head.i and [t.text for t in first.doc[end + 1 : start]] == [","]
        # each a clause of its own (its subject may hang on its auxiliary)
        auxiliaries = [c for c in second.children if c.dep_ in ("aux", "auxpass")]
        own = any(
            c.dep_ in _SUBJECTS for c in [*second.children, *(g for a in auxiliaries for g in a.children)]
        )
        # or one that shares the first's subject in a series closed by "and"/"or" ("the product had been
        # listed on Amazon, was stored in ..., and shipped ..."), not the parser's run-on ("police said he
        # used Sunday, were seized after ...")
        series = any(t.dep_ == "cc" and t.lower_ in ("and", "or") for t in second.subtree)
        listed = listed and (own or series)
        # "said they were almost certain | they knew what was going wrong": what they were certain of
        sure = run_on and first.right_edge.lemma_.lower() in _SURE and first.right_edge.pos_ == "ADJ"
        if ((subjectless and run_on) or listed or sure) and first.i < second.i:
            out[first] = second
    return out


# adjectives that take a clause without "that" ("certain they knew"), which the parser may hang on the
# speech verb as a second reported clause
_SURE = frozenset(
    "certain sure confident convinced aware hopeful optimistic afraid worried concerned".split()
)
_OPENERS = TIME_MARKS | {"if", "unless", "although", "though"}  # a clause's opening "when ...", "if ..."


def into_main(doc: Doc, verb: Token, comp: Token, rng: tuple[int, int]) -> tuple[int, int]:
    """The words run on to the sentence's main clause when the parser made the report a clause of it and
    the reported clause's opening "when ..." its object: "told RTÉ Radio that when he was out
    canvassing, no-one on the doorsteps was asking about climate change" (not "when he was out
    canvassing")."""
    root, after = verb.head, rng[1] + 1
    marked = any(c.dep_ == "mark" for c in verb.children)  # not "after X reported that ..., Ailes was gone"
    opened = doc[rng[0]].lower_ in _OPENERS and any(c.lower_ == "that" for c in comp.children)
    joined = after < len(doc) and doc[after].text == "," and root.dep_ == "ROOT" and root.i > after
    if verb.dep_ != "advcl" or marked or not opened or not joined:
        return rng
    if not any(c.dep_ in SUBJECT_DEPS and c.i > after for c in root.children):
        return rng
    last = root.sent.end - 1
    while last > root.i and doc[last].is_punct:
        last -= 1
    return rng[0], last


def before_list(doc: Doc, rng: tuple[int, int]) -> bool:
    """ "He said recent outages include:" and a list: the words are in the list, not in the clause."""
    last = doc[rng[1]]
    bare = last.pos_ in ("VERB", "AUX") and last.tag_ != "VBN" and all(c.is_punct for c in last.rights)
    return bare and rng[1] + 1 < len(doc) and doc[rng[1] + 1].text == ":"


def drop_speaker(ctx: Ctx, rng: tuple[int, int], who: list[int]) -> tuple[int, int] | None:
    """Cut a trailing speaker off a clause the parser ran into the name ("... offer, the IAM")."""
    doc, last = ctx.doc, rng[1]
    while last >= rng[0] and (ctx.owner.get(last) in who or doc[last].is_punct or doc[last].dep_ == "det"):
        last -= 1
    # and the title the parser made the name's conjunct: "..., Leader of the House and Minister X said"
    titles = [t.head for t in doc[last + 1 : rng[1] + 1] if t.dep_ == "conj" and ctx.owner.get(t.i) in who]
    if titles and titles[0].lemma_.lower() in PERSON_TITLES and rng[0] < titles[0].left_edge.i <= last:
        last = titles[0].left_edge.i - 1
    # and the words the name ends ("..., pioneering research by North East scientists suggests"), back to
    # the comma before them
    ending = doc[last].dep_ == "prep" and any(ctx.owner.get(t.i) in who for t in doc[last].subtree)
    comma = [t.i for t in doc[max(rng[0], last - 5) : last] if t.text == ","] if ending else []
    last = comma[-1] - 1 if comma else last
    if last == rng[1]:
        return rng
    first, last = trim_clause(doc, rng[0], last)
    return (first, last) if last - first >= MIN_WORDS - 1 else None
