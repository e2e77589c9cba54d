"""A title printed under its own story (issue 8): OCR read the story's title after its body, at the
end of the page or over the next story's deck, so it came out as the story's last paragraph and the
story had no title. A short last paragraph that closes no sentence, names no one and whose words
the story holds is its title. Each page is our own text in the general shape."""

from __future__ import annotations

import pytest

from audiopaper.segment import labeller
from segment_support import labeller_reading, segment_text

_FIRST_TITLE = "全市老旧小区加装电梯工作全面提速"
_FIRST = ["本报讯 记者从市住建局获", "悉，今年以来全市老旧小区", "加装电梯工作全面提速，已", "有一百二十部电梯完成加装",
          "并投入使用。"]
# a title with a clause mark, as wide as the column: read as a line of prose
_LATE_TITLE = "湿地迎来越冬候鸟，观鸟请勿投喂"
_LATE = ["  入冬以来，城郊湿地公园迎", "来大批越冬候鸟，白鹭、灰", "鹤和野鸭在湿地的浅滩上觅", "食嬉戏，吸引了不少市民前",
         "来观鸟拍照。", "  湿地公园管理处工作人员介", "绍，公园今年新增了三处候", "鸟观测点，并安排专人巡护",
         "，提醒游客文明观鸟，不要", "投喂和惊扰越冬候鸟。"]
_NEXT_TITLE = "图书馆推出夜间阅读服务"
_NEXT = ["本报讯 市图书馆从本月起", "推出夜间阅读服务，每周五", "和周六延长开放至晚上十点", "，方便上班族下班后前来借",
         "阅图书。"]


@pytest.fixture(autouse=True)
def _closing_lines_read_as_prose(monkeypatch):
    # the labeller reads a title set under its story as prose (a clause mark, the column's width)
    closing = [_LATE_TITLE, "欢迎读者来信，分享你的心得体会", "湿地公园管理处工作人员供稿 编辑 李华", "湿地新增观测点，观鸟请勿投喂"]
    monkeypatch.setattr(labeller, "label_probabilities", labeller_reading({line: (0.0, 0.02) for line in closing}))


def _page(*tail: str) -> str:
    return "\n".join(["", _FIRST_TITLE, "", *_FIRST, "", "记者 王明", *_LATE, *tail])


def test_a_title_printed_under_its_story_at_the_end_of_the_page_heads_that_story():
    stories = segment_text(_page(_LATE_TITLE))
    assert [s.title for s in stories] == [_FIRST_TITLE, _LATE_TITLE]
    assert stories[1].body.endswith("不要投喂和惊扰越冬候鸟。")


def test_a_title_printed_under_its_story_over_the_next_storys_deck_heads_the_story_above():
    stories = segment_text(_page(_LATE_TITLE, "", _NEXT_TITLE, "", *_NEXT))
    assert [s.title for s in stories] == [_FIRST_TITLE, _LATE_TITLE, _NEXT_TITLE]
    assert stories[1].body.endswith("不要投喂和惊扰越冬候鸟。")


# Short closing lines of an untitled story that are no title of it: they stay in its body.
def test_a_closing_line_whose_words_the_story_does_not_hold_stays_in_the_body():
    stories = segment_text(_page("欢迎读者来信，分享你的心得体会"))
    assert "欢迎读者来信，分享你的心得体会" in stories[1].body
    assert stories[1].title != "欢迎读者来信，分享你的心得体会"


def test_a_closing_credit_is_no_title_though_the_story_holds_its_words():
    stories = segment_text(_page("湿地公园管理处工作人员供稿 编辑 李华"))
    assert stories[1].title != "湿地公园管理处工作人员供稿 编辑 李华"


def test_a_titled_storys_closing_line_stays_in_its_body(monkeypatch):
    # a story with its title above keeps a short closing line that repeats its words (a pull quote)
    monkeypatch.setattr(labeller, "label_probabilities", labeller_reading({"湿地新增观测点，观鸟请勿投喂": (0.0, 0.02)}))
    text = "\n".join(["", _FIRST_TITLE, "", *_FIRST, "", "城郊湿地公园迎来越冬候鸟", "记者 王明", *_LATE,
                      "湿地新增观测点，观鸟请勿投喂"])
    stories = segment_text(text)
    assert stories[1].title == "城郊湿地公园迎来越冬候鸟"
    assert stories[1].body.endswith("湿地新增观测点，观鸟请勿投喂")


@pytest.mark.parametrize("under", [[], ["", "简讯", "", _NEXT_TITLE, "", *_NEXT]], ids=["page_end", "brief_column"])
def test_a_title_printed_under_the_credits_that_close_its_story_heads_that_story(under):
    # ……。 / 文／记者 X 图／记者 Y / title: the title was read as a story of its own under the credits
    stories = segment_text(_page("文／记者 史如国 图／记者 李芳梅", _LATE_TITLE, *under))
    assert [s.title for s in stories][:2] == [_FIRST_TITLE, _LATE_TITLE]
    assert stories[1].body.endswith("不要投喂和惊扰越冬候鸟。")
    assert "史如国" in stories[1].byline
