"""Entities the tagger split or cut short that are one name: a person's around a particle ("Kenneth ole
Nashuu"), after a Samoan title name ("Papali’i Niko Lee Hang") or without a given name it left out
("Superintendent Mpiti Mopeli"), a body's around its "and" whose initials follow in brackets ("Bangladesh
Garment Manufacturers and Exporters Association (BGMEA)")."""

from __future__ import annotations

from spacy.tokens import Span

from brief.extract._kinds import GLOTTAL
from brief.extract._lexicon import HONORIFICS, NAME_PARTICLES, OFFICE_WORDS
from brief.extract._syntax import Doc

__all__ = ["join_given", "join_glottal", "join_particles", "join_spelled", "spelled"]


def join_particles(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "Kenneth ole Nashuu" tagged as two people around its particle, "Ursula von" a person and "Leyen" a
    place past "der", "Nik Nazmi" and "Nik Ahmad" side by side: one name."""
    out: list[Span] = []
    for ent in ents:
        last = out[-1] if out else ent
        gap = doc[last.end : ent.start]
        particles = all(t.lower_ in NAME_PARTICLES and t.is_lower for t in gap)
        ends = doc[last.end - 1].lower_ in NAME_PARTICLES and doc[last.end - 1].is_lower and len(last) > 1
        # "Nik Nazmi" and "Nik Ahmad" side by side: one name (not "Waterloo Waste Management Superintendent"
        # and "Larry Smith", a title and a name)
        named = [t for t in last if t.lower_ not in HONORIFICS]  # "Datuk Seri" "Mohd Redzuan" "Md Yusof"
        bare = len(named) <= 2 and not any(t.lower_ in OFFICE_WORDS for t in last)
        person = ent.label_ == "PERSON" and (len(gap) > 0 or bare)
        given = _titled_given(doc, last, ent) if last is not ent and not gap else None
        if given is not None:  # "Superintendent Robb" and "Vogelmann": the name after the title is one
            out[-1] = Span(doc, given, ent.end, label="PERSON")
        elif (
            last is not ent
            and last.label_ == "PERSON"
            and particles
            and (person or (ends and ent[0].is_title))
        ):
            out[-1] = Span(doc, last.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    return out


def _titled_given(doc: Doc, last: Span, ent: Span) -> int | None:
    """Where the given name starts of "Assistant Superintendent Robb Vogelmann", tagged "Superintendent
    Robb" and "Vogelmann" side by side: a title's words, then the given name the surname's."""
    given = doc[last.end - 1]
    titled = len(last) > 1 and all(t.lower_ in OFFICE_WORDS for t in last[:-1])
    joined = given.dep_ == "compound" and ent.start <= given.head.i < ent.end
    one = ent.label_ == last.label_ == "PERSON" and len(ent) == 1
    return given.i if titled and joined and one and given.lower_ not in OFFICE_WORDS else None


def join_spelled(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "Bangladesh Garment Manufacturers and Exporters Association (BGMEA)", tagged as two bodies around
    its "and" or only in part: one name, reaching back as far as the initials in brackets after it spell."""
    out: list[Span] = []
    for ent in ents:
        start = _spelled_start(doc, ent) if ent.label_ == "ORG" else ent.start
        while out and out[-1].end > start:
            out.pop()  # (what the tagger made of its first words)
        out.append(ent if start == ent.start else Span(doc, start, ent.end, label="ORG"))
    return out


def _spelled_start(doc: Doc, ent: Span) -> int:
    """Where a body's name starts that its bracketed initials spell, reaching back over capitalised words
    and "and", "of", "for", "&"; the entity's own start if they spell no longer name."""
    if spelled(doc, ent.start, ent.end):
        return int(ent.start)
    start = ent.start
    while start > 0 and (doc[start - 1].is_title or doc[start - 1].lower_ in ("and", "of", "for", "&")):
        start -= 1
        if doc[start].is_title and spelled(doc, start, ent.end):
            return int(start)
    return int(ent.start)


def spelled(doc: Doc, start: int, end: int) -> bool:
    """True when the words ``start``..``end`` are followed by their initials in brackets."""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return False
    return bool("".join(t.text[0] for t in doc[start:end] if t.text[:1].isupper()) == doc[end + 1].text)


def join_glottal(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "Papali’i Niko Lee Hang" tagged from its second word: a Samoan chief's title name, written with its
    glottal stop (which the tagger does not take for a capitalised word), is the person's name's first."""
    out = []
    for ent in ents:
        before = doc[ent.start - 1] if ent.start > 0 else None
        if (
            ent.label_ == "PERSON"
            and before is not None
            and GLOTTAL.match(before.text)
            and before.whitespace_
        ):
            ent = Span(doc, ent.start - 1, ent.end, label="PERSON")
        out.append(ent)
    return out


def join_given(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "Senior Superintendent Mpiti Mopeli", of which the tagger found "Mopeli": the untagged given name
    between a title and the surname is the name's."""
    out = []
    for ent in ents:
        given = doc[ent.start - 1] if ent.start > 1 else None
        title = doc[ent.start - 2] if ent.start > 1 else None
        if (
            ent.label_ == "PERSON"
            and given is not None
            and title is not None
            and given.pos_ == "PROPN"
            and given.is_title
            and not given.ent_type_
            and given.lower_ not in OFFICE_WORDS | HONORIFICS
            and title.is_title
            and title.lower_ in OFFICE_WORDS
        ):
            ent = Span(doc, ent.start - 1, ent.end, label="PERSON")
        out.append(ent)
    return out
