"""A story's one-line title as wide as its column, over a lead whose first line ends on a comma
(issue 8): the lead's first sentence says the title's words again, which prose never does with its
own line, so the line is the title, not the first line of a paragraph of the story above. Our own
text in the general shape."""

from __future__ import annotations

from segment_support import segment_lines_whole

TITLE_AT_COLUMN_WIDTH_OVER_A_COMMA_LINE = [
    "全市新增公交线路十二条",
    "本报讯 全市今年新增公交线路十二",
    "条，覆盖城郊接合部的多个新建小",
    "区，居民出行更加方便。",
    "",
    "江城一季度外贸进出口增长8.5%",
    "江城海关昨天公布的数据显示，",
    "今年一季度江城外贸进出口增长",
    "8.5%，其中出口增长超过一成。",
]


def test_title_at_the_column_width_over_a_lead_that_repeats_it_starts_a_story():
    stories = segment_lines_whole(TITLE_AT_COLUMN_WIDTH_OVER_A_COMMA_LINE)
    assert [s.title for s in stories] == ["全市新增公交线路十二条", "江城一季度外贸进出口增长8.5%"]
    assert stories[1].body.startswith("江城海关昨天公布")
    assert stories[0].body.endswith("居民出行更加方便。")


# Prose after a finished paragraph whose first line has no mark in it: its words are not said again
# at once, so it stays the story's prose.
PROSE_LINE_WITH_NO_MARK = [
    "全市新增公交线路十二条",
    "本报讯 全市今年新增公交线路十二",
    "条，覆盖城郊接合部的多个新建小",
    "区，居民出行更加方便。",
    "",
    "市交通部门表示下半年还将陆续",
    "开通三条夜间线路，方便晚归的",
    "市民乘车。",
]


def test_a_first_prose_line_with_no_mark_stays_in_its_story():
    stories = segment_lines_whole(PROSE_LINE_WITH_NO_MARK)
    assert [s.title for s in stories] == ["全市新增公交线路十二条"]
    assert stories[0].body.endswith("市民乘车。")
