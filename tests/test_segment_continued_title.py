"""The headline over a jumped-to part (紧接1版, 續第1版) is its story's title said again, all of
its lines (issue 8): the page a story goes on in repeats the title, never a kicker or a subtitle,
so a second line the column set there is the title's, not a subtitle. Our own invented text in
the general shape of the column-layout pages."""

from __future__ import annotations

from audiopaper.models import StoryKind
from audiopaper.segment import patterns as p
from segment_support import segment_text

_FIRST_STORY = ["全市秋季植树活动开幕", "", "本报讯 昨天上午，全市秋季植树活动在城东湿地公园",
                "举行，两千多名志愿者栽下银杏和香樟一万余株。", ""]
_CONTINUED = ["（紧接1版）活动现场还设置了科普展板，向", "市民介绍湿地保护知识。志愿者们表示，",
              "今后每年都会来这里种树护绿。"]


def _continuation(title_lines: list[str]):
    # the jumped-to part at the top of its page, a story of this page under it
    text = "\n".join([*title_lines, *_CONTINUED, "", *_FIRST_STORY])
    [part] = [s for s in segment_text(text) if s.kind is StoryKind.CONTINUATION]
    return part


def test_a_title_of_two_phrases_over_a_continuation_is_one_title():
    part = _continuation(["老旧小区加装电梯提速", "居民上下楼不再犯难"])
    assert p.compact(part.title) == "老旧小区加装电梯提速居民上下楼不再犯难"
    assert part.subtitle == "" and part.kicker == ""


def test_a_title_whose_column_tag_the_column_broke_stays_whole_over_a_continuation():
    part = _continuation(["湿地公园里的护绿人（", "走基层·身边的感动）"])
    assert part.title == "湿地公园里的护绿人（走基层·身边的感动）"
    assert part.subtitle == ""


def test_a_title_broken_inside_a_word_over_a_continuation_joins_with_no_space():
    part = _continuation(["城东湿地公园迎来第一批候", "鸟越冬的好消息"])
    assert part.title == "城东湿地公园迎来第一批候鸟越冬的好消息"
