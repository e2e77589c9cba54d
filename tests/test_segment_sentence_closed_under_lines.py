"""A paragraph's last words, the column leaving its closing mark alone on the next line (……引领 / 经济实现速度
与质量的双轮驱动 / 。): OCR of a column sets a sentence's full stop on a line of its own when it falls past the
column's end. The short line over the mark ends the sentence; it is not a deck read into a sentence of the story
beside it, even when the text further on turns to prose that says its words again. Our own text in the general
shape of such pages."""

from __future__ import annotations

from segment_support import (
    COLUMN_WIDTH as _WIDTH,
    CITY_LEAD as LEAD,
    CITY_TITLE as TITLE,
    CRAFT_STORY as FURTHER,
    column_lines as _lines,
    compact as _compact,
    segment_text,
)


# the sentence's lines fill the column; its last words stand on a short line, its full stop alone under them
SENTENCE = "新线路开通后，市公交集团负责人说，早晚高峰时段的发车间隔将缩短，"
assert len(SENTENCE) % _WIDTH == 0
LAST_WORDS = "竹编老手艺走进城里商场"


def test_short_line_over_a_lone_full_stop_ends_its_sentence():
    lines = [TITLE, ""] + _lines(LEAD) + [""] + _lines(SENTENCE) + [LAST_WORDS, "", "。"]
    for text in FURTHER:
        lines += _lines(text)
    stories = segment_text("\n".join(lines))
    assert [_compact(s.title) for s in stories] == [TITLE]
    assert _compact(SENTENCE + LAST_WORDS + "。") in _compact(stories[0].body)
