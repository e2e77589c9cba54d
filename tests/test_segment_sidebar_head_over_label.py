"""A sidebar's head set above its label (相关链接) at the end of a story (issue 8): the head and
the sidebar are the story's, even where the sidebar speaks of other things. Our own text."""

from __future__ import annotations

from segment_support import segment_lines_whole

STORY_WITH_SIDEBAR_HEAD_OVER_LABEL = [
    "江城地铁三号线开通运营",
    "本报讯 江城地铁三号线今天上午开",
    "通运营，全长二十八公里，设车站",
    "二十一座，连接城北新区和高铁站。",
    "首日客流超过十万人次，各站秩序",
    "良好，乘客普遍反映换乘方便快捷。",
    "",
    "城轨里程增长 线网规模扩大",
    "■相关链接",
    "截至去年年底，我国已有五十多座",
    "城市开行城轨，总里程一万多千米，",
    "居世界第一位。其中北京上海两地",
    "的线网规模最大，日均运送旅客都",
    "在千万人次以上。",
]


def test_a_sidebar_head_over_its_label_stays_in_the_story():
    stories = segment_lines_whole(STORY_WITH_SIDEBAR_HEAD_OVER_LABEL)
    assert [s.title for s in stories] == ["江城地铁三号线开通运营"]
    assert "城轨里程增长" in stories[0].body
    assert stories[0].body.endswith("在千万人次以上。")
