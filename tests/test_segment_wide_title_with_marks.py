"""A story's title with a comma or quotes in it, set on one line much wider than the column, under
the credit that closes the story above (issue 8): prose never runs wider than its own column (a
closing mark may hang one place past it), so the line is the next story's title, not the first
line of its prose. Our own text in the general shape."""

from __future__ import annotations

from segment_support import segment_lines_whole

WIDE_TITLE_WITH_A_COMMA_UNDER_A_CREDIT = [
    "江城新建口袋公园二十处",
    "本报讯 今年以来，江城在老城区",
    "见缝插绿，新建口袋公园二十处，",
    "市民出门五分钟就能走进绿地。",
    "（作者为江城园林局副局长、高",
    "级工程师）",
    "夜市开张一个月，“烟火气”回来了没有",
    "老街夜市开张已满一个月，每晚",
    "客流稳定在两万人次左右。摊主",
    "们说，生意比预想的好，但停车",
    "难的问题还没有解决。",
]


def test_a_title_wider_than_the_column_with_a_comma_starts_the_next_story():
    stories = segment_lines_whole(WIDE_TITLE_WITH_A_COMMA_UNDER_A_CREDIT)
    assert [s.title for s in stories] == ["江城新建口袋公园二十处", "夜市开张一个月，“烟火气”回来了没有"]
    assert stories[1].body.startswith("老街夜市开张已满一个月")


# A prose line with a comma as wide as its column, under a closed bracket, stays the story's prose.
PROSE_LINE_AT_THE_COLUMN_WIDTH = [
    "江城新建口袋公园二十处",
    "本报讯 今年以来，江城在老城区",
    "见缝插绿，新建口袋公园二十处",
    "（含街角绿地）。",
    "园林部门表示，明年还将新建十",
    "处，并对老公园进行改造，让市",
    "民出门就能走进绿地。",
]


def test_a_prose_line_with_a_comma_at_the_column_width_stays_prose():
    stories = segment_lines_whole(PROSE_LINE_AT_THE_COLUMN_WIDTH)
    assert [s.title for s in stories] == ["江城新建口袋公园二十处"]
    assert stories[0].body.endswith("走进绿地。")

