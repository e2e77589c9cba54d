"""A lone line under a short titled brief, over prose that shares no word with the brief or its title,
titles a new story, not a crosshead of the brief (issue 8): a brief of two sentences says all it says
in fewer words than a long story's tail, so the crosshead's subject test weighs it, whole under its
title, on a brief's count with its title's words. Our own text."""

from __future__ import annotations

from segment_support import column, segment_lines_whole

BRIEF_TITLE = "城东菜市场完成改造"
BRIEF = "本报讯 城东菜市场改造工程日前完工，新增摊位八十个，市场内安装了排风和消毒设备。"
# a feature's title: none of its words come back in its lead, as a crosshead's often do not either
REPORT_TITLE = "金秋时节话丰收"
REPORT = ("今年秋粮收购工作近期在全省展开，各地粮库延长开秤时间，为农民提供烘干、检测和结算服务。"
          "截至目前，全省已收购玉米和水稻九十多万吨，收购价格总体平稳，农民售粮排队时间明显缩短。")


def test_a_line_under_a_short_titled_brief_over_another_subject_titles_a_new_story():
    lines = [BRIEF_TITLE, *column(BRIEF, 17), REPORT_TITLE, *column(REPORT, 17)]
    stories = segment_lines_whole(lines)
    assert [s.title for s in stories] == [BRIEF_TITLE, REPORT_TITLE]
    assert stories[0].body.endswith("消毒设备。") and stories[1].body.startswith("今年秋粮收购")
