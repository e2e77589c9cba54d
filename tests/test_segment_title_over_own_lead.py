"""A story's title set straight over its lead after the finished last paragraph of the story above,
as wide as the column, no blank line, no dateline and no byline marking the break, the lead's first
line as bare of marks as the title (issue 8). The lead's first sentence says the title's words again,
the story above says none of them, and the two share no name or term: the line heads a new story,
whatever the labeller makes of it. Seen on the independent page maker's pages (胡塞武装称美英战机空袭也门
首都萨那 / 也门胡塞武装控制的马西拉电视台22日……), where the labeller read such titles as prose (a deck
line at 0.03 to 0.3) and the reader took them for a paragraph's first line, the two stories merged.
Our own text in the general shape."""

from __future__ import annotations

import pytest
from segment_support import column, labeller_reading, segment_lines_whole

from audiopaper.segment import labeller

STORY_ABOVE = ["市图书馆读书节开幕"] + column(
    "本报讯 第十届市图书馆读书节昨天开幕，为期一个月的读书节将举办名家讲座、亲子阅读、古籍展览等八十多场"
    "活动，市民可通过图书馆公众号预约参加。", 17) + column(
    "本届读书节首次设立社区分会场，全市二十个街道图书室同步开展阅读推广，让市民在家门口就能参与读书活动。", 17)

TITLE = "滨江港今年新开通三条国际集装箱航线"  # as wide as the column

TITLE_STRAIGHT_OVER_ITS_LEAD = STORY_ABOVE + [TITLE] + column(
    "滨江港务集团昨天宣布本月起陆续开通通往新加坡、釜山和胡志明市的三条国际航线，每周各运行两个班次。"
    "新航线开通后，港口外贸航线总数达到四十二条，预计全年集装箱吞吐量将突破三百万标箱。", 17)

# The labeller's reading of such a title on the page maker's pages: a close call, leaning to prose.
CLOSE_CALL = (0.3, 0.05)


def test_a_title_straight_over_its_lead_heads_a_new_story(monkeypatch):
    monkeypatch.setattr(labeller, "label_probabilities", labeller_reading({TITLE: CLOSE_CALL}))
    stories = segment_lines_whole(TITLE_STRAIGHT_OVER_ITS_LEAD)
    assert [s.title for s in stories] == ["市图书馆读书节开幕", TITLE]
    assert stories[0].body.endswith("让市民在家门口就能参与读书活动。")
    assert stories[1].body.startswith("滨江港务集团昨天宣布")


# An untitled paragraph of the story above whose first line ends on a word that leads on (……航线的), over a
# line as bare of marks: the line runs on into the sentence under it, which says its words again, so it
# stays prose.
RUNNING_ON = "滨江港务集团今年新开通三条国际航线的"
LINE_RUNNING_ON_INTO_ITS_SENTENCE = STORY_ABOVE + [RUNNING_ON] + column(
    "首个班次昨天上午九时从滨江港码头启航，三条航线分别通往新加坡、釜山和胡志明市，每周各运行两个班次。新航线开通后，"
    "港口外贸航线总数达到四十二条，预计全年集装箱吞吐量将突破三百万标箱。", 17)



# A line saying words of the story above (全市, 二十个街道) under its finished paragraph, over prose naming
# nothing of it: the story goes on to its next matter, so the line stays that story's.
SAYING_THE_STORY_S_WORDS = "全市二十个街道同步新建便民服务站"
LINE_SAYING_THE_STORY_S_WORDS = STORY_ABOVE + [SAYING_THE_STORY_S_WORDS] + column(
    "今年以来各区共建成便民服务站一百二十个，提供代缴水电费、家电维修、快递代收等服务，居民步行十分钟"
    "即可办理。服务站由社工和志愿者轮流值守，周末照常开放。", 17)


@pytest.mark.parametrize("line, page", [(RUNNING_ON, LINE_RUNNING_ON_INTO_ITS_SENTENCE),
                                        (SAYING_THE_STORY_S_WORDS, LINE_SAYING_THE_STORY_S_WORDS)],
                         ids=["running on into its sentence", "saying the story above's words"])
def test_a_line_under_the_story_s_finished_paragraph_stays_its_prose(monkeypatch, line, page):
    monkeypatch.setattr(labeller, "label_probabilities", labeller_reading({line: CLOSE_CALL}))
    stories = segment_lines_whole(page)
    assert [s.title for s in stories] == ["市图书馆读书节开幕"]
    assert line in stories[0].body


# A title set off the column's width may share a word with the story above by chance (活动: 参与读书活动 /
# 滨江港航线推介活动…): bare of colons and quotes, over a lead saying its words again, it still heads a new story.
TITLE_SHARING_A_WORD = "滨江港航线推介活动在沪举行"  # narrower than the column by four
TITLE_SHARING_A_WORD_ABOVE = STORY_ABOVE + [TITLE_SHARING_A_WORD] + column(
    "滨江港务集团在上海举行航线推介活动，宣布本月起开通通往新加坡、釜山和胡志明市的三条国际航线，每周各运行两个班次。"
    "新航线开通后，港口外贸航线总数达到四十二条，预计全年集装箱吞吐量将突破三百万标箱。", 17)


def test_a_bare_title_sharing_a_word_with_the_story_above_heads_a_new_story(monkeypatch):
    monkeypatch.setattr(labeller, "label_probabilities", labeller_reading({TITLE_SHARING_A_WORD: CLOSE_CALL}))
    stories = segment_lines_whole(TITLE_SHARING_A_WORD_ABOVE)
    assert [s.title for s in stories] == ["市图书馆读书节开幕", TITLE_SHARING_A_WORD]
    assert stories[1].body.startswith("滨江港务集团在上海举行")


# The same word shared by a line as wide as the column (a paragraph's first line looks so), or by a
# crosshead whose colon or quote names a part of the story above: the line stays that story's.
AS_WIDE_AS_THE_COLUMN = "滨江港口集装箱航线推介活动在沪举行"  # 17, the column's width
CROSSHEAD_WITH_A_COLON = "滨江港：航线推介活动在沪举行"


@pytest.mark.parametrize("line", [AS_WIDE_AS_THE_COLUMN, CROSSHEAD_WITH_A_COLON],
                         ids=["as wide as the column", "a crosshead's colon"])
def test_a_line_sharing_a_word_above_in_prose_or_crosshead_shape_stays_its_story_s(monkeypatch, line):
    monkeypatch.setattr(labeller, "label_probabilities", labeller_reading({line: CLOSE_CALL}))
    stories = segment_lines_whole(STORY_ABOVE + [line] + TITLE_SHARING_A_WORD_ABOVE[len(STORY_ABOVE) + 1 :])
    assert [s.title for s in stories] == ["市图书馆读书节开幕"]
    assert line in stories[0].body
