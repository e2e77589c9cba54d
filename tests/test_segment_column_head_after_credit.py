"""A column of briefs whose head (简讯) comes right under the end credit of the story above (issue 8):
the head is no name's last characters, so the credit stays the story's and the column opens. Our own
text in the general shape."""

from __future__ import annotations

from segment_support import segment_lines_whole

# A report closed by its writer's credit, then the column's head and two titled briefs.
CREDIT_THEN_COLUMN_OF_BRIEFS = [
    "城南新建三座口袋公园",
    "本报讯 城南今年新建的三座口袋",
    "公园近日对市民开放，公园里种了",
    "樱花和海棠，还设有儿童游乐区。",
    "记者 高明远",
    "简讯",
    "江滨绿道全线贯通",
    "",
    "长约十二公里的江滨绿道昨天全线",
    "贯通，市民可以沿江骑行和散步。",
    "",
    "老城区更换路灯两千盏",
    "",
    "市政部门今年为老城区更换了两千",
    "盏节能路灯，夜间照明更加明亮。",
]


def test_column_head_under_a_credit_opens_the_column_of_briefs():
    stories = segment_lines_whole(CREDIT_THEN_COLUMN_OF_BRIEFS, ("简讯",))
    assert [s.title for s in stories] == ["城南新建三座口袋公园", "江滨绿道全线贯通", "老城区更换路灯两千盏"]
    assert all("简讯" not in s.byline for s in stories)
    assert [s.body[:4] for s in stories[1:]] == ["长约十二", "市政部门"]
