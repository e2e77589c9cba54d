"""A column pair with nothing marking the second story's lead: a page read column by column puts the
next story's deck inside the unfinished sentence of the story beside it, that story runs on to the end
of its sentence, and the next story's text follows with no byline, dateline or credit between them. The
deck heads the text where the words turn to another story, not the next story marked on the page. Our
own text in the general shape."""

from __future__ import annotations

import re

from segment_support import segment_text


def _column(text: str, width: int = 14) -> list[str]:
    return [text[k : k + width] for k in range(0, len(text), width)]


# the sentence stops at the column's foot (its last line fills the column) and goes on past the deck
STORY_ABOVE = ["城区新增公交线路八条"] + _column(
    "本报讯为方便市民出行，市公交集团从本月起在城区新开通公交线路八条，线路覆盖新建小区和学校，高峰时段发车间隔缩短到")
DECK = ["山村春茶采摘正忙时节（乡村见闻）"]
REST_OF_SENTENCE = _column("五分钟，乘客可以通过手机查询车辆到站时间。")
# the next story's text, sharing hardly a word with the story above: a story's worth of prose
NEXT_STORY = _column(
    "清晨的山谷里雾气还没有散去，茶农们已经背着竹篓走进了茶园。眼下正是山村春茶采摘的时节，今年春天雨水充足，新芽比往年早发了十来天，"
    "一片片嫩绿的叶子挂着露珠。老茶农说，采茶讲究一芽一叶，手要轻，动作要快，不然叶子就会发红。合作社今年"
    "请来了农技专家，教大家修剪茶树、施用有机肥，还建起了新的加工车间，鲜叶当天就能炒制成干茶。村里的年轻人"
    "也回来了，有的在网上直播卖茶，有的办起了民宿，让游客住进茶山，亲手采摘、炒制，体验制茶的乐趣。去年全村"
    "茶叶收入比前年翻了一番，家家户户盖起了新房。村支书说，下一步要把茶园和古村落连起来，修好步道和观景台，"
    "让更多的人走进山里，品一杯好茶，看一看山村的新变化。山脚下的小学也添了新课，孩子们跟着老茶农认识茶树，"
    "学唱采茶歌，放学后还帮着家里拣茶叶。傍晚时分，炒茶的香气飘满了整个村子，晒场上摆满了竹匾，茶农们脸上洋溢着丰收的喜悦。")
NEXT_MARKED_STORY = ["图书馆延长开放时间"] + _column("本报讯市图书馆从下周起每天开放到晚上九点，方便读者下班后借阅。")


def test_deck_waiting_in_a_sentence_heads_the_text_where_the_words_turn():
    page = STORY_ABOVE + DECK + REST_OF_SENTENCE + NEXT_STORY + ["（作者为本报记者）"] + NEXT_MARKED_STORY
    stories = segment_text("\n".join(page))
    assert [s.title for s in stories] == ["城区新增公交线路八条", "山村春茶采摘正忙时节（乡村见闻）", "图书馆延长开放时间"]
    above, below = re.sub(r"\s", "", stories[0].body), re.sub(r"\s", "", stories[1].body)
    assert above.endswith("乘客可以通过手机查询车辆到站时间。")
    assert below.startswith("清晨的山谷里雾气还没有散去")


def test_deck_over_a_story_running_on_stays_with_the_next_story():
    # the sentence's story runs on in the same words: no turn to another story, so no cut
    same_story = _column(
        "新线路开通后，公交集团还将在各线路沿途增设候车亭，候车亭配有电子站牌，市民在站台就能看到车辆到站时间。"
        "公交集团表示，今后将根据市民乘车需求继续优化线路，新开通的公交线路将在学校上下学时段加密班次，并在新建"
        "小区和学校门口增设站点，方便市民和学生乘坐公交出行。公交集团提醒乘客，可以通过手机查询新线路的走向和"
        "到站时间，高峰时段乘坐公交时注意安全，有序上下车。市民对新线路和新站点有意见建议的，可以拨打公交集团"
        "服务热线反映，公交集团将及时研究，进一步优化城区公交线路，让市民乘坐公交出行更方便、更快捷。")
    page = STORY_ABOVE + DECK + REST_OF_SENTENCE + same_story + ["（记者 王平）"] + NEXT_STORY[:3]
    stories = segment_text("\n".join(page))
    assert [s.title for s in stories] == ["城区新增公交线路八条", "山村春茶采摘正忙时节（乡村见闻）"]
    assert "公交集团提醒乘客" in stories[0].body
