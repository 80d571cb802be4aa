"""Quotations: where they are (tolerant of straight, unclosed or misplaced marks) and who speaks."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from brief.extract._lexicon import INVERTED_CUES
from brief.extract._syntax import Doc, Token, is_report_verb, per_doc, text_of

__all__ = ["inner_span", "left_open", "quote_regions", "quote_verb", "regions_of", "single_open"]

_OPEN = "“„«"
_CLOSE = "”»"
_MAX_QUOTE = 3000  # longer "quotes" are unbalanced marks, not speech
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z])")


def _close(regions: list[tuple[int, int]], opened: int, at: int) -> None:
    if at - opened <= _MAX_QUOTE:
        regions.append((opened, at))


def _unclosed_end(text: str, opened: int, end: int) -> int:
    """Where a quote still open at its paragraph's end stops.

    A quote that goes on into the next paragraph is left open on purpose, and that paragraph opens with
    a mark again: the whole paragraph is quoted. Otherwise the closing mark was forgotten, and the
    quote is taken to end with its first sentence, so the writer's own words after it stay the writer's.
    """
    following = text[end:].lstrip()
    if following[:1] in _OPEN + '"' or _runs_on(following):
        return end
    stop = _SENTENCE_END.search(text, opened + 1, end)
    return stop.start() + 1 if stop is not None else end


def _runs_on(paragraph: str) -> bool:
    """True when the next paragraph closes a quotation it never opened: the writer forgot the mark
    that reopens a quotation running on ("... outside Ghana.¶So there is absolutely nothing new. ...
    against the law,” he said.")."""
    paragraph = paragraph.split("\n\n", 1)[0]
    close = min((k for k in (paragraph.find(c) for c in _CLOSE) if k >= 0), default=-1)
    return close > 0 and not any(c in paragraph[:close] for c in _OPEN + '"')


# "...,” he ruled; "...?” questioned MTUC president Datuk Abdul Halim Mansor"
_QUOTE_CUES = frozenset({"continue", "read", "conclude", "go", "quote", "rule", "question"})
_WORDS = frozenset({"comment", "statement", "message", "note", "response", "reply", "email", "letter"})


def regions_of(doc: Doc) -> list[tuple[int, int]]:
    """``quote_regions`` of the document's text, read once per document (three passes ask for them)."""
    return list(per_doc(doc, "quote_regions", lambda: quote_regions(text_of(doc))))


def quote_regions(text: str) -> list[tuple[int, int]]:
    """(open, close) offsets of each quotation mark pair; the inner text is text[open + 1:close]."""
    regions: list[tuple[int, int]] = []
    opened: int | None = None
    skip = 0
    for i, ch in enumerate(text):
        if i < skip:
            continue
        if (
            ch == "'" and text[i + 1 : i + 2] == "'"
        ):  # two straight single marks for one double ('' I feel ...'')
            ch, skip = '"', i + 2
        if ch == "\n" and opened is not None and text[i + 1 : i + 2] == "\n":
            _close(regions, opened, _unclosed_end(text, opened, i))  # never past its paragraph
            opened = None
            following = text[i:].lstrip()
            if _runs_on(following):  # the quotation goes on from the next paragraph's first word
                skip = len(text) - len(following)
                opened = skip - 1
        elif ch == "“" and opened is not None and text[opened] == "„":  # „German-style“, as Czech papers
            _close(regions, opened, i)
            opened = None
        elif ch in _OPEN or (ch == '"' and opened is None):
            opened = i
        elif ch == "’" and text[i + 1 : i + 2] == "’" and opened is not None:
            continue  # the first of two single marks closing a quotation (“...,’’ the letter continues)
        elif ch in _CLOSE or ch == '"' or (ch == "’" and text[i - 1 : i] == "’" and opened is not None):
            if opened is not None:
                _close(regions, opened, i - 1 if ch == "’" else i)  # (“...,’’ at the first of the two)
                opened = None
            elif text[i + 1 : i + 2].isalnum():  # a closing mark used to open: ”I think ...
                opened = i
    return sorted([*regions, *_single_marked(text, regions)])


# a quotation in single marks, straight or curly, as some outlets write them all: "said, 'I know today
# we've inspired ... potential.'", "said: ‘The people who work in our NHS ...’" (an apostrophe is never
# followed by a capital after ", " nor closes after a full stop); one opening a paragraph or a sentence
# too ("‘When does this nonsense stop?,’ the Volkskrant quoted ...", "'Oman losing to Australia by 0-4 is
# sad. ...'"), closed before "he suggested" ("'We need to play more matches' he suggested")
_SINGLE = re.compile(
    r"(?:(?<=[,:] )['‘]|(?:^|(?<=[.!?] ))['‘])(?=[A-Z])[^\n]{10,}?"
    r"(?:[.,!?]['’](?=\s|$)|(?<=[a-z])'(?= (?:he|she) [a-z]+ed\b))",
    re.M,
)


def _single_marked(text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotations in straight single marks that no double mark already encloses."""
    found = [(m.start(), m.end() - 1) for m in _SINGLE.finditer(text)]
    return [(a, b) for a, b in found if not any(x <= b and a <= y for x, y in regions)]


def left_open(text: str) -> bool:
    """True when ``text`` leaves a quotation open: more opening than closing curly marks, or an odd
    number of straight ones."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def closing_mark(text: str) -> str | None:
    """The mark that closes the quotation ``text`` leaves open (”, or " for straight marks), or None."""
    if not left_open(text):
        return None
    return "”" if text.count("“") > text.count("”") else '"'


def single_open(text: str) -> bool:
    """True when ``text`` leaves a single quotation mark open: a ‘ with no ’ after it (a ’ may be an
    apostrophe, but a ‘ never is)."""
    return "‘" in text and "’" not in text[text.rfind("‘") :]


def inner_span(text: str, region: tuple[int, int]) -> tuple[int, int]:
    """The quoted words without the marks, surrounding space or a trailing comma."""
    start, end = region[0] + (2 if text[region[0] : region[0] + 2] == "''" else 1), region[1]
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def quote_verb(doc: Doc, text: str, starts: list[int], region: tuple[int, int]) -> Token | None:
    """The reporting verb a quotation hangs on: by the parse, else by ``X said: “...”`` adjacency."""
    inside = doc[bisect_right(starts, region[0]) : bisect_left(starts, region[1])]
    if not len(inside):
        return None
    inner = text[region[0] + 1 : region[1]].rstrip()
    trailing = inner.endswith((",", "?", "!")) or text[region[1] + 1 : region[1] + 2] == ","
    after = _verb_after(doc, region, inside.end) if trailing and _opens_sentence(text, region[0]) else None
    if after is not None and text[region[0] - 2 : region[0]].strip() == ":":
        return after  # 'Members responded: "...," said Cabrera': the speaker named at the quote wins
    for tok in inside:
        if tok.text in ".!?" or region[0] < tok.head.idx < region[1]:
            continue  # a closing full stop hangs on the sentence's root, whoever's words these are
        if (verb := _reporting(tok.head)) is not None:
            return verb
    before = [t for t in doc[max(0, inside.start - 4) : inside.start] if not (t.is_space or t.is_quote)]
    opener = doc[before[-1].sent.start] if before and before[-1].text == ":" else None
    if opener is not None and opener.text in INVERTED_CUES and opener.i < before[-1].i - 1:
        return opener  # 'Said Hariss: "We have to learn."'
    verb = (before[-1].head if before[-1].text in ":," else before[-1]) if before else None
    if verb is not None and region[0] < verb.idx < region[1] and len(before) > 1:
        verb = before[-2].head  # "X sent along this comment, “...”": the parser hung the comma inside
    if verb is not None and verb.dep_ == "prep" and is_report_verb(verb.head):
        verb = verb.head  # "warned against “a return to the political witch hunts of the 1950s”"
    if verb is not None and (is_report_verb(verb) or _sends_words(verb)):
        return verb
    if verb is not None and before[-1].text == ":" and _introduces(verb, region[0]):
        return verb  # 'O'Brien offered: "..."', 'Levine was equally clear: "..."'
    return after or _named_before(inside, region)


def _named_before(inside: Doc, region: tuple[int, int]) -> Token | None:
    """The quotation's own verb when the parser made the person named before it its subject: "German
    Foreign Minister Gabriel, on a question about the base, “There is no clear plan yet.”" (his words)."""
    root = inside[0].sent.root
    if not region[0] < root.idx < region[1]:
        return None
    named = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.idx < region[0]]
    return root if named and named[0].ent_type_ == "PERSON" else None


def _reporting(verb: Token) -> Token | None:
    """The reporting verb itself, or the one whose reported clause this is ("VW said it was “...”")."""
    while not _cue(verb) and verb.dep_ == "ccomp" and verb.head.i != verb.i:
        verb = verb.head
    return verb if _cue(verb) else None


def _introduces(verb: Token, opened: int) -> bool:
    """True for the verb of a clause that ends in a colon right before a quotation and has a subject
    of its own: whoever it is, the quotation is theirs."""
    subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.idx < verb.idx for c in verb.children)
    return verb.pos_ in ("VERB", "AUX") and verb.idx < opened and subject


def _sends_words(verb: Token) -> bool:
    """A verb whose object is the words that follow ("sent along this comment, '...'")."""
    return verb.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in _WORDS for c in verb.children)


def _cue(tok: Token) -> bool:
    """A verb that introduces a quotation: a reporting verb, or one that only reports beside a quotation
    ("... ,” the statement continued", "the letter read")."""
    return is_report_verb(tok) or (tok.pos_ == "VERB" and tok.lemma_.lower() in _QUOTE_CUES)


def _opens_sentence(text: str, pos: int) -> bool:
    """True when a quotation starts a sentence (so a following "he said" can introduce it)."""
    before = text[max(0, pos - 80) : pos].rstrip(" \t")
    return (pos < 80 and not before) or (bool(before) and before[-1] in "\n.!?:")


_REACH = 12  # tokens after a quotation to its verb: "Black Lives Matter co-founder Alicia Garza asked"


def _verb_after(doc: Doc, region: tuple[int, int], after: int) -> Token | None:
    """The verb of a trailing ``, he said`` / ``, said the minister`` after a quotation."""
    for tok in doc[after : after + _REACH]:
        if _cue(tok):
            return tok
        verb = tok.pos_ in ("VERB", "AUX") and tok.ent_iob_ == "O"  # "Black Lives Matter" names, not acts
        if tok.idx > region[1] and (tok.text in ".!?" or tok.is_quote or verb):
            return None
        if "\n" in tok.text:
            return None
    return None
