"""A title the column wrapped over two lines, the second closing on the column's name in brackets
(推动老旧小区加装电梯提速（一线 / 调研·民生实事）), under another story's finished paragraph (issue 8): each
line alone reads as prose (the first stops inside its bracket, the second is a short line with no
sentence end), so the pair and the prose under it were read as the last paragraphs of the story above.
A paragraph's lines fill the column and its last line ends a sentence; these stop short of the column,
the tag closes them, and no full stop is in them. A kicker over such a title (从规划、资金、审批三头入手) is a
phrase with no clause in it. Our own invented text, in the shape of a daily's tagged commentary."""

from __future__ import annotations

from segment_support import segment_text

_STORY_ABOVE = [
    "老城区供暖管网改造全面完工",
    "",
    "本报讯 记者从市住建局获悉，老城",
    "区供暖管网改造工程昨天全面完工，",
    "共更换地下管道四十六公里，涉及居",
    "民小区一百一十个。改造后，管网热",
    "损失下降三成以上，居民家中室温普",
    "遍提高两度。热力公司也已增派抢修",
    "人员，开通二十四小时热线，居民家",
    "中暖气不热可以随时报修。",
    "",
]

_TAGGED_PROSE = [
    "楼道里的电梯井架刚刚搭好，住在六",
    "楼的王大爷就天天下楼来看进度。他",
    "说，腿脚一年不如一年，盼电梯盼了",
    "好几年。加装电梯难在协调，难在资",
    "金，也难在审批，各地的办法不少，",
    "关键是把好事办快、把实事办实。",
]

TITLE_WRAPPED_TO_TAG = _STORY_ABOVE + ["推动老旧小区加装电梯提速（一线", "调研·民生实事）"] + _TAGGED_PROSE

KICKER_OVER_TITLE_WRAPPED_TO_TAG = _STORY_ABOVE + [
    "从规划、资金、审批三头入手",
    "老旧小区加装电梯跑出加",
    "速度（民生观）",
] + _TAGGED_PROSE

# A sentence of the story above whose line closes a bracket, the line above it ending no sentence: the
# paragraph goes on under it in the story's own words, so the two lines are prose, not a title.
ASIDE_CLOSING_A_FULL_LINE = _STORY_ABOVE[:-1] + [
    "今年改造的还有老城区热力公司供热",
    "站和管网抢修中心（东区和西区）",
    "，两处改造后供热能力提高一成，",
    "老城区居民家中暖气会更热。",
]


def test_title_wrapped_to_its_tag_under_a_finished_story_is_a_title():
    # Before: both title lines and the commentary were the last paragraphs of the heating report.
    stories = segment_text("\n".join(TITLE_WRAPPED_TO_TAG))
    assert [s.title for s in stories] == ["老城区供暖管网改造全面完工", "推动老旧小区加装电梯提速（一线调研·民生实事）"]
    assert stories[0].body.endswith("随时报修。")
    assert stories[1].body.startswith("楼道里的电梯井架")


def test_kicker_over_a_title_wrapped_to_its_tag_heads_it():
    stories = segment_text("\n".join(KICKER_OVER_TITLE_WRAPPED_TO_TAG))
    assert [s.title for s in stories] == ["老城区供暖管网改造全面完工", "老旧小区加装电梯跑出加速度（民生观）"]
    assert stories[1].kicker == "从规划、资金、审批三头入手"
    assert stories[1].body.startswith("楼道里的电梯井架")


def test_bracket_closing_a_line_that_fills_the_column_stays_prose():
    stories = segment_text("\n".join(ASIDE_CLOSING_A_FULL_LINE))
    assert [s.title for s in stories] == ["老城区供暖管网改造全面完工"]
    assert "抢修中心（东区和西区）" in stories[0].body
