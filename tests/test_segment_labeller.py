"""The trained line labeller (issue 8): the shipped model's size and shape, the numpy
evaluation of its trees, and its reading of a real page's lines."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from audiopaper.segment import labeller, ocr
from segment_support import segment_text

SAMPLE = Path(__file__).parent.parent / "examples" / "000_64c2b03470ce42da.txt"


def _two_class_model() -> dict:
    # class 1 when feature 0 > 2.5, by +2 / -2 raw score; class 0 gets nothing
    return {"classes": ["body", "headline"], "baseline": [0.0, 0.0], "n_features": 2, "max_depth": 2,
            "trees": [{"class": 1, "feature": [0, -1, -1], "threshold": [2.5, 0.0, 0.0],
                       "left": [1, -1, -1], "right": [2, -1, -1], "value": [0.0, -2.0, 2.0]}]}


def test_trees_are_evaluated_as_exported():
    model = labeller.TreeModel(_two_class_model())
    probs = model.probabilities(np.array([[1.0, 9.0], [2.5, 0.0], [3.0, 0.0]]))
    expected_headline = 1 / (1 + np.exp(np.array([2.0, 2.0, -2.0])))
    assert np.allclose(probs[:, 1], expected_headline)
    assert np.allclose(probs.sum(axis=1), 1.0)


def test_second_pass_reads_the_first_pass_labels_of_the_line_above():
    # second pass: headline when the first pass read the line above (feature 2 + 2: own, -2, -1) as one
    second = {"classes": ["body", "headline"], "baseline": [0.0, 0.0], "n_features": 7, "max_depth": 2,
              "context_classes": ["headline"],
              "trees": [{"class": 1, "feature": [4, -1, -1], "threshold": [0.5, 0.0, 0.0],
                         "left": [1, -1, -1], "right": [2, -1, -1], "value": [0.0, -2.0, 2.0]}]}
    model = labeller.StackedModel({**_two_class_model(), "second": second})
    probs = model.probabilities(np.array([[3.0, 0.0], [1.0, 0.0], [1.0, 0.0]]))
    assert probs[:, 1].round(2).tolist() == [0.12, 0.88, 0.12]  # only the line under the first one
    assert np.allclose(labeller.StackedModel(_two_class_model()).probabilities(np.array([[3.0, 0.0]])),
                       labeller.TreeModel(_two_class_model()).probabilities(np.array([[3.0, 0.0]])))


def test_shipped_model_is_small_json_matching_the_features():
    assert labeller.MODEL_PATH.stat().st_size < 5_000_000
    data = json.loads(labeller.MODEL_PATH.read_text(encoding="utf-8"))
    assert set(data["classes"]) <= set(labeller.CLASSES)
    lines = ocr.read_lines(SAMPLE.read_text(encoding="utf-8"))
    assert labeller.line_features(lines, 16).shape == (len(lines), data["n_features"])


def test_sample_page_lines_read_as_what_they_are():
    lines = ocr.read_lines(SAMPLE.read_text(encoding="utf-8"))
    probs = labeller.label_probabilities(lines, ocr._column_width(lines))
    reading = {line.text: labeller.CLASSES[int(row.argmax())] for line, row in zip(lines, probs)}
    assert reading["智能门（锁）产业党建联盟成立"] in labeller.DECK
    assert reading["□首席记者 张赤奎"] == "byline"
    assert reading["本报讯 5月28日，我市首场“亲"] == "lead"
    assert reading["情况，聚焦如何对冲疫情影响促进我"] == "body"


LEAD_BYLINE_BROKEN = """东湖荷花进入盛放期

新华社杭州7月10日电（记者 王晨
通讯员 李心如
）市区东湖公园的荷花近日进入盛
放期，吸引不少市民前来观赏拍照。
公园管理处表示，今年荷花面积比去
年增加三成，花期预计持续到八月中
旬。管理处提醒市民文明赏花，不要
攀折花枝，雨天注意防滑。

首批智慧停车场投入使用

本报讯 全市首批十个智慧停车场昨
天投入使用，车主可以用手机查询空
余车位并在线缴费。交通部门介绍，
年底前还将建成二十个智慧停车场。
"""


def test_lead_byline_broken_over_lines_stays_in_its_story():
    # The rules alone read 通讯员 李心如 as a byline line and cut the lead in two stories.
    stories = segment_text(LEAD_BYLINE_BROKEN)
    assert [s.title for s in stories] == ["东湖荷花进入盛放期", "首批智慧停车场投入使用"]
    assert stories[0].body.startswith("新华社杭州7月10日电市区东湖公园的荷花")
    assert "李心如" in stories[0].byline and "李心如" not in stories[0].body
