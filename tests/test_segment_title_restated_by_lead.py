"""A one-line title after a finished story on the same subject, over a lead that opens with the
title's own first words (issue 8): a lead restates its title, so the line is the next story's
title even where the lead says less than most of its words. Our own text."""

from __future__ import annotations

from segment_support import segment_lines_whole

TITLE_RESTATED_BY_ITS_LEAD = [
    "江城园林博览会开幕",
    "本报讯 第十届江城园林博览会今天在城",
    "东新区开幕，来自全国三十多个城市的园",
    "林设计团队带来了各具特色的展园，市民",
    "可以在开幕后的一个月内免费入园参观，",
    "博览会期间还将举办花卉展销和园艺讲座",
    "等二十多项活动。",
    "",
    "江城园林博览会闭幕 签约金额创历史新高",
    "江城园林博览会昨天（6月3日）在城东",
    "新区闭幕。为期一个月的展会共吸引游客",
    "八十多万人次，园林企业现场签下的合同",
    "比上届多出三成。",
]


def test_title_whose_lead_opens_with_its_first_words_starts_a_story():
    stories = segment_lines_whole(TITLE_RESTATED_BY_ITS_LEAD)
    assert [s.title for s in stories] == ["江城园林博览会开幕", "江城园林博览会闭幕 签约金额创历史新高"]
    assert stories[1].body.startswith("江城园林博览会昨天")
