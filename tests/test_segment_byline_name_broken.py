"""A byline under a title that the column broke inside its last name or right after its last role
(本报记者 毛颖颖 通讯员 潘 / 可, 本报记者 汪晓寒 通讯员 / 魏娅叶) is one byline: never a line of the title's deck
(nor the title), and its last name never a writer's name of its own. Our own text in the general shape."""

from __future__ import annotations

from segment_support import segment_text

TITLE = "招聘专项行动推出3个专场招聘"
PROSE = [
    "",
    "记者从人力资源社会保障",
    "部了解到，8月5日至11日，",
    "招聘专项行动推出新基建、",
    "物流、汽车工业三个专场招",
    "聘活动，有5900多家用人单",
    "位参与。",
    "（本报记者 刘佳静）",
    "",
    "老街夜市重新开张",
    "",
    "■记者 李眉",
    "",
    "本报讯 每到傍晚，城西的小吃",
    "摊就陆续支起了帐篷，烤串和糖",
    "水的香味飘满整条街道。",
]


def test_byline_broken_after_its_last_role_is_one_byline():
    first, second = segment_text("\n".join([TITLE, "", "本报记者 汪晓寒 通讯员", "魏娅叶", *PROSE]))
    assert (first.title, second.title) == (TITLE, "老街夜市重新开张")
    assert first.byline.replace(" ", "").startswith("记者汪晓寒通讯员魏娅叶")


def test_byline_broken_inside_the_last_name_is_one_byline():
    first, second = segment_text("\n".join([TITLE, "", "本报记者 汪晓寒 通讯员 魏", "娅叶", *PROSE]))
    assert (first.title, second.title) == (TITLE, "老街夜市重新开张")
    assert first.byline.replace(" ", "").startswith("记者汪晓寒通讯员魏娅叶")
