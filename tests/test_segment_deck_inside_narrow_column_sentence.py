"""Another story's title read inside a narrow column's unfinished sentence (……散步的市 / 南方多地迎来
今年首场强降雨 / 民络绎不绝……), a page read column by column: the column's lines hold few clause marks,
so the sentence may go on over two lines with none before one holds a mark. A word running across the
title (市民) and the title standing well wider than the column tell it is no line of that sentence,
even when its own lead, further on, does not restate it. Our own text in the general shape."""

from __future__ import annotations

from segment_support import segment_text

_PARK_REPORT = [
    "城南湿地公园开园",
    "本报记者 李明",
    "本报讯 城南湿地公",
    "园昨天正式开园，园内",
    "种植荷花三十多个品种",
    "，新修步道长达八公里",
    "。开园当天，游客超过",
    "两万人次，公园管理处",
    "增派志愿者在入口疏导",
    "，前来赏荷拍照的游客",
    "和附近小区散步的市",
]

TITLE_INSIDE_A_NARROW_COLUMN_SENTENCE = _PARK_REPORT + [
    "南方多地迎来今年首场强降雨",
    "民络绎不绝直到傍晚才",
    "渐渐散去园方表示周末",
    "将延长开放时间。",
    "（通讯员 王芳）",
    "本报讯 昨天，广东、",
    "广西、福建等地出现入",
    "汛以来首场大范围降水",
    "，部分地区出现暴雨，",
    "气象部门提醒公众注意",
    "防范山洪和城市内涝，",
    "出行前关注天气预报。",
]


def test_title_inside_a_narrow_column_sentence_heads_the_next_story():
    # Before: the rain story's title was a line of the park report's sentence, the rain story untitled.
    stories = segment_text("\n".join(TITLE_INSIDE_A_NARROW_COLUMN_SENTENCE))
    assert [s.title for s in stories] == ["城南湿地公园开园", "南方多地迎来今年首场强降雨"]
    assert "散步的市民络绎不绝直到傍晚" in stories[0].body
    assert stories[1].body.startswith("本报讯昨天，广东")
