"""Traditional-script pages (Hong Kong, Macao, Taiwan papers; Big5 input): their credits
and end marks."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiopaper.ingest import read_edition
from audiopaper.segment import patterns as p
from audiopaper.segment import segment_edition
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


@pytest.mark.parametrize("line, display", [
    ("撰文：陳零／攝影：Mike Tam", "撰文：陳零／攝影：Mike Tam"),
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
])
def test_colon_in_prose_is_no_byline(line):
    assert not p.is_byline(line)
