"""A kicker the lead quotes word for word over the story's title (issue 8, mainland decks):
体操世界杯墨尔本站 / 中国队再获两金 is a kicker and its title, not one title set in two lines, when
the lead says the upper line but neither the lower one nor the words across the break. A subject
of nouns the lead names again over its predicate stays one title. Our own invented text."""

from __future__ import annotations

from segment_support import segment_text

_PAGE = [
    "市图书馆延长夏季开放时间",
    "本报讯 市图书馆昨日发布通知，七",
    "月起每天开放到晚上九点。",
    "",
    "游泳世界杯东京站",
    "中国队再添三金",
    "本报讯 在昨天结束的2026年游泳",
    "世界杯东京站比赛中，中国选手收获",
    "三枚金牌和两枚铜牌，其中男子接力",
    "项目打破赛会纪录。",
    "",
    "城南至城北快速公交",
    "下月起延长运营",
    "本报讯 记者从市公交集团获悉，城",
    "南至城北快速公交将于下月起每天延",
    "长运营两小时，方便市民夜间出行。",
]


def test_a_line_the_lead_quotes_over_a_title_with_its_own_subject_is_the_kicker():
    stories = segment_text("\n".join(_PAGE))
    assert [(s.kicker, s.title) for s in stories] == [
        ("", "市图书馆延长夏季开放时间"),
        ("游泳世界杯东京站", "中国队再添三金"),
        ("", "城南至城北快速公交 下月起延长运营"),
    ]
