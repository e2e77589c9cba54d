"""A paragraph's last line read twice (a column's overlap in OCR) is said once, though it ends a
sentence: the line above it goes on into it, so it is no paragraph of its own. A one-line paragraph
said twice stays, as it may be meant. Our own text in the general shape."""

from __future__ import annotations

from segment_support import segment_text

LAST_LINE_READ_TWICE = [
    "老城区改造方案公布",
    "本报讯 市住建局昨天公布了老城区改造",
    "方案，计划用三年时间完成改造。方案",
    "提出，明年将率先在城东片区开工建设。",
    "提出，明年将率先在城东片区开工建设。",
    "改造资金由市区两级财政共同承担，居民",
    "也可以申请补贴。",
]

# The same sentence as a paragraph of its own line, said twice.
ONE_LINE_PARAGRAPH_SAID_TWICE = [
    "老城区改造方案公布",
    "本报讯 市住建局昨天公布了老城区改造",
    "方案，计划用三年时间完成改造。",
    "明年将率先在城东片区开工建设。",
    "明年将率先在城东片区开工建设。",
    "改造资金由市区两级财政共同承担，居民",
    "也可以申请补贴。",
]


def test_paragraphs_last_line_read_twice_is_said_once():
    stories = segment_text("\n".join(LAST_LINE_READ_TWICE))
    assert [s.title for s in stories] == ["老城区改造方案公布"]
    assert stories[0].body.count("开工建设") == 1
    assert "方案提出，明年将率先在城东片区开工建设。\n改造资金" in stories[0].body


def test_one_line_paragraph_said_twice_stays():
    stories = segment_text("\n".join(ONE_LINE_PARAGRAPH_SAID_TWICE))
    assert [s.title for s in stories] == ["老城区改造方案公布"]
    assert stories[0].body.count("明年将率先在城东片区开工建设。") == 2
