"""Rules that rest on the page's structure, not on the line labeller being sure (issue 8): each
page here gives a line the labeller reads only as a close call (as a retrained model or a page it
never saw may), and the structure alone must still tell the line's role."""

from __future__ import annotations

import pytest

from audiopaper.segment import labeller
from segment_support import labeller_reading, segment_text
from test_segment_continued_title import _CONTINUED, _FIRST_STORY
from test_segment_deck_inside_sentence import CAPTION_CREDIT_OVER_THE_NEXT_TITLE
from test_segment_story_bounds import TITLE_OVER_A_NEW_SUBJECT_SHARING_ONLY_A_COMMON_WORD
from test_segment_title_over_lead import BRIEF_COLUMN_NAMED_FOR_ITS_BEAT


# (page, the line read as a close call, its (crosshead, headline) reading, the titles the page has)
_CLOSE_CALLS = {
    # ……清理淤泥。新华社 ends no sentence left open: a line the labeller leans to reading as a title
    "title_under_a_captions_agency_credit": (
        CAPTION_CREDIT_OVER_THE_NEXT_TITLE, "乡村公路通到山顶茶园", (0.0, 0.6),
        ["河道清淤工程全面完工", "乡村公路通到山顶茶园"]),
    # blank lines above and under it, none inside the prose around it: a title's room, not a crosshead's
    "line_set_off_by_blank_lines_over_a_new_subject": (
        TITLE_OVER_A_NEW_SUBJECT_SHARING_ONLY_A_COMMON_WORD, "新能源公交车投放城东线路", (0.3, 0.05),
        ["全市中小学开展防溺水教育", "新能源公交车投放城东线路"]),
    # under 本地快讯 the item's prose opens as a report (今天…) repeating the line's words: its title
    "brief_columns_first_item_title_restated_by_its_report": (
        BRIEF_COLUMN_NAMED_FOR_ITS_BEAT, "城南菜市场完成改造重新开业", (0.0, 0.3),
        ["城南菜市场完成改造重新开业", "全市中小学开展防溺水安全教育"]),
}


@pytest.mark.parametrize("case", list(_CLOSE_CALLS))
def test_title_told_by_structure_where_the_labeller_is_not_sure(monkeypatch, case):
    page, line, reading, titles = _CLOSE_CALLS[case]
    monkeypatch.setattr(labeller, "label_probabilities", labeller_reading({line: reading}))
    assert [s.title for s in segment_text("\n".join(page))] == titles


def test_column_tag_closed_whole_by_the_line_under_needs_no_deck_reading_of_that_line(monkeypatch):
    # 湿地公园里的护绿人（ / 走基层·身边的感动）: the bracket the short line closes is the evidence
    monkeypatch.setattr(labeller, "label_probabilities", labeller_reading({"走基层·身边的感动）": (0.0, 0.1)}))
    text = "\n".join(["湿地公园里的护绿人（", "走基层·身边的感动）", *_CONTINUED, "", *_FIRST_STORY])
    assert "湿地公园里的护绿人（走基层·身边的感动）" in [s.title for s in segment_text(text)]
