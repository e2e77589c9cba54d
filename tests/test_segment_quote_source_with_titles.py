"""A forum of quoted speakers under one title (issue 8): each quote is signed under its last
sentence with a dash, the speaker's titles and name (——中国工程院院士邬贺铨), the column often
wrapping the signature over lines (——国际科学理事会首席执 / 行官海德·哈克曼). The signature stays
in the story as its own paragraph; it is no subtitle opening a new story. Our own text in the
general shape."""

from __future__ import annotations

from segment_support import segment_text

FORUM = [
    "观点·城市发展论坛",
    "",
    "城市更新不是推倒重来，而是",
    "让老街区重新焕发活力。我们",
    "要把居民的需要放在第一位，",
    "让改造成果惠及更多家庭。",
    "——城市规划研究院院长王立新",
    "绿色交通是城市发展的方向。",
    "公交、地铁和慢行系统要连成",
    "一张网，市民出行才能更加便",
    "捷，城市空气也会更加清新。",
    "——国际公共交通协会首席执",
    "行官马丁·霍夫曼",
    "",
    "社区治理需要每一位居民参与",
    "。只有大家一起动手，城市才",
    "会越来越美好，生活也会越来",
    "越舒心。",
    "——城东街道办事处主任李红",
    "",
    "全市新开通三条公交线路",
    "本报讯（记者 张明）今天，全市",
    "新开通三条公交线路，覆盖城东",
    "和城西的十多个社区。",
]


def test_signatures_with_titles_stay_in_the_forum():
    stories = segment_text("\n".join(FORUM))
    assert [s.title for s in stories] == ["观点·城市发展论坛", "全市新开通三条公交线路"]
    paragraphs = stories[0].body.split("\n")
    assert "——城市规划研究院院长王立新" in paragraphs
    assert "——国际公共交通协会首席执行官马丁·霍夫曼" in paragraphs
    assert paragraphs[-1] == "——城东街道办事处主任李红"
    assert any(x.startswith("绿色交通是城市发展的方向") for x in paragraphs)
    assert any(x.startswith("社区治理需要每一位居民参与") for x in paragraphs)


def test_a_subtitle_under_its_title_is_still_a_subtitle():
    # The dash line is under a title, not under a finished sentence: the title's subtitle.
    text = "\n".join(FORUM[:6] + [
        "——城市规划研究院院长王立新",
        "",
        "老街区改造明年启动",
        "——首批涉及十二个社区两万户居民",
        "本报讯（记者 张明）今天，市里",
        "公布老街区改造计划，首批涉及",
        "十二个社区。",
    ])
    stories = segment_text(text)
    assert stories[-1].title == "老街区改造明年启动"
    assert stories[-1].subtitle == "首批涉及十二个社区两万户居民"
