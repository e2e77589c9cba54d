"""A marked item of a column of briefs (●, ■) whose first line fills the column and runs on into the
lines under it is the item's untitled text, not its title (●行政长官今早首次主持 / 行政会议，……), also on
a page that sets blank lines inside its paragraphs, where a blank line under the first line parts no
title from its text (issue 8, the column-by-column layout). Our own invented text."""

from __future__ import annotations

from segment_support import segment_text

_WIDTH = 16


def _column(text: str) -> list[str]:
    """*text* set in a column of _WIDTH characters, a blank line under its first line and every
    other line after it, as OCR reads some pages."""
    lines = [text[at : at + _WIDTH] for at in range(0, len(text), _WIDTH)]
    out: list[str] = []
    for n, line in enumerate(lines):
        out += [line] if n % 2 else [line, ""]
    return out


_STORY = ("本报讯 城区十二个老旧小区的改造工程昨天全面启动，改造内容包括外墙保温、管网更新、加装电梯和"
          "停车位规划，预计年底前全部完工。住建部门负责人介绍，改造方案在开工前逐户征求了居民意见，"
          "施工期间各小区设立临时便民点，保障居民日常出行和生活不受大的影响。居民王大爷说，"
          "住了三十年的老楼终于要变样了，大家都盼着早日完工，孩子们回家也方便多了。")
_ITEMS = ["市图书馆新馆今天上午正式向市民开放，馆内藏书六十万册，设有少儿阅览区和自习区，市民凭身份证即可办理借阅卡。",
          "本市今年新建的三座口袋公园近日陆续完工，公园内设有健身步道、儿童游乐设施和休息座椅，方便周边居民就近休闲。"]


def test_a_marked_item_line_filling_the_column_is_its_text_on_a_page_with_blanks_inside_paragraphs():
    page = ["老旧小区改造全面启动", "", *_column(_STORY + _STORY), "", "快讯", ""]
    for item in _ITEMS:
        page += [*_column("●" + item), ""]
    stories = segment_text("\n".join(page))
    items = [s for s in stories if s.body.startswith(("市图书馆", "本市今年"))]
    assert [(s.title, s.body) for s in items] == [("", item) for item in _ITEMS]
