"""A title read inside another story's unfinished sentence (a page read column by column) may be
short (four or five ideographs: 强劲奔跑) or end on a question or exclamation mark, as titles do;
the other cues (space and width, the sentence's word running across it, its story's own paragraph
further on) still decide. Our own text in the general shape."""

from __future__ import annotations

from segment_support import segment_text

# The story above, its sentence broken inside a word (片 / 区) around another story's title.
STORY_ABOVE = [
    "老城区改造方案公布",
    "本报讯 市住建局昨天公布了老城区改造",
    "方案，计划用三年时间完成改造。",
    "按照方案，改造将先易后难，分批推进，",
    "首批涉及八十多个老旧小区。方案还",
]

# A four-ideograph title set apart inside the sentence (……两个片 / 夜市开张 / 区率先开工……),
# its story starting under a dateline further on.
SHORT_TITLE_INSIDE_A_WORD = [
    *STORY_ABOVE,
    "提出，明年将在城东和城南两个片",
    "",
    "夜市开张",
    "",
    "区率先开工，改造资金由市区两级",
    "财政共同承担。",
    "",
    "本报讯 昨天晚上，滨江广场的夜市开张，",
    "五十多家摊位带来各地小吃，吸引了大",
    "批市民前来品尝。",
]

# A title ending on an exclamation mark set apart inside the sentence, a paragraph further on
# restating it.
EXCLAIMING_TITLE_INSIDE_A_SENTENCE = [
    *STORY_ABOVE,
    "提出，明年将在城东和城南两个片区",
    "",
    "夜市美食节开幕啦！",
    "",
    "率先开工，改造资金由市区两级财政共",
    "同承担。",
    "",
    "昨天晚上，夜市美食节在滨江广场开幕，",
    "五十多家摊位带来各地小吃，吸引了大",
    "批市民前来品尝。",
]


def test_short_title_inside_a_word_heads_its_story_further_on():
    stories = segment_text("\n".join(SHORT_TITLE_INSIDE_A_WORD))
    assert [s.title for s in stories] == ["老城区改造方案公布", "夜市开张"]
    assert "两个片区率先开工" in stories[0].body
    assert stories[1].body.startswith("本报讯昨天晚上")


def test_exclaiming_title_inside_a_sentence_heads_the_paragraph_restating_it():
    stories = segment_text("\n".join(EXCLAIMING_TITLE_INSIDE_A_SENTENCE))
    assert [s.title for s in stories] == ["老城区改造方案公布", "夜市美食节开幕啦！"]
    assert "两个片区率先开工" in stories[0].body
    assert stories[1].body.startswith("昨天晚上，夜市美食节")
