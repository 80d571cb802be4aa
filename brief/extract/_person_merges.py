"""Other names of one person: a bare title the tagger took for a name ("The President", "Pendang MP"),
a titled name it took for a body ("Minister for Civil Aviation Alfred Manase"), and a first name the
article misspells once ("Erica Shields" beside "Erika Shields")."""

from __future__ import annotations

from brief.extract._draft import Draft
from brief.extract._lexicon import PERSON_TITLES
from brief.extract._mention import Mention
from brief.extract._short_forms import another_name

__all__ = ["merge_bare_titles", "merge_misspelt", "merge_titled_names"]


def merge_bare_titles(drafts: dict[str, Draft]) -> None:
    """ "The President" (a title the tagger took for a name) is the one person the article names with
    that title ("President Donald Trump")."""
    for key in [k for k in drafts if k[:2] in ("n:", "p:") and k[2:] in PERSON_TITLES]:
        title = key[2:]
        holders = [
            k
            for k, d in drafts.items()
            if k[:2] == "p:" and " " in k and any(_titled(m, title) for m in d.mentions)
        ]
        if len(holders) == 1:
            another_name(drafts, key, holders[0])
    # "Pendang MP had called a minister a liar": the one person whose whole title it is ("Pendang MP Datuk
    # Awang Solahuddin Hashim")
    for key in [k for k in drafts if k[:2] in ("n:", "p:") and k.rsplit(" ", 1)[-1] in PERSON_TITLES]:
        if not any(m.agentive for m in drafts[key].mentions):
            continue  # (a bare title that does nothing is no one to merge: "Navy Rear Adm.")
        holders = [
            k
            for k, d in drafts.items()
            if k[:2] == "p:" and k != key and any(m.role.casefold() == key[2:] for m in d.mentions)
        ]
        if len(holders) == 1 and key in drafts:
            another_name(drafts, key, holders[0])


def merge_titled_names(drafts: dict[str, Draft]) -> None:
    """ "Minister for Civil Aviation Alfred Manase", which the tagger took for a body, is the person whose
    full name it ends with."""
    names = {
        m.text.casefold(): k for k, d in drafts.items() if k[:2] == "p:" for m in d.mentions if " " in m.text
    }
    for key in [k for k in drafts if k[:2] == "n:"]:
        words = key[2:].split()
        found = (names.get(" ".join(words[i:])) for i in range(1, len(words) - 1))
        holders = {h for h in found if h is not None}
        if len(holders) == 1:
            another_name(drafts, key, holders.pop())


def _titled(mention: Mention, title: str) -> bool:
    """ "President Donald Trump" (or a mention whose role is "President") holds the title "president"."""
    return mention.text.casefold().startswith(title + " ") or title in mention.role.casefold().split()


def _one_letter_apart(a: str, b: str) -> bool:
    """ "erika"/"erica", "brian"/"bryan": one letter changed inside a first name of four or more letters
    (not its last letter: "Carla" and "Carlo" are two people); or a final "h" or a doubled letter more."""
    short, long = sorted((a, b), key=len)
    if len(long) == len(short) + 1 >= 5:  # "hanna"/"hannah", "philip"/"phillip"
        cut = next((i for i, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
        return short == long[:cut] + long[cut + 1 :] and (long[cut:] == "h" or long[cut] == long[cut - 1])
    apart = [i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y]
    return len(a) == len(b) >= 4 and len(apart) == 1 and apart[0] < len(a) - 1


def merge_misspelt(drafts: dict[str, Draft]) -> None:
    """A person whose first name the article misspells once ("Erica Shields" beside "Erika Shields",
    same surname) is one person, named as the article names them most."""
    people = [k for k in drafts if k[:2] == "p:" and len(k[2:].split()) == 2]
    people.sort(key=lambda k: -len(drafts[k].mentions))
    for i, key in enumerate(people):
        first, last = key[2:].split()
        for other in people[i + 1 :]:
            other_first, other_last = other[2:].split()
            same = last == other_last and _one_letter_apart(first, other_first)
            if same and key in drafts and other in drafts:
                drafts[key].mentions += drafts.pop(other).mentions
