"""A photo's caption that stood inside a sentence of its story (the page maker dropped the photo
between two lines of one paragraph): the prose under the caption goes on with the sentence above
it. The caption starts where the words run across from the line above to the prose under the
caption (……呼籲政 / [caption] / 府聆聽……); it is the story's caption, the sentence is read whole, and
the story is not parted at the photo."""

from __future__ import annotations

from segment_support import HEATING_REPORT, segment_lines_whole

_TITLE = "港大研究指抑鬱症疑患比率升至一成"

# A sentence cut by a photo's caption whose credit names who supplied the picture (资料图片): read
# alone, the caption and the lines above it would be a photo story of its own.
_SENTENCE_CUT_BY_CAPTION = [
    "醫學院院長對結果感到憂慮，稱這是因嚴",
    "重社會事故引起的精神健康問題，呼籲政",
    "醫學院公布研究結果，多名學者出席記者",
    "會講解調查的方法。資料圖片",
    "府聆聽年輕人的聲音，並關注較年長人士",
    "的精神健康。",
    "",
]

CAPTION_CUTTING_A_SENTENCE = [
    _TITLE,
    "",
    "香港大學醫學院今日公布一項長期研究的",
    "最新結果，指出今年夏天疑患抑鬱症的比",
    "率明顯上升，亦是十年來最高的一次。",
    "",
    *_SENTENCE_CUT_BY_CAPTION,
] + HEATING_REPORT

# The same sentence cut in the story's first paragraph: no paragraph above holds the photo.
CAPTION_CUTTING_THE_FIRST_SENTENCE = [_TITLE, "", *_SENTENCE_CUT_BY_CAPTION] + HEATING_REPORT


def test_caption_inside_a_sentence_is_set_aside_and_the_sentence_read_whole():
    stories = segment_lines_whole(CAPTION_CUTTING_A_SENTENCE)
    assert [s.title for s in stories] == [_TITLE, "老城区供暖管网改造全面完工"]
    story = stories[0]
    assert story.captions == ("醫學院公布研究結果，多名學者出席記者會講解調查的方法。資料圖片",)
    assert story.body.endswith("呼籲政府聆聽年輕人的聲音，並關注較年長人士的精神健康。")


def test_caption_inside_the_first_sentence_does_not_part_the_story():
    stories = segment_lines_whole(CAPTION_CUTTING_THE_FIRST_SENTENCE)
    assert [s.title for s in stories] == [_TITLE, "老城区供暖管网改造全面完工"]
    story = stories[0]
    assert story.captions == ("醫學院公布研究結果，多名學者出席記者會講解調查的方法。資料圖片",)
    assert story.body == "醫學院院長對結果感到憂慮，稱這是因嚴重社會事故引起的精神健康問題，呼籲政府聆聽年輕人的聲音，並關注較年長人士的精神健康。"
