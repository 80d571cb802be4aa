"""Text checks against the source: verbatim spans, names and numbers, content support."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from brief.verify.lexicon import QUOTES

__all__ = ["INJECTED", "SourceText", "instruction_spans", "normalise", "split_sentences"]

INJECTED = "reads as instructions to the model, not news: never used as support or evidence"

_STRIP = " \t\n\"'“”‘’.,;:…"
_WORD = re.compile(r"[\w'’\-]+")
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[A-Z0-9\"'“‘(])")
_NOT_AN_END = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Jr|Sr|No|vs|etc"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z])\.$"
)
_STOP = frozenset(
    (
        "a an and are as at be been but by for from had has have he her his i in into is it its more most of "
        "on or our she so than that the their them then there these they this those to was we were what when "
        "which while who will with would could should can may might not no also about after before over "
        "under between against said says say told"
    ).split()
)


# Text addressed to a model rather than to readers: injected instructions, chat-template tokens, a fake brief.
# Such a passage (from the cue to the end of its line) is untrusted: it supports no claim and is no evidence.
_INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\b[^.\n]{0,30}?"
    r"\b(?:previous|prior|above|earlier|preceding|original|system|all)\b[^.\n]{0,20}?"
    r"\b(?:instructions?|prompts?|rules|directions|guidelines)\b"
    r"|\bignore (?:the|this|that|any) (?:article|text|page|story|content|document)\b"
    r"|\b(?:new|updated) instructions?\b[^.\n]{0,30}?(?::|\bfollow\b|\boverride\b)"
    r"|\b(?:reply|respond) only\b"
    r"|^[ \t>*#\[(]*(?:system|assistant|developer)(?: (?:message|prompt|note|override))?[\])*]*[ \t]*:"
    r"|<\|(?:im_start|im_end|system|user|assistant|endoftext)\|>|\[/?INST\]|<</?SYS>>"
    r"|\b(?:ai|llm|language model|assistant|chatbot)s? reading this\b"
    r"|\bif you are an? (?:ai|llm|language model|assistant|chatbot)\b"
    r"|\b(?:note|message|instructions?) (?:for|to) (?:all |any )?"
    r"(?:ai|llms?|language models?|assistants?|chatbots?|automated \w+)\b"
    r"|\b(?:e-?mail|send|forward)\b[^.\n]{0,60}?\b(?:brief|summary|prompt|conversation|instructions)\b"
    r"[^.\n]{0,60}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    re.IGNORECASE | re.MULTILINE,
)
_FAKE_BRIEF = re.compile(r'\{\s*"(?:title|summary|actors|positions|open_questions)"\s*:')


def instruction_spans(text: str) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` offsets of passages that read as instructions to a model, merged and sorted.

    A cue's passage runs from the start of its sentence to the end of its line; a fake JSON brief
    runs to its closing brace (and on to the end of that line).
    """
    spans: list[tuple[int, int]] = []
    for match in _INSTRUCTION.finditer(text):
        start = max(text.rfind(mark, 0, match.start()) for mark in "\n.!?")
        spans.append((start + 1, _line_end(text, match.end())))
    for match in _FAKE_BRIEF.finditer(text):
        spans.append((match.start(), _line_end(text, _closing_brace(text, match.start()))))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _closing_brace(text: str, start: int) -> int:
    depth = 0
    for i in range(start, len(text)):
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        if depth == 0:
            return i + 1
    return len(text)


def normalise(text: str) -> str:
    """Fold quote marks, dashes and whitespace so equivalent spans compare equal."""
    return " ".join(text.translate(QUOTES).split())


@dataclass
class SourceText:
    """An article's text with the indexes the verifier needs."""

    text: str
    untrusted: tuple[tuple[int, int], ...] = ()  # instruction-like passages (see ``instruction_spans``)
    elsewhere: tuple[str, ...] = ()  # instruction-like text around the article, e.g. in its title

    @cached_property
    def trusted(self) -> str:
        """The text with untrusted passages blanked out (same length, so offsets still hold)."""
        pieces, at = [], 0
        for start, end in self.untrusted:
            pieces += [self.text[at:start], "\n" * (end - start)]
            at = end
        return "".join([*pieces, self.text[at:]])

    @cached_property
    def _normalised(self) -> tuple[str, list[int]]:
        """Normalised text plus, for each of its characters, the offset in the original."""
        chars: list[str] = []
        offsets: list[int] = []
        pending_space = False
        for i, ch in enumerate(self.text.translate(QUOTES)):
            if ch.isspace():
                pending_space = bool(chars)
                continue
            if pending_space:
                chars.append(" ")
                offsets.append(i - 1)
                pending_space = False
            chars.append(ch)
            offsets.append(i)
        return "".join(chars), offsets

    @cached_property
    def words(self) -> frozenset[str]:
        """Every trusted word of the article, case kept, quote marks folded."""
        return frozenset(_WORD.findall(self.trusted.translate(QUOTES)))

    @cached_property
    def injected_words(self) -> frozenset[str]:
        """Lower-case words that occur only in untrusted passages."""
        passages = " ".join([*(self.text[start:end] for start, end in self.untrusted), *self.elsewhere])
        return frozenset(w.lower() for w in _WORD.findall(passages.translate(QUOTES))) - self.lower_words

    @cached_property
    def lower_words(self) -> frozenset[str]:
        """Every word of the article in lower case."""
        return frozenset(w.lower() for w in self.words)

    def find(self, span: str, *, anywhere: bool = False) -> str | None:
        """The article's own characters for ``span`` (normalised match), or None when absent.

        A match inside an untrusted passage counts only with ``anywhere``.
        """
        found = self.locate(span, anywhere=anywhere)
        return self.text[found[0] : found[1]] if found else None

    def locate(self, span: str, *, anywhere: bool = False) -> tuple[int, int] | None:
        """``(start, end)`` of ``span`` in the article (normalised match), or None when absent."""
        haystack, offsets = self._normalised
        for candidate in (normalise(span), normalise(span).strip(_STRIP)):
            if len(candidate) < 3:
                continue
            at = haystack.find(candidate)
            while at >= 0:
                start, end = offsets[at], offsets[at + len(candidate) - 1] + 1
                if anywhere or not any(a < end and start < b for a, b in self.untrusted):
                    return start, end
                at = haystack.find(candidate, at + 1)
        return None

    def mentions(self, name: str) -> bool:
        """True when ``name`` occurs in the trusted text (case-insensitive, on word boundaries)."""
        needle = normalise(name).strip(_STRIP).lower()
        if not needle:
            return False
        pattern = r"(?<![\w])" + re.escape(needle) + r"(?![\w])"
        return re.search(pattern, self._trusted_folded) is not None

    @cached_property
    def _trusted_folded(self) -> str:
        return normalise(self.trusted).lower()

    def echoed(self, sentence: str) -> str | None:
        """Why ``sentence`` echoes an injected instruction (a word found only in untrusted text), or None."""
        content = [w.lower() for w in _WORD.findall(sentence.translate(QUOTES)) if w.lower() not in _STOP]
        echoed = [w for w in content if not self._known_stem(w) and self._injected_stem(w)]
        if echoed:
            return f"{echoed[0]!r} comes only from text that reads as instructions to the model"
        return None

    def unsupported(self, sentence: str) -> str | None:
        """Why a free-text sentence is not grounded, or None: the verifier's claim check on its own.

        Its names and numbers must be in the article, and one article sentence (or up to three in a row) must
        carry them together with most of its content words, its negation and its hedges.
        """
        from brief.extract import load_nlp
        from brief.verify.article import ArticleIndex
        from brief.verify.claims import Claim

        echoed = self.echoed(sentence)
        if echoed:
            return echoed
        claim = Claim.of(sentence, load_nlp()(sentence))
        problem = ArticleIndex(self.trusted).check(claim).problem
        return problem.reason if problem else None

    def _injected_stem(self, word: str) -> bool:
        stem = word[:4]  # shorter than the support stem: "closes" echoes an injected "closing"
        return any(w.startswith(stem) for w in self.injected_words)

    def _known_stem(self, word: str) -> bool:
        if word in self.lower_words:
            return True
        stem = word[:5] if len(word) > 5 else word
        return any(w.startswith(stem) for w in self._stems.get(stem[:3], ()))

    @cached_property
    def _stems(self) -> dict[str, list[str]]:
        index: dict[str, list[str]] = {}
        for word in self.lower_words:
            index.setdefault(word[:3], []).append(word)
        return index


def split_sentences(text: str) -> list[str]:
    """The sentences of free text (a summary): split at ., ! or ? (and closing quotes) before a capital, a
    quote mark or a digit; a title, a month or an initial ("Dr.", "Oct. 8", "U.S.") ends no sentence."""
    sentences: list[str] = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        piece = text[start : boundary.start()]
        if _NOT_AN_END.search(piece.rstrip("\"'”’)")):
            continue
        sentences.append(piece.strip())
        start = boundary.end()
    sentences.append(text[start:].strip())
    return [s for s in sentences if s]
