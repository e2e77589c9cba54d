"""A title ending with its column's name in brackets (军运会带来的和留下的（军运纵横）), set to the
measure of the column it stands in, right under another story's finished last sentence: a page read
column by column prints it so, as wide as the prose around it, and it used to be read as the first
line of a paragraph of the story above. Prose under a finished sentence may also end a line on a
bracket (豪博特医疗科技（苏州） / 有限公司联合创始人……), but it goes on with the words of its story, while the
title's prose speaks of something else. Our own text in the general shape."""

from __future__ import annotations

from segment_support import segment_text

_STORY_ABOVE = [
    "老城区供暖管网改造全面完工",
    "本报讯 记者从市住建局获悉，老城",
    "区供暖管网改造工程昨天全面完工，",
    "共更换地下管道四十六公里，涉及居",
    "民小区一百一十个。改造后，管网热",
    "损失下降三成以上，居民家中室温普",
    "遍提高两度。住建局负责人介绍，今",
    "年冬天供暖季开始前，施工单位将对",
    "新换管道逐段试压，发现渗漏及时修",
    "补，确保按时供热。热力公司也已增",
    "派抢修人员，开通二十四小时热线，",
    "居民家中暖气不热可以随时报修。",
]

TAGGED_TITLE_AT_COLUMN_WIDTH = _STORY_ABOVE + [
    "书香社会不是一日之功（大家谈）",
    "周末来到市图书馆，阅览室里座无虚",
    "席，不少读者是带着孩子来的。馆方",
    "延长了开放时间，又在一楼开辟了亲",
    "子阅读区，借书还书都能自助办理。",
    "一个地方爱不爱读书，要看有多少人",
    "愿意去图书馆，也要看图书馆肯不肯",
    "走近读者。",
]

# An office's name broken at its bracket goes on with the story's words (管网, 供暖): its prose.
ASIDE_IN_BRACKETS_OPENING_A_PARAGRAPH = _STORY_ABOVE + [
    "热力公司供暖管网抢修中心（东区）",
    "负责人说，新换管道的保温层加厚了",
    "一倍，供暖季管网热损失还能再降一",
    "些，老城区居民家中的暖气会更热。",
    "供暖管网改造后续还将延伸到新城区",
    "的居民小区，明年完工。",
]


def test_tagged_title_at_column_width_under_a_finished_story_is_a_title():
    # Before: the title and its prose were the last paragraphs of the heating report.
    stories = segment_text("\n".join(TAGGED_TITLE_AT_COLUMN_WIDTH))
    assert [s.title for s in stories] == ["老城区供暖管网改造全面完工", "书香社会不是一日之功（大家谈）"]
    assert stories[0].body.endswith("随时报修。")
    assert stories[1].body.startswith("周末来到市图书馆")


def test_aside_in_brackets_on_the_same_subject_stays_prose():
    stories = segment_text("\n".join(ASIDE_IN_BRACKETS_OPENING_A_PARAGRAPH))
    assert [s.title for s in stories] == ["老城区供暖管网改造全面完工"]
    assert "抢修中心（东区）负责人说" in stories[0].body
