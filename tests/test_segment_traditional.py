"""Traditional-script pages (Hong Kong, Macao, Taiwan papers; Big5 input): their credits
and end marks."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiopaper.ingest import read_edition
from audiopaper.models import Edition, Page
from audiopaper.segment import patterns as p
from audiopaper.segment import segment_edition
from audiopaper.segment.script_view import ScriptView
from segment_support import body_chars

PAGES = Path(__file__).parent / "fixtures" / "pages"


def test_colon_credit_is_the_byline_and_the_end_mark_stays_with_its_story():
    # Before: 撰文：遊子 was taken as a byline and shown as nothing, and （待續） was dropped.
    page = PAGES / "traditional_colon_credit_end_mark.txt"
    stories = segment_edition(read_edition([str(page)]))
    assert [(s.title, s.byline) for s in stories] == [("鴉片系列：（三）十三行的商人", "撰文：遊子"), ("圖書館延長開放時間", "")]
    assert stories[0].body.startswith("清朝只准廣州一口通商")
    assert stories[0].body.endswith("那麼，行商在這場貿易中，扮演甚麼角色？（待續）")
    printed = page.read_text(encoding="utf-8")
    assert body_chars("".join(s.title + s.byline + s.body for s in stories)) == body_chars(printed)


def test_writer_credit_under_the_pages_own_label_is_the_byline():
    # Before: 文：撰文：遊子 (the page's 文： before the credit as supplied) was no byline, so the title
    # over it was read as a crosshead and the column ran on in the story above.
    page = PAGES / "traditional_doubled_writer_label.txt"
    stories = segment_edition(read_edition([str(page)]))
    assert [(s.title, s.byline) for s in stories] == [("圖書館延長開放時間", ""),
                                                     ("鴉片系列：（四）禁煙的擺鐘", "文：撰文：遊子")]
    assert stories[1].body.startswith("英國為突破清廷對鴉片入口的禁令")
    printed = page.read_text(encoding="utf-8")
    assert body_chars("".join(s.title + s.byline + s.body for s in stories)) == body_chars(printed)


@pytest.mark.parametrize("line, display", [
    ("撰文：陳零／攝影：Mike Tam", "撰文：陳零／攝影：Mike Tam"),
    ("文：撰文：飄楊、小鳥", "文：撰文：飄楊、小鳥"),
    ("撰文： 顧秋田", "撰文：顧秋田"),
    ("採寫：記者 王五", "採寫：記者王五"),
    ("高級記者 李偉明", "高級記者 李偉明"),
])
def test_traditional_credit_is_a_byline(line, display):
    assert p.is_byline(line) and p.byline_display(line) == display


@pytest.mark.parametrize("line", [
    "撰文：卡斯柏）即使是那",  # the credit's bracket closes inside a paragraph
    "【攝影：周滿鏗】",  # a bracketed credit printed inside the story
    "文：「今日，我向國會報告",  # a quotation
    "文：撰文：「今日，我向國會報告",  # the doubled label over a quotation
])
def test_colon_in_prose_is_no_byline(line):
    assert not p.is_byline(line)


# ---- the simplified view (script_view): the word checks know simplified words ------------------

_SECOND_STORY = "\n".join([
    "",
    "社區會堂重開",
    "",
    "本報訊 大埔社區會堂昨天重開，設有多用途禮堂及活動室，",
    "市民可於網上預約使用。",
])


def _page_stories(text: str):
    return segment_edition(Edition((Page("<test>", 1, text),)))


def test_traditional_title_broken_inside_a_word_is_joined_without_a_space():
    # Before: jieba did not know 津貼, so the break was read as a gap between phrases (津 貼及……).
    text = "\n".join([
        "政府宣佈下年度起調高長者生活津",
        "貼及傷殘津貼金額",
        "",
        "本報訊 勞工及福利局昨日宣佈，下年度起調高長者生活津貼及傷殘津貼金額，",
        "受惠人數約六十萬。當局表示，新安排將於四月一日生效。",
    ]) + "\n" + _SECOND_STORY
    allowance, hall = _page_stories(text)
    assert allowance.title == "政府宣佈下年度起調高長者生活津貼及傷殘津貼金額"
    assert hall.title == "社區會堂重開"


def test_traditional_title_line_opening_on_a_conjunction_goes_on_the_line_above():
    # Before: 與 (与) opening the second line was not seen as a conjunction going on from the first.
    text = "\n".join([
        "北區兩座行人天橋完成翻新",
        "與港鐵站出口接駁工程同步",
        "啟用",
        "——明年再翻新五座",
        "□記者 陳家明",
        "",
        "本報訊 記者昨日從路政署獲悉，北區兩座行人天橋已完成翻新，",
        "加裝升降機及上蓋，長者及輪椅使用者出入更方便。",
    ]) + "\n" + _SECOND_STORY
    bridges, hall = _page_stories(text)
    assert (bridges.title, bridges.subtitle) == ("北區兩座行人天橋完成翻新與港鐵站出口接駁工程同步啟用", "明年再翻新五座")
    assert bridges.byline == "記者 陳家明" and hall.title == "社區會堂重開"


def test_stories_keep_the_page_s_characters_where_one_simplified_form_has_two_sources():
    # 后 is both 皇后 (kept) and 後 (後來): each comes back as the page printed it.
    text = "\n".join([
        "皇后像廣場花展開幕",
        "",
        "本報訊 皇后像廣場花展昨日開幕，後來天氣轉差，",
        "主辦單位仍按原定時間開放至晚上十時。",
    ]) + "\n" + _SECOND_STORY
    stories = _page_stories(text)
    assert [s.title for s in stories] == ["皇后像廣場花展開幕", "社區會堂重開"]
    assert stories[0].body == "本報訊皇后像廣場花展昨日開幕，後來天氣轉差，主辦單位仍按原定時間開放至晚上十時。"
    assert body_chars("".join(s.title + s.byline + s.body for s in stories)) == body_chars(text)


def test_a_simplified_page_is_read_as_printed():
    view = ScriptView("本报讯 皇后像广场花展昨日开幕。")
    assert view.text == "本报讯 皇后像广场花展昨日开幕。" and view.original("皇后") == "皇后"
