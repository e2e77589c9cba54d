"""A deck read inside another story's unfinished sentence (a page read column by column) may run
over more than three lines (a kicker and a title, each broken by a narrow column), its title may
end on a quote it opened itself (……升级“限塑令”: prose hangs a mark it opened lines above past its
column, a title closes its own), and a title closing on its column tag may have a subtitle under
it. The other cues (width, the sentence going on across the lines, its story's own lead further
on) still decide. Our own text in the general shape."""

from __future__ import annotations

import pytest
from segment_support import segment_text
from test_segment_deck_inside_sentence_wrapped_in_brackets import STORY_ABOVE, deck_inside_the_sentence


@pytest.mark.parametrize(("deck", "opening"), [
    (["全市今年计划改", "造老旧小区两百个", "老旧小区改造", "今年全面开工"], "本报讯 老旧小区改造今年全面开工，全市"),
    (["滨江街道推行垃圾分类“积分制”"], "本报讯 滨江街道近日全面推行垃圾分类“积分制”，"),
    (["全市老旧小区改造", "全面开工（民生观察）", "两百个小区年内完成改造"], "本报讯 全市老旧小区改造昨天全面开工，"),
], ids=["four lines", "title closing its own quote", "tagged title over its subtitle"])
def test_deck_inside_sentence_heads_its_own_story(deck, opening):
    stories = segment_text("\n".join(deck_inside_the_sentence(deck, opening)))
    assert stories[0].title == "城东新建三座口袋公园"
    assert "让每个社区都有一处" in stories[0].body  # the sentence goes on across the lifted deck
    assert len(stories) == 2
    assert "".join((stories[1].kicker + stories[1].title + stories[1].subtitle).split()) == "".join(deck)
    assert stories[1].body.startswith(opening.replace(" ", ""))


def test_prose_closing_a_quote_at_its_column_end_stays_prose():
    """A line of prose closing the quote it opened as it fills its column (……推行垃圾分类“积分制”)
    is as wide as the lines around it, the sentence going on under it: prose, no title."""
    going_on = ["将在各小区推行垃圾分类“积分制”", "居民投放一次可积一分，积分能换", "取日用品。"]
    [story] = segment_text("\n".join([*STORY_ABOVE, *going_on]))
    assert "".join(going_on) in story.body
