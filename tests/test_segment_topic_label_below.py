"""A Hong Kong topic label set under its story's one-line title (issue 8): a bare label of a few
characters under a title of space-separated phrases at least three times as long is the kicker;
a wrapped title's last words (a figure, a mark, a word run across the break) stay the title's.
Our own invented text."""

from __future__ import annotations

from audiopaper.segment import patterns as p
from audiopaper.segment.headlines import Headline, _topic_label_set_below, _unit
from audiopaper.segment.page_line import Line

# the same invented page, another deck
from tests.test_segment_traditional_phrase_title import _story
from tests.test_segment_traditional_phrase_title import _traditional_units as _units


def test_a_topic_label_under_a_phrase_title_is_its_kicker():
    story = _story("沙田屋苑會所水管爆裂 泳池健身室暫停開放", "屋苑管理")
    assert (p.compact(story.title), story.kicker) == ("沙田屋苑會所水管爆裂泳池健身室暫停開放", "屋苑管理")


def test_a_wrapped_title_keeps_its_last_words():
    title = "沙田屋苑會所水管爆裂 泳池健身室暫停開放"
    for last in ("警拘捕3人", "住戶批評？", "放"):  # a figure, a mark, the end of a word cut in two
        units = _units(title, last)
        headline = Headline(title=f"{title}{last}")
        assert _topic_label_set_below(headline, units) == headline


def test_a_label_under_a_short_or_unspaced_title_stays_the_title():
    for above in ("會所水管爆裂 泳池關", "沙田屋苑會所水管爆裂泳池暫停開放"):
        units = _units(above, "屋苑管理")
        headline = Headline(title=f"{above}屋苑管理")
        assert _topic_label_set_below(headline, units) == headline


def test_a_simplified_title_is_left_alone():
    units = [_unit(text, Line(n, text)) for n, text in enumerate(["沙田屋苑会所水管爆裂 泳池健身室暂停开放", "屋苑管理"])]
    headline = Headline(title="沙田屋苑会所水管爆裂 泳池健身室暂停开放屋苑管理")
    assert _topic_label_set_below(headline, units) == headline
