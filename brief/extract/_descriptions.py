"""Definite descriptions ("the US leader", "the company") resolved to the named actor they mean.

A description goes to the person whose own title (from "Kremlin spokesperson Dmitry Peskov" or
"Dmitry Peskov, the Kremlin's spokesperson") holds all its words, wherever that person is named;
otherwise to a recent person whose title and affiliation do not conflict and who is not the
subject of the very clause the description sits in ("Trump attacked the attorney general").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from brief.extract._draft import Draft
from brief.extract._layout import inside
from brief.extract._lexicon import (
    GENERIC_TITLES,
    GROUP_HEADS,
    INSTITUTIONS,
    KIN,
    MEDIA_WORDS,
    ORG_DESCRIPTIONS,
    PERSON_NOUNS,
    PERSON_TITLES,
    TITLE_FORMS,
)
from brief.extract._mention import Mention
from brief.extract._syntax import SUBJECT_DEPS, Doc, text_of

__all__ = ["attach_descriptions", "title_words"]

_SENT_WINDOW = 2  # a description may point back this many sentences
_QUOTE_GAP = 12  # characters between a quotation's end and the description that attributes it
# offices of their own, not a kind of the plain one: "the prime minister" is no Defence Minister
_SECOND_OFFICE = re.compile(
    r"\b(prime|vice|deputy|chief|lieutenant)[ -](minister|president|justice|whip|governor|mayor|chancellor)\b"
)
_NOT_TITLE = {"the", "a", "an", "former", "then", "late", "current", "new", "s"}
_WORD = re.compile(r"[\w.-]+")
_GENERAL = re.compile(r"\b(attorney|solicitor|surgeon|inspector|secretary|governor|postmaster)[ -]general\b")
# What "the company" cannot mean, and the nouns that name a business.
_PUBLIC_BODIES = frozenset(
    "board council ministry tribunal court commission agency department government party committee "
    "authority parliament assembly senate congress administration police army navy".split()
)
_BUSINESS = frozenset(
    "company firm business bank insurer airline carrier retailer lender manufacturer".split()
)


_UNIONS = frozenset("union association federation guild confederation".split())
_MEDIA_NOUNS = frozenset(
    "network channel broadcaster station newspaper paper outlet magazine publication site".split()
)


def title_words(text: str) -> frozenset[str]:
    """The words of a title or description that identify it ("the Kremlin's spokesperson")."""
    text = _GENERAL.sub(r"\1-general", text.casefold())  # "the attorney" is no Attorney General
    words = _WORD.findall(text.replace("’", "'").replace("'s", " "))
    return frozenset(_singular(TITLE_FORMS.get(w, w)) for w in words) - _NOT_TITLE


def _singular(word: str) -> str:
    """ "leaders" in "senior party leaders Yashwant Sinha" is the title "leader"."""
    return word[:-1] if word.endswith("s") and word[:-1] in PERSON_TITLES else word


def _own_titles(draft: Draft) -> frozenset[str]:
    """Words of the titles the article gives this person by name (not guessed descriptions)."""
    return frozenset().union(*(title_words(m.role) for m in draft.mentions if m.role))


def _titled(desc: Mention, draft: Draft) -> bool:
    """True when the description is the person's own office ("the governor"); "the member of Parliament"
    is not the only member's."""
    words = title_words(desc.text)
    office = _office(desc)  # "general" of "the attorney general", one word "attorney-general"
    named = office in PERSON_TITLES and any(w == office or w.endswith(f"-{office}") for w in words)
    own = named and words <= _own_titles(draft)
    return own and not _kin(draft)  # "Lady Starmer, the Prime Minister's wife" is not "the Prime Minister"


def _kin(draft: Draft) -> bool:
    return any(m.role.casefold().rsplit(" ", 1)[-1] in KIN for m in draft.mentions)


def _conflicts(desc: Mention, draft: Draft) -> bool:
    if desc.hint in PERSON_TITLES and _kin(draft):
        return True  # "the Labour leader" is not the Prime Minister's wife
    affil = draft.affil
    if desc.affil and affil and not desc.affil & affil:
        return True
    titles = _own_titles(draft) & PERSON_TITLES
    office = desc.hint in PERSON_TITLES  # "the member of Parliament" may be the party's chief
    return bool(office and desc.hint not in GENERIC_TITLES and titles and _office(desc) not in titles)


def _office(desc: Mention) -> str:
    """The title a description's noun stands for ("the attorney" is the lawyer)."""
    return TITLE_FORMS.get(desc.hint, desc.hint)


def _governs(doc: Doc, draft: Draft, desc: Mention) -> bool:
    """True when the draft is the subject of the clause the description sits in."""
    target = doc[desc.root]
    heads = {doc[m.root].head.i for m in draft.mentions if doc[m.root].dep_ in SUBJECT_DEPS}
    node = target
    while node.head.i != node.i:
        if node.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in node.children):
            return False  # "..., and Zelensky said he had spoken to the US leader": another clause
        node = node.head
        if node.i in heads:
            return True
    return False


def _resolve_desc(
    doc: Doc, desc: Mention, people: list[Draft], sent_of: list[int], quoted: list[tuple[int, int]]
) -> Draft | None:
    """The person a description ("the US leader") most plausibly refers to."""
    titled = [d for d in people if _titled(desc, d) or (desc.of_body and desc.affil & d.affil)]
    # after a quotation of several sentences ("“...?  ... duties,” said the member of Parliament"), the
    # description is as near to its person as the quotation's start
    opened = [a for a, b in quoted if a < desc.start and 0 <= desc.start - b < _QUOTE_GAP]
    here = bisect_right(sent_of, min(opened, default=desc.start))
    if titled:  # of two governors, the one named last before "the governor"; else the first named soon after
        before = [d for d in titled if d.first < desc.start]
        if before:
            return max(before, key=lambda d: d.last_before(desc.start))
        after = min(titled, key=lambda d: d.first)
        close = bisect_right(sent_of, after.first) - here <= _SENT_WINDOW
        return after if close or (desc.of_body and len(titled) == 1) else None  # the body's only one
    if desc.of_body or doc[desc.root].tag_ == "NNP" or _SECOND_OFFICE.search(desc.text.casefold()):
        # "the head of the Weather Service", "the Prime Minister", "the prime minister" beside Defence
        # Minister Pervaiz Khattak: no one so titled by name
        return None
    if inside(quoted, desc.start, desc.end):
        return None  # a speaker's "the planning inspector's concerns" is someone else, not a recent name
    before = [
        d for d in people if d.first < desc.start and not _conflicts(desc, d) and not _governs(doc, d, desc)
    ]
    strong = [d for d in before if (desc.affil & d.affil) or (not desc.affil and desc.hint in _own_titles(d))]
    if strong:
        return max(strong, key=lambda d: d.last_before(desc.start))
    near = [d for d in before if here - bisect_right(sent_of, d.last_before(desc.start)) <= _SENT_WINDOW]
    return max(near, key=lambda d: d.last_before(desc.start)) if near else None


def _resolve_org(
    desc: Mention, orgs: list[Draft], named_as: list[tuple[int, str, Draft]], quoted: list[tuple[int, int]]
) -> Draft | None:
    """The organisation named last before ``desc`` that it can mean ("the company" is no Board); one
    the article introduced as such ("The group, WeWorkers Coalition, ...") comes first."""
    named = [d for d in orgs if any(desc.start <= m.start and m.end <= desc.end for m in d.mentions)]
    if desc.hint in GROUP_HEADS and len(named) == 1:
        return named[0]  # "The Popular Front coalition" is the Popular Front
    introduced = [(at, d) for at, noun, d in named_as if noun == desc.hint and at < desc.start]
    if introduced:
        return max(introduced, key=lambda found: found[0])[1]
    last = {id(d): _last_unquoted(d, desc.start, quoted) for d in orgs if _can_mean(desc.hint, d)}
    before = [d for d in orgs if last.get(id(d), -1) >= 0]
    return max(before, key=lambda d: last[id(d)]) if before else None


def _last_unquoted(draft: Draft, pos: int, quoted: list[tuple[int, int]]) -> int:
    """Offset of the draft's last mention before ``pos`` outside quotations (-1 if none): a company a
    speaker names is not what the writer's next "the company" means."""
    starts = [m.start for m in draft.mentions if m.start < pos and not inside(quoted, m.start, m.end)]
    return max(starts, default=-1)


def _named_as(doc: Doc, drafts: list[Draft]) -> list[tuple[int, str, Draft]]:
    """(offset, noun, organisation) for each name given in apposition to a description noun: "The group,
    WeWorkers Coalition," or "WeWorkers Coalition, a group of employees"."""
    owner = {t: d for d in drafts for m in d.mentions for t in m.tokens}
    out = []
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ORG_DESCRIPTIONS:
            continue
        linked = [c for c in tok.children if c.dep_ == "appos"]
        linked += [tok.head] if tok.dep_ == "appos" else []
        named = next((owner[t.i] for t in linked if t.i in owner), None)
        if named is not None:
            out.append((tok.idx, tok.lemma_.lower(), named))
    return out


def _can_mean(noun: str, org: Draft) -> bool:
    """Whether "the <noun>" can refer to ``org``: its own head word, or a business for a business noun."""
    words = {w for m in org.mentions for w in title_words(m.text)}
    if noun in words:
        return True  # "the board" for the Pollution Control Board
    heads = {found[-1] for m in org.mentions if (found := _WORD.findall(m.text.casefold()))}
    if words & MEDIA_WORDS:  # "the network" is Fox News; "the agency" is not the outlet reporting the story
        return noun in _MEDIA_NOUNS
    if noun in _BUSINESS:
        return not heads & _PUBLIC_BODIES
    if noun == "union":
        return bool(words & _UNIONS)  # a union is one by name, or an association of workers or players
    if noun in INSTITUTIONS:
        return False  # "the hospital" is one whose name says so
    if noun not in _PUBLIC_BODIES:
        return True
    if noun == "agency" and heads & _PUBLIC_BODIES:
        return True  # any public body is an agency ("Indiana State Police ... the agency")
    # "the council" is no other body, and "the court" no company: "the agency" may be one known as "EPA"
    return not heads & _PUBLIC_BODIES and any(m.text.replace(".", "").isupper() for m in org.mentions)


def _merge_titled_groups(drafts: dict[str, Draft], people: list[Draft]) -> None:
    """An unnamed office-holder ("the Kremlin's spokesperson") joins the named person holding that title;
    a possessive one ("North Korea's top negotiator", "the agency's top scientist") joins the only person
    whose title has its noun, when the rest of its words do not name another body ("The North's chief
    nuclear negotiator, Kim Myong Gil")."""
    for key, draft in list(drafts.items()):
        if not key.startswith("g:") or any(m.hint != "person" for m in draft.mentions):
            continue
        text = draft.mentions[0].text
        words = title_words(text)
        core = words - _BODY_NOUNS  # "state agriculture minister" is agriculture minister Badal Patralekh
        holders = [p for p in people if core and core <= _own_titles(p)]
        if not holders and _POSSESSIVE.match(text) and len(text.split()) <= _POSSESSIVE_WORDS:
            head = _singular(_WORD.findall(text.casefold())[-1])
            rest = words - _RANKS - _BODY_NOUNS - {head}
            holders = [p for p in people if head in _own_titles(p)]
            holders = holders if len(holders) == 1 and _agrees(rest, _own_titles(holders[0]) - {head}) else []
        if len(holders) == 1:
            holders[0].extra += drafts.pop(key).mentions


_POSSESSIVE = re.compile(r"(?:the\s+)?[\w.-]+(?:\s+[A-Z][\w.-]*)?['’]s\s", re.I)
_POSSESSIVE_WORDS = 5
_RANKS = frozenset("top chief senior lead leading head".split())  # "top negotiator" is the "chief" one
_BODY_NOUNS = frozenset(
    "agency company firm country nation government department ministry city state".split()
)


def _agrees(rest: frozenset[str], titles: frozenset[str]) -> bool:
    """Whether a description's other words ("north korea") fit a title ("north chief nuclear"): they share
    one, or one of the two says nothing more than rank and body ("the agency's top scientist")."""
    return not rest or bool(rest & titles) or not titles - _RANKS - _BODY_NOUNS


def _title_acronyms(draft: Draft) -> set[str]:
    """ "AG" and "NYAG" for a person titled "New York Attorney General"."""
    out: set[str] = set()
    for m in draft.mentions:
        initials = "".join(w[0] for w in m.role.split() if w[:1].isupper())
        out |= {initials[i:] for i in range(len(initials) - 1)}
    return out


def _merge_title_acronyms(drafts: dict[str, Draft], people: list[Draft]) -> None:
    """An acronym of a named person's title ("The AG's complaint") is that person."""
    for key, draft in list(drafts.items()):
        short = draft.mentions[0].text.replace(".", "")
        if not key.startswith("n:") or not (short.isupper() and 2 <= len(short) <= 5):
            continue
        holders = [p for p in people if short in _title_acronyms(p)]
        if len(holders) == 1:
            holders[0].extra += drafts.pop(key).mentions


def _epithet(doc: Doc, desc: Mention, quoted: list[tuple[int, int]]) -> bool:
    """True for a description that is a whole quotation: an epithet someone coined ("called him “the
    first black president”"), not a reference to anyone in the story."""
    text = text_of(doc)

    def bare(words: str) -> str:
        return re.sub(r"^(?:the|a|an)\s+", "", words.strip("“”\"'‘’ ,.").casefold())

    return any(a <= desc.start and desc.end <= b and bare(text[a:b]) == bare(desc.text) for a, b in quoted)


def attach_descriptions(
    doc: Doc, mentions: list[Mention], drafts: dict[str, Draft], quoted: list[tuple[int, int]]
) -> None:
    """Attach each description to the actor it refers to (people as ``extra``, organisations as ``refs``)."""
    people = [d for d in drafts.values() if d.is_person and not d.key.startswith("g:")]
    _merge_titled_groups(drafts, people)
    _merge_title_acronyms(drafts, people)
    orgs = [d for d in drafts.values() if d.kind == "organisation"]
    named_as = _named_as(doc, [d for d in drafts.values() if d.kind in ("organisation", "group")])
    sent_starts = [s.start_char for s in doc.sents]
    earlier: dict[str, Draft] = {}  # "the Labour peer" again is the Labour peer of before
    for desc in (m for m in mentions if m.label == "DESC"):
        person = desc.hint in PERSON_TITLES or desc.hint in PERSON_NOUNS  # "the 41-year-old mother"
        if person and _epithet(doc, desc, quoted):
            continue  # a quoted epithet ("called him “the first black president”") names nobody
        key = " ".join(desc.text.casefold().split()[1:]) if len(desc.text.split()) > 2 else ""
        target = (
            (earlier.get(key) if person and key else None)
            or (_resolve_desc(doc, desc, people, sent_starts, quoted) if person else None)
            or (None if person else _resolve_org(desc, orgs, named_as, quoted))
        )
        if target is not None:
            (target.extra if person else target.refs).append(desc)
            if person and key:
                earlier.setdefault(key, target)
