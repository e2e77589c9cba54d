"""A Hong Kong title of phrases over a one-line subtitle (issue 8): a bare phrase line between a
traditional title's line and a line that shows itself the subtitle (a clause mark, a clause of the
lead, a line wider than the title's) is the title's; the subtitle is that last line alone. Our own
invented text."""

from __future__ import annotations

from audiopaper.segment.headlines import Headline, _phrase_lines_of_traditional_title, _Scorer, _unit
from audiopaper.segment.page_line import Line

_LEAD = "沙田區一間屋苑會所昨日發生水管爆裂，會所泳池及健身室暫停開放，管理公司稱正安排維修"


def _units(*texts: str, traditional: bool = True) -> list[str]:
    return [_unit(text, Line(n, text, traditional=traditional)) for n, text in enumerate(texts)]


def test_phrase_line_over_subtitle_is_the_titles():
    units = _units("沙田屋苑會所水管爆裂", "住戶批通知太遲", "管理公司稱正安排維修、料下月初重開")
    read = Headline(title=units[0], subtitle=f"{units[1]} {units[2]}")
    got = _phrase_lines_of_traditional_title(units, read, _Scorer([], [_LEAD]), 0)
    assert (got.title, got.subtitle) == ("沙田屋苑會所水管爆裂 住戶批通知太遲", "管理公司稱正安排維修、料下月初重開")


def test_phrase_line_over_subtitle_stays_when_the_middle_line_is_a_subtitles_or_the_page_simplified():
    clause = _units("沙田屋苑會所水管爆裂", "住戶批評通知太遲，要求賠償", "管理公司稱正安排維修、料下月初重開")
    read = Headline(title=clause[0], subtitle=f"{clause[1]} {clause[2]}")
    assert _phrase_lines_of_traditional_title(clause, read, _Scorer([], [_LEAD]), 0) == read
    simplified = _units("沙田屋苑会所水管爆裂", "住户批通知太迟", "管理公司称正安排维修、料下月初重开", traditional=False)
    read = Headline(title=simplified[0], subtitle=f"{simplified[1]} {simplified[2]}")
    assert _phrase_lines_of_traditional_title(simplified, read, _Scorer([], [_LEAD]), 0) == read
