"""A column of briefs where an untitled brief follows a short titled one (issue 8): the paragraph
under the titled brief's last sentence speaks of something else, so it is the next item, even when
the brief above says only two sentences (its title counts as what it speaks of, and numbers are no
shared subject). A second paragraph on the same subject stays the brief's. Our own text."""

from __future__ import annotations

from segment_support import segment_lines_whole

# A report, the column's head and the first brief's title.
REPORT_OVER_THE_COLUMN = [
    "城南新建三座口袋公园",
    "本报讯 城南今年新建的三座口袋",
    "公园近日对市民开放，公园里种了",
    "樱花和海棠，还设有儿童游乐区。",
    "",
    "简讯",
    "",
    "江滨绿道全线贯通",
]

# The report above the column, then the column: a titled brief of two short sentences, an untitled
# brief on another subject (both give a count in 2025), then a titled brief with two paragraphs on
# one subject, the second sharing its words with the title only.
COLUMN = REPORT_OVER_THE_COLUMN + [
    "长约十二公里的江滨绿道昨天全线",
    "贯通，市民可以沿江骑行和散步。",
    "2025年以来沿线新栽树木数百株。",
    "",
    "西郊水库今年第二次开闸放水，下",
    "游农田的春灌用水得到保障。管理",
    "处提醒附近村民，2025年汛期前不",
    "要到河滩捕鱼或者游泳。",
    "",
    "老城区更换节能路灯",
    "市政部门今年为这一带更换了两千",
    "盏灯具，夜间照明更加明亮，施工",
    "期间各条街道的交通没有受到任何",
    "影响。",
    "",
    "老城区新装的节能路灯每年可以节",
    "省电费约三十万元，维修也更加方",
    "便，附近居民晚上散步的人多了，",
    "商铺营业时间也延长到了深夜。",
]


def test_untitled_brief_after_a_short_titled_one_is_the_next_item():
    stories = segment_lines_whole(COLUMN, ("简讯",))
    assert [s.title for s in stories] == ["城南新建三座口袋公园", "江滨绿道全线贯通", "", "老城区更换节能路灯"]
    assert stories[2].body.startswith("西郊水库")
    assert stories[3].body.endswith("延长到了深夜。")  # what its title says: the brief's own second paragraph


# A short titled brief whose sentence ends right at the column's end, the next line going on with no
# blank line: the paragraph may go on there, so a short brief is not cut on its words alone.
SENTENCE_ENDING_AT_THE_COLUMN_END = REPORT_OVER_THE_COLUMN + [
    "长约十二公里的江滨绿道昨天全线",
    "贯通，沿途设有六个驿站，市民骑",
    "行散步都很方便，周末人流量大。",
    "管理处介绍，今后每逢周末将开放",
    "两处临时停车场，方便外地游客自",
    "驾前来，另外还准备了一批共享单",
    "车供游客租用，车费按小时计算。",
]


def test_short_brief_is_not_cut_where_a_sentence_ends_at_the_column_end():
    stories = segment_lines_whole(SENTENCE_ENDING_AT_THE_COLUMN_END, ("简讯",))
    assert [s.title for s in stories] == ["城南新建三座口袋公园", "江滨绿道全线贯通"]
    assert stories[1].body.endswith("车费按小时计算。")
