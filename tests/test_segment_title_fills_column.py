"""A title the column wrapped over lines of one width (issue 8): while its last line is still as
full as the lines above it, the title runs on into the line under it; and a short deck line OCR
read twice is read once, so it is not stacked into both the kicker and the title. Our own
invented text."""

from __future__ import annotations

from audiopaper.segment import patterns as p
from audiopaper.segment.headlines import Headline, _title_fills_column
from segment_support import segment_text

# a title wrapped at fifteen characters: 投 / 产 across the first break, the second line full too
_WRAPPED = ["全省首批智慧农业示范园区建成投", "产带动周边三万农户增收致富预计", "年产值突破十亿元"]


def test_a_title_whose_last_line_is_still_full_runs_on_into_the_line_under_it():
    headline = Headline(title="".join(_WRAPPED[:2]), subtitle=_WRAPPED[2])
    assert p.compact(_title_fills_column(_WRAPPED, headline).title) == p.compact("".join(_WRAPPED))
    assert _title_fills_column(_WRAPPED, headline).subtitle == ""


def test_a_title_of_whole_lines_keeps_its_subtitle():
    # nothing broke inside a phrase: two whole lines set as one title, then the subtitle
    units = ["科技赋能乡村振兴", "数字点亮田间地头", "全省智慧农业"]
    headline = Headline(title=" ".join(units[:2]), subtitle=units[2])
    assert _title_fills_column(units, headline) == headline


def test_a_line_under_the_full_title_that_opens_with_a_dash_or_is_wider_stays_a_subtitle():
    for below in ("——年产值突破十亿元", "带动周边三万农户增收致富预计年产值突破十亿元"):
        units = [*_WRAPPED[:2], below]
        headline = Headline(title="".join(units[:2]), subtitle=below.lstrip("—"))
        assert _title_fills_column(units, headline) == headline


def test_a_short_deck_line_read_twice_stays_out_of_the_kicker():
    lead = ["本报讯 近日，全市二十大代表回到各", "自岗位，走进社区宣讲报告精神，学", "报告谋发展，凝心聚力奋进新征程。"]
    text = "\n".join(["", "二十大代表在基层", "学报告谋发展凝", "学报告谋发展凝", "心聚力奋进新征程", "", *lead])
    [story] = segment_text(text)
    assert p.compact(story.kicker) == "二十大代表在基层"
    assert p.compact(story.title) == "学报告谋发展凝心聚力奋进新征程"


def test_the_title_under_a_series_name_reads_on_where_the_column_broke_it():
    from audiopaper.segment.headlines import _series_kicker

    units = ["乡村振兴进行时", *_WRAPPED[:2]]  # 投 / 产: one title over two lines
    headline = Headline(title=units[0], subtitle=" ".join(units[1:]))
    read = _series_kicker(headline, units, None, 0)
    assert read.kicker == "乡村振兴进行时"
    assert p.compact(read.title) == p.compact("".join(_WRAPPED[:2]))


def test_a_title_of_three_full_lines_keeps_the_line_under_it_as_its_subtitle():
    units = ["全省首批智慧农业示范园", "区建成投产带动周边三万", "农户增收致富年产值过亿", "科技赋能乡村振兴"]
    headline = Headline(title="".join(units[:3]), subtitle=units[3])
    assert _title_fills_column(units, headline) == headline


def test_a_full_kicker_line_broken_into_the_title_is_the_title_first_line():
    from audiopaper.segment.headlines import _title_broken_at_deck_edge

    # 投 / 产 across the break, the line above as wide as the one under it: the column's edge cut it
    headline = Headline(title=_WRAPPED[1], kicker=_WRAPPED[0])
    assert p.compact(_title_broken_at_deck_edge(_WRAPPED[:2], headline, "").title) == p.compact("".join(_WRAPPED[:2]))
    # a narrower line stopped before the column's edge: the kicker stays
    units = ["示范园区建成投", _WRAPPED[1]]
    headline = Headline(title=units[1], kicker=units[0])
    assert _title_broken_at_deck_edge(units, headline, "") == headline


def test_a_kicker_narrower_than_the_title_widest_line_stays_the_kicker():
    from audiopaper.segment.headlines import _title_broken_at_deck_edge

    # 30多名 waits for its noun, but the line stops short of the column's edge: the title's widest
    # line shows the edge is further out, so the kicker is a line of its own (抓获… / 上海警方侦 / 破…)
    units = ["抓获嫌疑人30多名", "上海警方侦", "破特大跨境信用卡诈骗案"]
    headline = Headline(title="上海警方侦破特大跨境信用卡诈骗案", kicker=units[0])
    assert _title_broken_at_deck_edge(units, headline, "") == headline


def test_the_title_under_a_series_name_takes_the_short_line_stacked_with_it():
    from audiopaper.segment.headlines import _series_kicker, _stacked, _unit
    from audiopaper.segment.page_line import Line

    series = _unit("“十四五”高质量发展答卷", Line(0, "“十四五”高质量发展答卷"))
    pair = _stacked(_unit("三条“丝路”", Line(1, "三条“丝路”")), _unit("助推河南开放大门", Line(2, "助推河南开放大门")))
    headline = Headline(title=str(series), subtitle=str(pair))
    read = _series_kicker(headline, [series, pair], None, 0)
    assert read.kicker == "“十四五”高质量发展答卷"
    assert p.compact(read.title) == "三条“丝路”助推河南开放大门"


def test_a_title_whose_last_line_stops_a_character_short_keeps_its_subtitle():
    # 造 / 成 broke a word, but the second line ends before the column's edge: the title ends there
    units = ["全省强降雨天气造", "成严重次生灾害", "受持续降雨影响"]
    headline = Headline(title="".join(units[:2]), subtitle=units[2])
    assert _title_fills_column(units, headline) == headline
