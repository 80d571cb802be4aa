"""Check one free-text claim against the article: are its names, numbers, negation and hedges supported
*together* by one article sentence or a few in a row?

A claim passes when some window of the article (a sentence, or up to three sentences in a row) names every
name it names, holds every number it gives, carries at least half of its content words, denies what
it denies and hedges what it asserts only if the claim hedges too. The window that passes is the
claim's provenance. A claim that fails gets a ``Problem`` whose kind names the check that failed.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from brief.extract import PERSON_TITLES, Event, find_events
from brief.verify.lexicon import (
    ALLEGING,
    CERTAIN,
    ESTIMATED,
    FRAME,
    HEDGES,
    STOP,
    fold,
    is_explicit_negation,
    is_modal,
    is_negation,
    stem,
    words,
)
from brief.verify.names import NameIndex, name_key
from brief.verify.numbers import Quantity, quantities, shape
from brief.verify.polarity import (
    denied_stems,
    done_only_pending,
    done_stems,
    only_expected,
    reversed_direction,
    says_undenied,
)
from brief.verify.presumed import embedded_facts

__all__ = ["ArticleIndex", "Claim", "Problem", "Verdict", "parse_claims"]

MIN_OVERLAP = 0.5  # share of a claim's content words its supporting window must hold
PRESUMED_OVERLAP = 0.5  # the same for what a question takes for granted
ELLIPTICAL = 6  # a sentence this short right after the window continues it
_NAME_LABELS = frozenset("PERSON ORG GPE NORP LOC FAC EVENT PRODUCT WORK_OF_ART LAW".split())
_LOOSE_LABELS = frozenset("NORP DATE TIME".split())
_PLACEHOLDERS = frozenset({"UNK"})  # what some summarisers write for a word they do not know: not a name
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_ALIGN = (2, 4)  # a negation concerns the claim when a claim word is this near (words before, after)
_HEDGE_ALIGN = (0, 7)  # a hedge governs what follows it ("could probably come in the form of ...")
_ELLIPTICAL_REACH = 40  # words: "anywhere in the sentence"
_NUMBER_REACH = 12  # article words either side of a number that may say what it counts
_COUNTED_REACH = 3  # ... and that may be the very thing it counts
_NOT_COUNTS = frozenset("am pm ft m km kg mph bst gmt et pt".split())  # units and times, not what is counted
# "Why did ...", "How much aid have they sent ...", "What caused ...": they take an event for granted
# (a question that first asks what will or could be takes nothing for granted)
_PRESUMING = re.compile(
    r"^\s*(?:(?P<wh>why|how)\b"
    r"(?P<middle>(?:(?!\s+(?:will|would|could|can|should|may|might|is|are|does|do)\b)\s+[\w'’-]+){0,6}?)"
    r"\s+(?:did|was|were|has|have|had)\b|what\s+(?:caused|led)\b)",
    re.I,
)
_NEXT_QUESTION = re.compile(
    r",?\s+(?:and|or|but)\s+(?=(?:will|would|is|are|was|were|can|could|should|did|does|do|has|have|what|how|why|"
    r"who|when|where|which)\b)",
    re.I,
)


@dataclass(frozen=True)
class Problem:
    kind: str  # name, number, negation, hedge, support, presumption, role, ...
    reason: str


@dataclass(frozen=True)
class Verdict:
    problem: Problem | None
    sentences: tuple[int, ...] = ()  # the supporting window (indexes into ``ArticleIndex.sentences``)


@dataclass(frozen=True)
class Claim:
    """What a claim says, as far as the checks need: names, numbers, content words, polarity, hedging."""

    text: str
    names: tuple[str, ...]
    numbers: tuple[Quantity, ...]
    content: frozenset[str]  # stems
    negated: bool
    hedged: bool
    explicit: bool = True  # the negation is spelt out ("not"), not only carried by a verb ("dismissed")
    near_numbers: tuple[frozenset[str], ...] = ()  # content stems next to each number
    counted: tuple[str, ...] = ()  # the stem of what each number counts ("28 people" -> "peopl"), or ""
    predicate: str = ""  # stem of the main verb (a question's presumed event)
    clauses: tuple[Claim, ...] = ()  # the parts of a sentence that joins several facts
    loose: frozenset[str] = frozenset()  # names that need not share a sentence with the others
    events: tuple[Event, ...] = ()  # who does what to whom in the claim (named doers only)
    certain: bool = False  # says it was shown or proven
    denied: frozenset[str] = frozenset()  # stems of the words its negations govern
    done: frozenset[str] = frozenset()  # stems of the verbs it says were done (past tense, perfect)
    embedded: tuple[str, ...] = ()  # what it asserts in passing (a relative clause, "despite X")

    @classmethod
    def of(cls, text: str, doc: Any | None = None, *, start_needs_entity: bool = False) -> Claim:
        tokens = words(text)
        names, loose = _names(doc, start_needs_entity) if doc is not None else (_capitalised(text), set())
        name_words = {w for n in names for w in words(n)}
        content = frozenset(
            stem(w)
            for w in tokens
            if w not in STOP and w not in FRAME and w not in name_words and not w[:1].isdigit()
        )
        numbers = tuple(quantities(text))
        parts = _clauses(text)
        clauses = (
            tuple(Claim.of(text[a:b], _sub_doc(doc, a, b) if doc is not None else None) for a, b in parts)
            if len(parts) > 1
            else ()
        )
        root = next((t for t in doc if t.dep_ == "ROOT"), None) if doc is not None else None
        return cls(
            text=text,
            names=tuple(names),
            numbers=numbers,
            content=content,
            negated=negated(tokens),
            hedged=any(w in HEDGES or is_modal(w) for w in tokens) or "?" in text,
            certain=any(w in CERTAIN for w in tokens),
            explicit=any(is_explicit_negation(w) for w in tokens),
            near_numbers=tuple(_context(text, q.text) for q in numbers),
            counted=tuple(_counted(doc, text, q.text) for q in numbers),
            predicate=stem(root.lemma_.lower()) if root is not None and root.pos_ == "VERB" else "",
            clauses=clauses,
            loose=frozenset(loose),
            events=tuple(find_events(doc)) if doc is not None else (),
            denied=denied_stems(doc) if doc is not None else frozenset(),
            done=done_stems(doc) if doc is not None else frozenset(),
            embedded=embedded_facts(doc) if doc is not None else (),
        )


_CLAUSE = re.compile(
    r"\s*;\s*|\s+[—–]\s+|\s+-\s+|,\s+(?=(?:while|but|whereas|and|which|who|although|though|after|before|"
    r"saying|calling|adding|denying|as|then|instead|prompting|leaving|that)\b)"
)
_MIN_CLAUSE = 3  # words


def _clauses(text: str) -> list[tuple[int, int]]:
    """Character ranges of the clauses of a sentence that joins several facts (one range if it does not)."""
    bounds, start = [], 0
    for m in _CLAUSE.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    parts = [(a, b) for a, b in bounds if len(text[a:b].split()) >= _MIN_CLAUSE]
    return parts if len(parts) > 1 else [(0, len(text))]


def _sub_doc(doc: Any, start: int, end: int) -> Any:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.as_doc() if span is not None else None


def _context(text: str, number: str) -> frozenset[str]:
    """Content stems (and name words) within four words of ``number`` in ``text``."""
    at = text.find(number)
    if at < 0:
        return frozenset()
    before = words(text[:at])[-4:]
    after = words(text[at + len(number) :])[:4]
    return frozenset(stem(w) for w in [*before, *after] if w not in STOP and w not in FRAME)


def _counted(doc: Any | None, text: str, number: str) -> str:
    """What a number counts: the noun it modifies ("28 people", "$2 million study"), or "" (an age
    in "Beavis, 48,", a time, "mother-of-six")."""
    at = text.find(number)
    if doc is None or at < 0:
        return ""
    inside = [t for t in doc if at <= t.idx < at + len(number)]
    for token in inside:
        head = token.head
        if token.ent_type_ in ("DATE", "TIME"):  # a year or a time counts nothing
            return ""
        if token.dep_ == "nummod" and head not in inside and head.pos_ == "NOUN":
            word = head.text.lower()  # stemmed as the article's words are, not lemmatised
            return "" if word in _NOT_COUNTS or word in ("year", "years") else stem(word)
    return ""


def negated(tokens: Sequence[str]) -> bool:
    """True when a negation in ``tokens`` is not inside a condition ("if they don't, that's it") nor a
    comparison that counts ("no more than 44 per cent")."""
    return any(
        is_negation(w) and not _conditional(tokens, i) and tokens[i + 1 : i + 3] not in _COUNTING
        for i, w in enumerate(tokens)
    )


_COUNTING = [[more, "than"] for more in ("more", "less", "fewer")]


def _conditional(tokens: Sequence[str], at: int) -> bool:
    return any(w in ("if", "unless") for w in tokens[max(0, at - 3) : at])


def parse_claims(
    texts: Sequence[str],
    nlp: Any | None,
    stances: Collection[str] = frozenset(),
    roles: Collection[str] = frozenset(),
) -> list[Claim]:
    """``Claim.of`` for many texts, parsed by spaCy in one batch when ``nlp`` is given.

    Stances open with a verb whose capital is only typographic ("Rejects the plan"): they are parsed
    with it lowered. A role's first word is a name only when spaCy finds an entity there ("Finnish
    President", but not "Defendant in the lawsuit").
    """
    if nlp is None:
        return [Claim.of(t) for t in texts]
    parsed = [_lower_first(t) if t in stances or t in roles else t for t in texts]
    claims = [Claim.of(t, doc) for t, doc in zip(texts, nlp.pipe(parsed), strict=True)]
    # a role's opening nationality or place is a name ("Finnish President", "Egypt's envoy")
    for i, doc in zip(
        [i for i, t in enumerate(texts) if t in roles],
        nlp.pipe([t for t in texts if t in roles]),
        strict=True,
    ):
        first = [e.text for e in doc.ents if e.start == 0 and e.label_ in ("NORP", "GPE")]
        if first and first[0] not in claims[i].names:
            claims[i] = replace(claims[i], names=(first[0], *claims[i].names))
    return claims


def _lower_first(text: str) -> str:
    """ "Defendant in ..." -> "defendant in ..."; an acronym ("NATO ...") or a one-letter word stays."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:2].islower():
        return text[0].lower() + text[1:]
    return text


def _names(doc: Any, start_needs_entity: bool = False) -> tuple[list[str], set[str]]:
    """Proper names found linguistically (entities and proper-noun runs, not sentence-initial verbs),
    each widened to its whole hyphenated word ("Louis-Dreyfus", "al-Qaeda", "Stoke-on-Trent"); and the
    loose ones (nationalities, days, months) that need not sit in the same sentence as the others."""
    in_entity = {t.i for e in doc.ents if e.label_ in _NAME_LABELS for t in e}
    loose_tokens = {t.i for e in doc.ents if e.label_ in _LOOSE_LABELS for t in e}
    runs: list[list[Any]] = []
    for token in doc:
        name_like = token.text[:1].isupper() and (
            token.i in in_entity or token.pos_ == "PROPN" or (token.is_upper and len(token.text) > 1)
        )
        if name_like and token.is_sent_start and token.i not in in_entity:
            name_like = token.pos_ == "PROPN" and not start_needs_entity
        inside = token.i in in_entity and token.i - 1 in in_entity  # "the United States", "Bank of England"
        if name_like and token.lower_ in STOP | FRAME and not inside:
            name_like = False
        if name_like:
            joined = runs and (
                runs[-1][-1].i == token.i - 1
                or (runs[-1][-1].i == token.i - 2 and doc[token.i - 1].lower_ in _PARTICLES)
            )
            if joined:
                runs[-1] += [doc[token.i - 1], token] if runs[-1][-1].i == token.i - 2 else [token]
            else:
                runs.append([token])
    names: dict[str, None] = {}
    loose: set[str] = set()
    for run in runs:
        if len(run) == 1 and run[0].lower_ in PERSON_TITLES and run[0].i not in in_entity:
            continue  # "Secretary of State Mike Pompeo": a title, the name follows
        name = _whole_words(doc.text, run[0].idx, run[-1].idx + len(run[-1].text))
        names[name] = None
        if all(t.i in loose_tokens or t.lower_ in _CALENDAR for t in run) or (
            run[0].i > 0 and doc[run[0].i - 1].lower_ == "from"
        ):
            loose.add(name)
    widest = [n for n in names if not any(n != m and n in m for m in names)]
    return widest, {n for n in loose if n in widest}


_CONNECTORS = frozenset("al el de du on upon le la bin ibn van von der den di da".split())
_PARTICLES = _CONNECTORS - {"on", "upon"}  # lower-case words inside a name: "Bill de Blasio"


def _whole_words(text: str, start: int, end: int) -> str:
    """The span widened to the hyphenated name it is part of ("Louis-Dreyfus", "al-Qaeda",
    "Stoke-on-Trent", but "Trump" in "Trump-backed"), punctuation off."""
    left, right = start, end
    while left > 0 and not text[left - 1].isspace() and text[left - 1] not in "(“\"[‘'":
        left -= 1
    while right < len(text) and not text[right].isspace() and text[right] not in ',;:)”"]?!':
        right += 1
    head = re.split(r"(?<=[-‐])", text[left:start])
    tail = re.split(r"(?=[-‐])", text[end:right])
    keep_head = "".join(p for p in head if p.strip("-‐.'’") and _name_part(p))
    keep_tail = "".join(p for p in tail if p.strip("-‐.'’") and _name_part(p))
    whole = (keep_head if keep_head == text[left:start] else "") + text[start:end]
    whole += keep_tail if keep_tail == text[end:right] else ""
    return whole.strip(".'’-‐")


def _name_part(part: str) -> bool:
    word = part.strip("-‐.'’")
    return word[:1].isupper() or word.lower() in _CONNECTORS


def _capitalised(text: str) -> list[str]:
    """Without a parser: capitalised runs that do not start a sentence."""
    found = []
    for m in re.finditer(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*", fold(text).strip()):
        if m.group(0).lower() not in STOP | FRAME:
            found.append(m.group(0))
    return found


@dataclass
class _Sentence:
    start: int
    end: int
    text: str
    tokens: list[str] = field(init=False)
    stems: list[str] = field(init=False)
    key: str = field(init=False)
    numbers: list[Quantity] = field(init=False)
    stem_set: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self.tokens = words(self.text)
        self.stems = [stem(w) for w in self.tokens]
        self.stem_set = frozenset(self.stems)
        self.key = " " + name_key(self.text) + " "
        self.numbers = quantities(self.text)


class ArticleIndex:
    """An article cut into sentences, with its names and numbers, ready to check claims against."""

    def __init__(
        self,
        text: str,
        spans: Iterable[tuple[int, int]] | None = None,
        *,
        people: Iterable[str] = (),
        aliases: Iterable[Iterable[str]] = (),
        events: Iterable[Event] = (),
    ) -> None:
        self.text = text
        bounds = _cover(text, sorted(spans)) if spans is not None else _split(text)
        self.sentences = [_Sentence(a, b, text[a:b]) for a, b in bounds if text[a:b].strip()]
        self.names = NameIndex(text, people)
        self.numbers = [q for s in self.sentences for q in s.numbers] or quantities(text)
        self._groups = [{name_key(n) for n in group} for group in aliases]
        self.events = list(events)
        self._where: dict[str, frozenset[int]] = {}

    @cached_property
    def stems(self) -> frozenset[str]:
        return frozenset(s for sentence in self.sentences for s in sentence.stems)

    def sentence_at(self, start: int, end: int) -> list[int]:
        """Indexes of the sentences that overlap ``text[start:end]``."""
        return [i for i, s in enumerate(self.sentences) if s.start < end and start < s.end]

    def mentions(self, name: str, window: Sequence[int]) -> bool:
        """True when one of the forms of ``name`` (or of an actor it is an alias of) is in the window."""
        found = self.where(name)
        return any(i in found for i in window)

    def where(self, name: str) -> frozenset[int]:
        """The sentences that mention ``name`` by one of its forms (or an actor's it is an alias of)."""
        if name not in self._where:
            forms = set(self.names.forms(name))
            key = name_key(name)
            for group in self._groups:
                if key in group or forms & group:
                    forms |= {f for g in group for f in self.names.forms(g)}
            needles = [f" {f} " for f in forms]
            self._where[name] = frozenset(
                i for i, s in enumerate(self.sentences) if any(n in s.key for n in needles)
            )
        return self._where[name]

    def check(self, claim: Claim, **options: Any) -> Verdict:
        """Find the window that supports ``claim`` (see ``check_whole``); a sentence that joins several
        facts may instead have each of its clauses supported by a window of its own."""
        parts = [c for c in claim.clauses if c.content]
        verdict = self.check_whole(claim, **options, polarity=not parts)
        if verdict.problem is None and parts and options.get("mood", True):
            # each fact of a joined sentence has its own polarity: "X, and that Y" where the article denies Y
            for part in parts:
                found = self.check_whole(part, **options, summing=False).problem
                if found is not None and found.kind != "negation":  # no window of its own
                    found = self._mood(part, self._with_ellipsis(verdict.sentences))
                if found is not None and found.kind == "negation":
                    return Verdict(found, verdict.sentences)
            return verdict
        if verdict.problem is None or verdict.problem.kind not in ("support", "number") or not claim.clauses:
            return verdict
        if any(self.check_whole(c, **options).problem for c in claim.clauses if c.names or c.content):
            return verdict
        windows = [self.check_whole(c, **options).sentences for c in claim.clauses]
        return Verdict(None, tuple(sorted({i for w in windows for i in w})))

    def check_whole(
        self,
        claim: Claim,
        *,
        near: Sequence[int] = (),
        within: Sequence[int] | None = None,
        together: bool = True,
        mood: bool = True,
        content: str = "window",
        min_overlap: float = MIN_OVERLAP,
        summing: bool = True,
        polarity: bool = True,
    ) -> Verdict:
        """Find the window that supports ``claim``; ``near`` windows are preferred, ``within`` limits them.

        ``together=False`` (a question) does not need its names in one window; ``mood=False`` (a
        question asks, it does not assert) skips the negation and hedge checks; ``content="article"``
        (a role or question, which may sum up the whole story) looks for its content words anywhere;
        ``summing=False`` (one clause of a claim) does not try all the ``near`` sentences as one window;
        ``polarity=False`` (a claim whose clauses are checked one by one) skips the negation check.
        """
        if _PLACEHOLDERS & set(claim.text.replace("[", " ").replace("]", " ").split()):
            return Verdict(Problem("name", "it holds a placeholder (UNK) where a name or word should be"))
        unknown = [n for n in claim.names if not self.names.known(n)]
        if unknown:
            return Verdict(Problem("name", f"name {unknown[0]} is not in the article"))
        missing = [q for q in claim.numbers if not any(q.same(a) for a in self.numbers)]
        if missing:
            return Verdict(Problem("number", f"number {missing[0].text} is not in the article"))
        placed = self._placed(claim) if mood else {i: True for i in range(len(claim.numbers))}
        if not all(placed.values()):
            i = next(i for i, ok in placed.items() if not ok)
            return Verdict(
                Problem(
                    "number",
                    f"number {claim.numbers[i].text} is in the article, but not with what this claim counts",
                )
            )
        core = [n for n in claim.names if n not in claim.loose]
        best: tuple[float, tuple[int, ...]] | None = None
        seen_together = False
        for window in self._windows(claim, within, near, summing=summing):
            names_ok = not together or all(self.mentions(n, window) for n in core)
            seen_together = seen_together or names_ok
            if not names_ok or not self._has_numbers(claim, window, skip=placed):
                continue
            # the sentences of the claim's own evidence first, then one sentence that carries the claim
            # rather than a pair that carries a little more
            overlap = self._overlap(claim, window)
            # a clause (not ``summing``) sits in one of its evidence sentences, not merely beside one
            evidence = set(window) & set(near) if summing else set(window) <= set(near)
            score = overlap + (1.0 if evidence else 0.0)
            if len(window) == 1 and overlap >= min_overlap:
                score += 0.5
            if best is None or score > best[0]:
                best = (score, window)
        if best is None and not core and not claim.numbers:
            return Verdict(
                Problem(
                    "support",
                    f"no article sentence supports it (none of its {len(claim.content)} content words)",
                )
            )
        if best is None:
            return Verdict(self._apart(claim, seen_together))
        window = best[1]
        share = self._overlap(claim, window) if content == "window" else self._overlap_article(claim)
        if claim.content and share < min_overlap:
            held = round(share * len(claim.content))
            return Verdict(
                Problem(
                    "support",
                    f"no article sentence supports it (at most {held} of its {len(claim.content)} content "
                    "words are in one sentence or up to three in a row)",
                ),
                window,
            )
        if not mood:
            return Verdict(None, window)
        problem = self._rival(claim, window) or self._mood(claim, self._with_ellipsis(window), polarity)
        return Verdict(problem or self._swapped(claim), window)

    def presumes(self, question: Claim) -> Verdict | None:
        """For a question that takes an event for granted ("Why did the talks collapse?"): is it reported?"""
        asked = _PRESUMING.match(question.text)
        if not asked:
            return self._presumes_in_passing(question)
        first = _NEXT_QUESTION.split(question.text, maxsplit=1)[0]  # "Why did X, and will Y?" presumes X
        # "How much aid have they sent?" takes for granted that they sent aid
        statement = Claim.of(((asked["middle"] or "") + first[asked.end() :]).rstrip("?"))
        names = tuple(n for n in question.names if n in first)
        statement = Claim(first, names, statement.numbers, statement.content, statement.negated, False)
        verdict = self.check(statement, mood=False)  # it asks; whether it denies is not the point
        if verdict.problem is None:
            low = statement.content and self._overlap(statement, verdict.sentences) < PRESUMED_OVERLAP
            event = question.predicate  # the event it takes for granted must be in the article at all
            if low or (event and event not in self.stems and event not in FRAME):
                what = f"nothing in it says {event!r} happened" if event else "the article does not report it"
                verdict = Verdict(Problem("support", what), verdict.sentences)
        if verdict.problem is None:
            return self._presumes_in_passing(question) or verdict
        if verdict.problem.kind in ("name", "number"):
            return verdict
        return Verdict(
            Problem("presumption", f"it presumes what the article does not report: {verdict.problem.reason}")
        )

    def _presumes_in_passing(self, question: Claim) -> Verdict | None:
        """A question that asserts a fact in passing ("the surcharge the council approved") the article
        does not report."""
        for fact in question.embedded:
            verdict = self.check(Claim.of(fact), mood=False, together=False)
            if verdict.problem is not None and verdict.problem.kind not in ("name", "number"):
                reason = f"it presumes what the article does not report: {fact!r}: {verdict.problem.reason}"
                return Verdict(Problem("presumption", reason))
        return None

    def _windows(
        self, claim: Claim, within: Sequence[int] | None, near: Sequence[int] = (), *, summing: bool = True
    ) -> Iterable[tuple[int, ...]]:
        """Runs of one to three sentences that hold something of the claim (a content word or a name)."""
        if summing and len(set(near)) > 1:  # a stance may sum up all of its evidence
            yield tuple(sorted(set(near)))
        allowed = set(within) if within is not None else set(range(len(self.sentences)))
        relevant = {i for i, s in enumerate(self.sentences) if s.stem_set & claim.content}
        relevant |= {i for name in claim.names for i in self.where(name)} | set(near)
        if not claim.content and not claim.names:
            relevant = allowed
        starts = sorted({j for i in relevant & allowed for j in (i - 2, i - 1, i) if j >= 0})
        for i in starts:
            for width in (1, 2, 3):
                window = tuple(range(i, i + width))
                if window[-1] < len(self.sentences) and allowed.issuperset(window):
                    yield window

    def _swapped(self, claim: Claim) -> Problem | None:
        """A claim that swaps who did what: "Alexis accused Fowler" where the article has Fowler accuse
        Alexis (the same verb, the doer and the one it was done to exchanged)."""
        for event in claim.events:
            for mine in self.events:
                if mine.verb != event.verb:
                    continue
                doer = next((a for a in mine.agents if any(self._same(a, p) for p in event.patients)), None)
                done = any(self._same(p, a) for p in mine.patients for a in event.agents)
                if doer is not None and done:
                    return Problem(
                        "attribution",
                        f"in the article it is {doer} who does '{event.verb}', the other way round",
                    )
        return None

    def _same(self, a: str, b: str) -> bool:
        """Two phrases that name the same one (by a shared form: surname, initials, the name itself)."""
        fa = {f for n in _name_words(a) for f in self.names.forms(n)} | {name_key(a)}
        fb = {f for n in _name_words(b) for f in self.names.forms(n)} | {name_key(b)}
        return bool(fa & fb)

    def _with_ellipsis(self, window: tuple[int, ...]) -> tuple[int, ...]:
        """The window and a short sentence right after it that answers it ("Definitely not, they cannot.")."""
        after = window[-1] + 1
        if after < len(self.sentences) and len(self.sentences[after].tokens) <= ELLIPTICAL:
            return (*window, after)
        return window

    def _placed(self, claim: Claim) -> dict[int, bool]:
        """Numbers of the claim that come with words saying what they count, and whether the article
        has the same figure next to those words (in any sentence): "28 people" needs "28 ... people"."""
        placed: dict[int, bool] = {}
        counted = claim.counted or tuple("" for _ in claim.numbers)
        everywhere = range(len(self.sentences))
        for i, (number, context) in enumerate(zip(claim.numbers, claim.near_numbers, strict=False)):
            if counted[i]:  # next to the thing it counts, or amid several of the claim's words
                placed[i] = self._number_in(
                    number, frozenset({counted[i]}), everywhere, reach=_COUNTED_REACH
                ) or self._number_in(
                    number, context - {counted[i]}, everywhere, least=2, not_counting=claim.content
                )
            elif context:
                placed[i] = self._number_in(number, context, everywhere)
        return placed

    def _rival(self, claim: Claim, window: Sequence[int]) -> Problem | None:
        """A claim's figure that its own sentence gives as another: "450,000 people" where the sentence
        the claim rests on says "375,000 people" (the 450,000 being something else in the article)."""
        found = [(i, q) for i in window for q in self.sentences[i].numbers]
        counted = claim.counted or tuple("" for _ in claim.numbers)
        for k, (number, context) in enumerate(zip(claim.numbers, claim.near_numbers, strict=False)):
            if any(number.same(f) for _, f in found):
                continue
            kind = shape(claim.text, number)
            for i, rival in found:
                if rival.share != number.share:
                    continue
                sentence = self.sentences[i]
                at, width = _position(sentence, rival.text), len(words(rival.text))
                if at < 0:
                    continue
                after = set(sentence.stems[at + width : at + width + _COUNTED_REACH])
                nearby = set(sentence.stems[max(0, at - 4) : at + width + 4])
                # what the figure counts must say so: an age ("Pat, 69,") or "mother-of-six" is no count;
                # a figure of the same kind (a date for a date, a sum for a sum) next to the claim's words
                alike = bool(kind) and kind == shape(sentence.text, rival) and bool(context & nearby)
                if (
                    (counted[k] and counted[k] in after)
                    or (number.share and len(context & nearby) >= 2)
                    or alike
                ):
                    return Problem(
                        "number", f"the sentence it rests on gives {rival.text} there, not {number.text}"
                    )
            problem = self._rival_beside(number, kind, window)
            if problem is not None:
                return problem
        return None

    def _rival_beside(self, number: Quantity, kind: str, window: Sequence[int]) -> Problem | None:
        """A year, date, time or sum (``kind``, its shape) that the claim's sentences and their neighbours
        give as another one and never as the claim's ("the 2016 election" where the story is about 2020's)."""
        if not kind:
            return None
        beside = sorted({j for i in window for j in (i - 1, i, i + 1) if 0 <= j < len(self.sentences)})
        found = [(i, q) for i in beside for q in self.sentences[i].numbers]
        if any(number.same(q) for _, q in found):
            return None
        for i, rival in found:
            if shape(self.sentences[i].text, rival) == kind:
                return Problem(
                    "number", f"the sentences it rests on give {rival.text} there, not {number.text}"
                )
        return None

    def _has_numbers(self, claim: Claim, window: Sequence[int], *, skip: dict[int, bool]) -> bool:
        """The claim's numbers not placed by their own words are in the window."""
        found = [q for i in window for q in self.sentences[i].numbers]
        return all(any(q.same(f) for f in found) for i, q in enumerate(claim.numbers) if i not in skip)

    def _number_in(
        self,
        number: Quantity,
        context: frozenset[str],
        window: Sequence[int],
        reach: int = 0,
        least: int = 1,
        not_counting: frozenset[str] = frozenset(),
    ) -> bool:
        """True when the window has ``number`` with at least ``least`` of ``context`` near it, and the
        word right after it is none of ``not_counting`` (the figure counts something the claim names
        apart: "$250 billion list" is not the claim's "$250 billion of goods ... an earlier list")."""
        before = after = reach or _NUMBER_REACH
        for i in window:
            sentence = self.sentences[i]
            for found in sentence.numbers:
                if not number.same(found):
                    continue
                if not context:
                    return True
                at = _position(sentence, found.text)
                width = len(words(found.text))
                following = sentence.stems[at + width : at + width + 1] if at >= 0 else []
                if following and following[0] in not_counting and following[0] not in context:
                    continue
                nearby = set(sentence.stems[max(0, at - before) : at + width + after]) if at >= 0 else set()
                if len(context & (nearby or set(sentence.stems))) >= least:
                    return True
        return False

    def _overlap(self, claim: Claim, window: Sequence[int]) -> float:
        if not claim.content:
            return 1.0
        present = frozenset().union(*(self.sentences[i].stem_set for i in window))
        return len(claim.content & present) / len(claim.content)

    def _overlap_article(self, claim: Claim) -> float:
        return len(claim.content & self.stems) / len(claim.content) if claim.content else 1.0

    def _apart(self, claim: Claim, together: bool) -> Problem:
        if together and claim.numbers:
            figures = ", ".join(q.text for q in claim.numbers)
            return Problem(
                "number",
                f"number {figures} is in the article, but not in the sentence (or the few) about this claim",
            )
        names = " and ".join(claim.names[:3])
        return Problem("support", f"no article sentence (or up to three in a row) names {names} together")

    def _mood(self, claim: Claim, window: Sequence[int], polarity: bool = True) -> Problem | None:
        # a claim that denies needs a denial anywhere in its sentences; one that asserts is contradicted
        # only by a denial next to its words
        align = (_ELLIPTICAL_REACH, _ELLIPTICAL_REACH) if claim.negated else (0, 0)
        negated = polarity and self._marked(
            claim, window, is_negation, skip_conditional=True, align=align, governed=not claim.negated
        )
        # a verb like "dismissed" or "denying" in a claim is too often not a negation of the article's fact
        flipped = negated != claim.negated and (negated or claim.explicit)
        sentences = [(s.tokens, s.stems) for s in map(self.sentences.__getitem__, window)]
        if polarity and claim.denied and not flipped:
            # it denies a word the article uses without a denial ("not coherent" / "coherent")
            flipped = says_undenied(claim.denied, sentences)
        claimed = words(claim.text)
        opposite = reversed_direction(claimed, sentences) if polarity else ""
        if opposite:
            return Problem("negation", f"it says the opposite of the article's {opposite!r}")
        if polarity and flipped:
            said = "denies" if claim.negated else "asserts"
            return Problem(
                "negation",
                f"it {said} what the article's sentence {'asserts' if said == 'denies' else 'denies'}",
            )
        hedge = self._marked(
            claim, window, lambda w: w in HEDGES or w in ALLEGING, align=_HEDGE_ALIGN, governed=True
        )
        if not claim.negated and (
            done_only_pending(claimed, claim.content, sentences) or only_expected(claim.done, sentences)
        ):
            return Problem(
                "hedge", "it states as done what the article only has discussed, planned or sought"
            )
        if not claim.hedged and hedge:
            return Problem("hedge", "it states as fact what the article only reports as possible or alleged")
        if claim.certain and self._marked(claim, window, lambda w: w in ESTIMATED, align=_HEDGE_ALIGN):
            return Problem("hedge", "it states as shown what the article only has estimated or expected")
        return None

    def _marked(
        self,
        claim: Claim,
        window: Sequence[int],
        marker: Any,
        *,
        skip_conditional: bool = False,
        align: tuple[int, int] = (0, 0),
        governed: bool = False,
    ) -> bool:
        """True when a marker word in the window sits next to the words the claim is about; ``governed``:
        the first content word after it is one of them ("hasn't disciplined Sterling (pictured)" does not
        deny that he was pictured)."""
        before, after = align if align != (0, 0) else _ALIGN
        for i in window:
            sentence = self.sentences[i]
            elliptical = i > window[0] and len(sentence.tokens) <= ELLIPTICAL  # answers the sentence before
            for at, word in enumerate(sentence.tokens):
                if not marker(word) or (skip_conditional and _conditional(sentence.tokens, at)):
                    continue
                nearby = sentence.stems[max(0, at - before) : at + after + 1]
                if governed:
                    after_it = range(at + 1, min(len(sentence.tokens), at + after + 1))
                    # the two words it governs: "accused Sterlite of contaminating", "may well rise"
                    ruled = [j for j in after_it if not _function(sentence.tokens[j])][:2]
                    nearby = [sentence.stems[at], *(sentence.stems[j] for j in ruled)]
                if elliptical or claim.content & set(nearby) or not claim.content:
                    return True
        return False


def _function(word: str) -> bool:
    """A word a negation or hedge reaches past to what it governs: "not a", "may have been", "probably"."""
    return word in STOP or word in HEDGES or is_modal(word)


def _name_words(phrase: str) -> list[str]:
    """The capitalised words of a phrase ("his Mercedes team-mate Nico Rosberg" -> Mercedes, Nico Rosberg)."""
    return re.findall(r"[A-Z][\w'’\-.]*(?:\s+[A-Z][\w'’\-.]*)*", phrase)


def _position(sentence: _Sentence, number: str) -> int:
    """The token index where ``number`` (as written) starts in the sentence, or -1."""
    first = words(number)[:1]
    if not first:
        return -1
    return next((i for i, w in enumerate(sentence.tokens) if first[0] in w), -1)


def _cover(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` plus the sentences of any text they leave out, in order."""
    bounds, at = [], 0
    for start, end in [*spans, (len(text), len(text))]:
        if text[at:start].strip():
            bounds += [(at + a, at + b) for a, b in _split(text[at:start])]
        if end > start:
            bounds.append((start, end))
        at = max(at, end)
    return bounds


def _split(text: str) -> list[tuple[int, int]]:
    """Sentence bounds without a parser: end punctuation (and closing quotes) then space, or a line break."""
    bounds, start = [], 0
    for m in re.finditer(r"(?<=[.!?])([\"'”’)]*)\s+|\n+", text):
        end = m.start() + len(m.group(1) or "")
        if text[start:end].strip():
            bounds.append((start, end))
        start = m.end()
    if text[start:].strip():
        bounds.append((start, len(text.rstrip())))
    return bounds
