"""Whose words a piece of evidence is: the extraction's speaker, the actor named in the sentence, the one
a quotation that began earlier goes back to, or somebody the article does not name."""

from __future__ import annotations

import re
from functools import lru_cache

from brief.extract import AUTHOR, REPORT_VERBS, STANCE_VERBS, CandidateActor, left_open
from brief.verify.actors import match_candidate
from brief.verify.claims import Problem
from brief.verify.context import Context
from brief.verify.names import name_key
from brief.verify.speech import CUE, TO_SOMEONE, named_speaker, names_in, somebody, speaks
from brief.verify.voices import DOCUMENTS, GROUPS, bare, kind_named, name_words, shares_word, voice_of, within

__all__ = ["TOLD_OF", "attribution"]

QUOTE_REACH = 6  # sentences a quotation may run on from its speaker
_PRONOUN_SAYS = re.compile(rf"\b(?:he|she|they)\s+{CUE}\b", re.I)
_PRONOUN_LEAD = re.compile(r"\W*(?:he|she|they|it|we|i)\b", re.I)


_TAKING_A_STAND = REPORT_VERBS | STANCE_VERBS


def _other_doer(
    span: tuple[int, int], names: list[str], mine: CandidateActor | None, ctx: Context
) -> str | None:
    """Another actor who says or takes a stand in the words at ``span`` ("Superintendent McCormick has
    cited a study ..." filed under someone else), or None. Two bodies with one head noun ("the AIADMK
    government", "the Tamil Nadu government") may be one, so they are not told apart."""
    heads = {n.split()[-1].casefold() for n in names if n.split()}
    for event in ctx.extraction.events:
        if not span[0] <= event.start < span[1] or event.verb not in _TAKING_A_STAND:
            continue
        for agent in event.agents:
            found = match_candidate([agent], ctx.extraction.actors)
            if found is not None and found is not mine and found.name.split()[-1].casefold() not in heads:
                return found.name
    return None


def attribution(
    span: tuple[int, int], names: list[str], actor: str, ctx: Context, *, told_of: bool = False
) -> Problem | None:
    """None when the article gives the words at ``span`` to the actor (or says the actor did it);
    ``told_of``: the stance says they are others' words about the actor."""
    start, end = span
    statements = [s for s in ctx.said if s.start < end and start < s.end]
    mine = match_candidate(names, ctx.extraction.actors)
    if mine is not None and mine.name == AUTHOR and ctx.written(start, end):
        return None  # the column's writer, and a sentence the writer writes in person
    speakers = [match_candidate([s.speaker], ctx.extraction.actors) for s in statements]
    if mine is not None and any(c is mine for c in speakers):
        return None
    if {name_key(s.speaker) for s in statements} & {name_key(n) for n in names}:
        return None  # the speaker goes by one of the actor's own names
    if any(within(s.speaker, names) for s in statements):
        return None  # "the Russian and Syrian defense ministries" speak for Russia
    forms = [n for n in names if len(n) >= 2]
    if any(c is not None and _speaks_for(c.role, forms) for c in speakers):
        return None  # "DKNY rep Aliza Licht" speaks for DKNY
    bodies = mine is not None and mine.kind != "person"
    if (
        bodies
        and any(c is not None and _spokesperson(c.role) for c in speakers)
        and _told_before(start, forms, ctx)
    ):
        return None  # "Spokesman John Kirby later said ..." after "The U.S. State Department called on ..."
    if any(voice_of(s.speaker, forms) for s in statements):
        return None  # "a hospital spokesman said" is the hospital's
    if statements and all(kind_named(s.speaker, forms) for s in statements):
        return None  # "a union representing the students hailed it" is the Grad Students Union's
    group = bodies and all(bare(s.speaker) in GROUPS for s in statements)
    document = all(bare(s.speaker) in DOCUMENTS for s in statements)
    if statements and (group or document) and _told_before(start, forms, ctx):
        # "Leaders said ..." a few sentences after "the graduate students union"; "The study found ..."
        # after "the CDF team went to investigate"
        return None
    quoted = ctx.text[start:end]
    direct = any(s.kind == "quote" for s in statements)
    if names_in(quoted, forms) and not direct:  # what the actor did, or reported speech about them
        return None
    sentences = ctx.index.sentence_at(start, end)
    if not sentences:
        return Problem("attribution", f"the article does not attribute these words to {actor}")
    first = sentences[0]
    around = " ".join(ctx.index.sentences[i].text for i in sentences)
    if speaks(quoted, forms):
        return None  # the words themselves say the actor said them: "..., Tim Brausen, said evidently ..."
    before = ctx.text[ctx.index.sentences[first].start : start]
    earlier = " ".join(ctx.index.sentences[i].text for i in range(max(0, first - 2), first))
    # "She pointed to a report where police said ...", after a sentence naming her: hers, police inside it
    led = bool(_PRONOUN_LEAD.match(quoted)) and (names_in(before, forms) or names_in(earlier, forms))
    speaker = None if led else _speaker_within(quoted, forms, mine, ctx)
    if speaker is not None:  # "council member Tom Lee called it reckless" is Lee's, whoever else spoke
        return Problem("attribution", f"the article gives these words to {speaker}, not {actor}")
    # a quotation the extraction gives another named speaker is theirs, even in a sentence where the actor
    # speaks too ("Haskell said ..., while Cummings told the Weekly, “...”")
    rival = direct and all(c is not None and not shares_word(c.name, forms) for c in speakers)
    studied = _STUDY.search(around) and _RESEARCHERS.search(" ".join(forms))
    if (speaks(around, forms) and not rival) or studied:
        return None  # "..., according to a study" is its authors' finding
    if _inside_quotes(ctx.text, start + 1):
        closing = _closing_clause(ctx.text, end)
        if _names_after_quote(closing, forms):
            return None  # "“That's the venue, that's the name. ...,” opened Yankees COO Lonn Trott."
    previous = ctx.index.sentences[first - 1].text if first else ""
    said = [s for s in statements if s.kind != "deed"]
    # words the extraction gives someone else are not the actor's because they open on a pronoun ("He
    # should call the board," said Joseph), unless the stance tells them as said of the actor
    elsewhere = any(s.start > start for s in said) or (bool(said) and not told_of)
    if (
        _PRONOUN_LEAD.match(quoted)
        and (not elsewhere or (not direct and not before.strip() and names_in(previous, forms)))
        and (names_in(before, forms) or names_in(earlier, forms))
    ):
        # "It asked the court ..." after a sentence about the actor; "He later admitted to coaching" after
        # one naming both the actor and the person the extraction guessed "he" to be
        return None
    # a deed ("Montour spoiled his shutout bid") gives its words to its doer, but may also be told of
    # another actor; only words said are someone else's
    statements = said
    if not statements:
        in_quotes = _inside_quotes(ctx.text, start)
        # "a spokesman for Airbnb said" is Airbnb's
        unnamed = None if in_quotes or names_in(around, forms) else somebody(around, forms, mine)
        if unnamed is not None:  # its own sentence says who: not a quotation going on from before
            return Problem("attribution", f"the article says {unnamed} did this, not {actor}")
        speaker = named_speaker(around)  # its own sentence opens on who said it: "The CDC assured ..."
        other = (
            speaker is not None and not names_in(speaker, forms) and not names_in(" ".join(forms), [speaker])
        )
        if other and not in_quotes:
            return Problem("attribution", f"the article gives these words to {speaker}, not {actor}")
        earlier_speaker = _quotation_speaker(first, in_quotes, mine, forms, ctx)
        if earlier_speaker == "":
            return None  # a quote that goes on from the actor's own statement
        if earlier_speaker is not None:
            return Problem("attribution", f"the article gives these words to {earlier_speaker}, not {actor}")
        if names_in(around, forms) and not in_quotes:
            return None
        if other:  # inside quotation marks, once no quotation before it is someone's
            return Problem("attribution", f"the article gives these words to {speaker}, not {actor}")
        doer = _other_doer(span, names, mine, ctx)
        if doer is not None:
            return Problem("attribution", f"the article says {doer} did this, not {actor}")
        nobody = not any(speaks(around, [n for n in a.names() if len(n) >= 2]) for a in ctx.extraction.actors)
        if nobody and not in_quotes:
            return None  # narration the article gives to nobody else
    others = sorted({s.speaker for s in statements})
    if others:
        return Problem("attribution", f"the article gives these words to {others[0]}, not {actor}")
    return Problem("attribution", f"the article does not attribute these words to {actor}")


_STUDY = re.compile(
    r"\baccording to (?:a|the|their|this)\s+(?:\w+\s+){0,2}?(?:study|research|report|survey|paper|analysis)\b"
    r"|\b(?:study|research|survey|analysis)\s+(?:\w+\s+)?(?:found|finds|shows|showed|suggests|suggested)\b",
    re.I,
)
_RESEARCHERS = re.compile(r"\b(?:researchers?|authors?|scientists?|study|team|investigators)\b", re.I)
# speech verbs that are never nouns ("U.S. states", "the notes" are not speech)
_SAID = (
    r"(?:said|says|told|tells|added|argued|argues|insisted|insists|warned|warns|wrote|called|asked|"
    r"replied|accused|urged|admitted|denied|rejected|responded|tweeted|vowed|pledged|promised|declared|"
    r"testified|complained|announced|conceded|stressed)"
)
# the ones that may follow their speaker ("said Tom Lee"); after "accused", "told" or "urged" comes whom
_INVERTED = r"(?:said|says|added|argued|argues|insisted|insists|warned|warns|wrote|replied|responded|tweeted)"


def _speaker_within(quoted: str, forms: list[str], mine: CandidateActor | None, ctx: Context) -> str | None:
    """Another actor the quoted words themselves give as their speaker, when they do not name the actor."""
    if names_in(quoted, forms):
        return None
    for other in ctx.extraction.actors:
        if other is mine:
            continue
        if any(_next_to_verb(n).search(quoted) for n in other.names() if len(n) >= 2):
            return other.name
    return None


@lru_cache(maxsize=4096)  # one pattern per name, asked of many quotations
def _next_to_verb(form: str) -> re.Pattern[str]:
    """ "Tom Lee called it reckless", "said Tom Lee": the name right next to its speech verb."""
    name = re.escape(form)
    return re.compile(rf"(?<!\w){name}\s+(?:\w+\s+)?{_SAID}\b|\b{_INVERTED},?\s+{name}(?!\w)")


def _quotation_speaker(
    first: int, in_quotes: bool, mine: CandidateActor | None, forms: list[str], ctx: Context
) -> str | None:
    """Who a quotation that began in earlier sentences belongs to: "" for the actor, a name for someone
    else, None when it cannot be told. Goes back through the quotation to the sentence that opens it."""
    for j in range(first - 1, max(-1, first - QUOTE_REACH - 1), -1):
        sentence = ctx.index.sentences[j]
        if _continues(sentence.start, sentence.end, mine, forms, ctx):
            return ""
        said = [s for s in ctx.said if sentence.start <= s.start < sentence.end]
        if in_quotes and said:
            return said[-1].speaker
        if _PRONOUN_SAYS.search(sentence.text) and j > 0:  # "..., he said." after a sentence naming him
            return "" if names_in(ctx.index.sentences[j - 1].text, forms) else None
        if not in_quotes or not _inside_quotes(ctx.text, (sentence.start + sentence.end) // 2):
            return None
    return None


_CLOSE = re.compile(r"[\"”]")
_CLAUSE_END = re.compile(r"[.!?](?:\s|$)|[\"“”]")
_CLAUSE_WORDS = 12  # an attribution after a quotation is short: ", opened Yankees COO Lonn Trott"


def _closing_clause(text: str, end: int) -> str:
    """The words after the quotation that runs through ``end`` closes, up to the end of that sentence
    (in the same paragraph): where a quotation names its speaker after it, however many sentences long."""
    stop = text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    closing = _CLOSE.search(text, end - 1 if end and text[end - 1] in '"”' else end, stop)
    if closing is None:
        return ""
    after = text[closing.end() : stop]
    clause = after[: m.start()] if (m := _CLAUSE_END.search(after)) else after
    return clause if len(clause.split()) <= _CLAUSE_WORDS else ""


_LISTENER = re.compile(rf"\b(?:{TO_SOMEONE}|he|she|they|i|we)\b", re.I)


def _names_after_quote(clause: str, forms: list[str]) -> bool:
    """True when the clause after a quotation names the actor as its speaker: ", opened COO Lonn Trott",
    not ", he told Benioff" (the one told is no speaker)."""
    for form in forms:
        found = re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", clause, re.I)
        if found is not None and not _LISTENER.search(clause[: found.start()]):
            return True
    return False


def _inside_quotes(text: str, at: int) -> bool:
    """True when ``at`` is inside a quotation opened earlier in its paragraph."""
    return left_open(text[text.rfind("\n", 0, at) + 1 : at])


def _continues(start: int, end: int, mine: CandidateActor | None, forms: list[str], ctx: Context) -> bool:
    """True when the sentence at ``start:end`` is the actor's own statement."""
    said = [s for s in ctx.said if s.start < end and start < s.end]
    if mine is not None and any(match_candidate([s.speaker], ctx.extraction.actors) is mine for s in said):
        return True
    return speaks(ctx.text[start:end], forms)


# a stance that tells what others say of its actor: "Is accused by a source of being the ringleader"
TOLD_OF = re.compile(
    r"(?:is|was|are|were|has been|have been|had been)\s+(?:\w+\s+)?(?:accused|criticised|criticized|"
    r"described|called|blamed|praised|named|labell?ed|attacked|portrayed|seen|viewed|considered|alleged)\b",
    re.I,
)
_SPOKES = frozenset("spokesman spokeswoman spokesperson representative rep spokespeople".split())


_THE_NOUN = re.compile(r"\b(?:the|its|their)\s+(?:\w+\s+)?(\w+)")
_BACK = 3  # sentences before a bare group's words that may say whose it is


def _told_before(start: int, forms: list[str], ctx: Context) -> bool:
    """True when the actor is named, or called "the <word of its name>", in the sentence at ``start`` or
    the few before it."""
    at = ctx.index.sentence_at(start, start + 1)
    if not at:
        return False
    nouns = {w for w in name_words(forms) if len(w) >= 4}
    for i in range(max(0, at[0] - _BACK), at[0] + 1):
        text = ctx.index.sentences[i].text
        if names_in(text, forms) or nouns & set(_THE_NOUN.findall(text.casefold())):
            return True
    return False


def _spokesperson(role: str) -> bool:
    """True for a spokesperson's title that names no one they speak for ("Spokesman", "a spokeswoman")."""
    words = [w for w in role.casefold().split() if w not in ("a", "the", "chief", "deputy", "senior")]
    return bool(words) and all(w in _SPOKES for w in words)


def _speaks_for(role: str, forms: list[str]) -> bool:
    """True for a spokesperson's title that names the actor ("DKNY rep", "Airbnb spokeswoman")."""
    return bool(_SPOKES & set(role.casefold().split())) and names_in(role, forms)
