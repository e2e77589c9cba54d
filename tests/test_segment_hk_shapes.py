"""Shapes of Hong Kong (traditional-script) articles: commentary titles that ask or exclaim,
heads set over indented paragraphs."""

from __future__ import annotations

import pytest

from audiopaper.models import Edition, Page
from audiopaper.segment import patterns as p
from audiopaper.segment import segment_edition


def _stories(lines: list[str]):
    return segment_edition(Edition((Page("<test>", 1, "\n".join(lines)),)))


_NEXT_STORY = [
    "",
    "社區會堂下月重開",
    "本報訊 大埔社區會堂完成翻新工程，",
    "下月一日重開，設有多用途禮堂及活",
    "動室，市民可於網上預約使用。",
]


def test_deck_under_a_title_that_asks_is_its_subtitle():
    # Before: the question was a headline run of its own, left with no body, and the deck
    # line under it was taken as the title.
    page = [
        "天水圍街市為何總是冷清？",
        "租金高企 商戶捱不住相繼離場",
        "天水圍街市近年空置率持續上升，不少",
        "商戶表示租金太高，人流又少，生意難",
        "做。有街坊指，區內超市林立，街市的",
        "價錢已無優勢，年輕一代亦少到街市買",
        "菜。區議員建議當局減租，並增設小食",
        "攤檔吸引人流。",
    ] + _NEXT_STORY
    market, hall = _stories(page)
    assert (market.title, market.subtitle) == ("天水圍街市為何總是冷清？", "租金高企 商戶捱不住相繼離場")
    assert market.body.startswith("天水圍街市近年空置率")
    assert hall.title == "社區會堂下月重開"


_HARBOUR_REPORT = [
    "維港渡輪加密班次",
    "　　渡輪公司昨日宣布，由下月起加密",
    "中環至尖沙咀航線班次，繁忙時間每六",
    "分鐘一班，並增設夜間航班。公司表示",
    "，乘客量已回升至疫情前八成。",
]


def test_line_over_an_indented_paragraph_is_no_line_of_its_prose():
    # Before: the head was read as the first line of the indented paragraph under it.
    page = _HARBOUR_REPORT + [
        "乘客盼新班次開辦後票價維持不變",
        "　　有乘客表示，新班次方便上班，但",
        "希望票價維持不變。渡輪公司稱暫無加",
        "價計劃。",
    ] + _NEXT_STORY
    ferry, hall = _stories(page)
    assert ferry.title == "維港渡輪加密班次"
    assert "\n乘客盼新班次開辦後票價維持不變\n有乘客表示" in ferry.body
    assert hall.title == "社區會堂下月重開"


def test_question_title_broken_over_two_lines_is_one_title():
    # Before: the first line was read as prose, or as a kicker over the question's tail.
    page = [
        "屯門公路今年會",
        "再擴闊嗎？",
        "記者 陳大文",
        "運輸署表示，屯門公路擴闊工程的研究已",
        "完成，但仍要諮詢區議會，未有動工日期。",
        "有司機指，繁忙時間塞車情況嚴重，希望",
        "當局盡快落實工程，以免每日塞足一小時。",
    ] + _NEXT_STORY
    road, hall = _stories(page)
    assert (road.kicker, road.title) == ("", "屯門公路今年會再擴闊嗎？")
    assert road.body.startswith("運輸署表示")
    assert hall.title == "社區會堂下月重開"


def test_question_title_as_wide_as_the_column_after_a_closed_story():
    # Before: a line that fills the column and asks was read as the story above's last words.
    page = _HARBOUR_REPORT + [
        "（編輯 李明）",
        "長者乘車優惠為何至今只限港鐵和巴士？",
        "本報記者 黃小玲",
        "政府推出兩元乘車優惠多年，但不少長者",
        "指小輪及紅色小巴仍未納入計劃，出入離",
        "島區及新界偏遠地區要多付車費。有團體",
        "要求當局盡快檢討，擴大計劃覆蓋範圍。",
    ]
    ferry, fares = _stories(page)
    assert ferry.title == "維港渡輪加密班次"
    assert fares.title == "長者乘車優惠為何至今只限港鐵和巴士？"
    assert fares.body.startswith("政府推出兩元乘車優惠")


def test_title_that_exclaims_after_the_ads_is_no_ad():
    # Before: the ads took the title (its ！ read as an ad's sentence end) and the story kept
    # only its subtitle.
    page = [
        "分類廣告",
        "招聘",
        "7311誠聘倉務員，月薪面議。",
        "電話：23456789",
        "",
        "小販夜市重開了！",
        "——街坊盼人流回升帶旺生意",
        "本報訊 深水埗夜市昨晚重開，一連三",
        "個月逢周末營業，設有六十個攤位。不",
        "少街坊帶同家人到場，小販表示生意比",
        "預期好，希望人流可以持續回升。",
    ]
    market = next(s for s in _stories(page) if s.kind.value != "classifieds")
    assert (market.title, market.subtitle) == ("小販夜市重開了！", "街坊盼人流回升帶旺生意")
    assert market.body.startswith("本報訊")


@pytest.mark.parametrize("line", ["中國組記者何家明", "港聞組記者 李思敏", "財經組實習記者 張詠欣"])
def test_reporter_of_a_desk_is_a_byline(line):
    # Before: the desk before 記者 (中國組) hid the credit, and it was read as a story's title.
    assert p.is_byline(line)


@pytest.mark.parametrize("line", ["專案組記者會上表示，", "小組討論", "該組記者"])
def test_a_desk_named_in_prose_is_no_byline(line):
    assert not p.is_byline(line)
