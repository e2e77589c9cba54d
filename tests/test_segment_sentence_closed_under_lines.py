"""A paragraph's last words, the column leaving its closing mark alone on the next line (……引领 / 经济实现速度
与质量的双轮驱动 / 。): OCR of a column sets a sentence's full stop on a line of its own when it falls past the
column's end. The short line over the mark ends the sentence; it is not a deck read into a sentence of the story
beside it, even when the text further on turns to prose that says its words again. Our own text in the general
shape of such pages."""

from __future__ import annotations

import re

from segment_support import segment_text

_WIDTH = 16  # the column


def _lines(text: str) -> list[str]:
    """A paragraph set in the column, as OCR leaves it (no blank lines)."""
    return [text[k : k + _WIDTH] for k in range(0, len(text), _WIDTH)]


def _compact(text: str) -> str:
    return re.sub(r"\s", "", text)


TITLE = "城区新增公交线路八条"
LEAD = "本报讯为方便市民出行，市公交集团从本月起在城区新开通公交线路八条，线路覆盖新建小区和学校。"
# the sentence's lines fill the column; its last words stand on a short line, its full stop alone under them
SENTENCE = "新线路开通后，市公交集团负责人说，早晚高峰时段的发车间隔将缩短，"
assert len(SENTENCE) % _WIDTH == 0
LAST_WORDS = "竹编老手艺走进城里商场"
# text further on that says the short line's words again
FURTHER = [
    "清晨的山谷里雾气还没有散去，溪边的作坊里已经响起了劈篾的声音。七十岁的周师傅坐在矮凳上，把一根毛竹"
    "剖成细如发丝的篾条，手指翻飞，不一会儿一只小巧的果篮就有了雏形。这门竹编老手艺在村里传了两百多年。",
    "转机出现在去年秋天。镇上牵线，请来美术学院的老师帮忙设计新样式，茶盘、灯罩、手提包一件件走进城里"
    "的大商场，周末还请老艺人现场表演，顾客围得里三层外三层。二十多个返乡青年跟着周师傅学艺。",
]


def test_short_line_over_a_lone_full_stop_ends_its_sentence():
    lines = [TITLE, ""] + _lines(LEAD) + [""] + _lines(SENTENCE) + [LAST_WORDS, "", "。"]
    for text in FURTHER:
        lines += _lines(text)
    stories = segment_text("\n".join(lines))
    assert [_compact(s.title) for s in stories] == [TITLE]
    assert _compact(SENTENCE + LAST_WORDS + "。") in _compact(stories[0].body)
