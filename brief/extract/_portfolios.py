"""The bodies a minister's title names before the name ("Natural Resources, Environment, and Climate
Change Minister Nik Nazmi Nik Ahmad"): words of the title, not actors."""

from __future__ import annotations

from brief.extract._lexicon import PERSON_TITLES
from brief.extract._mention import Mention
from brief.extract._syntax import Doc, Token, phrase_text

__all__ = ["drop_portfolios"]


def _listed(tok: Token) -> bool:
    """True for the joints of a list of portfolios and the capitalised words the tagger left out of them."""
    return tok.lower_ in ("and", ",") or (tok.is_title and not tok.ent_type_ and not tok.is_sent_start)


def drop_portfolios(doc: Doc, found: list[Mention]) -> list[Mention]:
    """The bodies a minister's title names before the name ("Internal and Home Affairs and Provincial
    Councils and Local Government Minister Vajira Abeywardena") are the title's words, not actors: they go,
    the title's own word with them, and the whole title is the person's role (where the name took in only
    its last words, "Local Government Minister")."""
    at = {t: m for m in found for t in m.tokens}
    dropped: set[int] = set()
    for m in found:
        name = doc.char_span(m.start, m.end, alignment_mode="expand") if m.label == "PERSON" else None
        k = name.start - 1 if name else 0  # the word before the name itself, past a title taken into it
        if k < 1 or doc[k].lower_ not in PERSON_TITLES:
            continue
        first = k
        while first > 0 and (doc[first - 1].ent_type_ == "ORG" or _listed(doc[first - 1])):
            first -= 1  # the ministries joined by "and" and commas ("Natural Resources, Environment, and")
        while first < k and (doc[first].ent_type_ != "ORG" or doc[first].lower_ == "the"):
            first += 1  # it starts at a body's own name ("Meanwhile, Finance Minister": not at "Meanwhile")
        if first == k:
            continue
        title = phrase_text(doc, first, k)
        if m.role and not (title.endswith(m.role) and " and " in title[: len(title) - len(m.role)]):
            continue  # a title of its own ("former France Sports Minister"), not the tail of a list of bodies
        inside = [at[t] for t in range(first, k + 1) if t in at and at[t] is not m]
        if any(o.label not in ("ORG", "PROPN") or not o.tokens <= set(range(first, k + 1)) for o in inside):
            continue  # "Senate President Pro Tempore Kevin de León": the title is another name's
        dropped |= {id(o) for o in inside}
        m.role = title
    return [m for m in found if id(m) not in dropped]
