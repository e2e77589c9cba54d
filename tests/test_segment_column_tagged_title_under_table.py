"""A title closed by its column's name (……的隐性风险（民生观）), set as wide as the prose under a data
table that a page put between two stories, heads the next story: the table's last row ends no
sentence, but no paragraph runs on across a table, as none runs on across a finished sentence.
Our own text in the general shape."""

from __future__ import annotations

from segment_support import segment_text

STORY_ABOVE = [
    "全市新建公共充电桩一千个",
    "",
    "本报讯 今年以来，全市新建公共充电桩一千",
    "个，覆盖所有街道和主要商圈。市发展改革委",
    "有关负责人介绍，新建的充电桩多数设在居民",
    "小区周边，夜间充电电价下调两成，市民充电",
    "更加方便，新能源汽车保有量也随之增长。",
]

WEATHER_TABLE = ["", "城市天气", "广州 晴 15～23℃", "南京 多云 3～12℃", "杭州 阴 8～18℃", ""]

TAGGED_TITLE = "警惕节日礼品提货券的隐性风险（民生观）"

STORY_UNDER = [
    TAGGED_TITLE,
    "近几年，节日礼品提货券成为亲友之间的热门",
    "赠礼，但其中的猫腻也不少：有的券面价格远",
    "高于实物价值，有的商家一边高价卖券一边打",
    "折收券，消费者提货难的情况时有发生。",
]


def test_column_tagged_title_under_a_table_heads_the_next_story():
    stories = segment_text("\n".join(STORY_ABOVE + WEATHER_TABLE + STORY_UNDER))
    assert [s.title for s in stories] == ["全市新建公共充电桩一千个", TAGGED_TITLE]
    assert stories[1].body.startswith("近几年，节日礼品提货券")
    assert "提货券" not in stories[0].body
