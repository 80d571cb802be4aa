"""Mending a statement's words into a stance an editor would sign: whole clauses, closed quotations,
a subject for every deed, a verb that can take the clause it reports."""

from __future__ import annotations

import re

from brief.extract import (
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    ORG_DESCRIPTIONS,
    PERSON_NOUNS,
    SIDES,
    STATE_BODIES,
    single_open,
)

__all__ = [
    "SIGNED",
    "agree_with",
    "deed_subject",
    "full_sentence",
    "head_phrase",
    "main_clause",
    "mend",
    "opening",
    "readable",
    "reported_clause",
    "reporting_verb",
    "unwrap_quotes",
]

# a full stop after these is an abbreviation, not the end of a sentence ("Mr. Ambrose", "Sept. 1")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st sen rep gov gen lt col sgt prof jr sr no vs jan feb mar apr aug sept sep oct nov dec"
    " inc corp co ltd u.s".split()
)
# a subject the cut left as a pronoun, or as the relative word of a clause about the actor ("who denies")
_PRONOUN_SUBJECT = re.compile(r"^(?P<who>he|she|it|they|who|which)\s+(?P<rest>.*)$", re.I | re.S)
_RELATIVES = frozenset("who which whom whose".split())
_BE = frozenset("is are was were".split())
# a clause cut from the sentence it opened ("when Ghani first announced the exchange"): the deed it tells
_SUBORDINATE = frozenset("when where while whereas although though because once".split())
_BETWEEN = frozenset(
    (
        "has have had was were is are also then personally already so far just still always never "
        "repeatedly previously since long consistently publicly reportedly often instead"
    ).split()
)
_CLAUSE_ONLY = {"cites": "says", "cite": "say"}  # "cites" takes a noun, not a clause: "cites a study"
_NO_SUBJECT = frozenset(
    "could would will may might should can must shall is are was were has have had does do did".split()
)
_OPENERS = frozenset("that whether if how why what when where who which to".split())
_WHOLE_QUOTE = 6  # words: a quotation this long that ends its sentence is a clause, not a fragment
_NOT_GERUNDS = frozenset("nothing something anything everything during according morning evening".split())


# an unnamed speaker's head noun, and the article a sentence opens it with ("A person close to the
# Murdochs says", "The prosecution says"); plurals ("Officials say") and names open on their own
_ONE_PERSON = PERSON_NOUNS | frozenset(
    "person source insider aide adviser advisor diplomat negotiator".split()
)
_ONE_BODY = (SIDES | STATE_BODIES | DOCUMENT_NOUNS | ORG_DESCRIPTIONS) - {"police"}  # "Police say"
_DETERMINERS = frozenset("the a an this that its his her their our one another".split())
_AFTER_HEAD = re.compile(r"\s(?:from|of|in|at|on|for|with|who|that|familiar|close|briefed)\s")


def head_phrase(speaker: str) -> str:
    """The speaker up to its head noun, without what follows it: "people familiar with the matter" ->
    "people", "sources close to Kelly" -> "sources"."""
    return _AFTER_HEAD.split(speaker, maxsplit=1)[0]


def opening(speaker: str) -> str:
    """The speaker as a sentence opens on it: "person close to the Murdochs" -> "A person close to the
    Murdochs", "prosecution" -> "The prosecution", "sources" -> "Sources", a name as it is."""
    head = head_phrase(speaker).rsplit(" ", 1)[-1]
    article = "A" if head in _ONE_PERSON else "The" if head in _ONE_BODY else ""
    if speaker[:1].islower() and article and speaker.split(" ", 1)[0] not in _DETERMINERS:
        vowel = speaker[0] in "aeio" or (speaker.startswith("un") and not speaker.startswith("uni"))
        return f"An {speaker}" if article == "A" and vowel else f"{article} {speaker}"
    return speaker[:1].upper() + speaker[1:]


def is_abbreviation(before: str) -> bool:
    """True when ``before`` (the text up to a full stop) ends on an abbreviation or an initial."""
    word = re.split(r"[\s(“\"‘]", before)[-1].casefold()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def mend(text: str) -> str:
    """Close what the cut left open: a bracket opened and never closed goes with what follows it
    (an aside cut short); a quotation opened and never closed is closed at the end, one closed and
    never opened is opened at the start."""
    depth, cut = 0, -1
    for i, ch in enumerate(text):
        if ch == "(":
            cut = i if depth == 0 else cut
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
    if depth and cut > len(text) // 3:
        text = text[:cut].rstrip(" ,;:—–-")
    if text.count("“") > text.count("”"):
        text = _close(text, "”")
    elif text.count("”") > text.count("“") and not text.startswith("“"):
        text = "“" + text
    if single_open(text):
        text = _close(text, "’")  # "calls its probes mere ‘posturing": a single mark, never an apostrophe
    if text.count('"') % 2 == 1:
        at = text.find('"')
        closes = (
            text.count('"') == 1
            and at > 0
            and not text[at - 1].isspace()
            and not text[at + 1 : at + 2].isalnum()
        )
        # 'corruption" aimed at her government': a quotation opened before the cut, opened at its start
        text = f'"{text}' if closes else _close(text, '"') if text.rfind('"') > 0 else text
    return text


def _close(text: str, mark: str) -> str:
    return text.rstrip(" ,;:—–") + mark


def _between(word: str) -> bool:
    """A word between a subject and its verb: "has", "also", "clearly" ("who clearly wanted")."""
    return word in _BETWEEN or (word.endswith("ly") and len(word) > 4)


def main_clause(text: str) -> str:
    """A deed's clause without the word that tied it to a sentence the cut left out, when nothing
    follows it ("when Ghani first announced the exchange" -> "Ghani first announced the exchange")."""
    first, _, rest = text.partition(" ")
    return rest if first.casefold() in _SUBORDINATE and rest and "," not in text else text


def deed_subject(text: str, speaker: str, cue: str) -> str | None:
    """A deed that lost its doer gets the speaker, in the article's tense: "He demanded absolute loyalty"
    -> "Roger Ailes demanded absolute loyalty", "Announced a handful of bills" -> "City Council announced
    a handful of bills". None when the deed has a subject of its own, or opens on a participle ("even
    recommending a lawyer"), which hangs on a clause the cut left out."""
    verb = cue.split(" ")[0].casefold()
    if not verb:
        return None
    if (found := _PRONOUN_SUBJECT.match(text)) is not None:
        rest = found["rest"].split()
        between = 0
        while between < len(rest) and _between(rest[between].casefold().strip(",")):
            between += 1
        done = between < len(rest) and rest[between].casefold().strip(",.;:") == verb
        # "it was approved by the City Council": the speaker is who did it, not what it was done to
        passive = between + 1 < len(rest) and rest[between + 1].casefold() == "by"
        progressive = any(w.casefold() in _BE for w in rest[:between])  # "which is seeking"
        if done and not passive and (progressive or not verb.endswith("ing")):
            return f"{speaker} {found['rest']}"
        # "who in 2010 called it a scam, has backed away": a clause set off before the actor's own verb
        set_off = re.search(rf",\s+(?:(?:{'|'.join(_BETWEEN)})\s+)*{re.escape(verb)}\b", found["rest"], re.I)
        if found["who"].casefold() in _RELATIVES and set_off is not None:
            return f"{speaker}, {text[:1].lower()}{text[1:]}"
        return None
    if verb.endswith("ing"):
        return None
    words = text.split()
    # cut mid-sentence at its verb, or at a word before it ("instead praised players' character")
    lead = 1 if len(words) > 2 and _between(words[0]) else 0
    if words and text[:1].islower() and words[lead].strip(",.;:") == verb:
        return f"{speaker} {text[:1].lower()}{text[1:]}"
    return None


def reporting_verb(present: str) -> str:
    """The verb for a reported clause: "cites" reports no clause ("Catanzaro cites we need ..."): "says"."""
    verb, _, rest = present.partition(" ")
    return f"{_CLAUSE_ONLY.get(verb, verb)} {rest}".strip()


def reported_clause(present: str, text: str) -> str:
    """ "that" before a clause that opens on a gerund, which would read as the verb's object
    ("decides rolling back tariffs requires ..." -> "decides that rolling back tariffs requires ...")."""
    first = text.split(" ", 1)[0]
    gerund = first.islower() and first.endswith("ing") and len(first) > 5 and first not in _NOT_GERUNDS
    if gerund and present.split(" ")[-1] not in _OPENERS:
        return f"that {text}"
    return text


def readable(text: str, kind: str, cue: str) -> bool:
    """Can the statement carry a stance on its own? Not a quoted fragment ("“asking for the moon”"), a
    clause without its subject ("could now be pushed into next year") or a deed without its object
    ("Murdoch has so far rejected")."""
    words = text.strip('“”"‘’ ').split()
    if not words:
        return False
    first = words[0].strip("“\"‘'(")
    # a quotation opening in lower case is a fragment, unless it is a whole sentence of its own that a
    # "that" introduced ("told WSJ that “the law fines the hosts and does not fine Airbnb.”")
    whole = len(words) >= _WHOLE_QUOTE and text.rstrip("”\"’' ").endswith((".", "!", "?"))
    if kind == "quote" and first[:1].islower() and (not whole or first in _RELATIVES):
        return False  # ("who we know acts on impulse, had this nominee ...": a clause of another sentence)
    if kind == "reported" and first.casefold() in _NO_SUBJECT:
        return False
    # "which, according to Govender, were created": a clause about an actor it left out (not the indirect
    # question a reporting verb took: "do not say which ones will progress")
    verb = cue.split(" ")[0].casefold()
    relative = first.casefold().strip(",") in _RELATIVES and verb in {
        w.casefold().strip(",.;:") for w in words
    }
    if relative and deed_subject(text.strip('“”"‘’ '), "-", cue) is None:
        return False
    last = words[-1].strip('.,;:!?”"’').casefold()
    return not (cue and last == cue.split(" ")[-1].casefold() and len(words) < 6)


# a quotation and its own "he says" ("“Naps lower the heart rate,” he says")
SIGNED = re.compile(
    r"\s*[“\"](?P<words>[^“”\"]+?),?[”\"],? (?:he|she|they|[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+)?) "
    r"(?:says|said|adds|added|explains|explained|notes|noted)\.?\s*"
)


def unwrap_quotes(text: str) -> str:
    """Drop quote marks that wrap the whole text; keep ones that close a quotation inside it."""
    text = text.strip()
    pairs = {"“": "”", '"': '"', "‘": "’", "'": "'"}
    while len(text) > 1 and pairs.get(text[0]) == text[-1]:
        if text.count(text[0]) + text.count(text[-1]) != 2:
            break
        text = text[1:-1].strip()
    return text


def full_sentence(text: str) -> str:
    """``text`` with a full stop unless it ends on one (or on a question mark or a closing quote); a comma
    the quotation closed on goes (“They’re saying 'defund the police,'” -> ... 'defund the police'.)."""
    text = text.rstrip(" ,;:—–")
    if (closed := re.search(r"[,;:]([”’\"']+)$", text)) is not None:
        text = text[: closed.start()] + "".join(q for q in closed[1] if _opened(text, q))
    return text if text.rstrip("”’\"'")[-1:] in (".", "?", "!", "…") else f"{text}."


def _opened(text: str, quote: str) -> bool:
    """True when ``text`` opens the quotation ``quote`` closes (a ’ whose ‘ the cut left out is not)."""
    opener = {"”": "“", "’": "‘"}.get(quote)
    return text.count(quote) % 2 == 0 if opener is None else opener in text


_PLURAL_NAME = re.compile(r"(?:\b[a-z]\w*[^su's]s|ans|ats|ives|ists)$")  # "European diplomats", "Democrats"
_PLURAL_WORDS = frozenset("people men women children police".split())  # plurals without an "s"
_BASE = {"is": "are", "has": "have", "does": "do", "goes": "go"}


def agree_with(speaker: str, present: str, *, person: bool = False) -> str:
    """The verb in the plural for a plural speaker ("European diplomats suggest", "Democrats say",
    "Astronomers from Sweden and Mexico claim"); a ``person`` is one, whatever the name ends in ("Daniel
    Kopans says")."""
    if person:
        return present
    speaker = head_phrase(speaker)  # "people familiar with the matter": "people"
    named = re.search(r"[A-Z]\S* [A-Z][^ ]*$", speaker) is not None  # "Steven Banks", "United States"
    last = speaker.rsplit(" ", 1)[-1].casefold()
    singulars = {last[:-1], last[:-2], last[:-3] + "y"}
    plural_noun = not named and (
        (last.endswith("s") and bool(singulars & GROUP_NOUNS)) or last in _PLURAL_WORDS
    )
    if not _PLURAL_NAME.search(speaker) and not plural_noun:
        return present
    verb, _, rest = present.partition(" ")
    if verb in _BASE:
        verb = _BASE[verb]
    elif verb.endswith("ies"):
        verb = verb[:-3] + "y"
    elif verb.endswith(("ches", "shes", "sses", "xes", "zes")):
        verb = verb[:-2]
    else:
        verb = verb.removesuffix("s")
    return f"{verb} {rest}".strip()
