"""A Hong Kong title line of two phrases or more over a line set apart by a blank line (issue 8): the
title line is a whole title, and the line set apart under it is a subtitle (or another story's line),
not a third phrase of the title. In the truth of the nine traditional dev and third-pool dirs, of the
lines set apart that the phrase-line rule took into a title of two phrases, one was the title's and six
were not (a subtitle, a kicker, a crosshead, another story's title); under a title line of one phrase
eleven of sixteen were the title's. Our own invented text."""

from __future__ import annotations

from audiopaper.segment import patterns as p
from audiopaper.segment.headlines import Headline, _phrase_lines_of_traditional_title, _Scorer, _unit
from audiopaper.segment.page_line import Line

_LEAD = "本报讯 沙田区一间屋苑会所昨日发生水管爆裂，管理公司称正安排维修，料下月初完工。"  # read in the simplified view


def _units(*texts: str) -> list:
    return [_unit(text, Line(n, text, blank_before=n > 0, traditional=True)) for n, text in enumerate(texts)]


def _read(units: list) -> Headline:
    headline = Headline(title=units[0], subtitle=" ".join(str(unit) for unit in units[1:]))
    return _phrase_lines_of_traditional_title(units, headline, _Scorer([], [_LEAD]), 0)


def test_a_line_set_apart_under_a_two_phrase_title_stays_a_subtitle():
    read = _read(_units("屋苑会所水管爆裂 泳池暂停开放", "住户批通知太迟"))
    assert p.compact(read.title) == "屋苑会所水管爆裂泳池暂停开放"
    assert read.subtitle == "住户批通知太迟"


def test_under_a_one_phrase_title_the_line_set_apart_is_still_the_title():
    read = _read(_units("沙田屋苑会所水管爆裂", "泳池暂停开放"))
    assert p.compact(read.title) == "沙田屋苑会所水管爆裂泳池暂停开放"
    assert read.subtitle == ""
