"""Columns of briefs, standalone photos, page furniture and credits on pages read column by
column (issue 8, the third page maker's shapes). Our own text in the general shapes."""

from __future__ import annotations

import opencc
from segment_support import body_chars, segment_text

STORY_ABOVE = [
    "全市新增公交线路十二条",
    "",
    "本报讯 全市今年新增公交线路十二条，覆盖",
    "城郊接合部的多个新建小区，居民出行更加",
    "方便。",
    "",
]

# A digest column's head the patterns did not list (新闻快递), then untitled items each opened by
# a mark; the first item's first line fills the column and has no punctuation.
MARKED_ITEMS = STORY_ABOVE + [
    "新闻快递",
    "",
    "■区政府新闻办公室今天上午召开发",
    "布会，介绍城西新区的规划和建设进",
    "展。",
    "■城东体育公园今天起免费开放，市",
    "民可以在园内跑步、打球和散步。",
    "■全市中小学下周一起实行错峰放学，",
    "家长接送更加方便。",
]


def test_marked_items_under_a_digest_head_are_briefs_of_their_own():
    stories = segment_text("\n".join(MARKED_ITEMS))
    assert [s.title for s in stories] == ["全市新增公交线路十二条", "", "", ""]
    assert [s.kind.value for s in stories[1:]] == ["brief", "brief", "brief"]
    assert [s.body[:6] for s in stories[1:]] == ["区政府新闻办", "城东体育公园", "全市中小学下"]
    text = "\n".join(MARKED_ITEMS[8:])
    assert body_chars("".join(s.title + s.body for s in stories[1:])) == body_chars(text)


# Titled items under 要闻速览, each title right over its item's text with no blank line, narrower
# than the column; and a title opened by a mark, wider than the column.
TITLED_ITEMS = STORY_ABOVE + [
    "要闻速览",
    "城北将有小到中雪",
    "市气象台预计，今天夜间到明天白天，",
    "城北山区有小到中雪，局地有大雪，请",
    "市民注意出行安全。",
    "老街夜市重新开张",
    "停业三个月的老街夜市昨晚重新开张，",
    "一百多个摊位吸引了不少市民前来。",
    "■新建成的江滨绿道全线贯通迎来八方游客",
    "江滨绿道全长二十公里，昨天起全线",
    "贯通，沿途设有多个驿站。",
]


def test_titled_items_under_a_digest_head_each_keep_their_title():
    stories = segment_text("\n".join(TITLED_ITEMS))
    assert [s.title for s in stories[1:]] == ["城北将有小到中雪", "老街夜市重新开张", "新建成的江滨绿道全线贯通迎来八方游客"]
    assert [s.body[:4] for s in stories[1:]] == ["市气象台", "停业三个", "江滨绿道"]


# Untitled items with no mark: each is one paragraph, whose short last line ends it.
UNMARKED_ITEMS = STORY_ABOVE + [
    "简讯",
    "",
    "区图书馆今天起延长开放时间，每天晚",
    "上九点闭馆。",
    "城南菜市场改造完工，新增摊位八十多",
    "个，周末重新开业。",
    "市红十字会昨天举行志愿者培训，两百",
    "多人参加。",
]


def test_untitled_items_with_no_mark_end_at_their_paragraph():
    stories = segment_text("\n".join(UNMARKED_ITEMS))
    assert [s.body[:5] for s in stories[1:]] == ["区图书馆今", "城南菜市场", "市红十字会"]
    assert all(s.kind.value == "brief" and not s.title for s in stories[1:])


# The page's header: paper, date, the page's number alone, the section's name over the editors' line.
PAGE_HEADER = [
    "江城日报",
    "2024年3月12日 星期二",
    "A3",
    "时事",
    "责任编辑：王小明 美编：李红",
    "",
] + STORY_ABOVE[:5]


def test_page_number_and_section_name_in_the_header_are_furniture():
    stories = segment_text("\n".join(PAGE_HEADER))
    assert [(s.title, s.body[:3]) for s in stories] == [("全市新增公交线路十二条", "本报讯")]
    assert "A3" not in stories[0].body and "时事" not in stories[0].body + stories[0].kicker


# A standalone photo: its head, a blank line, the caption and who supplied the picture (新华社发,
# 通讯员 X 供图), a credit with no 摄.
PHOTOS = STORY_ABOVE + [
    "劳动，光荣而又美丽",
    "",
    "3月12日，市民在城东公园的花坛里种",
    "下今春第一批花苗。",
    "新华社发",
    "",
    "春耕时节田野忙",
    "",
    "农民在城北的田里插秧。　通讯员 陈晓东 供图",
    "",
    "老街夜市重新开张",
    "",
    "本报讯 停业三个月的老街夜市昨晚重新开",
    "张，一百多个摊位吸引了不少市民前来。",
]


def test_a_photo_credit_naming_who_supplied_it_closes_the_caption_under_its_head():
    stories = segment_text("\n".join(PHOTOS))
    assert [(s.kind.value, s.title) for s in stories] == [
        ("article", "全市新增公交线路十二条"), ("photo", "劳动，光荣而又美丽"), ("photo", "春耕时节田野忙"),
        ("article", "老街夜市重新开张")]
    assert stories[1].body == "3月12日，市民在城东公园的花坛里种下今春第一批花苗。"
    assert stories[2].body == "农民在城北的田里插秧。"
    assert [stories[1].byline, stories[2].byline] == ["新华社发", "通讯员 陈晓东 供图"]


# A photo printed between two paragraphs of a story with only its source under it: no caption to
# read, so no photo story; the story goes on under it (simplified and traditional pages).
CREDIT_WITHOUT_CAPTION = STORY_ABOVE + [
    "江滨绿道全线贯通",
    "",
    "本报讯 江滨绿道全长二十公里，昨天起全",
    "线贯通，沿途设有多个驿站。",
    "东方图片 资料图片",
    "",
    "绿道管理处表示，驿站提供饮水和休息座椅，",
    "夜间照明延长到晚上十点。",
]


def test_a_photo_credit_with_no_caption_stays_inside_its_story():
    simplified = "\n".join(CREDIT_WITHOUT_CAPTION)
    for text in (simplified, opencc.OpenCC("s2t").convert(simplified)):
        stories = segment_text(text)
        assert [s.kind.value for s in stories] == ["article", "article"]
        assert stories[1].body.endswith(("夜间照明延长到晚上十点。", "夜間照明延長到晚上十點。"))
        assert stories[1].byline in ("东方图片资料图片", "東方圖片資料圖片")


# Credits that close a story: roles and colons (Hong Kong), a body that signs the piece, an end
# credit the column broke over three lines inside a role (见习记 / 者).
CREDITS = [
    "老街夜市重新开张",
    "",
    "本报讯 停业三个月的老街夜市昨晚重新开",
    "张，一百多个摊位吸引了不少市民前来。",
    "",
    "文：謝國儀 圖：許敏怡",
    "",
    "抓实基层党建 凝聚发展合力",
    "",
    "基层党组织是党在社会基层组织中的战斗",
    "堡垒，要把党建工作和发展工作结合起来。",
    "",
    "（城西区委）",
    "",
    "城北将有小到中雪",
    "",
    "本报讯 市气象台预计，今天夜间到明天白",
    "天，城北山区有小到中雪，局地有大雪。",
    "",
    "文／记者 秦雪 见习记",
    "者 黎育桂 图／记者",
    "孔阳",
    "",
    "江滨绿道全线贯通",
    "",
    "本报讯 江滨绿道全长二十公里，昨天起全",
    "线贯通，沿途设有多个驿站。",
]


def test_credits_closing_a_story_are_never_titles():
    stories = segment_text("\n".join(CREDITS))
    assert [s.title for s in stories] == [
        "老街夜市重新开张", "抓实基层党建 凝聚发展合力", "城北将有小到中雪", "江滨绿道全线贯通"]
    assert stories[2].body.startswith("本报讯") and "孔阳" not in stories[3].title + stories[3].body


# OCR read a line of prose twice, at a column's overlap: its words are said once.
LINE_READ_TWICE = [
    "老街夜市重新开张",
    "",
    "本报讯 停业三个月的老街夜市昨晚重新开",
    "张，一百多个摊位吸引了不少市民前来。",
    "夜市管理方说，今年新增了三十个小吃摊",
    "",
    "夜市管理方说，今年新增了三十个小吃摊",
    "位，营业到晚上十一点。",
]


def test_a_line_read_twice_is_said_once_and_the_story_stays_whole():
    stories = segment_text("\n".join(LINE_READ_TWICE))
    assert [s.title for s in stories] == ["老街夜市重新开张"]
    assert stories[0].body.count("今年新增了三十个小吃摊") == 1
    assert stories[0].body.endswith("营业到晚上十一点。")


# A display advert at the page's foot under an untitled story: its name, its offer, its phone and,
# under the phone, the shop's address (no title for the story above).
DISPLAY_AD = [
    "老街夜市重新开张",
    "",
    "本报讯 停业三个月的老街夜市昨晚重新开",
    "张，一百多个摊位吸引了不少市民前来。",
    "",
    "本报记者 王小明 通讯员 李红",
    "",
    "本报讯 江滨绿道全长二十公里，昨天起全",
    "线贯通，沿途设有多个驿站。",
    "恒丰家居 盛大开业",
    "全场五折起 买一送一",
    "",
    "热线：19480018969",
    "地址：金城路61号",
]


def test_a_display_advert_with_its_phone_and_address_is_no_story():
    stories = segment_text("\n".join(DISPLAY_AD))
    told = [s for s in stories if s.kind.value != "classifieds"]
    assert [s.title for s in told] == ["老街夜市重新开张", ""]
    assert not any(word in s.title + s.body for s in told for word in ("恒丰", "金城路", "1948"))


# A standalone photo whose head is right over its caption, the caption's lines as wide as the
# column or wider and the picture supplied (新华社发): no caption line joins the head.
PHOTO_CAPTION_UNDER_ITS_HEAD = STORY_ABOVE + [
    "全市妇幼健康报告发布",
    "",
    "全市妇幼健康事业发展报告（2024）今",
    "天（3月12日）发布。 新华社发",
    "老街夜市重新开张",
    "",
    "本报讯 停业三个月的老街夜市昨晚重新开",
    "张，一百多个摊位吸引了不少市民前来。",
]


def test_a_caption_line_under_a_photo_head_is_the_caption_not_the_head():
    stories = segment_text("\n".join(PHOTO_CAPTION_UNDER_ITS_HEAD))
    photo = stories[1]
    assert (photo.kind.value, photo.title, photo.byline) == ("photo", "全市妇幼健康报告发布", "新华社发")
    assert photo.body == "全市妇幼健康事业发展报告（2024）今天（3月12日）发布。"


# 广告 over the page's ads, then a category (出 租) and numbered ads: a section of ads, no story.
ADS_UNDER_THE_WORD_ADVERT = STORY_ABOVE + [
    "广告",
    "",
    "出 租",
    "",
    "8350九铃东路店面出租，208㎡，可连设备。",
    "15160983271",
]


def test_the_word_advert_over_a_category_of_ads_heads_the_ads():
    stories = segment_text("\n".join(ADS_UNDER_THE_WORD_ADVERT))
    assert [s.title for s in stories if s.kind.value != "classifieds"] == ["全市新增公交线路十二条"]
    assert "九铃东路" not in "".join(s.body for s in stories if s.kind.value != "classifieds")
