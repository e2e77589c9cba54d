"""The last item of a column of briefs, untitled and short (issue 8, pages read column by column): a
brief of one or two sentences at the page's end says fewer words than a paragraph is asked for to
tell its subject, but it says all it has; when none of them is the brief above's, it is the next
item. A short last paragraph on the brief's own subject stays its. Our own text."""

from __future__ import annotations

from segment_support import segment_lines_whole

COLUMN = [
    "东湖隧道下月通车",
    "本报讯 连接东湖两岸的过湖隧道",
    "已完成全部设备调试，下月起通车，",
    "两岸往来的车程将缩短二十分钟。",
    "",
    "简讯",
    "",
    "西郊水库今年第二次开闸放水，下",
    "游农田的春灌用水得到保障。管理",
    "处提醒附近村民，汛期前不要到河",
    "滩捕鱼或者游泳，水库周边的道路",
    "也在抓紧整修，预计下月底完工。",
    "管理处介绍，今年水库蓄水充足，",
    "放水持续一周，沿河各乡镇已组织",
    "人手清理沟渠，确保灌溉用水顺畅",
    "流进每一块农田，不误春耕农时。",
]
# no blank line over it, the brief above's last sentence ending where the column does
SHORT_LAST_BRIEF = [
    "青山脚下的古镇老街新开了一家非",
    "遗剪纸工坊，游客可以跟着手艺人",
    "学剪窗花。",
]


def test_a_short_untitled_brief_at_the_page_end_is_the_next_item():
    stories = segment_lines_whole(COLUMN + SHORT_LAST_BRIEF, ("简讯",))
    assert [s.title for s in stories] == ["东湖隧道下月通车", "", ""]
    assert stories[1].body.endswith("不误春耕农时。")
    assert stories[2].body.startswith("青山脚下")


SHORT_LAST_PARAGRAPH_OF_THE_BRIEF = [
    "水库管理处表示，开闸放水期间会",
    "安排专人巡查下游河滩。",
]


def test_a_short_last_paragraph_saying_the_brief_s_words_stays_in_it():
    stories = segment_lines_whole(COLUMN + SHORT_LAST_PARAGRAPH_OF_THE_BRIEF, ("简讯",))
    assert [s.title for s in stories] == ["东湖隧道下月通车", ""]
    assert stories[1].body.endswith("巡查下游河滩。")
