"""A longer line reporting what was done over a shorter line, both whole lines, is the kicker over
its main title (issue 8, People's Daily decks: 结束同印度总理…国事访问 / 习近平回到北京), not one title
joined with a space. Our own invented text."""

from __future__ import annotations

from segment_support import segment_text

_REPORT_LINE = "结束对东湖新区和南山片区的两天考察"
_TITLE = "市长回到市区"
_BODY = ("本报讯 昨天，市长结束对东湖新区\n和南山片区的考察回到市区，在市\n政府召开会议，部署下一步的交通\n"
         "和供水工作，要求各部门抓紧落实\n考察中发现的问题。")


def test_report_line_over_a_shorter_line_is_its_kicker():
    [story] = segment_text(f"{_REPORT_LINE}\n\n{_TITLE}\n{_BODY}")
    assert (story.kicker, story.title) == (_REPORT_LINE, _TITLE)
