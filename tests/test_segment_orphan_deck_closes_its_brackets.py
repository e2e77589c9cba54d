"""A deck line leaving a bracket or quote open is closed by a line of the same role (round 73, issue 8):
a headline is set as one typographic unit, so a line break inside 「…」, （…）, 《…》 is the column
wrapping one title, also where the deck is read as a block no body took at first (a title over its
credit, 修好路 通上水 日子甜(乡村振兴 / 进行时·一线见闻)). A dash opening the line under still marks a
subtitle. Our own text in the general shape of a county daily's page."""

from __future__ import annotations

from segment_support import segment_text

PROSE = [
    "  村里的水泥路修到了家门口，自",
    "来水也通进了厨房，村民们说起这",
    "两年的变化，脸上都带着笑容。老",
    "村支书告诉记者，过去下雨天出门",
    "",
    "一身泥，如今孩子们上学再也不用",
    "绕远路了。村里还建起了文化广场",
    "，晚上大家都来跳舞唱歌。",
    "",
    "  ——编 者",
]


def page(deck: list[str]) -> str:
    return "\n".join(["城南日报 民生 2021年5月12日 星期三", "", deck[0], "", *deck[1:], "记者 王晓明", *PROSE])


def test_title_left_open_takes_the_line_closing_it():
    stories = segment_text(page(["修好路 通上水 日子甜(乡村振兴", "进行时·一线见闻)"]))
    assert len(stories) == 1
    assert stories[0].title.replace(" ", "") == "修好路通上水日子甜(乡村振兴进行时·一线见闻)"
    assert not stories[0].subtitle
    assert stories[0].body.startswith("村里的水泥路修到了家门口")
