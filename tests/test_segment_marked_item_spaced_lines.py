"""A marked item of a column of briefs whose first line holds a clause mark and fills the column,
with a blank line under it, as OCR leaves blank lines between any two lines of some pages (issue 8,
the column-layout pages): the line is the item's text, not its title. Our own text."""

from __future__ import annotations

from segment_support import body_chars, segment_text

STORY_ABOVE = [
    "城南菜市场改造完工",
    "",
    "本报讯 城南菜市场改造昨天完工，新增摊位八十多个，",
    "周末重新开业。",
    "",
]

# Two short untitled items, each opened by a mark; a blank line under each item's first line.
SPACED_ITEMS = STORY_ABOVE + [
    "本地简讯",
    "",
    "■元宵节前后，全市各公园举办的迎新春灯",
    "",
    "会吸引了大批市民，人们赏灯猜谜、",
    "欢度佳节。",
    "",
    "■一场大雪过后，城北山区的大小",
    "",
    "村落变成了一片银白的世界，不少",
    "市民驾车前往赏雪。",
]


def test_a_marked_line_with_a_comma_over_a_blank_line_opens_the_items_text():
    stories = segment_text("\n".join(SPACED_ITEMS))
    assert [s.title for s in stories] == ["城南菜市场改造完工", "", ""]
    assert [s.body[:6] for s in stories[1:]] == ["元宵节前后，", "一场大雪过后"]
    assert body_chars("".join(s.title + s.body for s in stories[1:])) == body_chars("\n".join(SPACED_ITEMS[7:]))
