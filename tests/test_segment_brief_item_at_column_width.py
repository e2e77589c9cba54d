"""An untitled item of a column of briefs, under a titled one, whose first line is as wide as the
item's own column (issue 8): the line is the item's prose, not its title, though it stands narrower
than the page's main column. A column of briefs is set narrower than the page; an item's title stands
off the item's own column. Seen on the independent page maker's pages. Our own text in the general
shape."""

from __future__ import annotations

from segment_support import column, segment_lines_whole

BRIEFS_UNDER_A_REPORT = [
    "江城新建口袋公园二十处",
    *column("本报讯 今年以来，江城在老城区见缝插绿，新建口袋公园二十处，市民出门五分钟就能走进绿地。园林部门表示，"
            "明年还将新建十处，并对老公园进行改造，增设健身步道和儿童游乐设施，让公园更好用。园林部门还将在每个公园"
            "设置志愿服务站，为老人和儿童提供应急药品和饮水，方便市民休闲健身。市民王女士说，家门口多了绿地，每天傍晚"
            "都带孩子来散步，孩子在草地上跑，大人在树下聊天，日子过得舒心多了。", 14),
    "",
    "短讯",
    "",
    *column("市博物馆本周起每逢周五和周六延长开放至晚上九点，夜间场次需要提前在公众号预约。", 12),
    "",
    "全市首条智慧公交线路开通",
    *column("全市首条智慧公交线路昨天开通运行，沿线十二个站台均设有电子站牌，乘客可实时查询车辆到站时间。", 12),
    "",
    *column("全市老旧燃气管网改造工程今年已完成八十公里，年底前将全部完工，惠及居民三万多户。", 12),
]


def test_an_untitled_item_s_first_line_at_its_column_s_width_is_its_prose():
    stories = segment_lines_whole(BRIEFS_UNDER_A_REPORT, left_out=("短讯",))
    assert [s.title for s in stories] == ["江城新建口袋公园二十处", "", "全市首条智慧公交线路开通", ""]
    assert stories[3].body.startswith("全市老旧燃气管网改造工程今年")
