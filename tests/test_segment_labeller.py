"""The trained line labeller (issue 8): the shipped model's size and shape, the numpy
evaluation of its trees, and its reading of a real page's lines."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from audiopaper.segment import labeller, ocr

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
