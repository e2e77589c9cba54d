"""A Hong Kong credit of a role and a colon may name the reporter's rank or desk before the role
(實習記者：X, 特約記者：X, 中國組記者：X) and two reporters parted by 、 (記者：X、Y): a byline, like
記者：X. A Q&A's 記者： over words parted by 、 (记者：形式主义、官僚主义) names no one: its second
word is no name by its surname. Our own names."""

from __future__ import annotations

import pytest

from audiopaper.segment.ocr import _is_byline
from audiopaper.segment.script_view import ScriptView
from segment_support import segment_text


@pytest.mark.parametrize("line", ["實習記者：陳芷琪", "特約記者：陳零", "中國組記者：廖家明", "記者：邢穎琦、周滿鏗",
                                  "实习记者：曾港深"])
def test_role_colon_credit_with_rank_desk_or_two_names_is_a_byline(line):
    assert _is_byline(ScriptView(line).text)


@pytest.mark.parametrize("line", ["记者：形式主义、官僚主义、享乐", "记者：您认为最大的困难是什么？"])
def test_interviewer_turn_is_no_byline(line):
    assert not _is_byline(line)


def test_story_keeps_its_title_over_such_a_byline():
    above = ["全市新建充電樁一千個", "", "今年以來全市新建公共充電樁一千", "個，覆蓋所有街道。", ""]
    title = "舊區重建計劃下月諮詢"
    lead = ["", "市區重建局昨日公布，舊區重建計", "劃將於下月展開公眾諮詢，為期兩", "個月，居民可透過網上平台或到社",
            "區會堂提交意見。"]
    *_, story = segment_text("\n".join([*above, title, "實習記者：陳芷琪", *lead]))
    assert (story.kicker, story.title, story.subtitle) == ("", title, "")
    assert story.body.startswith("市區重建局")
