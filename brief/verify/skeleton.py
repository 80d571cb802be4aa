"""The extractive skeleton: a brief built from extraction alone, every word from the article."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from brief.extract import CandidateActor, Extraction, Statement, left_open, normalise_name
from brief.schema import Actor, OpenQuestion, Position
from brief.verify.stance_cut import cut_stance, unlinked
from brief.verify.stance_text import (
    SIGNED,
    agree_with,
    deed_subject,
    full_sentence,
    main_clause,
    mend,
    opening,
    readable,
    reported_clause,
    reporting_verb,
    unwrap_quotes,
)

__all__ = [
    "is_person",
    "skeleton_actor",
    "skeleton_positions",
    "skeleton_questions",
    "skeleton_summary",
    "stance_of",
]

MAX_EVIDENCE = 4
MAX_GROUPS = 5
GAP_CHARS = 600  # statements further apart than this are about something else


def skeleton_actor(candidate: CandidateActor) -> Actor:
    """An actor exactly as extracted."""
    aliases = [a for a in candidate.aliases if a != candidate.name]
    return Actor(name=candidate.name, aliases=aliases, kind=candidate.kind, role=candidate.role)


def stance_of(statement: Statement, *, person: bool = False) -> str:
    """A stance in the article's words, as an editor would put it: the speaker, a present-tense reporting
    verb and the whole attributed clause ("Emmanuel Macron says twenty-six Western allies have ...").

    A deed that names itself ("The EU has set a target of ...") is its own sentence, one whose doer the
    cut left out gets the speaker ("He demanded ..." -> "Roger Ailes demanded ..."); a long statement is
    cut at a clause boundary, never mid-clause; a quotation or bracket the cut left open is closed. A
    ``person`` is one, whatever the name ends in ("Daniel Kopans says", "Dan Coats says").
    """
    if statement.kind != "quote" and (signed := SIGNED.fullmatch(statement.text)) is not None:
        # "adds another mechanism: “...,” he says" reported what the quotation says
        statement = replace(statement, text=signed["words"], kind="quote")
    whole = unwrap_quotes(statement.text)
    verb = statement.cue.strip().split(" ")[0].casefold()
    text = cut_stance(whole)
    if statement.kind != "quote" and verb in _words(whole) and verb not in _words(text):
        text = whole  # "With $200 million cut ..., the Board ... passed ...": not cut before the deed's verb
    text = text if statement.kind == "quote" else unlinked(mend(text))
    words = text.split()
    speaker = opening(statement.speaker)  # "sources say" opens a sentence, "The prosecution says" too
    # a reported deed names its own verb ("The EU has set a target"); a quotation's "said" is the speaker's
    # (not another's "said" inside the words: "the review she said she was quitting had not ...")
    nested = _NESTED_SAID.search(text) if verb in ("said", "says", "told") else None
    if verb and statement.kind != "quote" and not nested and verb in _words(text):
        text = main_clause(text)
        words = text.split()
        if (deed := _PASSIVE_NOUN.match(text)) is not None and statement.present:
            agent, how = deed["agent"], f" {deed['how']}" if deed["how"] else ""
            present = agree_with(
                agent, statement.present
            )  # "an idea rejected by Kyiv" -> "Kyiv rejects the idea"
            noun = deed["noun"] or deed["nouns"]
            return full_sentence(f"{agent[:1].upper()}{agent[1:]} {present} the {noun}{how}")
        told = _PARTICIPLE_DEED.match(text)
        if told is not None and told["verb"] == verb and not _FINITE.search(told["thing"]):
            agent, thing = told["agent"], told["thing"]  # "the state budget approved by Republicans in April"
            first = thing.split(" ", 1)[0]
            thing = thing[:1].lower() + thing[1:] if first in _SMALL_AFTER_VERB else thing
            when = (told["told"] or "") + (told["when"] or "")  # "announced on Monday by X": ... it on Monday
            return full_sentence(f"{agent[:1].upper()}{agent[1:]} {told['verb']} {thing}{when}")
        # (not "accusing ... of", whose present the extraction gives as "says")
        own = statement.present.split(" ")[0] != "says" or verb == "saying"
        doing = _DOING.match(text) if verb.endswith("ing") and own else None
        doer = doing["doer"] if doing is not None and doing["verb"] == verb else ""
        if doing and doer and statement.speaker.casefold() in doer.casefold() and not _FINITE.search(doer):
            # "Republicans seeking to defend the policy" -> "Republicans seek to defend the policy"
            present = agree_with(doer, statement.present, person=person and doer == statement.speaker)
            return full_sentence(f"{doer[:1].upper()}{doer[1:]} {present} {doing['rest']}")
        # the speaker's deed told without its doer gets the speaker and the present tense
        rest = ""
        # "even recommending a lawyer" -> "Donald Trump even recommends a lawyer"
        lead = words[0] + " " if len(words) > 2 and words[0].casefold() in _LEAD_ADVERBS else ""
        if lead:
            words = words[1:]
        if words[0].casefold() == verb and verb.endswith("ing") and len(words) > 1:
            rest = " ".join(words[1:])  # "Launching his bid ..." -> "Tom Ruiz launches his bid ..."
        elif words[:2] == ["to", verb] and len(words) > 2:
            # "to call for better pay" (what they gathered to do): "... call for ..."
            rest = " ".join(words[2:])
        if rest and statement.present and own:
            return full_sentence(
                f"{speaker} {lead}{agree_with(statement.speaker, statement.present, person=person)} {rest}"
            )
        if (done := deed_subject(text, speaker, statement.cue)) is not None:
            return full_sentence(done)
        return full_sentence(text[:1].upper() + text[1:])
    present = agree_with(statement.speaker, reporting_verb(statement.present), person=person)
    if statement.kind == "quote" and text[:1].islower():  # a clause quoted after "that"
        return f"{speaker} {present} “{full_sentence(text)}”"
    if statement.kind == "quote":
        return f"{speaker} {present}: “{full_sentence(text)}”"
    if re.sub(r"^the ", "", text, flags=re.I).casefold().startswith(statement.speaker.casefold() + " "):
        return full_sentence(text)  # "the union said" of its own deed: "X says X launched ..." reads twice
    if statement.it_means and re.match(r"(?i)it\b", text):  # "says it is set to" -> "says the plan is set to"
        text = statement.it_means + text[2:]
        words = text.split()
    first = words[0].strip("“\"‘',.:;").split("-")[0] if words else ""
    if (_lower_first(first) or not statement.opens_on_name) and text[:1].isupper():
        text = text[:1].lower() + text[1:]
    return full_sentence(f"{speaker} {present} {reported_clause(present, text)}")


def _words(text: str) -> set[str]:
    return {w.strip(",.;:").casefold() for w in text.split()}


_NESTED_SAID = re.compile(r"(?<=\w )(?:he|she|they|we|I) (?:said|says|told)\b")


def _lower_first(word: str) -> bool:
    """A word capitalised only because it opened the article's sentence ("A celestial body", "Nearly
    300 districts"): small after "says"."""
    low = word.casefold()
    plain = word[1:] == word[1:].lower()  # not "FHVs" or "McCormick"
    return plain and (low in _LOWER_FIRST or low[:1].isdigit() or (low.endswith("ly") and low in _ADVERBS))


# A deed told as a noun with a passive participle: "an idea branded “unacceptable” by Kyiv", "charges
# denied by Damascus".
_PASSIVE_NOUN = re.compile(
    r"^(?:(?:an?|the) (?P<noun>[a-z][\w-]*)|(?P<nouns>[a-z][\w-]*s)) \w+ed (?:(?P<how>[“\"][^”\"]+[”\"]) )?"
    r"by (?P<agent>[^,;]+)$"
)
# A deed told as a noun with its regular participle and its doer: "the state budget approved by Republicans
# in April" -> "Republicans approved the state budget in April" (the participle of "-ed" is its past tense),
# a time before the doer too ("announced on Monday by Pompeo");
# not "any sanctions imposed by the IOC", which tells of none
_PARTICIPLE_DEED = re.compile(
    r"^(?P<thing>(?:[Tt]he|[Aa]n?|(?i:several|many|some|most|all|both|two|three|four|five|\d[\d,]*)\b|"
    r"(?!(?:Any|No|Every|Each|Few|Such|Other)\b)[A-Z]\w*)"
    r" [^,;]*?),? (?P<verb>[a-z]+ed)(?P<told> (?:in|on|last|this|earlier) \w+)? by (?P<agent>[^,;]+?)"
    r"(?P<when> (?:in|on|at|during|last|this|earlier) [^,;]+)?$"
)
# a doer and what it is doing, told as a noun phrase ("the main opposition Congress party calling for ...")
_DOING = re.compile(r"^(?P<doer>[^,;]+?) (?P<verb>[a-z]+ing) (?P<rest>[^,;].*)$")
_FINITE = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would)\b")
# words that open a reported clause and take a small letter after "says"
_LOWER_FIRST = frozenset(
    (
        "the a an it its this that these those there their they he she his her we our you your no not all "
        "some any many most more few one two three four five six seven eight nine ten twenty thirty forty "
        "fifty hundreds thousands millions nothing everyone nobody if when while after before despite now "
        "in on at as for even only so but and then both each every such what how why whether once "
        "sometimes often usually perhaps maybe still yet also instead later soon never always again"
    ).split()
)
_SMALL_AFTER_VERB = frozenset("The A An Several Many Some Most All Both Two Three Four Five".split())
_LEAD_ADVERBS = frozenset("even also again still then later".split())
_ADVERBS = frozenset("nearly only roughly probably likely recently currently almost already early".split())


def is_person(extraction: Extraction, name: str) -> bool:
    """True when the extraction knows ``name`` as a person (one, whatever the name ends in)."""
    return (found := extraction.find_actor(name)) is not None and found.kind == "person"


def skeleton_positions(
    extraction: Extraction,
    actor_names: list[str],
    skip: Callable[[str, str], bool] = lambda actor, text: False,
) -> list[Position]:
    """Positions of the speakers among ``actor_names``, each backed by up to four statements.

    A speaker's statements are grouped by where they stand in the article (a new group starts
    after a gap of ``GAP_CHARS`` or when a group is full), so one who speaks on several matters
    gets up to ``MAX_GROUPS`` positions. Every speaker's first position comes first (in
    ``actor_names`` order); further ones follow by ``depth * (1 + rank)``, so the leading actors
    get their second and third positions before minor ones get a second. ``skip(actor, text)``
    leaves out statements already covered elsewhere.
    """
    ranked: list[tuple[int, int, Position]] = []
    for rank, name in enumerate(actor_names):
        person = is_person(extraction, name)
        texts = _distinct([s for s in extraction.statements if s.speaker == name and not skip(name, s.text)])
        # what the actor said first; its deeds fill the positions its words leave
        said = _groups([s for s in texts if s.kind != "deed"])
        done = _groups([s for s in texts if s.kind == "deed"])
        for depth, group in enumerate([*said, *done][:MAX_GROUPS]):
            # only fragments ("“deliver extremely high fidelity content”") or a thing and its participle
            # ("Any sanctions imposed by the IOC."): no sentence to sign
            signed = ((stance_of(s, person=person), s.cue) for s in group if readable(s.text, s.kind, s.cue))
            stance = next((t for t, cue in signed if not _participle_only(t, cue)), "")
            if not stance:
                continue
            position = Position(actor=name, stance=stance, evidence=[s.text for s in group])
            ranked.append((depth * (1 + rank), rank, position))
    return [position for _, _, position in sorted(ranked, key=lambda r: (r[0], r[1]))]


def _participle_only(stance: str, cue: str) -> bool:
    """True for a stance that is a noun and the participle of its deed, with no finite verb: "Senior statesmen
    backed by the Fianna Fáil party." (no rule turned it into "X did Y")."""
    verb = cue.split(" ")[0].casefold()
    low = stance.casefold()
    if not verb.endswith(_PARTICIPLE_ENDS) or _FINITE.search(low) or low.startswith(verb):
        return False
    # "by" and its doer, not a means ("helps by inhibiting")
    return re.search(rf"\b{re.escape(verb)}(?: [\w’'-]+){{0,3}} by (?!\w+ing\b)", low) is not None


# "imposed", "taken", "withdrawn", "done", "begun", "sought", "held", "made", "paid"
_PARTICIPLE_ENDS = ("ed", "en", "wn", "ne", "un", "ght", "eld", "ade", "aid")


def _distinct(statements: list[Statement]) -> list[Statement]:
    """Statements in text order without repeats (a repeated paragraph, a pull quote, a nested span)."""
    kept: list[Statement] = []
    for statement in sorted(statements, key=lambda s: s.start):
        key = normalise_name(statement.text)
        if not any(key in normalise_name(k.text) or normalise_name(k.text) in key for k in kept):
            kept.append(statement)
    return kept


def _groups(statements: list[Statement]) -> list[list[Statement]]:
    groups: list[list[Statement]] = []
    for statement in statements:
        if groups and len(groups[-1]) < MAX_EVIDENCE and statement.start - groups[-1][-1].end <= GAP_CHARS:
            groups[-1].append(statement)
        else:
            groups.append([statement])
    return groups


def skeleton_questions(extraction: Extraction) -> list[OpenQuestion]:
    """Open questions phrased by extraction, each tied to its verbatim sentence."""
    return [OpenQuestion(question=c.question, evidence=[c.evidence.text]) for c in extraction.open_questions]


def skeleton_summary(extraction: Extraction, text: str, sentences: int = 2) -> str:
    """The lead: the first sentences of the article that read as prose, none a piece of a quotation that
    opened in a sentence before it ("Based largely on ..., this Court also finds ...”") in ``text``."""
    lead = [
        s.text.strip()
        for s in extraction.sentences
        if len(s.text.split()) >= 8 and s.text.strip()[-1:] in '.!?”"' and not _in_quotation(text, s.start)
    ]
    return " ".join(lead[:sentences]) or (
        extraction.sentences[0].text.strip() if extraction.sentences else "-"
    )


def _in_quotation(text: str, start: int) -> bool:
    """True when a quotation opened earlier in the paragraph is still open at ``start``."""
    return left_open(text[text.rfind("\n", 0, start) + 1 : start])
