"""Where a long stance is cut, and the writer's links it leaves out: a stance reads as a sentence of its
own, never cut mid-clause, inside a list, a bracket or a quotation."""

from __future__ import annotations

import re

from brief.verify.stance_text import is_abbreviation

__all__ = ["STANCE_WORDS", "cut_stance", "unlinked"]

STANCE_WORDS = 40


# the writer's link to the sentence before, set off inside the words ("Buser, however, is counting on")
_LINKS = re.compile(
    r",\s+(?:however|meanwhile|moreover|furthermore|nonetheless|nevertheless|though),\s+(?P<next>\S+)", re.I
)
_QUOTED_END = re.compile(r"[.?!][’”\"']+(?= (?:… )?[A-Z“‘\"])")
# the writer's remark on how it was said, after the words: '..., "by several means," without elaborating'
_ASIDE_AFTER = re.compile(
    r",?\s+without (?:elaborating|further comment|giving (?:any )?(?:details|evidence|a reason)|"
    r"providing (?:any )?(?:details|evidence)|offering (?:any )?(?:details|evidence))\.?$",
    re.I,
)
_OPENS_SUBJECT = frozenset("the a an his her its their this that these those".split())


def unlinked(text: str) -> str:
    """The words without the writer's link; the comma stays where the subject follows an opening phrase
    ("Later that week, Lord McAlpine ..."), not where the link parted subject and verb ("Buser is")."""

    def keep(m: re.Match[str]) -> str:
        following = m["next"]
        opens = following[:1].isupper() or following.casefold() in _OPENS_SUBJECT
        return f"{', ' if opens else ' '}{following}"

    return _ASIDE_AFTER.sub("", _LINKS.sub(keep, text))


def cut_stance(text: str) -> str:
    """The text, or, past ``STANCE_WORDS`` words, its first sentences or clauses that fit: never cut
    mid-clause, never inside brackets or a quotation (then the whole text)."""
    words = text.split()
    if len(words) <= STANCE_WORDS:
        return text
    head = " ".join(words[:STANCE_WORDS])
    for marks in ((". ", "? ", "! "), (";", ",", " —", " –")):
        ends = [i for mark in marks for i in _finds(head, mark)]
        # a sentence that ends inside its quotation: "is ‘Raised Without Antibiotics.’ …"
        ends += [m.end() - 1 for m in _QUOTED_END.finditer(head)] if marks[0] == ". " else []
        ends = [i for i in ends if head[i] != "." or not is_abbreviation(head[:i])]  # not "Mr. Ambrose"
        # not inside a noun phrase: "an earlier, $250 billion list", "Sept. 1, 2019"
        ends = [i for i in ends if head[i] != "," or not re.match(r",\s*[$£€\d]", head[i:])]
        # nor inside a list a dash or colon opened ("three indicators – lower taxes, divestment and ...")
        ends = [i for i in ends if head[i] != "," or not _in_list(head[:i])]
        cut = max(ends, default=-1)
        part = head[: cut + 1].rstrip() if marks[0] == ". " else head[:cut]
        if cut > len(head) // 3 and _balanced(part):
            return part
    return text


def _in_list(before: str) -> bool:
    """True when the sentence ``before`` ends in has a dash or colon still open: what follows it is a
    list or an aside, and a comma there is inside it."""
    sentence = re.split(r"[.?!]\s", before)[-1]
    return sentence.count(" – ") % 2 == 1 or sentence.count(" — ") % 2 == 1 or ": " in sentence


def _finds(text: str, mark: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(mark), text)]


def _balanced(text: str) -> bool:
    """No bracket or quotation left open."""
    pairs = (("(", ")"), ("“", "”"))
    return all(text.count(a) == text.count(b) for a, b in pairs) and text.count('"') % 2 == 0
