"""The news-mining tool names a disagreement by the pattern around its number, and tells 两/二 apart."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import tn_disagreements  # noqa: E402


def test_a_clause_is_named_by_the_pattern_around_its_number():
    named = {
        "收費$9.3。": "money",
        "同比增长9.00%，": "percent",
        "以25∶17拿下比赛，": "score",
        "有的巡回检察3—5天，": "range",
        "可通过举报电话12390举报。": "phone",
        "约1/3的数量是北京区域；": "fraction",
        "历时74年“寻母”的故事。": "year",
        "共精选出120幅照片进行展览，": "count",
    }
    for clause, name in named.items():
        assert tn_disagreements.category(clause, "ours", "theirs") == name, clause


def test_readings_that_differ_only_by_liang_are_a_choice_not_an_error():
    assert tn_disagreements.category("筹措了2台", "筹措了两台", "筹措了二台") == "two"


def test_clauses_keep_only_those_with_a_digit():
    assert tn_disagreements.clauses(["今年1—7月，全国增长较快。"]) == ["今年1—7月，"]


def test_a_thousands_separator_does_not_split_a_clause():
    assert tn_disagreements.clauses(["共10,000元，另有9:30開始。"]) == ["共10,000元，", "另有9:30開始。"]
