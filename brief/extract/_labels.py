"""The tagger's labels, settled across all the mentions of one name: spaCy's small model calls one
name a person in one sentence and an organisation in the next."""

from __future__ import annotations

import re
from collections import Counter

from brief.extract._lexicon import OFFICE_STEMS, ORG_ENDINGS
from brief.extract._mention import Mention
from brief.extract._short_forms import bare

__all__ = ["settle_labels"]

_NAME_WORD = re.compile(r"[A-Z][\w'’-]*(?<!['’]s)")  # a word of a person's name: no comma, no "NPR's"


def settle_labels(mentions: list[Mention]) -> None:
    """Relabel, in place, the mentions whose label the rest of the text contradicts."""
    _mostly_bodies(mentions)
    _surnamed_people(mentions)
    _companies(mentions)


def _companies(mentions: list[Mention]) -> None:
    """A name with a company's legal form ("Masimo Corp", "Koninklijke Philips NV") is a company's, and so
    is the same name without it ("Masimo"), whatever the tagger made of either."""
    named = {bare(m.text) for m in mentions if bare(m.text) != m.text}
    for m in mentions:
        if m.label in ("PERSON", "PROPN") and (bare(m.text) != m.text or m.text in named):
            m.label = "ORG"


def _mostly_bodies(mentions: list[Mention]) -> None:
    """A name of several words the tagger calls a body more often than a person is a body throughout
    ("Taylor Preston": four times a company, twice a person)."""
    votes = Counter((m.text, m.label) for m in mentions if " " in m.text and m.label in ("PERSON", "ORG"))
    for m in mentions:
        if m.label == "PERSON" and votes[(m.text, "ORG")] > votes[(m.text, "PERSON")]:
            m.label = "ORG"


def _surnamed_people(mentions: list[Mention]) -> None:
    """A two- or three-word name the tagger called a body, whose last word alone it calls a person
    elsewhere ("Eyamba Sowers ... said Sowers"), or a title and the last word of a person's name, is a
    person: bodies are not called by their last word. A person's title is no part of the name."""
    surnames = {m.text for m in mentions if m.label == "PERSON" and " " not in m.text}
    ended = {m.text.split()[-1] for m in mentions if m.label == "PERSON" and " " in m.text}
    held = {  # the title of a person named in full ("Speaker Gloria Macapagal Arroyo"), not a word the tagger
        # left out of a one-word name ("Imran" of "PM Imran Khan")
        (m.text.split()[-1], m.role.split()[-1].casefold())
        for m in mentions
        if m.label == "PERSON" and m.role and " " in m.text
    }
    for m in mentions:
        words = m.text.split()
        # "Magistrate Ekhubi" after "Senior Principal Magistrate Ben Mark Ekhubi": a title and a surname
        named = 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words[1:])
        title = words[0].casefold().rstrip(".") if named else ""
        # "Speaker Arroyo": her title; "Sgt Donal Cronin": a title and a name
        titled = title in OFFICE_STEMS or (words[-1], title) in held
        if (
            m.label == "ORG"
            and 2 <= len(words) <= 3
            and (words[-1] in surnames or (titled and words[-1] in ended))
            and all(_NAME_WORD.fullmatch(w) and w.casefold() not in ORG_ENDINGS for w in words)
        ):
            m.label = "PERSON"
        if titled and m.label == "PERSON":  # "Ekhubi", titled "Magistrate"; "Speaker Arroyo" in a quotation
            m.forms.append((m.start, m.end))
            name = " ".join(words[1:])
            m.start, m.text, m.role = m.end - len(name), name, m.role or words[0]
