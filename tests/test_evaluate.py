"""The evaluation set (real articles + hand-made gold) and the scorer in brief.evaluate.run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from brief.errors import InputError
from brief.evaluate.claims import find_claims, is_question
from brief.evaluate.run import (
    ArticleScore,
    Gold,
    aggregate,
    evaluate_dir,
    format_table,
    load_gold,
    load_splits,
    score_brief,
)
from brief.evaluate.text import evidence_overlaps, name_key

EVAL = Path(__file__).resolve().parent / "fixtures" / "eval"
GOLDS = sorted(EVAL.glob("*.gold.json"))
NAMES = [p.name.removesuffix(".gold.json") for p in GOLDS]


def article(name: str) -> str:
    return (EVAL / f"{name}.txt").read_text(encoding="utf-8")


def gold_of(name: str) -> Gold:
    return load_gold(EVAL / f"{name}.gold.json")


def perfect_brief(gold: Gold, text: str) -> dict[str, Any]:
    """A brief that says exactly what the gold file says, with verbatim evidence everywhere."""
    evidence = [e for p in gold.positions for e in p.evidence]
    return {
        "title": text.splitlines()[0],
        "summary": "A short summary.",
        "actors": [
            {"name": a.name, "aliases": a.aliases, "kind": a.kind, "role": a.role} for a in gold.actors
        ],
        "positions": [{"actor": p.actor, "stance": p.stance, "evidence": p.evidence} for p in gold.positions],
        "open_questions": [
            {"question": q, "evidence": [evidence[i % len(evidence)]]}
            for i, q in enumerate(gold.open_questions)
        ],
    }


# --- the development set -------------------------------------------------------------------


def test_the_set_has_the_seed_and_at_least_25_real_articles() -> None:
    assert "seed_coalition" in NAMES
    assert len(NAMES) >= 25
    assert sorted(p.stem for p in EVAL.glob("*.txt")) == NAMES
    sources = (EVAL / "SOURCES.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in sources for name in NAMES)
    assert max(len(article(n).split()) for n in NAMES) > 3000


@pytest.mark.parametrize("name", NAMES)
def test_gold_aliases_and_evidence_occur_verbatim(name: str) -> None:
    text, gold = article(name), gold_of(name)
    missing = [a for actor in gold.actors for a in actor.aliases if a not in text]
    missing += [e for p in gold.positions for e in p.evidence if e not in text]
    assert missing == []


@pytest.mark.parametrize("name", NAMES)
def test_gold_positions_name_gold_actors_and_the_file_is_complete(name: str) -> None:
    gold = gold_of(name)
    names = [a.name for a in gold.actors]
    assert len(names) == len(set(names))
    assert {p.actor for p in gold.positions} <= set(names)
    assert 3 <= sum(a.salience == "core" for a in gold.actors) <= 8
    assert len(gold.open_questions) >= 3
    assert len(gold.must_not_claim) >= 3


@pytest.mark.parametrize("name", NAMES)
def test_perfect_brief_scores_one_everywhere(name: str) -> None:
    gold, text = gold_of(name), article(name)
    score = score_brief(perfect_brief(gold, text), gold, text, name=name)
    assert (score.core_recall, score.all_recall, score.actor_precision, score.position_recall) == (1, 1, 1, 1)
    assert score.verbatim_rate == 1.0
    assert score.questions == score.questions_with_evidence == len(gold.open_questions)
    assert score.mnc_flags == []


# --- actors ------------------------------------------------------------------------------------


@pytest.fixture
def seed() -> tuple[Gold, str]:
    return gold_of("seed_coalition"), article("seed_coalition")


def brief(**parts: Any) -> dict[str, Any]:
    return {"title": "T", "summary": "S.", "actors": [], "positions": [], "open_questions": [], **parts}


def test_invented_actor_lowers_precision_but_an_unlisted_mentioned_one_does_not(
    seed: tuple[Gold, str],
) -> None:
    gold, text = seed
    actors = [{"name": "Emmanuel Macron"}, {"name": "Petro Poroshenko"}, {"name": "CBS News"}]
    score = score_brief(brief(actors=actors), gold, text)
    assert score.invented_actors == ["Petro Poroshenko"]
    assert score.actor_precision == pytest.approx(2 / 3)


def test_alias_matching_ignores_case_curly_quotes_and_possessives(seed: tuple[Gold, str]) -> None:
    gold, text = seed
    actors = [{"name": "Ukraine's Volodymyr Zelensky"}, {"name": "kremlin"}, {"name": "ZELENSKY"}]
    score = score_brief(brief(actors=actors), gold, text)
    assert name_key("Ukraine’s Volodymyr Zelensky") == name_key("Ukraine's volodymyr zelensky")
    assert "Volodymyr Zelensky" not in score.missed_core and "Russia" not in score.missed_core
    assert score.actor_precision == 1.0


def test_the_unnamed_writer_is_one_actor_however_called() -> None:
    gold, text = gold_of("opinion_impeachment"), article("opinion_impeachment")
    assert "The columnist" in [a.name for a in gold.actors]  # the gold's name for the column's writer
    score = score_brief(brief(actors=[{"name": "The author"}]), gold, text)
    assert "The columnist" not in score.missed_core
    assert score.invented_actors == []
    assert score_brief(brief(actors=[{"name": "The editor"}]), gold, text).invented_actors == []
    assert score_brief(brief(actors=[{"name": "The authors"}]), gold, text).invented_actors == ["The authors"]


def test_core_and_all_recall(seed: tuple[Gold, str]) -> None:
    gold, text = seed
    score = score_brief(brief(actors=[{"name": "Macron"}, {"name": "Stubb"}]), gold, text)
    core = [a for a in gold.actors if a.salience == "core"]
    assert score.core_recall == pytest.approx(1 / len(core))
    assert score.all_recall == pytest.approx(2 / len(gold.actors))


# --- positions and evidence ---------------------------------------------------------------------


def test_position_recall_needs_the_same_actor_and_overlapping_evidence(seed: tuple[Gold, str]) -> None:
    gold, text = seed
    positions = [
        {"actor": "Zelensky", "stance": "s", "evidence": ["maximum protection for Ukraine’s skies"]},
        {"actor": "Putin", "stance": "s", "evidence": ["maximum protection for Ukraine’s skies"]},
    ]
    actors = [{"name": "Zelensky", "aliases": ["The Ukrainian leader"]}, {"name": "Putin"}]
    score = score_brief(brief(actors=actors, positions=positions), gold, text)
    assert score.position_recall == pytest.approx(1 / len(gold.positions))
    assert not any(m.startswith("Volodymyr Zelensky") for m in score.missed_positions)


def test_position_matched_through_the_brief_actors_aliases(seed: tuple[Gold, str]) -> None:
    gold, text = seed
    actors = [{"name": "Kremlin spokesman", "aliases": ["Dmitry Peskov"]}]
    positions = [{"actor": "Kremlin spokesman", "stance": "s", "evidence": ["Definitely not, they cannot."]}]
    score = score_brief(brief(actors=actors, positions=positions), gold, text)
    assert not any(m.startswith("Dmitry Peskov") for m in score.missed_positions)


def test_evidence_overlap_is_containment_or_a_six_word_run() -> None:
    gold = "Russia had no veto on Western troops being deployed to Ukraine"
    assert evidence_overlaps("no veto on Western troops", gold)
    assert evidence_overlaps("Rutte: Russia had no veto on Western troops, he said", gold)
    assert not evidence_overlaps("Russia had no say", gold)
    assert not evidence_overlaps("Ukraine", gold)


def test_paraphrased_evidence_lowers_the_verbatim_rate(seed: tuple[Gold, str]) -> None:
    gold, text = seed
    positions = [
        {"actor": "Rutte", "stance": "s", "evidence": ["It's not for them to decide."]},  # straight quote: ok
        {"actor": "Rutte", "stance": "s", "evidence": ["Russia has no veto over Western troops in Ukraine"]},
    ]
    questions = [
        {"question": "Will Russia   have a veto?", "evidence": ["Russia had  no veto\non Western troops"]}
    ]
    score = score_brief(brief(positions=positions, open_questions=questions), gold, text)
    assert (score.evidence_found, score.evidence_total) == (2, 3)
    assert score.verbatim_rate == pytest.approx(2 / 3)
    assert score.unverified_evidence == ["Russia has no veto over Western troops in Ukraine"]
    assert (score.questions, score.questions_with_evidence) == (1, 1)


def test_a_brief_without_evidence_has_no_verbatim_rate(seed: tuple[Gold, str]) -> None:
    gold, text = seed
    score = score_brief(brief(open_questions=[{"question": "What next?"}]), gold, text)
    assert score.verbatim_rate is None
    assert (score.questions, score.questions_with_evidence) == (1, 0)


def test_a_malformed_brief_is_an_input_error(seed: tuple[Gold, str]) -> None:
    gold, text = seed
    with pytest.raises(InputError, match=r"^brief x is not a valid brief at positions\.0\.evidence"):
        score_brief(brief(positions=[{"actor": "A", "stance": "s", "evidence": []}]), gold, text, name="x")


# --- attribution, duplicate actors, non-actors ------------------------------------------------


def test_attribution_precision_counts_evidence_under_the_right_gold_actor(seed: tuple[Gold, str]) -> None:
    gold, text = seed
    actors = [{"name": "Zelensky"}, {"name": "Kremlin spokesman", "aliases": ["Peskov"]}, {"name": "Putin"}]
    positions = [
        {"actor": "Zelensky", "stance": "s", "evidence": ["maximum protection for Ukraine’s skies"]},  # right
        {
            "actor": "Kremlin spokesman",
            "stance": "s",
            "evidence": ["Definitely not, they cannot."],
        },  # via alias
        # Rutte's words under Putin: wrong; a string no gold position holds is not judged
        {"actor": "Putin", "stance": "s", "evidence": ["It’s not for them to decide.", "Mr Putin said"]},
    ]
    score = score_brief(brief(actors=actors, positions=positions), gold, text)
    assert (score.evidence_judged, score.evidence_attributed) == (3, 2)
    assert score.attribution_precision == pytest.approx(2 / 3)
    assert score.misattributed_evidence == ["Putin: It’s not for them to decide."]


def test_attribution_matches_short_evidence_by_its_place_in_the_article(seed: tuple[Gold, str]) -> None:
    gold, text = seed
    # two words: too short for evidence_overlaps, but it sits inside Peskov's gold span in the article
    positions = [{"actor": "Macron", "stance": "s", "evidence": ["Definitely not"]}]
    score = score_brief(brief(actors=[{"name": "Macron"}], positions=positions), gold, text)
    assert (score.evidence_judged, score.attribution_precision) == (1, 0.0)
    assert score_brief(brief(), gold, text).attribution_precision is None


def test_two_brief_actors_for_one_gold_actor_are_a_duplicate(seed: tuple[Gold, str]) -> None:
    gold, text = seed
    actors = [
        {"name": "Volodymyr Zelensky"},
        {"name": "The Ukrainian leader"},
        {"name": "Macron", "aliases": ["the French president"]},  # one actor with an alias: no duplicate
        {"name": "Russia", "aliases": ["Moscow"]},
        {"name": "the Kremlin"},
    ]
    score = score_brief(brief(actors=actors), gold, text)
    assert score.duplicate_actors == [
        "Volodymyr Zelensky: Volodymyr Zelensky / The Ukrainian leader",
        "Russia: Russia / the Kremlin",
    ]


def test_quantity_words_and_listed_non_actors_are_non_actors(seed: tuple[Gold, str]) -> None:
    gold, text = seed
    gold = gold.model_copy(update={"not_actors": ["Middle Britain"]})
    actors = [
        {"name": "Millions"},
        {"name": "Thousands of"},
        {"name": "26"},
        {"name": "Middle Britain", "kind": "country"},
        {"name": "Macron"},
        {"name": "CBS News"},  # not in the gold file, but a named organisation: not a non-actor
        {"name": "35 countries"},  # a gold alias: an actor
    ]
    score = score_brief(brief(actors=actors), gold, text)
    assert score.non_actors == ["Millions", "Thousands of", "26", "Middle Britain"]


def test_perfect_briefs_have_no_duplicates_non_actors_or_misattribution() -> None:
    for name in NAMES:
        gold, text = gold_of(name), article(name)
        score = score_brief(perfect_brief(gold, text), gold, text, name=name)
        assert (score.duplicate_actors, score.non_actors, score.misattributed_evidence) == ([], [], []), name
        assert score.attribution_precision == 1.0, name


# --- must_not_claim -----------------------------------------------------------------------------


def test_asserted_claim_is_flagged_but_the_same_claim_as_a_question_is_not(seed: tuple[Gold, str]) -> None:
    gold, text = seed
    asserted = brief(summary="Macron spoke in Paris. Putin and Zelensky agreed to meet in Moscow next week.")
    questioned = brief(
        summary="Macron spoke in Paris.",
        open_questions=[{"question": "Will Putin and Zelensky agree to meet in Moscow?"}],
    )
    flags = score_brief(asserted, gold, text).mnc_flags
    assert [(f.claim, f.field) for f in flags] == [
        ("Putin and Zelensky agreed to meet in Moscow.", "summary[1]")
    ]
    assert score_brief(questioned, gold, text).mnc_flags == []


def test_denied_or_hedged_claims_are_not_flagged(seed: tuple[Gold, str]) -> None:
    claims = ["A ceasefire between Russia and Ukraine has been agreed."]
    assert find_claims({"summary": "A ceasefire between Russia and Ukraine has been agreed."}, claims)
    assert not find_claims({"summary": "No ceasefire between Russia and Ukraine has been agreed."}, claims)
    assert not find_claims({"summary": "Ukraine wants a ceasefire with Russia agreed before talks."}, claims)


def test_claim_numbers_and_names_must_all_appear() -> None:
    claims = ["All 35 countries at the summit committed to sending troops."]
    assert not find_claims({"summary": "26 of the 35 countries at the summit committed troops."}, claims)
    assert find_claims({"summary": "All 35 countries at the summit committed to sending troops."}, claims)
    spelled = ["Marsh had been the city's harbour master for more than twenty years."]
    assert not find_claims({"title": "Harbour master Dan Marsh of the city resigns"}, spelled)
    assert find_claims({"summary": "Marsh had been the city's harbour master for twenty years."}, spelled)


def test_claim_figures_must_be_paired_as_the_claim_pairs_them() -> None:
    claims = ["The survey found that 41 percent of voters backed the levy in 2019."]
    both = "The survey found that 35 percent of voters backed the levy in 2019 and 41 percent in 2023."
    assert not find_claims({"summary": both}, claims)
    assert find_claims({"summary": "The survey found 41 percent of voters backed the levy in 2019."}, claims)


def test_a_sentence_initial_name_is_a_name_too() -> None:
    claims = ["Germany committed to deploying ground troops in Ukraine."]
    lead = (
        "Twenty-six Western allies have formally committed to deploying troops “by land, sea or air” to "
        "Ukraine the day after a ceasefire deal is agreed, Emmanuel Macron has said."
    )
    assert not find_claims({"summary": lead}, claims)
    assert find_claims({"summary": "Germany has committed to deploying troops in Ukraine."}, claims)
    assert find_claims({"summary": "Berlin says Germany committed ground troops to Ukraine."}, claims)


def test_the_claims_predicate_must_be_asserted() -> None:
    arbitration = ["Carlson's employment dispute is an arbitration case."]
    clause = (
        "Carlson’s Fox contract had a clause that mandated that employment disputes be resolved in private "
        "arbitration."
    )
    assert not find_claims({"summary": clause}, arbitration)
    said = "Carlson's employment dispute is an arbitration case, her contract said."
    assert find_claims({"summary": said}, arbitration)
    cap = ["The City Council passed a cap on for-hire vehicles."]
    proud = "The Council is proud to take the lead on reforming for-hire vehicles in New York City."
    assert not find_claims({"summary": proud}, cap)
    assert find_claims({"summary": "The City Council has passed a cap on for-hire vehicles."}, cap)
    cancelled = ["The tariffs scheduled for Dec. 15 have been cancelled."]
    gerund = "Cancelling the tariffs scheduled for Dec. 15 requires deeper concessions from China."
    assert not find_claims({"summary": gerund}, cancelled)
    assert find_claims({"summary": "The tariffs scheduled for Dec. 15 were cancelled on Friday."}, cancelled)


def test_apparent_or_alleged_facts_are_hedged() -> None:
    claims = ["Trump paid someone to poison Megyn Kelly's coffee."]
    apparent = "Trump allegedly paid someone to poison Megyn Kelly's coffee, a Fox source says."
    assert not find_claims({"summary": apparent}, claims)
    assert find_claims({"summary": "Trump paid someone to poison Megyn Kelly's coffee."}, claims)


def test_stances_and_roles_are_read_with_the_actors_name() -> None:
    claims = ["Trump has agreed to roll back existing tariffs on Chinese goods."]
    agrees = {"actor": "Donald Trump", "stance": "Agrees: to roll back existing tariffs on Chinese goods"}
    flags = find_claims({"positions": [{**agrees, "evidence": []}]}, claims)
    assert [(f.field, f.sentence) for f in flags] == [
        ("positions[0].stance", f"Donald Trump: {agrees['stance']}")
    ]
    role = {"name": "Donald Trump", "role": "agreed to roll back existing tariffs on Chinese goods"}
    assert find_claims({"actors": [role]}, claims)
    threat = {
        "actor": "Roger Ailes",
        "stance": "Threatening: to fly to France to save his job",
        "evidence": [],
    }
    flew = ["Ailes flew to France to save his job."]
    assert not find_claims({"positions": [threat]}, flew)
    assert find_claims({"summary": flew[0]}, flew)


def test_questions_are_recognised() -> None:
    assert is_question("Will the US send troops?")
    assert is_question("Whether the deal holds")
    assert not is_question("The US will send troops.")


# --- gold files ---------------------------------------------------------------------------------


def write_gold(tmp_path: Path, data: Any, name: str = "x.gold.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def minimal_gold() -> dict[str, Any]:
    return {
        "actors": [
            {"name": "A", "aliases": [], "kind": "person", "role": "", "salience": "core"},
            {"name": "B", "aliases": [], "kind": "group", "role": "", "salience": "minor"},
            {"name": "C", "aliases": [], "kind": "country", "role": "", "salience": "minor"},
        ],
        "positions": [{"actor": "A", "stance": "s", "evidence": ["e"]}],
        "open_questions": [],
        "must_not_claim": [],
    }


GOLD_ERRORS = [
    ("actors", 2, "salience", "major", "actors[2].salience must be 'core' or 'minor'"),
    ("actors", 0, "kind", None, "actors[0].kind is missing; add it"),
    ("actors", 1, "alias", [], "actors[1].alias is not a gold field"),
    ("actors", 1, "aliases", "B", "actors[1].aliases must be a valid list"),
    ("positions", 0, "actor", "Z", "positions[0].actor 'Z' is not an actor name"),
    ("positions", 0, "evidence", [3], "positions[0].evidence[0] must be a valid string"),
]


@pytest.mark.parametrize(("part", "index", "key", "value", "message"), GOLD_ERRORS)
def test_gold_file_errors_name_the_place_and_the_fix(
    tmp_path: Path, part: str, index: int, key: str, value: Any, message: str
) -> None:
    data = minimal_gold()
    if value is None:
        del data[part][index][key]
    else:
        data[part][index][key] = value
    with pytest.raises(InputError) as info:
        load_gold(write_gold(tmp_path, data))
    assert str(info.value).startswith(f"x.gold.json: {message}")
    assert "\n" not in str(info.value)


def test_gold_file_that_is_not_json_or_missing(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^x\.gold\.json: not valid JSON \(line 1 column 2"):
        load_gold(write_gold(tmp_path, "{actors: []}"))
    with pytest.raises(InputError, match="cannot read gold file"):
        load_gold(tmp_path / "missing.gold.json")


# --- evaluate_dir, totals and the table ----------------------------------------------------------


def copy_set(tmp_path: Path, names: list[str]) -> Path:
    folder = tmp_path / "set"
    folder.mkdir()
    for name in names:
        for suffix in (".txt", ".gold.json"):
            (folder / f"{name}{suffix}").write_text((EVAL / f"{name}{suffix}").read_text("utf-8"), "utf-8")
    return folder


def test_evaluate_dir_runs_the_pipeline_on_every_article(tmp_path: Path) -> None:
    folder = copy_set(tmp_path, ["seed_coalition", "trade_us_china"])
    seen: list[str] = []

    def run(path: Path) -> tuple[dict[str, Any], float, int]:
        seen.append(path.name)
        return perfect_brief(gold_of(path.stem), path.read_text("utf-8")), 2.5, 1000

    report = evaluate_dir(folder, run=run)
    assert seen == ["seed_coalition.txt", "trade_us_china.txt"]
    assert [a.seconds for a in report.articles] == [2.5, 2.5]
    assert report.totals.tokens == 2000 and report.totals.seconds_max == 2.5
    assert report.verbatim_ok
    assert json.loads(report.to_json())["totals"]["core_recall"] == 1.0


def test_evaluate_dir_reads_briefs_and_names_what_is_missing(tmp_path: Path) -> None:
    folder = copy_set(tmp_path, ["seed_coalition", "health_meth_campaign"])
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    seed = perfect_brief(gold_of("seed_coalition"), article("seed_coalition"))
    seed["usage"] = {"prompt_tokens": 700, "completion_tokens": 300}
    (briefs / "seed_coalition.json").write_text(json.dumps(seed), "utf-8")
    with pytest.raises(
        InputError, match=r"^brief health_meth_campaign\.json not found in .*: run `brief run`"
    ):
        evaluate_dir(folder, briefs_dir=briefs)
    (folder / "health_meth_campaign.txt").unlink()
    (folder / "extra.txt").write_text("An article without gold.", "utf-8")
    with pytest.raises(
        InputError, match=r"^extra\.gold\.json is missing in .*: write the gold file for extra\.txt"
    ):
        evaluate_dir(folder, briefs_dir=briefs)
    (folder / "extra.txt").unlink()
    report = evaluate_dir(folder, briefs_dir=briefs)
    assert report.articles[0].tokens == 1000 and report.articles[0].seconds is None


def test_every_article_has_a_split_and_the_halves_are_even() -> None:
    splits = load_splits(EVAL)
    assert sorted(splits) == NAMES
    halves = [n for n in NAMES if splits[n] in ("tune", "check")]  # check2/3: added later, scored first
    later = [n for n in NAMES if n not in halves]
    assert (
        len(halves) >= 26
        and len(later) >= 16
        and {splits[n] for n in later} == {f"check{k}" for k in range(2, 16)}
    )
    tune = [n for n in halves if splits[n] == "tune"]
    assert abs(2 * len(tune) - len(halves)) <= 1
    prefixes = {n.split("_")[0] for n in halves}
    # every genre with two or more articles appears in both halves
    for prefix in prefixes:
        names = [n for n in halves if n.startswith(prefix + "_")]
        if len(names) >= 2:
            assert {splits[n] for n in names} == {"tune", "check"}, prefix


def test_evaluate_dir_scores_one_split(tmp_path: Path) -> None:
    folder = copy_set(tmp_path, ["seed_coalition", "trade_us_china", "health_meth_campaign"])

    def run(path: Path) -> tuple[dict[str, Any], float, int]:
        return perfect_brief(gold_of(path.stem), path.read_text("utf-8")), 1.0, 0

    with pytest.raises(InputError, match=r"^splits\.json not found in .*leave out --split"):
        evaluate_dir(folder, run=run, split="tune")
    (folder / "splits.json").write_text('{"seed_coalition": "tune", "trade_us_china": "check"}', "utf-8")
    with pytest.raises(InputError, match=r"^health_meth_campaign has no split in splits\.json"):
        evaluate_dir(folder, run=run, split="tune")
    with pytest.raises(InputError, match=r"^unknown split 'dev'"):
        evaluate_dir(folder, run=run, split="dev")
    (folder / "splits.json").write_text(
        '{"seed_coalition": "tune", "trade_us_china": "check", "health_meth_campaign": "check"}', "utf-8"
    )
    assert [a.name for a in evaluate_dir(folder, run=run, split="check").articles] == [
        "health_meth_campaign",
        "trade_us_china",
    ]
    assert len(evaluate_dir(folder, run=run).articles) == 3
    (folder / "splits.json").write_text('{"seed_coalition": "half"}', "utf-8")
    with pytest.raises(
        InputError,
        match=r"^splits\.json: must map each article name to one of: tune, check, check2, check3, check4, "
        r"check5, check6, check7, check8, check9, check10, check11, check12, check13, check14, check15",
    ):
        load_splits(folder)


def test_evaluate_dir_needs_one_source_of_briefs_and_a_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="exactly one source"):
        evaluate_dir(EVAL)
    with pytest.raises(InputError, match="evaluation folder not found"):
        evaluate_dir(tmp_path / "nope", briefs_dir=tmp_path)
    with pytest.raises(InputError, match=r"no NAME\.txt articles"):
        evaluate_dir(tmp_path, briefs_dir=tmp_path)


def score(name: str, found: int, total: int, **extra: Any) -> ArticleScore:
    fields: dict[str, Any] = dict(
        name=name, core_recall=1.0, all_recall=0.5, actor_precision=1.0, position_recall=0.5,
        verbatim_rate=found / total if total else None, evidence_found=found, evidence_total=total,
        questions=3, questions_with_evidence=2, mnc_flags=[], missed_core=[], invented_actors=[],
        missed_positions=[], unverified_evidence=[], attribution_precision=None, evidence_judged=0,
        evidence_attributed=0, duplicate_actors=[], non_actors=[], misattributed_evidence=[],
    )  # fmt: skip
    return ArticleScore(**{**fields, **extra})


def test_aggregate_pools_the_verbatim_rate_and_means_the_rest() -> None:
    a = score(
        "a", 1, 1, core_recall=0.5, evidence_judged=3, evidence_attributed=3, duplicate_actors=["X: x / X"]
    )
    b = score(
        "b", 1, 3, seconds=4.0, tokens=10, evidence_judged=1, evidence_attributed=0, non_actors=["Millions"]
    )
    totals = aggregate([a, b])
    assert totals.attribution_precision == pytest.approx(3 / 4)
    assert (totals.duplicate_actors, totals.non_actors) == (1, 1)
    assert aggregate([score("c", 0, 0)]).attribution_precision is None
    assert totals.verbatim_rate == pytest.approx(0.5)
    assert totals.core_recall == pytest.approx(0.75)
    assert (totals.questions_with_evidence, totals.questions, totals.min_questions_with_evidence) == (4, 6, 2)
    assert (totals.seconds_mean, totals.tokens) == (4.0, 10)


def test_format_table_has_a_row_per_article_and_a_total_row() -> None:
    scores = [score("seed_coalition", 3, 3, seconds=12.25, tokens=900), score("opinion", 0, 0)]
    lines = format_table(scores, aggregate(scores)).splitlines()
    header = (
        "article core_rec all_rec precision pos_rec attrib dups non_act verbatim questions mnc seconds tokens"
    )
    assert lines[0].split() == header.split()
    assert lines[2].split() == [
        "seed_coalition", "1.00", "0.50", "1.00", "0.50", "-", "0", "0", "1.00", "2/3", "0", "12.2", "900",
    ]  # fmt: skip
    assert lines[3].split()[8] == "-"
    assert lines[-1].split()[:10] == ["TOTAL", "1.00", "0.50", "1.00", "0.50", "-", "0", "0", "1.00", "4/6"]
    assert len({len(line) for line in lines[:2]}) == 1


def test_a_claim_figure_must_be_its_own_verbs_not_a_coordinated_ones() -> None:
    claims = ["Congress first created the fuel mandate in 2007."]
    both = "Congress: created the fuel mandate in 2005 and expanded it in 2007"
    assert not find_claims({"actors": [{"name": "Congress", "role": both}]}, claims)
    once = "Congress created the fuel mandate in 2007 and expanded it later."
    assert find_claims({"summary": once}, claims)
