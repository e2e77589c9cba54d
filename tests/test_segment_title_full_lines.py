"""A title the column set over full lines of one width (issue 8): the line under the title's
first line is as long as it and runs into the next line across a word, so it is the title's
own, not a subtitle; a subtitle, set smaller, fills longer lines. Our own invented text."""

from __future__ import annotations

from audiopaper.segment import patterns as p
from audiopaper.segment.headlines import Headline, _title_runs_full_lines
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
