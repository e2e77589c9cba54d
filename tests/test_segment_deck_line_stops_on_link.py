"""A deck line stopping on 就 (what a statement is about) or on 还是 / 或者 (between two choices),
as a word of its own, goes on in the line under it: 国务院台湾事务办公室负责人就 / 世界卫生组织涉台问题
发表谈话, “取人以言”还是 / “取人以人”. Our own invented lines."""

from __future__ import annotations

from audiopaper.segment import line_breaks


def test_a_line_stopping_on_a_link_goes_on_in_the_next():
    wrapped = line_breaks.title_wrapped
    assert wrapped("外交部发言人就", "国际组织涉台问题发表谈话")
    assert wrapped("是技术难题还是", "管理问题")
    assert wrapped("减免租金或者", "延期缴纳")


def test_a_word_ending_on_the_link_s_character_closes_its_line():
    wrapped = line_breaks.title_wrapped
    assert not wrapped("十年改革的巨大成就", "科技创新步入快车道")  # 成就: a noun of its own
