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

# The same with the agency's name before the photographer's (……。美聯社 葉怡詠攝).
HK_AGENCY_CAPTION_BETWEEN_PARAGRAPHS = [
    *HK_CAPTION_BETWEEN_PARAGRAPHS[:6],
    "議員在會議廳內發言，反對草案的議",
    "員在場外舉起標語。美聯社 葉怡詠攝",
    *HK_CAPTION_BETWEEN_PARAGRAPHS[8:],
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


def test_traditional_caption_credited_to_an_agency_and_photographer_is_the_storys_caption():
    [story] = segment_lines_whole(HK_AGENCY_CAPTION_BETWEEN_PARAGRAPHS)
    assert story.captions == ("議員在會議廳內發言，反對草案的議員在場外舉起標語。美聯社葉怡詠攝",)
    assert "標語" not in story.body


def test_caption_between_stories_stays_a_photo():
    stories = segment_text("\n".join(CAPTION_BETWEEN_STORIES))  # a photo story's credit drops its 摄
    assert [s.kind for s in stories] == [StoryKind.ARTICLE, StoryKind.PHOTO, StoryKind.ARTICLE]
    assert not any(s.captions for s in stories)


# A wide photo's caption, its title under it, then the next story's deck, byline and prose, all of
# which the reader took into the story above: the title under the caption is no line of that
# story's prose (it does not fill the column), so the photo stays a story of its own.
PHOTO_TITLE_UNDER_CAPTION_READ_INTO_THE_STORY_ABOVE = [
    "本报讯 坚持稳中求进工作总基调，完",
    "整准确全面贯彻新发展理念，加快构建",
    "新发展格局，更好统筹国内国际两个大",
    "局，统筹发展和安全，坚定不移深化改",
    "革开放，推动科技自立自强、产业链自",
    "主可控，精准有效实施更加积极的财政",
    "政策和适度宽松的货币政策，持续扩大",
    "内需、优化供给，做优增量、盘活存量",
    "，着力稳就业、稳企业、稳市场、稳预",
    "期，增强经济发展内生动力，进一步做",
    "强国内大循环，做优国内国际双循环，",
    "努力实现“十五五”良好开局。",
    "",
    "",
    "习近平总书记对党校（行政学院）工作作出重要指示强调，“新征程上，各级党校（行政学院）要坚持以新时代中国特色社会主义思想为指导，坚持党校姓党，牢记党校初心，更好为党育才、为党献策”，“要加强党的创新理论体系化学理化研究阐释，发挥好智库作用”。 新华社记者 郑怡涵 摄",
    "更好发挥高端智库为党献策的作用",
    "",
    "以科技保险筑牢科技创新风险屏障",
    "充分发挥保险业经济减震器和社会稳定器功能",
    "鲁露 武思宏",
    "",
    "科技保险作为科技金融体系的重要组成",
    "部分，是科技创新全链条的“减震器”",
    "和“稳定器”，对于分散创新风险、稳",
    "定研发预期、培育壮大新质生产力、支",
    "撑高水平科技自立自强具有重要作用。",
]


def test_caption_whose_title_under_it_was_read_as_prose_stays_a_photo():
    stories = segment_text("\n".join(PHOTO_TITLE_UNDER_CAPTION_READ_INTO_THE_STORY_ABOVE))
    assert [s.kind for s in stories] == [StoryKind.ARTICLE, StoryKind.PHOTO]
    assert stories[1].body.startswith("习近平总书记对党校（行政学院）工作作出重要指示强调")
    assert not any(s.captions for s in stories)
