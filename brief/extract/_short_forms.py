"""Short forms of an organisation's name: acronyms ("BEDC"), shortened names ("Holdings", "Fox")."""

from __future__ import annotations

import re
from functools import lru_cache

from brief.extract._countries import country_targets
from brief.extract._draft import Draft
from brief.extract._first_words import COMPANY_WORDS, company_of, first_word_owner
from brief.extract._layout import headline_end
from brief.extract._lexicon import CORPORATE_ENDINGS, ORG_HEADS
from brief.extract._mention import Mention
from brief.extract._places import is_country

__all__ = [
    "another_name",
    "bare",
    "merge_name_stems",
    "merge_short_forms",
]

_LOWER_WORDS = {"of", "the", "and", "for", "de", "du", "la", "on", "in"}
_CORPORATE = re.compile(
    r",?\s+(?:corp|corporation|inc|incorporated|co|ltd|limited|llc|plc|ag|se|sa|nv|gmbh|spa)\.?$"
    r"|\.(?:com|org|net|co\.uk)$",
    re.I,
)  # "Entergy Corp.", "Edmunds.com": the company's name is "Entergy", "Edmunds"
_PLACE_PREPS = ("of", "in", "at", "for", "de", "del", "do", "da", "di")
_QUALIFIED_PLACE = frozenset(
    "north south east west northern southern eastern western new upper lower greater".split()
)
_ESTABLISHED = 3  # ... and at least this often ("Uber New York" once is a branch, not what "Uber" means)


_LEADERS_BODIES = (" administration", " government", " campaign")


def bare(name: str) -> str:
    """A company's name without its legal form or web domain: "Entergy Corp." -> "Entergy"."""
    return _CORPORATE.sub("", name) or name


_BODIES = frozenset({"department", "ministry"})


def _of_form(name: str) -> str:
    """A body's name as "... of ...": "Justice Department" -> "Department of Justice", "Health Ministry"
    -> "Ministry of Health"; any other name without its legal form (``bare``)."""
    words = bare(name).split()
    named = 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words)
    if named and words[-1].casefold() in _BODIES:
        return f"{words[-1]} of {' '.join(words[:-1])}"
    return bare(name)


def _initials(name: str) -> str:
    """ "Pacific Gas & Electric Co." -> "PGE"."""
    return "".join(w[0] for w in name.split() if w[:1].isupper() and w.lower() not in _LOWER_WORDS)


_NATIONAL = re.compile(r"^(?:U\.S\.|US|UK|U\.K\.)\s+")


@lru_cache(maxsize=4096)  # each full name is tried against every short one
def _acronyms(full: str) -> frozenset[str]:
    """The letters ``full`` may be shortened to, lower-cased."""
    # "DOE", "DOJ"; "DOT" for the Transportation Department
    of = "".join(w[0] for w in _of_form(full).split() if w[:1].isupper() or w == "of")
    every = "".join(w[0] for w in full.split())  # "TfL" for Transport for London; "KE" for K-Electric below
    national = _NATIONAL.sub("", bare(full))  # "CPSC" for the U.S. Consumer Product Safety Commission
    acronyms = {_initials(bare(full)).casefold(), _initials(full).casefold(), of.casefold(), every.casefold()}
    acronyms.add(_initials(national).casefold())
    acronyms.add("".join(w[0] for w in re.split(r"[\s-]+", full) if w[:1].isupper()).casefold())  # "KE"
    return frozenset(acronyms)


def _is_short_form(short: str, full: str, between: str) -> bool:
    """True if ``short`` abbreviates ``full`` ("EU", "IAM" after "... (IAM)", "Commission").

    An acronym may keep the legal form's letter ("BEDC" for Bushwick Economic Development Corp.);
    a last word after "of" or "in" is a place, not the name ("Kabul" is no American University of Kabul).
    """
    if between.strip() == "(":
        return True
    letters = short.replace(".", "").replace("&", "")  # "U.S.", "PG&E"
    acronyms = _acronyms(full)
    if letters.isupper():
        return letters.casefold() in acronyms
    if len(short) <= 5 and short.casefold() in acronyms:
        return True
    words = full.casefold().split()
    if len(words) == 1 and words[0].split("-")[0] == short.casefold():
        return True  # "Harley" for Harley-Davidson
    if words[0] == short.casefold() and (
        all(w.islower() for w in full.split()[1:]) or words[1:] == ["union"]
    ):
        return True  # "Xinhua" for the Xinhua news agency, "Teamsters" for the Teamsters Union
    if len(words) > 1 and words[-2] in _PLACE_PREPS:
        return False
    if len(words) == 2 and words[0] in _QUALIFIED_PLACE:
        return False  # "Ireland" is not Northern Ireland, "York" not New York
    return full.casefold().endswith(" " + short.casefold())  # "Holdings" for Harbor Point Holdings, "Council"


def _widest(keys: list[str]) -> list[str]:
    """Of names that shorten to the same form, those no other holds the words of: "Cypress Council" is
    the Cypress City Council, one body the short "Council" may be."""
    words = {k: set(k[2:].split()) for k in keys}
    return [k for k in keys if not any(o != k and words[k] < words[o] for o in keys)]


def _shortens(short: Mention, draft: Draft, text: str) -> bool:
    fulls = [m for m in draft.mentions if " " in m.text or "-" in m.text.strip("-")]
    between = text[fulls[0].end : short.start] if fulls and fulls[0].end <= short.start else ""
    return bool(fulls) and (
        _is_short_form(short.text, fulls[0].text, between) or _bracketed(short, fulls, text)
    )


def _headline_only(draft: Draft, text: str) -> bool:
    """True when every mention is in the headline (the text's first line)."""
    end = headline_end(text)
    return end > 0 and all(m.end <= end for m in draft.mentions)


def _cut_short(word: str, draft: Draft) -> bool:
    """True when a one-word name of the body starts with ``word``, cut short as headlines do ("Cong")."""
    return len(word) >= 3 and any(
        " " not in m.text and m.text != word and m.text.startswith(word) for m in draft.mentions
    )


def _bracketed(short: Mention, fulls: list[Mention], text: str) -> bool:
    """True when the article gives the short form in brackets right after the full name, wherever it
    used the short form first (a headline's "RSS" before "Rashtriya Swayamsewak Sangh (RSS)")."""
    bracket = re.compile(rf"\s*\(\s*{re.escape(short.text)}\s*\)")
    return any(bracket.match(text, m.end) for m in fulls)


def _take_person_named(short: Mention, draft: Draft, drafts: dict[str, Draft], text: str) -> bool:
    """Take into ``draft`` the full name that the parser read as a person's and the article gives ``short``
    in brackets after ("Rashtriya Swayamsewak Sangh (RSS)"): the body's name, no person's, without what
    was taken to describe that person. True when there was one."""
    fulls = {
        k: [m for m in d.mentions if " " in m.text] for k, d in drafts.items() if k[:2] == "p:" and " " in k
    }
    found = [k for k, ms in fulls.items() if ms and _bracketed(short, ms, text) and _spelled(short, ms, text)]
    if not found:
        return False
    named_forms = [m for m in drafts.pop(found[0]).mentions if m.label != "DESC"]
    for m in named_forms:
        m.label, m.role = "ORG", ""
        # its first word, taken for a title: "Rashtriya" of "Rashtriya Swayamsewak Sangh"
        before = _word_before(m, text)
        if before and _initials(f"{before} {m.text}") == short.text:
            m.start, m.text = m.start - len(before) - 1, f"{before} {m.text}"
    draft.mentions += named_forms
    return True


def _spelled(short: Mention, fulls: list[Mention], text: str) -> bool:
    """True when ``short`` is the initials of a full name, or of it with the word before it (taken for a
    title): not a person's party in brackets after their name ("Mart Helme (EKRE)")."""
    return any(
        short.text in (_initials(m.text), _initials(f"{_word_before(m, text)} {m.text}")) for m in fulls
    )


def _word_before(m: Mention, text: str) -> str:
    """The capitalised word right before a mention, or ""."""
    before = re.search(r"([A-Z][\w'’-]*) $", text[max(0, m.start - 40) : m.start])
    return before[1] if before else ""


def merge_short_forms(drafts: dict[str, Draft], text: str) -> None:
    """Merge an organisation's acronym or shortened name into the one full name it shortens."""
    named = {k: d for k, d in drafts.items() if k[:2] in ("n:", "c:")}
    alone = {
        k: d
        for k, d in drafts.items()
        if k[:2] == "p:" and " " not in k and not any(m.role for m in d.mentions)
    }
    for key, draft in {**named, **alone}.items():  # "Holdings" tagged as a person is still the company
        short = draft.mentions[0]
        if " " in short.text or key not in drafts:
            continue
        found = [k for k, od in named.items() if k != key and k in drafts and _shortens(short, od, text)]
        targets = country_targets(draft, _widest(found), drafts, text)  # "Chile" is no "Walmart Chile"
        if not draft.mentions:  # every mention was the last word of a company's name
            del drafts[key]
            continue
        if not targets and _headline_only(draft, text):  # the headline's "Cong" for the body's "Congress"
            targets = [
                k for k, od in named.items() if k != key and k in drafts and _cut_short(short.text, od)
            ]
        if (
            not targets
            and short.text.isupper()
            and key in named
            and _take_person_named(short, draft, drafts, text)
        ):
            continue
        # "Emirates" (tagged a place) where the article names the airline "Emirates Airline"
        # (not a country the CLDR names: "Vietnam" is no "Vietnam Airlines")
        country_word = key[:2] == "n:" and draft.kind == "country" and not is_country(short.text)
        country_word = country_word and company_of(short.text, named, drafts)
        # a name led by a number is not shortened to its last word: "Fox" is Fox News, not 21st Century Fox
        ends_numbered = len(targets) == 1 and targets[0][2:3].isdigit()
        # "Kingfisher" tagged a person, no one's surname, where the article names Kingfisher Airlines
        lone = key[:2] == "p:"
        if (len(targets) != 1 or ends_numbered) and (draft.kind == "organisation" or country_word or lone):
            least = 1 if country_word or lone else _ESTABLISHED
            acting = all(m.agentive for m in draft.mentions)
            owner = first_word_owner(short.text, named, drafts, least=least, acting=acting)
            targets = [owner] if owner is not None and owner != key else targets
        if not targets and short.text.casefold() in ORG_HEADS:  # "the Board" for the Board for the ...
            targets = [k for k, od in named.items() if k != key and k in drafts and _headed(short.text, od)]
            # of two ("the Ministry" after the Ministry of Health, before the Ministry of Finance is named),
            # the one named before it
            before = [k for k in targets if drafts[k].first < short.start]
            targets = before if len(targets) > 1 and len(before) == 1 else targets
        if lone:  # "Obama" is no "Obama administration", the body he leads
            targets = [k for k in targets if not k.endswith(_LEADERS_BODIES)]
        # "the Congress, Trinamool Congress and other parties": two bodies the article lists side by side
        targets = [k for k in targets if not _listed_together(draft, drafts[k], text)]
        if len(targets) == 1:
            for m in draft.mentions if country_word or lone else ():
                m.label = "ORG"  # the company's short name, not a place or a person
            drafts[targets[0]].mentions += drafts.pop(key).mentions


def _listed_together(one: Draft, other: Draft, text: str) -> bool:
    """True when a mention of ``one`` and one of ``other`` stand next to each other in a list."""
    return any(
        text[a.end : b.start].strip() in (",", "and", ", and", "or")
        for x, y in ((one, other), (other, one))
        for a in x.mentions
        for b in y.mentions
        if a.end <= b.start
    )


def _headed(head: str, draft: Draft) -> bool:
    """True when a name of the body is (words and) ``head`` "of" or "for" something: "the Board for the Long
    Beach Unified School District" is "the Board"; "the National Health Workers' Union of Liberia" is
    "the Union"."""
    pairs = ([head.casefold(), "of"], [head.casefold(), "for"])
    return any(
        words[i : i + 2] in pairs
        for m in draft.mentions
        for words in [m.text.casefold().split()]
        for i in range(len(words))
    )


def _stem(name: str) -> str:
    """An organisation's name without the trailing words that say what kind of company it is:
    "Big Machine Records" and "Big Machine Label Group" -> "big machine"; the Justice Department and the
    Department of Justice -> "department of justice"."""
    words = _of_form(name).casefold().split()
    while len(words) > 1 and words[-1] in _KIND_WORDS:
        words.pop()
    return " ".join(words)


_KIND_WORDS = COMPANY_WORDS | CORPORATE_ENDINGS | {"label", "international"}


def merge_name_stems(drafts: dict[str, Draft]) -> None:
    """Merge organisations whose names differ only in such kind words into the most mentioned one
    ("Big Machine", "Big Machine Records", "Big Machine Label Group": one company)."""
    by_stem: dict[str, list[str]] = {}
    for key, draft in drafts.items():
        if key[:2] == "n:" and draft.kind in ("organisation", "group", "other"):
            by_stem.setdefault(_stem(draft.mentions[0].text), []).append(key)
    for keys in by_stem.values():
        if len(keys) < 2 or all(drafts[k].kind == "other" for k in keys):
            continue
        main = max(keys, key=lambda k: len(drafts[k].mentions))
        for key in keys:
            if key != main:
                drafts[main].mentions += drafts.pop(key).mentions


def another_name(drafts: dict[str, Draft], key: str, target: str) -> None:
    """Merge ``key``'s mentions into ``target`` as another way of naming it, never chosen as its name."""
    merged = drafts.pop(key).mentions
    for m in merged:
        m.hint = "metonym"
    drafts[target].mentions += merged
