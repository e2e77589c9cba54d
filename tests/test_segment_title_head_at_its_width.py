"""A title the column wrapped fills its lines alike (issue 8): lines over the title as wide as its
first line, where the title's own lines show that width and are set evenly, are the title's head,
not a kicker (省农业农村厅 / 部署秋粮收购 / 和冬小麦播种). A kicker narrower than the title, one over a
title whose last line is left short (the column filled it), or one that introduces the title or
pairs two phrases, stays the kicker. Our own invented text."""

from __future__ import annotations

from audiopaper.segment import patterns as p
from audiopaper.segment.headlines import Headline, _title_head_at_its_width
from segment_support import story_under

# one title set six characters wide over three even lines
_EVEN = ["省农业农村厅", "部署秋粮收购", "和冬小麦播种"]


def _read(units: list[str], kicker_lines: int) -> Headline:
    headline = Headline(title="".join(units[kicker_lines:]), kicker=" ".join(units[:kicker_lines]))
    return _title_head_at_its_width(units, headline)


def test_a_line_as_wide_as_an_evenly_set_title_is_its_head():
    read = _read(_EVEN, 1)
    assert p.compact(read.title) == p.compact("".join(_EVEN))
    assert read.kicker == ""


def test_two_lines_of_the_width_over_the_title_are_its_head_too():
    units = ["全省农业农村", "工作会议部署", "秋粮收购和冬", "小麦播种工作"]
    read = _read(units, 2)
    assert p.compact(read.title) == p.compact("".join(units))


def test_a_narrower_kicker_stays_the_kicker():
    units = ["秋收时节", *_EVEN[1:]]
    assert _read(units, 1) == Headline(title="".join(units[1:]), kicker=units[0])


def test_a_kicker_over_a_title_whose_last_line_is_short_stays_the_kicker():
    # the column filled the title's first line and left its last one short: as likely under a kicker
    units = ["第十届农民丰收节开幕", "全省秋粮收购和冬小麦播", "种全面展开"]
    assert _read(units, 1) == Headline(title="".join(units[1:]), kicker=units[0])


def test_a_kicker_that_introduces_or_pairs_phrases_stays_the_kicker():
    for kicker in ("省农业农村厅：", "稳粮 保供"):
        units = [kicker, *_EVEN[1:]]
        assert _read(units, 1) == Headline(title="".join(units[1:]), kicker=kicker)


_BODY = ["本报讯 省农业农村厅昨日召开会议，部署", "秋粮收购和冬小麦播种工作，要求各地抓", "住晴好天气抢收抢种。", ""]


def test_on_a_page_the_title_keeps_its_first_line():
    # OCR left a blank line under the first line, as it does between any two lines
    story = story_under(["", _EVEN[0], "", *_EVEN[1:], ""], _BODY)
    assert p.compact(story.title) == p.compact("".join(_EVEN))
    assert story.kicker == ""


def test_on_a_page_the_title_keeps_its_first_of_four_lines():
    deck = ["全省农业农村", "工作会议部署", "秋粮收购和冬", "小麦播种工作"]
    story = story_under(["", *deck, ""], _BODY)
    assert p.compact(story.title) == p.compact("".join(deck))
    assert story.kicker == ""


def test_a_kicker_as_wide_only_by_its_latin_letters_stays_the_kicker():
    # four ideographs and three Latin letters over a line of six ideographs: as wide, not as many characters
    units = ["省厅发布APP", "部署秋粮收购", "和冬小麦播种"]
    assert _read(units, 1) == Headline(title="".join(units[1:]), kicker=units[0])


def test_a_kicker_over_a_title_set_by_its_phrases_stays_the_kicker():
    # each line a whole phrase, one parted by a colon, no word across a break: a kicker over a title of
    # two phrases that happen to be as long as it
    units = ["乡村振兴在行动", "宁阳：抢收抢种", "秋粮颗粒归仓了"]
    assert _read(units, 1) == Headline(title="".join(units[1:]), kicker=units[0])
