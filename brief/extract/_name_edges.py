"""Where a mention's name starts and ends: without the articles, titles and punctuation around it, the
verbs of a title-case headline run into it, or an officer's title after a company's name.

In a title-case headline every word is capitalised and the tagger runs a name into the words around it
("Jersey City Mayor Threatens To Sue Port Authority For $400 Million" gives "Threatens To Sue Port
Authority"). The body, written in sentence case, tells which of those words are a name's: the ones it
capitalises in mid-sentence."""

from __future__ import annotations

import re

from brief.extract._layout import headline_end
from brief.extract._lexicon import (
    HONORIFICS,
    INVERTED_CUES,
    MISTERS,
    PERSON_TITLES,
    RANK_FIRSTS,
    TITLE_FORMS,
    TITLE_STOPS,
)
from brief.extract._person_cues import occupation
from brief.extract._syntax import Doc, Token, text_of

__all__ = ["trim_name"]

_TITLE_CASE = 0.8  # share of a line's longer words that are capitalised for it to be a title-case headline
_LONG = 4  # letters: "of", "the", "in" stay lower case in most title-case headlines
_JOINING = frozenset("of and for the de da del van von der la le & 's".split())  # inside a name
_REACH = 3  # headline words after a name the tagger cut that may still be the name's
_SENTENCE_START = frozenset(".!?\n\"“‘'")
_OFFICERS = frozenset(
    "ceo cfo coo cto chairman chairwoman founder spokesman spokeswoman spokesperson".split()
)
_SCORE = re.compile(r"\d[-–(]\d")  # "7-6(3"
_HEADLINE_VERBS = frozenset("Is Are Was Were Will Would Says Said Has Have Had Does Did Can Could".split())


_RANKS = frozenset({"marshal", "admiral", "general"})  # the second word of a rank of two


_SEAT_TITLES = frozenset({"mp", "mla", "mep", "msp", "td", "mna", "mpp"})


def trim_name(doc: Doc, first: int, last: int, person: bool) -> tuple[int, int] | None:
    """Drop leading articles/quotes (and titles for people) and trailing possessives/punctuation, the
    words of a title-case headline around a name, and an officer's title between a company and a
    person ("Fox News CFO Mark Kranz")."""

    def junk(t: Token) -> bool:
        return not any(c.isalnum() for c in t.text) or t.tag_ in ("POS", "IN")  # "... Representative for"

    def junk_head(t: Token) -> bool:
        # (and a title without its full stop: "Sgt Donal Cronin")
        titled = person and (t.lower_ in HONORIFICS | PERSON_TITLES | TITLE_STOPS or t.lower_ in TITLE_FORMS)
        titled = titled or (person and occupation(t) and last - t.i >= 2)  # "Virologist John Moore"
        # the first word of a rank of two ("Air Marshal Suyanto", "Field Marshal")
        titled = titled or (
            person and t.lower_ in RANK_FIRSTS and t.i + 1 < last and doc[t.i + 1].lower_ in _RANKS
        )
        # "Hosting Cook at Dreamforce is our dream": a sentence's opening participle, not a first name
        opening = person and t.is_sent_start and t.i < last and t.lower_.endswith("ing") and len(t) > 5
        # "Said Hariss: “We have to learn.”": the speech verb of an inverted quotation, not a first name
        opening = opening or (
            t.is_sent_start and t.text in INVERTED_CUES and doc[last + 1 : last + 2].text in ":,"
        )
        return bool(junk(t) or t.lower_ == "the" or titled or opening or t.tag_ == "MD")  # "Will Warren ...?"

    while first <= last and junk_head(doc[first]):
        first += 1
    if person:  # "Klang MP Charles Santiago": a seat, then the title, then the name
        first = next((t.i + 1 for t in doc[first + 1 : last - 1] if _seat_title(t)), first)
    # a title-case headline run into the name: "Cuomo Says", "Indian Point Plant Will Fully Close"
    last = next((t.i - 1 for t in doc[first + 1 : last + 1] if t.text in _HEADLINE_VERBS), last)
    if first <= last:
        first, last = _headline_name(doc, first, last)  # "Threatens To Sue Port Authority"
    if (
        not person
        and first < last
        and doc[last].lower_ in _OFFICERS | MISTERS
        and doc[last + 1 : last + 2].text[:1].isupper()
    ):
        last -= 1  # "Fox News CFO Mark Kranz": the company, then its officer's title and name (and "Kobre
        # & Kim’s Mr Zaiwalla": the firm, its possessive, then an honorific and a name)
    while last >= first and (junk(doc[last]) or (doc[last].tag_ in ("RB", "DT") and doc[last].is_lower)):
        last -= 1  # (a lower-case adverb or article run into the name: "Kaiser later released", "to give the
        # Men in Black a 1-nil lead")
    digits = last
    while digits >= first and not any(c.isalpha() for c in doc[digits].text):
        digits -= 1
    if _SCORE.search(doc[digits + 1 : last + 1].text):
        last = digits  # a score the tagger ran into a name: "beat Caroline Garcia 7-6(3) 4-6", "Myanmar 4-0"
        # (not the number of "Bill 807")
    return (first, last) if first <= last else None


def _seat_title(tok: Token) -> bool:
    """True for a short title after a capitalised seat or party and before a name: "MP" of "Klang MP"."""
    return tok.lower_ in _SEAT_TITLES and tok.nbor(-1).is_title and tok.nbor(1).is_title


def _headline_name(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """The part of the name ``doc[first:last + 1]`` that is a name, when it sits in a title-case
    headline (the text's first line) and the body never uses it whole: the first run of its words the
    body capitalises mid-sentence that the body uses as it is ("Port Authority"); otherwise unchanged."""
    text = text_of(doc)
    end = headline_end(text)
    if end < 0 or doc[last].idx >= end:
        return first, last
    if not _title_case(text[:end]):
        return first, last
    body = text[end:]
    if _common_noun_tail(doc, end, _used(body, [t.text for t in doc[first : last + 1]], fold=True)):
        return first, last  # "The Trump Administration Is Lying" for the body's "Trump administration"
    runs: list[list[int]] = [[]]
    for t in doc[first : last + 1]:
        if (t.lower_ in _JOINING and runs[-1]) or _named_in(body, t.text):
            runs[-1].append(t.i)
        elif runs[-1]:
            runs.append([])
    for run in runs:
        while run and doc[run[-1]].lower_ in _JOINING:
            run.pop()
        if not run:
            continue
        # the tagger may cut the name itself: "Vows To Sue Port" before "Authority For $4 Million"
        ends = [run[-1]]
        while run[-1] == last and ends[-1] + 1 < len(doc) and doc[ends[-1] + 1].idx < end:
            if len(ends) > _REACH or not _named_in(body, doc[ends[-1] + 1].text):
                break
            ends.append(ends[-1] + 1)
        for stop in ends:
            if _whole(body, [t.text for t in doc[run[0] : stop + 1]]):
                return run[0], stop
    return first, last


def _title_case(line: str) -> bool:
    long = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) >= _LONG]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= _TITLE_CASE * len(long)


def _used(body: str, words: list[str], *, fold: bool) -> re.Match[str] | None:
    """Where the body has these words in a row (``fold``: in any case; else joining words only)."""
    return _pattern(words, fold=fold).search(body)


def _pattern(words: list[str], *, fold: bool) -> re.Pattern[str]:
    parts = [f"(?i:{re.escape(w)})" if fold or w.lower() in _JOINING else re.escape(w) for w in words]
    return re.compile(r"(?<!\w)" + r"\s*".join(parts) + r"(?!\w)")


def _whole(body: str, words: list[str]) -> bool:
    """True when the body uses these words as a name of their own, not only as part of a longer one
    ("Health" of "National Institutes of Health")."""
    for found in _pattern(words, fold=False).finditer(body):
        if not _mid_sentence(body, found.start()):
            continue  # "Health officials emphasized ...": a sentence's first word may be anything
        before = body[: found.start()].split()[-2:]
        after = body[found.end() :].split()[:1]
        if before and before[-1].lower() in _JOINING - {"the"}:
            before = before[:-1]  # "Institutes of Health", not "the killing of Matthew von Ohlen"
        joined = bool(before) and before[-1][:1].isupper() and before[-1][-1:] not in '.!?"”'
        if not joined and not (after and after[0][:1].isupper()):
            return True
    return False


def _common_noun_tail(doc: Doc, end: int, found: re.Match[str] | None) -> bool:
    """True when the body's words found are a name with the common nouns it is the name of ("Trump
    administration"), not a name and the headline's next word ("found Dylann Roof guilty")."""
    span = doc.char_span(end + found.start(), end + found.end(), alignment_mode="expand") if found else None
    return span is not None and all(t.pos_ in ("NOUN", "PROPN") for t in span if t.text[:1].islower())


def _named_in(body: str, word: str) -> bool:
    """True when the body has ``word`` capitalised in mid-sentence (so it is a name's, not a headline's)."""
    if not word[:1].isupper():
        return False
    for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", body):
        if _mid_sentence(body, m.start()):
            return True
    return False


def _mid_sentence(body: str, at: int) -> bool:
    before = body[:at].rstrip(" ")
    closing = before[-1:] in ('"', "”", "’") and before[-2:-1].isalpha()  # 'A "stunned" Rod Blagojevich'
    return bool(before) and (before[-1] not in _SENTENCE_START or closing)
