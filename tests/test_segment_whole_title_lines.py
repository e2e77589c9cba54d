"""Two whole lines the labeller reads as title lines (issue 8): they are one title set in two lines
only when they read as its two even halves (汇聚合力 / 共享机遇); a short line under or over a longer
one, neither wrapped, is a title with its subtitle or kicker (剑指…AI应用乱象 / 中央网信办专项整治,
4月26日是世界知识产权日 / 为创新护航), which the deck rules read. Our own lines in the general shape."""

from __future__ import annotations

from audiopaper.segment.headlines import _labelled_deck, _Unit


def _sure_title_line(text: str) -> _Unit:
    unit = _Unit(text)
    unit.roles = ((0.02, 0.96, 0.02),)
    return unit


def test_two_even_whole_lines_read_as_title_lines_are_one_title():
    headline = _labelled_deck([_sure_title_line("守住老手艺"), _sure_title_line("织出新生活")])
    assert headline is not None and (headline.kicker, headline.title) == ("", "守住老手艺 织出新生活")


def test_a_short_whole_line_under_a_longer_title_line_is_left_to_the_deck_rules():
    assert _labelled_deck([_sure_title_line("青溪古镇暑期民宿一房难求"), _sure_title_line("县文旅局出台新规")]) is None


def test_a_longer_whole_line_over_a_short_title_line_is_left_to_the_deck_rules():
    assert _labelled_deck([_sure_title_line("7月1日是青溪古镇开镇日"), _sure_title_line("为古镇护航")]) is None


def test_a_title_the_column_wrapped_stays_one_title():
    headline = _labelled_deck([_sure_title_line("青溪古镇暑期民宿一房"), _sure_title_line("难求")])
    assert headline is not None and headline.title == "青溪古镇暑期民宿一房难求"


def test_the_last_few_characters_the_column_wrapped_stay_in_the_title():
    # 庆祝…交响音乐会在 / 京举办: a title's tail of three characters, no subtitle
    headline = _labelled_deck([_sure_title_line("青溪古镇第十届民宿文化节开幕式在"), _sure_title_line("镇举行")])
    assert headline is not None and headline.title.replace(" ", "") == "青溪古镇第十届民宿文化节开幕式在镇举行"
