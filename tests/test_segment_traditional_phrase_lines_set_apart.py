"""A Hong Kong title's phrase lines set apart by blank lines (issue 8): a page read column by column
sets the lines of one title with blank lines between them, so a blank line before a phrase line is no
sign of a subtitle (in the truth of the nine traditional dev and third-pool dirs a blank line comes
before 95 title lines and 20 subtitle lines). A line set apart that closes on a bracketed tag, or that
runs on past a dash, is still no phrase of the title. Our own invented text."""

from __future__ import annotations

from audiopaper.segment import patterns as p
from audiopaper.segment.headlines import Headline, _phrase_lines_of_traditional_title, _Scorer, _unit
from audiopaper.segment.page_line import Line

_LEAD = "本报讯 沙田区一间屋苑会所昨日发生水管爆裂，管理公司称正安排维修，料下月初完工。"  # read in the simplified view


def _units(*texts: str, apart: bool = True) -> list:
    return [_unit(text, Line(n, text, blank_before=apart and n > 0, traditional=True)) for n, text in enumerate(texts)]


def _read(units: list) -> Headline:
    headline = Headline(title=units[0], subtitle=" ".join(str(unit) for unit in units[1:]))
    return _phrase_lines_of_traditional_title(units, headline, _Scorer([], [_LEAD]), 0)


def test_phrase_lines_set_apart_are_the_title():
    joined = _read(_units("沙田屋苑会所水管爆裂", "泳池暂停开放", "住户批通知太迟"))
    assert p.compact(joined.title) == "沙田屋苑会所水管爆裂泳池暂停开放住户批通知太迟"
    assert joined.subtitle == ""


def test_a_line_set_apart_closed_by_a_tag_or_going_on_past_a_dash_is_not_the_title():
    for below in ("饮食男女法门（四）", "讲得头头是道──敬告"):
        units = _units("屋苑会所水管爆裂", below)
        assert _read(units).subtitle == below
