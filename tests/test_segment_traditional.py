"""Traditional-script pages (Hong Kong, Macao, Taiwan papers; Big5 input) are segmented in
their simplified view and come back in their own characters (audiopaper/segment/scriptview.py)."""

from __future__ import annotations

from pathlib import Path

import opencc

from audiopaper.ingest import read_edition
from audiopaper.segment import segment_edition
from audiopaper.segment.scriptview import script_view
from segment_support import body_chars, segment_text

PAGES = Path(__file__).parent / "fixtures" / "pages"
_T2S = opencc.OpenCC("t2s")  # the independent reader: the converter's own result, not the view's


def _fields(story) -> tuple[str, ...]:
    return (story.kind.value, story.title, story.kicker, story.subtitle, story.byline, story.body)


def test_traditional_sidebar_then_story_gives_both_stories_in_their_own_characters():
    # Before the view, the story under the 延伸閱讀 sidebar was read as more of the sidebar.
    page = PAGES / "traditional_sidebar_then_story.txt"
    stories = segment_edition(read_edition([str(page)]))
    assert [(s.title, s.byline) for s in stories] == [("舊區重建 街坊盼保留老店", "高級記者 李偉明"), ("圖書館延長開放時間", "")]
    first, second = stories
    assert first.body.startswith("本報訊深水埗一個重建項目昨日展開諮詢")
    assert "採訪手記\n走在這條街上" in first.body
    assert first.body.endswith("延伸閱讀\n市建局今年共有五個重建項目進入諮詢階段，涉及約二千個住戶。")
    assert second.body == ("公共圖書館下月起延長開放時間，周一至周五開放至晚上九時。康文署表示，"
                           "措施回應市民在考試季節對自修室座位的需求。")
    # nothing lost, nothing changed: every body character of the page is in a story, as printed
    printed = page.read_text(encoding="utf-8").split("\n", 1)[1]  # under the page name
    assert body_chars("".join(s.title + s.byline + s.body for s in stories)) == body_chars(printed)


def test_traditional_page_reads_as_its_simplified_twin():
    text = (PAGES / "traditional_sidebar_then_story.txt").read_text(encoding="utf-8")
    traditional = segment_text(text)
    simplified = segment_text(_T2S.convert(text))
    assert [tuple(map(_T2S.convert, _fields(s))) for s in traditional] == [_fields(s) for s in simplified]


def test_restore_puts_back_the_character_each_place_printed():
    # 里 stands for 裡 and for 公里's 里, 后 for 後 and 皇后's 后, 发 for 髮 and 發.
    text = "他說這裡離皇后碼頭約一公里，\n以後頭髮花白的街坊\n仍會到這裡發展生意。"
    view = script_view(text)
    assert view.converted and view.text == _T2S.convert(text)
    assert view.restore(view.text) == text
    for piece in ("这里离皇后码头约一公里", "以后头发花白", "到这里发展生意。"):
        restored = view.restore(piece)
        assert _T2S.convert(restored) == piece and restored in text.replace("\n", "")


def test_simplified_page_is_read_as_it_is():
    text = ("本报讯 台湾高铁昨日公布新时刻表，自下月起每天增开十班列车，\n旅客可于網上查询。两岸记者在臺北车站"
            "采访了多位旅客，\n他们表示新时刻表让往返南北更加方便，希望票价保持稳定。")
    view = script_view(text)  # a traditional name in a simplified page: not a traditional page
    assert not view.converted and view.text == text
    sample = (PAGES / "sample_page2.txt").read_text(encoding="utf-8")
    assert not script_view(sample).converted


def test_colon_credit_is_the_byline_and_the_end_mark_stays_with_its_story():
    # Before: 撰文：遊子 was taken as a byline and shown as nothing, and （待續） was dropped.
    page = PAGES / "traditional_colon_credit_end_mark.txt"
    stories = segment_edition(read_edition([str(page)]))
    assert [(s.title, s.byline) for s in stories] == [("鴉片系列：（三）十三行的商人", "撰文：遊子"), ("圖書館延長開放時間", "")]
    assert stories[0].body.startswith("清朝只准廣州一口通商")
    assert stories[0].body.endswith("那麼，行商在這場貿易中，扮演甚麼角色？（待續）")
    printed = page.read_text(encoding="utf-8")
    assert body_chars("".join(s.title + s.byline + s.body for s in stories)) == body_chars(printed)


def test_warnings_name_the_lines_as_printed(caplog):
    # a data table left out of a traditional-script page is named in its own characters
    table = "今明天氣\n台北 多雲轉晴 14～23℃\n高雄 多雲 20～27℃\n台中 陰轉多雲 16～24℃\n"
    text = (PAGES / "traditional_sidebar_then_story.txt").read_text(encoding="utf-8") + "\n" + table
    with caplog.at_level("WARNING", logger="audiopaper.segment"):
        segment_text(text)
    assert "今明天氣 / 台北 多雲轉晴 14～23℃ / 高雄 多雲 20～27℃" in caplog.text
