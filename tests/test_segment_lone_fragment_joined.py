"""A lone short line that the reading left as a "story" of its own, with no title, caption or jump and
at most a byline (a caption's who-is-where （右） broken off its caption, a bare 编者按 label), is a piece
of its neighbour, not a story (issue 8): it joins the story under it when it ends no sentence (a label
over what follows), else the story above it (the rest of its prose or caption). Every character stays
in exactly one story. Our own invented text in the general shape of a daily's page."""

from __future__ import annotations

from audiopaper.models import Story, StoryKind
from audiopaper.segment import _lone_fragments_joined, _Part
from segment_support import body_chars, segment_text

_FURNITURE = ["江城晚报", "2021年5月6日 星期四", "第1版 要闻"]
CAPTION_MARK_BROKEN_OFF = [
    *_FURNITURE,
    "江城地铁三号线今天开通",
    "",
    "本报讯 江城地铁三号线今天正式开通运营，",
    "全线设车站二十座，连接城东新区和老城区。",
    "",
    "市民在新开通的地铁站内乘车。",
    "（右）本报记者 王平 摄",
    "",
    "老城区供暖管网改造全面完工",
    "",
    "本报讯 老城区供暖管网改造工程今天全面",
    "完工，惠及居民三万户。",
]


def test_a_caption_mark_broken_off_its_caption_is_no_story():
    stories = segment_text("\n".join(CAPTION_MARK_BROKEN_OFF))
    assert [s.title for s in stories] == ["江城地铁三号线今天开通", "老城区供暖管网改造全面完工"]
    assert "（右）" in stories[0].body
    kept = "".join(s.title + s.byline + s.body + "".join(s.captions) for s in stories)
    assert body_chars(kept) == body_chars("\n".join(CAPTION_MARK_BROKEN_OFF[3:])) - body_chars("本报摄")


def _part(title: str, body: str, byline: str = "") -> _Part:
    return _Part(Story(kind=StoryKind.ARTICLE if title else StoryKind.BRIEF, title=title, body=body, byline=byline))


def test_a_label_joins_the_story_under_it_and_a_finished_line_the_story_above():
    parts = [_part("江城地铁三号线今天开通", "本报讯 江城地铁三号线今天正式开通运营。"),
             _part("", "编者按", byline="记者 曹玲"),
             _part("江城图书获奖", "本报讯 江城出版的两种图书获奖。"),
             _part("", "评委认为设计精良。")]
    joined = [part.story for part in _lone_fragments_joined(parts)]
    assert [s.title for s in joined] == ["江城地铁三号线今天开通", "江城图书获奖"]
    assert joined[1].body == "编者按\n本报讯 江城出版的两种图书获奖。\n评委认为设计精良。"
    assert joined[1].byline == "记者 曹玲"


def test_a_story_of_its_own_stays():
    parts = [_part("江城地铁三号线今天开通", "本报讯 江城地铁三号线今天正式开通运营。"),
             _part("", "本报讯 老城区供暖管网改造工程今天全面完工，惠及居民三万户。"),
             _part("", "")]
    parts[2] = _Part(Story(kind=StoryKind.CONTINUATION, title="", body="短句。", continued_from=1))
    assert _lone_fragments_joined(parts) == parts
