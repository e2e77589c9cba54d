"""The segmentation development kit: simulator (tools/segdev) and scorer (benchmarks/bench_segment.py).

Runs on the committed article excerpt only (tools/segdev/excerpt), never the network."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXCERPT = ROOT / "tools" / "segdev" / "excerpt"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


simulate = _load("segdev_simulate", ROOT / "tools" / "segdev" / "simulate.py")
bench = _load("bench_segment", ROOT / "benchmarks" / "bench_segment.py")
fetch = _load("segdev_fetch", ROOT / "tools" / "segdev" / "fetch_articles.py")


@pytest.fixture(scope="module")
def articles():
    return simulate.load_articles("dev", EXCERPT)


@pytest.fixture(scope="module")
def cases(articles):
    return simulate.simulate(articles, seed=7, pages=8, split="dev")


def test_simulator_is_deterministic_for_a_seed(articles):
    first = simulate.simulate(articles, seed=3, pages=4, split="dev")
    again = simulate.simulate(articles, seed=3, pages=4, split="dev")
    other = simulate.simulate(articles, seed=4, pages=4, split="dev")
    assert json.dumps(first, ensure_ascii=False) == json.dumps(again, ensure_ascii=False)
    assert json.dumps(first, ensure_ascii=False) != json.dumps(other, ensure_ascii=False)


def test_truth_stories_use_the_segment_json_keys(cases):
    keys = {"kind", "title", "kicker", "subtitle", "byline", "body", "page", "continued_from", "items"}
    for case in cases:
        for story in case["truth"]["stories"]:
            assert keys <= story.keys()


def test_every_body_character_is_on_the_page(cases):
    for case in cases:
        page_chars = Counter("".join(case["files"].values()))
        for story in case["truth"]["stories"]:
            missing = Counter(bench.squash(story["body"])) - page_chars
            assert not missing, (case["name"], story["title"], missing)


def test_line_labels_rebuild_the_page(cases):
    for case in cases:
        lines = case["truth"]["lines"]
        n_stories = len(case["truth"]["stories"])
        assert all(line["label"] in simulate.LABELS for line in lines)
        assert all(-1 <= line["story"] < n_stories for line in lines)
        assert all(line["story"] == -1 for line in lines if line["label"] in simulate.FURNITURE_LABELS)
        for page_no, fname in enumerate(case["truth"]["files"], start=1):
            text = case["files"][fname].rstrip("\n").split("\n")
            assert text == [line["text"] for line in lines if line["page"] == page_no]


def _is_subsequence(part: str, text: str) -> bool:
    chars = iter(text)
    return all(char in chars for char in part)


def test_an_added_subtitle_sums_up_its_own_story(articles):
    # round 3 took subtitles from other articles' decks: they shared no word with the story
    params = simulate.Params(deck_subtitle=1.0, deck_from_story=1.0)
    cases = simulate.simulate(articles, seed=5, pages=6, split="dev", params=params)
    own = {a["id"]: a["subtitle"] for a in articles}
    stock = set(simulate.SUBTITLES)  # where no clause of the lead fits a deck
    added = [s for c in cases for s in c["truth"]["stories"]
             if s["kind"] == "article" and s["subtitle"] and not own[s["article_id"]] and s["subtitle"] not in stock]
    assert len(added) >= 5
    for story in added:
        body = bench.squash(story["body"])
        assert all(_is_subsequence(part, body) for part in story["subtitle"].split()), story["subtitle"]
        assert story["subtitle"] != story["title"]


def test_round_three_decks_stay_reachable_by_a_param(articles):
    params = simulate.Params(deck_subtitle=1.0, deck_pool_only=1)
    pool = set(simulate.Pools.for_articles(articles, "dev").subtitles)
    cases = simulate.simulate(articles, seed=5, pages=6, split="dev", params=params)
    own = {a["id"]: a["subtitle"] for a in articles}
    added = [s["subtitle"] for c in cases for s in c["truth"]["stories"]
             if s["kind"] == "article" and not own[s["article_id"]]]
    assert added and set(added) <= pool


def test_a_subtitle_from_the_lead_drops_its_dateline_and_time():
    article = {"id": "x", "title": "我市重大项目集中开工",
               "paragraphs": ["本报讯 今天，首批12个项目签约，总投资超30亿元。这是今年以来规模最大的一次。"]}
    subtitles = {simulate.story_subtitle(article, simulate.random.Random(n)) for n in range(20)}
    # 这是… leans on the sentence before it: no deck line
    assert subtitles == {"首批12个项目签约 总投资超30亿元", "首批12个项目签约", "总投资超30亿元"}
    assert simulate.story_kicker(article, simulate.random.Random(0), "首批12个项目签约") == "总投资超30亿元"


def test_columns_are_10_to_20_characters_wide(cases):
    widths = [simulate.display_width(line["text"].lstrip("　")) for case in cases for line in case["truth"]["lines"]
              if line["label"] == "body"]
    assert max(widths) <= 20
    assert 10 <= Counter(round(w) for w in widths).most_common(1)[0][0] <= 20


def test_written_cases_are_read_back(tmp_path, cases):
    simulate.write_cases(cases[:6], tmp_path)
    inputs = bench.case_inputs(tmp_path)
    assert len(inputs) == 6
    for target, truth in inputs:
        assert target.exists()
        assert truth["stories"]


def test_truth_against_itself_scores_one(cases):
    report = bench.Report()
    for case in cases:
        report.add(bench.score_case(case["truth"]["stories"], case["truth"], case["name"]))
    assert report.f1 == 1.0 and report.headline_accuracy == 1.0
    assert not report.errors


def test_a_bad_segmentation_scores_less_and_says_why(cases):
    case = next(c for c in cases if len([s for s in c["truth"]["stories"] if s["kind"] != "classifieds"]) >= 3)
    stories = [s for s in case["truth"]["stories"] if s["kind"] != "classifieds"]
    merged = [dict(stories[0], body=stories[0]["body"] + "\n" + stories[1]["body"])] + stories[2:]
    halves = []
    for story in stories:
        body = story["body"]
        halves += [dict(story, body=body[: len(body) // 2]), dict(story, title="）", body=body[len(body) // 2:])]
    retitled = [dict(s, title=s["kicker"] or "文／记者 陈晶") for s in stories]

    merged_score = bench.score_case(merged, case["truth"])
    assert merged_score.matched == len(stories) - 2
    assert "merged_stories" in {e["kind"] for e in merged_score.errors}

    split_score = bench.score_case(halves, case["truth"])
    assert split_score.matched == 0
    assert {"split_story", "fragment_as_headline"} <= {e["kind"] for e in split_score.errors}

    retitled_score = bench.score_case(retitled, case["truth"])
    assert retitled_score.matched == len(stories) and retitled_score.titles_right < len(stories)


def test_overlap_rule_is_ninety_percent_of_the_longer_body():
    body = "甲乙丙丁戊己庚辛壬癸" * 10
    assert bench.bodies_match(body, body[:90])[0]
    assert not bench.bodies_match(body, body[:89])[0]
    assert not bench.bodies_match(body[:89], body)[0]


def test_the_test_split_is_frozen_by_the_article_id():
    assert fetch.split_of("cctv-2025-10-31-1") == "test"
    assert fetch.split_of("cctv-2025-10-31-0") == "dev"
    share = sum(fetch.split_of(f"id-{n}") == "test" for n in range(2000)) / 2000
    assert 0.25 < share < 0.35
    for split in ("dev", "test"):
        assert all(fetch.split_of(p.stem) == split for p in (EXCERPT / split).glob("*.json"))


def test_the_scorer_runs_the_real_segmenter(tmp_path, articles):
    simulate.write_cases(simulate.simulate(articles, seed=11, pages=2, split="dev"), tmp_path)
    report = bench.score_dir(tmp_path)
    assert report.cases == 2 and report.truth > 0 and report.predicted > 0
    assert "page_refused" not in report.errors
    assert 0.0 <= report.f1 <= 1.0 and report.matched <= min(report.truth, report.predicted)
    assert json.loads(json.dumps(report.summary()))["cases"] == 2
