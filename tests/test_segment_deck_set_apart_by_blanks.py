"""A deck OCR read inside another story's unfinished sentence, set apart by blank lines on a page
whose paragraphs run on with no blank line inside them (issue 8): there a blank line parts blocks
of print, so a line off the column's width with a blank line above and under it, the sentence
going on under it, is another story's title, even when that story's lead does not say the title's
words again. Our own invented text in the general shape of the column-layout pages."""

from __future__ import annotations

from audiopaper.segment import patterns as p
from segment_support import segment_text

_PROSE = ("据市园林局消息，城东湿地公园改造工程推迟后，施工方立即启动应急预案，组织对园内步道和栈桥全面进行检测和"
          "安全性评估，研究开园计划，各部门严格按流程开展各项测试和联调，组织关键设施状态判读和质量确认，"
          "公园管理处正在开展开园前的综合演练。目前，园内设施状态正常，绿化养护工作有序推进，正与周边社区共同"
          "开展志愿服务和科普活动。")
_TITLE = "全省民调显示近八成居民支持垃圾分类"
_OTHER = ("新华社杭州3月2日电 省统计局近日在十一个设区市对近两万人进行调查，结果显示，受访者中"
          "愿意在家中分类投放的比例比去年同期提高了十二个百分点，多数人希望社区增设回收点。")


def _column(text: str, width: int) -> list[str]:
    return [text[n : n + width] for n in range(0, len(text), width)]


def _page() -> str:
    prose = _column(_PROSE, 10)
    above, below = prose[:5], prose[5:]  # the column breaks the sentence between two words (检测 / 和安全性评估)
    return "\n".join(["湿地公园开园准备就绪", "", *above, "", _TITLE, "", *below, *_column(_OTHER, 10)])


def test_a_title_between_blank_lines_inside_a_sentence_heads_the_next_story():
    first, second = segment_text(_page())
    assert p.compact(first.body) == p.compact(_PROSE)  # the sentence read on across the title
    assert _TITLE not in p.compact(first.body)
    assert second.title == _TITLE
    assert p.compact(second.body).startswith("新华社杭州3月2日电")
