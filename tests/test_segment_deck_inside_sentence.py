"""Another story's title that OCR, reading the page line by line across its columns, put in the
middle of a story's unfinished sentence: the sentence goes on, word for word, in the line under the
title (……由于高 / 云南芒市发现菲氏叶猴种群 / 空氧气稀薄，……). The title is lifted out of that
prose and heads the story that starts next. Our own text in the general shape."""

from __future__ import annotations

from audiopaper.segment.ocr import Body, HeadlineRun, reading_of_page
from segment_support import segment_text

TITLE_INSIDE_A_SENTENCE_OF_THE_STORY_ABOVE = [
    "跳伞爱好者完成高空编队",
    "本报讯 昨天上午，一百多名跳伞爱好者",
    "从六千米高空跃下，在空中组成了巨大",
    "的花朵图案，成功完成编队。由于高",
    "城市书房夜间开放",
    "空氧气稀薄，每名队员都佩戴了氧气罐",
    "，地面还有医护人员全程值守保障安全。",
    "（记者 王明）",
    "市图书馆在各个街道开设的城市书房",
    "延长了开放时间，每天晚上十点才闭馆",
    "。下班后来看书的年轻人明显多了，周",
    "末常常满座。",
]

# A narrower prose line inside a sentence whose words go on into it (……全面、客 / 观评价……) is
# that sentence's, not a title.
NARROW_PROSE_LINE_INSIDE_ITS_SENTENCE = [
    "规划编制工作全面启动",
    "本报讯 会议要求，要对上一个规划作一",
    "次回头看，全面、客观评价实施以来的",
    "进展和成效，认真总结经验。要注重请",
    "进来走出去，广泛听取和吸纳社会各界",
    "意见，集思广益编制出一份高质量、接",
    "地气的规划。会议强调，要全面、客",
    "观评价规划实施效",
    "果，巩固提升已被实践证明的正确思",
    "路和举措，不断强化规划的导向作用。",
]


def test_title_inside_a_sentence_of_the_story_above_heads_the_next_story():
    stories = segment_text("\n".join(TITLE_INSIDE_A_SENTENCE_OF_THE_STORY_ABOVE))
    assert [s.title for s in stories] == ["跳伞爱好者完成高空编队", "城市书房夜间开放"]
    assert "由于高空氧气稀薄" in stories[0].body
    assert stories[1].body.startswith("市图书馆在各个街道")


def test_narrow_prose_line_inside_its_sentence_stays_in_it():
    stories = segment_text("\n".join(NARROW_PROSE_LINE_INSIDE_ITS_SENTENCE))
    assert len(stories) == 1
    assert "要全面、客观评价规划实施效果，巩固" in stories[0].body


# A title lifted out of the first paragraph of a story that opens without a dateline: the story it
# interrupts keeps its own title.
TITLE_INSIDE_THE_FIRST_PARAGRAPH = [
    "跳伞爱好者完成高空编队",
    "昨天上午，一百多名跳伞爱好者从六千",
    "米高空跃下，在空中组成了巨大的花朵",
    "图案，成功完成了编队表演。由于高",
    "城市书房夜间开放",
    "空氧气稀薄，每名队员都佩戴了氧气罐",
    "，地面还有医护人员全程值守保障安全。",
    "（记者 王明）",
    "市图书馆在各个街道开设的城市书房",
    "延长了开放时间，每天晚上十点才闭馆",
    "。下班后来看书的年轻人明显多了，周",
    "末常常满座。",
]


def test_title_inside_the_first_paragraph_leaves_the_story_its_own_title():
    pieces = reading_of_page("\n".join(TITLE_INSIDE_THE_FIRST_PARAGRAPH)).pieces
    read = [("title", piece.lines[0].text) if isinstance(piece, HeadlineRun) else ("body", piece.text()[:4])
            for piece in pieces if isinstance(piece, HeadlineRun | Body)]
    assert read == [("title", "跳伞爱好者完成高空编队"), ("body", "昨天上午"), ("title", "城市书房夜间开放"),
                    ("body", "市图书馆")]
    stories = segment_text("\n".join(TITLE_INSIDE_THE_FIRST_PARAGRAPH))
    assert [s.title for s in stories] == ["跳伞爱好者完成高空编队", "城市书房夜间开放"]
    assert "由于高空氧气稀薄" in stories[0].body
