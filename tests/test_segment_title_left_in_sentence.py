"""A story's title that a page read column by column set inside the unfinished sentence of the story
above it, as wide as that story's prose (no width, blank line or word across to lift it), comes out of
the sentence when the story under it runs untitled and says the title's words again: an article never
runs untitled, and a story restates its title. Our own text in the general shape."""

from __future__ import annotations

from segment_support import segment_text

STORY_ABOVE = [
    "图书馆推出夜间借阅服务",
    "",
    "本报讯 市图书馆从本周起推出夜间借阅服",
    "务，读者在晚上九点前都可以借还图书，",
    "馆内自助设备也全天开放。馆方表示，这",
    "项服务主要面向上班族，希望吸引更多的",
]

# The title between two lines of the sentence (……吸引更多的 / 老街夜市重新开张迎客 / 年轻人走进……), as wide
# as they are, the credit closing the story above, and the story under it untitled,
# saying the title's words further on than its lead's opening.
TITLE_AS_WIDE_AS_THE_PROSE = STORY_ABOVE + [
    "城西老街夜市时隔三年重新开张迎来客流",
    "年轻人走进图书馆，养成读书的好习惯。",
    "（记者 李华）",
    "傍晚六点，小吃摊沿街支起了帐篷，烤串",
    "和糖水的香味飘满整条街道，附近的居民",
    "三五成群赶来，摊主们忙得不可开交。",
    "",
    "摊主王师傅说，城西老街夜市时隔三年",
    "重新开张，头一晚就迎来客流上万人次，",
    "夜市的人气一晚比一晚旺。",
]

# A line of the sentence itself, its words running on into the line under it: stays in the sentence.
SENTENCE_LINE = STORY_ABOVE + [
    "老街夜市里的年轻人走进图书馆养成读",
    "书的好习惯。",
    "（记者 李华）",
    "城西的老街夜市昨晚重新开张，小吃摊",
    "沿街支起了帐篷，迎来八方游客。",
]


def test_title_inside_the_sentence_above_heads_the_untitled_story_restating_it():
    stories = segment_text("\n".join(TITLE_AS_WIDE_AS_THE_PROSE))
    assert [s.title for s in stories] == ["图书馆推出夜间借阅服务", "城西老街夜市时隔三年重新开张迎来客流"]
    assert "希望吸引更多的年轻人走进图书馆" in stories[0].body.replace(" ", "")


def test_a_line_of_the_sentence_running_on_stays_in_it():
    stories = segment_text("\n".join(SENTENCE_LINE))
    assert "老街夜市里的年轻人走进图书馆" in stories[0].body.replace(" ", "")
