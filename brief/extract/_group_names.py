"""Where an unnamed group's name starts and ends: "Twenty-six Western allies", "activists in Thoothukudi",
"Governments who still support Mr Maduro"."""

from __future__ import annotations

from brief.extract._lexicon import DAY_WORDS
from brief.extract._mention import NAMED, chunk_start
from brief.extract._syntax import DATELINE, Doc, Token, text_of

__all__ = ["defined_until", "form_start", "name_start", "named_after", "past_dateline"]


_WHOLE = frozenset({"entire", "whole"})


def name_start(doc: Doc, tok: Token) -> int:
    """Where a group's name starts once articles and numbers are dropped ("Twenty-six Western allies")."""
    first = chunk_start(tok)
    counted = {t.i for c in tok.lefts if c.dep_ in ("det", "predet", "nummod", "quantmod") for t in c.subtree}
    while first < tok.i and (
        first in counted
        or doc[first].like_num
        or doc[first].tag_ in ("CD", "HYPH")
        or _opening_adverb(doc, first)
        or doc[first].lower_ in _WHOLE | DAY_WORDS
        or (doc[first].is_upper and doc[first].pos_ == "ADJ" and len(doc[first]) > 2)
    ):
        first += 1  # "at least 40 countries", "Twenty-six Western allies", "Even the state's top leaders",
        # "said Monday eurozone policymakers would ...", "But yesterday councillors decided" (when); a
        # paper's capitals opening a story ("A MIXED group of residents"); "the entire Scottish government"
    return _past_clause(doc, past_dateline(doc, first, tok.i), tok.i)


def _past_clause(doc: Doc, first: int, last: int) -> int:
    """``first``, or the word after a participle's clause the parser ran into the group's phrase ("Demanding
    lower fees, MSc students locked ...": the students)."""
    commas = [t.i for t in doc[first:last] if t.text == ","]
    return commas[-1] + 1 if commas and doc[first].tag_ in ("VBG", "VBN") else first


def form_start(doc: Doc, tok: Token) -> int:
    """Where the group's noun phrase starts as written, articles kept, a day word and a dateline not:
    "the councillors" of "But yesterday the councillors decided"."""
    first = chunk_start(tok)
    while first < tok.i and doc[first].lower_ in DAY_WORDS:
        first += 1
    return _past_clause(doc, past_dateline(doc, first, tok.i), tok.i)


def past_dateline(doc: Doc, first: int, last: int) -> int:
    """``first``, or the first token after a dateline that opens its line ("IDYLLWILD, Calif. (AP)
    Authorities issued ...": the authorities), up to ``last``."""
    text = text_of(doc)
    dateline = DATELINE.match(text, text.rfind("\n", 0, doc[first].idx) + 1)
    while dateline is not None and first < last and doc[first].idx < dateline.end():
        first += 1
    return first


def _opening_adverb(doc: Doc, i: int) -> bool:
    """ "Even" of "Even the state's leaders"; not "high" of "high-ranking officials"."""
    return bool(doc[i].pos_ == "ADV" and doc[i].dep_ == "advmod" and doc[i + 1].tag_ != "HYPH")


_IDENTIFYING = frozenset({"in", "from", "at", "of"})
_MAX_AFTER = 5  # words of a post-modifier that still belong to the group's name


def named_after(tok: Token) -> int:
    """The last token of a prepositional phrase that names a bare group ("activists in Thoothukudi",
    "supporters of the change"): after "of" any noun, after "in"/"from"/"at" a name; else ``tok.i``."""
    for prep in (c for c in tok.rights if c.dep_ == "prep" and c.lower_ in _IDENTIFYING):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        # (a possessive's "'s" is no word: "officials at NASA's Jet Propulsion Laboratory")
        words = [t for t in tok.doc[tok.i + 1 : obj.right_edge.i + 1] if t.tag_ != "POS"] if obj else []
        if obj is None or obj.pos_ == "PRON" or len(words) > _MAX_AFTER:
            continue
        if obj.ent_type_ in ("DATE", "TIME"):
            continue  # "a jury in May" is no jury named May
        if prep.lower_ == "of" and obj.pos_ == "NOUN" and obj.right_edge.i == obj.i:
            return int(obj.i)
        if obj.pos_ == "PROPN" or obj.ent_type_ in NAMED:
            # up to a comma: "Prosecutors in Creteil, southeast of Paris, said"
            stop = (t.i for t in tok.doc[obj.i + 1 : obj.right_edge.i + 1] if t.is_punct and t.tag_ != "HYPH")
            return int(next(stop, obj.right_edge.i + 1)) - 1
    return int(tok.i)


_MAX_DEFINING = 8  # words of a defining relative clause that still name a group


def defined_until(tok: Token, verb: Token | None = None) -> int | None:
    """The last token of a short relative clause that says which of them a group is ("Governments who still
    support Mr Maduro"), set with no comma (not "Analysts, who ... , said") and ending where the group's
    verb (``tok``'s head unless given) or a stop follows (not "customers that spoke with 7" of "7 On Your
    Side"); else None."""
    rel = next((c for c in tok.rights if c.dep_ == "relcl"), None)
    if rel is None or tok.i + 1 >= len(tok.doc) or tok.nbor().lower_ not in ("who", "that"):
        return None
    words = tok.doc[rel.i : rel.right_edge.i + 1]
    stop = next((t.i for t in words if t.is_punct and t.tag_ != "HYPH"), rel.right_edge.i + 1)
    last = stop - 1  # "Governments who still support Mr Maduro, including Bolivia and Cuba,": up to the comma
    ends = last + 1 < len(tok.doc) and (
        tok.doc[last + 1].is_punct or tok.doc[last + 1].i == (verb or tok.head).i
    )
    return int(last) if ends and rel.i <= last and last - tok.i <= _MAX_DEFINING else None
