"""Where a Hong Kong title runs on into the phrase lines under it, and where it does not (issue 8):
a title a tag in brackets closes (…（日文書介）, …（下）) runs on into nothing, and a line repeating
the title's words stays out of it; the title's own phrase lines (…爆裂 / 泳池暫停開放, …暫停 / 開放),
even sharing no words with the body (任何組織皆應廢除), still join it. Our own invented text."""

from __future__ import annotations

from audiopaper.segment.headlines import Headline, _phrase_lines_of_traditional_title, _Scorer, _unit
from audiopaper.segment.page_line import Line

_LEAD = ("本报讯 沙田区一间屋苑会所昨日发生水管爆裂，会所泳池及健身室暂停开放，管理公司称正安排维修，"
         "料下月初可重开，住户批评通知太迟。")


def _read_on(title: str, below: str) -> Headline:
    units = [_unit(text, Line(n, text, traditional=True)) for n, text in enumerate([title, below])]
    return _phrase_lines_of_traditional_title(units, Headline(title=units[0], subtitle=units[1]),
                                              _Scorer([], [_LEAD]), 0)


def test_a_title_closed_by_a_tag_in_brackets_runs_on_into_nothing():
    assert _read_on("屋苑会所水管爆裂（上）", "泳池暂停开放").title == "屋苑会所水管爆裂（上）"
    assert _read_on("屋苑会所水管爆裂", "泳池暂停开放").title == "屋苑会所水管爆裂 泳池暂停开放"


def test_the_titles_words_again_stay_out_of_the_title():
    assert _read_on("屋苑会所水管爆裂", "任何组织皆应废除").title == "屋苑会所水管爆裂 任何组织皆应废除"
    assert _read_on("屋苑会所水管爆裂 泳池暂停开放", "会所水管爆裂").subtitle == "会所水管爆裂"
    assert _read_on("屋苑会所水管爆裂 泳池暂停", "开放").title == "屋苑会所水管爆裂 泳池暂停开放"
