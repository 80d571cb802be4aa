"""Mentions of candidate actors: named entities with their titles, possessives and appositives,
names the tagger missed ("Mr Streeting"), plus the groups and descriptions of ``_groups``."""

from __future__ import annotations

from collections.abc import Sequence

from brief.extract._definite import desc_mention
from brief.extract._embeds import signature_mentions
from brief.extract._entity_joins import join_given, join_glottal, join_particles, join_spelled
from brief.extract._entity_splits import split_entity
from brief.extract._groups import group_mention
from brief.extract._interview import interview_mentions
from brief.extract._kinds import (
    administration,
    body_by_words,
    described_as_body,
    employer_of,
    introduced_body,
    place_by_words,
    run_as_body,
    statute,
    thing_in_apposition,
)
from brief.extract._layout import inside
from brief.extract._lexicon import (
    CORPORATE_ENDINGS,
    GROUP_HEADS,
    INSTITUTIONS,
    JUNK_NAMES,
    NAME_PARTICLES,
    OFFICE_WORDS,
    ORG_ENDINGS,
    PERSON_NOUNS,
    PERSON_TITLES,
    PLATFORMS,
    POST_NOMINALS,
    STATE_BODIES,
)
from brief.extract._mention import NAMED, Mention, capitalised_noun, good_name
from brief.extract._name_edges import trim_name
from brief.extract._patronymics import glued_initials
from brief.extract._person_cues import (
    described,
    list_mates,
    person_by_title,
    speaks_by_surname,
    title_after,
    titled_in_apposition,
    titled_name,
    titles_a_name,
    who,
)
from brief.extract._places import is_country
from brief.extract._portfolios import drop_portfolios
from brief.extract._sources import source_mention
from brief.extract._syntax import (
    SUBJECT_DEPS,
    Doc,
    Token,
    char_span,
    is_agentive,
    is_boilerplate,
    listed_place,
    nameless_spans,
    opens_dateline,
    text_of,
)
from brief.extract._titles import person_forms
from brief.extract._transcript import transcript_mentions
from brief.extract._untagged_names import given_name, propn_mention

__all__ = ["Mention", "collect_mentions"]

_MISC = {"LAW", "EVENT", "WORK_OF_ART", "PRODUCT"}
_NAMED_PLACES = INSTITUTIONS | {"church", "cathedral", "mosque", "temple", "street", "road", "avenue"}


def _group(doc: Doc, tok: Token, people: set[int]) -> Mention | None:
    """A group or unnamed person, not a title right after a person's name ("Talib Hilal coach of ..."; but
    "Magnuson's family")."""
    m = group_mention(doc, tok)
    named = tok.i - 1 in people and title_after(doc, tok.i - 1)  # (not "A Gamaleya spokesman": no "of")
    return None if m is not None and named else m


_BODY_ENDINGS = ORG_ENDINGS | INSTITUTIONS  # an organisation's, a company's, a hospital's, a university's


def _shouted_word(words: Sequence[Token]) -> bool:
    """ "SOMEONE" in a capitalised subhead ("WILL SOMEONE STAND UP?"), "A COUNCIL" opening a lead: a common
    noun, not a name."""
    # "A COUNCIL has apologised": a lead's opening words in capitals, a noun that takes "a"
    a_noun = len(words) == 1 and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in words[0].children)
    return all(t.is_upper and (t.tag_ not in ("NNP", "NNPS") or a_noun) for t in words)


def _entity_label(doc: Doc, ent: Token, first: int, last: int) -> str | None:
    label = str(ent.label_)
    words = {doc[first].lower_, doc[last].lower_}
    if label in _MISC and (words & ORG_ENDINGS or introduced_body(doc[last])):
        return "ORG"  # "Noble Moving and Storage" or "the group MPD150", tagged a work of art
    if label in _MISC and speaks_by_surname(doc, first, last):
        return "PERSON"  # "Yale Galanter told The Associated Press", tagged a work of art
    if statute(doc, first, last):
        return None
    if label == "GPE" and thing_in_apposition(doc[last]):
        return None  # "the heroin treatment drug, Subutex"
    word = doc[first]
    # "the World Bank's settlement center ICSID" (no country's short form is so long); "the Mustangs", a
    # team (a plural place is a country: "the Philippines", "the Bahamas")
    initials = word.is_upper and word.is_alpha and len(word) > 4
    if label == "GPE" and first == last and (initials or (word.tag_ == "NNPS" and not is_country(word.text))):
        return "ORG"
    if label in ("PERSON", "ORG") and (is_country(doc[first : last + 1].text) or listed_place(doc[last])):
        return "GPE"  # "an ODI against Sri Lanka", "residents in Ba, Tavua and Rakiraki", tagged people
    if label == "PERSON" and doc[last].dep_ == "compound" and doc[last].head.lower_ in _NAMED_PLACES:
        return None  # "behind St Gabriel hospital": a place named for a saint, no one
    if label == "PERSON" and body_by_words(doc, first, last):
        return "ORG"  # "tech blog Gizmodo", "Vulcan subsidiary Sac-Tun", "Al Khaleej newspaper"
    if label == "PERSON" and place_by_words(doc, first, last):
        return "GPE"  # "in Armenia's southeastern Vayots Dzor province", "cases in Pernik"
    after = doc[last + 1] if last + 1 < len(doc) else None
    if (
        label == "PERSON"
        and doc[last].lower_ in OFFICE_WORDS
        and after is not None
        and after.ent_type_ == "PERSON"
    ):
        return None  # "Mbabane Magistrate Lenhle Zulu", tagged two people: the title of the name after it
    numbered = any(any(c.isdigit() for c in t.text) for t in doc[first : last + 1])
    if label == "PERSON" and numbered:  # ("broadcaster TV9" is an outlet's, by body_by_words above)
        return None  # "180 Kent is assigned to ...", "COVID-19": a building, a disease, no one
    if label == "PERSON" and doc[first : last + 1].text.casefold() in PLATFORMS:
        return "ORG"  # "In an update on Twitter, Director General of ...": a platform, no one
    if label == "PERSON" and last > first and _people(doc[last]):
        return None  # "few Barisan Nasional MPs were present": a group of them, told by their party
    party = doc[last].tag_ == "NNP" and doc[last].lower_.endswith("s") and doc[last - 1].lower_ == "the"
    plural = doc[last].tag_ in ("NNS", "NNPS") or party
    if label == "NORP" and (not plural or doc[last].dep_ in ("amod", "compound")):
        return None  # "Russian oil": an adjective, not a group (but "the Greens said", tagged NNP)
    return label if label in NAMED else None


def _people(tok: Token) -> bool:
    """True for a plural word for people ("MPs", "officials")."""
    return tok.tag_ == "NNS" and (tok.lemma_.lower() in PERSON_NOUNS or tok.lemma_.lower() in PERSON_TITLES)


def _listed_with_bodies(doc: Doc, first: int, last: int) -> bool:
    """True for a one-word name listed with names most of which are organisations' (a country keeps its
    kind by its name)."""
    mates = list_mates(doc, first, last)
    bodies = sum(t.ent_type_ == "ORG" for t in mates)
    return first == last and bodies >= 2 and bodies * 2 > len(mates)


def _corporate(doc: Doc, last: int) -> bool:
    """True when a name ends in a word for a kind of company or body ("Dick Clark Productions",
    "Robert Wood Johnson University Hospital")."""
    return doc[last].lower_ in _BODY_ENDINGS


def _entity_mention(doc: Doc, ent: Token) -> Mention | None:
    bounds = trim_name(doc, ent.start, ent.end - 1, person=False)
    label = _entity_label(doc, ent, *bounds) if bounds else None
    if (
        label == "PERSON"
        and bounds
        and bounds[0] == bounds[1]
        and bounds[0] > 0
        and doc[bounds[0] - 1].like_num
    ):
        return None  # "the 737 Max": a model's name after its number, not a person
    if label == "PERSON" and bounds and bounds[0] > 0 and doc[bounds[0] - 1].lower_ == "the":
        label = "ORG"  # "the App Store": people do not take an article
    elif label == "PERSON" and bounds and (described_as_body(doc, *bounds) or run_as_body(doc, *bounds)):
        label = "ORG"  # "Full Fact, the London-based fact-checking website"; "the leader of Fianna Fáil"
    elif label == "PERSON" and bounds and employer_of(doc, bounds[1]):
        label = "ORG"  # "Cal Tech", "Georgia Tech"
    elif label == "PERSON" and bounds and bounds[1] > bounds[0] and _corporate(doc, bounds[1]):
        label = "PERSON" if titled_in_apposition(doc, *bounds) else "ORG"  # "Dick Clark Productions" (but
        # "Husein Music, Sabic's defense attorney")
    elif label == "PERSON" and bounds and doc[bounds[1]].lower_ in CORPORATE_ENDINGS:
        label = "ORG"  # "CN Railway", the tagger's person "Railway" with its company's initials before it
        while bounds[0] > 0 and doc[bounds[0] - 1].dep_ == "compound" and doc[bounds[0] - 1].pos_ == "PROPN":
            bounds = (bounds[0] - 1, bounds[1])
    elif label in ("PERSON", "GPE") and bounds and _listed_with_bodies(doc, *bounds):
        label = "ORG"  # "PayPal, Uber, eBay, Spotify, Visa and Mastercard are on board"
    elif (
        label in ("ORG", "GPE", "NORP")
        and bounds
        and bounds[0] < bounds[1]
        and person_by_title(doc, *bounds)
        and not _corporate(doc, bounds[1])
    ):
        label = "PERSON"  # "Mr Pompeo", "Dr de Marco", tagged an organisation (not "Dr Pepper Snapple Group")
    elif (
        label in ("ORG", "GPE", "LOC", "PRODUCT", "FAC")
        and bounds
        and (
            titled_in_apposition(doc, *bounds)
            or (
                not _corporate(doc, bounds[1]) and any(f(doc, *bounds) for f in (who, described, titled_name))
            )
        )
    ):
        label = "PERSON"  # "Montell Figgins, who represents Thomas": an organisation is "which"
    bounds = trim_name(doc, ent.start, ent.end - 1, person=True) if label == "PERSON" else bounds
    if label is None or bounds is None:
        return None
    first, last = bounds
    first += first < last and doc[first].tag_ == "PRP$"  # "Her Christian Social Union (CSU) ally": hers
    if label == "ORG":
        first = _state_owner(doc, first, last)
    if label == "PERSON" and first > 0 and doc[first].lower_ in NAME_PARTICLES and given_name(doc[first - 1]):
        first -= 1  # "Harm van Bakel", of which the tagger found "van Bakel"
    lettered = doc[last].is_upper and doc[last].lower_ in POST_NOMINALS
    if label == "ORG" and 2 <= last - first <= 3 and lettered and all(t.is_title for t in doc[first:last]):
        label = "PERSON"  # "prosecuting counsel Mr Gregory Murphy SC": a name and the letters after it
    if label == "PERSON" and last > first and doc[last].lower_ in POST_NOMINALS:
        last -= 1  # "Judge Neil Ford QC": the letters after his name are not of it
    if label in ("PERSON", "ORG") and administration(doc, last):
        label, last = "ORG", last + 1  # "the Trump administration": a government, not the man
    start, end = char_span(doc, first, last)
    text = text_of(doc)[start:end]
    shouted = _shouted_word(doc[first : last + 1]) and not introduced_body(doc[last])
    shouted = shouted or (first == last and capitalised_noun(doc[first]))
    after_name = first > 1 and doc[first - 1].text == "," and doc[first - 2].ent_type_ == "PERSON"
    post_nominal = text.casefold() in POST_NOMINALS and (label == "PERSON" or after_name)  # "Rachel Moon, MD"
    if not good_name(text) or text.casefold() in JUNK_NAMES or shouted or post_nominal:
        return None
    root = max(range(first, last + 1), key=lambda i: doc[i].head.i not in range(first, last + 1))
    if (label != "PERSON" or first == last) and titles_a_name(doc[root]):
        return None  # "the U.S. Special Representative for North Korea, Stephen Biegun": his title
    # (a name that ends in "Group" is a company's: "Telecel Group")
    grouped = {doc[first].lower_, doc[last].lower_} & GROUP_HEADS and doc[last].text != "Group"
    hint = "group" if label != "PERSON" and grouped else ""
    tokens = set(range(ent.start, max(ent.end, last + 1)))
    m = Mention(start, end, text, label, root, hint=hint, tokens=tokens)
    the = doc[first - 1] if first > 0 else None
    if label != "PERSON" and the is not None and the.lower_ == "the" and first <= the.head.i <= last:
        m.forms.append((doc[first - 1].idx, end))  # "the Kremlin", "the US"
    m.agentive = is_agentive(doc[root]) if label not in ("LOC", "FAC") else doc[root].dep_ in SUBJECT_DEPS
    m.agentive = m.agentive or introduced_body(doc[first])  # "The group MPD150, which says ..."
    if label == "PERSON":
        person_forms(doc, m, first)
    return m


def _state_owner(doc: Doc, first: int, last: int) -> int:
    """Where a state's body named by whose it is starts: "Russia's Defense Ministry" and "Ukraine's Defense
    Ministry" are two bodies, not one "Defense Ministry"."""
    if first < 2 or doc[last].lower_ not in STATE_BODIES or doc[first - 1].tag_ != "POS":
        return first
    owner = first - 2
    while owner > 0 and doc[owner].ent_iob_ == "I":
        owner -= 1
    return owner if doc[owner].ent_type_ == "GPE" else first


def collect_mentions(doc: Doc, ignored: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """Every actor mention in the document, in text order (boilerplate lines and ``ignored`` spans
    such as reader comments skipped)."""
    found: list[Mention] = []
    taken: set[int] = set()
    people: set[int] = set()  # the words of people's names
    skipped = {
        t.i for a, b in nameless_spans(text_of(doc)) for t in doc.char_span(a, b, alignment_mode="expand")
    }
    ents = [
        p
        for e in join_particles(
            doc, join_given(doc, join_spelled(doc, join_glottal(doc, glued_initials(doc, list(doc.ents)))))
        )
        if e.start not in skipped and not opens_dateline(e[0])
        for p in split_entity(doc, e)
    ]
    nxt = 0
    for sent in doc.sents:
        first = nxt
        while nxt < len(ents) and ents[nxt].start < sent.end:
            nxt += 1
        if is_boilerplate(sent) or inside(ignored, sent.start_char, sent.end_char):
            continue
        for ent in ents[first:nxt]:
            if all(i in taken for i in range(ent.start, ent.end)):
                continue  # words of a person's title in apposition ("..., Publishing Ethics ... Editor")
            m = _entity_mention(doc, ent)
            if m is not None:
                found.append(m)
                taken |= m.tokens
                people |= m.tokens if m.label == "PERSON" else set()
        for tok in sent:
            if tok.i in skipped:
                continue  # a dateline, a quoted title or a party and seat ("(Con, Boyn Hill)"): no one
            m = None if tok.i in taken else source_mention(doc, tok) or desc_mention(doc, tok)
            m = m or (None if tok.i in taken else _group(doc, tok, people))
            m = m or (None if tok.i in taken else propn_mention(doc, tok))
            if m is not None:
                found.append(m)
    found += [m for m in signature_mentions(doc, found) if not inside(ignored, m.start, m.end)]
    found += transcript_mentions(doc, found)
    found += interview_mentions(doc, found)
    return sorted(drop_portfolios(doc, found), key=lambda m: m.start)
