"""A photo's head printed right above its caption, with no blank line between: the head stands
narrower than the caption's column, and the caption goes on to say half its words (a caption
names who, where and what the head says). It used to be read as the caption's first line."""

from __future__ import annotations

from segment_support import HEATING_REPORT, segment_text

PHOTO_HEAD_NARROWER_THAN_ITS_CAPTION = [
    "春到人民公园樱花海棠争艳迎客来",
    "3月20日，市民在人民公园的花海中散步",
    "拍照。连日来，气温回升，公园里的樱花",
    "、海棠竞相开放，吸引不少市民前来赏花",
    "踏青。 新华社记者 李明 摄",
    "",
] + HEATING_REPORT

# A caption's first line as wide as its column runs on into the next: no head, though the caption
# repeats some of its words.
CAPTION_WHOSE_FIRST_LINE_IS_ITS_OWN = [
    "春到人民公园樱花海棠竞相开放迎客来了",
    "3月20日，市民在人民公园的花海中散步",
    "拍照。连日来，气温回升，公园里的樱花",
    "、海棠竞相开放，吸引不少市民前来赏花",
    "踏青。 新华社记者 李明 摄",
]


def test_photo_head_narrower_than_its_caption_is_the_photos_title():
    stories = segment_text("\n".join(PHOTO_HEAD_NARROWER_THAN_ITS_CAPTION))
    assert stories[0].title == "春到人民公园樱花海棠争艳迎客来"
    assert stories[0].body.startswith("3月20日，市民在人民公园")
    assert stories[1].title == "老城区供暖管网改造全面完工"


def test_caption_whose_first_line_the_caption_does_not_echo_keeps_it():
    stories = segment_text("\n".join(CAPTION_WHOSE_FIRST_LINE_IS_ITS_OWN))
    assert stories[0].title == ""
    assert stories[0].body.startswith("春到人民公园樱花海棠竞相开放迎客来了3月20日")
