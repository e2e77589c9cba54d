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
