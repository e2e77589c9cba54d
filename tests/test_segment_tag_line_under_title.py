"""A column tag alone on the line under its title (……书写历史新篇章 / （人民观点）) (issue 8): the column
broke the title before its tag, so the tag closes the title and the line under it stays the subtitle.
A date in brackets under a document's title is its subtitle. Our own invented text in the general
shape of a daily's comment decks."""

from __future__ import annotations

from segment_support import segment_text

# the lead says the title's words, as a lead does: the deck is the story's
_LEAD = ["本报北京8月17日电 求真务实，书写历史新篇章，", "我们与中国建设者携手共克时艰。亮眼的成", "绩单为我们顺利实现各项目标打下坚实基础。"]


def test_a_tag_on_its_own_line_under_the_title_closes_the_title():
    [story] = segment_text("\n".join(["", "求真务实，书写历史新篇章", "（人民观点）", "鼓起决胜全面小康精气神②", "", *_LEAD]))
    assert story.title == "求真务实，书写历史新篇章（人民观点）"
    assert story.subtitle == "鼓起决胜全面小康精气神②"


def test_a_tag_with_a_space_in_it_closes_the_title_too():
    [story] = segment_text("\n".join(["", "“我们与中国建设者携手共克时艰”", "（患难见真情 共同抗疫情）", "", *_LEAD]))
    assert story.title.replace(" ", "") == "“我们与中国建设者携手共克时艰”（患难见真情共同抗疫情）"
    assert story.subtitle == ""


def test_a_date_in_brackets_under_the_title_stays_the_subtitle():
    [story] = segment_text("\n".join(["", "关于加强新就业群体服务管理的意见", "（2025年10月29日）", "", *_LEAD]))
    assert "2025" not in story.title
