"""Questions the article itself asks ("wondered why X") or leaves to the reader ("X claimed Y")."""

from __future__ import annotations

from brief.extract._phrasing import MAX_WORDS, phrase_subject, subject_words, words
from brief.extract._syntax import SUBJECT_DEPS, Token

__all__ = ["claim_question", "indirect_question"]

_ASKING = {"wonder", "ask", "question", "unclear", "uncertain"}  # "wondered why X": the text's own question
_WH = {"why", "how", "what", "when", "where", "who", "which", "whether", "if"}
_DO = {"VBD": "did", "VBZ": "does", "VBP": "do"}
_CONTESTED = {"claim", "allege", "argue", "insist", "accuse", "deny", "maintain", "contend", "dispute"}
_MIN_CLAIM_WORDS = 5
_OPEN_WORDS = {"whether", "unclear", "uncertain", "if"}


def indirect_question(tok: Token) -> str | None:
    """Turn "wondered why the state bothered to X" into "Why did the state bother to X?"."""
    holder = tok.head if tok.dep_ == "acomp" else tok
    comp = next((c for c in holder.children if c.dep_ == "ccomp"), None)
    if tok.lemma_.lower() not in _ASKING or comp is None:
        return None
    wh = next((t for t in comp.subtree if t.lower_ in _WH and t.i < comp.i), None)
    subj = next((c for c in comp.children if c.dep_ in (*SUBJECT_DEPS, "expl")), None)
    if wh is None or subj is None or subj.lower_ in ("he", "she", "they", "him", "her", "them"):
        return None  # "asked Trump whether he was": whose "he" is not for a question to guess
    word = "" if wh.lower_ in ("whether", "if") else wh.text.lower()
    if wh.i == subj.i:  # "who wrote the instructions"
        return f"{word.capitalize()} {words(comp.doc, [t for t in comp.subtree if t.i > wh.i])}?"
    aux = next((c for c in comp.children if c.dep_ in ("aux", "auxpass") and c.i < comp.i), None)
    moved = aux or (comp if comp.lemma_ == "be" else None)
    verb = "" if moved is not None else f"{_DO.get(comp.tag_, '')} {comp.lemma_}"
    if moved is None and comp.tag_ not in _DO:
        return None
    skip = {wh.i, *(t.i for t in subj.subtree), *((moved.i,) if moved is not None else (comp.i,))}
    rest = [t for t in comp.subtree if t.i not in skip and t.i > wh.i]
    head = " ".join(w for w in (word, moved.text.lower() if moved is not None else verb.split()[0]) if w)
    tail = f"{verb.split()[1]} " if moved is None else ""
    if not rest or (subj.lower_ == "it" and comp.lemma_ != "be"):
        return None  # "wondered if it had anything to do with X": what "it" is stays unclear
    who = subj.text if subj.lower_ in ("it", "there") else phrase_subject(subject_words(subj) or [subj])
    return f"{head.capitalize()} {who} {tail}{words(comp.doc, rest)}?"


def claim_question(tok: Token) -> str | None:
    """Turn "X claimed (denied, insisted) that Y" into "Is it true that Y?": one side's word for it."""
    comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if (
        tok.lemma_.lower() not in _CONTESTED
        or comp is None
        or not any(c.dep_ in SUBJECT_DEPS for c in comp.children)
    ):
        return None
    subtree = [t for t in comp.subtree if not (t.dep_ == "mark" and t.head.i == comp.i)]
    if any(t.lower_ in _OPEN_WORDS for t in subtree):
        return None  # "claimed it was unclear whether ...": already a question, asked elsewhere
    text = words(comp.doc, subtree)
    if not _MIN_CLAIM_WORDS <= len(text.split()) <= MAX_WORDS:
        return None
    return f"Is it true that {text}?"
