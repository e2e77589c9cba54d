"""A couplet under a plain statement of the news (issue 8): a daily sets its title as even phrases
(让弱村变强 把强村做优) under the statement that frames it (山东潍坊市寒亭区实施强村领航工程), and the
story's lead may say those phrases as its own clauses; the couplet is still the title and the statement
its kicker, not a title over a subtitle restating the lead. A line under the statement whose phrases
are uneven (玩冰乐雪 人们畅享运动的欢乐) and that the lead says is that subtitle still. Each page is
our own text in the general shape."""

from __future__ import annotations

from segment_support import story_under


def test_an_even_couplet_the_lead_says_is_the_title_under_its_statement():
    story = story_under(["河东市南岗区实施强村帮扶工程", "让弱村变强 把强村做优", ""], [
        "本报讯 河东市南岗区去年起实施强村帮扶工",
        "程，让弱村变强，把强村做优，全区村集体",
        "收入比上年增长三成。",
    ])
    assert (story.kicker, story.title, story.subtitle) == ("河东市南岗区实施强村帮扶工程", "让弱村变强 把强村做优", "")


def test_an_uneven_line_the_lead_says_stays_the_subtitle():
    story = story_under(["河东市各地开展冰雪活动", "玩冰乐雪 市民畅享运动的欢乐", ""], [
        "本报讯 入冬以来，河东市各地开展冰雪活动，",
        "玩冰乐雪，市民畅享运动的欢乐。全市已建成",
        "冰雪场地三十处。",
    ])
    assert (story.kicker, story.title) == ("", "河东市各地开展冰雪活动")
