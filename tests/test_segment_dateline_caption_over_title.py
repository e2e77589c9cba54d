"""A photo caption that opens on a wire dateline (日内瓦消息：……) at the head of a page: the dateline
opened a story's lead, and the caption, closed by its credit, then went to a photo of its own, leaving
that lead with no text. An empty lead is no story (issue 8): the page gives the photo and the story
under it, nothing else. Our own invented text in the general shape of a daily's front page."""

from __future__ import annotations

from audiopaper.models import StoryKind
from segment_support import body_chars, segment_text

_FURNITURE = ["江城晚报", "2021年5月6日 星期四", "第1版 要闻"]
_STORY = [
    "江城地铁三号线今天开通",
    "本报江城5月6日电（记者 李明）江城地铁",
    "三号线今天正式开通运营，全线设车站二十",
    "座，连接城东新区和老城区。",
    "开通首日，沿线各站客流平稳，市民纷纷",
    "体验新线路。",
]
DATELINE_CAPTION_OVER_TITLE = [
    *_FURNITURE,
    "日内瓦消息：世界卫生组织4日在瑞士日内瓦举行技术报告会。 记者 王平 摄",
    "世卫组织举行技术报告会",
    *_STORY,
]


def test_a_caption_opening_on_a_dateline_leaves_no_empty_story():
    stories = segment_text("\n".join(DATELINE_CAPTION_OVER_TITLE))
    assert all(s.title or s.body for s in stories)
    assert [s.kind for s in stories] == [StoryKind.PHOTO, StoryKind.ARTICLE]
    photo, story = stories
    assert photo.title == "世卫组织举行技术报告会"
    assert photo.body.startswith("日内瓦消息：") and "摄" not in photo.body
    assert story.title == "江城地铁三号线今天开通" and story.body.startswith("本报江城5月6日电")
    kept = "".join(s.title + s.byline + s.body for s in stories)
    assert body_chars(kept) == body_chars("\n".join(DATELINE_CAPTION_OVER_TITLE[3:])) - body_chars("摄")
