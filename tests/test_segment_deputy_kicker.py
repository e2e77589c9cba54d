"""A deputy named over what the deputy proposes (issue 8): a session's coverage sets the deputy's post and
name, ending on 代表 or 委员, as the kicker over the title (北京市东城区委书记夏林茂代表 / 让社工访民情解民忧),
also where a page read column by column wrapped both over lines; a meeting's guests (市长会见青年代表)
are no kicker. Each page is our own text in the general shape."""

from __future__ import annotations

from segment_support import segment_text

_BODY = [
    "本报讯 “社区养老服务要从有到优。”全国人",
    "大代表、河东市委书记王建国在接受采访时",
    "说，今年将新建社区养老服务站三十个，让",
    "老人在家门口就能吃上热饭、看上病。",
]


def test_a_deputy_named_over_lines_the_column_wrapped_is_the_kicker():
    text = "\n".join([
        "河东市委书记王",
        "建国代表",
        "让老人在家门口享",
        "受养老服务",
        "",
        *_BODY,
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title) == ("河东市委书记王建国代表", "让老人在家门口享受养老服务")


def test_a_deputy_named_on_one_line_is_the_kicker():
    text = "\n".join([
        "河东市委书记王建国代表",
        "让老人在家门口享受养老服务",
        "",
        *_BODY,
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title) == ("河东市委书记王建国代表", "让老人在家门口享受养老服务")


def test_a_meeting_with_deputies_stays_the_title():
    text = "\n".join([
        "河东市长会见青年代表",
        "",
        "本报讯 12月28日，河东市长李明会见了",
        "青年代表，听取他们对城市建设的意见和建",
        "议。青年代表们就就业、住房等问题发言。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title) == ("", "河东市长会见青年代表")
