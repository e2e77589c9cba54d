"""A story told in numbered parts, each number alone on its line over the part's prose (一 / 二 / 三), is
one story (issue 8): a part's number never heads a new story, nor is it a kicker over the part's first
line (一 / 女儿小雨是2020年1月7日奔赴 / 抗击疫情第一线的……), which the column broke with no clause mark
in it and the line labeller may read as a title. Our own text in the general shape of a daily's feature."""

from __future__ import annotations

from audiopaper.segment import labeller
from segment_support import labeller_reading, segment_text

_TITLE = "执著的力量"
_FIRST_LINES = ("女儿小雨是2020年1月7日奔赴", "小雨不仅每天为自己和同伴们")

_FEATURE = [
    _TITLE,
    "",
    "母亲做好了一桌丰盛的年夜饭",
    "。她很清楚女儿不可能回来跟",
    "家人团聚。看着满桌的菜，她",
    "无法抑制自己的情绪，泪水从",
    "脸上淌下来，担忧、惊喜、欣慰",
    "掺杂在一起……",
    "一",
    _FIRST_LINES[0],
    "抗击疫情第一线的。从女儿告",
    "知她的那一刻起，母亲的心就",
    "一直揪着。",
    "二",
    "1995年出生的小雨，和一群穿",
    "着白大褂的姑娘们一起，走进",
    "了医院。",
    "三",
    _FIRST_LINES[1],
    "减压，也不忘尽力安抚病人。",
    "她说，病人更需要鼓励。",
]


def test_parts_numbered_alone_on_their_lines_stay_in_the_story(monkeypatch):
    # the labeller sure each part's first line is a title, as it may be on a page it never saw
    monkeypatch.setattr(labeller, "label_probabilities", labeller_reading({x: (0.0, 0.9) for x in _FIRST_LINES}))
    stories = segment_text("\n".join(_FEATURE))
    assert [s.title for s in stories] == [_TITLE]
    assert stories[0].kicker == ""
    paragraphs = stories[0].body.split("\n")
    assert "一" in paragraphs and "三" in paragraphs
    assert _FIRST_LINES[1] in stories[0].body
