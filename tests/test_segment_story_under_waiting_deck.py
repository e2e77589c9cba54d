"""A column pair with nothing marking the second story's lead: a page read column by column puts the
next story's deck (a title wider than the narrow column, closing on its column tag, a blank line
above and under it) inside the unfinished sentence of the story beside it. That story runs on for two
lines to the end of its sentence and paragraph, and the next story's paragraphs follow with no byline,
dateline or credit between them, their openings not restating the deck (so no lead is found for it),
though its text says some of the deck's words. The deck heads the text where the words turn to
another story, not the next title nor the next dated story under it. Our own text in the general
shape of such pages."""

from __future__ import annotations

import re

import pytest

from audiopaper.segment import ocr
from segment_support import segment_text

_WIDTH = 12  # a narrow column


def _paragraph(text: str) -> list[str]:
    """A paragraph set in the column, a blank line under it, as OCR leaves them."""
    return [text[k : k + _WIDTH] for k in range(0, len(text), _WIDTH)] + [""]


def _compact(text: str) -> str:
    return re.sub(r"\s", "", text)


STORY_ABOVE_TITLE = "城区新增公交线路八条"
STORY_ABOVE = [STORY_ABOVE_TITLE, ""] + _paragraph(
    "本报讯为方便市民出行，市公交集团从本月起在城区新开通公交线路八条，线路覆盖新建小区和学校。")
# the sentence the deck is lifted out of: its lines above the deck fill the column, and it is unfinished
SENTENCE_OVER_DECK = "新线路开通后，高峰时段发车间隔将从十二分钟缩短到"
assert len(SENTENCE_OVER_DECK) % _WIDTH == 0
DECK = "竹编老手艺走进城里商场（乡村见闻）"
SENTENCE_UNDER_DECK = "五分钟，乘客可以通过手机查询车辆到站时间。"
# the next story's text, sharing hardly a word with the story above, its openings not restating the deck
NEXT_STORY = [
    "清晨的山谷里雾气还没有散去，溪边的作坊里已经响起了劈篾的声音。七十岁的周师傅坐在矮凳上，把一根毛竹"
    "剖成细如发丝的篾条，手指翻飞，不一会儿一只小巧的果篮就有了雏形。这门竹编手艺在村里传了两百多年，"
    "前些年会做的人越来越少，年轻人都外出打工了。",
    "转机出现在去年秋天。镇上牵线，请来美术学院的老师帮忙设计新样式，茶盘、灯罩、手提包一件件摆上了"
    "展台。几家城里的大商场专门开辟了柜台，周末还请老艺人现场表演，顾客围得里三层外三层。村里办起了培训班，"
    "二十多个返乡青年跟着周师傅学艺，有的在网上开了店铺，订单从全国各地飞来。",
    "傍晚收工，周师傅把新编好的一对花瓶仔细包好，明天一早就要送到省城参加展览。他笑着说，没想到老祖宗"
    "留下的老手艺，如今成了抢手货，这辈子最大的心愿，就是把手艺一代代传下去。院子里，孙女正跟着奶奶学编"
    "小竹篮，一边编一边哼着山歌，篾条在她手里慢慢听了话。",
]
MARKED_STORY_TITLE = "图书馆延长开放时间"
MARKED_STORY_LEAD = "本报讯市图书馆从下周起每天开放到晚上九点，方便读者下班后借阅。"


def _column_pair(story_under_deck: list[str]) -> list[str]:
    """The story above, the deck lifted into its sentence, then *story_under_deck* running straight on."""
    return (STORY_ABOVE + _paragraph(SENTENCE_OVER_DECK)[:-1] + ["", DECK, ""] + _paragraph(SENTENCE_UNDER_DECK)
            + [line for text in story_under_deck for line in _paragraph(text)])


@pytest.fixture
def waiting_decks(monkeypatch):
    """What the rule placing a waiting deck was given and did, each page: (the decks waiting, whether it
    moved one). The titles alone may come out right by another route: the fixture is for this rule."""
    seen: list[tuple[list[str], bool]] = []
    rule = ocr.story_under_waiting_deck

    def spy(pieces, waiting):
        placed = rule(pieces, waiting)
        seen.append(([_compact("".join(x.text for x in run.lines)) for run, _, _ in waiting], placed is not pieces))
        return placed

    monkeypatch.setattr(ocr, "story_under_waiting_deck", spy)
    return seen


def test_deck_waiting_over_the_next_title_heads_the_text_where_the_words_turn(waiting_decks):
    # the next marked thing is a title: the deck is not joined to it, and heads the unmarked text above it
    page = _column_pair(NEXT_STORY) + [MARKED_STORY_TITLE, ""] + _paragraph(MARKED_STORY_LEAD)
    stories = segment_text("\n".join(page))
    assert [s.title for s in stories] == [STORY_ABOVE_TITLE, DECK, MARKED_STORY_TITLE]
    above, under_deck, marked = (_compact(s.body) for s in stories)
    assert above.endswith(SENTENCE_OVER_DECK + SENTENCE_UNDER_DECK)
    assert under_deck == _compact("".join(NEXT_STORY))
    assert marked == MARKED_STORY_LEAD
    # the rule placed it: the deck waited with no lead found (the reader, finding its words said again
    # after the turn, kept it apart from the title rather than joining the two)
    assert waiting_decks == [([DECK], True)]


def test_deck_waiting_over_the_next_dated_story_heads_the_text_where_the_words_turn(waiting_decks):
    # a credit closes the unmarked text and an untitled dated brief follows: the deck is not that brief's
    page = _column_pair(NEXT_STORY) + ["（作者为县文化馆馆员）", ""] + _paragraph(MARKED_STORY_LEAD)
    stories = segment_text("\n".join(page))
    assert [s.title for s in stories] == [STORY_ABOVE_TITLE, DECK, ""]
    above, under_deck, brief = (_compact(s.body) for s in stories)
    assert above.endswith(SENTENCE_OVER_DECK + SENTENCE_UNDER_DECK)
    assert under_deck == _compact("".join(NEXT_STORY))
    assert brief == MARKED_STORY_LEAD
    assert waiting_decks == [([DECK], True)]


def test_deck_over_a_story_running_on_stays_with_the_next_story(waiting_decks):
    # the sentence's story runs on in the same words: no turn to another story, so no cut; the deck,
    # waiting as above, heads the story under the credit, where the reader put it
    same_story = [
        "新线路开通后，公交集团还将在各线路沿途增设候车亭，候车亭配有电子站牌，市民在站台就能看到车辆到站时间。"
        "公交集团表示，今后将根据市民乘车需求继续优化线路，新开通的公交线路将在学校上下学时段加密班次。",
        "公交集团还将在新建小区和学校门口增设站点，方便市民和学生乘坐公交出行。公交集团提醒乘客，可以通过手机"
        "查询新线路的走向和到站时间，高峰时段乘坐公交时注意安全，有序上下车。",
        "市民对新线路和新站点有意见建议的，可以拨打公交集团服务热线反映，公交集团将及时研究，进一步优化城区"
        "公交线路，让市民乘坐公交出行更方便、更快捷。",
    ]
    page = _column_pair(same_story) + ["（记者 王平）", ""] + [line for text in NEXT_STORY for line in _paragraph(text)]
    stories = segment_text("\n".join(page))
    assert [s.title for s in stories] == [STORY_ABOVE_TITLE, DECK]
    above, under_deck = (_compact(s.body) for s in stories)
    assert above.endswith(_compact(same_story[-1]))
    assert under_deck == _compact("".join(NEXT_STORY))
    assert waiting_decks == [([DECK], False)]
