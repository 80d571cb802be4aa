"""The extraction itself: parse once, find mentions, actors, statements, questions, numbers, events."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, Literal

from brief.extract._actors import Draft, build_drafts, token_owner
from brief.extract._antecedents import it_means
from brief.extract._comments import commenters, find_comments
from brief.extract._draft import family_name
from brief.extract._events import find_events
from brief.extract._gender import genders
from brief.extract._interview import asked
from brief.extract._layout import comments_header, headline_end, ignored_spans, inside
from brief.extract._lexicon import HONORIFICS, OFFICE_STEMS, OFFICE_WORDS
from brief.extract._mention import NAMED
from brief.extract._mentions import collect_mentions
from brief.extract._nlp import parse
from brief.extract._numbers import find_numbers
from brief.extract._questions import find_questions
from brief.extract._quotes import closing_mark
from brief.extract._relay import media_drafts
from brief.extract._statements import Said, find_statements
from brief.extract._syntax import is_boilerplate, text_of
from brief.extract._types import (
    CandidateActor,
    Extraction,
    OpenCandidate,
    Span,
    Statement,
    normalise_name,
)
from brief.extract._writer import writer_voice

__all__ = ["extract"]

_LEAD = (2, 4)  # sentences in the headline + opening line, and in the wider lead


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def _sentences(doc: Any) -> list[Span]:
    spans = []
    for sent in doc.sents:
        raw = sent.text
        start = sent.start_char + len(raw) - len(raw.lstrip())
        end = sent.start_char + len(raw.rstrip())
        if end > start:
            spans.append(_span(text_of(doc), start, end))
    return spans


_WEB = re.compile(r"\.(?:com|org|net)$", re.I)


def _names(text: str, draft: Draft) -> tuple[str, list[str]]:
    """The fullest core name, then every other verbatim form in order of appearance."""
    cores = [(m.start, m.end) for m in draft.mentions if m.hint != "shared"] or [
        (m.start, m.end) for m in draft.mentions
    ]
    named = [(m.start, m.end) for m in draft.mentions if m.hint != "metonym"] or cores
    # of two forms alike, the body's sentence case: "Matthew von Ohlen", not the headline's "Von Ohlen"
    headline = headline_end(text)
    cased = {text[a:b].casefold() for a, b in named if a > headline >= 0 and text[a].isupper()}
    # and not a lead-in's capitals ("NOKIA'S share price tumbled") where the article also writes "Nokia"
    mixed = {text[a:b].casefold() for a, b in named if not text[a:b].isupper()}
    # and not a web address ("Facebook.com") where the article also names the body without it
    bare = {text[a:b].casefold() for a, b in named} - {""}
    # and not a headline's run of capitals ("Health Ministry Urges Nurses") where the body names the body
    headed = headline > 0 and text[:headline].rstrip()[-1:] not in '.!"”’'  # a headline, not a first sentence
    in_body = headed and draft.kind == "organisation" and any(a > headline for a, _ in named)
    name_range = max(
        named,
        key=lambda r: (
            _WEB.sub("", text[r[0] : r[1]]).casefold() not in bare - {text[r[0] : r[1]].casefold()},
            not (in_body and r[0] < headline),
            len(text[r[0] : r[1]].split()),
            r[1] - r[0],
            not (r[0] < headline and text[r[0] : r[1]].casefold() in cased),
            not (text[r[0] : r[1]].isupper() and text[r[0] : r[1]].casefold() in mixed),
            -r[0],
        ),
    )
    # a surname two people share is told with neither's title: "Vice President Biden" for Hunter Biden
    titled = (f for m in draft.mentions if m.hint != "shared" for f in m.forms)
    forms = [*cores, *titled, *((m.start, m.end) for m in draft.extra)]
    name = text[name_range[0] : name_range[1]]
    aliases: dict[str, str] = {}
    proper = draft.key[:2] in ("p:", "n:", "c:")
    for a, b in sorted(forms):
        # "a father" is no name of Noel Scott (but "an insider" is how an unnamed source is known)
        indefinite = proper and text[a:b].split(" ", 1)[0].casefold() in ("a", "an")
        # "Lt." of "Lt. Gov. Gavin Newsom", cut off by a sentence break: a title's abbreviation, no name
        abbreviation = text[a:b].casefold().rstrip(".") in OFFICE_STEMS and text[a:b].endswith(".")
        if "\n" not in text[a:b] and text[a:b].strip() == text[a:b] and not (indefinite or abbreviation):
            aliases.setdefault(text[a:b].casefold(), text[a:b])
    aliases.pop(name.casefold(), None)
    return name, list(aliases.values())


def _lead_ends(doc: Any) -> tuple[int, int]:
    """End offsets of the headline + first sentence, and of the first four sentences."""
    ends = [s.end_char for s in doc.sents if not is_boilerplate(s)] or [0]
    return ends[min(_LEAD[0], len(ends)) - 1], ends[min(_LEAD[1], len(ends)) - 1]


def _salience(draft: Draft, text_len: int, lead: tuple[int, int]) -> float:
    first = draft.first
    score = sum(1.0 if m.agentive else 0.5 for m in draft.mentions) + len(draft.extra)  # places count less
    score += 3.0 * draft.quotes + 2.0 * (draft.statements - draft.quotes)
    score += 2.0 * (1 - first / max(text_len, 1))
    score += 3.0 if first < lead[0] else 1.0 if first < lead[1] else 0.0
    return score + (1.0 if draft.is_person and draft.statements else 0.0)


def _told_in_body(text: str, actors: list[CandidateActor], spoken: set[int]) -> list[CandidateActor]:
    """The actors the article's body names, or that say or do something in it: one the headline alone
    names is its shorthand ("DKNY Caught Using Photographer's Images", "Plumber jailed after ...")."""
    headline = headline_end(text)
    return [
        a
        for i, a in enumerate(actors)
        if headline < 0 or i in spoken or any(m.start > headline for m in a.mentions)
    ]


def _add_surnames(actors: list[CandidateActor]) -> None:
    """Give "Dmitry Peskov" the alias "Peskov" (a substring of the name) unless two people share it."""
    people = [a for a in actors if a.kind == "person" and " " in a.name and a.name[:1].isupper()]
    surnames = Counter(family_name(a.name) for a in people)
    for a in people:
        surname, called = family_name(a.name), family_name(a.name, particle=True)  # "de León"
        # "New York State Attorney General" is no "General" (but "Jim Justice" is "Justice")
        words = a.name.lower().split()
        office = words[-1] in OFFICE_WORDS and words[-2] in OFFICE_WORDS
        office = office or "for" in words or "of" in words  # "... High Commissioner for Human Rights"
        # an alias in another case is the same one ("De Blasio" where it opens a sentence)
        known = called.casefold() in {x.casefold() for x in a.aliases}
        pronoun = called.casefold() in ("he", "she", "it", "we", "they", "i")  # "He" of China's Liu He
        if surnames[surname] == 1 and surname[:1].isupper() and not known and not office and not pronoun:
            a.aliases.append(called)


def _actors(text: str, drafts: list[Draft], lead: tuple[int, int]) -> list[CandidateActor]:
    actors = []
    for draft in drafts:
        name, aliases = _names(text, draft)
        mentions = [_span(text, m.start, m.end) for m in sorted(draft.mentions, key=lambda m: m.start)]
        salience = round(_salience(draft, len(text), lead), 3)
        actors.append(CandidateActor(name, aliases, draft.kind, draft.role, mentions, salience))
    _add_surnames(actors)
    _titled_surnames(actors)
    return actors


def _titled_surnames(actors: list[CandidateActor]) -> None:
    """A person known by a surname another person's full name ends with is named with the honorific the
    article gives them ("Lady Starmer" beside "Keir Starmer"); the bare surname is not theirs."""
    surnames = {family_name(a.name) for a in actors if a.kind == "person" and " " in a.name}
    for a in actors:
        if a.kind != "person" or a.name not in surnames:
            continue
        titled = [x for x in a.aliases if x.endswith(f" {a.name}") and x.split()[0].casefold() in HONORIFICS]
        if titled:
            a.name, a.aliases = titled[0], [x for x in a.aliases if x != titled[0]]


_DO_SO = re.compile(r"(?:to )?(?:do|does|did|doing) (?:so|it|that|this)", re.I)


def _tells(text: str, said: Said) -> bool:
    """False for reported words that say nothing of their own ("refused to do so"; but "Holm said he had
    not" denies)."""
    return said.kind == "quote" or _DO_SO.fullmatch(text[said.start : said.end].strip()) is None


def _once(said: list[Said], text: str) -> list[Said]:
    """Each speaker's words once: a quote repeated later in the article adds nothing."""
    seen: set[tuple[int, str]] = set()
    out = []
    for s in said:
        key = (s.speaker, normalise_name(text[s.start : s.end]))
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


_STUDY_KIN = ("author", "scientist", "investigator")


def _group_heads(doc: Any, drafts: list[Draft]) -> dict[str, int]:
    """Head-noun lemma -> the one group draft with that head ("ally" -> "Western allies"); "the " + lemma
    for a group named in the singular, which "the union" may then mean."""
    heads: dict[str, set[int]] = {}
    bare: dict[str, set[int]] = {}  # groups named by the head alone ("automakers", not "U.S. automakers")
    for i, draft in enumerate(drafts):
        for m in draft.mentions if draft.key.startswith("g:") else ():
            root = doc[m.root]
            heads.setdefault(root.lemma_.lower(), set()).add(i)
            if root.tag_ == "NN":  # "the union" names a group one thing; "the party" is not "parties"
                heads.setdefault(f"the {root.lemma_.lower()}", set()).add(i)
            if " " not in m.text.strip():
                bare.setdefault(root.lemma_.lower(), set()).add(i)
    one = {lemma: found.pop() for lemma, found in heads.items() if len(found) == 1}
    one |= {lemma: found.pop() for lemma, found in bare.items() if lemma not in one and len(found) == 1}
    for kin in _STUDY_KIN if "researcher" in one else ():  # "the authors said": the study's researchers
        one.setdefault(kin, one["researcher"])
    return one


def _statement(doc: Any, said: Said, speaker: str) -> Statement:
    kind: Literal["quote", "reported", "deed"] = (
        "quote" if said.kind == "quote" else "deed" if said.kind == "deed" else "reported"
    )
    end = _closed(text_of(doc), said.start, said.end)
    text = text_of(doc)[said.start : end]
    return Statement(
        speaker,
        text,
        said.start,
        end,
        said.cue,
        kind,
        said.present,
        _opens_on_name(doc, said),
        it_means(doc, said.start),
    )


def _closed(text: str, start: int, end: int) -> int:
    """Where words that open a quotation inside them end with its closing mark: 'the shirts were "nicely
    done' goes on to 'done,"' (the quotation's comma stays inside it, as the article has it)."""
    mark = closing_mark(text[start:end])
    closing = re.match(rf"[,.]?{mark}", text[end : end + 2]) if mark is not None else None
    return end + closing.end() if closing else end


def _opens_on_name(doc: Any, said: Said) -> bool:
    """False when the statement's first word is a common word capitalised only because it opened the
    article's sentence ("Sometimes employees don't follow the rules, he said"); else True."""
    span = doc.char_span(said.start, said.end, alignment_mode="expand")
    first = next((t for t in span or () if t.is_alpha), None)
    if first is None or not all(t.is_punct or t.is_space for t in doc[first.sent.start : first.i]):
        return True  # mid-sentence, a capital is the word's own
    return bool(first.pos_ == "PROPN" or first.ent_type_ in NAMED or first.text == "I" or first.is_upper)


def extract(text: str) -> Extraction:
    """Extract candidates from article text (pure apart from the memoised spaCy model)."""
    if not text.strip():
        return Extraction([], [], [], [], find_numbers(text))
    doc = parse(text)
    sentences = _sentences(doc)
    comments = find_comments(text, comments_header(text))
    # reader comments, pull quotes, repeated paragraphs
    ignored = ignored_spans(text, min(comments[0].start, comments[0].by_start) if comments else None)
    drafts = build_drafts(doc, collect_mentions(doc, ignored))
    people = {i for i, d in enumerate(drafts) if d.is_person}
    countries = frozenset(i for i, d in enumerate(drafts) if d.kind == "country")
    said = find_statements(
        doc,
        token_owner(drafts),
        people,
        _group_heads(doc, drafts),
        media_drafts(doc, drafts),
        countries,
        genders(doc, drafts),
    )
    said = _once([s for s in said if not inside(ignored, s.start, s.end) and _tells(text, s)], text)
    for s in said:
        drafts[s.speaker].statements += s.kind != "deed"  # a deed is already a mention of its doer
        drafts[s.speaker].quotes += s.kind == "quote"
    lead = _lead_ends(doc)
    actors = _actors(text, drafts, lead)
    statements = [_statement(doc, s, actors[s.speaker].name) for s in said]
    actors = _told_in_body(text, actors, {s.speaker for s in said})
    taken = {normalise_name(n) for a in actors for n in a.names()}
    readers, wrote = commenters(text, comments, sentences, taken)
    actors += readers
    statements += wrote
    ignored = [*ignored, *asked(text)]  # an interviewer's questions: neither the writer's view nor open
    writer, voiced = writer_voice(doc, [(s.start, s.end) for s in said], ignored)
    actors += writer
    statements += voiced
    found = find_questions(doc, lead[1], ignored)
    questions = [OpenCandidate(q.text, _span(text, q.start, q.end), q.cue) for q in found]
    actors.sort(key=lambda a: -a.salience)
    events = find_events(doc, pronouns=True)
    return Extraction(sentences, actors, statements, questions, find_numbers(text), events)
