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
from brief.extract._gender import of_noun
from brief.extract._layout import inside
from brief.extract._lexicon import (
    EPITHETS,
    GENERIC_TITLES,
    KIN,
    PERSON_NOUNS,
    PERSON_TITLES,
    PORTFOLIOS,
    TITLE_FORMS,
)
from brief.extract._mention import Mention
from brief.extract._office_merges import merge_offices, own_titles
from brief.extract._org_descriptions import named_as_nouns, resolve_org
from brief.extract._syntax import SUBJECT_DEPS, Doc, text_of
from brief.extract._title_words import WORD, title_words

__all__ = ["attach_descriptions"]

_SENT_WINDOW = 2  # a description may point back this many sentences
_QUOTE_GAP = 12  # characters between a quotation's end and the description that attributes it
# offices of their own, not a kind of the plain one: "the prime minister" is no Defence Minister
_SECOND_OFFICE = re.compile(
    r"\b(prime|vice|deputy|chief|lieutenant)[ -](minister|president|justice|whip|governor|mayor|chancellor)\b"
)

_LESSER = frozenset("deputy vice assistant associate under junior prime".split())  # not the office itself


def _titled(desc: Mention, draft: Draft) -> bool:
    """True when the description is the person's own office ("the governor"); "the member of Parliament"
    is not the only member's, a deputy president is not "the president", and "Lady Starmer, the Prime
    Minister's wife" is not "the Prime Minister"."""
    words = title_words(desc.text)
    office = _office(desc)  # "general" of "the attorney general", one word "attorney-general"
    named = office in PERSON_TITLES and any(w == office or w.endswith(f"-{office}") for w in words)
    own = named and words <= own_titles(draft) and own_titles(draft) & _LESSER <= words
    return own and not _kin(draft)


def _holds(desc: Mention, draft: Draft) -> bool:
    """True for a person holding the office a body's description names ("the lone minister of the PML-Q")."""
    return desc.of_body and desc.hint in own_titles(draft) and not _conflicts(desc, draft)


def _kin(draft: Draft) -> bool:
    return any(m.role.casefold().rsplit(" ", 1)[-1] in KIN for m in draft.mentions)


def _conflicts(desc: Mention, draft: Draft) -> bool:
    if desc.hint in PERSON_TITLES and _kin(draft):
        return True  # "the Labour leader" is not the Prime Minister's wife
    if _words_of(desc.text) & _COMING and any(_words_of(m.role) & _GOING for m in draft.mentions):
        return True  # "the next CEO" is not the outgoing one
    ordinals = _words_of(desc.text) & _ORDINALS
    if ordinals and any(_words_of(m.role) & _ORDINALS - ordinals for m in draft.mentions):
        return True  # "the first defence counsel" is not "The second defence counsel, Adeyinka Kotoye"
    affil = draft.affil
    if desc.affil and affil and not desc.affil & affil:
        return True
    titles = own_titles(draft) & PERSON_TITLES
    if desc.hint in _HUMBLE and titles:
        return True  # "the 42-year-old farmer whose coffin lay on a road" is not President Kuczynski
    mine = _portfolio(desc.text, desc.hint)
    if mine and any(_portfolio(m.role, desc.hint) not in ("", mine) for m in draft.mentions):
        return True  # "the health secretary" is not "Finance secretary Forbes"
    office = desc.hint in PERSON_TITLES  # "the member of Parliament" may be the party's chief
    return bool(office and desc.hint not in GENERIC_TITLES and titles and _office(desc) not in titles)


# what no one the article gives an office is called
_HUMBLE = frozenset(
    "farmer villager student pupil worker labourer laborer protester fisherman miner victim".split()
)
_COMING = frozenset({"next", "incoming", "new", "future", "designate"})
_GOING = frozenset({"outgoing", "former", "departing", "retiring", "previous", "ex"})
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth"})


def _portfolio(title: str, office: str) -> str:
    """A minister's or secretary's portfolio right before the office ("health" of "the health
    secretary"), if the title has one."""
    words = WORD.findall(title.casefold())
    at = words.index(office) if office in ("minister", "secretary") and office in words else 0
    return words[at - 1] if at > 0 and words[at - 1] in PORTFOLIOS else ""


def _words_of(text: str) -> set[str]:
    return set(WORD.findall(text.casefold().replace("-", " ")))


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
    titled = [d for d in people if _titled(desc, d)]
    holders = [d for d in people if _holds(desc, d)]  # "The lone minister of the PML-Q": before its leader
    titled = titled or holders or [d for d in people if desc.of_body and desc.affil & d.affil]
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
        # the body's only one; the only one of that country ("Turkey's foreign minister", named much later)
        only = len(titled) == 1 and (desc.of_body or bool(desc.affil & after.affil))
        return after if close or only else None
    proper = doc[desc.root].tag_ == "NNP" and doc[desc.root].lower_ not in EPITHETS  # not "the Welshman"
    if desc.of_body or proper or _SECOND_OFFICE.search(desc.text.casefold()):
        # "the head of the Weather Service", "the Prime Minister", "the prime minister" beside Defence
        # Minister Pervaiz Khattak: no one so titled by name
        return None
    if inside(quoted, desc.start, desc.end):
        return None  # a speaker's "the planning inspector's concerns" is someone else, not a recent name
    before = [
        d for d in people if d.first < desc.start and not _conflicts(desc, d) and not _governs(doc, d, desc)
    ]
    strong = [d for d in before if (desc.affil & d.affil) or (not desc.affil and desc.hint in own_titles(d))]
    if strong:
        return max(strong, key=lambda d: d.last_before(desc.start))
    # a bare office ("the judge", "the local district attorney") is no guess for a person the article gives
    # no title ("the French president" may still be the Macron named just before, and "He's the president
    # of Spectrum Geo" says whose office it is)
    office = desc.hint in PERSON_TITLES and desc.hint not in GENERIC_TITLES and not desc.affil
    office = office and doc[desc.root].dep_ != "attr"
    before = [d for d in before if not office or own_titles(d) & PERSON_TITLES]
    if doc[desc.root].dep_ == "pobj" and doc[desc.root].head.lower_ == "for":
        return None  # "Mr Anthony Sammon SC, for the 25-year-old accused man": the client, no one named near
    near = [d for d in before if here - bisect_right(sent_of, d.last_before(desc.start)) <= _SENT_WINDOW]
    return max(near, key=lambda d: d.last_before(desc.start)) if near else None


def _office_holder(doc: Doc, desc: Mention) -> bool:
    """True for an office told in capitals with its portfolio that acts ("The Minister of Finance said")."""
    office = doc[desc.root]
    portfolio = any(c.lower_ in ("of", "for") for c in office.rights)
    return desc.agentive and office.tag_ == "NNP" and portfolio and len(desc.text.split()) > 2


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
    merge_offices(doc, drafts, people)
    orgs = [d for d in drafts.values() if d.kind == "organisation"]
    named_as = named_as_nouns(doc, [d for d in drafts.values() if d.kind in ("organisation", "group")])
    sent_starts = [s.start_char for s in doc.sents]
    earlier: dict[str, Draft] = {}  # "the Labour peer" again is the Labour peer of before
    for desc in (m for m in mentions if m.label == "DESC"):
        # "the 41-year-old mother", "the 33-year-old businessman"
        person = desc.hint in PERSON_TITLES or desc.hint in PERSON_NOUNS or of_noun(desc.hint) is not None
        if person and _epithet(doc, desc, quoted):
            continue  # a quoted epithet ("called him “the first black president”") names nobody
        key = " ".join(desc.text.casefold().split()[1:]) if len(desc.text.split()) > 2 else ""
        target = (
            (earlier.get(key) if person and key else None)
            or (_resolve_desc(doc, desc, people, sent_starts, quoted) if person else None)
            or (None if person else resolve_org(doc, desc, orgs, named_as, quoted))
        )
        if target is not None:
            (target.extra if person else target.refs).append(desc)
            if person and key:
                earlier.setdefault(key, target)
        elif person and _office_holder(doc, desc):
            # "The United Nations High Commissioner for Human Rights said": no one named holds the office,
            # which speaks as a person of its own
            cut = 4 if desc.text[:4].casefold() == "the " else 0  # named without its "the"
            desc.hint, desc.start, desc.text = "person", desc.start + cut, desc.text[cut:]
            drafts.setdefault(f"g:{key}", Draft(f"g:{key}")).mentions.append(desc)
