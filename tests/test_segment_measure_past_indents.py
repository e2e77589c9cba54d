"""A column's measure is read from the lines that fill it: a paragraph's first line, set in by its
indent (two ideographic spaces), stands narrower, and a line with digits in it is set a little
narrower too (issue 8, page-maker pages). A story of short paragraphs has nearly as many indented
lines as full ones, so with them voting no measure held most lines, the prose under a lone line
seemed set in no column, and the next story's title, on a subject near the story above's (tax,
revenue), was read as that story's crosshead. Our own invented text in the shape of two reports set side by side in columns of
their own, 14 and 16 ideographs wide."""

from __future__ import annotations

from segment_support import segment_lines_whole

_INDENT = "\u3000\u3000"


def indented_column(paragraphs: list[str], width: int) -> list[str]:
    """Each paragraph cut into lines of *width* characters, its first line set in by the indent."""
    lines = []
    for paragraph in paragraphs:
        lines.append(_INDENT + paragraph[: width - 2])
        lines.extend(paragraph[k : k + width] for k in range(width - 2, len(paragraph), width))
    return lines


PROVINCE_REPORT = ["省里出台十条措施支持开发区发展"] + indented_column([
    "本报讯 近日，省政府对外发布支持开发区高质量发展的若干措施，共十个方面，举全省之力推动开发区建设。"
    "符合条件的制造业企业可以享受地方分享部分所得税减免，还可以享受对地方经济贡献的奖励。",
    "据了解，开发区产生的地方财政收入五年内大部分留存开发区使用，用于基础设施建设和引进人才，增强开发区自主发展能力。",
], 14)

# set 16 wide, in paragraphs of a few lines; the line with the tax rates in figures is set narrower
AUSTERITY_REPORT = ["", "邻国实施财政紧缩政策"] + indented_column([
    "日前，邻国政府宣布，暂停发放政府文职人员和军人的生活补贴，同时提高增值税的税率，以增加财政收入，"
    "税率将从5%提高至9%，下月起执行。",
    "分析认为，邻国政府采取这一系列财政紧缩政策，意在应对主要出口商品价格的暴跌，稳住政府的财政。",
    "今年第一季度，邻国的出口收入同比下降近三成，财政收入同比下降两成，外汇储备也降至多年来的最低水平。",
], 16)


def test_title_over_short_indented_paragraphs_set_wider_heads_its_story():
    # Before: the indented first lines kept the 16-wide measure from a majority: the province report's crosshead.
    stories = segment_lines_whole(PROVINCE_REPORT + AUSTERITY_REPORT)
    assert [s.title for s in stories] == ["省里出台十条措施支持开发区发展", "邻国实施财政紧缩政策"]
    assert stories[0].body.endswith("增强开发区自主发展能力。")
    assert stories[1].body.startswith("日前，邻国政府宣布")


# The same line over prose going on in the story's own 14-wide column: the story's crosshead.
CROSSHEAD_IN_ITS_COLUMN = PROVINCE_REPORT + ["", "开发区人才公寓投入使用"] + indented_column([
    "开发区首批人才公寓已经投入使用，引进的高端人才可以按较低租金入住，五年内租金由开发区财政补贴。",
    "开发区还将为人才子女入学提供便利，安排就近入学，符合条件的还可以享受地方财政给予的安家补贴。",
], 14)


def test_line_over_indented_paragraphs_in_the_same_column_stays_a_crosshead():
    stories = segment_lines_whole(CROSSHEAD_IN_ITS_COLUMN)
    assert [s.title for s in stories] == ["省里出台十条措施支持开发区发展"]
