"""Issue 16: a time the article gives as another. "In the fall of 2014" where the sentence has "the fall of
2013"; "on the opening day of the trial" where it has "the last day", even when that sentence is one of
two the claim rests on and the window chosen is the other. Articles and claims are made up."""

from __future__ import annotations

from brief.extract import extract
from brief.schema import Actor, Draft, Position
from brief.verify import verify
from tests.conftest import claim_kind

_BLOB = (
    '"In the fall of 2013 and early 2014 we started to notice a big, almost circular mass of water that just '
    "didn't cool off as much as it usually did, so by spring of 2014 it was warmer than we had ever seen it "
    'for that time of year," said Nick Bond, a climate scientist in Seattle.'
)


def test_a_season_of_another_year_is_misdated() -> None:
    claim = (
        "Says his team began noticing a big, almost circular mass of water that failed to cool as usual "
        "in the fall of 2014, and that it then grew warmer than they had ever seen for the time of year."
    )
    assert claim_kind(_BLOB, claim) == "number"


def test_the_season_of_the_article_s_year_is_kept() -> None:
    claim = (
        "Says his team began noticing a big, almost circular mass of water that failed to cool as usual "
        "in the fall of 2013, and that it then grew warmer than they had ever seen for the time of year."
    )
    assert claim_kind(_BLOB, claim) is None


_TRIAL = (
    "Oil company wins climate case\n\n"
    "Justice Barry Ostrager ruled for the oil company on Tuesday, finding it not liable. The New York "
    "Attorney General had accused the company of misleading investors. On the last day of the trial, the "
    "attorney general's office withdrew two counts of fraud from its lawsuit. The company asked the judge to "
    "rule on those counts anyway, saying the state had tarnished its reputation in making its case on them. "
    "The state went forward with two counts based on the Martin Act, a New York statute that grants the "
    "state's attorney general the authority to pursue investigations and actions against those it suspects "
    "of securities fraud."
)


def _stance_dropped(stance: str) -> set[str]:
    """The kinds of drop of a stance whose evidence is two sentences apart."""
    evidence = [
        "On the last day of the trial, the attorney general's office withdrew two counts of fraud",
        "The state went forward with two counts based on the Martin Act",
    ]
    actor = "New York Attorney General"
    draft = Draft(
        title="Oil company wins climate case",
        summary="Justice Barry Ostrager ruled for the oil company on Tuesday.",
        actors=[Actor(name=actor, kind="organisation")],
        positions=[Position(actor=actor, stance=stance, evidence=evidence)],
    )
    _, grounding = verify(draft, _TRIAL, extract(_TRIAL))
    return {d.kind for d in grounding.dropped if d.field == "positions[0].stance"}


def test_a_day_of_the_trial_its_own_evidence_gives_as_another_is_misdated() -> None:
    stance = (
        "Withdrew two fraud counts from its lawsuit on the opening day of the trial and went forward only on "
        "two Martin Act counts"
    )
    assert _stance_dropped(stance) == {"number"}


def test_the_day_its_evidence_gives_is_kept() -> None:
    stance = (
        "Withdrew two fraud counts from its lawsuit on the final day of the trial and went forward only on "
        "two Martin Act counts"
    )
    assert _stance_dropped(stance) == set()
