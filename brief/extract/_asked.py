"""Questions the article itself asks ("wondered why X") or leaves to the reader ("X claimed Y")."""

from __future__ import annotations

from brief.extract._phrasing import MAX_WORDS, ask, phrase_subject, predicate, subject_words, words
from brief.extract._subjects import sole_subject
from brief.extract._syntax import SUBJECT_DEPS, Span, Token

__all__ = ["claim_question", "indirect_question", "writers_question"]

_ASKING = {"wonder", "ask", "question", "unclear", "uncertain"}  # "wondered why X": the text's own question
_CONTRACTED = {"n't", "n’t"}
_WH = {"why", "how", "what", "when", "where", "who", "which", "whether", "if"}
_DO = {"VBD": "did", "VBZ": "does", "VBP": "do"}
_CONTESTED = {"claim", "allege", "argue", "insist", "deny", "maintain", "contend", "dispute"}
_DISPUTED = {"claim", "allege", "deny", "dispute"}  # the cue itself says the point is contested
_MIN_CLAIM_WORDS = 5
_OPEN_WORDS = {"whether", "unclear", "uncertain", "if"}
_DEGREE = {"much", "many", "long", "far", "often", "soon", "big", "large", "old"}  # "how much", "how long"
_OPENERS = _WH - {"if"} | {"do", "does", "did", "is", "are", "was", "were", "can", "will", "should", "would"}
_OPENERS |= {"could", "has", "have", "had"}
_MIN_ASKED_WORDS = 6  # fewer is a subhead ("What next?")


def indirect_question(tok: Token) -> str | None:
    """Turn "wondered why the state bothered to X" into "Why did the state bother to X?"."""
    if tok.lemma_.lower() not in _ASKING:
        return None
    holder = tok.head if tok.dep_ == "acomp" else tok
    comp = next((c for c in holder.children if c.dep_ == "ccomp"), None)
    if comp is None:
        return None
    wh = next((t for t in comp.subtree if t.lower_ in _WH and t.i < comp.i), None)
    subj = next((c for c in comp.children if c.dep_ in (*SUBJECT_DEPS, "expl")), None)
    if wh is None or subj is None or subj.lower_ in ("he", "she", "they", "him", "her", "them"):
        return None  # "asked Trump whether he was": whose "he" is not for a question to guess
    word = "" if wh.lower_ in ("whether", "if") else wh.text.lower()
    degree = comp.doc[wh.i + 1] if wh.i + 1 < comp.i else None
    degree = degree if degree is not None and degree.lower_ in _DEGREE else None
    if degree is not None:  # "how much Andrea Elliot was upcharged": "how much" asks as one
        word = f"{word} {degree.lower_}"
    # "how much impact the plumbers will have", "what role the agency will play": the noun asked about
    # goes with its question word
    asked = degree if degree is not None else wh
    noun = asked.head if asked.dep_ in ("amod", "det") and asked.head.pos_ == "NOUN" else None
    noun = noun if noun is not None and asked.i < noun.i < subj.i else None
    if noun is not None:
        word = f"{word} {words(comp.doc, list(comp.doc[asked.i + 1 : noun.i + 1]))}"
    if wh.i == subj.i:  # "who wrote the instructions"
        return _fits(f"{word.capitalize()} {words(comp.doc, [t for t in comp.subtree if t.i > wh.i])}?")
    aux = next((c for c in comp.children if c.dep_ in ("aux", "auxpass") and c.i < comp.i), None)
    moved = aux or (comp if comp.lemma_ == "be" else None)
    verb = "" if moved is not None else f"{_DO.get(comp.tag_, '')} {comp.lemma_}"
    if moved is None and comp.tag_ not in _DO:
        return None
    skip = {wh.i, *(t.i for t in subj.subtree), *((moved.i,) if moved is not None else (comp.i,))}
    skip |= {degree.i} if degree is not None else set()
    skip |= set(range(asked.i + 1, noun.i + 1)) if noun is not None else set()
    # "why Juul isn't planning": the contracted "not" moves with its auxiliary ("Why isn't Juul planning")
    cut = moved is not None and moved.i + 1 < len(comp.doc) and comp.doc[moved.i + 1].lower_ in _CONTRACTED
    skip |= {moved.i + 1} if moved is not None and cut else set()
    rest = _before_speaker([t for t in comp.subtree if t.i not in skip and t.i > wh.i])
    lead = moved.text.lower() + (comp.doc[moved.i + 1].text if cut else "") if moved is not None else ""
    head = " ".join(w for w in (word, lead or verb.split()[0]) if w)
    tail = f"{verb.split()[1]} " if moved is None else ""
    if not rest or (subj.lower_ == "it" and comp.lemma_ != "be"):
        return None  # "wondered if it had anything to do with X": what "it" is stays unclear
    who = subj.text if subj.lower_ in ("it", "there") else phrase_subject(subject_words(subj) or [subj])
    return _fits(f"{head.capitalize()} {who} {tail}{words(comp.doc, rest)}?")


def _before_speaker(rest: list[Token]) -> list[Token]:
    """The question's words up to a person set off by commas, whom the parser ran into it: "asked how
    the BRT will cross 46 intersections, Alex Barrios, assistant director, explained ..."."""
    for k in range(len(rest) - 1):
        if rest[k].text == "," and rest[k + 1].ent_iob_ == "B" and rest[k + 1].ent_type_ == "PERSON":
            end = k + 1
            while end < len(rest) and rest[end].ent_type_ == "PERSON" and rest[end].ent_iob_ != "O":
                end += 1
            if end == len(rest) or rest[end].text == ",":
                return rest[:k]
    return rest


def _fits(text: str) -> str | None:
    return text if len(text.split()) <= MAX_WORDS else None


def claim_question(tok: Token) -> tuple[str, float] | None:
    """Turn "X claimed (denied, insisted) that Y did Z" into "Did Y do Z?": one side's word for it."""
    lemma = tok.lemma_.lower()
    if lemma not in _CONTESTED:
        return None
    comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if comp is None or tok.tag_ == "MD" or comp.pos_ not in ("VERB", "AUX"):
        return None
    subj = sole_subject(comp)
    toks = subject_words(subj) if subj is not None else None
    auxes = [c for c in comp.children if c.dep_ in ("aux", "auxpass") and c.i < comp.i]
    if subj is None or not toks or any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
        return None  # a modal is asked as such; "claimed to be" has no clause of its own
    if any(t.lower_ in _OPEN_WORDS for t in comp.subtree):
        return None  # "claimed it was unclear whether ...": already a question, asked elsewhere
    drop = {t.i for t in subj.subtree} | {c.i for c in comp.children if c.dep_ == "mark"}
    swap: dict[int, str] = {}
    if auxes:
        lead, drop = auxes[0].lower_, drop | {auxes[0].i}
    elif comp.lemma_ == "be":
        lead, drop = comp.lower_, drop | {comp.i}
    elif comp.tag_ in _DO:  # "formed a company and acquired another": "Did they form ... and acquire ..."
        joined = [c for c in comp.children if c.dep_ == "conj" and c.tag_ == comp.tag_]
        lead, swap = _DO[comp.tag_], {v.i: v.lemma_ for v in (comp, *joined)}
    else:
        return None
    rest = [t for t in predicate(comp, drop) if t.i > subj.i]
    if len(rest) + len(toks) < _MIN_CLAIM_WORDS:
        return None
    text = ask(lead, phrase_subject(toks), comp, rest, swap)
    return (text, 1.5 if lemma in _DISPUTED else 0.5) if text else None


def writers_question(sent: Span) -> str | None:
    """A question the writer poses as open, outside any quotation: "The question is why are death rates
    lower during inspection weeks?" -> "Why are death rates lower during inspection weeks?". Not one that
    opens its sentence: that is an explainer's subhead the text goes on to answer ("What charges does
    Assange face in the US?") or a rhetorical one."""
    text = sent.text.strip()
    if not text.endswith("?") or any(t.is_quote for t in sent):
        return None
    posed = (t for t in sent if t.lower_ in _OPENERS and t.i > sent.start and t.nbor(-1).text in (":", "is"))
    opener = next(posed, None)
    if opener is None:
        return None
    asked = text[opener.idx - sent.start_char :]
    asked = asked[:1].upper() + asked[1:]
    return _fits(asked) if len(asked.split()) >= _MIN_ASKED_WORDS else None
