"""A photo's caption that OCR read between two paragraphs of one story (the column ran through the
photo): the story goes on under it, so the caption is the story's, not a photo story of its own.
It is kept apart from the body (`Story.captions`) and read after the story as 图片说明. A photo
between two stories, or one whose story stops at it, stays a photo of its own."""

from __future__ import annotations

from segment_support import HEATING_REPORT, segment_lines_whole, segment_text

from audiopaper.models import StoryKind
from audiopaper.speech import display_text, speech_text, story_record

_TITLE = "旧城更新项目惠及三千余户居民"
_ABOVE = [
    "本报讯 记者从市住建局获悉，今年我市",
    "启动的旧城更新项目已完成过半，涉及",
    "老旧小区二十六个，惠及居民三千余户。",
]
_CAPTION = [
    "图为改造后的和平里小区，居民在新建",
    "的口袋公园里休闲。新华社记者 王海 摄",
]
_BELOW = [
    "据介绍，改造内容包括屋面防水、管网",
    "更新、加装电梯和增设停车位等，预计",
    "年底前全部完工。",
]

CAPTION_BETWEEN_PARAGRAPHS = [_TITLE, "", *_ABOVE, "", *_CAPTION, "", *_BELOW, ""] + HEATING_REPORT

# The HK shape: the caption ends in its photographer's name glued to it (……。何君健攝).
HK_CAPTION_BETWEEN_PARAGRAPHS = [
    "立法會今日恢復二讀辯論",
    "",
    "立法會今日恢復二讀辯論有關條例草",
    "案，多名議員在會上發言，討論持續",
    "至晚上。",
    "",
    "議員在會議廳內發言，反對草案的議",
    "員在場外舉起標語。何君健攝",
    "",
    "政府官員在會上回應議員的提問，表",
    "示會在下次會議前提交補充資料。",
]

# The photo stands between two stories: the next one has its own headline.
CAPTION_BETWEEN_STORIES = [_TITLE, "", *_ABOVE, *_BELOW, "", *_CAPTION, ""] + HEATING_REPORT


def test_caption_between_paragraphs_is_the_storys_caption():
    stories = segment_lines_whole(CAPTION_BETWEEN_PARAGRAPHS)
    assert [s.title for s in stories] == [_TITLE, "老城区供暖管网改造全面完工"]
    story = stories[0]
    assert story.kind is StoryKind.ARTICLE
    assert story.body == "本报讯" + "".join(_ABOVE)[4:] + "\n" + "".join(_BELOW)
    assert story.captions == ("图为改造后的和平里小区，居民在新建的口袋公园里休闲。新华社记者王海摄",)
    assert not stories[1].captions


def test_caption_is_read_after_the_story_and_shown_in_json():
    story = segment_lines_whole(CAPTION_BETWEEN_PARAGRAPHS)[0]
    assert display_text(story).split("\n")[-1] == "图片说明：" + story.captions[0]
    assert speech_text(story).split("\n")[-1].startswith("图片说明：图为改造后的和平里小区")
    assert story_record(story)["captions"] == list(story.captions)


def test_story_without_captions_has_no_captions_key():
    story = segment_lines_whole(HEATING_REPORT)[0]
    assert "captions" not in story_record(story)


def test_traditional_caption_between_paragraphs_is_the_storys_caption():
    [story] = segment_lines_whole(HK_CAPTION_BETWEEN_PARAGRAPHS)
    assert story.captions == ("議員在會議廳內發言，反對草案的議員在場外舉起標語。何君健攝",)
    assert story.body.endswith("提交補充資料。")
    assert "標語" not in story.body
    assert display_text(story).split("\n")[-1].startswith("圖片說明：")


def test_caption_between_stories_stays_a_photo():
    stories = segment_text("\n".join(CAPTION_BETWEEN_STORIES))  # a photo story's credit drops its 摄
    assert [s.kind for s in stories] == [StoryKind.ARTICLE, StoryKind.PHOTO, StoryKind.ARTICLE]
    assert not any(s.captions for s in stories)
