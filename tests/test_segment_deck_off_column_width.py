"""A deck OCR read inside another story's unfinished sentence, with no blank line around it and no
lead saying its words again (issue 8): the lines above and under it fill one column width, and
prose fills its column to its paragraph's last line, so lines clearly narrower or wider than that
column, the sentence going on under them, are another story's deck, not the sentence's words.
Our own invented text in the general shape of the column-layout pages (layout_ocr's column pairs)."""

from __future__ import annotations

from audiopaper.segment import patterns as p
from segment_support import segment_text

_PROSE = ("据市园林局消息，城东湿地公园改造工程推迟后，施工方立即启动应急预案，组织对园内步道和栈桥全面进行检测和"
          "安全性评估，研究开园计划，各部门严格按流程开展各项测试和联调，组织关键设施状态判读和质量确认，"
          "公园管理处正在开展开园前的综合演练。目前，园内设施状态正常，绿化养护工作有序推进，正与周边社区共同"
          "开展志愿服务和科普活动。")
_DECK = ("全省民调显示近八成", "居民支持垃圾分类")  # set narrower than the column, over two lines
_OTHER = ("新华社杭州3月2日电 省统计局近日在十一个设区市对近两万人进行调查，结果显示，受访者中"
          "愿意在家中分类投放的比例比去年同期提高了十二个百分点，多数人希望社区增设回收点。")


def _column(text: str, width: int) -> list[str]:
    return [text[n : n + width] for n in range(0, len(text), width)]


def _page(deck: tuple[str, ...]) -> str:
    prose = _column(_PROSE, 12)
    above, below = prose[:4], prose[4:]  # the column breaks the sentence between two words (进行检测 / 和安全性评估)
    return "\n".join(["湿地公园开园准备就绪", "", *above, *deck, *below, *_column(_OTHER, 12)])


def test_a_deck_off_the_column_width_inside_a_sentence_heads_the_next_story():
    first, second = segment_text(_page(_DECK))
    assert p.compact(first.body) == p.compact(_PROSE)  # the sentence read on across the deck
    assert p.compact(second.title) == p.compact("".join(_DECK))
    assert p.compact(second.body).startswith("新华社杭州3月2日电")


def test_lines_as_wide_as_the_column_stay_in_the_sentence():
    # the same words at the column's width: nothing sets them apart from the sentence's own lines
    at_width = ("全省民调显示近八成居民支", "持垃圾分类工作的开展成效")
    first = segment_text(_page(at_width))[0]
    assert "".join(at_width) in p.compact(first.body)


_OPEN_CLAUSE_PROSE = ("市住建局介绍，今年全市计划改造老旧小区一百二十个，目前已有六十五个小区完成外墙保温和管网更新，"
                      "其余小区正在加紧施工，预计十月底前能全部完工，届时，全市将有三万多户居民受益。改造中，"
                      "各街道广泛征求居民意见，增设了电梯和休闲座椅。")


def test_a_deck_off_the_column_width_after_a_clause_left_open_heads_the_next_story():
    # the column broke the sentence after a comma (……全部完工， / deck / 届时，……): no word can run across,
    # but the lines around fill one width the deck stands well off
    prose = _column(_OPEN_CLAUSE_PROSE, 14)
    above, below = prose[:5], prose[5:]
    assert above[-1].endswith("，")
    page = "\n".join(["老旧小区改造进度过半", "", *above, *_DECK, *below, *_column(_OTHER, 14)])
    first, second = segment_text(page)
    assert p.compact(first.body) == p.compact(_OPEN_CLAUSE_PROSE)
    assert p.compact(second.title) == p.compact("".join(_DECK))
    assert p.compact(second.body).startswith("新华社杭州3月2日电")
