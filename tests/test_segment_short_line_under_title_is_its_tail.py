"""A title the column broke leaves its last word or two on a line of their own (issue 8): the one line
under the title, read as a subtitle, that holds six characters or fewer (全省秋粮收购工作 / 顺利完成) is the
title's end, not a subtitle, which says a clause of its own, where the lead says its words. A line that a dash opens, that ends in a
dash or colon, that names writers or the piece, or that sits under a title closed by a mark, stays out
of the title. Our own invented text."""

from __future__ import annotations

from audiopaper.segment import patterns as p
from audiopaper.segment.headlines import Headline, _short_line_under_title_is_its_tail
from segment_support import story_under


_LEAD = "本报讯 全省秋粮收购工作日前顺利完成，各地抢收，粮食局组织收购入库。"


def _read(units: list[str], lead: str = _LEAD) -> Headline:
    headline = Headline(title=units[0], subtitle=" ".join(units[1:]))
    return _short_line_under_title_is_its_tail(units, headline, lead)


def test_a_short_line_under_the_title_is_its_tail():
    read = _read(["全省秋粮收购工作进展", "顺利完成"])
    assert p.compact(read.title) == "全省秋粮收购工作进展顺利完成"
    assert read.subtitle == ""


def test_a_short_line_the_lead_does_not_say_stays_out():
    # a label, a kicker set below or a stray line of the page: not the news the title tells
    units = ["全省秋粮收购工作进展", "今明天气"]
    assert _read(units) == Headline(title=units[0], subtitle=units[1])


def test_a_clause_long_subtitle_stays_the_subtitle():
    units = ["全省秋粮收购工作进展", "各地抢抓晴好天气组织收购"]
    assert _read(units) == Headline(title=units[0], subtitle=units[1])


def test_dashes_names_and_closed_titles_keep_the_short_line_out():
    for units in (["全省秋粮收购工作进展", "——记者手记"], ["全省秋粮收购工作进展", "粮食局——"],
                  ["全省秋粮收购工作进展", "张明 李华"], ["全省秋粮收购进展顺利！", "各地抢收"],
                  ["全省秋粮收购工作进展", "（上）"]):
        assert _read(units) == Headline(title=units[0], subtitle=units[1])


def test_on_a_page_the_title_keeps_its_tail():
    body = ["本报讯 全省秋粮收购工作日前顺利完成，各", "地粮食部门抢抓晴好天气，组织收购入库。", ""]
    story = story_under(["", "全省秋粮收购工作进展", "顺利完成", ""], body)
    assert p.compact(story.title) == "全省秋粮收购工作进展顺利完成"
    assert not story.subtitle


def test_who_presided_stays_the_subtitle():
    units = ["全市城市更新工作座谈会举行", "王强主持"]
    lead = "本报讯 全市城市更新工作座谈会昨日举行，市长王强主持会议并讲话。"
    assert _read(units, lead) == Headline(title=units[0], subtitle=units[1])
