"""A column of briefs whose item's head opens on a mark (■, ●, ▲) and the column wrapped over two or
three lines (issue 8): the mark opens a brief's one head, which has no kicker or subtitle of its own, so
the lines under the marked one, unmarked, are its title's, not a subtitle (●江城市政府签署决定 /
公布《江城市河道管理办法》) nor the title under a kicker. In the dev and third-pool truth a marked deck
line over another deck line of its block is one title 34 times, a kicker over its title twice (one of them
ending in a dash, which introduces its title and is left alone).
Our own text in the shapes of column-by-column pages (tools/segdev/layout_ocr.py)."""

from __future__ import annotations

from segment_support import segment_lines_whole, titles

MARKED_TITLE_OVER_TWO_LINES = [
    "短讯",
    "",
    "●江城市政府签署决定",
    "公布《江城市河道管理办法》",
    "",
    "江城市市长日前签署市政府决定，公",
    "布《江城市河道管理办法》，自明年",
    "1月1日起施行。《办法》旨在加强河",
    "道管理，保障防洪安全。",
    "",
    "●江城推进老旧小区改造",
    "今年完成一百二十个小区",
    "",
    "记者从江城市住建局获悉，今年全市",
    "将完成一百二十个老旧小区改造，惠",
    "及居民四万余户。",
]


def test_marked_item_title_over_two_lines_is_one_title():
    stories = segment_lines_whole(MARKED_TITLE_OVER_TWO_LINES, left_out=("短讯",))
    assert titles(stories) == ["江城市政府签署决定公布《江城市河道管理办法》", "江城推进老旧小区改造今年完成一百二十个小区"]
    assert [s.subtitle for s in stories] == ["", ""]
    assert [s.kicker for s in stories] == ["", ""]
    assert stories[0].body.startswith("江城市市长日前签署市政府决定")
