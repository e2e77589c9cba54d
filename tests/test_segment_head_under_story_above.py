"""A story's title OCR read right under the story above, as wide as the column, set off from its
own prose by a blank line (issue 8, pages read column by column): under a finished sentence, no
clause mark in it and no word running on into the prose under it, over prose that speaks of
something else, it is the next story's title. Such a line over prose of the same story is the
paragraph's first line after all (a stray blank line under it), not a crosshead. Our own text in
the general shape."""

from __future__ import annotations

from audiopaper.segment import ocr
from segment_support import body_chars, segment_lines_whole, segment_text

STORY_ABOVE = [
    "江城地铁三号线今天开通",
    "",
    "本报讯 江城地铁三号线今天正式",
    "开通运营，全线设车站二十座，",
    "沿线市民出行更加方便。",
]
TITLE_UNDER_STORY_ABOVE = STORY_ABOVE[:4] + [
    "连接城东新区和城西高铁站，单",
    "程运行时间约四十五分钟。地铁",
    "公司介绍，开通初期行车间隔为",
    "六分钟，早晚高峰将加开列车，",
    "沿线市民出行更加方便。",
    "老年代步车安全隐患不容忽视",
    "",
    "现在很多地方都出现了一些像车",
    "但比车小、上路又不上牌的老年",
    "代步车，它们穿梭在大街小巷，",
    "然而这样的车安全吗？",
]


def test_a_title_under_the_story_above_over_other_prose_starts_a_story():
    stories = segment_lines_whole(TITLE_UNDER_STORY_ABOVE)
    assert [s.title for s in stories] == ["江城地铁三号线今天开通", "老年代步车安全隐患不容忽视"]
    assert stories[0].body.endswith("沿线市民出行更加方便。")
    assert stories[1].body.startswith("现在很多地方")


KICKER_AND_TAGGED_TITLE_UNDER_STORY_ABOVE = [
    "江城地铁三号线今天开通",
    "",
    "本报讯 江城地铁三号线今天正式",
    "开通运营，全线设车站二十座，",
    "连接城东新区和城西高铁站，单",
    "程运行时间约四十五分钟。地铁",
    "公司介绍，开通初期行车间隔为",
    "六分钟，早晚高峰将加开列车，",
    "沿线市民出行更加方便。",
    "",
    "山区二百个工作队驻村攻坚克难",
    "带来新思路 资源变财富（脱贫第一线）",
    "",
    "“要是没有工作队帮扶，咱真甩",
    "不掉穷帽子！”一见面，老朱就",
    "不住感慨。",
]


def test_a_kicker_over_a_tagged_title_under_the_story_above_starts_a_story():
    stories = segment_text("\n".join(KICKER_AND_TAGGED_TITLE_UNDER_STORY_ABOVE))
    kept = "".join(s.kicker + s.title + s.byline + s.body for s in stories)
    assert body_chars(kept) == body_chars("\n".join(KICKER_AND_TAGGED_TITLE_UNDER_STORY_ABOVE))
    assert len(stories) == 2
    assert stories[1].kicker == "山区二百个工作队驻村攻坚克难"
    assert stories[1].title == "带来新思路 资源变财富（脱贫第一线）"
    assert stories[1].body.startswith("“要是没有工作队帮扶")


PARAGRAPH_LINE_OVER_A_STRAY_BLANK = STORY_ABOVE + [
    "三号线沿线二十座车站全部设有",
    "",
    "无障碍电梯，方便老人和残疾人",
    "乘车出行。",
]


def test_a_paragraph_line_over_a_stray_blank_stays_prose():
    stories = segment_lines_whole(PARAGRAPH_LINE_OVER_A_STRAY_BLANK)
    assert [s.title for s in stories] == ["江城地铁三号线今天开通"]
    assert "全部设有无障碍电梯" in stories[0].body




# A line set off by blank lines over a link is no head: a head's story is Chinese prose.
CONTACT_OVER_A_LINK = TITLE_UNDER_STORY_ABOVE[:9] + [
    "吳若琦的聯系方式： [[email protected]]",
    "",
    "(/web/20211027153613/https://hkcnews.c",
    "om/cdn-cgi/l/email-protection#dab7b3b9",
]


def test_a_line_over_a_link_is_no_head():
    lines = ocr.read_lines("\n".join(CONTACT_OVER_A_LINK))
    reader = ocr._PageReader(lines)
    reader.body = ocr.Body(pos=0, start="lead")  # the story above is open, its paragraph finished
    at = next(k for k, line in enumerate(lines) if line.text.startswith("吳若琦"))
    assert reader.head_over_paragraph(at) == 0
    lines = ocr.read_lines("\n".join(TITLE_UNDER_STORY_ABOVE))
    reader = ocr._PageReader(lines)
    reader.body = ocr.Body(pos=0, start="lead")
    at = next(k for k, line in enumerate(lines) if line.text.startswith("老年"))
    assert reader.head_over_paragraph(at) == 1  # over Chinese prose the same line shape is a head
