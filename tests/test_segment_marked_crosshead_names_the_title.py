"""A report's marked crosshead over a part that restates it, as a lead restates its title (台风“海燕”登陆南部沿海 …
/ the report / ■渔船全部回港避风 / 昨日，受台风“海燕”影响的渔船已全部回港避风……): a close call between the
report's crosshead and the next story's title, but the part goes on naming the report's title's name (海燕), as
the next story would not: the line stays the report's crosshead (issue 8). Our own invented text in the general
shape of a daily's weather report."""

from __future__ import annotations

from audiopaper.segment import labeller
from segment_support import labeller_reading, segment_text

_TITLE = "台风“海燕”登陆南部沿海 多地启动应急响应"
_REPORT = [
    "本报讯 今年第9号台风“海燕”昨日",
    "凌晨在南部沿海登陆，登陆时中心附",
    "近最大风力12级。沿海多地启动防台",
    "风应急响应，转移群众两万余人，沿",
    "海景区和学校暂停开放。气象部门提",
    "醒，沿海地区仍将出现大风和强降雨",
    "天气，群众应减少外出。",
]
_HEAD = "■渔船全部回港避风"
_PART = [
    "昨日，受台风“海燕”影响的渔船已全",
    "部回港避风。当地海事部门派出巡",
    "逻艇，逐一检查港内船只的缆绳和锚",
    "泊情况，提醒船员上岸避险。沿海各",
    "地应急队伍仍在一线值守，群众转移",
    "安置点运转正常。",
]


def test_a_marked_crosshead_whose_part_names_the_title_stays_in_the_report(monkeypatch):
    # the labeller leans to a deck line in the head, a close call
    monkeypatch.setattr(labeller, "label_probabilities", labeller_reading({_HEAD: (0.3, 0.6)}))
    stories = segment_text("\n".join(["", _TITLE, *_REPORT, "", _HEAD, *_PART]))
    assert [s.title for s in stories] == [_TITLE]
    body = "".join(stories[0].body.split())
    assert "渔船全部回港避风" in body and "安置点运转正常" in body
