"""A story's deck and byline under a paragraph the column cut off mid-sentence (issue 8): OCR,
reading the page column by column, gives the foot of one story's column (……被搬到了线上；), then
the next story's title, its byline and its lead. A sentence never holds a story's byline, and a
lead that opens with a dateline or says the title's words again starts that story: the title is
the new story's, not words of the sentence above. Our own invented text in the general shape."""

from __future__ import annotations

from audiopaper.segment import patterns as p
from segment_support import segment_text

_ABOVE = ["城东湿地公园完成改造", "", "本报讯 记者近日走访城东湿地公园", "发现，公园的步道、栈桥和观鸟", "屋都已完成改造，周末游客明显",
          "增多。园方介绍，今年共新栽乔", "木三千余株，水质也有了改善；"]


def _stories(deck: list[str], byline: str, lead: list[str]):
    return segment_text("\n".join([*_ABOVE, "", *deck, byline, *lead]))


def test_a_title_and_byline_under_a_cut_off_sentence_open_the_story_whose_lead_restates_it():
    above, story = _stories(["春节假期全市大部地", "区气温偏高适宜出游"], "□记者 王晓",
                            ["市气象台今天发布春节假期全市天气", "情况。春节期间，全市大部地区气温", "较常年偏高，适宜出游。"])
    assert p.compact(story.title) == "春节假期全市大部地区气温偏高适宜出游"
    assert story.body.startswith("市气象台今天")
    assert "春节假期" not in above.body and above.body.endswith("也有了改善；")


def test_a_title_and_byline_over_a_dateline_open_the_story():
    above, story = _stories(["老旧小区加装电梯提速"], "本报记者 李明",
                            ["新华社北京3月2日电 今年以来，多地", "加快推进老旧小区改造，一批电梯", "已经投入使用。"])
    assert story.title == "老旧小区加装电梯提速"
    assert "加装电梯提速" not in above.body
