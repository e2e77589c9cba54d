"""A title closing on a quote before its column's name (感恩“后备箱的爱”（纵横）), set to the column's
measure under another story's finished last sentence, over a lead opening with a conjunction
(与其……，还不如……): a page read column by column prints it so. The quote used to hide the column's
name, and the conjunction read as the title going on into the prose, so the title and its story ran
on as a paragraph of the story above. A column's name ends a title; a conjunction under it opens the
lead's sentence. Our own text in the general shape."""

from __future__ import annotations

from segment_support import segment_text
from test_segment_column_tag_title_at_column_width import _STORY_ABOVE

_TITLE = "别让“云陪伴”代替陪伴（大家谈）"
_LEAD = [
    "与其在手机上给父母点赞转发，还不",
    "如周末回家陪他们吃顿饭。不少年轻",
    "人工作忙，常年在外地打拼，一年难",
    "得回一趟家，只好在视频里问候几句",
    "。一位读者来信说，母亲生日那天他",
    "发了红包，母亲却说最想要的是他回",
    "家坐一坐。陪伴不在多，贵在用心。",
]


def test_quoted_title_tagged_over_a_conjunction_opens_a_story():
    stories = segment_text("\n".join(_STORY_ABOVE + [_TITLE] + _LEAD))
    assert [s.title for s in stories] == ["老城区供暖管网改造全面完工", _TITLE]
    assert stories[0].body.endswith("随时报修。")
    assert stories[1].body.startswith("与其在手机上给父母点赞转发")


def test_quoted_aside_in_brackets_going_on_in_a_conjunction_stays_prose():
    # prose of the same story, its quoted name and aside going on with 和: the story's own words
    aside = ["热力公司推出“暖心热线”（东区）", "和上门抢修服务，新换管道的保温层", "加厚了一倍，供暖管网热损失还能再",
             "降一些，老城区居民家中的暖气会更热。"]
    stories = segment_text("\n".join(_STORY_ABOVE + aside))
    assert [s.title for s in stories] == ["老城区供暖管网改造全面完工"]
    assert "“暖心热线”（东区）和上门抢修服务" in stories[0].body
