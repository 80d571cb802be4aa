"""Merging group and body mentions: one group in its numbers and short forms, a party's members, a
body's staff, and unnamed sources pointing back to one named just before."""

from __future__ import annotations

import re

from brief.extract._draft import Draft, merge
from brief.extract._layout import headline_end
from brief.extract._lexicon import ORG_DESCRIPTIONS, ORG_HEADS
from brief.extract._mention import Mention
from brief.extract._short_forms import another_name
from brief.extract._sources import SOURCE_HEADS
from brief.extract._syntax import Doc, affiliation

__all__ = [
    "merge_bare_groups",
    "merge_group_modifiers",
    "merge_group_numbers",
    "merge_party_members",
    "merge_sources",
    "merge_staff",
    "merge_worded_bodies",
]


_SAME_GROUP = {"demonstrator": "protester"}  # two words for one crowd


def merge_group_numbers(drafts: dict[str, Draft], doc: Doc) -> None:
    """ "a former company worker" and "former company workers" are one group, and so are "protesters" and
    "demonstrators"."""
    seen: dict[str, str] = {}
    for key in [k for k in drafts if k.startswith("g:")]:
        words = key[2:].split()
        head = doc[drafts[key].mentions[0].root].lemma_.lower()
        norm = " ".join([*words[:-1], _SAME_GROUP.get(head, head)])
        if norm in seen:
            merge(drafts, key, seen[norm])
        else:
            seen[norm] = key


def merge_bare_groups(drafts: dict[str, Draft], text: str) -> None:
    """ "supporters" joins "supporters of the change", the one group it is a short form of."""
    forms: dict[str, set[str]] = {}
    for key in [k for k in drafts if k.startswith("g:")]:
        for m in drafts[key].mentions:
            for a, b in [*m.forms, (m.start, m.end)]:
                forms.setdefault(text[a:b].casefold(), set()).add(key)
    # and "Farmers" opening a sentence, which the tagger may take for a name
    for key in [k for k in drafts if k[:2] in ("g:", "n:") and " " not in k]:
        # the longer group it shortens, named before it once the body mentions it: the "officials" who
        # "expect the disease to spread" are not the "Officials in New York City" of the last paragraph
        last = max(m.start for m in drafts[key].mentions)
        owners = {
            o
            for o in forms.get(key[2:], set())
            if " " in o and (drafts[o].first < last or last < headline_end(text))
        }
        if not owners and all(_recalled(m, text) for m in drafts[key].mentions):
            # "The unions said" or "Officials also say", only ever recalled, after "teachers unions" or
            # "NASA officials" (not "Four automakers"); a bare one opening a sentence only after it
            owners = _last_named(drafts, key, text)
            if len(owners) != 1:
                first = min((m.start for m in drafts[key].mentions if not _the(m, text)), default=len(text))
                owners = {
                    k
                    for k in drafts
                    if k[:2] == "g:"
                    and len(k.split()) == 2
                    and k.endswith(f" {key[2:]}")
                    and drafts[k].first < first
                }
        if not owners and last < headline_end(text):
            # the headline's "Fishermen" are the body's "Cobh fishermen", the one group of that noun
            owners = {k for k in drafts if k[:2] == "g:" and k.endswith(f" {key[2:]}")}
        if len(owners) == 1:
            merge(drafts, key, owners.pop())


_RECALL_REACH = 600  # characters (a few sentences) back to the group a bare "the officials" recalls


def _last_named(drafts: dict[str, Draft], key: str, text: str) -> set[str]:
    """The one acting group of that head noun named last before each mention of a bare one ("the
    officials" two sentences after "Israeli diplomatic officials said"), when every mention has the same
    one a few sentences before it ("this jury" points back to it however far)."""
    longer = [
        k
        for k in drafts
        if k[:2] == "g:" and k.endswith(f" {key[2:]}") and any(m.agentive for m in drafts[k].mentions)
    ]  # a group that does or says something, not "to low ball customers"
    found = set()
    for m in drafts[key].mentions:
        before = [
            (drafts[k].last_before(m.start), k)
            for k in longer
            if drafts[k].first < m.start
            and (m.start - drafts[k].last_before(m.start) <= _RECALL_REACH or _this(m, text))
        ]
        found.add(max(before)[1] if before else "")
    return found if "" not in found else set()


def merge_group_modifiers(drafts: dict[str, Draft]) -> None:
    """ "Israeli officials" joins "Israeli diplomatic officials", the one group of that head noun whose
    words hold all of its own."""
    groups = [k for k in drafts if k[:2] == "g:" and " " in k]
    for key in sorted(groups, key=len):
        words = set(key[2:].split())
        head = key.rsplit(" ", 1)[-1]
        owners = [
            k
            for k in groups
            if k != key and k in drafts and k.endswith(f" {head}") and words < set(k[2:].split())
        ]
        if len(owners) == 1:
            merge(drafts, key, owners[0])


def _the(m: Mention, text: str) -> bool:
    return text[max(0, m.start - 4) : m.start].casefold() == "the " or _this(m, text)


def _this(m: Mention, text: str) -> bool:
    """ "this jury", "these officials": a group named before, pointed back to."""
    return text[max(0, m.start - 6) : m.start].casefold().endswith(("this ", "these "))


def _recalled(m: Mention, text: str) -> bool:
    """ "the unions", or a bare plural opening a sentence ("Officials also say")."""
    before = text[: m.start].rstrip(" ")
    return _the(m, text) or (m.text[:1].isupper() and (not before or before[-1] in ".!?\n"))


def merge_owned_bodies(drafts: dict[str, Draft]) -> None:
    """ "Ukraine's emergency service" and "Ukraine's state emergency service": one body of one owner."""
    seen: dict[tuple[str, str], str] = {}
    for key in [k for k in drafts if k[:2] == "g:"]:
        owner, mark, rest = key[2:].replace("’", "'").partition("'s ")
        if mark and rest:
            target = seen.setdefault((owner, rest.split()[-1]), key)
            if target != key:
                merge(drafts, key, target)


def merge_party_members(drafts: dict[str, Draft]) -> None:
    """ "the Conservatives" are the Conservative Party, "Democrats" the Democratic Party when the article
    names it: one actor (the plural of the party's first word, or its "-ic" adjective's noun)."""
    parties = {k: k[2:].split()[0] for k in drafts if k[:2] == "n:" and k.endswith(" party") and " " in k[2:]}
    for key in [k for k in drafts if k[:2] in ("g:", "n:", "p:") and " " not in k and k.endswith("s")]:
        member = key[2:-1]  # "conservatives" -> "conservative", "democrats" -> "democrat"
        fits = [k for k, first in parties.items() if first in (member, member + "ic")]
        if len(fits) == 1 and key in drafts:
            merge(drafts, key, fits[0])


_STAFF = frozenset(
    "officials official executives executive spokesman spokeswoman spokesperson staff employees officers "
    "representatives members member leaders leadership authorities".split()
)
_MEMBERS = frozenset({"members", "member"})
_BODIES = frozenset({"council", "board", "committee", "commission", "assembly", "senate", "parliament"})
_FORCES = frozenset({"police"})  # bare, they are the force the article names


def _members(name: str) -> str:
    """ "councilmembers" -> "council members" (the members of an elected body speak for it)."""
    for body in _BODIES:
        if name.startswith(body) and name[len(body) :] in _MEMBERS:
            return f"{body} {name[len(body) :]}"
    return name


def merge_staff(drafts: dict[str, Draft]) -> None:
    """ "PG&E officials" and "Forest officials" speak for PG&E and the Forest Department: one actor; bare
    "police" are the police force the article names ("Atlanta Police Department").

    Only into an organisation the article names (not a country: "US officials" are not "the US"), and
    only when one organisation fits (its name, a form of it, or its first word is the group's modifier).
    So too a body told by its kind with its name among the words (``_merge_named_kinds``).
    """
    orgs = {k: d for k, d in drafts.items() if k[:2] == "n:" and d.kind == "organisation"}
    for key in [k for k in drafts if k.startswith("g:")]:
        *owner, head = _members(key[2:]).split()
        modifier = " ".join(owner)
        if not owner and head in _FORCES:
            fits = [k for k in orgs if head in k.split()]
        elif head not in _STAFF or not owner or (head in _MEMBERS and modifier not in _BODIES):
            continue  # "party members" are not the party
        else:
            fits = [
                k
                for k, d in orgs.items()
                if modifier in {m.text.casefold() for m in d.mentions}
                or k[2:].split()[0] == modifier
                or (head in _MEMBERS and k[2:].split()[-1] == modifier)
            ]
            if not fits and modifier in ORG_DESCRIPTIONS:  # "union leaders" lead the Chicago Teachers Union
                fits = [k for k, d in orgs.items() if k[2:].split()[-1] == modifier and len(d.mentions) > 1]
        if len(fits) == 1:
            drafts[fits[0]].extra += drafts.pop(key).mentions
    _merge_named_kinds(drafts)


def merge_sources(drafts: dict[str, Draft], text: str) -> None:
    """ "the source" (or "the insider") is the unnamed source named just before it, and "two people
    briefed on the talks" are the "people familiar with the talks": one actor each (but every "a person
    close to ..." is somebody new)."""
    sources = sorted(
        (d for k, d in drafts.items() if k.startswith("g:") and any(m.source for m in d.mentions)),
        key=lambda d: d.first,
    )
    for draft in sources:
        first = min(draft.mentions, key=lambda m: m.start)
        before = [d for d in sources if d is not draft and d.key in drafts and d.first < first.start]
        definite = text[first.forms[-1][0] : first.forms[-1][1]].casefold().startswith("the ")
        if not definite:  # a definite source points back to the last one
            if first.hint != "group":
                continue  # "a person close to ..." is somebody new
            before = [d for d in before if _source_head(d.mentions[0]) == _source_head(first)]
        if before:
            max(before, key=lambda d: d.last_before(first.start)).mentions += drafts.pop(draft.key).mentions


def _source_head(m: Mention) -> str:
    """ "people" for "two people briefed on the talks": the noun and number of an unnamed source."""
    return next((w for w in m.text.casefold().split() if w in SOURCE_HEADS), "")


_LINKS = frozenset({"the", "of", "in", "for", "and", "'s", "’s"})
_PREFIX = 4  # letters two words of one body's names share: "Appellate" / "Appeal", "Sweden" / "Swedish"


def merge_worded_bodies(drafts: dict[str, Draft], text: str) -> None:
    """ "Appellate Court" joins "4th District Court of Appeal": a body named in words that each begin a
    word of one longer body's name; so does a body told by its kind and work (``_merge_described``)."""
    bodies = {
        k: [w[:_PREFIX] for w in k[2:].split() if w not in _LINKS]
        for k in drafts
        if k[:2] == "n:" and drafts[k].kind == "organisation"
    }
    title_end = headline_end(text)
    for key, mine in bodies.items():
        if len(mine) < 2:
            continue
        owners = [
            k
            for k, theirs in bodies.items()
            if k != key and k in drafts and len(theirs) > len(mine) and all(w in theirs for w in mine)
        ]
        if len(owners) > 1:  # not a headline's run of capitals ("... Products Rules CA Appellate Court")
            owners = [k for k in owners if any(m.start > title_end for m in drafts[k].mentions)]
        if len(owners) == 1 and key in drafts:
            elsewhere = _placed_elsewhere(drafts, key, owners[0], text)
            if not elsewhere:
                merge(drafts, key, owners[0])
            elif len(elsewhere) < len(drafts[key].mentions):  # the mentions told without a country are it
                drafts[owners[0]].mentions += [m for m in drafts[key].mentions if m not in elsewhere]
                drafts[key].mentions = elsewhere
    _merge_described(drafts)


_PLACED = re.compile(r"\bIn ([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*), (?:the )?$")


def _placed_elsewhere(drafts: dict[str, Draft], key: str, owner: str, text: str) -> list[Mention]:
    """The short name's mentions told in another country than the full name's: "In Lithuania, the
    Foreign Ministry called ..." is not the Estonian Foreign Ministry named before."""
    countries = {affiliation(w) for k, d in drafts.items() if d.kind == "country" for w in k[2:].split()}
    theirs = {affiliation(w) for w in owner[2:].split()} & countries
    found = []
    for m in drafts[key].mentions:
        placed = _PLACED.search(text, max(0, m.start - 60), m.start)
        if placed and theirs and affiliation(placed[1].split()[-1]) in countries - theirs:
            found.append(m)
    return found


_GENERIC = frozenset(
    "federal state national local city county regional provincial central government".split()
)


def _merge_described(drafts: dict[str, Draft]) -> None:
    """ "the federal immigration department" is Immigration, Refugees and Citizenship Canada: a body told by
    its kind and what it does, whose every telling word is a word of one organisation's name."""
    orgs = {
        k: set(k[2:].replace(",", " ").split())
        for k in drafts
        if k[:2] == "n:" and drafts[k].kind == "organisation"
    }
    for key in [k for k in drafts if k[:2] == "g:" and drafts[k].kind == "organisation"]:
        *mods, head = key[2:].split()
        telling = [w for w in mods if w not in _GENERIC]
        if head not in ORG_DESCRIPTIONS or not telling:
            continue
        # (of its kind: "the health ministry" is no World Health Organisation)
        last = {k: k.rsplit(" ", 1)[-1] for k in orgs}
        fits = [
            k
            for k, words in orgs.items()
            if all(w in words for w in telling)
            and (last[k] == head or last[k] not in ORG_DESCRIPTIONS | ORG_HEADS)
        ]
        if len(fits) == 1:
            merge(drafts, key, fits[0])


def _merge_named_kinds(drafts: dict[str, Draft]) -> None:
    """ "the NASUWT teachers' union" is the NASUWT, "the Unite union" Unite: a body told by its kind with
    the name of the one organisation the article names among its words."""
    orgs = {k[2:]: k for k, d in drafts.items() if k[:2] == "n:" and d.kind == "organisation"}
    for key in [
        k for k in drafts if k[:2] == "g:" and all(m.hint == "organisation" for m in drafts[k].mentions)
    ]:
        words = drafts[key].mentions[0].text.replace("’", "'").split()
        if words[-1].casefold() not in ORG_DESCRIPTIONS:
            continue
        # as named: "NASUWT", not the "transportation" of "the transportation department"
        named = {orgs[w.casefold()] for w in words[:-1] if not w.islower() and w.casefold() in orgs}
        if len(named) == 1:
            another_name(drafts, key, named.pop())
