"""A Hong Kong title of space-separated phrases set over lines (issue 8): the phrase lines under a
traditional title of one line are the title's, not a subtitle; a dash, a clause of the lead said
again, or a line wider than the title's still marks a subtitle. Our own invented text."""

from __future__ import annotations

from audiopaper.models import Edition, Page
from audiopaper.segment import patterns as p
from audiopaper.segment import segment_edition
from audiopaper.segment.headlines import Headline, _phrase_lines_of_traditional_title, _Scorer, _unit
from audiopaper.segment.page_line import Line

_LEAD = [
    "本報訊 沙田區一間屋苑會所昨日",
    "發生水管爆裂，會所泳池及健身室",
    "暫停開放，管理公司稱正安排維修，",
    "料下月初可重開，住戶批評通知太遲。",
]


def _story(*deck: str):
    [story] = segment_edition(Edition((Page("<test>", 1, "\n".join(["", *deck, "", *_LEAD])),)))
    return story


def test_phrase_lines_under_a_traditional_title_are_the_title():
    # 沙田屋苑會所水管爆裂 / 泳池暫停開放 / 住戶批通知太遲: one title, a phrase a line
    story = _story("沙田屋苑會所水管爆裂", "泳池暫停開放", "住戶批通知太遲")
    assert p.compact(story.title) == "沙田屋苑會所水管爆裂泳池暫停開放住戶批通知太遲"
    assert story.subtitle == ""


def test_a_dashed_or_wider_line_under_a_traditional_title_stays_the_subtitle():
    dashed = _story("屋苑會所水管爆裂", "——泳池及健身室暫停開放")
    assert (p.compact(dashed.title), p.compact(dashed.subtitle)) == ("屋苑會所水管爆裂", "泳池及健身室暫停開放")


def _traditional_units(*texts: str) -> list[str]:
    return [_unit(text, Line(n, text, traditional=True)) for n, text in enumerate(texts)]


def test_a_line_wider_than_the_traditional_title_stays_the_subtitle():
    # a subtitle, set smaller, runs longer lines than the title
    units = _traditional_units("屋苑會所水管爆裂", "住戶聯署要求管理公司交代事故詳情")
    headline = Headline(title=units[0], subtitle=units[1])
    scorer = _Scorer([], ["".join(_LEAD)])
    assert _phrase_lines_of_traditional_title(units, headline, scorer, 0) == headline
    narrow = _traditional_units("屋苑會所水管爆裂", "住戶批通知太遲")
    joined = _phrase_lines_of_traditional_title(narrow, Headline(title=narrow[0], subtitle=narrow[1]), scorer, 0)
    assert (joined.title, joined.subtitle) == ("屋苑會所水管爆裂 住戶批通知太遲", "")


def test_a_simplified_title_keeps_its_subtitle():
    units = [_unit(text, Line(n, text)) for n, text in enumerate(["屋苑会所水管爆裂", "住户批通知太迟"])]
    headline = Headline(title=units[0], subtitle=units[1])
    assert _phrase_lines_of_traditional_title(units, headline, _Scorer([], ["".join(_LEAD)]), 0) == headline
