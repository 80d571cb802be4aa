"""Who a sentence says speaks, by its words alone: "X said", "said X", "according to X", a sentence that
opens on its speaker ("Vedanta called the order unlawful"), or somebody it does not name ("a judge ruled
that ...")."""

from __future__ import annotations

import re
from functools import lru_cache

from brief.extract import CandidateActor
from brief.verify.lexicon import stem, words

__all__ = ["CUE", "TO_SOMEONE", "named_speaker", "names_in", "somebody", "speaks"]

CUE = (
    r"(?:said|says|say|told|tells|added|adds|argued|argues|claimed|claims|insisted|insists|warned|warns|"
    r"wrote|writes|stated|states|explained|explains|noted|notes|complained|announced|announces|asked|asks|"
    r"replied|replies|suggested|suggests|believes|believed|thinks|thought|accused|accuses|urged|urges|"
    r"called|calls|admitted|acknowledged|denied|denies|rejected|rejects|pointed out|indicated|confirmed|"
    r"continued|went on|responded|tweeted|posted|vowed|pledged|promised|predicted|conceded|recalled|"
    r"commented|remarked|stressed|emphasi[sz]ed|observed|declared|testified|assured|assures|reassured)"
)
# verbs whose object is who was spoken to: "he told Benioff" is not Benioff speaking
TO_SOMEONE = (
    r"(?:told|tells|asked|asks|urged|urges|accused|accuses|called|calls|assured|assures|reassured|"
    r"warned|warns)"
)
_SOMEBODY = re.compile(
    rf"\b((?:an?|another)\s+(?:[a-z][\w-]*\s+){{0,2}}?([a-z]+))\s+(?:\w+\s+)?"
    rf"(?:{CUE}|ruled|ordered|decided|found|concluded)\b"
)


_UNNAMED = re.compile(
    rf"\b(the\s+((?:spokesperson|spokesman|spokeswoman|official|source|aide|officer|commenter|witness)))"
    rf"\s+(?:{CUE})\b"
)


def somebody(sentence: str, forms: list[str], mine: CandidateActor | None = None) -> str | None:
    """Someone the article does not name who says or decides what the sentence reports ("a judge ruled
    that ..."): a person introduced as "a ..." is never an actor named elsewhere, nor is "the spokesperson"
    who says it unless the article calls the actor so."""
    found = _SOMEBODY.search(sentence) or _UNNAMED.search(sentence)
    if found is None:
        return None
    own = {stem(w) for f in forms for w in words(f)}
    if mine is not None:
        own |= {stem(w) for n in (*mine.names(), mine.role) for w in words(n)}
    return None if stem(found.group(2)) in own else found.group(1)


def named_speaker(sentence: str) -> str | None:
    """The name a sentence opens with when a speech verb follows it: "Vedanta called the order unlawful"."""
    found = re.match(rf"\W*((?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*)\s+(?:\w+\s+){{0,2}}?{CUE}\b", sentence)
    if found is None:
        return None
    name = re.sub(
        r"^(?:(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|His|Her|Their|Its|Our|My"
        r"|When|While|After|Before|If|As|Although|Though|Because|Since|Once|Unless|Until|But|And|So)\b\s*)+",
        "",
        found.group(1),
    )
    return name or None


def names_in(text: str, forms: list[str]) -> bool:
    return any(re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text, re.I) for f in forms)


def speaks(text: str, forms: list[str]) -> bool:
    """True when the sentence has the actor next to a speech verb: "X said", "said X", "according to X"."""
    return any(_speaking(form).search(text) for form in forms)


@lru_cache(maxsize=4096)  # one pattern per name, asked of many sentences (more names than re's own cache)
def _speaking(form: str) -> re.Pattern[str]:
    name = re.escape(form)
    return re.compile(
        rf"(?<!\w){name}(?:['’]s)?\W+(?:\w+\W+){{0,12}}?{CUE}\b"
        rf"|\b(?!{TO_SOMEONE}\b){CUE}\W+(?:\w+\W+){{0,2}}?{name}(?!\w)"
        rf"|according to (?:\w+\W+){{0,2}}?{name}(?!\w)",
        re.I,
    )
