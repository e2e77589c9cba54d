"""A title line the column broke inside a bracket or quote (國泰空姐「偷 / 」牛角包？) is judged as the
one line it is (round 73, issue 8): a line opening on the mark that closes what the line above leaves
open cannot begin a line of its own, so the reader's test of a title that asks or exclaims reads the
two as one. The bracket never makes a title by itself: an indented paragraph of prose broken so stays
prose. Our own text in the general shape of a Hong Kong column."""

from __future__ import annotations

from segment_support import segment_text

HEADER = ["港聞日報", "2021年3月2日 星期二", ""]
PROSE = [
    "  有街坊對我說，自從附近的商場換",
    "了業主，鋪租年年上升，茶餐廳的奶",
    "茶價錢也跟著水漲船高。",
    "",
    "  例如最近一次加價，老闆一口氣將",
    "套餐價錢加了十蚊，熟客都大叫吃不",
    "消。老闆卻說，租金和人工都在升，",
    "他也是無可奈何。",
]


def test_asking_title_broken_inside_its_quote_heads_the_column():
    stories = segment_text("\n".join([*HEADER, "茶餐廳老闆「加", "」價十蚊？", *PROSE]))
    assert len(stories) == 1
    assert stories[0].title == "茶餐廳老闆「加」價十蚊？"
    assert stories[0].body.startswith("有街坊對我說")


def test_indented_prose_broken_inside_its_quote_stays_prose():
    page = [*HEADER, "茶餐廳加價 熟客叫苦", *PROSE, "", "  記者問老闆：「會唔會", "」再加價？", "  老闆笑而不答。"]
    stories = segment_text("\n".join(page))
    assert len(stories) == 1
    assert stories[0].title == "茶餐廳加價 熟客叫苦"
    assert "會唔會再加價" in stories[0].body.replace("」", "").replace("「", "")


def test_series_title_broken_inside_its_bracket_heads_the_column():
    """The line opening on the closing bracket (茶餐廳系列：（三 / ）奶茶的溫度) goes on the title's line: each
    is a headline line for the run the reader reads, and the run's usual tests decide."""
    stories = segment_text("\n".join([*HEADER, "茶餐廳系列：（三", "）奶茶的溫度", *PROSE]))
    assert len(stories) == 1
    assert stories[0].title == "茶餐廳系列：（三）奶茶的溫度"
    assert stories[0].body.startswith("有街坊對我說")
