"""Headline decks of Hong Kong (traditional-script) pages (issue 8, hantdeck): titles that ask or
exclaim under the credit that signed the story above, kickers the rules read into the title. Each
page is our own text in the general shape."""

from __future__ import annotations

from segment_support import segment_text

from audiopaper.segment import labeller
from audiopaper.segment import patterns as p


def _stories(lines: list[str]):
    return segment_text("\n".join(lines))


_STORY_ABOVE = [
    "社區會堂下月重開",
    "本報訊 大埔社區會堂完成翻新工程，",
    "下月一日重開，設有多用途禮堂及活",
    "動室，市民可於網上預約使用。",
]


def test_title_that_asks_under_the_credit_signing_the_story_above_is_a_title():
    # Before: the credit above made the question the story's own line, a one-line story of its own,
    # and the story under it had no title (誰的好望角？ / 融媒體記者 X).
    page = _STORY_ABOVE + [
        "見習記者 陳小明 文／圖",
        "",
        "誰的海濱長廊？",
        "記者 李大文",
        "",
        "觀塘海濱長廊延長段昨日開放，不少",
        "街坊一早前來散步。有居民表示，長",
        "廊設計雖然新穎，但遮蔭地方不足，",
        "夏天難以久留。",
    ]
    hall, promenade = _stories(page)
    assert hall.body.endswith("市民可於網上預約使用。")
    assert promenade.title == "誰的海濱長廊？"
    assert promenade.body.startswith("觀塘海濱長廊")
    assert "陳小明" in hall.byline and promenade.byline == "記者 李大文"  # the credit signed the story above


def test_title_that_exclaims_over_a_dateline_under_the_credit_above_is_a_title():
    # 月娥，我不想努力了！ / 中新網北京8月1日電 …: a story's lead opens under it, so it opens a story
    page = _STORY_ABOVE + [
        "文／本報記者 林小琪",
        "",
        "街市，我真的撐不住了！",
        "中新網香港8月1日電 疫情反覆近一年，",
        "街市檔主生意大跌，不少人已考慮結",
        "業。有檔主直言，租金一分未減，每",
        "月都在蝕本經營。",
    ]
    hall, market = _stories(page)
    assert market.title == "街市，我真的撐不住了！"
    assert market.body.startswith("中新網香港8月1日電")
    assert "撐不住" not in hall.body


def test_question_under_a_storys_own_byline_stays_in_its_text():
    # a story's byline over its first line that asks: the line is the story's, not a new title
    page = [
        "社區會堂下月重開",
        "記者 李大文",
        "",
        "會堂為何要關閉兩年？",
        "大埔社區會堂完成翻新工程，下月一日",
        "重開，設有多用途禮堂及活動室，市民",
        "可於網上預約使用。",
    ]
    [hall] = _stories(page)
    assert hall.title == "社區會堂下月重開"
    assert "會堂為何要關閉兩年？" in hall.body


def _railway(kicker: str) -> list[str]:
    return _STORY_ABOVE + [
        "",
        kicker,
        "官僚政府",
        "——回歸25年 市民跟政府的距離越來越遠",
        "本報訊 港鐵東鐵線、屯馬線以及高鐵",
        "的問題愈爆愈多，未完工的工程還有空",
        "間補救，但原來落成多年的路線也出事",
        "。政府官員至今未有交代，市民對此極",
        "為不滿，認為當局只懂推卸責任。",
    ]


def test_kicker_over_a_short_title_is_no_line_the_column_wrapped(monkeypatch):
    # 11.11中大暴動案 / 佛系政府 / ——回歸20年…: the short title under the line the labeller reads as a
    # kicker (0.85, as on the page it came from) was read as the tail of the kicker's line
    kicker = "7.21元朗襲擊事件"
    real = labeller.label_probabilities

    def reading(lines, width):
        probs = real(lines, width).copy()
        for at, line in enumerate(lines):
            if p.compact(line.text).endswith("元朗袭击事件"):  # the page's simplified view
                probs[at] = 0.0
                probs[at, labeller.CLASSES.index("kicker")] = 0.85
                probs[at, labeller.CLASSES.index("headline")] = 0.15
        return probs

    monkeypatch.setattr(labeller, "label_probabilities", reading)
    hall, railway = _stories(_railway(kicker))
    assert (railway.kicker, railway.title) == (kicker, "官僚政府")
    assert railway.subtitle == "回歸25年 市民跟政府的距離越來越遠"


def test_lead_reading_across_a_labelled_kicker_by_chance_keeps_the_kicker():
    # 已更新報道 / 許智峯保釋期間赴丹麥…: the lead says the kicker as a clause (…，已更新報道。) and
    # 報道許智峯 elsewhere by chance; that is no title the column broke
    page = _STORY_ABOVE + [
        "",
        "已更新報道",
        "陳大文保釋期間赴英國 強調不尋求庇護",
        "記者 林勵",
        "",
        "中新網香港3月13日電 原文有誤，已更新",
        "報道。首先報道陳大文赴英國的傳媒指",
        "，他在保釋期間獲法庭批准出境，並強",
        "調不會尋求政治庇護。",
    ]
    hall, bail = _stories(page)
    assert (bail.kicker, bail.title) == ("已更新報道", "陳大文保釋期間赴英國 強調不尋求庇護")
