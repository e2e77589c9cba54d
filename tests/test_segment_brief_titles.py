"""Briefs run together under a 简讯 head (issue 8): in a column of briefs each item opens with
its title, and a line whose words the item's prose repeats at once is the next brief's title,
even when it is as wide as the column (outside such a column a line of the column's width is
read as prose). Our own text in the general shape."""

from __future__ import annotations

from segment_support import body_chars, segment_text

BRIEFS = [
    "简讯",
    "",
    "城东新建三座口袋公园",
    "",
    "城东街道今年新建三座口袋公",
    "园，在老旧小区之间见缝插绿",
    "，方便居民就近休闲，三座公",
    "园已全部开放。",
    "",
    "市图书馆延长夜间开放时间",
    "市图书馆从下月起延长夜间开",
    "放时间，工作日开放到晚上九",
    "点，周末开放到晚上十点，方",
    "便读者借阅。",
    "",
    "全市中小学开展防溺水教育",
    "全市中小学本周集中开展防溺",
    "水教育，各校通过主题班会和",
    "演练等形式，提高学生安全意",
    "识和自救能力。",
]


def test_each_brief_in_a_column_keeps_its_title_as_wide_as_the_column():
    stories = segment_text("\n".join(BRIEFS))
    assert [s.title for s in stories] == ["城东新建三座口袋公园", "市图书馆延长夜间开放时间", "全市中小学开展防溺水教育"]
    assert [s.body[:4] for s in stories] == ["城东街道", "市图书馆", "全市中小"]
    assert body_chars("".join(s.title + s.body for s in stories)) == body_chars("\n".join(BRIEFS[1:]))
