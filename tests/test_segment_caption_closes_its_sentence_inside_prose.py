"""A photo's caption that closes its own sentence before its credit, set inside a sentence of its
story that no word runs across (……問到受傷經過，大家 / 扣留中心外貌。 记者 X 摄 / 都說不記得……): the
sentence over the photo is left open for the prose under it, so the caption is only the fewest lines
from a line start that hold its own sentence (no word running across into the line above it), not the
whole paragraph; the paragraph stays the
story's and the story is not parted at the photo."""

from __future__ import annotations

from segment_support import HEATING_REPORT, segment_lines_whole

_TITLE = "扣留中心探訪記"

_PARAGRAPH_ABOVE = [
    "探訪團一行二十多人，早上由九龍塘出",
    "發，乘旅遊巴士前往扣留中心，車程約",
    "四十分鐘，到達時已經下着大雨。",
    "",
]

_PARAGRAPH_CUT = [
    "　　據了解，中心多年來甚少使用，設備",
    "簡陋，四周都是雜草，蚊蟲很多。團員",
    "向附近居民問到中心的情況時，大家",
]

_PROSE_UNDER = [
    "都說很少見到有人進出，只有警車偶爾",
    "駛過。團員最後在門外拍照留念。",
    "",
]


def _page(caption: list[str]) -> list[str]:
    return [_TITLE, "", *_PARAGRAPH_ABOVE, *_PARAGRAPH_CUT, *caption, *_PROSE_UNDER] + HEATING_REPORT


# The caption one line, its sentence and its credit; or two, a word running across them (鐵絲 / 網):
# the caption's own second line is no start.
ONE_LINE_CAPTION = _page(["扣留中心外貌。 记者 陈明 摄"])
TWO_LINE_CAPTION = _page(["探訪團在扣留中心門外，遙望四周的鐵絲", "網。 记者 陈明 摄"])


def _the_story(page: list[str]):
    """The page's first story, checked to be the only one over the report under it (not parted at the photo)."""
    stories = segment_lines_whole(page)
    assert [s.title for s in stories] == [_TITLE, "老城区供暖管网改造全面完工"]
    return stories[0]


def test_one_line_caption_is_set_aside_and_the_sentence_read_whole():
    story = _the_story(ONE_LINE_CAPTION)
    assert story.captions == ("扣留中心外貌。记者陈明摄",)
    assert "團員向附近居民問到中心的情況時，大家都說很少見到有人進出" in story.body
    assert story.body.endswith("團員最後在門外拍照留念。")


def test_two_line_caption_is_set_aside_and_the_sentence_read_whole():
    story = _the_story(TWO_LINE_CAPTION)
    assert story.captions == ("探訪團在扣留中心門外，遙望四周的鐵絲網。记者陈明摄",)
    assert "據了解，中心多年來甚少使用" in story.body
    assert "團員向附近居民問到中心的情況時，大家都說很少見到有人進出" in story.body


# The column broke the caption's credit before its last word (记者 陈明 / 摄): the prose goes on under
# that lone word, not under the credit's first line.
CREDIT_BROKEN_BEFORE_ITS_LAST_WORD = _page(["探訪團在扣留中心門外，遙望四周的鐵絲", "網。 记者 陈明", "摄"])


def test_caption_whose_credit_the_column_broke_is_set_aside_and_the_sentence_read_whole():
    story = _the_story(CREDIT_BROKEN_BEFORE_ITS_LAST_WORD)
    assert len(story.captions) == 1 and story.captions[0].startswith("探訪團在扣留中心門外，遙望四周的鐵絲網。")
    assert "陈明" not in story.body
    assert "據了解，中心多年來甚少使用" in story.body
    assert "團員向附近居民問到中心的情況時，大家都說很少見到有人進出" in story.body
