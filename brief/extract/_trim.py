"""Trimming a speaker's words to the clause: no leading link or dateline, no loose punctuation or
dangling word at the end, a quotation mark balanced."""

from __future__ import annotations

from brief.extract._asides import ASIDE_MARKS
from brief.extract._lexicon import DAY_WORDS, SUBORDINATORS, WEEKDAYS
from brief.extract._quotes import closing_mark, left_open
from brief.extract._syntax import DATELINE, SUBJECT_DEPS, Doc, Token, hyphen_chain, text_of

__all__ = ["TIME_MARKS", "trim_clause"]

TIME_MARKS = frozenset("when while after before as because since until once".split())
_LINKS = frozenset({"yet", "however", "but", "so"})
_KEPT_MARKS = {"whether", "if", "why", "how"}  # "asked whether X": a question, not a claim


def _leading_link(tok: Token, last: int) -> bool:
    """A complementiser or conjunction that opens a clause but is nobody's words ("that", "and").

    "whether"/"if" stay when they open the whole clause ("whether he was involved"), not a
    subordinate one inside it ("as if to console his critics, the mayor announced ...").
    """
    if tok.dep_ == "cc" and tok.i > 0:
        return True
    whole = tok.head.head.i == tok.head.i or not tok.i <= tok.head.head.i <= last
    # "if the motion didn't pass they would ...": a condition with its own subject is part of the words
    # and so is a time or cause told before the main clause ("After his body was found, police wanted ...")
    conditional = tok.lower_ in ("if", "unless")
    opening = conditional or (tok.lower_ in TIME_MARKS | ASIDE_MARKS and not whole)  # "that although X, ..."
    condition = opening and any(c.dep_ in SUBJECT_DEPS for c in tok.head.children)
    # and so is one told without its subject and verb ("said if adopted the council would ...")
    elliptic = conditional and not whole and (tok.head.tag_ == "VBN" or tok.head.pos_ == "ADJ")
    return tok.dep_ == "mark" and not (condition or elliptic or (tok.lower_ in _KEPT_MARKS and whole))


_WHEN = WEEKDAYS | {"the", "weekend"}  # "on Tuesday", "at the weekend"


def trim_clause(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Strip "that", a leading "Meanwhile," and edge punctuation, keeping a quotation mark balanced."""
    dateline = DATELINE.match(text_of(doc), doc[first].idx) if first <= last else None
    while first <= last and (doc[first].idx < (dateline.end() if dateline else 0) or doc[first].is_space):
        first += 1  # a wire dateline is nobody's words
    while first <= last and (doc[first].is_punct or doc[first].is_space or _leading_link(doc[first], last)):
        first += 1
    if first + 1 <= last and doc[first].dep_ == "advmod" and doc[first + 1].text == ",":
        first += 2
    first = _past_connective(doc, first, last)
    when = doc[first].right_edge.i if first <= last and doc[first].lower_ in ("on", "at", "over") else last
    if (
        0 < first < when < last
        and doc[first - 1].is_alpha
        and all(t.ent_type_ in ("DATE", "TIME") or t.lower_ in _WHEN for t in doc[first + 1 : when + 1])
        and (doc[when + 1].lower_ == "that" or SUBJECT_DEPS & {doc[when + 1].dep_, doc[when + 1].head.dep_})
    ):
        first = when + 1  # "said on Tuesday it may soon stand down mine workers", "said at the weekend the
        # council had no intention of ...": when it was said
    if (
        0 < first < last
        and doc[first].dep_ == "npadvmod"
        and doc[first].lower_ in DAY_WORDS
        and doc[first - 1].is_alpha  # not "“Today we continue”"
        and doc[first + 1].is_alpha
    ):
        first += 1  # "told CBS News Saturday his suspicion is ...": when it was told, not what
    if first < last and doc[first].dep_ in ("advmod", "cc") and doc[first].lower_ in _LINKS:
        first += 1  # "yet that case was about ...": the writer's link to the sentence before
    if (
        first + 1 <= last
        and doc[first].lower_ == "that"
        and doc[first + 1].is_alpha
        and (doc[first + 1].pos_ not in ("AUX", "VERB") or doc[first].head.dep_ == "relcl")
        and not _determines(doc, first)
    ):
        first += 1  # a complementiser the parser took for a determiner; not the subject of "said that
        # was not true", but the relative pronoun of "a suit that was filed by ..."
    last = _named_conjunct(doc, first, last)
    while last >= first and (_loose_end(doc, first, last) or doc[last].is_space or doc[last].dep_ == "cc"):
        last -= 1
    while last > first and doc[last].lower_ in SUBORDINATORS and all(c.i > last for c in doc[last].children):
        last -= 1  # "softening its messaging as": the clause "as" opens is not in the range, nor is "as"
    last = hyphen_chain(doc, last, last)[1] if first <= last else last  # "could be re-evaluated", not "re"
    # "... to speak with Tom Ruiz but Ruiz": the parser joined the next clause's subject to the object
    if (
        last - 2 >= first
        and doc[last - 1].dep_ == "cc"
        and doc[last].dep_ == "conj"
        and doc[last].pos_ == "PROPN"
    ):
        after = doc[last + 1] if last + 1 < len(doc) else None
        if after is not None and after.pos_ in ("VERB", "AUX") and after.dep_ == "conj":
            last -= 2
    span = text_of(doc)[doc[first].idx : doc[last].idx + len(doc[last])] if first <= last else ""
    closer = closing_mark(span)
    if closer is not None and last + 1 < len(doc) and doc[last + 1].text in ("”", '"'):
        last += 1
    elif (
        closer is not None
        and last + 2 < len(doc)
        and doc[last + 1].text in ".!?"
        and _closes(doc, last + 2, closer)
    ):
        last += 2  # 'blamed it on the "severe weather."': the full stop inside the closing mark
    if span.count("”") > span.count("“") and first > 0 and doc[first - 1].text == "“":
        first -= 1  # “We are pleased” at the release: the opening mark goes with its closing one
    return first, last


# phrases that tie a sentence to the one before it and say nothing of their own ("As a result, IRCC
# adjusted ..."): a stance read alone has nothing before it to tie to
_CONNECTIVES = tuple(
    tuple(phrase.split())
    for phrase in (
        "as a result",
        "in addition",
        "in other words",
        "that being said",
        "that said",
        "in fact",
        "on the other hand",
        "by contrast",
        "in contrast",
        "in turn",
        "for example",
        "for instance",
        "as such",
        "even so",
        "in any case",
    )
)


def _past_connective(doc: Doc, first: int, last: int) -> int:
    """Where the words start after a connective phrase and its comma that open them, else ``first``."""
    for phrase in _CONNECTIVES:
        after = first + len(phrase)
        said = [t.lower_ for t in doc[first:after]]
        if said == list(phrase) and after + 1 <= last and doc[after].text == ",":
            return after + 1
    return first


def _named_conjunct(doc: Doc, first: int, last: int) -> int:
    """Where the words stop before a clause joined on with a named subject and a verb of its own: in
    "Gove said the action would cause inconvenience and his boss David Cameron described the strike as
    wrong", Cameron's words are not Gove's; nor is "and Kirwan has challenged Bray" what Rennie
    admitted. Else ``last``."""
    for cc in doc[first + 1 : last]:
        verb = next((c for c in cc.head.children if c.dep_ == "conj" and c.i > cc.i), None)
        if cc.dep_ != "cc" or cc.lower_ not in ("and", "but") or verb is None or verb.i > last:
            continue
        # the clause opens with its subject ("and his boss ...", not "if and when the Senate ...")
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.left_edge.i == cc.i + 1), None)
        named = subject is not None and any(
            w.pos_ == "PROPN" and w.ent_type_ in ("PERSON", "ORG") for w in subject.subtree
        )
        told = verb.tag_ in ("VBD", "VBZ") or any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children
        )
        span = text_of(doc)[doc[first].idx : cc.idx]
        if named and told and not left_open(span):
            return int(cc.i) - 1
    return last


def _loose_end(doc: Doc, first: int, last: int) -> bool:
    """Punctuation that ends no words of the clause: not a per cent sign ("by about 50%") nor the
    bracket closing one the clause opened ("(97 kph)")."""
    tok = doc[last]
    opened = tok.text == ")" and any(t.text == "(" for t in doc[first:last])
    return bool(tok.is_punct) and tok.text != "%" and not opened


def _closes(doc: Doc, i: int, mark: str) -> bool:
    """True when token ``i`` is ``mark`` closing a quotation, not a straight mark opening the next one
    ('... telling reporters. "It was ...')."""
    opens = not doc[i].whitespace_ and i + 1 < len(doc) and doc[i + 1].is_alpha
    return doc[i].text == mark and not opens


def _determines(doc: Doc, i: int) -> bool:
    """True for a determiner "that" before its singular noun ("That message is that ...", "that small
    effect still matters"), not a complementiser before a subject ("that officials were ...", "that the
    plan ...")."""
    noun = doc[i].head
    modified = all(t.dep_ in ("amod", "compound") for t in doc[i + 1 : noun.i])
    return bool(doc[i].dep_ == "det" and noun.i > i and modified and noun.tag_ == "NN")
