"""A subtitle opening with a dash hangs under its title (issue 8): where a story's only deck line opens with
one and the line right over it was read as the last line of the story above (……开售即“秒光”、候补如何“更成
功”…… / ——铁路回应候补购票热点), that line, closing no sentence of prose, is the story's title and the dashed
line its subtitle. Our own invented text in the general shape of a daily's pages."""

from __future__ import annotations

from segment_support import segment_text

PAGE = [
    "数字时代的个人信息保护",
    "",
    "　　请记住：便利和风险往往是一枚硬",
    "币的两面——在享受新技术提升效率时，",
    "也不要忘了为自己的数据加一道锁。",
    "（某大学法学院副教授 赵明）",
    "开售即“秒光”、候补如何“更成功”……",
    "——铁路部门回应候补购票热点",
    "本报记者 李青",
    "",
    "本报讯 临近假期，火车票再次成为关",
    "注焦点。有旅客反映，车票开售后很快",
    "售罄，候补购票能否成功成了心事。",
    "　　铁路部门介绍，候补购票按提交顺序",
    "兑现，旅客可随时主动终止兑现。",
    "",
]


def test_the_line_over_a_dashed_subtitle_is_its_title():
    stories = segment_text("\n".join(PAGE))
    assert [s.title for s in stories] == ["数字时代的个人信息保护", "开售即“秒光”、候补如何“更成功”……"]
    assert stories[1].subtitle == "铁路部门回应候补购票热点"
    assert "秒光" not in stories[0].body
