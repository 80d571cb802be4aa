"""The claim-level verifier on whole drafts: what a capable model writes well is kept, with where it is
supported; what it gets wrong is dropped and says why; the embedded model cannot make a brief worse."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from brief.evaluate.replies import evaluate_replies
from brief.extract import extract
from brief.schema import Actor, Draft, OpenQuestion, Position
from brief.verify import verify
from brief.verify.names import name_key
from tests.conftest import claim_kind, claim_problem

ROOT = Path(__file__).resolve().parent
CAPABLE = ROOT / "fixtures" / "capable"

TEXT = """Argentina's water deal in doubt

Planning Minister Julio De Vido said on Tuesday that the state would not accept any change to the contract.
"We will not pay a single peso more," De Vido told reporters in Buenos Aires.
Aguas Argentinas, which is controlled by the French group Suez, wants a 60% rise in water rates.
The company's chief executive, Jean-Bernard Lemire, said the firm had lost $500 million since 2002.
Christian Aid, a charity, said poor families could not pay higher bills.
Talks may resume next month, officials said.
Some 12 unions backed the minister, and 3 ministries opposed him.
Water was cut off on Monday to 375,000 homes in the capital. A further 450,000 homes were warned of cuts.
Suez spokesman Paul Martin said the group would wait.
"""


@pytest.fixture(scope="module")
def extraction():  # type: ignore[no-untyped-def]
    return extract(TEXT)


def _draft(**changes: object) -> Draft:
    base = Draft(
        title="Argentina rejects Suez unit's demand for higher water rates",
        summary=(
            "Argentina's planning minister says the state will not accept any change to its water contract. "
            "Aguas Argentinas, controlled by Suez, wants rates raised by 60%."
        ),
        actors=[
            Actor(name="Julio De Vido", aliases=["De Vido"], kind="person", role="Planning minister"),
            Actor(name="Aguas Argentinas", kind="organisation", role="Water company controlled by Suez"),
            Actor(name="Christian Aid", kind="organisation", role="Charity"),
        ],
        positions=[
            Position(
                actor="De Vido",
                stance="Rejects paying more under the contract.",
                evidence=["We will not pay a single peso more"],
            ),
            Position(
                actor="Aguas Argentinas",
                stance="Wants a 60% rise in water rates.",
                evidence=["Aguas Argentinas, which is controlled by the French group Suez, wants a 60% rise"],
            ),
        ],
        open_questions=[
            OpenQuestion(question="Will talks resume next month?", evidence=["Talks may resume next month"])
        ],
    )
    return base.model_copy(update=changes)


def _kinds(grounding) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {d.field: d.kind for d in grounding.dropped}


def _role_drops(article: str, name: str, role: str) -> dict[str, str]:
    """What the verifier drops from a draft of one person with ``role`` (the article's first line its
    title)."""
    draft = Draft(
        title=article.splitlines()[0] or "News",
        summary="Something happened.",
        actors=[Actor(name=name, kind="person", role=role)],
    )
    _, grounding = verify(draft, article, extract(article))
    return _kinds(grounding)


def test_a_faithful_capable_draft_is_kept_whole_with_provenance(extraction) -> None:  # type: ignore[no-untyped-def]
    draft = _draft()
    brief, grounding = verify(draft, TEXT, extraction, title="Argentina's water deal in doubt")
    assert grounding.dropped == [] and grounding.score == 1.0
    assert brief.title == draft.title and brief.summary == draft.summary
    assert {p.stance for p in draft.positions} <= {p.stance for p in brief.positions}
    assert brief.positions[0].actor == "Julio De Vido"  # filed under "De Vido", kept under the person
    support = {p.field: p.spans for p in grounding.provenance}
    assert {"title", "summary[0]", "summary[1]", "positions[0].stance", "actors[0].role"} <= set(support)
    for spans in support.values():
        assert spans and all(0 <= a < b <= len(TEXT) for a, b in spans)
    (a, b) = support["positions[0].evidence[0]"][0]
    assert TEXT[a:b] == "We will not pay a single peso more"
    assert "60% rise" in " ".join(TEXT[a:b] for a, b in support["summary[1]"])


@pytest.mark.parametrize(
    ("change", "field", "kind"),
    [
        # a number that is in the article, but not what it counts here
        ({"summary": "Argentina's planning minister says the state will not accept any change to its water "
          "contract. Some 3 unions backed the minister."}, "summary[1]", "number"),
        # the negation flipped
        ({"positions": [Position(actor="De Vido", stance="Is open to changing the contract.",
                                 evidence=["the state would not accept any change to the contract"])]},
         "positions[0].stance", "negation"),
        # a real quote of De Vido filed under Christian Aid
        ({"positions": [Position(actor="Christian Aid", stance="Will not pay more.",
                                 evidence=["We will not pay a single peso more"])]},
         "positions[0]", "attribution"),
        # another actor's description as a role
        ({"actors": [Actor(name="Christian Aid", kind="organisation", role="French group")]},
         "actors[0].role", "role"),
        # a question that takes for granted what the article does not report
        ({"open_questions": [OpenQuestion(question="Why did the talks with Suez collapse?",
                                          evidence=["Talks may resume next month"])]},
         "open_questions[0].question", "presumption"),  # the article's question on that sentence instead
        # ... with the event it takes for granted after a longer opening ("How much of X has ...")
        ({"open_questions": [OpenQuestion(question="How much of the rate rise have the unions repaid?",
                                          evidence=["wants a 60% rise in water rates"])]},
         "open_questions[0]", "presumption"),
        # ... and one about matters the article never mentions, which says what it takes for granted
        ({"open_questions": [OpenQuestion(question="Why did Suez seek damages over the earlier strikes?",
                                          evidence=["Talks may resume next month"])]},
         "open_questions[0].question", "presumption"),
        # ... and one about a court the article never names: the case it takes for granted
        ({"open_questions": [OpenQuestion(question="Will the Supreme Court overturn the water contract?",
                                          evidence=["Talks may resume next month"])]},
         "open_questions[0].question", "presumption"),
        # an invented quote
        ({"positions": [Position(actor="De Vido", stance="Rejects any change.",
                                 evidence=["We will never change the contract"])]},
         "positions[0]", "evidence"),
        # an allegation made a fact
        ({"summary": "Talks will resume next month. Aguas Argentinas wants a 60% rise in water rates."},
         "summary[0]", "hedge"),
        # a figure the article has, but its own sentence gives another one
        ({"summary": "Water was cut off on Monday to 450,000 homes in the capital. Talks may resume."},
         "summary[0]", "number"),
        # the speaker's "could" made a "will"
        ({"positions": [Position(actor="Christian Aid",
                                 stance="Says poor families will not pay higher bills.",
                                 evidence=["poor families could not pay higher bills"])]},
         "positions[0].stance", "hedge"),
        # another office than the one the article gives him
        ({"actors": [Actor(name="Julio De Vido", kind="person", role="Governor of Buenos Aires")]},
         "actors[0].role", "role"),
        # talks made a done deal
        ({"summary": "Talks may resume next month. Aguas Argentinas has agreed a 60% rise in water "
          "rates."}, "summary[1]", "hedge"),
        # the right office, but a rank the article never gives him
        ({"actors": [Actor(name="Julio De Vido", kind="person", role="Deputy planning minister")]},
         "actors[0].role", "role"),
        # the office he holds, made a former one
        ({"actors": [Actor(name="Julio De Vido", kind="person", role="Former planning minister")]},
         "actors[0].role", "role"),
        # the right office, but someone else's ("for" whom)
        ({"actors": [Actor(name="Paul Martin", kind="person",
                           role="Spokesman for the Argentine government")]},
         "actors[0].role", "role"),
        # one clause of a joined stance says the opposite of its sentence
        ({"positions": [Position(actor="De Vido",
                                 stance="Told reporters he will not pay more, and that the state "
                                        "would accept a change to the contract.",
                                 evidence=["the state would not accept any change to the contract",
                                           "We will not pay a single peso more"])]},
         "positions[0].stance", "negation"),
    ],
)  # fmt: skip
def test_each_planted_error_is_dropped_for_its_reason(extraction, change, field, kind) -> None:  # type: ignore[no-untyped-def]
    _, grounding = verify(_draft(**change), TEXT, extraction, title="Argentina's water deal in doubt")
    assert _kinds(grounding).get(field) == kind, grounding.dropped


def test_a_dropped_position_records_what_went_with_it(extraction) -> None:  # type: ignore[no-untyped-def]
    wrong = Position(actor="Christian Aid", stance="Says it will not pay more.",
                     evidence=["We will not pay a single peso more"])  # fmt: skip
    _, grounding = verify(_draft(positions=[wrong]), TEXT, extraction)
    kinds = _kinds(grounding)
    assert kinds["positions[0]"] == "attribution" and kinds["positions[0].stance"] == "lost"
    assert grounding.score < 1 and grounding.checked >= len(grounding.dropped)


def test_one_actor_per_person_and_the_models_kind_kept(extraction) -> None:  # type: ignore[no-untyped-def]
    actors = [
        Actor(name="Julio De Vido", kind="person"),
        Actor(name="De Vido", kind="person", role="Planning minister"),
        Actor(name="Christian Aid", kind="organisation"),
    ]
    brief, grounding = verify(_draft(actors=actors), TEXT, extraction)
    keys = [name_key(a.name) for a in brief.actors]
    assert keys.count("julio de vido") == 1 and "de vido" not in keys
    assert _kinds(grounding)["actors[1]"] == "duplicate"
    assert next(a for a in brief.actors if a.name == "Christian Aid").kind == "organisation"


def test_the_embedded_model_cannot_replace_the_headline_or_keep_a_cut_off_sentence(extraction) -> None:  # type: ignore[no-untyped-def]
    body = "Christian Aid, a charity, said poor families could not pay higher bills."
    draft = Draft(title=body, summary="Planning Minister Julio De Vido said the state would not accept any "
                  "change to the contract. The")  # fmt: skip
    brief, grounding = verify(draft, TEXT, extraction, title="Argentina's water deal in doubt")
    assert brief.title == "Argentina's water deal in doubt"
    assert _kinds(grounding)["title"] == "title" and _kinds(grounding)["summary[1]"] == "truncated"
    assert not brief.summary.rstrip().endswith("The")


def _replies():  # type: ignore[no-untyped-def]
    """The hand-written capable replies (only the tune and check halves are asserted on here)."""
    report = evaluate_replies(CAPABLE)
    return report


@pytest.fixture(scope="module")
def replies():  # type: ignore[no-untyped-def]
    return _replies()


def test_capable_replies_keep_the_faithful_and_drop_the_planted(replies) -> None:  # type: ignore[no-untyped-def]
    """A floor under today's figures (docs/verification.md), so a change that loses them fails."""
    tune, check = replies.splits["tune"], replies.splits["check"]
    assert tune.faithful_kept.share >= 0.95 and check.faithful_kept.share >= 0.9
    assert tune.planted_right_reason.share >= 0.85 and check.planted_right_reason.share >= 0.88


def test_capable_briefs_have_one_actor_per_person_and_no_planted_misattribution(replies) -> None:  # type: ignore[no-untyped-def]
    for case in replies.cases:
        if case.split not in ("tune", "check"):  # the held-out halves are scored apart, never tested on
            continue
        labels = json.loads((CAPABLE / f"{case.name}.labels.json").read_text())
        reply = json.loads((CAPABLE / f"{case.name}.reply.json").read_text())
        article = (ROOT.parent / labels["article"]).read_text()
        brief, _ = verify(Draft.model_validate(reply), article, extract(article))
        forms = [name_key(n) for a in brief.actors for n in {a.name, *a.aliases}]
        assert len(forms) == len(set(forms)), (case.name, sorted(f for f in forms if forms.count(f) > 1))
        for item in labels["items"]:
            if item["label"] == "planted" and item.get("kind") == "attribution":
                wrong = reply["positions"][int(item["path"].split("[")[1].rstrip("]"))]
                kept = [(p.actor, e) for p in brief.positions for e in p.evidence]
                assert not any(e in kept_e for a, kept_e in kept for e in wrong["evidence"]
                               if a == wrong["actor"]), (case.name, item["path"])  # fmt: skip


def test_what_the_article_has_estimated_is_not_shown() -> None:
    text = (
        "Teachers rally at the Statehouse\n"
        "Education advocacy groups estimated this year that a 9% funding increase was needed to boost "
        "average teacher pay.\n"
        "The governor said the budget would rise by 2%.\n"
    )
    estimated = ["a 9% funding increase was needed to boost average teacher pay"]
    stance = {
        "shown": "Have shown that a 9% funding increase is needed to lift average teacher pay.",
        "estimated": "Estimate that a 9% funding increase is needed to lift average teacher pay.",
    }
    kinds, draft_actor = {}, "Education advocacy groups"
    for key, text_of_stance in stance.items():
        draft = Draft(
            title="Teachers rally at the Statehouse",
            summary="Teachers rallied at the Statehouse.",
            actors=[Actor(name=draft_actor, kind="group")],
            positions=[Position(actor=draft_actor, stance=text_of_stance, evidence=estimated)],
        )
        _, grounding = verify(draft, text, extract(text))
        kinds[key] = _kinds(grounding).get("positions[0].stance")
    assert kinds == {"shown": "hedge", "estimated": None}


def test_words_the_article_gives_to_one_named_person_are_not_anothers() -> None:
    text = (
        "Teachers rally at the Statehouse\n"
        "Union president Keith Gambill led the march on Tuesday.\n"
        "Republican state schools Superintendent Jennifer McCormick has cited a study showing Indiana as "
        "the state with the lowest teacher salary increases since 2002.\n"
    )
    evidence = [text.splitlines()[2]]
    kinds = {}
    for name in ("Jennifer McCormick", "Keith Gambill"):
        draft = Draft(
            title="Teachers rally at the Statehouse",
            summary="Teachers rallied at the Statehouse.",
            actors=[Actor(name=name, kind="person")],
            positions=[
                Position(actor=name, stance="Cites a study on teacher salary increases.", evidence=evidence)
            ],
        )
        _, grounding = verify(draft, text, extract(text))
        kinds[name] = _kinds(grounding).get("positions[0]")
    assert kinds == {"Jennifer McCormick": None, "Keith Gambill": "attribution"}


def test_a_claims_names_are_whole_entities_and_not_titles() -> None:
    from brief.extract import load_nlp
    from brief.verify.claims import Claim

    text = "The United States faced criticism after Secretary of State Mike Pompeo spoke in Washington."
    names = Claim.of(text, load_nlp()(text)).names
    assert "United States" in names and "Mike Pompeo" in names
    assert "United" not in names and "Secretary" not in names


@pytest.mark.parametrize(
    ("claim", "flipped"),
    [
        ("Her statements were not coherent or detailed.", True),  # denies 'coherent'; the article asserts it
        ("The firm says the outages cannot be avoided.", True),  # the article: 'taking steps to avoid'
        ("The ministry said it was unlikely to heighten tensions.", True),  # the article: 'would likely'
        ("Says it will not pay a single peso more.", False),  # the article denies 'pay' too
        ("Said there is no reason to go on with the case.", False),  # 'no longer any reason'
        ("If the talks do not resume, the firm will sue.", False),  # a condition denies nothing
    ],
)
def test_a_negation_must_deny_what_the_article_denies(claim: str, flipped: bool) -> None:
    from brief.extract import load_nlp
    from brief.verify.article import ArticleIndex
    from brief.verify.claims import Claim

    article = (
        "Her statements have been coherent, extensive and detailed, the prosecutor said. "
        "The outages were disruptive and the firm is taking steps to avoid them in the future. "
        "The ministry said it would likely further heighten tensions on the ground. "
        '"We will not pay a single peso more," the minister said. '
        "She said there was no longer any reason to go on with the case. "
        "If the talks do not resume, the firm will sue, it said."
    )
    index = ArticleIndex(article)
    problem = index.check(Claim.of(claim, load_nlp()(claim))).problem
    assert (problem is not None and problem.kind == "negation") is flipped, problem


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        ("Johnson vowed Britain would leave the EU on Oct. 31.", None),
        ("Johnson vowed Britain would leave the EU on Dec. 12.", "number"),  # the election's date
        ("The talks are about the 2016 election, which Biden hopes to win.", "number"),  # 2020's
        ("She left at 6 a.m. and came back at 11:46 a.m.", "number"),  # she woke at 6 a.m.
        ("She left at 10:12 a.m. and came back at 11:46 a.m.", None),
    ],
)
def test_a_date_year_or_time_must_be_the_one_its_sentences_give(claim: str, kind: str | None) -> None:
    article = (
        "Britain votes on Dec. 12. Johnson vowed Britain would leave the EU on Oct. 31. "
        "Johnson first ran for office in 2016. Voters turn to the 2020 election. "
        "The talks are about the election, which Biden hopes to win. "
        "The couple woke at 6 a.m. that day. She left at 10:12 a.m. and came back at 11:46 a.m."
    )
    problem = claim_problem(article, claim)
    assert (problem.kind if problem else None) == kind, problem


def test_what_an_unnamed_person_decided_is_not_a_named_actors() -> None:
    text = (
        "Assange to stay in jail\n\n"
        "In June, Home Secretary Sajid Javid approved an extradition request from the US.\n\n"
        'But a judge ruled that Assange should remain in jail because of his "history of absconding".\n'
    )
    evidence = ["But a judge ruled that Assange should remain in jail"]
    kinds = {}
    for name in ("Sajid Javid", "The judge"):
        draft = Draft(
            title="Assange to stay in jail",
            summary="Assange will stay in jail.",
            actors=[Actor(name="Sajid Javid", kind="person"), Actor(name="The judge", kind="person")],
            positions=[Position(actor=name, stance="Ruled that Assange stays in jail.", evidence=evidence)],
        )
        _, grounding = verify(draft, text, extract(text))
        kinds[name] = _kinds(grounding).get("positions[0]")
    assert kinds == {"Sajid Javid": "attribution", "The judge": None}


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        # a negation or hedge concerns the words it governs, not every word near it
        ("Sterling and Ibe were pictured smoking a shisha pipe.", None),
        ("Rodgers disciplined Sterling for the incident.", "negation"),
        ("These huge arrows were once markers for airmail flights.", None),
        ("Footage shows Spahic throwing his hands into the faces of stewards.", "hedge"),
        ("Activists have shown that Sterlite contaminated the air.", "hedge"),
        # "no more than" counts; "didn't X but Y" denies X only
        ("No more than 44 per cent of her followers are real people.", None),
        ("She didn't immediately turn to sex work but used it as a last resort.", None),
    ],
)
def test_a_negation_or_hedge_concerns_the_words_it_governs(claim: str, kind: str | None) -> None:
    article = (
        "Sterling was pictured smoking a shisha pipe with Ibe, and Rodgers hasn't disciplined the pair "
        "(pictured) for the incident. "
        "Dotted in seemingly random spots, these huge arrows were once markers for airmail flights. "
        "Footage shows Spahic seeming to throw his hands into the faces of stewards. "
        "Activists have accused Sterlite of contaminating the air. "
        "Only 44 per cent of her followers are real people, the audit found. "
        "She said she didn't immediately turn to sex work but used it as a last resort."
    )
    problem = claim_problem(article, claim)
    assert (problem.kind if problem else None) == kind, problem


def test_a_sum_keeps_its_scale_and_a_study_speaks_for_its_authors() -> None:
    from brief.verify.numbers import quantities, shape

    assert [shape("a $2 million study", q) for q in quantities("a $2 million study")] == ["moneym"]
    assert [shape("worth $62.5 billion", q) for q in quantities("worth $62.5 billion")] == ["moneyb"]
    text = (
        "Cannabis disorder rises where legal\n\n"
        "Rates of cannabis use disorder have risen in states where the drug is legal, according to a study, "
        "though Ian Hamilton said the rise was small.\n\n"
        "The researchers surveyed 505,796 people.\n"
    )
    evidence = ["Rates of cannabis use disorder have risen in states where the drug is legal"]
    draft = Draft(
        title="Cannabis disorder rises where legal",
        summary="Cannabis use disorder has risen where the drug is legal.",
        actors=[Actor(name="Researchers", kind="group")],
        positions=[Position(actor="Researchers", stance="Found that the disorder rose.", evidence=evidence)],
    )
    _, grounding = verify(draft, text, extract(text))
    assert "positions[0]" not in _kinds(grounding)


_ROLE_ARTICLES = {
    "Eric Holcomb": "Republican Gov. Eric Holcomb and Democratic state Sen. Eddie Melton spoke at the rally "
    "on Tuesday.\n\nHolcomb said the budget would rise.\n\nMelton said teachers deserve more.\n",
    "Kevin King": "American Kevin King and Australian Timothy Weeks, professors held hostage for three "
    "years, were freed on Tuesday.\n\nKing said he was happy to be home.\n\nWeeks thanked his family.\n",
    "Mark Quinlan": "The weather should ease, said Mark Quinlan, PG&E's senior director of emergency "
    "preparedness. The outages were disruptive, PG&E chief executive Andy Vesey said.\n",
    "Barack Obama": "Former President Barack Obama spoke in Chicago on Monday.\n\nObama said voters "
    "should turn out.\n",
    "Maria Herbert": "One of the assistant conductors of the train, Maria Herbert, was treated for head "
    "injuries.\n\nHerbert said the train had been going fast.\n",
    "Ali Khamenei": "Saudi Arabia cut its ties with Tehran. Iran’s Ayatollah Ali Khamenei warned that "
    "divine revenge will seize the oppressors.\n",
}


@pytest.mark.parametrize(
    ("name", "role", "kept"),
    [
        ("Eric Holcomb", "Democratic governor", False),  # the party of the man named beside him
        ("Eric Holcomb", "Republican governor", True),
        ("Kevin King", "Australian professor", False),  # the other hostage's nationality
        ("Kevin King", "American professor", True),
        ("Mark Quinlan", "PG&E chief executive", False),  # the office of the man quoted after him
        ("Mark Quinlan", "PG&E senior director", True),
        ("Barack Obama", "President", False),  # a former president made a sitting one
        ("Barack Obama", "Former president", True),
        ("Maria Herbert", "The train's conductor", False),  # an assistant conductor, whatever the office
        ("Maria Herbert", "Assistant conductor on the train", True),
        ("Ali Khamenei", "Iranian ayatollah", True),  # the nationality of "Iran's Ayatollah"
        ("Ali Khamenei", "Saudi ayatollah", False),
    ],
)
def test_a_roles_party_nationality_rank_and_office_are_the_actors_own(
    name: str, role: str, kept: bool
) -> None:
    text = "News\n\n" + _ROLE_ARTICLES[name]
    dropped = _role_drops(text, name, role)
    assert ("actors[0].role" not in dropped) is kept, dropped


_SAME_TITLE = {
    "Tim Morrison": "Hearings go on\n\nTim Morrison, another top NSC aide, told lawmakers he had raised no "
    "concerns.\n\nMorrison said the call was not illegal.\n",
    "Javad Zarif": "Tanker seized\n\nIranian foreign minister Javad Zarif spoke with Hunt on Saturday.\n\n"
    "Zarif said the ship had broken the rules.\n",
}


@pytest.mark.parametrize(
    ("name", "role", "kept"),
    [
        ("Tim Morrison", "Top National Security Council aide", True),  # the article's "top NSC aide"
        ("Tim Morrison", "Top National Economic Council aide", False),  # guard: other initials
        ("Javad Zarif", "Iran's foreign minister", True),  # the article's "Iranian foreign minister"
        ("Javad Zarif", "Iraq's foreign minister", False),  # guard: another country
    ],
)
def test_a_title_spelt_out_or_told_by_its_country_is_the_articles_own(
    name: str, role: str, kept: bool
) -> None:
    dropped = _role_drops(_SAME_TITLE[name], name, role)
    assert ("actors[0].role" not in dropped) is kept, dropped


_COUNCIL = (
    "Talks stall\n\n"
    "The weather should ease by Thursday morning, allowing the utility to begin restoring power, said "
    "Mark Quinlan, the utility's senior director.\n\n"
    "The mayor, Jane Ruiz, said the city would review the plan, while council member Tom Lee called it "
    "reckless.\n\n"
    "The company expects profits to rise by 5% next year, chief executive Ann Cole said.\n\n"
    "Cole is scheduled to testify before the committee this week, and the new rules are set to take effect "
    "on Nov. 21.\n"
)


@pytest.mark.parametrize(
    ("actor", "stance", "evidence", "kind"),
    [
        # a forecast made a fact
        ("Mark Quinlan", "Says the utility restored power on Thursday morning.",
         "allowing the utility to begin restoring power", "hedge"),
        ("Mark Quinlan", "Says the utility will begin restoring power once the weather eases.",
         "allowing the utility to begin restoring power", None),
        # an expectation made a result
        ("Ann Cole", "Says profits rose by 5%.", "expects profits to rise by 5% next year", "hedge"),
        ("Ann Cole", "Expects profits to rise by 5%.", "expects profits to rise by 5% next year", None),
        # a hearing or a date still to come made past
        ("Ann Cole", "Testified before the committee this week.", "Cole is scheduled to testify", "hedge"),
        ("Ann Cole", "Will testify before the committee this week.", "Cole is scheduled to testify", None),
        ("Ann Cole", "Says the rules took effect on Nov. 21.", "new rules are set to take effect", "hedge"),
        # words the evidence itself gives to someone else
        ("Jane Ruiz", "Calls the plan reckless.", "council member Tom Lee called it reckless", "attribution"),
        ("Tom Lee", "Calls the plan reckless.", "council member Tom Lee called it reckless", None),
    ],
)  # fmt: skip
def test_what_is_expected_is_not_done_and_named_words_are_their_speakers(
    actor: str, stance: str, evidence: str, kind: str | None
) -> None:
    actors = [Actor(name=n, kind="person") for n in ("Mark Quinlan", "Jane Ruiz", "Tom Lee", "Ann Cole")]
    position = Position(actor=actor, stance=stance, evidence=[evidence])
    draft = Draft(title="Talks stall", summary="Talks stall.", actors=actors, positions=[position])
    _, grounding = verify(draft, _COUNCIL, extract(_COUNCIL))
    found = {d.kind for d in grounding.dropped if d.field.startswith("positions[0]") and d.kind != "lost"}
    assert found == ({kind} if kind else set()), grounding.dropped


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        ("Says the team got under their rivals' skin.", "hedge"),  # the article: "maybe getting"
        ("Says the team was maybe getting under their rivals' skin.", None),
        # a noun hedges nothing: the claim's "pledge" is no promise
        ("Says students salute the flag while reciting the school pledge.", "hedge"),
        ("Says students likely salute the flag while reciting the school pledge.", None),
    ],
)
def test_maybe_hedges(claim: str, kind: str | None) -> None:
    article = (
        "You could tell we were maybe getting under their rivals' skin a little bit, the captain said. "
        "Such losses sometimes just happen, she wrote. Students were likely saluting the flag while "
        "reciting the school pledge, the board member said."
    )
    problem = claim_problem(article, claim)
    assert (problem.kind if problem else None) == kind, problem


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        ("The committee has run ads branding Reyes a pawn for the mayor.", "hedge"),
        ("The committee has run ads implying Reyes would be a pawn for the mayor.", None),
    ],
)
def test_what_the_article_only_implies_is_not_said_outright(claim: str, kind: str | None) -> None:
    article = "The committee has run ads on Ek's behalf, implying Reyes would be a pawn for the mayor."
    problem = claim_problem(article, claim)
    assert (problem.kind if problem else None) == kind, problem


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        ("Jo Reyes went after Tom Ek and threw punches, drawing a fighting major.", "negation"),
        ("Jo Reyes went after Tom Ek and threw punches, but neither drew a fighting major.", None),
        ("The plan will cut costs by half.", None),  # "with no change in the law": no denial of it
    ],
)
def test_a_denial_that_opens_the_subject_reaches_its_verb_and_object(claim: str, kind: str | None) -> None:
    article = (
        "In the second period, Jo Reyes went after Tom Ek and threw punches, although neither player "
        "received a fighting major. With no change in the law, the plan will cut costs by half."
    )
    problem = claim_problem(article, claim)
    assert (problem.kind if problem else None) == kind, problem


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        ("The academy has yet to nominate the band.", "negation"),  # the article: finally nominated
        ("The academy nominated the band last month.", None),
        ("The label has yet to release the album.", None),  # the article says so too
        ("The label released the album.", "negation"),
    ],
)
def test_has_yet_to_is_a_denial(claim: str, kind: str | None) -> None:
    article = (
        "Long a great slight, the band was finally nominated by the academy last month. "
        "The label has yet to release the album, which was recorded in 2019."
    )
    problem = claim_problem(article, claim)
    assert (problem.kind if problem else None) == kind, problem


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        ("Sales rose 12% in the third quarter.", "negation"),  # the article: fell
        ("Sales dropped by 12% in the third quarter.", None),
        ("His parents jumped in after the boy fell.", None),  # no figure moves
    ],
)
def test_a_figure_moves_the_way_the_article_says(claim: str, kind: str | None) -> None:
    article = (
        "Sales fell 12% in the third quarter, the company said. Its shares rose 3% on Monday. "
        "The boy fell into the pit and his parents jumped in after him."
    )
    problem = claim_problem(article, claim)
    assert (problem.kind if problem else None) == kind, problem


@pytest.mark.parametrize(
    ("question", "presumes"),
    [
        ("Why did the Afghan government release Anas Haqqani despite objections from Washington?", True),
        ("Why did the Afghan government release Anas Haqqani?", False),
        ("Will the talks resume after the US envoy resigned in protest?", True),
        ("Will the talks resume after the exchange?", False),
        ("Will Haqqani's appeal against his detention succeed?", True),  # the article reports no appeal
        ("Will Kabul keep to its decision to extend the exchange to more prisoners?", True),  # no extension
        ("Will Washington's welcome of the exchange last?", False),
        # a definite event the article never reports, and a participle that says it happened
        ("How will Kabul respond to the federal court ruling on the exchange?", True),
        # a participle before its noun is not asked to be the article's verb: in the read replies "the
        # proposed meeting" (an "offer to set up a meeting") and "the dropped references" (their
        # "omission") were faithful; but one that says the thing came about ("approved") is
        ("When will the proposed prisoner exchanges with Washington resume?", False),
        ("When will the approved prisoner exchanges with Washington resume?", True),
        ("Was the exchange delayed by the envoy?", False),  # what a yes-no question asks, not presumes
        # a perfect relative clause, a participle saying which one, "now that": each takes a fact as given
        ("When will Kabul free the prisoners the envoy has demanded?", True),
        ("When will Kabul free the prisoners the Taliban have released?", False),
        ("Will Kabul accept the congressional measure cutting off aid to the Taliban?", True),
        ("Will Kabul accept the envoy's proposed compromise on the prisoners?", True),
        ("Will the talks resume now that Washington has withdrawn its envoy?", True),
        ("Will the talks resume now that Washington has welcomed the exchange?", False),
        # an owner's event in two words, the owner's plan told after it ("to free ..."), not its event
        ("Will Kabul keep its pledge to Washington?", True),
        ("Will the families' petition to free more prisoners succeed?", True),
        ("Will Kabul free more US-held prisoners?", False),  # two words, but no owner's event
        # what "if" weighs is not the event the question takes for granted
        ("Why did the Afghan government release Anas Haqqani if the envoy opposed his freedom on legal "
         "grounds?", False),
    ],
)  # fmt: skip
def test_a_question_presumes_what_it_asserts_in_passing(question: str, presumes: bool) -> None:
    from brief.extract import load_nlp
    from brief.verify.article import ArticleIndex
    from brief.verify.claims import Claim
    from brief.verify.presuming import presumes as presumption

    article = (
        "The Afghan government released Anas Haqqani on Tuesday in exchange for two professors. "
        "Washington welcomed the exchange, and the US envoy said talks with the Taliban could resume."
    )
    nlp = load_nlp()
    index = ArticleIndex(article, [(s.start_char, s.end_char) for s in nlp(article).sents])
    verdict = presumption(index, Claim.of(question, nlp(question)))
    found = verdict is not None and verdict.problem is not None and verdict.problem.kind == "presumption"
    assert found is presumes, verdict


@pytest.mark.parametrize(
    ("article", "claim"),
    [
        (  # a photo caption glued on with a label and a colon: its "accused" is not this sentence's hedge
            "Always the bride: Ana Ruiz, 39, pleaded not guilty on Friday to two charges of filing false "
            "papers Sullen: Ruiz, seen here in court, is accused of marrying ten men in an apparent scam.",
            "Ana Ruiz, 39, pleaded not guilty on Friday to two charges of filing false papers.",
        ),
        (  # glued with no label at all: "... a colleague The cost ..."
            "Savers who never divorced can expect an income 13% higher than a colleague The cost of divorce "
            "can wreck retirement years later, according to research. Pensions were studied.",
            "The cost of divorce can wreck retirement years later, according to research.",
        ),
    ],
)
def test_a_caption_glued_to_a_sentence_is_a_sentence_of_its_own(article: str, claim: str) -> None:
    from brief.verify.sentences import cover

    spans = [(0, len(article))]  # the parser saw one sentence
    assert len(cover(article, spans)) == 2
    assert claim_problem(article, claim) is None


def test_a_name_before_a_headlines_colon_is_no_caption() -> None:
    from brief.verify.sentences import cover

    headline = "Julian Assange: Sweden drops rape investigation"
    assert cover(headline, [(0, len(headline))]) == [(0, len(headline))]


def test_a_person_described_by_nationality_is_not_a_name_to_find() -> None:
    article = (
        "Hamilton was four-hundredths of a second ahead of his Mercedes team-mate Nico Rosberg. "
        "The 30-year-old Briton won in Melbourne last month."
    )
    claim = "The Briton was four-hundredths of a second quicker than his Mercedes team-mate Rosberg."
    assert claim_problem(article, claim) is None


def test_a_stance_dropped_with_its_position_still_records_its_own_wrong_figure() -> None:
    article = (
        "Harbor Foods said on Monday that it would close two plants. "
        "Union leader Maria Lopez said 300 workers would lose their jobs at the plants."
    )
    draft = Draft(
        title="Plants to close",
        summary="Harbor Foods will close two plants.",
        actors=[Actor(name="Harbor Foods", kind="organisation")],
        positions=[
            Position(  # Lopez's words under the company, and a figure the article does not give
                actor="Harbor Foods",
                stance="Says 800 workers will lose their jobs.",
                evidence=["300 workers would lose their jobs at the plants"],
            )
        ],
    )
    _, grounding = verify(draft, article, extract(article))
    reasons = {d.field: d.kind for d in grounding.dropped}
    assert reasons.get("positions[0]") == "attribution"
    assert reasons.get("positions[0].stance") == "number"


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        # a stance that denies may take its denial from its own evidence, not only the likeliest sentence
        ("Warns that residents are not the only ones at risk, since guards near the camps face more.", None),
        # "not to hide it and to face it" denies "hide" alone
        ("Urged officials not to hide the news and to face it together.", None),
        # a denial right after a word denies it: "announcements about them cannot be made"
        ("Li said such cases cannot be announced casually.", None),
        # "lacking" denies as "didn't have" does
        ("The report found children lacking showers.", None),
        # a verb that denies contradicts what it governs, not a claim sharing one of its words
        ("Doctors are urging the agency to let them give free flu shots.", None),
        ("The agency gives flu vaccines to detainees.", "negation"),
        # "warns that it will" drops the speaker's "could" as "says that it will" does
        ("Arroyo warns that the virus will get out of control.", "hedge"),
        ("Arroyo warns that the virus could get out of control.", None),
        # what the article has as "whether" is not established
        (
            "The attorney general is examining the self-dealing by which the founder enriched himself.",
            "hedge",
        ),
        ("The attorney general is examining whether the founder enriched himself.", None),
    ],
)
def test_polarity_and_hedges_follow_what_the_words_govern(claim: str, kind: str | None) -> None:
    from brief.extract import load_nlp
    from brief.verify.article import ArticleIndex
    from brief.verify.claims import Claim

    article = (
        "Residents are not the only people at risk, the doctors warned. "
        "Guards working near the camps will face more risk than usual. "
        '"Don\'t hide things like this," one commenter urged officials. "Let\'s face it together." '
        "Li said announcements about them cannot be made casually. "
        "The report found children didn't have access to showers. "
        "Doctors, alarmed that the agency is denying flu vaccines to detainees, are urging the agency to "
        "accept their offer to give free flu shots. "
        '"Workers will come out to communities, potentially spreading that virus, and it could get out '
        'of control," Arroyo said. '
        "The attorney general is examining whether the founder, Adam Neumann, indulged in self-dealing to "
        "enrich himself."
    )
    nlp = load_nlp()
    spans = [(s.start_char, s.end_char) for s in nlp(article).sents]
    index = ArticleIndex(article, spans)
    near = sorted(
        {i for i, (a, b) in enumerate(spans) if "risk" in article[a:b]} if "risk" in claim else set()
    )
    problem = index.check(Claim.of(claim, nlp(claim)), near=near).problem
    assert (problem.kind if problem else None) == kind, problem


_POSTS = (
    "Plague case confirmed\n\n"
    "Li Jifeng, a doctor at Chaoyang Hospital where the patients were treated, wrote a blog post.\n\n"
    "Omar Lamrani, a senior military analyst at Stratfor, told Business Insider the claim was absurd.\n\n"
    "Job cuts will come, said The We Company's recently named executive chair Marcelo Claure in an email.\n\n"
    "The league suspended Denver linebacker Troy Hale and Portland center Sam Okoro for the fight.\n\n"
    "Only Hawks great Ray Duval and Hawks assistant coach Lee Marsh have more wins.\n\n"
    "Nia Vale, the singer who surprised the crowd by closing out the awards show, thanked her fans.\n\n"
    "Dana Ruiz, a professor of marine biology at Harbour University, led the survey.\n\n"
    "Ken Adler, president of the Elmton Teachers Association, spoke before the Elmton school board voted.\n\n"
    "Rosa Lind, chief trial attorney for the federal public defenders in the district, said the U.S. "
    "Attorney's office filed more cases.\n\n"
    "Former Elmton Hawks point guard Tim Boyd, now a free agent, watched from the stands.\n"
)


@pytest.mark.parametrize(
    ("name", "role", "kept"),
    [
        ("Li Jifeng", "Head of Chaoyang Hospital", False),  # a doctor there, made its head
        ("Li Jifeng", "Doctor at Chaoyang Hospital who wrote a blog post", True),
        ("Omar Lamrani", "Senior military analyst at Business Insider", False),  # he spoke to it
        ("Omar Lamrani", "Senior military analyst at Stratfor", True),
        ("Marcelo Claure", "The We Company's chief executive", False),  # its executive chair
        ("Marcelo Claure", "The We Company's executive chair", True),
        ("Sam Okoro", "Denver center handed a suspension for the fight", False),  # Portland's center
        ("Sam Okoro", "Portland center handed a suspension for the fight", True),
        ("Lee Marsh", "Hawks great with more wins", False),  # the article's title of Ray Duval
        ("Lee Marsh", "Hawks assistant coach with more wins", True),
        ("Nia Vale", "Singer who opened the awards show", False),  # she closed it
        ("Nia Vale", "Singer who closed the awards show", True),
        # a post of another field or at another body, told with its own words ("of marine biology")
        ("Dana Ruiz", "Professor of geology at Harbour University", False),
        ("Dana Ruiz", "Professor of biology at Harbour University who led the survey", True),
        ("Dana Ruiz", "Professor at Harbour University", True),
        ("Ken Adler", "President of the Elmton school board", False),  # the teachers' association's
        ("Ken Adler", "President of the Elmton teachers' association", True),
        ("Rosa Lind", "Chief trial attorney at the U.S. Attorney's office", False),  # the defenders'
        ("Rosa Lind", "Chief trial attorney for the district's federal defenders", True),
        # a former post told as a present one
        ("Tim Boyd", "Elmton Hawks point guard who watched from the stands", False),
        ("Tim Boyd", "Former Elmton Hawks point guard, now a free agent", True),
    ],
)
def test_a_roles_post_and_employer_are_the_ones_the_article_gives(name: str, role: str, kept: bool) -> None:
    dropped = _role_drops(_POSTS, name, role)
    assert ("actors[0].role" not in dropped) is kept, dropped


def test_a_group_named_for_the_actor_speaks_for_it_and_accused_is_no_speaker() -> None:
    text = (
        "Ministries accuse US\n\n"
        "In a joint statement, the Russian and Syrian defense ministries accused U.S. forces of "
        "controlling bandit formations in the desert.\n\n"
        "The Pentagon rejected the accusations.\n"
    )
    evidence = [
        "the Russian and Syrian defense ministries accused U.S. forces of controlling bandit formations"
    ]
    draft = Draft(
        title="Ministries accuse US",
        summary="Russia and Syria accused U.S. forces.",
        actors=[Actor(name="Russia", kind="country"), Actor(name="Pentagon", kind="organisation")],
        positions=[
            Position(actor="Russia", stance="Accuses U.S. forces of controlling bandits.", evidence=evidence)
        ],
    )
    _, grounding = verify(draft, text, extract(text))
    assert "positions[0]" not in _kinds(grounding), grounding.dropped
    assert "positions[0].evidence[0]" not in _kinds(grounding), grounding.dropped


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        # a sum of something stays with what it sums: "$6.5 billion in debt", "$3 billion buyout"
        ("The bank agreed to inject $3 billion in debt and equity.", "number"),
        ("The bank agreed to inject $6.5 billion in debt and equity and fund a $3 billion buyout.", None),
        # the opposite said with a word of the claim's own
        ("The company kept its policy of requiring noncompete agreements.", "negation"),
        ("The company rolled back its policy of requiring noncompete agreements.", None),
        ("The agency denies that remote regions are vulnerable to outbreaks.", "negation"),
        ("The agency acknowledges that remote regions are vulnerable to outbreaks.", None),
        ("The council did not approve the rezoning of the waterfront.", None),  # spelt out: not flipped
    ],
)
def test_a_sum_counts_what_the_article_says_and_an_opposite_word_flips(claim: str, kind: str | None) -> None:
    article = (
        "The bank agreed to inject $6.5 billion in debt and equity into the firm and to fund a $3 billion "
        "buyout of existing shareholders. "
        "The company rolled back its policy of requiring employees to sign noncompete agreements. "
        "The agency has also acknowledged that remote regions of the country are vulnerable to outbreaks. "
        "The council rejected the rezoning of the waterfront on Monday."
    )
    problem = claim_problem(article, claim)
    assert (problem.kind if problem else None) == kind, problem


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        ("More than 40 people had been arrested.", None),  # "40 arrests"
        ("More than 40 people had been injured.", "number"),
    ],
)
def test_a_figure_may_count_what_the_claim_tells_of_it(claim: str, kind: str | None) -> None:
    article = "More than 40 arrests were made after the raid on Saturday, police said. The mayor spoke."
    problem = claim_problem(article, claim)
    assert (problem.kind if problem else None) == kind, problem


def test_words_of_an_unnamed_spokesperson_or_another_body_are_not_the_actors() -> None:
    text = (
        "Agency turns down flu shots\n\n"
        "The agency did not accept the offer. A spokesperson who did not wish to be named said it has "
        "never run vaccine clinics.\n\n"
        '"Operating a vaccine program is not feasible," the spokesperson said.\n\n'
        "The doctors wrote to Kevin Marlow, the acting director of the department.\n\n"
        "The CDC assured the public on Weibo that the risks were extremely low.\n"
    )
    spokesperson = ['"Operating a vaccine program is not feasible," the spokesperson said.']
    weibo = ["The CDC assured the public on Weibo that the risks were extremely low."]
    kinds = {}
    for actor, evidence in (("Kevin Marlow", spokesperson), ("Kevin Marlow", weibo), ("CDC", weibo)):
        draft = Draft(
            title="Agency turns down flu shots",
            summary="The agency did not accept the offer.",
            actors=[Actor(name=actor, kind="person")],
            positions=[Position(actor=actor, stance="Says the risk is low.", evidence=evidence)],
        )
        _, grounding = verify(draft, text, extract(text))
        kinds[actor, evidence[0][:5]] = _kinds(grounding).get("positions[0].evidence[0]")
    assert kinds == {
        ("Kevin Marlow", '"Oper'): "attribution",
        ("Kevin Marlow", "The C"): "attribution",
        ("CDC", "The C"): None,
    }, kinds


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        # a change told the wrong way round
        ("The league moved the rematch from 1 p.m. to 4:25.", "number"),
        ("The league moved the rematch from 4:25 to 1 p.m.", None),
        # a day of the month in the wrong month
        ("He learned of it when the transcript was released on July 25.", "number"),
        ("He learned of it when the transcript was released on September 25.", None),
        # "unlikely" made certain is a hedge dropped, not a denial added
        ("Russia will not agree to cut its oil output further.", "hedge"),
        ("Russia is unlikely to agree to cut its oil output further.", None),
    ],
)
def test_a_change_keeps_its_direction_a_date_its_month_and_unlikely_stays_unlikely(
    claim: str, kind: str | None
) -> None:
    article = (
        "The league decided to move the rematch from a 4:25 kickoff to a 1 p.m. start. "
        "The call took place on July 25. He said he learned of it only when the transcript was released on "
        "September 25, 2019. "
        "Sources said Russia is unlikely to agree to cut its oil output further at the meeting."
    )
    problem = claim_problem(article, claim)
    assert (problem.kind if problem else None) == kind, problem


def test_a_hedge_in_any_of_the_stances_own_evidence_is_kept() -> None:
    from brief.extract import load_nlp
    from brief.verify.article import ArticleIndex
    from brief.verify.claims import Claim

    article = (
        "Lane said others had raised concerns about Ortiz potentially leaking information. "
        "Lane also testified that Ortiz had become frustrated over his exclusion from some meetings."
    )
    nlp = load_nlp()
    spans = [(s.start_char, s.end_char) for s in nlp(article).sents]
    index = ArticleIndex(article, spans)
    frustrated = "and was frustrated at his exclusion from meetings"
    for claim, kind in (
        (f"Testified that Ortiz had been leaking information {frustrated}", "hedge"),
        (f"Testified that Ortiz may have been leaking information {frustrated}", None),
    ):
        problem = index.check(Claim.of(claim, nlp(claim)), near=[0, 1]).problem
        assert (problem.kind if problem else None) == kind, (claim, problem)


_HOSTS = (
    "Keynote draws crowds\n\n"
    "Salesforce founder and CEO Marc Benioff hosted the keynote. Benioff said they work together.\n\n"
    "Mr. Trump's personal lawyer, Rudy Giuliani, met officials in Kyiv. Giuliani said he had done "
    "nothing wrong.\n"
)


@pytest.mark.parametrize(
    ("name", "role", "kept"),
    [
        ("Marc Benioff", "Salesforce founder and co-CEO who hosted the keynote", True),  # holds "CEO"
        ("Marc Benioff", "Salesforce chairman who hosted the keynote", False),  # another office
        ("Rudy Giuliani", "President Trump's personal lawyer", True),  # "Mr." or "President": one Trump
        ("Rudy Giuliani", "Kyiv's personal lawyer", False),
    ],
)
def test_a_joint_title_holds_the_articles_office_and_a_courtesy_title_is_not_one(
    name: str, role: str, kept: bool
) -> None:
    dropped = _role_drops(_HOSTS, name, role)
    assert ("actors[0].role" not in dropped) is kept, dropped


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        ("Lopes calls the drone mission scientifically important and really cool.", None),  # "not only"
        ("He said Ortiz took his concerns to the counsel instead of coming to him.", None),
        ("Lopes says the drone mission is not scientifically important.", "negation"),
    ],
)
def test_not_only_denies_nothing_and_instead_of_matches_a_denial(claim: str, kind: str | None) -> None:
    article = (
        '"It is not only scientifically important but also really cool - a drone mission," Lopes said. '
        "He said he was surprised that Ortiz did not come to him with his concerns about the call but "
        "instead went straight to the counsel."
    )
    problem = claim_problem(article, claim)
    assert (problem.kind if problem else None) == kind, problem


_SHARES = (
    "In adults aged 26 or older, past-month use rose by 23 percent compared with other states. Problem use "
    "rose by 37 percent, from 0.90 percent to 1.23 percent, after legalization. Among those aged 12 to 17 it "
    "rose by 25 percent, from 2.18 percent to 2.72 percent, the authors wrote."
)


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        # 25 percent is the teenagers' rise; the sentence with 0.90 and 1.23 percent says 37
        ("Report that problem use among adults aged 26 or older rose by 25 percent, from 0.90 percent to "
         "1.23 percent, while past-month use in that group rose 23 percent against other states.", "number"),
        ("Report that problem use among adults aged 26 or older rose by 37 percent, from 0.90 percent to "
         "1.23 percent, while past-month use in that group rose 23 percent against other states.", None),
    ],
)  # fmt: skip
def test_figures_given_together_stand_together(claim: str, kind: str | None) -> None:
    from brief.extract import load_nlp
    from brief.verify.article import ArticleIndex
    from brief.verify.claims import Claim

    nlp = load_nlp()
    index = ArticleIndex(_SHARES, [(s.start_char, s.end_char) for s in nlp(_SHARES).sents])
    problem = index.check(Claim.of(claim, nlp(claim)), near=(1,)).problem  # its evidence: the second
    assert (problem.kind if problem else None) == kind, problem


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        # the article denies only that there is evidence of a link: not that the cases are unlinked
        ("Says the third case is not linked to the first two.", "hedge"),
        ("Says there is no evidence yet linking the third case to the first two.", None),
        # an expectation is not a demonstration
        ("Have shown that the crew would not lose muscle mass.", "hedge"),
        ("Expect that the crew would not lose muscle mass.", None),
    ],
)
def test_no_evidence_and_expectations_are_not_facts(claim: str, kind: str | None) -> None:
    article = (
        "As yet, there is no epidemiological evidence linking the third case to the first two, the "
        "commission said. Based on animal studies, the expectation would be that the crew would not lose "
        "muscle mass, the researchers wrote."
    )
    problem = claim_problem(article, claim)
    assert (problem.kind if problem else None) == kind, problem


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        # each subject welcomed the release in a sentence of its own
        ("Foreign Minister Ana Silva and Prime Minister Tom Berg welcomed the release.", None),
        (
            "Foreign Minister Ana Silva and Prime Minister Tom Berg welcomed the release, while talks go on.",
            None,
        ),
        # one of the two subjects did not: the article has Luis Mora condemning it
        ("Foreign Minister Ana Silva and opposition leader Luis Mora welcomed the release.", "support"),
    ],
)
def test_coordinated_subjects_each_need_their_own_support(claim: str, kind: str | None) -> None:
    article = (
        "Two hostages were freed on Tuesday. Foreign Minister Ana Silva welcomed the release of the "
        "hostages. The weather in the capital was mild. Markets were calm. Schools stayed open. Prime "
        "Minister Tom "
        "Berg also welcomed the release in a statement. Opposition leader Luis Mora condemned the deal. "
        "Talks go on."
    )
    problem = claim_problem(article, claim)
    assert (problem.kind if problem else None) == kind, problem


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        # the institute only describes Ortiz: the article says so, sentences away from her finding
        ("Maria Ortiz of the Harbor Institute, who led the survey, says the reefs are recovering.", None),
        ("Harbor Institute researcher Maria Ortiz says the reefs are recovering.", None),
        # no article sentence puts Ortiz with the Coastal Trust
        ("Maria Ortiz of the Coastal Trust, who led the survey, says the reefs are recovering.", "support"),
    ],
)
def test_a_name_that_only_describes_another_may_stand_apart(claim: str, kind: str | None) -> None:
    article = (
        "Maria Ortiz works at the Harbor Institute and led the survey. Divers counted fish for a year. "
        "The weather was kind. The Coastal Trust paid for the boats. Boats went out every week. "
        'Volunteers logged every dive. "The reefs are recovering," Ortiz said on Monday.'
    )
    problem = claim_problem(article, claim)
    assert (problem.kind if problem else None) == kind, problem


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        # a hope is not a promise, an aim is not a deed
        ("Says the new council will approve the park.", "hedge"),
        ("Hopes the new council will approve the park.", None),
        ("Says the group has made the river clean again.", "hedge"),
        ("Says the group is working to make the river clean again.", None),
        # an advocate is no critic, though both "have yet to respond"
        ("Has been a vocal critic of the toll plan and has yet to respond.", "negation"),
        ("Has been a vocal advocate of the toll plan and has yet to respond.", None),
    ],
)
def test_hopes_aims_and_advocates_keep_their_meaning(claim: str, kind: str | None) -> None:
    article = (
        "Lee says she hopes the new council will approve the park. "
        '"We are working together to make the river clean again," the group said. '
        "Mayor Dunn, who has been a vocal advocate of the toll plan, has yet to respond."
    )
    problem = claim_problem(article, claim)
    assert (problem.kind if problem else None) == kind, problem


def test_a_deed_may_be_told_of_another_actor_but_words_may_not() -> None:
    text = (
        "Wild beat Sabres 4-1\n\n"
        "Goalie Sam Reed made 30 saves for the Wild. Sabres defenseman Lee Park spoiled his shutout "
        "bid late in the third period. Park had missed two games.\n\n"
        '"We never gave up," Park said.\n'
    )
    deed = ["Sabres defenseman Lee Park spoiled his shutout bid late in the third period."]
    words = ['"We never gave up," Park said.']
    kinds = {}
    for evidence in (deed, words):
        draft = Draft(
            title="Wild beat Sabres 4-1",
            summary="Goalie Sam Reed made 30 saves for the Wild.",
            actors=[Actor(name="Sam Reed", kind="person")],
            positions=[Position(actor="Sam Reed", stance="Made 30 saves for the Wild.", evidence=evidence)],
        )
        _, grounding = verify(draft, text, extract(text))
        kinds[evidence[0][:5]] = _kinds(grounding).get("positions[0].evidence[0]")
    assert kinds == {"Sabre": None, '"We n': "attribution"}, kinds


def test_a_fraction_is_a_share_and_must_be_the_articles_share_of_the_same_thing() -> None:
    from brief.verify.numbers import quantities

    assert [(q.text, round(q.value)) for q in quantities("cut by a third; two-thirds of voters")] == [
        ("a third", 33),
        ("two-thirds", 67),
    ]
    assert quantities("a quarter of an hour later") == []
    article = (
        "The study found the ship's mass could be reduced by a third by removing the crew cabins. "
        "The weather was calm. Boats went out. Markets were quiet. "
        '"If we could reduce the crew metabolic rate by 75%, we would save mass," Ngo said.'
    )
    wrong = claim_problem(article, "Says cutting the crew metabolic rate by a third would save mass.")
    assert wrong is not None and wrong.kind == "number", wrong
    cabins = "Found the ship's mass could be cut by a third by removing crew cabins."
    assert claim_problem(article, cabins) is None


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        ("Is training so the Dallas Independent School District can clear him.", None),
        # the Austin district is someone else's: "District" alone is no form of it where two are named
        ("Is training so the Austin Independent School District can clear him.", "support"),
    ],
)
def test_a_names_last_word_stands_for_it_only_when_nothing_else_shares_it(
    claim: str, kind: str | None
) -> None:
    article = (
        "Cantwell is training so the Dallas Independent School District can clear him for a classroom. "
        "The rally grew. Buses came. Songs were sung. Kennedy teaches in the Austin Independent School "
        "District."
    )
    from brief.extract import load_nlp
    from brief.verify.article import ArticleIndex
    from brief.verify.claims import Claim

    nlp = load_nlp()
    spans = [(s.start_char, s.end_char) for s in nlp(article).sents]
    index = ArticleIndex(
        article, spans, people=["Travis Cantwell", "Tom Kennedy"]
    )  # as the verifier has them
    problem = index.check(Claim.of(claim, nlp(claim))).problem
    assert (problem.kind if problem else None) == kind, problem


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        ("Says the Porto store used his pictures without asking him.", None),
        # its own evidence sentence denies it, though the window the names need lies elsewhere
        ("Says the Harbor Foods Lisbon stores have similar displays that also use his pictures.", "negation"),
        ("Says Harbor Foods might use his pictures again.", None),
        # "will" where the article has only "might"
        ("Says Harbor Foods will use his pictures again if nobody stops it.", "hedge"),
    ],
)
def test_a_stance_is_denied_by_its_own_evidence_and_will_is_not_might(claim: str, kind: str | None) -> None:
    article = (
        "Harbor Foods used the photographer's pictures in its Porto store without asking him. "
        "Harbor Foods has stores with displays in Lisbon too. "
        "The photographer lives in Madrid. "
        "He sells prints. "
        "He teaches on Sundays. "
        '"They have similar displays, but without my pictures," he said. '
        '"I think Harbor Foods might use my pictures again," he added.'
    )
    near = [5] if "similar" in claim else [6] if "again" in claim else [0]
    assert claim_kind(article, claim, near) == kind


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        ("The hospital said on Tuesday that it runs on a balanced budget plan.", None),
        ("The hospital said on Monday that it runs on a balanced budget plan.", "number"),
        ("The union held a news conference with the party several weeks ago.", None),
        ("The union held a news conference with the party several months ago.", "number"),
        ("The mayor refused at a debate last month to name a budget director.", None),
        ("The mayor refused at a debate last week to name a budget director.", "number"),
    ],
)
def test_a_weekday_or_a_span_in_another_unit_is_misdated(claim: str, kind: str | None) -> None:
    article = (
        "Three board members resigned on Monday. "
        "On Tuesday, the hospital said it runs on a balanced budget plan. "
        "Several weeks ago, the party and the union held a news conference on budget cuts. "
        "During a debate last month, the mayor even refused to name a budget director."
    )
    assert claim_kind(article, claim) == kind


_COUNSEL = (
    "Bail plea heard\n\n"
    "Terming the case a political vendetta, Mr. Rao's counsel, Vivek Menon, sought bail for his client.\n\n"
    "Mr. Menon said that the case was a simple dispute. He alleged that it was a politically sponsored "
    "case.\n\n"
    "Special Public Prosecutor, Kiran Batra, submitted that the accused had tried to misuse his liberty. "
    "He also alleged that Mr. Rao's conduct in the case had been doubtful.\n\n"
    "Premier Arjun Rao accepted the board's resignation on Monday.\n\n"
    '"He should call the board members," said Meena Iyer. "He should not even accept their resignation."'
    "\n\nHarbor Foods rep Lina Sousa sent along this comment, "
    '"We approached him to work with us on this programme and he declined."\n'
)


@pytest.mark.parametrize(
    ("actor", "stance", "evidence", "kept"),
    [
        # "He alleged" after "Mr. Menon said": the counsel's words, not his client's
        ("Ravi Rao", "Calls the case politically sponsored", "He alleged that it was a politically sponsored "
         "case.", False),
        ("Vivek Menon", "Calls the case politically sponsored", "He alleged that it was a politically "
         "sponsored case.", True),
        # "He also alleged" after "Special Public Prosecutor, Kiran Batra, submitted": the prosecutor's
        ("Kiran Batra", "Calls the conduct doubtful", "He also alleged that Mr. Rao's conduct in the case "
         "had been doubtful.", True),
        # words about the premier said by another are not his, unless the stance tells them as said of him
        ("Arjun Rao", "Says he should call the board members", "He should call the board members", False),
        ("Arjun Rao", "Is urged by Meena Iyer to call the board members", "He should call the board members",
         False),
        ("Arjun Rao", "Is criticised by Meena Iyer for not calling the board members",
         "He should call the board members", True),
        # a company's rep speaks for the company
        ("Harbor Foods", "Approached him for the programme", "We approached him to work with us on this "
         "programme and he declined.", True),
    ],
)  # fmt: skip
def test_words_go_to_who_said_them_a_rep_speaks_for_the_company(
    actor: str, stance: str, evidence: str, kept: bool
) -> None:
    people = ["Ravi Rao", "Vivek Menon", "Kiran Batra", "Arjun Rao", "Meena Iyer", "Lina Sousa"]
    actors = [Actor(name=n, kind="person") for n in people]
    actors.append(Actor(name="Harbor Foods", kind="organisation"))
    draft = Draft(
        title="Bail plea heard",
        summary="A bail plea was heard.",
        actors=actors,
        positions=[Position(actor=actor, stance=stance, evidence=[evidence])],
    )
    text = _COUNSEL.replace("Mr. Rao's counsel", "Ravi Rao's counsel")
    _, grounding = verify(draft, text, extract(text))
    assert ("positions[0].evidence[0]" not in _kinds(grounding)) is kept, grounding.dropped


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        # the claim tells it as the prosecutor's argument, as the article's "alleged" does
        ("Opposed bail, arguing that Rao's conduct in the case had been doubtful.", None),
        # a bare assertion drops the article's "alleged"
        ("Rao's conduct in the case had been doubtful.", "hedge"),
    ],
)
def test_a_claim_that_reports_an_allegation_keeps_it_an_allegation(claim: str, kind: str | None) -> None:
    article = "The prosecutor opposed bail. He alleged that Rao's conduct in the case had been doubtful."
    assert claim_kind(article, claim) == kind


@pytest.mark.parametrize(
    ("article", "claim", "kind"),
    [
        ("The federal government moved to end the Canadian Pacific strike.",
         "Ottawa moved to end the Canadian Pacific strike.", None),
        # no government in the article: Ottawa is a name it does not have
        ("The railway moved to end the Canadian Pacific strike.",
         "Ottawa moved to end the Canadian Pacific strike.", "name"),
        # another country's capital is no form of this government
        ("The federal government moved to end the Canadian Pacific strike.",
         "Paris moved to end the Canadian Pacific strike.", "name"),
    ],
)  # fmt: skip
def test_a_capital_stands_for_its_countrys_government(article: str, claim: str, kind: str | None) -> None:
    assert claim_kind(article, claim) == kind


_HEADLINED = (
    "Harbor Foods Caught Using Photographer's Pictures\n\n"
    "Harbor Foods used pictures by Ana Ruiz in a Lisbon window. Harbor Foods had offered her $15,000. "
    "Its rival Maple Dairy said nothing. Harbor Foods staff declined to comment.\n\n"
    "The weather in Lisbon was fine. Tourists queued. Shops opened late.\n\n"
    'Ruiz told us, "I am not looking for money. All I want is for them to make a $100,000 donation to the '
    'Porto Youth Club."\n'
)


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        # the story's subject, named in the headline, is "them" where the claim's other names are
        ("Ruiz wants Harbor Foods to make a $100,000 donation to the Porto Youth Club.", None),
        # a name that is not the story's subject still has to stand with the others
        ("Ruiz wants Maple Dairy to make a $100,000 donation to the Porto Youth Club.", "support"),
    ],
)
def test_the_storys_subject_need_not_stand_with_the_claims_other_names(claim: str, kind: str | None) -> None:
    assert claim_kind(_HEADLINED, claim) == kind


def test_a_presuming_question_gives_way_to_the_articles_own_question_on_its_evidence(extraction) -> None:  # type: ignore[no-untyped-def]
    asked = OpenQuestion(
        question="Why did the talks with Suez collapse?", evidence=["Talks may resume next month"]
    )
    brief, grounding = verify(_draft(open_questions=[asked]), TEXT, extraction)
    assert _kinds(grounding).get("open_questions[0].question") == "presumption", grounding.dropped
    replaced = [q for q in brief.open_questions if "Talks may resume next month" in q.evidence]
    assert replaced and replaced[0].question != asked.question, brief.open_questions
    assert any(q.question == replaced[0].question for q in extraction.open_questions)


def test_a_name_before_of_is_no_post_at_the_body() -> None:
    text = (
        "Board quits\n\n"
        "Denyse Joseph of the Mercy union of nurses said patients will be affected.\n\n"
        "The head of the nurses union said she is worried about cuts.\n"
    )
    draft = Draft(
        title="Board quits",
        summary="Something happened.",
        actors=[Actor(name="Denyse Joseph", kind="person", role="Head of the Mercy union of nurses")],
    )
    _, grounding = verify(draft, text, extract(text))
    assert "actors[0].role" not in _kinds(grounding), grounding.dropped


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        ("Found that $5 in new benefits can generate $9 in community spending.", None),
        # the study's "can" dropped
        ("Found that $5 in new benefits generates $9 in community spending.", "hedge"),
    ],
)
def test_what_the_article_says_can_happen_is_not_what_happens(claim: str, kind: str | None) -> None:
    article = (
        "A 2010 study showed that $5 in new benefits can generate $9 in community spending, and every "
        "extra dollar generates 17 cents of new spending on food."
    )
    assert claim_kind(article, claim) == kind


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        ("Says more people will be arrested over the riot.", "hedge"),  # "more arrests are possible"
        ("Says more people may be arrested over the riot.", None),
        ("Says the river will flood the valley by Friday.", "hedge"),  # "should flood"
        ("Says the river should flood the valley by Friday.", None),
        ("Says the dam will hold.", None),  # the article says "will" of it
    ],
)
def test_what_the_article_has_as_possible_or_due_is_not_what_will_be(claim: str, kind: str | None) -> None:
    article = (
        "More than 40 arrests were made over the riot, and more arrests are possible, the prosecutor said. "
        "The river should flood the valley by Friday, the agency said. The dam will hold, engineers said."
    )
    assert claim_kind(article, claim) == kind


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        # the article tells no future of them, only what is possible, planned or due
        ("Says more fines will follow the audit.", "hedge"),  # "and more were possible"
        ("Says the album will come out next spring.", "hedge"),  # "plans to release"
        ("Says the crews will restore heating to the estate on Monday.", "hedge"),  # "should ease ..."
        ("Says more fines may follow the audit.", None),
        ("Hopes the crews will restore heating to the estate on Monday.", None),  # the claim hedges too
        ("Says the council will close the depot.", None),  # the article says "will" of it
    ],
)
def test_what_will_happen_where_the_article_has_only_what_may(claim: str, kind: str | None) -> None:
    article = (
        "Twelve fines were issued after the audit, and more were possible, the regulator said. "
        "The label plans to release the album next spring. "
        "The frost should lift by Monday, allowing the crews to begin restoring heating to the estate. "
        "The council will close the depot, a spokesman said."
    )
    assert claim_kind(article, claim) == kind


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        ("Says too many stops focus on young men, yielding very few weapons.", None),
        ("Says too many stops focus on young men, even though they turn up many weapons.", "negation"),
        ("Says the stops turn up a few weapons.", None),
    ],
)
def test_many_where_the_article_says_few_is_the_opposite(claim: str, kind: str | None) -> None:
    article = "We have too many stops that focus on young men, yielding very few weapons, she said."
    assert claim_kind(article, claim) == kind


@pytest.mark.parametrize(
    ("actor", "kept"),
    [
        ("Tim Cook", True),
        # "he told Benioff": Benioff was spoken to, he did not speak
        ("Marc Benioff", False),
    ],
)
def test_the_one_told_is_not_the_one_who_speaks(actor: str, kept: bool) -> None:
    text = (
        "Keynote\n\n"
        "Tim Cook joined Marc Benioff on stage. Cook said the admiration was mutual.\n\n"
        '"I love the way you keep taking all the new things and quickly adopting them," he told Benioff.\n'
    )
    evidence = "I love the way you keep taking all the new things and quickly adopting them"
    draft = Draft(
        title="Keynote",
        summary="Two chiefs met.",
        actors=[Actor(name="Tim Cook", kind="person"), Actor(name="Marc Benioff", kind="person")],
        positions=[
            Position(
                actor=actor, stance="Praises the other's quick adoption of new things", evidence=[evidence]
            )
        ],
    )
    _, grounding = verify(draft, text, extract(text))
    assert ("positions[0].evidence[0]" not in _kinds(grounding)) is kept, grounding.dropped


_STADIUM = (
    "Harbor FC to play at Harbor Park\n\n"
    "Harbor FC and the city announced today that Harbor Park will be the team's home. Harbor FC will host "
    "17 home games a year.\n\n"
    "The pitch will be 70 yards wide.\n\nCoach Dana Voss dismissed concerns about the pitch.\n\n"
    "If one thing was clear, it is that the park keeps its name. \"That's the venue, that's the name. "
    'Harbor Park was, and will always be, Harbor Park," opened club president Ray Lind.\n\n'
    "Harbor FC fans can now put down deposits. With rivals joining the league next year, one might think the "
    "club faces an uphill battle - but Lind isn't worried. \"That's a few years away, so we have time to "
    'get ready."\n\n'
    '"I love the way you keep adopting new things," he told Voss.\n'
)


@pytest.mark.parametrize(
    ("actor", "evidence", "kept"),
    [
        # a quotation whose speaker is named after it closes, however many sentences it runs
        ("Ray Lind", "That's the venue, that's the name.", True),
        ("Dana Voss", "That's the venue, that's the name.", False),
        # a quotation set right after a sentence about its speaker, with no speech verb of its own
        ("Ray Lind", "That's a few years away, so we have time to get ready.", True),
        # the one told is no speaker, after the quotation too
        ("Dana Voss", "I love the way you keep adopting new things", False),
    ],
)
def test_a_quotation_is_its_speakers_when_named_after_it_or_set_after_a_sentence_about_them(
    actor: str, evidence: str, kept: bool
) -> None:
    draft = Draft(
        title="Club to play at Harbor Park",
        summary="The club will play at Harbor Park.",
        actors=[Actor(name="Ray Lind", kind="person"), Actor(name="Dana Voss", kind="person")],
        positions=[Position(actor=actor, stance="Speaks about the park", evidence=[evidence])],
    )
    _, grounding = verify(draft, _STADIUM, extract(_STADIUM))
    assert ("positions[0].evidence[0]" not in _kinds(grounding)) is kept, grounding.dropped


def test_the_storys_subject_may_be_in_a_role_where_the_actors_sentences_do_not_name_it() -> None:
    draft = Draft(
        title="Club to play at Harbor Park",
        summary="The club will play at Harbor Park.",
        actors=[Actor(name="Dana Voss", kind="person", role="Harbor FC coach")],
        positions=[],
    )
    brief, grounding = verify(draft, _STADIUM, extract(_STADIUM))
    assert brief.actors[0].role == "Harbor FC coach", grounding.dropped


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        # "failed to respond" denies as "did not respond" does, and "its failure to" as "not conducting"
        ("Says he reached out to the officials numerous times without any answer from them.", None),
        ("Calls the suit hypocritical, pointing to the city's failure to reassess property taxes.", None),
        ("The officials responded to the mayor.", "negation"),
        # a state's postal code in a tweet, in lower case, is the state
        ("Says the agency takes 84% of its funds from New Jersey taxpayers.", None),
        # a weekday the article does not give is a wrong time, not an unknown name
        ("The judgment was released Monday.", "number"),
        # "perhaps one of the most visible sponsors" hedges the ranking, not the sponsoring
        ("The airline sponsors Arsenal and Real Madrid.", None),
        ("The airline is one of the most visible sponsors in football.", "hedge"),
        # "Dubai-based airline Emirates" names Dubai
        ("The club is sponsored by Dubai's Emirates.", None),
    ],
)
def test_failure_state_codes_weekdays_rankings_and_compounds(claim: str, kind: str | None) -> None:
    article = (
        "City sues agency\n\n"
        "The judgment was released Friday. Since taking office, I have reached out to the officials "
        "numerous times, yet they have failed to respond, the mayor said. The senator called the suit "
        "hypocritical because of the city not conducting a property tax reassessment since 1988.\n\n"
        "Strange that a nj senator would defend an agency that takes 84% of funds from nj taxpayers.\n\n"
        "The club is sponsored by Dubai-based airline Emirates. Emirates is perhaps one of the most visible "
        "sponsors in football, with its name on the shirts of Arsenal and Real Madrid.\n"
    )
    assert claim_kind(article, claim) == kind


_PARK = (
    "Club to play at Harbor Park\n\n"
    "The club and the city announced today that Harbor Park will be the team's home for the foreseeable "
    "future.\n\n"
    "For each home game, the field will be converted into a soccer stadium. The grandstand and terrace "
    "levels will be closed for most soccer matches, reducing the stadium's capacity to 33,444.\n\n"
    '"We don\'t have any time limit on this," said Levine. "I don\'t anticipate many problems."\n\n'
    "Jersey City is arguing that the $2.1 million in annual payments they receive every year pales in "
    "comparison to the $13.4 million they could be receiving.\n\n"
    "\"It's a double standard. That's $120 million they could be collecting every year,\" the senator said.\n"
)


@pytest.mark.parametrize(
    ("claim", "evidence", "kind"),
    [
        # verbs under "Will" are no deeds done, however the parser hangs them
        ("Will have the field converted for each home game, with the grandstand and terrace levels closed "
         "for most matches and capacity reduced to 33,444", "", None),
        ("The grandstand and terrace levels were closed for most soccer matches.", "", "hedge"),
        # a fused "with no set time limit" is denied by another sentence, not by the window's
        ("The club and the city announced that Harbor Park will be the team's home with no set time limit.",
         "", None),
        # "few problems" is "not many problems"
        ("Anticipates few problems", "I don't anticipate many problems.", None),
        ("Anticipates many problems", "I don't anticipate many problems.", "negation"),
        # a figure in the stance's own evidence is judged there, not in another sentence about yearly sums
        ("Says Jersey City could be collecting $120 million a year itself",
         "That's $120 million they could be collecting every year", None),
    ],
)  # fmt: skip
def test_modals_fused_denials_few_and_figures_of_the_own_evidence(
    claim: str, evidence: str, kind: str | None
) -> None:
    near: list[int] = []
    if evidence:
        from brief.extract import load_nlp
        from brief.verify.article import ArticleIndex

        index = ArticleIndex(_PARK, [(s.start_char, s.end_char) for s in load_nlp()(_PARK).sents])
        at = _PARK.index(evidence)
        near = index.sentence_at(at, at + len(evidence))
    assert claim_kind(_PARK, claim, near) == kind


def test_a_figure_in_the_stances_own_evidence_is_judged_there() -> None:
    article = (
        "Jersey City threatens to sue the agency\n\n"
        "Jersey City mayor Ann Cole announced plans to sue the agency for $400 million.\n\n"
        "Jersey City is arguing that the $2.1 million in annual payments they receive every year pales in "
        "comparison to the $13.4 million they could be receiving.\n\n"
        "Jersey City has not had a property tax reevaluation since 1988.\n\n"
        '"The hypocrisy is off the charts," the senator told a news site. "It sticks it to the county '
        "taxpayers. It's an incredible double standard. That's $120 million they could be collecting every "
        'year."\n'
    )
    from brief.extract import load_nlp
    from brief.verify.article import ArticleIndex

    evidence = "That's $120 million they could be collecting every year"
    index = ArticleIndex(article, [(s.start_char, s.end_char) for s in load_nlp()(article).sents])
    at = article.index(evidence)
    near = index.sentence_at(at, at + len(evidence))
    itself = "Says Jersey City could be collecting $120 million a year itself"
    assert claim_kind(article, itself, near) is None


_SUIT = (
    "City threatens suit\n\n"
    "Who will defend the agency? None other than Republican state senator Michael Dorsey, who called the "
    "suit hypocritical.\n\n"
    "Full ticket prices have yet to be announced, but per Tim Park will be revealed this summer.\n\n"
    "While no one would speak to specifics, it would seem that the club might not be able to play any home "
    "games in October.\n\n"
    "Officer Stacy Chiara of the Fairfield police said the company is under investigation. Company "
    "President Claude Monet held talks with the union on Sunday.\n\n"
    "When we spoke with Gio Salas last fall, he indicated that he wanted to have filled out his roster by "
    "this point in the year.\n"
)


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        # a time of year the sentence it rests on gives as another
        ("Says full ticket prices will be revealed in October", "number"),
        ("Says full ticket prices will be revealed this summer", None),
        # "will be unable" where the article says "might not be able"
        ("The club will be unable to play any home games in October.", "hedge"),
        ("The club might not be able to play any home games in October.", None),
        # what he wanted to have done is not done
        ("Gio Salas has filled out his roster, as he planned last fall.", "hedge"),
    ],
)
def test_times_of_year_modals_past_not_and_wanted_deeds(claim: str, kind: str | None) -> None:
    assert claim_kind(_SUIT, claim) == kind


@pytest.mark.parametrize(
    ("name", "role", "kept"),
    [
        ("Michael Dorsey", "Republican state assemblyman", False),
        ("Michael Dorsey", "Republican state senator", True),
        # a detective or negotiator where the article gives another office
        ("Stacy Chiara", "Fairfield police detective leading the investigation", False),
        ("Stacy Chiara", "Fairfield police officer", True),
        ("Claude Monet", "The company's chief negotiator in the talks", False),
        ("Claude Monet", "Company board member who held talks with the union", False),  # its President
    ],
)
def test_an_office_the_article_never_gives_the_actor_is_a_wrong_role(
    name: str, role: str, kept: bool
) -> None:
    dropped = _role_drops(_SUIT, name, role)
    assert ("actors[0].role" not in dropped) is kept, dropped


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        # "found" a finding where the article has only an expectation; not "found" a judgement
        ("Found the crew would suffer no bone or muscle wastage.", "hedge"),
        ("Expects the crew would not suffer bone or muscle wastage.", None),
        ("Found the call unusual because of the reference to specific investigations.", None),
        # what the speaker only imagines is no fact
        ("His photos were only used in stores that he never saw.", "hedge"),
    ],
)
def test_a_finding_is_not_an_expectation_and_imagining_is_a_hedge(claim: str, kind: str | None) -> None:
    article = (
        "Astronauts may hibernate\n\n"
        "Based on animal hibernation, the expectation would be that the crew would not experience bone or "
        'muscle wastage. "I believe what I found unusual about this call was the reference to specific '
        'investigations," she said. "I imagine that my photos were only used in stores that they thought I '
        'would never see," he said.\n'
    )
    assert claim_kind(article, claim) == kind


def test_a_noun_after_a_figure_is_no_deed_done() -> None:
    article = (
        "Brawl fallout\n\n"
        "Both teams received $250,000 fines after the brawl, and an insider has reported that the league "
        "will fine Mason Rolfe for his role in the brawl.\n"
    )
    claim = (
        "The league fined Mason Rolfe for his role in the brawl, on top of the $250,000 fines for both teams."
    )
    assert claim_kind(article, claim) == "hedge"


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        ("The family was absent from court for the sentencing.", None),  # "were not present"
        ("The family was present in court for the sentencing.", "negation"),
        ("Harris says the baseless charge will not stop them speaking out.", None),  # "nothing — ... —"
        ("Some of what he hears no longer suggests the gold standard.", None),  # "don't imply ... any longer"
    ],
)
def test_a_denial_worded_otherwise_is_the_same_denial(claim: str, kind: str | None) -> None:
    article = (
        "The family were not present in court to watch as the sentence was passed down. "
        '"But nothing — not even this baseless unfair labor practice charge — will stop us from '
        'speaking out," said Colby Harris. '
        "“We were sold on the gold standard and some of the things I hear don’t imply that this is the gold "
        "standard any longer,” "
        "he said."
    )
    assert claim_kind(article, claim) == kind


def test_a_hyphenated_name_is_one_name_in_a_claim_and_a_role() -> None:
    from brief.extract import load_nlp
    from brief.verify.claims import parse_claims

    nlp = load_nlp()
    texts = ["Wal-Mart spokesman", "Imran Khan founded Pakistan Tehreek-e-Insaf in 1996."]
    role, claim = parse_claims(texts, nlp, frozenset(), frozenset(texts[:1]))
    assert role.names == ("Wal-Mart",)
    assert "Pakistan Tehreek-e-Insaf" in claim.names and "Insaf" not in claim.names
    (board,) = parse_claims(["Marlboro Township Board of Education member"], nlp, frozenset(), frozenset())
    assert board.names == ("Marlboro Township Board of Education",)  # a body's name goes on past "of"


def test_a_question_weighing_two_causes_presumes_neither() -> None:
    from brief.extract import load_nlp
    from brief.verify.presumed import embedded_facts

    nlp = load_nlp()
    asked = "Was the drop in internet speeds caused by technical issues or by a national firewall?"
    assert embedded_facts(nlp(asked)) == ()
    assert embedded_facts(nlp("Will the rally planned by the union go ahead?"))


_SCHOOL = (
    'Chuck Lorde saw the suspect get out of his vehicle and open fire. "He did not say anything," Lorde '
    "said. Superintendent Paul Abbott said, “Frankly, I don’t see anything wrong with it at all.” "
    '"Your job is policy, not administration, and you are getting very deep into administration," Abbott '
    'told her. Under the law, the city fines the hosts and does not fine the platform. "Not all parents '
    'will have the time necessary to partake in the program," Lisa Shulman said. "Some may not have the '
    'time, or lack the commitment to parenting a challenging child."'
)


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        # a "without ..." aside the supporting sentence does not speak of
        ("Lorde saw the suspect get out of his vehicle and open fire without saying a word.", None),
        ("Abbott sees nothing wrong with it.", None),  # "nothing" denies "see" and "wrong"
        ("Abbott rebuked her for straying from policy into administration.", None),  # "X, not Y" told whole
        ("Abbott says her job is administration.", "negation"),  # ... but not flipped
        ("The city fines the platform as well as its hosts.", "negation"),
        # "will have" is the article's too, beside "may not have the time"
        ("Warns that not every family will have the time or commitment the program demands.", None),
    ],
)
def test_denials_by_without_nothing_and_contrast_are_read_in_their_scope(
    claim: str, kind: str | None
) -> None:
    assert claim_kind(_SCHOOL, claim) == kind


def test_a_clause_opening_a_sentence_names_no_speaker_and_a_school_is_named_by_its_head_noun() -> None:
    text = (
        "Pledge row\n\n"
        "Every Monday, students at Asher Holmes Elementary School recite a pledge. When asked by co-host "
        "Tony Dokupil why the firm isn’t planning to “take a timeout” from sales, Burns said it would "
        "not.\n\nValerie Kaufman, a mother of a student at the school, told the board the pledge was "
        "unconstitutional.\n"
    )
    draft = Draft(
        title="Pledge row",
        summary="A parent objected to a school pledge.",
        actors=[
            Actor(name="Tony Dokupil", kind="person"),
            Actor(name="Valerie Kaufman", kind="person", role="Mother of an Asher Holmes student"),
        ],
        positions=[
            Position(
                actor="Tony Dokupil",
                stance="Asked why the firm is not taking a timeout from sales",
                evidence=["why the firm isn’t planning to “take a timeout” from sales"],
            )
        ],
    )
    brief, grounding = verify(draft, text, extract(text))
    assert "positions[0].evidence[0]" not in _kinds(grounding), grounding.dropped
    assert brief.actors[1].role == "Mother of an Asher Holmes student", grounding.dropped


def test_two_figures_swapped_between_the_things_they_are_of_are_caught() -> None:
    article = (
        "The alliance said producers decreased methane emissions by 21 percent since 1990 even as natural "
        "gas production has climbed 47 percent."
    )
    swapped = "Producers cut methane emissions by 47 percent while natural gas production rose 21 percent."
    problem = claim_problem(article, swapped)
    assert problem is not None and problem.kind == "number"
    assert (
        claim_problem(article, "Gas production climbed 47 percent while methane emissions fell 21 percent.")
        is None
    )


def test_a_title_after_now_and_a_hyphen_is_named() -> None:
    from brief.verify.names import name_key

    assert " attorney general " in f" {name_key('said then-senator and now-Attorney General Jeff Sessions')} "


def test_rejecting_what_the_article_has_them_support_is_the_opposite() -> None:
    article = (
        '"We support the goal of capturing greater quantities of methane and reducing waste gas, but this '
        'approach is not the most effective way to meet that goal," said Kathleen Sgamma.'
    )
    problem = claim_problem(article, "Rejects the goal of capturing more methane and reducing waste gas.")
    assert problem is not None and problem.kind == "negation"
    assert (
        claim_problem(article, "Supports the goal of capturing more methane and reducing waste gas.") is None
    )


def test_a_figure_whose_thing_follows_it_is_not_swapped_with_the_next() -> None:
    article = "Four people were killed and over 60 were injured after the train derailed on Sunday."
    assert (
        claim_problem(article, "The train derailed on Sunday, killing four people and injuring more than 60.")
        is None
    )


@pytest.mark.parametrize(("role", "kept"), [("Harvard President", False), ("Harvard's provost", True)])
def test_a_president_where_the_article_gives_a_provost_is_a_wrong_role(role: str, kept: bool) -> None:
    article = (
        "Strike ends at Harvard\n\nThe union singled out a statement from Harvard Provost Alan Garber that a "
        'contract is "something that we hope can be resolved in the month ahead." Garber said raises were '
        "on offer.\n"
    )
    dropped = _role_drops(article, "Alan Garber", role)
    assert ("actors[0].role" not in dropped) is kept, dropped


def test_a_deed_the_article_has_only_wanted_or_proposed_is_not_done() -> None:
    article = (
        "He said the university also wants to allocate an extra $800,000 for dental premiums. The agency is "
        "proposing to charge royalties on vented gas."
    )
    assert (
        claim_kind(article, "The university has allocated an extra $800,000 for dental premiums.") == "hedge"
    )
    assert claim_kind(article, "The agency has charged royalties on vented gas.") == "hedge"
    assert (
        claim_kind(article, "The university wants to allocate an extra $800,000 for dental premiums.") is None
    )


def test_a_stance_opening_on_reported_still_drops_the_articles_possibly() -> None:
    article = (
        "NOAA said in a news release last month that California sea lion pups have been found extremely "
        "underweight and dying, possibly because of an ocean with fewer things to eat."
    )
    dropped = "Reported that sea lion pups are dying because the ocean has fewer things to eat."
    assert claim_kind(article, dropped) == "hedge"
    assert claim_kind(article, dropped.replace("dying because", "dying, possibly because")) is None


def test_a_role_against_the_office_or_tie_an_apposition_or_title_gives_is_wrong() -> None:
    article = (
        "City weighs hookah ban\n\n"
        "The ban followed a recommendation from David McKeown, Toronto's Medical Officer of Health, that "
        "the council consider it. On Monday her boyfriend Alastair Uhlig found her at the house. The "
        "shooting of Michael Brown, by a white police officer, set off protests.\n"
    )

    def role(name: str, text: str) -> str | None:
        return _role_drops(article, name, text).get("actors[0].role")

    assert role("David McKeown", "City councillor who recommended the ban") == "role"
    assert role("David McKeown", "Toronto's medical officer of health") is None
    assert role("Alastair Uhlig", "Her brother, who found her") == "role"
    assert role("Michael Brown", "Man shot by a white officer") is None


def test_a_lawmakers_party_and_state_tag_describes_them() -> None:
    article = (
        "Senators delay hearing\n\n"
        "Committee Chairman Johnny Isakson, R-Ga., wrote a letter on Tuesday asking for documents about "
        "the nominee.\n\nThe hearing had been set for Wednesday. No new date was given.\n\n"
        "Sen. Jon Tester, D-Mont., said the review would take ten days.\n"
    )
    role = "actors[0].role"
    georgia, montana = "Georgia Republican who chairs the committee", "Montana Republican who chairs it"
    assert _role_drops(article, "Johnny Isakson", georgia).get(role) is None
    assert _role_drops(article, "Jon Tester", "Montana Democrat on the committee").get(role) is None
    assert _role_drops(article, "Johnny Isakson", montana).get(role) == "role"
    senator = "Republican senator from Georgia, the committee's chairman"  # the party beside the title
    assert _role_drops(article, "Johnny Isakson", senator).get(role) is None
    democrat = senator.replace("Republican", "Democratic")
    assert _role_drops(article, "Johnny Isakson", democrat).get(role) == "role"


def test_a_title_the_country_before_it_owns_is_that_countrys() -> None:
    article = (
        "Tanker seized\n\n"
        "LONDON — Britain's Foreign Secretary Jeremy Hunt warned Iran of serious consequences on Saturday "
        "if it does not release the British-flagged tanker. German officials said little.\n"
    )
    role = "actors[0].role"
    assert _role_drops(article, "Jeremy Hunt", "British Foreign Secretary").get(role) is None
    assert _role_drops(article, "Jeremy Hunt", "German Foreign Secretary").get(role) == "role"


def test_a_name_with_initials_of_the_articles_words_is_the_articles_name() -> None:
    article = (
        "Chairs that warm\n\n"
        "Researchers at the University of California, Berkeley, have developed a battery-operated chair. "
        "Edward Arens, the project's co-principal investigator, said it uses little power.\n"
    )
    role = "actors[0].role"
    berkeley = "Co-principal investigator of UC Berkeley's chair project"
    assert _role_drops(article, "Edward Arens", berkeley).get(role) is None
    assert _role_drops(article, "Edward Arens", berkeley.replace("Berkeley", "Davis")).get(role) == "role"


def test_the_country_a_headline_cut_at_its_colon_names_is_the_storys_subject() -> None:
    article = (
        "Julian Assange: Sweden drops rape investigation\n\n"
        "Prosecutors in Sweden have dropped an investigation into a rape allegation made in 2010.\n\n"
        "The case had been reopened in May. Witnesses were heard again. Their memories had faded.\n\n"
        'Deputy Director of Public Prosecution Eva-Marie Persson took the decision to "discontinue the '
        'investigation".\n\n'
        "The evidence was too weak, she said. No charge will follow.\n\n"
        "Assange has avoided extradition to Sweden for seven years.\n"
    )
    role, title = "actors[0].role", "Sweden's Deputy Director of Public Prosecution"
    assert _role_drops(article, "Eva-Marie Persson", title).get(role) is None
    assert _role_drops(article, "Eva-Marie Persson", title.replace("Sweden", "Norway")).get(role) == "role"


_OFFICES = (
    "Owners meet\n\n"
    "Dallas owner Jerry Jones spoke first. Yankees COO Lonn Trott and Randy Levine met the league. "
    "Gov. Ann Reyes said the team would stay, and Ed Park, a member of the public, cheered.\n"
)


_FORMS = (
    "Court rules\n\n"
    "Ontario Superior Court Justice Alan Rusk ruled on Monday. The government will appeal, Tom Hill said. "
    "Sen Mary Cole and Prof. Ian Ross agreed. The union's general secretaries, Ann Bell and Ray Dunn, "
    "did not.\n"
)


@pytest.mark.parametrize(
    ("article", "name", "role", "kept"),
    [
        (_OFFICES, "Jerry Jones", "Dallas owner and general manager", False),  # no one is a manager in it
        (_OFFICES, "Jerry Jones", "Dallas owner who spoke first", True),
        (_OFFICES, "Randy Levine", "Yankees president", False),
        (_OFFICES, "Ann Reyes", "Governor who said the team would stay", True),  # "Gov."
        (_OFFICES, "Ed Park", "Member of the public who cheered", True),
        # an office is a whole word in any of its forms
        (_FORMS, "Alan Rusk", "Ontario judge", True),  # a Justice is a judge; "Superior" is no superintendent
        (_FORMS, "Tom Hill", "Governor", False),  # "the government" names no governor
        (_FORMS, "Tom Hill", "Government official", True),
        (_FORMS, "Mary Cole", "Senator", True),  # "Sen" without its full stop
        (_FORMS, "Ian Ross", "Professor", True),
        (_FORMS, "Ann Bell", "General secretary of the union", True),  # "secretaries"
    ],
)
def test_a_role_names_no_office_the_article_never_names(
    article: str, name: str, role: str, kept: bool
) -> None:
    dropped = _role_drops(article, name, role)
    assert ("actors[0].role" not in dropped) is kept, dropped


_PLACES = (
    "Shop workers walk out\n\n"
    "Workers walked off the job in Richmond, Calif., on Friday. Tina Marsh, who works at a Marts store in "
    "Duarte, Calif., said she would strike too.\n\n"
    "Ali Karim, a farmer of Baroi village under Paba district, grows beans. Farmers in Godagari district "
    "grow rice.\n"
)


@pytest.mark.parametrize(
    ("name", "role", "kept"),
    [
        ("Tina Marsh", "Marts worker in Richmond, Calif.", False),  # the article has her in Duarte
        ("Tina Marsh", "Marts worker in Duarte, Calif., who backs the strike", True),
        ("Ali Karim", "Baroi farmer in Godagari district", False),  # Paba district's
        ("Ali Karim", "Bean farmer in Baroi village", True),
    ],
)
def test_a_roles_place_is_the_one_the_article_gives_the_actor(name: str, role: str, kept: bool) -> None:
    dropped = _role_drops(_PLACES, name, role)
    assert ("actors[0].role" not in dropped) is kept, dropped


def test_a_stance_put_back_in_the_articles_words_takes_a_persons_singular_verb() -> None:
    article = (
        "Hospital ward too small, surgeon says\n\n"
        "Dr. Mark Evans, a surgeon at Lakeside Hospital, said the new ward was too small to treat patients "
        "safely.\nThe hospital's board said the ward would open in May.\n"
    )
    draft = Draft(
        title="Hospital ward too small, surgeon says",
        summary="A surgeon says the new ward is too small.",
        actors=[Actor(name="Mark Evans", kind="person", role="Surgeon at Lakeside Hospital")],
        positions=[
            Position(  # hand-written, planted error: the negation flipped
                actor="Mark Evans",
                stance="Mark Evans says the new ward is not too small.",
                evidence=["the new ward was too small to treat patients safely"],
            )
        ],
        open_questions=[],
    )
    brief, _ = verify(draft, article, extract(article))
    stances = [p.stance for p in brief.positions]
    assert stances == ["Mark Evans says the new ward was too small to treat patients safely."]


_REACTIONS = (
    "The United Nations said on Monday that the settlements remain illegal under international law. "
    "Farmers near the river have complained about water for years. The harvest was poor again. "
    "Officials in the capital held a long meeting. "
    "The Arab League criticised the move in a statement from Cairo. "
    "Roads in the north were closed by snow. Schools stayed open. "
    "Negotiator Saeb Erekat vowed to seek an investigation at the court."
)


def test_each_subject_a_comma_or_and_joins_on_has_a_window_of_its_own() -> None:
    """A summary that sums up three reactions told far apart, joined by a comma and an "and" the parser
    may hang on the first verb as what was said."""
    fused = (
        "The United Nations said the settlements remain illegal, the Arab League criticised the move and "
        "Saeb Erekat vowed to seek an investigation."
    )
    assert claim_kind(_REACTIONS, fused) is None
    # each clause is still checked: one the article denies, one it does not have
    assert claim_kind(_REACTIONS, fused.replace("remain illegal", "are not illegal")) == "negation"
    assert claim_kind(_REACTIONS, fused.replace("vowed to seek", "ruled out")) == "support"


def test_an_indefinite_noun_after_a_comma_describes_the_object_and_starts_no_clause() -> None:
    from brief.extract import load_nlp
    from brief.verify.claims import Claim

    text = (
        "The lawmaker has filed a bill that would make the proposal a felony, a measure he concedes has no "
        "chance of passing, and the governor said he would veto it."
    )
    clauses = [c.text for c in Claim.of(text, load_nlp()(text)).clauses]
    assert clauses == [
        "The lawmaker has filed a bill that would make the proposal a felony, a measure he concedes has no "
        "chance of passing",
        "and the governor said he would veto it.",
    ]
