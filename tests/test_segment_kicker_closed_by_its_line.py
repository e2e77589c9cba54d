"""A kicker line that introduces the title (…调研时强调) is the kicker's last line (issue 8,
mainland decks): a title the column wrapped under it is the title, both its lines, not a second
kicker line over the title's end. Our own invented text."""

from __future__ import annotations

from segment_support import segment_text

_PAGE = [
    "市图书馆延长夏季开放时间",
    "本报讯 市图书馆昨日发布通知，七",
    "月起每天开放到晚上九点。",
    "",
    "市长在城东新区调研时强调",
    "城东交警推出潮汐",
    "车道 让早晚高峰“堵心”变舒心",
    "本报讯 昨天，市长到城东新区调研",
    "交通工作。城东交警在两条主干道",
    "试行可变车道，早晚高峰让车道随",
    "车流调整方向，市民通勤时间平均",
    "缩短十分钟。",
]


def test_lines_under_a_kicker_that_introduces_the_title_are_the_title_s():
    stories = segment_text("\n".join(_PAGE))
    assert [s.title for s in stories][0] == "市图书馆延长夏季开放时间"
    story = stories[1]
    assert story.kicker == "市长在城东新区调研时强调"
    assert story.title.replace(" ", "") == "城东交警推出潮汐车道让早晚高峰“堵心”变舒心"

