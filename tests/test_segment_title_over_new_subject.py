"""A story's one-line title set in its column's width after a finished paragraph, over prose that
speaks of something the story above never mentions (issue 8): the line names what the prose under it
is about, so it heads a new story rather than opening a paragraph of the story above. Seen on the
independent page maker's pages, where a title may fill the column. Our own text in the general shape."""

from __future__ import annotations

from segment_support import column, segment_lines_whole

STORY_ABOVE = [
    "市图书馆读书节开幕",
    "本报讯 第十届市图书馆读书节昨天开",
    "幕，为期一个月的读书节将举办名家讲",
    "座、亲子阅读、古籍展览等八十多场活",
    "动，市民可通过图书馆公众号预约参加。",
    "本届读书节首次设立社区分会场，全市",
    "二十个街道图书室同步开展阅读推广，",
    "让市民在家门口就能参与读书活动。",
]

TITLE_AT_COLUMN_WIDTH_OVER_A_NEW_SUBJECT = STORY_ABOVE + [
    "北湖新区加快推进智慧物流园区建设",
    "今年以来，北湖新区出台多项扶持政策",
    "，从土地供应、税收减免等方面支持物",
    "流企业落户。目前园区已入驻企业四十",
    "余家，年货运量突破二百万吨，带动就",
    "业岗位三千多个，冷链仓储项目下月投",
    "用。",
]


def test_a_column_wide_line_over_a_new_subject_is_that_story_s_title():
    stories = segment_lines_whole(TITLE_AT_COLUMN_WIDTH_OVER_A_NEW_SUBJECT)
    assert [s.title for s in stories] == ["市图书馆读书节开幕", "北湖新区加快推进智慧物流园区建设"]
    assert stories[0].body.endswith("让市民在家门口就能参与读书活动。")
    assert stories[1].body.startswith("今年以来，北湖新区")


# An untitled short report under the story: its first line names a new subject too, but the column broke
# a phrase there that the prose says again whole (新型冷链运输 / 车辆…… / 这批新型冷链运输车辆), so the line
# runs on into the next: prose, not a title.
UNTITLED_REPORT_SAYING_ITS_BROKEN_PHRASE_AGAIN = STORY_ABOVE + column(
    "北湖新区自主研发的新型冷链运输车辆近日投入使用。这批新型冷链运输车辆可全程保温七十二小时，"
    "每辆车每天可为沿线二十多家超市配送生鲜，比原来节省一半时间。", 15)


def test_a_line_whose_broken_phrase_the_prose_says_again_stays_prose():
    stories = segment_lines_whole(UNTITLED_REPORT_SAYING_ITS_BROKEN_PHRASE_AGAIN)
    assert all(s.title != "北湖新区自主研发的新型冷链运输" for s in stories)
    assert any("北湖新区自主研发的新型冷链运输车辆近日投入使用。" in s.body for s in stories)


# The first line of the story's next paragraph, as wide as the column and with no mark in it: the
# prose under it goes on with what the story above says, so it stays that story's prose.
PARAGRAPH_GOING_ON_WITH_THE_STORY = STORY_ABOVE + [
    "读书节期间图书馆还将延长开放时间每",
    "天至晚上九点，并为社区分会场配送图",
    "书三万余册，方便市民借阅。读书节闭",
    "幕时将评选十佳书香家庭和优秀阅读推",
    "广人，名单在图书馆公众号公布。",
]


def test_a_column_wide_first_line_of_a_paragraph_going_on_with_the_story_stays_prose():
    stories = segment_lines_whole(PARAGRAPH_GOING_ON_WITH_THE_STORY)
    assert [s.title for s in stories] == ["市图书馆读书节开幕"]
    assert stories[0].body.endswith("名单在图书馆公众号公布。")
