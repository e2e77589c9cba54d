"""A deck line the lead says as a whole clause (issue 8): over another line it is the kicker restating
the lead (天津东丽区华明工业园内 / 科创一线澎湃青春动能, the lead: 天津东丽区华明工业园内，35岁的…), never
the head of one title with the line under it, even where a word seems to run across the break (内 / 科);
under a whole line of another length it is the subtitle restating the lead (剑指…乱象 / 中央网信办专项
整治). Where the lead reads on across the break, the column broke one title. Our own lines in the
general shape."""

from __future__ import annotations

from segment_support import segment_text

from audiopaper.segment.headlines import _clause_over, _clause_under

_LEAD = "在青溪镇返乡青年创业园内，二十多位返乡青年办起了科技小院，种菌菇、养蜜蜂，去年人均增收两万元。镇里专项整治，"


def test_a_clause_of_the_lead_over_a_title_is_its_kicker():
    text = "\n".join([
        "在青溪镇返乡青年创业园内",
        "科技小院结出致富果",
        "在青溪镇返乡青年创业园内，二十多位青年",
        "办起了科技小院，种菌菇、养蜜蜂，去年",
        "人均增收两万元。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == ("在青溪镇返乡青年创业园内", "科技小院结出致富果", "")


def test_a_clause_of_the_lead_is_not_the_head_of_a_title_with_the_line_under_it():
    assert _clause_over("在青溪镇返乡青年创业园内", "科技小院结出致富果", _LEAD)
    assert not _clause_over("返乡青年办起了", "科技小院结出致富果", _LEAD)  # inside a clause: a title's head


def test_the_lead_reading_across_the_break_joins_the_lines():
    assert not _clause_over("在青溪镇返乡青年创业园内", "二十多位返乡青年", _LEAD.replace("内，", "内"))


def test_a_shorter_clause_of_the_lead_under_a_title_is_its_subtitle():
    assert _clause_under("剑指古镇违规经营乱象", "镇里专项整治", _LEAD)
    assert not _clause_under("古镇整治乱象", "镇里专项整治", _LEAD)  # even halves: one title in two lines
