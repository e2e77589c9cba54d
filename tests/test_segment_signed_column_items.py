"""A column of signed items (财经短波, 市场资讯) is one story (issue 8): each item ends with its writer's
name in brackets (（王 婷）, a pen name too: （茂 边）), and the next item's head stands over the paper's
dateline with no place or date (本报电 ……), which a story of its own does not print. Our own invented
text in the general shape of a national daily's business column."""

from __future__ import annotations

from segment_support import segment_lines_whole

_COLUMN = "财经短波"
_SECOND_HEAD = "城商银行推出小微企业专项贷款"


def _column(signature: str, second_dateline: str) -> list[str]:
    return [
        _COLUMN,
        "",
        "保险公司开展乡村医生培训",
        "本报电 近日，一家保险公司在内蒙",
        "古举办乡村医生培训班，来自三个旗",
        "县的八十多名乡村医生参加了培训。",
        "据悉，该培训计划已累计培训乡村医",
        "生五千多名。",
        signature,
        _SECOND_HEAD,
        f"{second_dateline} 一家城市商业银行日前推",
        "出小微企业专项贷款，首批额度二十",
        "亿元，重点支持制造业和外贸企业复",
        "工复产，贷款利率较去年下调。",
        "（李 华）",
    ]


def test_the_next_signed_item_of_a_column_stays_in_it():
    stories = segment_lines_whole(_column("（王 婷）", "本报电"), left_out=(_COLUMN,))
    assert len(stories) == 1
    assert _SECOND_HEAD in stories[0].body


def test_a_pen_name_signs_an_item_as_a_name_does():
    stories = segment_lines_whole(_column("（茂 边）", "本报电"), left_out=(_COLUMN,))
    assert len(stories) == 1


def test_a_head_over_a_dated_report_after_a_signed_story_is_a_new_story():
    # a dateline with its place and date opens a story of its own, signed item above or not
    stories = segment_lines_whole(_column("（王 婷）", "本报上海5月3日电"), left_out=(_COLUMN,))
    assert [s.title for s in stories][-1] == _SECOND_HEAD
