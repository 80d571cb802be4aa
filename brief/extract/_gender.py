"""A person's grammatical gender where the article states it in the words naming them: an honorific
("Mrs Begum", "Sir Keir"), a kinship or gendered title ("Zuma's daughter", "the spokeswoman"). "He" is
then never resolved to a daughter, nor "she" to a Mr."""

from __future__ import annotations

from typing import Literal

from brief.extract._draft import Draft
from brief.extract._lexicon import PERSON_NOUNS
from brief.extract._mention import Mention
from brief.extract._syntax import Doc, Token

__all__ = ["Gender", "genders", "given_gender", "mention_gender", "of_noun", "of_pronoun"]

Gender = Literal["f", "m"]

_FEMALE = frozenset(
    "mrs mrs. ms ms. miss dame lady madam daughter wife mother sister woman girl grandmother widow aunt "
    "niece spokeswoman chairwoman congresswoman councilwoman alderwoman assemblywoman businesswoman "
    "actress queen princess duchess countess baroness".split()
)
_MALE = frozenset(
    "mr mr. sir lord son father husband brother man boy grandfather widower uncle nephew spokesman "
    "congressman councilman alderman assemblyman businessman king prince duke count baron".split()
)


def of_pronoun(word: str) -> Gender | None:
    return "m" if word in ("he", "him", "his") else "f" if word in ("she", "her", "hers") else None


def of_noun(word: str) -> Gender | None:
    """The gender a noun for a person gives ("woman": f), if it gives one."""
    return "f" if word in _FEMALE else "m" if word in _MALE else None


def genders(doc: Doc, drafts: list[Draft]) -> dict[int, Gender]:
    """Draft index -> gender, for the people whose naming words agree on one."""
    found: dict[int, Gender] = {}
    told = _pronouns_joined(doc, drafts)
    for i, draft in enumerate(drafts):
        if not draft.is_person:
            continue
        said = set().union(*(_said(doc, m) for m in [*draft.mentions, *draft.extra]), told.get(i, set()))
        if len(said) == 1:
            found[i] = "f" if "f" in said else "m"
    return found


_CLAUSES = frozenset({"ccomp", "csubj", "csubjpass"})


def _pronouns_joined(doc: Doc, drafts: list[Draft]) -> dict[int, set[Gender]]:
    """Genders a clause joined to a person's own gives them by its pronoun subject: "it was revealed that
    Kerr was injured, and that she would miss the game" (Kerr: f)."""
    owner = {t: i for i, d in enumerate(drafts) if d.is_person for m in d.mentions for t in m.tokens}
    out: dict[int, set[Gender]] = {}
    for tok in doc:
        gender = of_pronoun(tok.lower_) if tok.dep_ == "nsubj" and tok.head.dep_ == "conj" else None
        if gender is None:
            continue
        # the clause it is joined to, or the one holding both ("revealed that ..., and that")
        first = tok.head.head
        clauses = [first, *(c for c in first.children if c.dep_ in _CLAUSES and c.i < tok.i)]
        subjects = [c for v in clauses for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        people = {owner[c.i] for c in subjects if c.i in owner}
        if len(people) == 1:
            out.setdefault(people.pop(), set()).add(gender)
    return out


def mention_gender(doc: Doc, mention: Mention) -> Gender | None:
    """The gender the words of one mention give ("Lady Starmer": f), if they give one."""
    said = _said(doc, mention)
    return ("f" if "f" in said else "m") if len(said) == 1 else None


def _said(doc: Doc, mention: Mention) -> set[Gender]:
    first = min(mention.tokens, default=mention.root)
    near = [*mention.tokens, first - 1] if first > 0 else list(mention.tokens)
    # "the woman's lawyer": a word before a possessive is someone else's
    words = {doc[k].lower_ for k in near if k + 1 >= len(doc) or doc[k + 1].tag_ != "POS"}
    found: set[Gender] = set()
    if words & _FEMALE:
        found.add("f")
    if words & _MALE:
        found.add("m")
    return found


def given_gender(noun: Token) -> Gender | None:
    """The gender the sentence gives one unnamed person by a pronoun after it ("a parent ... her child")."""
    if noun.tag_ != "NN" or noun.lemma_.lower() not in PERSON_NOUNS:
        return None
    if any(t.ent_type_ == "PERSON" for t in noun.subtree):
        return None  # "one expert I spoke to — a political scientist named Laura Stoker — said she"
    genders = {of_pronoun(t.lower_) for t in noun.sent if t.i > noun.i and t.tag_ in ("PRP", "PRP$")}
    genders.discard(None)
    return genders.pop() if len(genders) == 1 else None
