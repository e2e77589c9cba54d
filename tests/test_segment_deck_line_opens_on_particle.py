"""A title the column broke before a structural particle (守护文化传承 / 的金种子, 撑起法律 / 之盾,
获得者 / 等颁奖) is one title: no deck line opens on 的, 之, 了, 得 or 等 standing as a word of its own,
so the line ends the phrase the line above began. Our own invented lines."""

from __future__ import annotations

from audiopaper.segment import line_breaks


def test_a_line_opening_on_a_particle_goes_on_the_title_above():
    wrapped = line_breaks.title_wrapped
    assert wrapped("守护文化传承", "的金种子（书里书外）")
    assert wrapped("撑起法律", "之盾 保护网络信息")
    assert wrapped("会见国家最高科学技术奖获得者", "等颁奖并发表重要讲话")
    assert wrapped("你們聽到", "了嗎？")


def test_only_a_particle_standing_as_a_word_joins_the_lines():
    wrapped = line_breaks.title_wrapped
    assert not wrapped("结果不吻合", "之后到医院进行手术")  # 之后 opens a clause
    assert not wrapped("山西为高质量转型发展添动力", "地处省域中心地带")  # 地处: a word of its own
    assert not wrapped("新闻发布会", "的确如此")  # 的确: a word of its own
