"""A deck line ending in a dash (…民警王强——) introduces the line under it: the page's headline
blocks are never cut between the two, so the kicker keeps its title, and the next story's deck
does not take that title as its own kicker (issue 8, mainland decks set after the story they
head). Our own invented text."""

from __future__ import annotations

from segment_support import segment_text

_PAGE = [
    "城东派出所民警王强扎根社区十",
    "二年，走遍了辖区每一条街巷。",
    "他说：“守护街巷平安，是民警的",
    "本分，再苦再累也值得。”居民",
    "都很信任他。",
    "",
    "城东派出所民警王强——",
    "一片丹心系万家",
    "",
    "市气象台最新数据表明——",
    "今年入夏以来降雨偏多三成",
    "本报讯 市气象台昨日发布数据，今",
    "年入夏以来全市降雨量比常年偏多",
    "三成，气象台提醒市民注意防范强",
    "降雨带来的城市内涝。",
]


def test_a_kicker_ending_in_a_dash_stays_over_its_title():
    first, second = segment_text("\n".join(_PAGE))
    assert (first.kicker, first.title) == ("城东派出所民警王强——", "一片丹心系万家")
    assert first.body.startswith("城东派出所民警王强扎根社区")
    assert (second.kicker, second.title) == ("市气象台最新数据表明——", "今年入夏以来降雨偏多三成")
