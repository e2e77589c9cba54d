"""Data tables a column-by-column reading leaves in the text (issue 8): a price table under its
head with a row of column names (本周菜价 / 品名 价格 / 黄瓜 14.80元/斤 …), and a weather table
whose head went with the page's header, so that only its rows are read (今日 有雨 18-25℃ …).
Both are furniture, never a story or a story's text. Our own invented text."""

from __future__ import annotations

import re

from segment_support import segment_text

_MARKET = ["集市新址今天启用", "本报讯 城南农贸集市今天搬进新址，一百多个摊位按", "蔬菜、肉类和水产分区摆放。",
           "（本报记者 林晓）"]
_BUS = ["新开两条公交线路", "本报讯 下月起，城东新区开通两条公交线路，连接", "地铁站和居民区，早晚高峰加密班次。"]


def test_a_price_table_with_a_row_of_column_names_is_left_out():
    table = ["本周菜价", "品名 价格", "黄瓜 14.80元/斤", "香蕉 17.90元/斤", "青椒 5.00元/斤", "土豆 21.40元/斤"]
    stories = segment_text("\n".join([*_MARKET, *table, "", *_BUS]))
    assert [s.title for s in stories] == ["集市新址今天启用", "新开两条公交线路"]
    assert not re.search("菜价|品名|元/斤", "".join(s.kicker + s.title + s.subtitle + s.body for s in stories))


def test_a_title_with_a_figure_right_under_the_table_is_no_row_of_it():
    table = ["本周菜价", "品名 价格", "黄瓜 14.80元/斤", "香蕉 17.90元/斤", "青椒 5.00元/斤"]
    title = ["全市新建3000多", "个公共充电桩"]
    lead = ["本报讯 记者从市发改委获悉，今年全市新建公共充电桩三千多个，", "覆盖所有街道和乡镇。"]
    stories = segment_text("\n".join([*_MARKET, *table, *title, "", *lead]))
    assert [s.title for s in stories] == ["集市新址今天启用", "全市新建3000多个公共充电桩"]


def test_rows_of_a_table_whose_head_was_read_elsewhere_are_left_out():
    header = ["城南晚报", "2024年8月10日 星期六", "社会", "责任编辑：林宇 美术编辑：王玲"]
    rows = ["天气预报", "今日 有雨 18-25℃", "明日 多云 20-31℃", "后日 骤雨 24-32℃"]
    stories = segment_text("\n".join([*header, *rows, "", *_BUS, "", *_MARKET]))
    assert [s.title for s in stories] == ["新开两条公交线路", "集市新址今天启用"]
    assert "℃" not in "".join(s.kicker + s.title + s.subtitle + s.body for s in stories)


def test_two_figures_in_prose_lines_are_no_table():
    lines = ["全市粮食产量再创新高", "本报讯 今年全市粮食总产 52.6万吨", "其中稻谷 31.2万吨",
             "比上年增加一成多，创历史新高。"]
    [story] = segment_text("\n".join(lines))
    assert "52.6万吨" in story.body and "31.2万吨" in story.body


def test_a_list_of_counts_with_notes_in_brackets_stays_in_its_story():
    lines = ["选举结果揭晓", "本报讯 各界别的当选人数昨晚公布，其中：", "政协 51（全取）", "乡议 26（全取）",
             "区议会 53（全取）", "各界别的投票率均超过九成。"]
    [story] = segment_text("\n".join(lines))
    assert "政协51（全取）乡议26（全取）区议会53（全取）" in story.body.replace(" ", "")
