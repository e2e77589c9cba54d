"""The disagreement benchmark masks what only the Latin-reading voice keeps and names the rule that fired."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import bench_tn_disagree  # noqa: E402

from audiopaper import textnorm  # noqa: E402


def test_latin_words_and_codes_are_masked_but_units_and_currencies_stay():
    assert bench_tn_disagree.without_latin("5G基站超过430万个") == "某基站超过430万个"
    assert bench_tn_disagree.without_latin("C919大型客机首次飞抵拉萨") == "某大型客机首次飞抵拉萨"
    for kept in ("重达25kg", "价格是US$13.5", "EUR31.82", "100 USD", "没有拉丁字母的句子2020年"):
        assert bench_tn_disagree.without_latin(kept) == kept


def test_a_fired_rule_is_named_by_its_comment_and_can_be_switched_off(monkeypatch):
    monkeypatch.setattr(textnorm, "_PRE_RULES", list(textnorm._PRE_RULES))
    monkeypatch.setattr(textnorm, "_SYMBOL_RULES", list(textnorm._SYMBOL_RULES))
    fired, traced = bench_tn_disagree.traced_rules()
    assert textnorm.normalize("截至12/31") == "截至十二月三十一日"
    (label,) = [f for f in fired if "month/day" in f]
    traced[label].off = True
    assert textnorm.normalize("截至12/31") != "截至十二月三十一日"


def test_shaped_inputs_are_drawn_the_same_every_run():
    first = bench_tn_disagree.shaped_inputs()
    assert first == bench_tn_disagree.shaped_inputs()
    assert any("/" in text for text in first) and any(text.endswith("%") for text in first)


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
        assert bench_tn_disagree.category(clause, "ours", "theirs") == name, clause


def test_readings_that_differ_only_by_liang_are_a_choice_not_an_error():
    assert bench_tn_disagree.category("筹措了2台", "筹措了两台", "筹措了二台") == "two"


def test_clauses_keep_only_those_with_a_digit():
    assert bench_tn_disagree.clauses(["今年1—7月，全国增长较快。"]) == ["今年1—7月，"]


def test_a_thousands_separator_does_not_split_a_clause():
    assert bench_tn_disagree.clauses(["共10,000元，另有9:30開始。"]) == ["共10,000元，", "另有9:30開始。"]
