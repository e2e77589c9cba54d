"""A colon credit under a story (数据来源：X) the column wrapped over two lines keeps its tail line
(…委宣 / 传部): left alone, the tail reads as a short headline line and the next story's deck
takes it as its kicker (issue 8, People's Daily pages). Our own invented text."""

from __future__ import annotations

from segment_support import segment_text

_PAGE = [
    "河湾新区生态修复工程竣工",
    "本报讯 河湾新区生态修复工程日前",
    "全面竣工，新增湿地四百余亩，沿",
    "河步道贯通十二公里，周边居民出",
    "门即可亲水赏绿。工程还配套建设",
    "了雨水花园和生态停车场，每年可",
    "涵养水源三十万立方米，昔日的荒",
    "滩变成了市民休闲的好去处。",
    "数据来源：河湾新区生态环境分",
    "局",
    "",
    "春耕备耕有序展开",
    "各地抢抓农时促生产",
    "本报讯 连日来，各地抢抓农时，春",
    "耕备耕有序展开，农资供应充足，",
    "农机手早早下田，一派繁忙景象。",
    "农业部门组织技术人员深入田间地",
    "头，指导农户科学施肥、适时播种。",
]


def test_the_tail_of_a_wrapped_credit_stays_with_it():
    report, farming = segment_text("\n".join(_PAGE))
    assert report.body.endswith("数据来源：河湾新区生态环境分局")
    assert farming.kicker in ("", "春耕备耕有序展开")
    assert "局" not in farming.kicker + farming.title
