"""The third page maker (tools/segdev/layout_ocr.py): seeded, and its truth agrees with its pages.

Runs on the committed article excerpt only (tools/segdev/excerpt), never the network. The truth
is read back by the scorer (benchmarks/bench_segment.py), not by the maker."""

from __future__ import annotations

import json
import re

import pytest

from script_support import EXCERPT, ROOT, load_script

layout_ocr = load_script("segdev_layout_ocr", ROOT / "tools" / "segdev" / "layout_ocr.py")
bench = load_script("bench_segment", ROOT / "benchmarks" / "bench_segment.py")

_WS = re.compile(r"\s+")
LABELS = {"furniture", "blank", "headline", "kicker", "subtitle", "byline", "lead", "body", "credit", "caption",
          "crosshead", "box_head", "sidebar_head", "fragment", "doubled", "jump", "table", "classified",
          "column_head"}


@pytest.fixture(scope="module")
def articles():
    return layout_ocr.load_articles("dev", directory=EXCERPT)


@pytest.fixture(scope="module")
def written(articles, tmp_path_factory):
    out = tmp_path_factory.mktemp("layout_ocr")
    layout_ocr.write_cases(layout_ocr.make_cases(articles, seed=5, pages=24, split="dev"), out)
    return out, bench.case_inputs(out)


def in_order(needle: str, hay: str) -> bool:
    rest = iter(hay)
    return all(ch in rest for ch in needle)


def test_layout_ocr_is_deterministic_for_a_seed(articles):
    def dump(cases):
        return json.dumps([(c.text, c.truth) for c in cases], ensure_ascii=False)

    first = layout_ocr.make_cases(articles, seed=3, pages=6, split="dev")
    again = layout_ocr.make_cases(articles, seed=3, pages=6, split="dev")
    other = layout_ocr.make_cases(articles, seed=4, pages=6, split="dev")
    assert dump(first) == dump(again)
    assert dump(first) != dump(other)


def test_layout_ocr_every_story_body_is_on_its_page_in_order(written):
    directory, cases = written
    assert len(cases) == 24
    for page_path, truth in cases:
        page = _WS.sub("", page_path.read_text(encoding="utf-8"))
        for story in truth["stories"]:
            body = _WS.sub("", story["body"])
            assert body, (truth["name"], story["title"])
            assert in_order(body, page), (truth["name"], story["title"])
            for deck in ("title", "kicker", "subtitle"):
                assert _WS.sub("", story[deck]) in page, (truth["name"], deck, story[deck])


def test_layout_ocr_line_labels_cover_the_page_and_name_real_stories(written):
    _, cases = written
    for page_path, truth in cases:
        text = page_path.read_text(encoding="utf-8")
        assert "\n".join(line["text"] for line in truth["lines"]) + "\n" == text
        assert {line["label"] for line in truth["lines"]} <= LABELS
        assert all(-1 <= line["story"] < len(truth["stories"]) for line in truth["lines"])
        for index, story in enumerate(truth["stories"]):
            mine = [line for line in truth["lines"] if line["story"] == index]
            assert mine, (truth["name"], story["title"])


def test_layout_ocr_truth_scores_perfectly_against_itself(written):
    """The scorer reads the truth: the truth's own stories as the prediction match every story."""
    _, cases = written
    for _, truth in cases:
        case = bench.score_case([dict(s) for s in truth["stories"]], truth, truth["name"])
        assert case.matched == case.truth and case.titles_right == case.matched, truth["name"]


def test_layout_ocr_reads_a_story_on_after_another_storys_headline(articles):
    """The column layout happens: some story's lines are interrupted by another story's headline."""
    interrupted = 0
    for case in layout_ocr.make_cases(articles, seed=1, pages=40, split="dev"):
        owners = [line["story"] for line in case.truth["lines"] if line["label"] in ("body", "lead", "headline")]
        for index in set(owners):
            first, last = owners.index(index), len(owners) - owners[::-1].index(index)
            if any(o != index and o >= 0 for o in owners[first:last]):
                interrupted += 1
    assert interrupted > 0


def test_layout_ocr_lead_credit_is_the_byline_not_the_text(articles):
    """本报讯（记者 X 通讯员 Y） prints the credit in the lead; as in the other page makers, the
    truth puts the credit in the byline and keeps 本报讯 in the text."""
    inline = 0
    for case in layout_ocr.make_cases(articles, seed=1, pages=40, split="dev"):
        for credit in re.findall(r"本报讯（(记者[^）]{1,30})）", _WS.sub("", case.text)):
            owners = [s for s in case.truth["stories"] if credit in _WS.sub("", s["byline"])]
            assert len(owners) == 1, (case.truth["name"], credit)
            body = _WS.sub("", owners[0]["body"])
            assert body.startswith("本报讯") and credit not in body, (case.truth["name"], body[:30])
            inline += 1
    assert inline > 0
