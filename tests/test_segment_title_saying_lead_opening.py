"""A two-line deck whose lower line says word for word the clause the lead opens with (issue 8):
that line is the subtitle restating the lead, not the title with the real title over it read as its
kicker (执著的力量 / 黄明奎做好了一桌丰盛的年夜饭, the lead: 黄明奎做好了一桌丰盛的年夜饭。…). In the
dev and third-pool truth of three page makers a deck role saying the lead's opening clause, set as
the last lines of a deck of two or more roles, is the subtitle 200 times, the title 4, a kicker once.
A title the lead says again under a kicker that introduces it (…强调) stays the title. Our own lines
in the general shape."""

from __future__ import annotations

import pytest

from segment_support import story_under

_BODY = [
    "本报讯 市交通局昨日发布消息称，全市公交",
    "线路将全面启用新版电子站牌，乘客可实",
    "时查看车辆到站时间。据介绍，新版站牌",
    "年内覆盖全部主城区站点。",
]


@pytest.mark.parametrize("title", ["等车不再靠猜", "一块屏里的温度"])
def test_line_saying_the_leads_opening_clause_under_the_title_is_its_subtitle(title):
    story = story_under([title, "", "市交通局昨日发布消息称", ""], _BODY)
    assert (story.kicker, story.title, story.subtitle) == ("", title, "市交通局昨日发布消息称")


def test_title_the_lead_says_under_a_kicker_introducing_it_stays_the_title():
    story = story_under(["市长在全市交通工作会议上强调", "", "市交通局昨日发布消息称", ""], _BODY)
    assert (story.kicker, story.title) == ("市长在全市交通工作会议上强调", "市交通局昨日发布消息称")
