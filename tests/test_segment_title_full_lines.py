"""A title set over lines in its own type (issue 8): a line under the title's first line as long
as it that runs into the next line across a word, or a short line between the title and a much
longer subtitle line, is the title's own, not a subtitle; a subtitle, set smaller, fills longer
lines of one width. Our own invented text."""

from __future__ import annotations

from audiopaper.segment import patterns as p
from audiopaper.segment.headlines import Headline, _title_half_over_subtitle, _title_runs_full_lines
from segment_support import segment_text

_LEAD = ["本报讯 昨天上午，随着最后一环管片", "拼装到位，这条全长三公里的跨江隧", "道实现双线贯通。记者在现场看到，",
         "沿线车站的施工也进入收尾阶段。"]


def test_a_line_as_long_as_the_title_that_runs_into_the_next_is_the_title():
    # …顺利贯通 / 沿线八座车站主体结构同步封 / 顶…: 封顶 across the break, lines of one width
    text = "\n".join(["", "全市首条跨江地铁隧道顺利贯通", "沿线八座车站主体结构同步封", "顶 明年年底开通试运营", "",
                      *_LEAD])
    [story] = segment_text(text)
    assert p.compact(story.title) == "全市首条跨江地铁隧道顺利贯通沿线八座车站主体结构同步封顶明年年底开通试运营"
    assert story.subtitle == ""
    assert story.body.startswith("本报讯")


def test_a_longer_subtitle_line_the_column_broke_stays_a_subtitle():
    # the line under the title is longer than it: a smaller type, the subtitle's
    units = ["全市首条跨江地铁隧道顺利贯通", "沿线八座车站主体结构同步封顶，预计明", "年年底开通试运营"]
    headline = Headline(title=units[0], subtitle=" ".join(units[1:]))
    assert _title_runs_full_lines(units, headline) == headline


def test_a_whole_line_of_the_title_width_stays_a_subtitle():
    # nothing runs across the break under it: title over subtitle is as common
    units = ["全市首条跨江地铁隧道顺利贯通", "沿线八座车站主体结构同步封顶", "明年年底开通试运营"]
    headline = Headline(title=units[0], subtitle=" ".join(units[1:]))
    assert _title_runs_full_lines(units, headline) == headline


def test_a_short_line_between_the_title_and_a_long_subtitle_is_the_title_second_half():
    # 老街换新颜 / 留住烟火气 / 全市完成…改造: the short line is set in the title's type
    lead = ["本报讯 今年以来，全市完成十二条老", "街巷微改造，惠及居民三万多户。老", "街换了新颜，老字号店铺留了下来。"]
    text = "\n".join(["", "老街换新颜", "留住烟火气", "全市完成十二条老街巷微改造 惠及居民三万多户", "", *lead])
    [story] = segment_text(text)
    assert p.compact(story.title) == "老街换新颜留住烟火气"
    assert p.compact(story.subtitle) == "全市完成十二条老街巷微改造惠及居民三万多户"


def test_a_subtitle_of_lines_of_one_width_is_left_whole():
    # the two lines under the title fill one width: one subtitle in a smaller type
    units = ["老街换新颜", "全市完成十二条老街巷微改造", "惠及沿街居民三万多户共计"]
    headline = Headline(title=units[0], subtitle=" ".join(units[1:]))
    assert _title_half_over_subtitle(units, headline) == headline


def test_a_short_line_stating_a_figure_or_set_as_two_phrases_stays_in_the_subtitle():
    long_line = "全市完成十二条老街巷微改造 惠及沿街居民三万多户"
    for half in ("改造12处街巷", "修旧 留乡愁"):
        units = ["老街换新颜", half, long_line]
        headline = Headline(title=units[0], subtitle=" ".join(units[1:]))
        assert _title_half_over_subtitle(units, headline) == headline
