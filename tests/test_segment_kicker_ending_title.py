"""A line ending in a dash set under a title the column wrapped (下沉社区 潜心调研（ / 代表委员履职故事） /
禹诚代表——) is the kicker set below the title, not the title's last line: a line ending so introduces the
title and ends none. Our own text in the general shape."""

from __future__ import annotations

from segment_support import story_under

BODY = [
    "本报讯 河东市人大代表李明今年走访了",
    "二十多个社区，收集居民意见一百多条，",
    "其中老旧小区加装电梯的建议已经列入",
    "全市民生实事项目，明年开工建设。",
]


def test_dash_line_under_wrapped_title_is_its_kicker():
    story = story_under(["走进社区 倾听民声（", "代表履职故事）", "李明代表——", ""], BODY)
    assert story.kicker == "李明代表——"
    assert story.title == "走进社区 倾听民声（代表履职故事）"


def test_dash_line_over_the_title_stays_its_kicker():
    story = story_under(["李明代表——", "走进社区 倾听民声（", "代表履职故事）", ""], BODY)
    assert story.kicker == "李明代表——"
    assert story.title == "走进社区 倾听民声（代表履职故事）"
