"""Two whole deck lines of unequal length (issue 8): neither runs into the other (no word across the
break, no line left open, the lead does not read across it), so they are two lines of a deck, a
title and its subtitle or a kicker and its title, not one title set over two lines, which a daily sets
as even halves. Lines the labeller reads as title lines are not read on into the title, and a line
over a title under a dash subtitle is its kicker. Our own lines in the general shape."""

from __future__ import annotations

from audiopaper.segment import headlines

_LEAD = ("青溪古镇的老街上，李秀兰守护古镇已经三十年。三十年里，她走遍古镇每一条巷子，"
         "记下每一座老宅的来历，为的是留住千年好风光，青溪古镇的守护人这个称呼由此传开。")


def _line(text: str, roles: tuple[float, float, float]) -> headlines._Unit:
    unit = headlines._Unit(text)
    unit.roles = (roles,)
    return unit


_TITLE_LINE = (0.02, 0.96, 0.02)
_SUBTITLE_LINE = (0.0, 0.0, 1.0)


def _read_on(title: str, below: str) -> headlines.Headline:
    units = [_line(title, _TITLE_LINE), _line(below, _TITLE_LINE)]
    reading = headlines.Headline(title=title, subtitle=below)
    return headlines._title_read_on(units, reading, headlines._Scorer([], [_LEAD]), 0)


def test_a_shorter_whole_line_under_the_title_stays_its_subtitle():
    # 有效发挥科技评价指挥棒作用 / 用科技为…注入新活力: the labeller reads both as title lines
    headline = _read_on("扛牢守护古镇的职责使命", "青溪古镇的守护人")
    assert (headline.title, headline.subtitle) == ("扛牢守护古镇的职责使命", "青溪古镇的守护人")


def test_even_whole_halves_are_read_on_into_one_title():
    headline = _read_on("守住古镇老街巷", "留住千年好风光")
    assert (headline.title, headline.subtitle) == ("守住古镇老街巷 留住千年好风光", "")


def test_a_title_the_column_wrapped_is_read_on():
    headline = _read_on("青溪古镇的守护人李秀兰守", "护古镇三十年")
    assert (headline.title, headline.subtitle) == ("青溪古镇的守护人李秀兰守护古镇三十年", "")


def test_a_line_over_the_title_under_a_dash_subtitle_is_its_kicker():
    # 在…思想指引下 / 青春向党 奋斗逐梦 / ——…获奖者速写: the dash opens the subtitle, and the two whole
    # lines over it are kicker and title, not one title
    units = [_line("在推进文化遗产保护的新征程上", (0.04, 0.83, 0.04)), _line("守护古镇 留住乡愁", _TITLE_LINE),
             _line("——青溪古镇守护人李秀兰速写", _SUBTITLE_LINE)]
    reading = headlines.Headline(title=str(units[0]), subtitle="守护古镇 留住乡愁 青溪古镇守护人李秀兰速写")
    headline = headlines._subtitle_opens_with_dash(units, reading, headlines._Scorer([], [_LEAD]), 0)
    assert (headline.kicker, headline.title, headline.subtitle) == (
        "在推进文化遗产保护的新征程上", "守护古镇 留住乡愁", "青溪古镇守护人李秀兰速写")
