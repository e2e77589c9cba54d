"""Shapes the independent page maker (tools/segdev/pagemaker.py) found main reading wrong (issue 8):
a photo printed inside a story's column mid-sentence, a page header that names its section
after the page number (02 国际), a display advert between two stories, a byline of a credit
mark and a bare name (文/胡正). Each fixture is our own text in the general shape."""

from __future__ import annotations

from pathlib import Path

from audiopaper.ingest import read_edition
from audiopaper.models import StoryKind
from audiopaper.segment import segment_edition
from segment_support import segment_text

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _stories(name: str):
    return segment_edition(read_edition([str(PAGES / name)]))


def test_a_photo_credit_inside_a_sentence_the_column_goes_on_with_keeps_the_story_whole():
    festival, library = _stories("photo_inside_a_sentence.txt")
    assert (festival.kind, festival.title, library.title) == (StoryKind.ARTICLE, "海外华人迎新春", "社区图书室开放")
    # ……赶来学习 / 广场上的舞龙表演 / 记者 王晨 摄 / 剪纸和书法……: the sentence reads on, the credit is a byline
    assert festival.body.startswith("本报讯春节将至")
    assert "剪纸和书法，现场气氛十分热烈" in festival.body
    assert festival.body.endswith("“感觉自己也在过中国年”。")
    assert "摄" not in festival.body and "王晨" in festival.byline and "周立新" in festival.byline
    assert library.body == "本报讯城南社区图书室昨日正式开放，藏书三千余册，居民可凭身份证免费借阅，每周一闭馆。"


def test_a_photo_caption_after_a_finished_sentence_is_still_its_own_photo():
    """The sample page's shape: a caption line with its credit above a story stays a photo."""
    stories = segment_text("5月27日，小学生们在操场上参加入队仪式。 记者 林群心 摄\n\n加入少先队\n\n"
                           "校园读书节开幕\n□记者 李佳\n\n本报讯 昨日，市实验小学读书节开幕，全校学生\n"
                           "参加了图书漂流和朗诵比赛活动。\n")
    assert stories[0].kind is StoryKind.PHOTO and stories[0].byline == "记者 林群心"
    assert stories[-1].title == "校园读书节开幕"


def test_a_section_name_after_the_page_number_is_page_furniture():
    [story] = _stories("numbered_section_header.txt")
    assert (story.kicker, story.title) == ("", "多国举办中国文化周活动")
    assert "国际" not in story.kicker + story.title + story.body


def test_a_display_advert_between_stories_is_an_advert_not_the_next_title_s_kicker():
    library, market, advert = _stories("display_advert_between_stories.txt")
    assert (library.title, market.kicker, market.title) == ("社区图书室开放", "", "老街夜市重新开张")
    assert library.body.endswith("每周一闭馆。") and market.body.startswith("本报讯经过三个月的改造")
    assert advert.kind is StoryKind.CLASSIFIEDS and "0579-87651234" in advert.body


def test_a_credit_mark_and_a_bare_name_is_the_byline_not_the_title_s_tail():
    reading, market = _stories("slash_credit_with_a_bare_name.txt")
    assert (reading.title, reading.subtitle, reading.byline) == ("城市书房夜读忙", "", "文/胡正")
    assert (market.title, market.subtitle, market.byline) == ("老街夜市重新开张", "", "文/宋霞 图/刘畅")
    assert reading.body.startswith("本报讯入冬以来") and market.body.startswith("本报讯经过三个月的改造")


def test_a_line_opening_with_a_space_indent_is_its_paragraphs_first_line():
    # Before: the paragraph's short first line, no clause mark in it, was read as a crosshead over the rest.
    [story] = segment_text("\n".join([
        "全球确诊病例继续上升",
        " 本报讯 根据世卫组织统计，全球",
        "确诊病例累计超过一亿例，死亡病",
        "例超过两百万例。",
        "",
        " 截至北京时间今天",  # OCR read the paragraph's indent as a space
        "（2月15日）16时，美国累计确诊",
        "病例达到两千七百万例，累计死亡",
        "病例超过四十八万例。",
        " 专家提醒，疫情仍在蔓延，公众",  # the page indents every paragraph so
        "要继续做好个人防护。",
    ]))
    assert story.title == "全球确诊病例继续上升"
    assert "\n截至北京时间今天（2月15日）16时，美国累计确诊病例达到两千七百万例，累计死亡病例超过四十八万例。\n" in story.body
