"""Check a model's summary over a story's sources, sentence by sentence, against the union of the reports.

Two rules, in order (docs/commands.md, ``brief daily``):

1. **Support.** A sentence is kept when one outlet's report supports it by the check a sentence of a
   single article's summary gets (:class:`brief.verify.sources.SourceCheck`: names, numbers, negation
   and hedges together in one sentence of the report or a few in a row). No report names its own
   outlet, so the outlets the sentence names (by the label the prompt gave, ``irishtimes.com``, or
   its words, capitalised, "The Irish Times"; a lower-case word never names one: "spec" is not
   ``thespec.com``), with an "according to" before them, are taken out first. So a
   sentence that joins two outlets' figures ("between 50 and 100 dead") is supported by neither.
2. **Attribution.** A figure (any number in the sentence) the outlets do not agree on must be
   attributed: one that only one outlet's report holds (of two or more), or one an outlet gives in a
   "where the sources differ" figure difference, is kept only if the sentence names an outlet that
   gives it or says "according to", "reports vary" or "reports differ". A measure difference ("430-foot"
   / "400-metre-long") counts as a figure difference.

A sentence that repeats a kept one (most of the same words) is dropped too. What fails is a
:class:`~brief.schema.Dropped` (``summary[i]``, its reason and the rule's kind);
what passes is a :class:`~brief.daily.story.SummarySupport` naming the outlet and the sentences.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from brief.daily.differ import Reported
from brief.daily.match import similarity
from brief.daily.story import Difference, SummarySupport
from brief.schema import Dropped
from brief.verify.grounding import split_sentences
from brief.verify.numbers import Quantity, quantities
from brief.verify.sources import SourceCheck

__all__ = ["Checked", "check_summary"]

CUES = ("according to", "reports vary", "reports differ")
SAME_SENTENCE = 0.8  # a sentence this similar to a kept one repeats it (small models loop)
_TAILS = frozenset("com net org co uk au in ng news".split())  # "irishtimes.com", "Gulf News"
_NAME_TOKENS = 6


@dataclass(frozen=True)
class Checked:
    """The kept sentences (in order, with their support) and the dropped ones."""

    kept: list[SummarySupport]
    dropped: list[Dropped]
    checked: int

    @property
    def summary(self) -> str:
        return " ".join(k.text for k in self.kept)


def check_summary(summary: str, sources: Sequence[Reported], differences: Sequence[Difference]) -> Checked:
    """The sentences of ``summary`` a report supports (disputed figures attributed), and those dropped."""
    checks = [SourceCheck(s.text) for s in sources]
    held = [quantities(s.text) for s in sources]
    disputed = [
        Quantity(c.value, False, c.text)
        for d in differences
        if d.kind in ("figure", "measure")
        for c in (*d.claims, *d.also)
        if c.value is not None
    ]
    kept: list[SummarySupport] = []
    dropped: list[Dropped] = []
    sentences = split_sentences(summary)
    for i, sentence in enumerate(sentences):
        named = [n for n, s in enumerate(sources) if _names(sentence, s.ref.outlet)]
        plain = _without_outlets(sentence, [s.ref.outlet for s in sources])
        order = named + [n for n in range(len(sources)) if n not in named]
        problems = []
        support = None
        for n in order:
            found = checks[n].check(plain)
            if found.problem is None:
                support = (n, found)
                break
            problems.append((sources[n].ref.outlet, found.problem))
        where = f"summary[{i}]"
        twin = next((k for k in kept if similarity(sentence, k.text) >= SAME_SENTENCE), None)
        if twin is not None:
            reason = f"it repeats summary[{twin.sentence}]"
            dropped.append(Dropped(field=where, value=sentence, reason=reason, kind="duplicate"))
            continue
        if support is None:
            kind = Counter(p.kind for _, p in problems).most_common(1)[0][0]
            reasons = "; ".join(f"{outlet}: {p.reason}" for outlet, p in problems)
            dropped.append(
                Dropped(field=where, value=sentence, reason=f"no report supports it ({reasons})", kind=kind)
            )
            continue
        unattributed = _unattributed(sentence, named, sources, held, disputed)
        if unattributed:
            dropped.append(Dropped(field=where, value=sentence, reason=unattributed, kind="attribution"))
            continue
        n, found = support
        kept.append(
            SummarySupport(
                sentence=i,
                text=sentence,
                outlet=sources[n].ref.outlet,
                source=sources[n].ref.id,
                sentences=list(found.sentences),
                spans=list(found.spans),
            )
        )
    return Checked(kept, dropped, len(sentences))


def _unattributed(
    sentence: str,
    named: Sequence[int],
    sources: Sequence[Reported],
    held: Sequence[Sequence[Quantity]],
    disputed: Sequence[Quantity],
) -> str:
    """Why a figure of ``sentence`` needs an attribution it lacks, or ""."""
    cued = any(cue in sentence.casefold() for cue in CUES)
    for number in quantities(sentence):
        holders = [n for n, found in enumerate(held) if any(number.same(q) for q in found)]
        alone = len(holders) == 1 and len(sources) > 1
        if not (alone or any(number.same(q) for q in disputed)):
            continue
        if cued or set(holders) & set(named):
            continue
        outlets = ", ".join(sources[n].ref.outlet for n in holders)
        what = f"only {outlets} gives it" if alone else f"the outlets differ on it ({outlets} give it)"
        return (
            f"figure {number.text} is not attributed: {what}; name the outlet or say "
            '"according to" or "reports vary"'
        )
    return ""


def _label(outlet: str) -> str:
    return outlet.casefold().removeprefix("www.")


def _keys(outlet: str) -> tuple[str, ...]:
    """What an outlet's name folds to: "irishtimes.com" and "The Irish Times" both give "irishtimes";
    "thespec.com" gives "spec" (said "The Spec") and "thespec" (its whole label)."""
    label = _label(outlet)
    if " " not in label.strip() and "." in label:
        label = max(label.rsplit(".", 1)[0].split("."), key=len)  # a host (or a file name): its main part
    key = re.sub(r"\W|_", "", label)
    short = key.removeprefix("the") if len(key) > 6 else key
    return tuple(k for k in dict.fromkeys((short, key)) if len(k) >= 4)


def _proper(words: Sequence[re.Match[str]], said: str, outlet: str) -> bool:
    """True when the words name the outlet: its whole label, or capitalised ("The Spec", "Irish Times").

    A lower-case word is never an outlet's name: "spec" is a word, "thespec.com" and "The Spec" are names.
    """
    whole = said.casefold().removeprefix("www.") == _label(outlet)
    return whole or all(w.group(0)[0].isupper() for w in words)


def _spans(sentence: str, outlet: str) -> list[tuple[int, int]]:
    """Where ``sentence`` names ``outlet`` (with a "the" before and a ".com" or "News" after it)."""
    keys = _keys(outlet)
    tokens = list(re.finditer(r"[^\W_]+", sentence))
    found = []
    for i in range(len(tokens)):
        joined = ""
        for j in range(i, min(i + _NAME_TOKENS, len(tokens))):
            joined += tokens[j].group(0).casefold()
            if joined in keys:
                end = j
                while end + 1 < len(tokens) and tokens[end + 1].group(0).casefold() in _TAILS:
                    between = sentence[tokens[end].end() : tokens[end + 1].start()]
                    if between not in (".", " "):
                        break
                    end += 1
                start, stop = tokens[i].start(), tokens[end].end()
                if _proper(tokens[i : j + 1], sentence[start:stop], outlet):
                    found.append((start, stop))
                break
            if not any(k.startswith(joined) for k in keys):
                break
    return found


def _names(sentence: str, outlet: str) -> bool:
    return bool(_spans(sentence, outlet))


_BEFORE = re.compile(r"(?:\baccording to\s+)?(?:\bthe\s+)?$", re.I)
_AFTER = re.compile(r"^(?:['’]s\b)?")


def _without_outlets(sentence: str, outlets: Sequence[str]) -> str:
    """``sentence`` without the outlets it names (and an "according to" before them), to check its facts."""
    spans = sorted({span for outlet in outlets for span in _spans(sentence, outlet)})
    text, at, pieces = sentence, 0, []
    for start, end in spans:
        if start < at:
            continue
        before = _BEFORE.search(text[at:start])
        cut = at + before.start() if before else start
        after = _AFTER.match(text[end:])
        pieces.append(text[at:cut])
        at = end + (after.end() if after else 0)
    pieces.append(text[at:])
    plain = re.sub(r"\s+([,.;:])", r"\1", " ".join("".join(pieces).split()))
    plain = re.sub(r"^[\s,;:]+|,(?=[,.])", "", plain)
    return plain[:1].upper() + plain[1:] if plain else sentence
