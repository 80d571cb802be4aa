"""Multi-source briefs (``brief.daily.multi``, ``differ``, ``figures``, ``stories``) on real articles.

The articles are the story-clustering fixture's (``tests/fixtures/clusters``, provenance and the
disagreements verified by reading in its SOURCES.md), briefed with the extractive engine: no model.
"""

from __future__ import annotations

import html
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import brief.cli.daily  # noqa: F401  (registers the command)
from brief.cli import app
from brief.config import Settings
from brief.daily.dates import date_differences, days
from brief.daily.digest import load_digest
from brief.daily.figures import figures
from brief.daily.match import actor_key
from brief.daily.measures import measure_differences, measures
from brief.daily.multi import Reported, merge_story
from brief.daily.stories import render_story
from brief.daily.story import SourceRef, StoryBrief
from brief.pipeline.job import summarise
from brief.prompts import PromptLibrary
from brief.read.articles import Article, article_from_text
from brief.schema import Actor, Brief, Grounding, Position, Source

FIXTURE = Path(__file__).parent / "fixtures" / "clusters"
BEIRUT = ["naharnet", "irishtimes", "deccanherald", "logisticsgulf"]


@cache
def _meta() -> dict[str, Any]:
    meta: dict[str, Any] = json.loads((FIXTURE / "clusters.json").read_text(encoding="utf-8"))
    return meta


def _article(name: str) -> Article:
    about = _meta()["articles"][name]
    text = (FIXTURE / name).read_text(encoding="utf-8")
    return article_from_text(text, source=name, url=about["url"], published=about["published"])


@cache
def _beirut() -> tuple[StoryBrief, dict[str, str]]:
    """The Beirut story from four outlets, and each outlet's article text."""
    sources, texts = [], {}
    for outlet in BEIRUT:
        name = f"beirut_explosion_{outlet}.txt"
        article = _article(name)
        brief = summarise(article, backend=None, settings=Settings(engine="extractive"))
        label = _meta()["articles"][name]["outlet"]
        ref = SourceRef(id=article.id, outlet=label, title=brief.title, url=article.url)
        sources.append(Reported(ref, brief, article.text))
        texts[label] = article.text
    return merge_story(sources, lead=sources[0].ref.id), texts


# --- figures ------------------------------------------------------------------------------------------


def test_a_figure_is_a_number_and_what_it_counts_within_a_sentence() -> None:
    text = (
        "A blast wave swept Beirut, killing at least 100 people and injuring nearly 4,000. "
        "Officials said 35 foreigners were killed. It held 2,750 tonnes of ammonium nitrate, stored "
        "since 2014. Turnout rose 13% to 3,000."
    )
    found = [(f.counted, f.value, f.text) for f in figures(text)]
    assert found == [
        ("killed", 100, "killing at least 100 people"),
        ("injured", 4000, "injuring nearly 4,000"),
        ("foreigners killed", 35, "35 foreigners were killed"),
        ("tonnes", 2750, "2,750 tonnes"),
    ]
    assert all(text[f.start : f.end] == f.text for f in figures(text))


# --- the Beirut story ---------------------------------------------------------------------------------


def test_the_beirut_story_shows_the_outlets_different_death_tolls() -> None:
    story, texts = _beirut()
    killed = next(d for d in story.differences if d.kind == "figure" and d.about == "killed")
    tolls = {c.outlet: c.value for c in killed.claims}
    # SOURCES.md, verified by reading: at least 50 (Naharnet), 100 (Irish Times), 63 (Deccan Herald),
    # 73 (Logistics Gulf, AFP).
    assert tolls == {"Naharnet": 50, "The Irish Times": 100, "Deccan Herald": 63, "Logistics Gulf News": 73}
    deccan = next(c for c in killed.claims if c.outlet == "Deccan Herald")
    assert deccan.text == "at least 63 people were killed" and deccan.speaker == "Hamad Hassan"
    assert [(c.outlet, c.text) for c in killed.also] == [("Logistics Gulf News", "157 deaths")]
    for claim in [c for d in story.differences for c in (*d.claims, *d.also)]:
        assert claim.text in texts[claim.outlet] and claim.sentence in texts[claim.outlet]


def test_the_beirut_story_says_who_each_outlet_says_gave_the_tonnage() -> None:
    story, _ = _beirut()
    said = next(d for d in story.differences if d.kind == "attribution")
    # The Irish Times: "President Michel Aoun said 2,750 tonnes ..."; Logistics Gulf: "Prime Minister
    # Hassan Diab said that 2,750 tons ...".
    assert [(c.outlet, c.text, c.speaker) for c in said.claims] == [
        ("The Irish Times", "2,750 tonnes", "Michel Aoun"),
        ("Logistics Gulf News", "2,750 tons", "Hassan Diab"),
    ]


def test_actors_are_merged_across_outlets_never_twice() -> None:
    story, _ = _beirut()
    names = [actor_key(a.name) for a in story.actors]
    assert len(names) == len(set(names))
    for actor in story.actors:
        for other in story.actors:
            if other is not actor:
                assert actor_key(actor.name) not in {actor_key(f) for f in (other.name, *other.aliases)}
    outlets = {a.name: a.outlets for a in story.actors}
    assert outlets["Hassan Diab"] == ["Naharnet", "Logistics Gulf News"]
    assert outlets["Michel Aoun"] == ["The Irish Times", "Deccan Herald"]
    assert outlets["Abbas Ibrahim"] == ["Deccan Herald", "Logistics Gulf News"]


def test_every_quote_is_labelled_and_verbatim_in_its_own_outlets_article() -> None:
    story, texts = _beirut()
    actors = {a.name for a in story.actors}
    quotes = [q for p in story.positions for q in p.quotes]
    assert len({q.outlet for q in quotes}) == 4
    for position in story.positions:
        assert position.actor in actors
    for quote in quotes:
        assert quote.text in texts[quote.outlet]
    diab = [q.outlet for p in story.positions if p.actor == "Hassan Diab" for q in p.quotes]
    assert set(diab) == {"Naharnet", "Logistics Gulf News"}  # one actor, quoted by two outlets


def test_the_story_markdown_sets_the_sources_side_by_side() -> None:
    story, _ = _beirut()
    text = render_story(story, PromptLibrary(), date="2020-08-05")
    assert (
        "## Where the sources differ\n\n### Killed: different figures\n\n| Outlet | Says | Attributed to |"
        in text
    )
    assert "| Deccan Herald | “at least 63 people were killed” | Hamad Hassan |" in text
    assert "| Naharnet | “killed at least 50 people” |" in text
    assert "### “2,750 tonnes”: said by different people" in text
    assert "> at least 63 people were killed and 3,000 were injured — _Deccan Herald_" in text


def test_one_actors_statements_that_disagree_are_listed() -> None:
    def brief(sid: str, stance: str) -> Reported:
        made = Brief(
            title="Port deal",
            summary="The port deal.",
            actors=[Actor(name="Anna Berg", kind="person")],
            positions=[Position(actor="Anna Berg", stance=stance, evidence=[stance])],
            grounding=Grounding(score=1.0),
            source=Source(id=sid),
        )
        return Reported(SourceRef(id=sid, outlet=f"outlet-{sid}", title="Port deal"), made, stance)

    story = merge_story(
        [brief("a", "Berg agreed to the port deal"), brief("b", "Berg has not agreed to the port deal")],
        lead="a",
    )
    [difference] = story.differences
    assert difference.kind == "statement" and difference.about == "Anna Berg"
    assert [c.text for c in difference.claims] == [
        "Berg agreed to the port deal",
        "Berg has not agreed to the port deal",
    ]
    with pytest.raises(ValueError, match="at least two sources"):
        merge_story([brief("a", "Berg agreed")], lead="a")


# --- brief daily --------------------------------------------------------------------------------------

DAY = {  # 8 articles, 3 events
    "beirut_explosion": ["deccanherald", "irishtimes", "logisticsgulf"],
    "christchurch_shooting": ["lep", "straitstimes", "thenationalnews"],
    "thai_cave_rescue": ["fastgoal", "yahoo7"],
}


# --- measures and dates -------------------------------------------------------------------------------


def _story(event: str) -> StoryBrief:
    sources = []
    for name in sorted(n for n, a in _meta()["articles"].items() if a["event"] == event):
        article = _article(name)
        brief = summarise(article, backend=None, settings=Settings(engine="extractive"))
        label = _meta()["articles"][name]["outlet"]
        sources.append(
            Reported(SourceRef(id=article.id, outlet=label, title=brief.title), brief, article.text)
        )
    return merge_story(sources, lead=sources[0].ref.id)


def test_lengths_in_different_units_are_compared_by_value() -> None:
    found = measures("The 400-metre-long ship, about 160 km (100 miles) away, 62 kilometres south; $400m.")
    assert [(m.text, m.unit, round(m.base)) for m in found] == [
        ("400-metre-long", "metre", 400),
        ("160 km", "kilometre", 160_000),  # "(100 miles)" restates it
        ("62 kilometres", "kilometre", 62_000),
    ]
    same = [("a.com", "1", "The ship is 400 metres long."), ("b.com", "2", "The ship is 1,312 feet long.")]
    assert measure_differences(same) == []
    # The Ever Given in the fixture: the Week says 430 feet (131 m), the Quint 400 metres (1,312 ft).
    story = _story("suez_refloat")
    length = next(d for d in story.differences if d.kind == "measure")
    assert {(c.outlet, c.text, c.converted) for c in length.claims} == {
        ("The Week (business briefing)", "430-foot", "≈ 131 m"),
        ("The Quint", "400-metre-long", "≈ 1,312 ft"),
    }
    text = render_story(story, PromptLibrary(), date="2021-03-29")
    assert "### Length: different measures\n" in text
    assert "| The Quint | “400-metre-long” (≈ 1,312 ft) | — |" in text


def test_one_action_given_different_days_is_a_difference_and_nothing_else_is() -> None:
    one = "The container ship ran aground in the canal on Tuesday after a gust of wind. Tugs came on Friday."
    other = "The giant vessel ran aground on Wednesday, blocking the canal. Salvage began late Friday."
    found = date_differences([("a.com", "1", one), ("b.com", "2", other)])
    assert [(d.kind, [c.text for c in d.claims]) for d in found] == [
        ("date", ["aground in the canal on Tuesday", "aground on Wednesday, blocking the canal"])
    ]
    assert [d.text for d in days("He said Friday was dark; by Monday, or last Sunday, on 29 March.")] == [
        "29 March"
    ]
    # not the same words near the day, or an outlet giving the action two days: no difference
    unrelated = [("a.com", "1", one), ("b.com", "2", "Crowds gathered in the canal city on Wednesday.")]
    assert date_differences(unrelated) == []
    two_days = "Four boys were rescued on Monday. Four boys were rescued on Tuesday."
    assert (
        date_differences([("a.com", "1", "Four boys were rescued on Tuesday."), ("b.com", "2", two_days)])
        == []
    )
    # the fixture's ten events (days from Sunday to Saturday, several per event): none is reported
    events = [a["event"] for a in _meta()["articles"].values()]
    for event in sorted(e for e in set(events) if events.count(e) > 1):
        assert not [d for d in _story(event).differences if d.kind == "date"], event


def _page(name: str) -> str:
    """The fixture article as a web page with its URL and date, as a saved page would have them."""
    about = _meta()["articles"][name]
    title, _, body = (FIXTURE / name).read_text(encoding="utf-8").partition("\n\n")
    paragraphs = "".join(f"<p>{html.escape(p)}</p>\n" for p in body.split("\n\n") if p.strip())
    return (
        f"<!DOCTYPE html><html><head><title>{html.escape(title)}</title>\n"
        f'<link rel="canonical" href="{about["url"]}">\n'
        f'<meta property="article:published_time" content="{about["published"]}">\n'
        f"</head><body><article><h1>{html.escape(title)}</h1>\n{paragraphs}</article></body></html>\n"
    )


def test_brief_daily_makes_one_story_per_event(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for event, outlets in DAY.items():
        for outlet in outlets:
            name = f"{event}_{outlet}.txt"
            (inbox / name).with_suffix(".html").write_text(_page(name), encoding="utf-8")
    out = tmp_path / "out"
    args = ["daily", str(inbox), "--date", "2020-08-05", "--engine", "extractive", "--output-dir", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    assert "Stories: 3 stories from 8 articles (3 from several outlets)\n" in result.stderr
    folder = out / "2020-08-05"
    digest = load_digest(folder / "index.json")
    assert [len(entries) for _, entries in digest.grouped] == [3, 3, 2]
    beirut = next(g for g, _ in digest.grouped if "Beirut" in g.title)
    assert beirut.file.endswith("-sources.md")
    for suffix in (".md", ".json", ".html"):
        assert (folder / beirut.file).with_suffix(suffix).is_file()
    story = StoryBrief.model_validate_json((folder / beirut.file).with_suffix(".json").read_bytes())
    assert {s.outlet for s in story.sources} == {"deccanherald.com", "irishtimes.com", "logisticsgulf.com"}
    index = (folder / "index.md").read_text(encoding="utf-8")
    assert len(re.findall(r"\n## \d+\. ", index)) == 3 and "stories: 3\narticles: 8\n" in index
    assert f"[full story, all sources]({beirut.file})" in index
    for entry in next(e for g, e in digest.grouped if g is beirut):
        assert f"[{entry.where}]({entry.file})" in index  # each outlet links to its own brief
    assert "- **killed**: deccanherald.com “at least 63 people were killed” (Hamad Hassan)" in index
    page = (folder / "index.html").read_text(encoding="utf-8")
    local = {h for h in re.findall(r'href="([^"]+)"', page) if "://" not in h}
    assert Path(beirut.file).with_suffix(".html").name in local and not any(h.endswith(".md") for h in local)

    # The next run has only one Beirut article: no Beirut story, and its old multi-source brief goes.
    for outlet in DAY["beirut_explosion"][1:]:
        (inbox / f"beirut_explosion_{outlet}.html").unlink()
    assert CliRunner().invoke(app, args).exit_code == 0
    assert not (folder / beirut.file).exists() and not (folder / beirut.file).with_suffix(".json").exists()
