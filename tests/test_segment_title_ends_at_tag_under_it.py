"""A line closing on a column tag, under a title line with no tag (筑牢安全防线 守护万家灯火 /
织密城市安全的防护网（一线观察））, ends the title (issue 8): a daily sets the column's name after the
main title, never after a subtitle, so the tagged line is the title's and the line over it its kicker
or its head. Our own invented text in the general shape of a daily's decks."""

from __future__ import annotations

from segment_support import segment_text

# the lead says the deck's words, as a lead does: the deck is the story's
_LEAD = ["本报讯 连日来，各地应急管理部门深入排查", "安全隐患，织密城市安全的防护网，筑牢", "安全防线，守护万家灯火。"]


def test_a_tagged_line_under_the_title_ends_the_title():
    [story] = segment_text("\n".join(["", "筑牢安全防线 守护万家灯火", "织密城市安全的防护网（一线观察）", *_LEAD]))
    assert story.title == "织密城市安全的防护网（一线观察）"
    assert story.kicker == "筑牢安全防线 守护万家灯火"
    assert story.subtitle == ""


def test_a_dated_line_under_the_title_stays_the_subtitle():
    [story] = segment_text("\n".join(["", "关于做好城市安全隐患排查工作的通知", "（2025年1月10日）", *_LEAD]))
    assert "2025" not in story.title
