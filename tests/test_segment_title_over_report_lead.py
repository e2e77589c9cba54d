"""A lone line after a finished paragraph, over a news report's lead (dated, 当天下午…) that names
nothing the story above names (issue 8): the two share a plain word or two any story says (中国,
抵达), so the subject test alone cannot tell, but no name or term goes on from one to the other, as a
crosshead's paragraph goes on naming its story's. The line is the next story's title. Seen on the
column-layout pages, where stories follow one another down a column with no byline between them.
Our own text in the general shape."""

from __future__ import annotations

from segment_support import segment_lines_whole

STORY_ABOVE = [
    "白求恩纪念馆新展开幕",
    "本报讯 位于唐县的白求恩纪念馆新展",
    "昨天开幕，展出书信、手术器械、照片",
    "等文物三百余件，讲述白求恩大夫在晋",
    "察冀边区救治伤员、培训卫生人员的事",
    "迹。馆方介绍，新展用多媒体还原了他",
    "在黄土岭战斗中坚持手术的场景，并首",
    "次展出他写给战友的十二封书信手稿。",
    "纪念馆同时推出研学课程，组织中小学",
    "生走进展厅，听讲解员讲述国际主义战",
    "士的故事，大幅提升了展陈的感染力。",
]

TITLE_OVER_A_REPORT = STORY_ABOVE + [
    "市代表团抵达鹿特丹出席国际港口城市合作论坛",
    "当天下午，市代表团结束对汉堡的友好",
    "访问。抵达鹿特丹后，代表团同时与荷",
    "方港口企业座谈。据介绍，双方就国际",
    "航线开通、冷链物流等事项交换意见，",
    "表示愿进一步扩大集装箱运输合作，实",
    "现互利共赢，推动两港往来更加密切。",
]


def test_a_lone_line_over_a_report_naming_nothing_the_story_above_names_is_its_title():
    stories = segment_lines_whole(TITLE_OVER_A_REPORT)
    assert [s.title for s in stories] == ["白求恩纪念馆新展开幕", "市代表团抵达鹿特丹出席国际港口城市合作论坛"]
    assert stories[0].body.endswith("大幅提升了展陈的感染力。")
    assert stories[1].body.startswith("当天下午，市代表团")


# A feature's crosshead over its next part's argument: undated, not restating the line, and in plain
# words no name of the story above goes on in. Plain words tell nothing either way, and a part of a
# feature need not say its names again: the line stays the story's crosshead.
CROSSHEAD_OVER_AN_ARGUMENT = STORY_ABOVE + [
    "让红色故事走进课堂",
    "讲好革命故事，关键在于把道理讲透、",
    "把感情讲真。要用孩子们听得懂的语言",
    "说清历史，用身边可感的细节打动人心",
    "，引导青少年从小立志向、有梦想，把",
    "爱国之情转化为刻苦学习的实际行动，",
    "在成长道路上走得更稳更远。",
]


def test_a_lone_line_over_an_undated_argument_stays_the_story_s_crosshead():
    stories = segment_lines_whole(CROSSHEAD_OVER_AN_ARGUMENT)
    assert [s.title for s in stories] == ["白求恩纪念馆新展开幕"]
    assert "让红色故事走进课堂" in stories[0].body
