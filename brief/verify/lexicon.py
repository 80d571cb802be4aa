"""Word lists and the word-level view of text that the claim checks share."""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import cache

import snowballstemmer

__all__ = [
    "ALLEGING",
    "FRAME",
    "HEDGES",
    "NEGATIONS",
    "QUOTES",
    "REPORTING",
    "SEEMING",
    "STOP",
    "compares",
    "conditional",
    "fold",
    "is_certain",
    "is_explicit_negation",
    "is_hedging",
    "is_modal",
    "is_negation",
    "is_reporting",
    "negated",
    "stem",
    "words",
]

QUOTES = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
        "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u00a0": " ",
    }
)  # fmt: skip
_WORD = re.compile(r"[\w']+")

STOP = frozenset(
    (
        "a an and are as at be been being but by for from had has have he her his i in into is it its "
        "more most of on or our she so than that the their them then there these they this those to was "
        "we were what when which while who whom whose will with would could should can may might also "
        "about after before over under between against did do does done how why where any all some "
        "such very just only still now yet one its itself him hers its us your you my me there's it's "
        "per cent percent"
    ).split()
)
# Words that frame a stance ("Argues that ...", "Says ...") rather than carry its content.
FRAME = frozenset(
    (
        "say says said saying tell tells told argue argues argued arguing claim claims claimed insist "
        "insists insisted add adds added note notes noted state states stated describe describes described "
        "call calls called urge urges urged accuse accuses accused believe believes believed think thinks "
        "thought want wants wanted back backs backed reject rejects rejected deny denies denied oppose "
        "opposes opposed refuse refuses refused dismiss dismisses dismissed express expresses expressed "
        "acknowledge acknowledges acknowledged admit admits admitted suggest suggests suggested stress "
        "stresses stressed emphasise emphasises emphasised emphasize emphasizes explain explains explained "
        "according report reports reported confirm confirms confirmed warn warns warned maintain maintains "
        "maintained contend contends contended question questions questioned wonder remain remains "
        "position view views stance whether happen happens next"
    ).split()
)
# Past tenses without "-ed", with the verb they are of ("sent" is "send": "Why did they send it?" asks of
# what the article tells as "sent").
IRREGULAR: dict[str, str] = dict(
    pair.split(":")
    for pair in """met:meet held:hold left:leave told:tell paid:pay sold:sell bought:buy kept:keep began:begin
    chose:choose rose:rise fell:fall spoke:speak wrote:write came:come got:get ran:run struck:strike won:win
    lost:lose made:make took:take gave:give went:go saw:see knew:know thought:think brought:bring
    sent:send spent:spend built:build meant:mean found:find caught:catch fought:fight sought:seek
    taught:teach threw:throw drove:drive led:lead shot:shoot beat:beat hit:hit let:let put:put cut:cut
    hurt:hurt""".split()
)
# those that stand between a subject and the person it acts on ("Garrett hit Mason Rudolph", "Biden beat
# Sanders"): a verb, never a title before a name
ACTED = frozenset(
    "hit beat shot met led sent left let put cut struck caught fought brought bought sought taught ran saw "
    "took gave made paid won lost kept held chose hurt threw drove".split()
)
NEGATIONS = frozenset("not no never none nor neither without cannot nobody nothing".split())
# Verbs and words whose meaning is a negation: "rejects the plan" denies it as "does not accept" does.
_NEGATIVE_STEMS = (
    "reject", "refus", "deni", "deny", "oppos", "dismiss", "declin", "doubt", "unabl", "unwilling", "balk",
    "resist", "reluctan", "refrain", "lack", "false", "untrue", "baseless", "groundless", "unfounded",
    "bogus", "fail", "absent", "absence",
)  # fmt: skip
# Markers of a statement the article does not assert as fact.
HEDGES = frozenset(
    (
        "may might could possibly probably perhaps reportedly allegedly apparently alleged alleging "
        "suspected likely unlikely unconfirmed purportedly rumoured rumored supposedly seemingly "
        "potentially presumably appear appears appeared appearing seem seems seemed seeming whether "
        "maybe sometimes hope hopes hoped hoping imagine imagines imagined guess guesses guessed "
        "imply implies implied implying insinuate insinuates insinuated insinuating"
    ).split()
)
# What only seems so, which a claim must keep whatever else hedges it.
SEEMING = frozenset(
    "seem seems seemed seeming seemingly appear appears appeared appearing apparently".split()
)
# A claim that something was shown is certain; an article that has it only estimated, expected or
# believed is not ("groups estimated that a 9% increase was needed" vs "have shown that it is needed").
CERTAIN = frozenset(
    "show shows shown showed prove proves proved proven demonstrate demonstrates demonstrated".split()
)
_FOUND = frozenset("find finds found".split())
_CLAUSE_VERBS = frozenset("that would will was were is are has have had could can may might".split())


def is_certain(tokens: Sequence[str]) -> bool:
    """True for a claim that says something was shown, proven or found to be so: "found the crew would
    suffer no wastage" (a finding), not "found the call unusual" (a judgement)."""
    return any(
        w in CERTAIN or (w in _FOUND and _CLAUSE_VERBS & set(tokens[i + 1 : i + 6]))
        for i, w in enumerate(tokens)
    )


ESTIMATED = frozenset(
    (
        "estimate estimates estimated estimating expect expects expected expecting predict predicts "
        "predicted forecast forecasts projected believe believes believed suggest suggests suggested "
        "expectation expectations"
    ).split()
)
# Words that make what follows someone's allegation rather than the article's fact.
ALLEGING = frozenset(
    "accuse accuses accused accusing allege alleges alleging claim claims claimed claiming".split()
)
# What makes a claim a report of someone's words, an intention or a conditional, not a bare assertion:
# these words, and words that begin with one of the prefixes ("accusing", "alleges", "suggested").
REPORTING = frozenset(
    (
        "if whether would should say says said saying tell tells told call calls called urge urges urged "
        "plan plans planned aim aims hope hopes hoped want wants wanted fear fears feared seek seeks sought "
        "warn warns warned vow vows vowed pledge pledges pledged promise promises promised expect expects "
        "expected think thinks thought believe believes believed claim claims claimed"
    ).split()
)
_REPORTING_PREFIXES = (
    "alleg", "accus", "argu", "sugges", "accord", "predict", "insist", "report", "assert", "contend",
    "maintain", "describ", "demand", "threaten", "propos", "intend", "consider",
)  # fmt: skip


def fold(text: str) -> str:
    """Quote marks, dashes and no-break spaces folded to their ASCII forms."""
    return text.translate(QUOTES)


def words(text: str) -> list[str]:
    """Lower-case words of ``text`` (quote marks folded, hyphenated words split, possessives dropped;
    the "yet" of "has yet to" read as the "not" it means)."""
    found = (w.strip("'-").lower().removesuffix("'s") for w in _WORD.findall(fold(text)))
    out = [w for w in found if w]
    for i in range(1, len(out) - 1):
        if out[i] == "yet" and out[i + 1] == "to" and out[i - 1] in _YET_TO:
            out[i] = "not"  # "has yet to nominate them": has not nominated them
    return out


_YET_TO = frozenset({"has", "have", "had", "is", "are", "was", "were", "remains", "remain"})


_LOCAL = threading.local()  # one stemmer per thread: a Snowball stemmer keeps its word in itself


@cache
def stem(word: str) -> str:
    """Snowball's English stem cut to five letters: enough to match "fines" and "fine", "meet" and
    "meeting", "spokesman" and "spokesperson"."""
    stemmer = getattr(_LOCAL, "stemmer", None)
    if stemmer is None:
        stemmer = _LOCAL.stemmer = snowballstemmer.stemmer("english")
    stemmed = str(stemmer.stemWord(word.removesuffix("'s")))
    if stemmed.endswith("ment") and len(stemmed) >= 8:  # "agreement" is "agree": one stem with "agrees"
        stemmed = str(stemmer.stemWord(stemmed[:-4]))
    return stemmed[:5]


# nouns and adjectives that share a negative verb's stem but deny nothing ("a decline in", "the opposition")
_NOT_NEGATIONS = frozenset(
    "opposition oppositions opponent opponents decline declines declining resistance lackluster "
    "lacklustre".split()
)


def is_negation(word: str) -> bool:
    """True for "not", "won't", "rejects", "refused" and the like."""
    return is_explicit_negation(word) or (word.startswith(_NEGATIVE_STEMS) and word not in _NOT_NEGATIONS)


def is_explicit_negation(word: str) -> bool:
    """True for "not", "no", "never", "won't": a negation spelt out, not carried by a verb's meaning."""
    return word in NEGATIONS or word.endswith("n't")


_SPEECH = frozenset("say says said saying tell tells told".split())
MODALS = frozenset("would should could may might can cannot if unless whether".split())


def is_modal(word: str) -> bool:
    """True for words that keep a claim from being a bare fact: modals, conditions, intentions, reported
    or alleged sources ("could", "if", "plans", "alleges"), but not plain speech ("says"): "Says X will
    happen" asserts what the speaker said as firmly as the speaker did."""
    return word in MODALS or (is_reporting(word) and word not in _SPEECH)


# reporting verbs that assert what follows as firmly as "says": "Warns that it will get out of control"
# is wrong where the speaker said it "could"
_FIRM_PREFIXES = ("warn", "argu", "insist", "maintain", "contend", "assert", "stress", "describ")


def is_hedging(word: str) -> bool:
    """True for words that keep a claim from being a bare fact (``is_modal``), but not the reporting
    verbs that assert as firmly as "says" does."""
    return word in HEDGES or (is_modal(word) and not word.startswith(_FIRM_PREFIXES))


def is_reporting(word: str) -> bool:
    """True for words that make a claim reported, intended or conditional ("says", "accusing", "if")."""
    return word in REPORTING or word.startswith(_REPORTING_PREFIXES)


def negated(tokens: Sequence[str]) -> bool:
    """True when a negation in ``tokens`` is not inside a condition ("if they don't, that's it") nor a
    comparison that counts ("no more than 44 per cent")."""
    return any(
        is_negation(w) and not conditional(tokens, i) and not compares(tokens, i)
        for i, w in enumerate(tokens)
    )


_COUNTING = [[more, "than"] for more in ("more", "less", "fewer")]


def compares(tokens: Sequence[str], at: int) -> bool:
    """True for the "no" of "no more than 44 per cent" or "nothing more than a stunt": a measure."""
    return tokens[at + 1 : at + 3] in _COUNTING


def conditional(tokens: Sequence[str], at: int) -> bool:
    """True when "if" or "unless" stands in the three words before ``tokens[at]``."""
    return any(w in ("if", "unless") for w in tokens[max(0, at - 3) : at])
