"""What "the company", "the board" or "the union" can mean: the organisation named last that the noun
fits, or one the article introduced as such ("The group, WeWorkers Coalition, ...")."""

from __future__ import annotations

from brief.extract._draft import Draft
from brief.extract._layout import inside
from brief.extract._lexicon import GROUP_HEADS, INSTITUTIONS, MEDIA_WORDS, NAMED_HEADS, ORG_DESCRIPTIONS
from brief.extract._mention import Mention
from brief.extract._syntax import Doc, Token, affiliation
from brief.extract._title_words import WORD, title_words

__all__ = ["merge_described_bodies", "named_as_nouns", "resolve_org"]

# What "the company" cannot mean, and the nouns that name a business.
_PUBLIC_BODIES = frozenset(
    "board council ministry tribunal court commission agency department government party committee "
    "authority parliament assembly senate congress administration police army navy".split()
)
_BUSINESS = frozenset(
    "company firm business bank insurer airline carrier retailer lender manufacturer conglomerate".split()
)


_UNIONS = frozenset("union association federation guild confederation".split())
_MEDIA_NOUNS = frozenset(
    "network channel broadcaster station newspaper paper outlet magazine publication site".split()
)


def resolve_org(
    doc: Doc,
    desc: Mention,
    orgs: list[Draft],
    named_as: list[tuple[int, str, Draft]],
    quoted: list[tuple[int, int]],
) -> Draft | None:
    """The organisation named last before ``desc`` that it can mean ("the company" is no Board); one
    the article introduced as such ("The group, WeWorkers Coalition, ...") comes first."""
    named = [d for d in orgs if any(desc.start <= m.start and m.end <= desc.end for m in d.mentions)]
    if desc.hint in GROUP_HEADS and len(named) == 1:
        return named[0]  # "The Popular Front coalition" is the Popular Front
    introduced = [(at, d) for at, noun, d in named_as if noun == desc.hint and at < desc.start]
    if introduced:
        return max(introduced, key=lambda found: found[0])[1]
    members = _members(desc.text)
    last = {
        id(d): _last_unquoted(d, desc.start, quoted)
        for d in orgs
        if _can_mean(desc.hint, d) and members <= _name_words(d)
    }
    before = [d for d in orgs if last.get(id(d), -1) >= 0]
    names = {id(d): _name_words(d, named_only=True) for d in before}
    own = [d for d in before if desc.hint in names[id(d)]]
    if own and desc.hint not in _BUSINESS:
        before = own  # "the journal" is the Journal of Biological Chemistry, not a society named since
    kinds = _modifiers(desc.text)  # "the production company" is Dick Clark Productions
    fitting = [d for d in before if kinds and kinds <= names[id(d)]]
    before = fitting or before
    if not before:
        return None
    latest = max(before, key=lambda d: last[id(d)])
    named = doc.char_span(last[id(latest)], last[id(latest)] + 1, alignment_mode="expand")
    span = named[0].sent if named is not None else None
    if span is None or not (span.start_char <= desc.start < span.end_char or _in_relative(named[0])):
        return latest
    # of the bodies named before it in its own sentence or the one it follows, the subject is what "the
    # company" goes on about: "Eir's relationship with Comreg took a twist with news that the company is
    # suing the State"; "The management of Telecel Group, which is acquiring majority share in Vodafone
    # Ghana, says ... The telecom conglomerate indicates"
    subjects = [
        d
        for d in before
        for m in [*d.mentions, *d.refs]
        if span.start_char <= m.start < min(span.end_char, desc.start)
        and not inside(quoted, m.start, m.end)
        and _main_subject(doc, m)
    ]
    return max(subjects, key=lambda d: last[id(d)]) if subjects else latest


def _in_relative(tok: Token) -> bool:
    """True for a word inside a relative clause ("Telecel Group, which is acquiring ... Vodafone Ghana")."""
    return any(a.dep_ == "relcl" for a in tok.ancestors)


def _main_subject(doc: Doc, m: Mention) -> bool:
    """True for a mention that is its sentence's subject, or the owner of it ("Eir's relationship")."""
    found = doc.char_span(m.start, m.end, alignment_mode="expand")
    if found is None:
        return False
    tok = found.root
    if tok.dep_ == "poss" or (tok.dep_ == "pobj" and tok.head.lower_ == "of"):
        tok = tok.head if tok.dep_ == "poss" else tok.head.head  # "Eir's relationship", "The management of"
    verb = tok.head
    main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
    return tok.dep_ in ("nsubj", "nsubjpass") and main


def merge_described_bodies(drafts: dict[str, Draft]) -> None:
    """A body described by its country and its work before it is named ("Australia's competition
    regulator blocked ...", then "The Australian Competition and Consumer Commission (ACCC) said") is
    that body: the one named later whose name holds the description's words and its country."""
    orgs = [d for k, d in drafts.items() if k[:2] == "n:" and d.kind == "organisation"]
    for key, draft in list(drafts.items()):
        first = draft.mentions[0]
        if key[:2] != "g:" or first.hint != "organisation" or len(draft.mentions) != 1:
            continue
        words = WORD.findall(first.text)
        country = {affiliation(w) for w in words if w[:1].isupper()}
        content = {w.casefold() for w in words[:-1] if affiliation(w) not in country} - {"the", "s"}
        fits = [
            d
            for d in orgs
            if content <= _name_words(d)
            and country & {affiliation(w) for w in _name_words(d)}
            and all(m.start > first.end for m in d.mentions)
        ]
        if country and content and len(fits) == 1:
            fits[0].mentions += drafts.pop(key).mentions


def _members(text: str) -> frozenset[str]:
    """Who a description says the body is made of: "the employers group" -> employer (a plural agent noun
    before its head)."""
    words = WORD.findall(text.casefold())
    return frozenset(w[:-1] for w in words[:-1] if w.endswith("ers") and len(w) > 4)


def _modifiers(text: str) -> frozenset[str]:
    """The nouns a description puts before its head: "the production company" -> production."""
    words = WORD.findall(text.casefold())[:-1]
    return (
        frozenset(w for w in words if w not in ("the", "a", "an", "its", "their") and w.isalpha())
        - _ADJECTIVES
    )


_ADJECTIVES = frozenset("new old former local national federal state big small major private public".split())


def _name_words(org: Draft, named_only: bool = False) -> frozenset[str]:
    """The words of an organisation's names (or of its names alone, not its descriptions), each also
    without a plural "s"."""
    names = [m for m in org.mentions if not named_only or m.label not in ("DESC", "GROUP")]
    words = {w for m in names for w in WORD.findall(m.text.casefold())}
    return frozenset(words | {w[:-1] for w in words if w.endswith("s")})


def _last_unquoted(draft: Draft, pos: int, quoted: list[tuple[int, int]]) -> int:
    """Offset of the draft's last mention before ``pos`` outside quotations (-1 if none): a company a
    speaker names is not what the writer's next "the company" means. An earlier "the company" found to
    mean it counts as a mention ("Vodafone's quarrel with Ofcom ... the company is suing. The company
    says")."""
    found = [*draft.mentions, *draft.refs]
    starts = [m.start for m in found if m.start < pos and not inside(quoted, m.start, m.end)]
    return max(starts, default=-1)


def named_as_nouns(doc: Doc, drafts: list[Draft]) -> list[tuple[int, str, Draft]]:
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
    heads = {found[-1] for m in org.mentions if (found := WORD.findall(m.text.casefold()))}
    if words & MEDIA_WORDS:  # "the network" is Fox News; "the agency" is not the outlet reporting the story
        return noun in _MEDIA_NOUNS
    if noun in _BUSINESS:  # (nor a "Court of First Instance": a public body by any word of its name)
        return not (heads | words) & _PUBLIC_BODIES
    if noun == "union":
        return bool(words & _UNIONS)  # a union is one by name, or an association of workers or players
    if noun in INSTITUTIONS or noun in NAMED_HEADS:
        return False  # "the hospital", "the board" is one whose name says so
    if noun not in _PUBLIC_BODIES:
        return True
    if noun == "agency" and heads & _PUBLIC_BODIES:
        return True  # any public body is an agency ("Indiana State Police ... the agency")
    # "the council" is no other body, and "the court" no company: "the agency" may be one known as "EPA"
    return not heads & _PUBLIC_BODIES and any(m.text.replace(".", "").isupper() for m in org.mentions)
