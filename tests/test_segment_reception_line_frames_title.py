"""A deck line reporting how the news was received (习近平总书记给乡村教师的回信引发热烈反响) set under the
line that says the news itself (守护好孩子们的梦想) (issue 8): the line the lead says is no reason to take
the frame for the title; it is the subtitle, the line over it the title. A reception line standing alone
is a title of its own, and so is one under a column's slogan of two short phrases (奋进新征程 建功新时代),
a kicker over it. Our own invented text in the general shape of a mainland daily's deck."""

from __future__ import annotations

from segment_support import story_under

_RECEPTION = "习近平总书记给乡村教师的回信引发热烈反响"
_BODY = ["　　本报讯 习近平总书记近日给全省乡村教", "师回信，在教育系统引发热烈反响。大家",
         "表示，要扎根乡村，守护好孩子们的梦想，", "办好人民满意的教育。"]


def test_a_reception_line_under_the_title_is_its_subtitle():
    story = story_under(["守护好孩子们的梦想", _RECEPTION], _BODY)
    assert (story.kicker, story.title, story.subtitle) == ("", "守护好孩子们的梦想", _RECEPTION)


def test_a_reception_line_alone_stays_the_title():
    story = story_under([_RECEPTION], _BODY)
    assert (story.kicker, story.title) == ("", _RECEPTION)


def test_a_reception_line_under_a_column_slogan_stays_the_title():
    story = story_under(["奋进新征程 建功新时代", _RECEPTION], _BODY)
    assert (story.kicker, story.title) == ("奋进新征程 建功新时代", _RECEPTION)
