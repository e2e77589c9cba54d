"""A column of briefs whose item's title the column wrapped over two or three lines (issue 8): lines
with no clause or sentence mark in any of them, their brackets closed, over the item's prose, are the
item's title, not its prose's first lines (prose does not run two lines without a mark and stop).
A sentence whose word runs on across the lines' end is prose; so is a line as wide as the column under
a narrower title line (the column fills a title's line before it wraps).
Our own text in the shapes of column-by-column pages (tools/segdev/layout_ocr.py)."""

from __future__ import annotations

from segment_support import segment_lines_whole, titles

# The column's first item, no mark, its title broken inside its column tag.
FIRST_ITEM_TITLE_WRAPPED = [
    "简讯",
    "",
    "江城中小学网络课堂17日开通（",
    "市教育局新闻发布会）",
    "",
    "截至2月11日24时，全市",
    "中小学已有三百一十所学校完",
    "成网络课堂的准备工作。",
    "",
    "江城机场新航站楼正式启用",
    "",
    "昨天上午，江城机场新航站楼",
    "正式启用，首批旅客顺利出行。",
]

# The next item's marked title, a book title broken over three lines.
MARKED_TITLE_OVER_THREE_LINES = [
    "要闻速览",
    "",
    "■江城举办第五届读书节",
    "",
    "本报讯 第五届江城读书节昨天",
    "开幕，持续一个月。",
    "",
    "■江城市委办公室印发《",
    "干部选拔任用工作监督检",
    "查和责任追究办法》",
    "",
    "近日，江城市委办公室印发",
    "《干部选拔任用工作监督检",
    "查和责任追究办法》，自印",
    "发之日起施行。",
]

# An untitled item whose first two lines hold no mark, a word running on across the second's end
# (举 / 行) under a blank line OCR left inside the paragraph.
UNTITLED_ITEM_WORD_ACROSS = [
    "新闻快递",
    "",
    "江城第五届读书节昨天开幕。",
    "",
    "深入学习贯彻城市治理条例精神",
    "交流会24日在江城市民中心举",
    "",
    "行，两百余人参加。",
]


def test_a_first_item_title_wrapped_inside_its_tag_titles_the_item():
    stories = segment_lines_whole(FIRST_ITEM_TITLE_WRAPPED, left_out=("简讯",))
    assert titles(stories) == ["江城中小学网络课堂17日开通（市教育局新闻发布会）", "江城机场新航站楼正式启用"]
    assert stories[0].body.startswith("截至2月11日24时")


def test_a_marked_title_over_three_lines_titles_the_next_item():
    stories = segment_lines_whole(MARKED_TITLE_OVER_THREE_LINES, left_out=("要闻速览",))
    assert titles(stories)[1] == "江城市委办公室印发《干部选拔任用工作监督检查和责任追究办法》"
    assert stories[1].body.startswith("近日，江城市委办公室印发")


def test_lines_whose_word_runs_on_across_are_the_item_prose():
    stories = segment_lines_whole(UNTITLED_ITEM_WORD_ACROSS, left_out=("新闻快递",))
    assert stories[-1].title == ""
    assert stories[-1].body.startswith("深入学习贯彻城市治理条例精神交流会")


# A one-line title narrower than the column over the item's first prose line, which fills the column
# with no mark in it (the sentence goes on under a blank line OCR left): the column wraps a title by
# filling a line first, so a line as wide as the column under a narrower one is the prose's.
ONE_LINE_TITLE_OVER_UNMARKED_PROSE = [
    "新闻快递",
    "",
    "江城第五届读书节昨天开幕。",
    "",
    "运动会落幕 接力进入江城时间",
    "第三届全省运动会闭幕式13日在省城",
    "",
    "体育中心举行，江城代表团在本届运",
    "动会上再次取得金牌总数第一。",
]


def test_a_column_wide_line_under_a_narrower_title_line_is_the_item_prose():
    stories = segment_lines_whole(ONE_LINE_TITLE_OVER_UNMARKED_PROSE, left_out=("新闻快递",))
    assert titles(stories)[-1] == "运动会落幕接力进入江城时间"
    assert stories[-1].body.startswith("第三届全省运动会闭幕式13日在省城体育中心举行")
