"""A candidate actor while it is being built: its mentions, descriptions and counts."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from brief.extract._family_first import family_first
from brief.extract._lexicon import HONORIFICS, NAME_PARTICLES, PERSON_TITLES
from brief.extract._mention import Mention
from brief.extract._places import CAPITALS
from brief.extract._title_words import title_words
from brief.schema import ActorKind

__all__ = ["Draft", "called_alone", "family_name", "folded", "merge", "merge_given_names", "quoted_only"]

_GIVEN_NAME = re.compile(r"^[A-Z][a-z]+-[a-z]+$")  # "Jae-myung", "Ing-wen": a given name after the family's


@lru_cache(maxsize=8192)  # names are folded thousands of times in a long article
def folded(text: str) -> str:
    """A name without case or accents: "José Manuel Albares" and "Jose Manuel Albares" are one person;
    and the writer's apostrophe either way: "Tu’ivakano", "Tu'ivakano"."""
    text = text.replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=8192)
def family_name(name: str, *, particle: bool = False) -> str:
    """The word a person is called by alone: the last ("Dmitry Peskov" -> "Peskov"; "Pierre Casabonne
    Jr." -> "Casabonne"), or the one before a hyphenated given name ("Lee Jae-myung" -> "Lee", "Donald
    Tsang Yam-kuen" -> "Tsang") or the first of a Chinese or Korean name ("Xi Jinping" -> "Xi"); with
    ``particle``, the particle before it too ("Kevin de León" -> "de León", "Julio De Vido" -> "De Vido")."""
    words = name.split()
    while len(words) > 1 and words[-1].casefold().rstrip(".,") in _GENERATIONS:
        words.pop()
    if family_first(words):
        return words[0]
    if len(words) >= 2 and _GIVEN_NAME.match(words[-1]):
        return words[-2]  # "Andrew Chan Hing-wai" -> "Chan": an English name before it too
    first = len(words) - 1
    while particle and first > 1 and words[first - 1].casefold() in NAME_PARTICLES:
        first -= 1  # "Alex Van Der Zwaan" -> "Van Der Zwaan"
    return " ".join(words[first:])


@lru_cache(maxsize=8192)
def called_alone(name: str) -> frozenset[str]:
    """The family name a person is called by alone, with and without its article ("al-Chahed", "Chahed")."""
    family = family_name(name).casefold()
    return frozenset({family, re.sub(r"^(?:al|el)-(?=\w)", "", family)})


# "Martin Luther King Jr." is "King", and "King Tupou VI" is "Tupou"
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "vi", "vii", "viii"})


_GROUP_KINDS: dict[str, ActorKind] = {"person": "person", "organisation": "organisation"}


@dataclass
class Draft:
    key: str
    mentions: list[Mention] = field(default_factory=list)
    extra: list[Mention] = field(default_factory=list)  # descriptions resolved to this person
    refs: list[Mention] = field(default_factory=list)  # "the company": refers here, not a name
    statements: int = 0
    quotes: int = 0

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)

    def last_before(self, pos: int) -> int:
        """Offset of the draft's last mention before ``pos``."""
        return max(m.start for m in self.mentions if m.start < pos)

    @property
    def longest(self) -> str:
        """The longest name the draft is given ("Tian Chua" of "Tian Chua", "Chua" and "Tian")."""
        return max((m.text for m in self.mentions), key=len)

    @property
    def affil(self) -> set[str]:
        return set().union(*(m.affil for m in self.mentions))

    @property
    def role(self) -> str:
        roles = [m.role for m in self.mentions if m.role and m.hint != "shared"]  # not "Vice President Biden"
        described = [m.text.split(" ", 1)[-1] for m in self.extra if m.text.lower().startswith("the ")]
        # a title given with the name before a description ("President", not "a centrist former investment
        # banker"); a description resolved to the person ("the Russian leader") never before one
        titled = [r for r in roles if title_words(r) & PERSON_TITLES]
        return max(titled or roles + described, key=len, default="")

    @property
    def is_person(self) -> bool:
        return self.key.startswith("p:") or self.kind == "person"

    @property
    def kind(self) -> ActorKind:
        if self.key.startswith("p:"):
            return "person"
        if self.key.startswith("g:"):
            hints = {m.hint for m in self.mentions}
            return "group" if "group" in hints else _GROUP_KINDS.get(self.mentions[0].hint, "group")
        label = Counter(m.label for m in self.mentions).most_common(1)[0][0]
        if self.key[:2] == "c:" or label == "GPE" or self.key[2:] in CAPITALS:
            return "country"
        if label == "ORG":
            return "group" if any(m.hint == "group" for m in self.mentions) else "organisation"
        return "group" if label == "NORP" else "other"


def merge(drafts: dict[str, Draft], src: str, dst: str) -> None:
    """Fold draft ``src`` into ``dst``: one actor."""
    drafts[dst].mentions += drafts.pop(src).mentions


def quoted_only(draft: Draft, quotes: list[tuple[int, int]]) -> bool:
    """A one-word "person" met only inside quotation marks ("Meth is IN SD") is a word, not an actor."""
    if not draft.key.startswith("p:") or " " in draft.key:
        return False
    return all(any(a < m.start and m.end <= b for a, b in quotes) for m in draft.mentions)


def merge_given_names(drafts: dict[str, Draft]) -> None:
    """A person named by the first words of one other person's full name ("Che Mohamad Zulkifly" beside
    "Datuk Che Mohamad Zulkifly Jusoh", "Sarah Jessica" beside "Sarah Jessica Parker") is that person."""
    names = {k: [_unhonoured(m.text.split()) for m in d.mentions] for k, d in drafts.items() if k[:2] == "p:"}
    for key, own in names.items():
        short = {tuple(n) for n in own if len(n) >= 2}
        longer = [
            k
            for k, full in names.items()
            if k != key and any(tuple(n[: len(s)]) == s for n in full for s in short if len(n) > len(s))
        ]
        if len(longer) == 1 and key in drafts and longer[0] in drafts:
            merge(drafts, key, longer[0])


def _unhonoured(words: list[str]) -> list[str]:
    return words[1:] if len(words) > 1 and words[0].casefold() in HONORIFICS else words
