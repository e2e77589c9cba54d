"""A deck read inside another story's unfinished sentence (a page read column by column) may be one
title the column wrapped inside its brackets or quotes (……印发《城市更新 / 行动实施方案》): the line
leaving the mark open and the line closing it are one title, and the other cues (space and width,
the sentence's word running across it, its story's own paragraph further on) still decide. Our own
text in the general shape."""

from __future__ import annotations

import pytest
from segment_support import segment_text

# The story above, its sentence going on across another story's deck.
STORY_ABOVE = [
    "城东新建三座口袋公园",
    "本报讯 城东区今年新建的三座口袋公园",
    "昨天同时开放，附近居民步行五分钟即",
    "可到达。公园里设有健身器材和儿童游",
    "乐区，还种植了二十多种花木。区里还",
]


def deck_inside_the_sentence(deck: list[str], opening: str) -> list[str]:
    """STORY_ABOVE, then *deck* set apart inside a word of its sentence (……每个社 / deck / 区都……),
    the deck's story starting further on with *opening* restating its title."""
    return [
        *STORY_ABOVE,
        "计划明年在城南再建五座，让每个社",
        "",
        *deck,
        "",
        "区都有一处家门口的休闲去处，建设",
        "资金由市区两级财政共同承担。",
        "",
        opening,
        "方案明确了今后五年的目标和任务。",
    ]


@pytest.mark.parametrize(("deck", "title", "opening"), [
    (["省政府印发《城市更新", "行动实施方案》"], "省政府印发《城市更新行动实施方案》",
     "本报讯 省政府日前印发《城市更新行动实施方案》，"),
    (["滨江街道开出首家“幸福", "食堂”老人就餐不发愁"], "滨江街道开出首家“幸福食堂”老人就餐不发愁",
     "本报讯 滨江街道首家“幸福食堂”昨天开业，"),
], ids=["book title marks", "quotes"])
def test_deck_wrapped_inside_its_marks_heads_its_own_story(deck, title, opening):
    stories = segment_text("\n".join(deck_inside_the_sentence(deck, opening)))
    assert stories[0].title == "城东新建三座口袋公园"
    assert "让每个社区都有一处" in stories[0].body  # the sentence goes on across the lifted deck
    assert len(stories) == 2 and stories[1].title == title
    assert stories[1].body.startswith(opening.replace(" ", ""))


def test_prose_opening_a_mark_it_closes_on_the_next_line_stays_prose():
    """Prose that opens a book title at a line's end and closes it on the next line of the column
    (……学习《条例》 is no deck): the sentence runs on through both lines."""
    page = [
        *STORY_ABOVE,
        "组织居民学习《城市绿化",
        "管理条例》，明确管护责任，建设资",
        "金由市区两级财政共同承担。",
    ]
    stories = segment_text("\n".join(page))
    assert len(stories) == 1
    assert "学习《城市绿化管理条例》，明确管护" in stories[0].body
