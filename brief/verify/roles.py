"""A role is a claim about one actor: its words must be the article's where it speaks of that actor, and
its title (office, rank, portfolio, party) must not be one the article gives somebody else or not at all."""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.extract import CandidateActor
from brief.schema import Actor
from brief.verify.ages import misaged_role
from brief.verify.antonyms import opposite_word
from brief.verify.bridging import bridged
from brief.verify.claims import Problem
from brief.verify.context import Context
from brief.verify.described import MAX_TITLE_WORDS
from brief.verify.employers import other_employer, placed_elsewhere
from brief.verify.lexicon import stem, words
from brief.verify.names import name_key, tagged_parties
from brief.verify.offices import office, unheard_office
from brief.verify.titles import TITLE_END, other_title
from brief.verify.word_forms import demonym_bases

__all__ = ["verify_role"]

ROLE_OVERLAP = 0.3  # a role sums up an actor in a few words of its own: fewer of them are the article's

# words in a title that change which office it is: its rank, its portfolio, its party
_MARKERS = frozenset(
    (
        "deputy former acting interim assistant vice ex retired junior shadow associate co "
        "health education defence defense foreign interior finance justice transport transportation "
        "environment energy trade economy treasury housing agriculture labor culture immigration "
        "republican democrat democratic conservative labour liberal green tory socialist"
    ).split()
)

# holders of a post that are not offices of their own: "deputy leader", "Green MSP", "health official"
_HOLDERS = frozenset(
    "leader official officer chief head critic aide adviser advisor member mp msp lawmaker".split()
)

_SAME = {  # a marker the article may spell another way
    "former": ("former", "ex"), "ex": ("former", "ex"), "defence": ("defence", "defense"),
    "defense": ("defence", "defense"), "labour": ("labour", "labor"), "labor": ("labour", "labor"),
    "tory": ("tory", "conservative"), "conservative": ("tory", "conservative"),
    "republican": ("republican", "gop"), "gop": ("republican", "gop"),
}  # fmt: skip


def _unsaid_title(role: str, names: Sequence[str], near: Sequence[int], ctx: Context) -> Problem | None:
    """A rank, portfolio or party in the role's title ("deputy", "health", "Green") that the article never
    gives where it speaks of the actor."""
    phrase = words(TITLE_END.split(role, maxsplit=1)[0])
    own = {w for n in names for w in words(n)}
    said = {s for i in near for s in ctx.index.sentences[i].stem_set}
    # only a title's own words: "health" in "health spokeswoman", not in "federal health agency"
    heads = [i for i, w in enumerate(phrase) if office(w) or w in _HOLDERS]
    missing = [
        w
        for i, w in enumerate(phrase)
        if w in _MARKERS
        and any(0 < h - i <= MAX_TITLE_WORDS for h in heads)
        and w not in own
        and not {stem(v) for v in _SAME.get(w, (w,))} & said
    ]
    if missing:
        return Problem("role", f"{missing[0]!r} is not said where the article speaks of them")
    return None


_TAG_REACH = 12  # characters after a name that hold a lawmaker's tag: ", R-Tenn.,"
_RANKS = frozenset("deputy former acting interim assistant vice ex retired junior associate".split())
_DEMONYMS = {"french": "france", "dutch": "netherlands", "swiss": "switzerland", "greek": "greece",
             "welsh": "wales", "irish": "ireland", "scottish": "scotland", "british": "britain"}  # fmt: skip


def _unattached(
    role: str, names: Sequence[str], candidate: CandidateActor, beside: Sequence[str], ctx: Context
) -> Problem | None:
    """A rank, party or nationality that is not the actor's own where the article names them ("Australian"
    for the American of "American Kevin King and Australian Timothy Weeks"), or a rank the article gives
    them that the role leaves out ("Director" for the "Deputy Director"). ``beside``: the words that
    describe each of the actor's mentions."""
    local = " | ".join([*beside, *candidate.names(), candidate.role]).casefold()  # a rank stays in its part
    tags = tagged_parties(" ".join(ctx.text[m.end : m.end + _TAG_REACH] for m in candidate.mentions))
    own = set(words(local)) | tags  # "Sen. Bob Corker, R-Tenn.": a Republican
    said = words(TITLE_END.split(role, maxsplit=1)[0])
    if not any(beside):
        return None
    # a rank the article gives them before the title's noun, which the role leaves out ("the train's
    # conductor" for "one of the assistant conductors")
    noun = said[-1] if said and len(said) <= 4 else ""  # the title's head noun
    for rank in sorted(_RANKS - set(said)) if len(noun) > 2 else ():
        if re.search(rf"\b{rank}[\s-]+(?:(?!{_JOINS}\b)[\w.]+\s+){{0,3}}{re.escape(noun)}s?\b", local):
            return Problem("role", f"the article calls them {rank} {noun}")
    offices = [i for i, w in enumerate(said[:4]) if office(w)]  # the title's own office
    if not offices:
        return None
    nations = {n.casefold() for n in names if " " not in n and _NATIONALITY.search(n)}
    # the words just before the title of office: "Australian professor", "Democratic state senator"
    for word in said[max(0, offices[0] - 3) : offices[0]]:
        if (word in _MARKERS or word in nations) and not _own(word, own):
            return Problem("role", f"{word!r} is not how the article describes them where it names them")
    return None


# words that join two titles: "associate professor and senior author" is no associate author
_JOINS = r"(?:and|or|of|at|in|for|with|to|on|by|the|a|an)"
_NATIONALITY = re.compile(r"(?:an|ese|ish|ic|i|ch)$")


def _own(word: str, own: set[str]) -> bool:
    """The word, or its country for a nationality ("Australian" for "Australia's")."""
    if word in own or set(_SAME.get(word, ())) & own or _DEMONYMS.get(word) in own:
        return True
    if demonym_bases(word) & own or any(word in demonym_bases(w) for w in own):
        return True  # "Iranian" for "Iran's", "Iran's" for "Iranian"
    return len(word) > 5 and any(len(w) > 4 and w[:4] == word[:4] for w in own)  # "Swedish", "Sweden's"


def _beside(start: int, end: int, candidate: CandidateActor, ctx: Context) -> str:
    """The words that describe one mention: back to the sentence's start or another actor's mention, on
    to "and", a semicolon, another actor's mention or the sentence's end (at most about 15 words)."""
    at = ctx.index.sentence_at(start, end)
    if not at:
        return ""
    sentence = ctx.index.sentences[at[0]]
    others = [
        (m.start, m.end)
        for c in ctx.extraction.actors
        if c is not candidate
        for m in c.mentions
        if sentence.start <= m.start < sentence.end
    ]
    before = max([b for a, b in others if b <= start], default=sentence.start)
    # the body whose title it is, right before it: "Britain's Foreign Secretary", "the Pakistan PM"
    owner = [a for a, b in others if b == before and _OWNER_GAP.fullmatch(ctx.text[b:start])]
    before = owner[0] if owner else before
    after = min([a for a, b in others if a >= end], default=sentence.end)
    # the body the description names as theirs: "Devin O'Malley, a spokesman for the Justice Department"
    employer = [b for a, b in others if a == after and _EMPLOYED.search(ctx.text[end:a])]
    after = employer[0] if employer else after
    text = ctx.text[max(before, start - 100) : min(after, end + 100)]
    head, _, tail = text.partition(ctx.text[start:end])
    return head + ctx.text[start:end] + re.split(r"\band\b|;|—", tail, maxsplit=1)[0]


_OWNER_GAP = re.compile(r"(?:['’]s)?(?:\s+(?!and\b|or\b)[\w.-]+){0,4}\s+")
_EMPLOYED = re.compile(r"\b(?:for|of|at|with)\s+(?:the\s+)?$")
_NAMED_AFTER = r" +((?:[A-Z][\w'’.-]+ +){0,2}[A-Z][\w'’.-]+)"
_NAME_BEFORE = r"\b([A-Z][\w'’.-]+(?: +[A-Z][\w'’.-]+){1,2})"  # "Sally Rogers" before its apposition


def _someone_elses_title(role: str, names: Sequence[str], ctx: Context) -> Problem | None:
    """A title the article puts only before somebody else's name, or beside it: "Lakers great" for Jason
    Kidd where the article has "Lakers great Magic Johnson and Lakers assistant coach Jason Kidd"; or in
    the words set off after it ("Sally Rogers, a professor and developmental psychologist at UC Davis")."""
    title = re.sub(r"^(?:the|a|an)\s+", "", TITLE_END.split(role, maxsplit=1)[0].strip(), flags=re.I)
    if not 2 <= len(title.split()) <= MAX_TITLE_WORDS:
        return None
    said = re.sub(r"['’]", "['’]", re.escape(title))
    holders = [m.group(1) for m in re.finditer(rf"(?i:{said}){_NAMED_AFTER}", ctx.text)]
    people = {name_key(n) for a in ctx.extraction.actors if a.kind == "person" for n in a.names()}
    holders += [  # "the Taliban's deputy leader, Sirajuddin Haqqani": a person named in apposition
        m.group(1)
        for m in re.finditer(rf"(?i:{said}),{_NAMED_AFTER}", ctx.text)
        if name_key(m.group(1)) in people
    ]
    holders += [  # "Sally Rogers, a professor and developmental psychologist at UC Davis"
        m.group(1)
        for m in re.finditer(rf"{_NAME_BEFORE},\s+(?:a|an|the)\s+([^,.;:]{{0,40}}?)\b(?i:{said})\b", ctx.text)
        if name_key(m.group(1)) in people and not re.search(r"\bof\b|['’]s\b", m.group(2))  # not "brother of"
    ]
    mine = [n for n in names if n]
    if holders and not any(_named(h, mine) or _named(" ".join(mine), [h]) for h in holders):
        return Problem("role", f"the article gives the title {title!r} to {holders[0]}")
    return None


def _named(text: str, forms: Sequence[str]) -> bool:
    return any(re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text) for f in forms)


def verify_role(actor: Actor, merged: Actor, candidate: CandidateActor | None, i: int, ctx: Context) -> str:
    """The model's role when the sentences about this actor support it; else the article's own description."""
    fallback = candidate.role if candidate else ""
    role = actor.role.strip()
    if not role:
        return fallback
    claim = ctx.claim(role)
    near = ctx.windows_of(candidate, [merged.name, *merged.aliases])
    elsewhere = [
        n
        for n in claim.names
        if near
        and not ctx.index.topic(n)
        and not any(ctx.index.mentions(n, (i,)) for i in near)
        and not bridged(n, ctx.text, (ctx.index.sentences[i].text for i in near))
    ]  # "NYC FC coach" for a coach in an article about NYC FC, even where his sentences do not name it
    problem, support = ctx.problem(
        role, together=False, mood=False, content="article", min_overlap=ROLE_OVERLAP
    )
    if problem is None and elsewhere:
        problem = Problem("role", f"{elsewhere[0]} is not named where the article speaks of it")
    if problem is None and support:  # "singer who opened the keynote" where the article has "closing out"
        said = [(ctx.index.sentences[i].tokens, ctx.index.sentences[i].stems) for i in support]
        contrary = opposite_word(words(claim.text), claim.content, said, least=1)  # a role is short
        problem = (
            Problem("role", f"it says {contrary[0]!r} where the article says {contrary[1]!r}")
            if contrary
            else None
        )
    aged = misaged_role(role, [merged.name, *merged.aliases], ctx.index.ages) if problem is None else None
    problem = problem or aged
    if problem is None:
        problem = _someone_elses_title(role, [merged.name, *merged.aliases], ctx)
    if problem is None:
        problem = other_title(role, merged, candidate, ctx) or unheard_office(role, ctx.text)
    if problem is None and near:
        problem = _unsaid_title(role, claim.names, near, ctx)
    if problem is None and candidate is not None:
        beside = [_beside(m.start, m.end, candidate, ctx) for m in candidate.mentions]  # once, for both
        problem = (
            _unattached(role, claim.names, candidate, beside, ctx)
            or other_employer(role, candidate, ctx)
            or placed_elsewhere(role, " ".join(beside), ctx.text)
        )
    if problem is None:
        ctx.ledger.ok(f"role:{merged.name}", ctx.spans(support))
        return role
    if problem.kind != "injection" and problem is not aged:  # a wrong age is a wrong number
        problem = Problem("role", f"the article does not describe {merged.name} so: {problem.reason}")
    replaced = f"; replaced by the article's {fallback!r}" if fallback else ""
    ctx.ledger.drop(f"actors[{i}].role", actor.role, Problem(problem.kind, problem.reason + replaced))
    return fallback
