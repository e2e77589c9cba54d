"""The TN variant benchmark derives each variant's expected reading from the case's own."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from bench_tn import Case  # noqa: E402
from bench_tn_variants import variants  # noqa: E402

from audiopaper.textnorm import cardinal, read_digits  # noqa: E402


def _by_kind(case: Case) -> dict[str, list[tuple[str, str]]]:
    found: dict[str, list[tuple[str, str]]] = {}
    for v in variants(case):
        found.setdefault(v.kind, []).append((v.written, v.spoken))
    return found


def test_digit_permutation_changes_input_and_reading_alike():
    made = _by_kind(Case("x", "f", "2019年增长45%", "二零一九年增长百分之四十五"))["digits"]
    assert ("2016年增长54%", "二零一六年增长百分之五十四") in made
    assert all(written.startswith("201") for written, _ in made)  # 0, 1, 2, 3 stay


def test_redrawn_number_is_read_in_the_style_of_the_original():
    made = _by_kind(Case("x", "f", "共有3586人，电话13912345678", "共有三千五百八十六人电话幺三九幺二三四五六七八"))["number"]
    assert made
    for written, spoken in made:
        count, phone = written[2:6], written[-11:]
        assert len(count) == 4 and phone.startswith("13") and len(phone) == 11
        assert spoken.startswith("共有" + cardinal(count) + "人")
        assert spoken.endswith("电话" + read_digits(phone))  # still digit by digit (幺 folded to 一)


def test_unit_swap_keeps_the_number_and_skips_a_two_that_may_be_liang():
    made = _by_kind(Case("x", "f", "售价36.5元", "售价三十六点五元"))["unit"]
    assert made == [("售价36.5美元", "售价三十六点五美元")]
    assert "unit" not in _by_kind(Case("x", "f", "2个", "两个"))


def test_a_service_line_keeps_its_number():
    assert "number" not in _by_kind(Case("x", "f", "请拨打110报警", "请拨打幺幺零报警"))
    assert "number" in _by_kind(Case("x", "f", "请拨打130报警", "请拨打一百三十报警"))


def test_no_digit_variant_when_the_input_already_has_han_numerals():
    kinds = _by_kind(Case("x", "f", "五月45日", "五月四十五日"))
    assert "digits" not in kinds and "number" not in kinds
