"""A story's deck that a page read column by column put inside the unfinished sentence of the story
beside it (a column pair: the story above runs on in the next column, past the deck): the deck heads
the story that starts untitled under the sentence's end, not the sentence. Our own text in the
general shape."""

from __future__ import annotations

from segment_support import segment_text

SENTENCE_ABOVE = [
    "图书馆推出夜间借阅服务",
    "本报讯 市图书馆从本周起推出夜间借阅",
    "服务，读者在晚上九点前都可以借还图",
    "书，馆内自助设备也全天开放。馆方表示",
    "这项服务主要面向上班族，希望吸引更多",
]

# A title off the column's width inside the sentence, with no word running across it and nothing further
# on restating it (……希望吸引更多 / 老街夜市重新开张 / 年轻人走进……), and the next story starting
# untitled under the sentence's end: the title is that story's.
TITLE_OVER_A_STORY_STARTING_UNTITLED = SENTENCE_ABOVE + [
    "老街夜市重新开张",
    "年轻人走进图书馆，养成读书的习惯。",
    "（记者 李华）",
    "本报讯 每到傍晚，城西的小吃摊就陆续",
    "支起了帐篷，烤串和糖水的香味飘满整",
    "条街道，附近的居民三五成群来逛。",
]


def test_title_inside_a_sentence_heads_the_story_starting_untitled_under_it():
    stories = segment_text("\n".join(TITLE_OVER_A_STORY_STARTING_UNTITLED))
    assert [s.title for s in stories] == ["图书馆推出夜间借阅服务", "老街夜市重新开张"]
    assert "希望吸引更多年轻人走进图书馆" in stories[0].body
    assert stories[1].body.startswith("本报讯每到傍晚")

