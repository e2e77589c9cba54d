"""A subtitle restating the clause the lead opens with, wrapped at the column as the title over it is
(issue 8): the deck's last lines, read together, say the lead's first clause word for word (青溪水库 /
今年蓄水量 / 创十年新高 / 据市水利局 / 昨日发布的 / 数据, the lead: 据市水利局昨日发布的数据，…), so
they are the subtitle, not the tail of the title; a title's tail never says the lead's opening clause
on its own. Our own lines in the general shape."""

from __future__ import annotations

from segment_support import story_under

_TITLE = ["青溪水库", "今年蓄水量", "创十年新高"]
_BODY = [
    "本报讯 据市水利局昨日发布的",
    "数据，青溪水库今年蓄水量达到",
    "一亿二千万立方米，创十年来新",
    "高。入汛以来，库区降雨偏多，",
    "水库调度兼顾防洪和供水。",
]


def test_lines_saying_the_leads_opening_clause_are_the_subtitle():
    story = story_under([*_TITLE, "", "据市水利局", "昨日发布的", "数据", ""], _BODY)
    assert (story.kicker, story.title.replace(" ", ""), story.subtitle) == ("", "青溪水库今年蓄水量创十年新高",
                                                                        "据市水利局 昨日发布的 数据")


def test_lines_saying_a_later_clause_stay_in_the_title():
    # the lead says these words, but not as the clause it opens with: the title's own tail
    body = ["本报讯 入汛以来，据市水利局昨日发布的", *_BODY[1:]]
    story = story_under([*_TITLE, "", "据市水利局", "昨日发布的", "数据", ""], body)
    assert story.subtitle != "据市水利局 昨日发布的 数据"
