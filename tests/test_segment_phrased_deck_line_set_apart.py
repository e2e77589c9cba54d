"""A two-line deck set apart by blank lines under a finished story, its last line two phrases parted
by a comma and clearly narrower than the column (习近平主席检阅共和国武装力量侧记 / 领航，号角催征新时代;
issue 8, pages read column by column): a deck, even where the line labeller reads the comma line as
prose. A prose line that ends no sentence fills its column. Our own text in the general shape."""

from __future__ import annotations

from segment_support import labeller_reading, segment_text

from audiopaper.segment import labeller

STORY_ABOVE = [
    "城南湿地公园扩建完工",
    "",
    "本报讯 城南湿地公园扩建工程近日",
    "完工，新增水面三百亩，栖息的候鸟",
    "种类比去年多了一成，周末来观鸟的",
    "市民越来越多，公园还增设了科普馆。",
]
DECK = ["老街改造一周年侧记", "灯火，照亮老街新生活"]
FEATURE = [
    "",
    *DECK,
    "",
    "傍晚六点，老街的路灯次第亮起，修",
    "缮一新的骑楼下，茶铺和书店坐满了",
    "客人。一年前，这里还是墙皮剥落、",
    "电线乱拉的旧街区，居民出门要绕路。",
]
# the labeller leans to prose on the comma line, surely, as it does on pages it never saw
READING = {DECK[0]: (0.05, 0.17), DECK[1]: (0.001, 0.013)}


def test_a_deck_set_apart_ending_in_a_phrased_line_heads_a_new_story(monkeypatch):
    monkeypatch.setattr(labeller, "label_probabilities", labeller_reading(READING))
    stories = segment_text("\n".join(STORY_ABOVE + FEATURE))
    assert [s.title for s in stories][0] == "城南湿地公园扩建完工"
    assert len(stories) == 2
    assert {stories[1].kicker, stories[1].title, stories[1].subtitle} >= set(DECK)
    assert stories[1].body.startswith("傍晚六点")


def test_a_paragraph_s_narrow_comma_line_under_a_blank_stays_prose(monkeypatch):
    # the comma line ends the paragraph's sentence: prose, whatever its width
    closing = ["", "老街改造一周年侧记", "灯火，照亮老街新生活。", "", "傍晚六点，老街的路灯次第亮起。"]
    monkeypatch.setattr(labeller, "label_probabilities", labeller_reading(READING))
    stories = segment_text("\n".join(STORY_ABOVE + closing))
    assert [s.title for s in stories] == ["城南湿地公园扩建完工"]
