"""Deterministic extraction: candidate actors, attributed statements, open-question candidates.

``extract(text)`` parses the article with spaCy (loaded once by ``load_nlp``) and returns an
``Extraction`` whose every span satisfies ``text[span.start:span.end] == span.text`` and whose
actor names and aliases all occur verbatim in the text, but for the unnamed writer of a column
(``AUTHOR``, "The author"), whose words are sentences of the text.
"""

from __future__ import annotations

from brief.extract._events import Event, find_events
from brief.extract._extract import extract
from brief.extract._lexicon import (
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    INSTITUTIONS,
    KIN,
    LAWYERS,
    ORG_DESCRIPTIONS,
    ORG_HEADS,
    PERSON_NOUNS,
    PERSON_TITLES,
    REPORT_VERBS,
    SIDES,
    STANCE_VERBS,
    STATE_BODIES,
    TITLE_FORMS,
)
from brief.extract._nlp import load_nlp
from brief.extract._places import CAPITALS, COUNTRY_FORMS, SEATS
from brief.extract._pool import ExtractionPool, default_workers
from brief.extract._quotes import left_open, single_open
from brief.extract._types import (
    CandidateActor,
    Extraction,
    OpenCandidate,
    Span,
    Statement,
    normalise_name,
)
from brief.extract._writer import AUTHOR, is_writer

__all__ = [
    "AUTHOR",
    "CAPITALS",
    "COUNTRY_FORMS",
    "DOCUMENT_NOUNS",
    "GROUP_NOUNS",
    "INSTITUTIONS",
    "KIN",
    "LAWYERS",
    "ORG_DESCRIPTIONS",
    "ORG_HEADS",
    "PERSON_NOUNS",
    "PERSON_TITLES",
    "REPORT_VERBS",
    "SEATS",
    "SIDES",
    "STANCE_VERBS",
    "STATE_BODIES",
    "TITLE_FORMS",
    "CandidateActor",
    "Event",
    "Extraction",
    "ExtractionPool",
    "OpenCandidate",
    "Span",
    "Statement",
    "default_workers",
    "extract",
    "find_events",
    "is_writer",
    "left_open",
    "load_nlp",
    "normalise_name",
    "single_open",
]
