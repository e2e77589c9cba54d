"""A title the column broke inside a word, its first line short of its second (截至9月 / 底我省…), under
a finished story: the next story's title, not a crosshead of the story above (issue 8; the guard on the
wrapped-crosshead rule, which wants a crosshead's first line to fill the column). Our own text."""

from __future__ import annotations

from segment_support import body_chars, segment_text

PAGE = [
    "老街改造让居民住得更舒心",
    "　　本报讯（记者 王强）城东老街",
    "始建于清代，街面狭窄，房屋老旧",
    "，居民出行和生活多有不便。去年",
    "起，区里启动老街改造，边修缮边",
    "保护，老街焕发新的活力。",
    "截至9月",
    "底我省光伏发电装机规模超1亿千瓦",
    "　　记者从省能源局了解到，截至",
    "9月底，我省光伏发电装机规模超",
    "过1亿千瓦，比去年同期增长三成",
    "，装机规模居全国前列。",
]


def test_a_title_broken_inside_a_word_under_a_finished_story_opens_the_next_story():
    street, solar = segment_text("\n".join(PAGE))
    assert street.title == "老街改造让居民住得更舒心"
    assert street.body.endswith("老街焕发新的活力。")
    assert solar.title == "截至9月底我省光伏发电装机规模超1亿千瓦"
    assert body_chars(solar.body) == body_chars("\n".join(PAGE[8:]))
