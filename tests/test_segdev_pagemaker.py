"""The independent page maker (tools/segdev/pagemaker.py): seeded, and its truth agrees with its pages.

Runs on the committed article excerpt only (tools/segdev/excerpt)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from script_support import EXCERPT, ROOT, load_script

pagemaker = load_script("segdev_pagemaker", ROOT / "tools" / "segdev" / "pagemaker.py")
bench = load_script("bench_segment_for_pagemaker", ROOT / "benchmarks" / "bench_segment.py")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _is_subsequence(part: str, text: str) -> bool:
    chars = iter(text)
    return all(ch in chars for ch in part)


@pytest.fixture(scope="module")
def cases(tmp_path_factory):
    out = tmp_path_factory.mktemp("pages")
    pagemaker.make_pages(out, split="dev", seed=7, pages=30, root=EXCERPT, edition_share=0.3)
    return out, [json.loads(p.read_text(encoding="utf-8")) for p in sorted(out.glob("*.truth.json"))]


def _read_all(directory: Path) -> dict[str, str]:
    return {str(p.relative_to(directory)): p.read_text(encoding="utf-8") for p in sorted(directory.rglob("*.*"))}


def test_the_same_seed_writes_the_same_bytes_and_another_seed_other_pages(tmp_path):
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        pagemaker.make_pages(tmp_path / name, split="dev", seed=seed, pages=6, root=EXCERPT)
    assert _read_all(tmp_path / "a") == _read_all(tmp_path / "b")
    assert _read_all(tmp_path / "a") != _read_all(tmp_path / "c")


def test_the_line_labels_rebuild_every_page(cases):
    out, truths = cases
    for truth in truths:
        for page, file in enumerate(truth["files"], start=1):
            printed = [line["text"] for line in truth["lines"] if line["page"] == page]
            assert (out / file).read_text(encoding="utf-8") == "\n".join(printed) + "\n"


def test_each_story_body_and_title_are_printed_on_its_own_lines(cases):
    _, truths = cases
    for truth in truths:
        for index, story in enumerate(truth["stories"]):
            own = [line for line in truth["lines"] if line["story"] == index]
            assert _is_subsequence(_squash(story["body"]), _squash("".join(line["text"] for line in own)))
            if story["title"]:
                heads = _squash("".join(line["text"] for line in own if line["label"] in ("headline", "classified")))
                assert _squash(story["title"]) in heads


def test_pages_are_one_column_10_to_20_characters_wide(cases):
    _, truths = cases
    widths = [pagemaker.display_width(line["text"]) for truth in truths for line in truth["lines"]
              if line["label"] in ("body", "lead")]
    assert max(widths) <= 22 and min(w for w in widths if w) >= 1
    assert 10 <= sorted(widths)[len(widths) // 2] <= 20


def test_the_pages_hold_the_furniture_the_issue_names(cases):
    _, truths = cases
    labels = {line["label"] for truth in truths for line in truth["lines"]}
    assert {"headline", "byline", "credit", "furniture", "blank", "jump", "lead", "body"} <= labels
    assert any(len(truth["files"]) == 2 for truth in truths)


def test_the_truth_scores_one_against_itself(cases):
    _, truths = cases
    for truth in truths:
        score = bench.score_case(truth["stories"], truth, truth["name"])
        assert score.matched == score.truth and score.titles_right == score.matched
