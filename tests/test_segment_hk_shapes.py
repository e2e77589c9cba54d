"""Shapes of Hong Kong (traditional-script) articles: commentary titles that ask or exclaim,
heads set over indented paragraphs."""

from __future__ import annotations

from audiopaper.models import Edition, Page
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
