"""The segment trainers' pages (tools/segdev/training_pages.py): the simulator's and the page
maker's, the page maker's truth in the simulator's labels. Runs on the committed excerpt."""

from __future__ import annotations

import json
import re
import sys

from script_support import EXCERPT, ROOT, load_script

sys.path.insert(0, str(ROOT / "tools" / "segdev"))  # training_pages imports its page makers by name
simulate = load_script("simulate", ROOT / "tools" / "segdev" / "simulate.py")
pagemaker = load_script("pagemaker", ROOT / "tools" / "segdev" / "pagemaker.py")
training_pages = load_script("segdev_training_pages", ROOT / "tools" / "segdev" / "training_pages.py")
train_labeller = load_script("segdev_train_labeller", ROOT / "tools" / "segdev" / "train_labeller.py")


def _articles():
    return simulate.load_articles("dev", EXCERPT)


def test_without_page_maker_pages_the_trainers_get_the_simulators_pages():
    articles = _articles()
    mixed = list(training_pages.cases(articles, seed=5, pages=3, pagemaker_pages=0, split="dev"))
    assert json.dumps(mixed, ensure_ascii=False) == json.dumps(
        simulate.simulate(articles, seed=5, pages=3, split="dev"), ensure_ascii=False)


def test_page_maker_training_pages_are_seeded_and_rebuild_their_text():
    articles = _articles()
    first = training_pages.pagemaker_cases(articles, seed=101, pages=12, split="dev")
    again = training_pages.pagemaker_cases(articles, seed=101, pages=12, split="dev")
    other = training_pages.pagemaker_cases(articles, seed=102, pages=12, split="dev")
    assert json.dumps(first, ensure_ascii=False) == json.dumps(again, ensure_ascii=False)
    assert json.dumps(first, ensure_ascii=False) != json.dumps(other, ensure_ascii=False)
    for case in first:
        lines = case["truth"]["lines"]
        for page_no, name in enumerate(case["truth"]["files"], start=1):
            text = case["files"][name].split("\n")[:-1]  # every printed line, blank ones too
            assert text == [line["text"] for line in lines if line["page"] == page_no]


def test_page_maker_labels_are_the_simulators_and_a_lead_line_carries_a_lead():
    articles = _articles()
    own_starts = [re.sub(r"\s+", "", a["paragraphs"][0]) for a in articles]
    cases = training_pages.pagemaker_cases(articles, seed=101, pages=40, split="dev")
    labels = [line for case in cases for line in case["truth"]["lines"]]
    assert {line["label"] for line in labels} <= set(simulate.LABELS) | {"blank"}
    assert {line["label"] for line in labels if line["label"] != "blank"} <= set(train_labeller.CLASS_OF)
    assert not any(line["label"] == "doubled" for line in labels)  # a body line's tail read twice is prose
    leads = [re.sub(r"\s+", "", line["text"]) for line in labels if line["label"] == "lead"]
    assert leads  # 本报讯 leads are printed on some pages
    assert not any(own.startswith(lead) for lead in leads for own in own_starts)


def test_a_first_line_without_a_lead_is_body():
    article = {"id": "a1", "paragraphs": ["　　市民王先生说，这条路修好了。"]}
    story = pagemaker.Story("article", article_id="a1")
    assert not training_pages._printed_lead("　　市民王先生说，", story, {"a1": article})
    assert training_pages._printed_lead("　　本报讯 市民王先", story, {"a1": article})
