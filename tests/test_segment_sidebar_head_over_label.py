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


def _one_story_keeping_the_head(page: list[str], head: str, last_words: str) -> None:
    stories = segment_lines_whole(page)
    assert [s.title for s in stories] == [page[0]]
    assert head in stories[0].body
    assert stories[0].body.endswith(last_words)


def test_a_sidebar_head_over_its_label_stays_in_the_story():
    _one_story_keeping_the_head(STORY_WITH_SIDEBAR_HEAD_OVER_LABEL, "城轨里程增长", "在千万人次以上。")


# 记者手记 reads as a role and a name (记者 X), but it labels the reporter's notes under the head:
# no byline there closes the story above.
STORY_WITH_HEAD_OVER_REPORTERS_NOTES = [
    "山区小县办起扶贫车间",
    "本报讯 山区小县去年办起扶贫车间",
    "四十多家，带动一千多名群众在家门",
    "口就业，人均月收入超过两千元。",
    "县里还配套发展加工、物流、仓储、",
    "包装等产业，推动一二三产业融合发",
    "展，为稳定脱贫打下坚实基础。",
    "",
    "加强就业帮扶，确保群众收入稳定",
    "记者手记",
    "车间开到村口，老人照看孩子，年轻",
    "人不用背井离乡。一位大姐告诉记者",
    "，在家门口上班，心里踏实多了。",
]


def test_a_sidebar_head_over_reporters_notes_stays_in_the_story():
    _one_story_keeping_the_head(STORY_WITH_HEAD_OVER_REPORTERS_NOTES, "加强就业帮扶", "心里踏实多了。")
