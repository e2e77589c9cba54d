"""A column of briefs on a page whose blank lines OCR set inside sentences as often as between
paragraphs (column-by-column pages, tools/segdev/layout_ocr.py; issue 8): there a blank line under a
line as wide as the column does not end the untitled item's paragraph, so the item's next sentence
is no item of its own. Where a page's blank lines part blocks, or it has too few lines to tell, a
blank line ends the item as before (test_segment_brief_title_wrapped_over_lines.py). Our own text."""

from __future__ import annotations

from segment_support import segment_lines_whole

# The column of briefs over a report; OCR left blank lines inside the sentences of both (理 / 由 under
# no blank line, but 将 / 关停 under one), so the blank line under the first item's full line 原因。 ends
# no paragraph: its next sentence 市政府将对此开展调查 goes on speaking of what it said. The short line
# 任。 ends the item.
BLANK_LINES_INSIDE_SENTENCES = [
    "新闻快递",
    "",
    "江城市政府昨天宣布将",
    "",
    "关停两家化工企业，理",
    "由是它们多次超标排放",
    "",
    "废水。环保部门对此表",
    "",
    "示支持。市生态环境局",
    "",
    "局长王立新当天表示，",
    "超标排放是近年江城河",
    "",
    "道水质下降的主要原因。",
    "",
    "市政府将对此开展调查，",
    "并考虑追究有关企业责",
    "",
    "任。",
    "",
    "江城地铁三号线今天起",
    "",
    "试运行，全线设车站二",
    "十二座。",
    "",
    "老城区供暖管网改造全面完工",
    "",
    "本报讯 记者从市住建局",
    "",
    "获悉，老城区供暖管网改",
    "造工程昨天全面完工，共",
    "",
    "更换地下管道四十六公里",
    "，涉及居民小区一百一十",
    "",
    "个。改造后，管网热损失",
    "下降三成以上，居民家中",
    "",
    "室温普遍提高两度。住建",
    "局有关负责人介绍，工程",
    "",
    "自今年四月开工，施工期",
    "间各施工单位错峰作业，",
    "",
    "尽量减少对居民出行的影",
    "响。明年，江城还将改造",
    "",
    "新城区的供暖管网，预计",
    "涉及居民小区八十个，届",
    "",
    "时全市供暖管网将全部完",
    "成改造，居民冬季取暖条",
    "",
    "件将进一步改善，供暖季",
    "室温有望稳定达标。",
]


def test_a_blank_line_inside_the_page_s_paragraphs_does_not_end_an_untitled_item():
    stories = segment_lines_whole(BLANK_LINES_INSIDE_SENTENCES, left_out=("新闻快递",))
    assert [s.title for s in stories] == ["", "", "老城区供暖管网改造全面完工"]
    assert stories[0].body.replace("\n", "").endswith("超标排放是近年江城河道水质下降的主要原因。市政府将对此开展调查，并考虑追究有关企业责任。")
    assert stories[1].body.startswith("江城地铁三号线今天起试运行")
