"""A column of briefs whose titles are lone lines under the last sentence of the brief above (issue 8,
pages read column by column): an untitled item's words are weighed against the brief above only up
to the next item's title, not run on into that item's words, which may speak of the brief above
again. A line of prose as wide as the column, with no comma in it, under a sentence that may end
where the column does, is no such title: the prose goes on past it. Our own text."""

from __future__ import annotations

from segment_support import column, segment_lines_whole

# A report over a column of briefs, the column's head.
REPORT_OVER_THE_COLUMN = ["城南新建三座口袋公园", "本报讯 城南今年新建的三座口袋", "公园近日对市民开放，公园里种了",
                          "樱花和海棠，还设有儿童游乐区。", "", "简讯", ""]
GREENWAY = "长约十二公里的江滨绿道昨天全线贯通，市民可以沿江骑行和散步，沿途还设有六个驿站。"
RESERVOIR = "西郊水库今年第二次开闸放水，下游农田的春灌用水得到保障。管理处提醒附近村民不要到河滩捕鱼或者游泳。"
STATIONS = "江滨绿道沿线的六个驿站本周起开放，骑行的市民可以在驿站歇脚、补水和给电动车充电。"
VISITS = "社区党委书记王秀兰昨天带着工作人员走访了辖区里的二十户独居老人。"
# Its first sentences end where a line of the column does; the next line opens a sentence with no comma.
VISITS_GO_ON = ("入冬以来气温一天比一天低，不少腿脚不便的老人出门买菜看病都成了难事。独居的李大爷就是其中的一位。"
                "王秀兰每个星期都会来看看他，帮他买菜、打扫屋子，王秀兰说社区还要给独居老人装上一键呼叫的设备。")


def test_an_untitled_brief_is_weighed_up_to_the_next_brief_s_title():
    # the titled brief under the untitled one speaks of the first brief's greenway again
    lines = [*REPORT_OVER_THE_COLUMN, "江滨绿道全线贯通", *column(GREENWAY, 15), "", *column(RESERVOIR, 15),
             "江滨绿道驿站开放", *column(STATIONS, 15)]
    stories = segment_lines_whole(lines, ("简讯",))
    assert [s.title for s in stories] == ["城南新建三座口袋公园", "江滨绿道全线贯通", "", "江滨绿道驿站开放"]
    assert stories[2].body.startswith("西郊水库") and stories[2].body.endswith("捕鱼或者游泳。")


def test_a_line_of_prose_as_wide_as_the_column_does_not_stop_the_brief_s_prose():
    lines = [*REPORT_OVER_THE_COLUMN, "书记走访独居老人", *column(VISITS, 12), "", *column(VISITS_GO_ON, 12)]
    stories = segment_lines_whole(lines, ("简讯",))
    assert [s.title for s in stories] == ["城南新建三座口袋公园", "书记走访独居老人"]
