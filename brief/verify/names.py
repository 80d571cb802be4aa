"""Which names an article uses, and whether a name in a claim is one of them.

A claim may name an actor differently from the article without inventing anyone: a possessive
("Argentina's"), a plural ("Conservatives"), an initialism of a name the article spells out ("EU" for
"European Union", "SNP"), an adjective of a place ("Argentine"), or a fuller or shorter form of one
person's name ("Tony Blair" where the article says "Blair"). ``NameIndex.known`` accepts those and
nothing else; ``NameIndex.forms`` gives every way the article writes a name, for finding it in a sentence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache, cached_property, lru_cache

from brief.extract import CAPITALS, COUNTRY_FORMS, PERSON_TITLES, SEATS
from brief.verify.word_forms import demonym_bases, singular

__all__ = ["NameIndex", "mention_pattern", "name_key", "strip_possessive", "tagged_parties"]

_CAP_RUN = re.compile(
    r"[A-Z][\w'’.\-]*(?:\s+(?:(?:of|and|for|the|de|da|del|der|van|von|al|bin|la|le)\s+)*[A-Z][\w'’.\-]*)*"
)
_POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])$")
_SMALL = frozenset("of and for the de da del der van von al bin la le".split())
_TITLES = frozenset(
    "mr mrs ms dr sir dame lord lady prof president prime minister chancellor senator governor "
    "judge justice king queen prince princess pope general secretary".split()
)


def strip_possessive(word: str) -> str:
    """ "Argentina's" -> "Argentina", "Magistrates'" -> "Magistrates"."""
    stripped = _POSSESSIVE.sub("", word)
    return stripped if len(stripped) >= 2 else word


_PREFIX = re.compile(r"\b(now|then|ex|former|once)-(?=[A-Z])")


@lru_cache(maxsize=16384)
def name_key(name: str) -> str:
    """A comparison key: case folded, quote marks folded, possessives and punctuation dropped."""
    name = _PREFIX.sub(r"\1 ", name.replace("’", "'"))  # "now-Attorney General": the title is named
    words = [strip_possessive(w) for w in re.findall(r"[\w'’\-.]+", name)]
    return " ".join(w.strip(".'-").casefold() for w in words if w.strip(".'-"))


_SPAN_WORDS = 8  # words of a capitalised run whose stretches may be abbreviated
# the party letter of a US lawmaker's tag ("Sen. Johnny Isakson, R-Ga.")
_PARTY_TAGS = {"republican": "r", "republicans": "r", "democrat": "d", "democratic": "d", "democrats": "d"}
# Two-letter state codes that are also everyday lower-case words: only "OR", "IN" in capitals count.
_CODE_WORDS = frozenset("in me or as ca oh hi ok id co de la pa ma al ga mo ne ms mt".split())


@cache
def _state_forms() -> dict[str, tuple[str, ...]]:
    """Every US state's name, postal code and AP abbreviation ("New Jersey", "NJ", "N.J."), keyed by
    the ``name_key`` of each, from the ``us`` package's table."""
    import us

    out: dict[str, tuple[str, ...]] = {}
    for state in us.states.STATES_AND_TERRITORIES:
        forms = tuple(dict.fromkeys(f for f in (state.name, state.abbr, state.ap_abbr) if f))
        out.update({name_key(f): forms for f in forms})
    return out


def tagged_parties(text: str) -> set[str]:
    """The parties a lawmaker's tag in ``text`` names: {"republican", ...} for "Sen. Bob Corker, R-Tenn."."""
    letters = {m.lower() for m in re.findall(r"\b([DR])-[A-Z]", text)}
    return {party for party, letter in _PARTY_TAGS.items() if letter in letters}


def mention_pattern(forms: Iterable[str], key: str) -> re.Pattern[str] | None:
    """What mentions a name in a sentence's ``name_key`` (with spaces around it), given its forms: a form
    as a word of its own, or before a hyphen ("Dubai-based airline Emirates"); a state or a party in a
    lawmaker's tag ("Sen. Jon Tester, D-Mont." for Montana, "R-Ga." for a Republican)."""
    said = "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
    party = _PARTY_TAGS.get(key, "")
    alternatives = ([f" (?:[dri]-)?(?:{said})[ -]"] if said else []) + ([f" {party}-[a-z]"] if party else [])
    return re.compile("|".join(alternatives)) if alternatives else None


class NameIndex:
    """The names of one article: every capitalised run, its words, its initialisms, the people's surnames."""

    def __init__(self, text: str, people: Iterable[str] = ()) -> None:
        self.text = text
        runs = [m.group(0) for m in _CAP_RUN.finditer(text.replace("’", "'"))]
        self.runs = {name_key(r) for r in runs} | {name_key(p) for p in people}
        self.words = {w for r in self.runs for w in r.split()}
        self.lower_words = {w.casefold() for w in re.findall(r"[\w\-]+", text.replace("’", "'"))}
        people = list(people)
        self._people = [name_key(p) for p in people if " " in p.strip()]
        self._forms: dict[str, frozenset[str]] = {}
        # without the extraction's people, any capitalised word may be a surname
        self._surnames = {name_key(p).split()[-1] for p in people if name_key(p)} or self.words

    @cached_property
    def initialisms(self) -> dict[str, set[str]]:
        """Initials -> the capitalised runs they abbreviate ("eu" -> {"european union"})."""
        found: dict[str, set[str]] = defaultdict(set)
        for run in self.runs:
            words = run.split()
            if len(words) < 2:
                continue
            # and of the run without its first words: "SEC" for "U.S. Securities and Exchange Commission"
            for start in range(len(words) - 1):
                rest = words[start:]
                found["".join(w[0] for w in rest if w not in _SMALL)].add(run)
                found["".join(w[0] for w in rest)].add(run)
        return found

    def _namesakes(self, key: str, words: list[str]) -> bool:
        """True when the article names another thing whose name ends as this one's last two words."""
        tail = " " + " ".join(words[-2:])
        return any(r.endswith(tail) and not r.endswith(key) and not key.endswith(r) for r in self.runs)

    @cached_property
    def _lower_case(self) -> set[str]:
        """Words the article writes in lower case ("a conservative member")."""
        return set(re.findall(r"(?<![\w'’])[a-z][a-z\-]+", self.text))

    @cached_property
    def _undotted(self) -> dict[str, set[str]]:
        """The article's name words without their dots -> those words: "us" -> {"u.s"}."""
        found: dict[str, set[str]] = defaultdict(set)
        for w in self.words:
            found[w.replace(".", "")].add(w)
        return found

    @cached_property
    def _stems(self) -> set[str]:
        return {w[:6] for w in self.words if len(w) >= 6}

    def known(self, name: str) -> bool:
        """True when ``name`` is a form of a name the article uses (see the module docstring)."""
        key = name_key(name)
        if not key:
            return True
        if key in self.runs or self._in_text(key):
            return True
        if key in _PARTY_TAGS and key in tagged_parties(self.text):
            return True
        words = [w for w in key.split() if w not in _SMALL and w not in _TITLES]
        if not words:
            return True
        if all(self._word_known(w) for w in words):
            return True
        if len(words) == 1 and self._initialism(words[0]):
            return True
        if len(words) > 1 and "".join(w[0] for w in words) in self._undotted:  # "European Union" for "EU"
            return True  # (and "United States" for "U.S.")
        if len(words) == 1 and "." not in key and key in self._undotted:
            return True  # "US" for "U.S."
        if len(words) > 1 and self._fuller_form(words):
            return True
        if len(words) > 1 and self._spelt_with_initials(key):
            return True
        party = words[0] in self._lower_case and words[0] not in PERSON_TITLES  # not "Premier Li Zhansu"
        if len(words) > 2 and party and " ".join(words[1:]) in self.runs:
            return True  # "Conservative Philip Davies" for "Philip Davies, a conservative member"
        return self._seat_of_government(key) or self._state(key)

    def _spelt_with_initials(self, key: str) -> bool:
        """True when the name, with one of its words read as the initials of words the article spells
        out, is in the article: "Emanuel AME Church", "UC Berkeley" (University of California, Berkeley)."""
        words = key.split()
        for i, word in enumerate(words):
            for spelt in self._spans.get(word, ()):
                if self._in_text(" ".join([*words[:i], spelt, *words[i + 1 :]])):
                    return True
        return False

    @cached_property
    def _spans(self) -> dict[str, set[str]]:
        """Initials -> the runs of words inside the article's capitalised runs they abbreviate ("ame" ->
        "african methodist episcopal", "uc" -> "university of california")."""
        found: dict[str, set[str]] = defaultdict(set)
        for run in self.runs:
            words = run.split()[:_SPAN_WORDS]
            for a in range(len(words)):
                for b in range(a + 2, len(words) + 1):
                    span = words[a:b]
                    if span[0] not in _SMALL and span[-1] not in _SMALL:
                        found["".join(w[0] for w in span if w not in _SMALL)].add(" ".join(span))
        return found

    def _state(self, key: str) -> bool:
        """A US state named as the article writes it another way: "New Jersey" for "N.J." or a
        tweet's "nj", "Calif." for "California"."""
        return any(self._written(form) for form in _state_forms().get(key, ()))

    def _written(self, form: str) -> bool:
        """True when the article writes a state's name or abbreviation: the name in any case, a code
        or abbreviation as spelt ("NJ", "N.J."), and a code that is no everyday word in lower case."""
        if not (form.endswith(".") or len(form) == 2):  # a name, not an abbreviation
            return self._in_text(name_key(form))
        spelt = re.search(r"(?<![\w.])" + re.escape(form) + r"(?![\w])", self.text) is not None
        return spelt or (
            len(form) == 2 and form.lower() not in _CODE_WORDS and form.lower() in self.lower_words
        )

    def _seat_of_government(self, key: str) -> bool:
        """A capital or seat standing for its country's government ("Ottawa" for "the federal
        government" of an article about Canadian railways): the article speaks of a government and
        names the country, its people or one of its forms."""
        country = CAPITALS.get(key) or SEATS.get(key)
        if country is None or not self._in_text("government"):
            return False
        forms = {name_key(f) for f in COUNTRY_FORMS.get(country, (country,))}
        root = country.split()[0][:4] if " " not in country and len(country) >= 5 else ""
        return any(self._in_text(f) for f in forms) or bool(
            root and any(w.startswith(root) for w in self.words)
        )

    def _in_text(self, key: str) -> bool:
        return re.search(r"(?<!\w)" + re.escape(key) + r"(?!\w)", name_key(self.text)) is not None

    def _word_known(self, word: str) -> bool:
        if word in self.words or singular(word) in self.words or word + "s" in self.words:
            return True  # "ICU" for "ICUs" too
        if any(w.startswith(word) and len(w) - len(word) <= 3 for w in self.words if len(word) >= 4):
            return True  # "Conservative" for "Conservatives"
        # an adjective or demonym of a name: "Argentine" / "Argentina", "Russian" / "Russia"
        return (len(word) >= 6 and word[:6] in self._stems) or self._demonym(word)

    def _demonym(self, word: str) -> bool:
        return bool(self._demonym_of(word))

    def _demonym_of(self, word: str) -> set[str]:
        """The article's names a demonym is of, and its demonyms of a name: "Italy" for "Italian", "Iran"
        for "Iranian" and "Iranian" for "Iran"."""
        return (demonym_bases(word) & self.words) | self._demonyms.get(word, set())

    @cached_property
    def _demonyms(self) -> dict[str, set[str]]:
        """Name -> the article's words that may be its demonym ("iran" -> {"iranian"})."""
        found: dict[str, set[str]] = defaultdict(set)
        for w in self.words:
            for base in demonym_bases(w):
                found[base].add(w)
        return found

    def _initialism(self, word: str) -> bool:
        return 2 <= len(word) <= 6 and (word in self.initialisms or bool(self._spelt_out(word)))

    def _spelt_out(self, word: str) -> set[str]:
        """ "PR" for the article's "a public relations stunt": the words it uses with those initials."""
        if not word.isalpha() or len(word) > 4:
            return set()
        pattern = r"\b" + r"\w{2,}\s+".join(word) + r"\w{2,}\b"
        return set(re.findall(pattern, self.text.casefold()))

    def _fuller_form(self, words: list[str]) -> bool:
        """ "Tony Blair" for "Blair": the surname is a name here, and no other person here has it."""
        surname = words[-1]
        if surname not in self._surnames:  # only a person's name has a fuller form
            return False
        others = [p for p in self._people if p.split()[-1] == surname and p.split()[0] != words[0]]
        return not others

    def people_surnamed(self, surname: str) -> set[str]:
        """The article's people (full names, as keys) whose last word is ``surname`` (a key)."""
        return {p for p in self._people if p.split()[-1] == surname}

    def forms(self, name: str) -> set[str]:
        """Keys under which ``name`` may appear in a sentence: itself, its surname (a person's), its
        initials."""
        if name not in self._forms:
            self._forms[name] = self._forms_of(name)
        return set(self._forms[name])

    def _forms_of(self, name: str) -> frozenset[str]:
        key = name_key(name)
        words = [w for w in key.split() if w not in _SMALL and w not in _TITLES]
        forms = {key} if key else set()
        if len(words) > 1:
            # "Blair" for Tony Blair, "Thunder" for the Oklahoma City Thunder; not "District" where the
            # article names another school district (the Dallas one for the Austin one)
            if words[-1] in self._surnames or not self._namesakes(key, words):
                forms.add(words[-1])
            forms.add("".join(w[0] for w in words))
        elif len(words) == 1:
            spelt = set() if self._in_text(words[0]) else self._spelt_out(words[0])  # not "the video" for TV
            forms |= self.initialisms.get(words[0], set()) or spelt
            forms.add(singular(words[0]))
            forms.add(words[0] + "s")  # "ICU" is in "ICUs"
            forms |= self._demonym_of(words[0])  # "Iranian" where the article has "Iran's Ayatollah"
            if len(words[0]) >= 6:
                forms |= {w for w in self.words if w[:6] == words[0][:6]}
        forms |= {w for f in list(forms) for w in self._undotted.get(f, ()) if "." in w}  # "U.S." for "US"
        if key not in self.runs and self._seat_of_government(key):
            forms.add("government")  # "Ottawa" where the article has "the federal government"
        # "nj" in a tweet for New Jersey, "Ga." (not "ga") for Georgia
        forms |= {
            name_key(f)
            for f in _state_forms().get(key, ())
            if self._written(f) and (f.endswith(".") or name_key(f) not in _CODE_WORDS)
        }
        return frozenset(f for f in forms if len(f) >= 2)
