"""A web article's end matter (issue 8): where it first ran (本文原刊於…), its case number broken
over lines (案件編號 / ：STCC1234/2020), related links and the writer's page (延伸閱讀：…, 專頁：https…)
are the story's own last words, never the next story's kicker or title. Our own invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiopaper.ingest import read_edition
from audiopaper.segment import segment_edition
from audiopaper.segment.ocr import _end_matter_line
from segment_support import body_chars

PAGES = Path(__file__).parent / "fixtures" / "pages"


def test_end_matter_stays_with_the_story_above():
    # Before: 本文原刊於… and 案件編號 were read as the next stories' kickers, and the links were dropped.
    page = PAGES / "hk_end_matter.txt"
    stories = segment_edition(read_edition([str(page)]))
    assert [(s.kicker, s.title) for s in stories] == [
        ("街坊小店", "老店結業前最後一個周末"), ("法庭", "男子盜竊單車罪成 判社會服務令"),
        ("", "小學生自製機械人參加比賽"), ("", "郊野公園遊人增加"), ("", "渡輪加密班次")]
    assert stories[0].body.endswith("本文原刊於作者facebook，標題為編輯所擬，原題為〈最後的文具店〉")
    assert stories[1].body.endswith("案件編號：STCC1234/2020")
    assert "延伸閱讀：" in stories[2].body and stories[2].body.endswith("robotkids")
    assert not stories[3].byline  # 文／圖 under the links closes the story above
    assert stories[3].body.endswith("S:1/6")  # the camera's settings broken inside a number
    assert stories[4].body.endswith("相關新聞：離島居民盼渡輪票價")  # the titles it lists, down to the credit
    printed = page.read_text(encoding="utf-8")
    assert body_chars("".join(s.kicker + s.title + s.byline + s.body for s in stories)) == body_chars(printed)


# The lines as segmentation reads them: a traditional page through its simplified view.
@pytest.mark.parametrize("line, matter", [
    ("本文原载于笔者在am730专栏", True),
    ("【案件编号：DCCC398/2021】", True),
    ("相关新闻：中方说法照单全收", True),
    ("IG：http://www.instagram.com/x", True),
    ("（注1）：彼得前书3:9", True),
    ("本文原刊 作者facebook", True),
    ("原文链接", True),
    ("原文照登 网民热议", False),
    ("注意安全 出行提早", False),
    ("原来是他", False),
])
def test_end_matter_line(line, matter):
    assert _end_matter_line(line) is matter
