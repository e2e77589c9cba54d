"""A title that ends with its column's name in brackets (致敬，平凡的英雄（民生观）), printed right
above its prose with no blank line between: 人民日报 and papers like it set their commentaries and
features so. The title may hold a comma and may wrap over two lines, so it used to be read as the
first lines of its story's prose. Our own text in the general shape."""

from __future__ import annotations

from segment_support import HEATING_REPORT, segment_text

_STORY_ABOVE = HEATING_REPORT + ["（记者 王明）"]

COMMENTARY_TITLE_WITH_A_COMMA_AND_ITS_COLUMN = _STORY_ABOVE + [
    "守护烟火气，也要讲规矩（民生观）",
    "夜市重新开张以后，街坊们的晚饭",
    "又多了几个去处。摊位多了，油烟",
    "和噪声也跟着来了，有居民打电话",
    "到热线反映情况。管理部门划定了",
    "摊位范围，规定了收摊时间，夜市",
    "照样热闹，居民也能睡个好觉。",
]

TITLE_WRAPPED_OVER_TWO_LINES_WITH_ITS_COLUMN = _STORY_ABOVE + [
    "让每一座城市书房，都",
    "亮起来（大家谈）",
    "下班以后去城市书房坐一坐，已经",
    "成了不少年轻人的习惯。书房开得",
    "多了，关键是要让它们真正用起来",
    "：藏书常换常新，开放时间跟着读",
    "者走，活动办到居民心坎上。",
]

# The bracket after a name of an office (党校（行政学院）) is an aside of prose, not a column.
UNTITLED_BRIEF_OPENING_WITH_AN_ASIDE_IN_BRACKETS = _STORY_ABOVE + [
    "今年以来，全市各级党校（行政学院）",
    "共培训干部三万余人次，开设专题班",
    "一百二十个，网上课堂的点击量已经",
    "超过五十万，学员满意度逐年提高。",
]


def test_commentary_title_with_a_comma_and_its_column_is_the_title():
    stories = segment_text("\n".join(COMMENTARY_TITLE_WITH_A_COMMA_AND_ITS_COLUMN))
    assert [s.title for s in stories] == ["老城区供暖管网改造全面完工", "守护烟火气，也要讲规矩（民生观）"]
    assert stories[1].body.startswith("夜市重新开张以后")


def test_title_wrapped_over_two_lines_with_its_column_is_the_title():
    stories = segment_text("\n".join(TITLE_WRAPPED_OVER_TWO_LINES_WITH_ITS_COLUMN))
    assert stories[1].title == "让每一座城市书房，都亮起来（大家谈）"
    assert stories[1].body.startswith("下班以后去城市书房")


def test_an_aside_in_brackets_opening_an_untitled_brief_stays_its_prose():
    stories = segment_text("\n".join(UNTITLED_BRIEF_OPENING_WITH_AN_ASIDE_IN_BRACKETS))
    assert stories[-1].title == ""
    assert stories[-1].body.startswith("今年以来，全市各级党校（行政学院）共培训")
