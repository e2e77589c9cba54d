"""A title the column broke after a preposition (issue 8): a deck line ending on a preposition that
stands alone (主流媒体在 / AI时代更要坚持“求真”, 以文化融合发展为 / 抓手提升…) waits for its object on the
next line, so the two lines are one title; a verb of the same character after an adverb (初心永在) or
inside a word (矛盾所在, 大有作为) closes its line. Our own lines in the general shape."""

from __future__ import annotations

from segment_support import segment_text

from audiopaper.segment.line_breaks import title_wrapped


def test_a_line_ending_on_a_preposition_goes_on_in_the_next():
    assert title_wrapped("青溪古镇的老手艺在", "新时代焕发生机")
    assert title_wrapped("以古镇保护为", "抓手带动乡村振兴")


def test_a_line_ending_on_a_verb_or_a_word_closes():
    assert not title_wrapped("初心永在", "使命在肩")
    assert not title_wrapped("古镇保护大有作为", "青溪镇的十年探索")


def test_a_title_broken_after_a_preposition_under_a_kicker_stays_one_title():
    text = "\n".join([
        "走进青溪古镇",
        "青溪古镇的老手艺在",
        "新时代焕发生机",
        "本报讯 青溪古镇的竹编、木雕等老手艺",
        "近年来走进课堂和集市，在新时代焕发",
        "生机。去年全镇手艺人收入增长三成。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title) == ("走进青溪古镇", "青溪古镇的老手艺在新时代焕发生机")
