"""A story's one-line title under the finished paragraph of the story above, about as wide as the
columns on either side of it, over prose set to another measure (issue 8): each story has its own
column, and a story's crosshead sits in its own story's column, so the line heads the prose set to
the other measure, not a paragraph of the story above. The measures are set widths: digits are set
half as wide as ideographs. Our own text in the general shape."""

from __future__ import annotations

from segment_support import column, segment_lines_whole

LIBRARY_REPORT = ("本报讯记者从县教育局获悉，全县十二所山区小学新建的图书室日前全部投入使用，共配备图书"
                  "三万余册，并安排专职教师负责借阅管理，学生每周可借书两次，寒暑假期间也照常开放。")
# set 12 ideographs wide: the line with a year in it holds two characters more
CANTEEN_REPORT = [
    "城东街道2023年开办的社区",
    "助餐点目前每天供应午餐两",
    "百多份，六十岁以上居民凭",
    "卡就餐可享受八折优惠，行",
    "动不便的还能预约送餐上门",
    "，志愿者每天中午分三路出",
    "发。",
]

TITLE_OVER_A_NARROWER_COLUMN = [
    "山区小学新建图书室投入使用",
    *column(LIBRARY_REPORT, 14),
    "",
    "老年食堂让独居老人吃上热饭",
    *CANTEEN_REPORT,
]


def test_a_line_over_prose_set_to_another_measure_heads_a_story():
    stories = segment_lines_whole(TITLE_OVER_A_NARROWER_COLUMN)
    assert [s.title for s in stories] == ["山区小学新建图书室投入使用", "老年食堂让独居老人吃上热饭"]
    assert stories[0].body.endswith("寒暑假期间也照常开放。")
    assert stories[1].body.startswith("城东街道")


# Columns one ideograph apart are two columns too: a story's prose keeps one measure, so the
# title over a column of 13 under one of 14 heads its story.
TITLE_OVER_A_COLUMN_ONE_NARROWER = [
    "山区小学新建图书室投入使用",
    *column(LIBRARY_REPORT, 14),
    "",
    "老年食堂让独居老人吃上热饭",
    *column("".join(CANTEEN_REPORT), 13),
]


def test_a_column_one_ideograph_narrower_is_another_story_s():
    stories = segment_lines_whole(TITLE_OVER_A_COLUMN_ONE_NARROWER)
    assert [s.title for s in stories] == ["山区小学新建图书室投入使用", "老年食堂让独居老人吃上热饭"]
    assert stories[1].body.startswith("城东街道")


# The same line over prose that goes on in the story's own column: the story's crosshead.
CROSSHEAD_IN_ITS_COLUMN = [
    "山区小学新建图书室投入使用",
    *column(LIBRARY_REPORT, 14),
    "",
    "志愿者每周进校讲故事",
    *column("县图书馆的志愿者每周三下午到各校开展阅读辅导，为低年级学生讲绘本故事，"
            "并教高年级学生整理图书、制作借阅卡，图书室的借阅量因此增加了三成。", 14),
]


def test_a_line_over_prose_in_the_same_column_stays_a_crosshead():
    stories = segment_lines_whole(CROSSHEAD_IN_ITS_COLUMN)
    assert [s.title for s in stories] == ["山区小学新建图书室投入使用"]
